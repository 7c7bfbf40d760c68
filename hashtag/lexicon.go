package hashtag

import (
	"math/bits"
	"unicode/utf8"
)

// lexicon is every word list Suggest looks a word up in, as one table from
// a lower-cased word to the lists that hold it: the stopwords, the generic
// words and titles (filter.go), the articles (grammar.go), the connectors
// and coordinators that may stand inside a name, and the first words of
// the gazetteer's place names. classify looks each word up once, not once
// per list, and the later stages read the bits the word carries instead of
// looking it up again. The table is built as wordSet is (packed short
// keys, FNV-1a for long ones, a (first byte, length) filter before
// either), on a Generator's first Suggest; it is read-only after, and then
// safe for concurrent use.
type lexicon struct {
	short  []lexShort // words ≤ 8 bytes, packed (pack); k == 0 marks an empty slot; len a power of two
	long   []lexLong  // longer words; "" marks an empty slot; len a power of two
	maxLen int
	lens   uint64      // bit i: some word is i bytes long (i < 64)
	first  [128]uint64 // first[c] bit i: some word of i bytes starts with the ASCII byte c
}

type lexShort struct {
	k     uint64
	lists wordLists
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
	x.short = make([]lexShort, tableSize(nShort))
	x.long = make([]lexLong, tableSize(nLong))
	for w, l := range words {
		if w == "" || l == 0 {
			continue
		}
		x.maxLen = max(x.maxLen, len(w))
		if len(w) < 64 {
			x.lens |= 1 << len(w)
			if w[0] < utf8.RuneSelf {
				x.first[w[0]] |= 1 << len(w)
			}
		}
		if len(w) <= 8 {
			k := pack(w, false)
			mask := len(x.short) - 1
			i := slot(k, mask)
			for x.short[i].k != 0 {
				i = (i + 1) & mask
			}
			x.short[i] = lexShort{k, l}
			continue
		}
		h := fnv1a(w)
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

// lookup returns the lists that hold key, a lower-cased word; packed is
// pack(key, false) when key has at most 8 bytes.
func (x *lexicon) lookup(key []byte, packed uint64) wordLists {
	n := len(key)
	if n == 0 || n > x.maxLen {
		return 0
	}
	if n < 64 && (x.lens&(1<<n) == 0 || key[0] < utf8.RuneSelf && x.first[key[0]]&(1<<n) == 0) {
		return 0
	}
	if n <= 8 {
		mask := len(x.short) - 1
		for i := slot(packed, mask); ; i = (i + 1) & mask {
			switch e := &x.short[i]; e.k {
			case packed:
				return e.lists
			case 0:
				return 0
			}
		}
	}
	h := fnv1a(key)
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
