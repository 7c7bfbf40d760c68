package hashtag

import (
	"encoding/binary"
	"math/bits"
)

// lexicon is every word list Suggest looks a word up in, as one table from
// a lower-cased word to the lists that hold it: the stopwords, the generic
// words and titles (filter.go), the articles (grammar.go), the auxiliary
// verbs (rank.go), the connectors
// and coordinators that may stand inside a name, and the first words of
// the gazetteer's place names. classify looks each word up once, not once
// per list, and the later stages read the bits the word carries instead of
// looking it up again. The table is built as wordSet is (packed short
// keys, a hash of the ends for long ones (longHash), and a (first byte,
// length) filter, mayHold, that lookup applies: classifyPlain probes a
// short word's slot without it), on a Generator's first Suggest; it is
// read-only after, and then safe for concurrent use.
type lexicon struct {
	short  []uint64    // words ≤ 8 bytes, packed (pack); 0 marks an empty slot; len a power of two
	shortL []wordLists // the lists of short[i]: apart, so that probing short touches less memory
	long   []lexLong   // longer words; "" marks an empty slot; len a power of two
	first  [256]uint64 // first[c] has lengthBit(n) when some word of n bytes starts with the byte c
}

type lexLong struct {
	h     uint32
	w     string
	lists wordLists
}

// newLexicon builds the table of words, each with the lists that hold it.
func newLexicon(words map[string]wordLists) *lexicon {
	x := new(lexicon)
	nShort, nLong := 0, 0
	for w := range words {
		if len(w) <= 8 {
			nShort++
		} else {
			nLong++
		}
	}
	// At most half full, so that a probe ends soon.
	x.short = make([]uint64, tableSize(nShort))
	x.shortL = make([]wordLists, len(x.short))
	x.long = make([]lexLong, tableSize(nLong))
	for w, l := range words {
		if w == "" || l == 0 {
			continue
		}
		x.first[w[0]] |= lengthBit(len(w))
		if len(w) <= 8 {
			k := pack(w, false)
			mask := len(x.short) - 1
			i := slot(k, mask)
			for x.short[i] != 0 {
				i = (i + 1) & mask
			}
			x.short[i], x.shortL[i] = k, l
			continue
		}
		h := longHash([]byte(w))
		mask := uint32(len(x.long) - 1)
		i := h & mask
		for x.long[i].w != "" {
			i = (i + 1) & mask
		}
		x.long[i] = lexLong{h, w, l}
	}
	return x
}

// tableSize is a power of two at least twice n.
func tableSize(n int) int {
	return max(8, 1<<bits.Len(uint(2*n)))
}

// longHash hashes a key of more than 8 bytes for the lexicon's long
// table, from its first and last 8 bytes and its length: a few
// instructions where FNV-1a takes some for each byte (a word of the
// English corpus in ten is that long, and most are no key). Keys that
// differ only in the middle share a hash, which the probe's comparison
// tells apart.
func longHash(key []byte) uint32 {
	a := binary.LittleEndian.Uint64(key)
	z := binary.LittleEndian.Uint64(key[len(key)-8:])
	return uint32((a ^ bits.RotateLeft64(z, 29) ^ uint64(len(key))) * 0x9e3779b97f4a7c15 >> 32)
}

// mayHold reports whether key can be in the lexicon: a filter on (first
// byte, length) that turns most words away, cheap enough to inline before
// lookup.
func (x *lexicon) mayHold(key []byte) bool {
	return len(key) > 0 && x.first[key[0]]&lengthBit(len(key)) != 0
}

// lengthBit is the bit of lexicon.first for words of n bytes (n and
// n+64 share one: the filter may let a word through, never keep one out).
func lengthBit(n int) uint64 { return 1 << (n & 63) }

// lookup returns the lists that hold key, a lower-cased word; packed is
// pack(key, false) when key has at most 8 bytes.
func (x *lexicon) lookup(key []byte, packed uint64) wordLists {
	if !x.mayHold(key) {
		return 0
	}
	if len(key) <= 8 {
		return x.lookupShort(packed)
	}
	h := longHash(key)
	mask := uint32(len(x.long) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := &x.long[i]
		if e.w == "" {
			return 0
		}
		if e.h == h && e.w == string(key) {
			return e.lists
		}
	}
}

// lookupShort is lookup for a key of at most 8 bytes, packed (pack).
func (x *lexicon) lookupShort(packed uint64) wordLists {
	mask := len(x.short) - 1
	for i := slot(packed, mask); ; i = (i + 1) & mask {
		// A hit and an empty slot (whose lists are 0) end the probe
		// alike, in one branch that the first probe nearly always
		// takes: which of the two it is would be as good as random
		// to the processor, a mispredicted branch for every other
		// word.
		if k := x.short[i]; b2i(k == packed)|b2i(k == 0) != 0 {
			return x.shortL[i]
		}
	}
}

// holds reports whether one of the lists in l holds key, a lower-cased
// word (for a word classify did not look up as it stands: a word under a
// proclitic).
func (x *lexicon) holds(key []byte, l wordLists) bool {
	return x.lookup(key, packIfShort(key))&l != 0
}

// addWords adds every word of s to words, as held by l.
func addWords(words map[string]wordLists, s *wordSet, l wordLists) {
	for _, k := range s.short {
		if k == 0 {
			continue
		}
		var b [8]byte
		i := len(b)
		for ; k != 0; k >>= 8 {
			i--
			b[i] = byte(k)
		}
		words[string(b[i:])] |= l
	}
	for _, sl := range s.long {
		if sl.w != "" {
			words[sl.w] |= l
		}
	}
}

// Bytes of packed ASCII words (pack), eight at a time: adding 0x80-c to
// a byte below 0x80 sets its top bit exactly when the byte is at least c,
// and carries into no other byte.
const (
	bytes01 = 0x0101010101010101
	bytes80 = 0x8080808080808080
)

// atLeast has the top bit of every byte of k (ASCII, or 0) that is ≥ c.
func atLeast(k uint64, c byte) uint64 { return (k + (0x80-uint64(c))*bytes01) & bytes80 }

// lowerPacked lower-cases the ASCII capitals of a packed word.
func lowerPacked(k uint64) uint64 {
	upper := atLeast(k, 'A') &^ atLeast(k, 'Z'+1)
	return k | upper>>2 // 0x80>>2 is the case bit, 0x20
}

// asciiDigit reports whether the ASCII text has a digit; packed is its
// key packed (pack, lowerPacked) or 0: lower-casing keeps the digits.
func asciiDigit(text []byte, packed uint64) bool {
	if packed != 0 && len(text) <= 8 {
		return atLeast(packed, '0')&^atLeast(packed, '9'+1) != 0
	}
	for _, c := range text {
		if c-'0' <= 9 {
			return true
		}
	}
	return false
}
