package hashtag

import (
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"strings"
)

// statsIndex holds a Stats's words and phrases: one open-addressing
// table over every key, built once when the Stats is made (ReadStats
// fills it; Stats.index builds it of the maps a Learner filled) and only
// read after, so a Stats stays safe for concurrent use. Suggest looks keys up in it (find) and asks
// its filters which words may start a phrase (phraseStarts); WriteTo
// reads its entries in key order (sorted).
//
// Why not the maps: statsAdjust makes some eight lookups a headline, and
// a Go map lookup by a []byte key (hash the bytes, probe the groups,
// compare) cost about 125 instructions each, a quarter of what statistics
// add to Suggest. Here a key of at most 8 bytes (most words) is hashed
// from one load and compared as one number, and one entry answers
// everything asked of a word: its document frequency, its case counts and
// whether a phrase starts with it.
//
// Every answer is exact: an entry is found by comparing the key itself,
// never by its hash alone, so a hash collision costs a probe, not a wrong
// result. The hash is seeded at random for each Stats, so that the keys of
// a crafted statistics file cannot be chosen to share one slot and make
// building the table quadratic.
type statsIndex struct {
	seed    uint64
	mask    uint64       // len(slots) - 1
	slots   []uint64     // 0 empty, else the hash's high 32 bits | entry index + 1
	entries []statsEntry // in no particular order
	none    statsEntry   // what a lookup of a key not held returns: all zero
	words   int          // entries that are words (isWord)
	phrases int          // entries that are phrases (isPhrase)
	buf     []byte       // while building: a key's bytes, to hash
	// opens has a bit set for each word that opens a phrase (by
	// opensBit): a word whose bit is clear opens none, known without a
	// lookup. Suggest asks this of most words of a headline, and most open
	// none: the bit answers them in a few instructions.
	opens     []uint64
	opensMask uint64
	// starts is the same for the first two words of each phrase and its
	// number of words (by startsBit): most runs of words that pass the
	// opens filter start no phrase of that length, and the bit says so
	// before Suggest checks the run (learnable) and builds its key.
	starts     []uint64
	startsMask uint64
}

// statsEntry is what a Stats knows of one key. A key is a word (no
// phraseSep) or a phrase (words joined by phraseSep), so one of the two
// parts is zero; both are kept apart anyway, so that the index answers as
// the maps it is built from whatever keys they hold.
type statsEntry struct {
	key        string // the maps' key, whose bytes it keeps
	head, tail uint64 // keyEnds(key): compared before the key, and often instead
	// A word: its document frequency, case counts, and whether a learned
	// phrase starts with it (then it may be held for that alone, df 0,
	// not isWord).
	df            uint32
	cases         caseStat
	isWord, opens bool
	// A phrase.
	isPhrase bool
	phrase   phraseStat
}

// statsIndexLoad: the table has at least twice as many slots as keys, so
// that a lookup of a key not held (most of Suggest's) ends after a probe
// or two.
const statsIndexLoad = 2

// newStatsIndex returns an empty index with room for n keys (more make it
// grow).
func newStatsIndex(n int) statsIndex {
	t := statsIndex{seed: rand.Uint64() | 1}
	t.reserve(n)
	return t
}

// reserve makes room for n more keys, so that adding them moves nothing.
// A phrase may bring its first word as one more key: reserve 2 for it.
func (t *statsIndex) reserve(n int) {
	t.entries = slices.Grow(t.entries, n)
	size := max(8, len(t.slots))
	for size < statsIndexLoad*(len(t.entries)+n) {
		size *= 2
	}
	if size != len(t.slots) {
		t.rehash(size)
	}
}

// indexMaps makes the index of statistics held in maps, as the Learner
// fills them.
func indexMaps(words map[string]uint32, cases map[string]caseStat, phrases map[string]phraseStat) statsIndex {
	t := newStatsIndex(len(words) + 2*len(phrases))
	for k, df := range words {
		t.addWord(k, df, caseStat{})
	}
	for k, cs := range cases {
		t.add(k).cases = cs
	}
	for k, ph := range phrases {
		t.addPhrase(k, ph)
	}
	t.finish()
	return t
}

// addWord adds a word with its document frequency and case counts.
func (t *statsIndex) addWord(key string, df uint32, cs caseStat) {
	e := t.add(key)
	if !e.isWord {
		t.words++
	}
	e.isWord, e.df, e.cases = true, df, cs
}

// addPhrase adds a phrase, and marks its first word as opening one.
func (t *statsIndex) addPhrase(key string, ph phraseStat) {
	e := t.add(key)
	if !e.isPhrase {
		t.phrases++
	}
	e.isPhrase, e.phrase = true, ph
	first, _, _ := strings.Cut(key, string(rune(phraseSep)))
	t.add(first).opens = true
}

// add returns the entry of key, made if it is not there yet. Entries may
// move when one is made: the pointer is good until the next add.
func (t *statsIndex) add(key string) *statsEntry {
	if statsIndexLoad*(len(t.entries)+1) > len(t.slots) {
		t.rehash(max(8, 2*len(t.slots)))
	}
	t.buf = append(t.buf[:0], key...)
	head, tail := keyEnds(t.buf)
	h := t.hash(head, tail, t.buf)
	tag := h &^ (1<<32 - 1)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			t.entries = append(t.entries, statsEntry{key: key, head: head, tail: tail})
			t.slots[i] = tag | uint64(len(t.entries))
			return &t.entries[len(t.entries)-1]
		}
		if s&^(1<<32-1) == tag {
			if e := &t.entries[uint32(s)-1]; e.matches(head, tail, t.buf) {
				return e
			}
		}
	}
}

// rehash places the entries in a table of size slots.
func (t *statsIndex) rehash(size int) {
	t.mask = uint64(size - 1)
	t.slots = make([]uint64, size)
	for k := range t.entries {
		e := &t.entries[k]
		t.buf = append(t.buf[:0], e.key...)
		h := t.hash(e.head, e.tail, t.buf)
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = h&^(1<<32-1) | uint64(k+1)
	}
}

// finish makes the filters (opens, starts) once every key is in, and
// lets go of what only building needed.
func (t *statsIndex) finish() {
	bits := 64
	for bits < filterBitsPerPhrase*t.phrases {
		bits *= 2
	}
	t.opens, t.opensMask = make([]uint64, bits/64), uint64(bits-1)
	t.starts, t.startsMask = make([]uint64, bits/64), uint64(bits-1)
	for k := range t.entries {
		e := &t.entries[k]
		if e.opens {
			b := opensBit(e.head, len(e.key), t.opensMask)
			t.opens[b/64] |= 1 << (b % 64)
		}
		if e.isPhrase {
			first, rest, _ := strings.Cut(e.key, string(rune(phraseSep)))
			second, _, third := strings.Cut(rest, string(rune(phraseSep)))
			t.buf = append(append(t.buf[:0], first...), second...)
			head1, _ := keyEnds(t.buf[:len(first)])
			head2, _ := keyEnds(t.buf[len(first):])
			b := startsBit(head1, len(first), head2, len(second), 2+b2i(third), t.startsMask)
			t.starts[b/64] |= 1 << (b % 64)
		}
	}
	t.buf = nil
	if cap(t.entries)-len(t.entries) > len(t.entries)/8 {
		t.entries = slices.Clone(t.entries) // grown past the room made for them
	}
}

// filterBitsPerPhrase: each filter has this many bits for each phrase
// (as many as the words that open one, or the starts, at most), so that
// about one word in 30 that opens none finds its bit set.
const filterBitsPerPhrase = 32

// phraseStarts returns the lengths of the phrases that may start with
// the words first and second: bit n set for n words, 0 if none does
// (sure). Filters only, no lookup: the opens filter on first, then the
// starts filter on both.
func (t *statsIndex) phraseStarts(first, second []byte) uint8 {
	head1, n1 := filterHead(first), len(first)
	if b := opensBit(head1, n1, t.opensMask); t.opens[b/64]&(1<<(b%64)) == 0 {
		return 0
	}
	head2, n2 := filterHead(second), len(second)
	var lens uint8
	for n := 2; n <= 3; n++ {
		if b := startsBit(head1, n1, head2, n2, n, t.startsMask); t.starts[b/64]&(1<<(b%64)) != 0 {
			lens |= 1 << n
		}
	}
	return lens
}

// filterHead is keyEnds's head, read in one load where the key has room
// behind it. Small enough to be inlined into the filters.
func filterHead(key []byte) uint64 {
	if cap(key) >= 8 {
		return binary.LittleEndian.Uint64(key[:8]) & headMask[min(len(key), 8)]
	}
	var head uint64
	for i := len(key) - 1; i >= 0; i-- {
		head = head<<8 | uint64(key[i])
	}
	return head
}

// headMask[n] keeps the first n bytes of a little-endian number.
var headMask = [9]uint64{0, 1<<8 - 1, 1<<16 - 1, 1<<24 - 1, 1<<32 - 1, 1<<40 - 1, 1<<48 - 1, 1<<56 - 1, ^uint64(0)}

// startsBit is the bit of a phrase of n words in the starts filter, from
// the heads and lengths of its first two words.
func startsBit(head1 uint64, n1 int, head2 uint64, n2 int, n int, mask uint64) uint64 {
	h := (head1^uint64(n1))*0x9e3779b97f4a7c15 + (head2 ^ uint64(n2)<<8 ^ uint64(n))
	return h * 0xff51afd7ed558ccd >> 32 & mask
}

// opensBit is the bit of a key in the opens filter, from its length and
// head (keyEnds; a multiply's high bits depend on every bit of them). Not
// seeded: a crafted file can at worst set every bit, which makes lookups
// what they are without the filter.
func opensBit(head uint64, n int, mask uint64) uint64 {
	return (head ^ uint64(n)) * 0x9e3779b97f4a7c15 >> 32 & mask
}

// find returns the entry of key, or an all-zero one if key is not held.
//
// Most keys are words of up to 8 bytes in a buffer with room behind them:
// for them keyEnds and the hash are one load and one mix, and the key is
// compared as one number, on a path that calls nothing (mix64 is
// inlined: no registers saved around a call). Other keys go to findAny,
// the one call in find.
func (t *statsIndex) find(key []byte) *statsEntry {
	n := len(key)
	if n-1 >= 8 || cap(key) < 8 {
		return t.findAny(key)
	}
	head := binary.LittleEndian.Uint64(key[:8]) & headMask[n]
	h := mix64(head ^ t.seed)
	tag := h &^ (1<<32 - 1)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return &t.none
		}
		if s&^(1<<32-1) == tag {
			// The head holds a key of at most 8 bytes whole: with the
			// length, it is the key.
			if e := &t.entries[uint32(s)-1]; e.head == head && len(e.key) == n {
				return e
			}
		}
	}
}

// lookup is find that also takes an index never made (that of a zero
// Stats, which the exported methods accept): Suggest, which only uses
// statistics made by ReadStats or a Learner, calls find.
func (t *statsIndex) lookup(key []byte) *statsEntry {
	if len(t.slots) == 0 {
		return &t.none
	}
	return t.find(key)
}

// findAny is find for any key.
func (t *statsIndex) findAny(key []byte) *statsEntry {
	head, tail := keyEnds(key)
	h := t.hash(head, tail, key)
	tag := h &^ (1<<32 - 1)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return &t.none
		}
		if s&^(1<<32-1) != tag {
			continue
		}
		if e := &t.entries[uint32(s)-1]; e.matches(head, tail, key) {
			return e
		}
	}
}

// matches reports whether e is the entry of key, whose keyEnds are head
// and tail. They hold a key of at most 16 bytes whole (most long words,
// most phrases of two words): with the length, they tell whether it is
// e's; a longer key has its middle compared too.
func (e *statsEntry) matches(head, tail uint64, key []byte) bool {
	n := len(key)
	return e.head == head && e.tail == tail && len(e.key) == n && (n <= 16 || e.key[8:n-8] == string(key[8:n-8]))
}

// keyEnds returns the first 8 bytes of key as a little-endian number, the
// bytes past its end zero (read in one load where the key has room behind
// it, as Suggest's keys do), and, for a key of more than 8 bytes, its last
// 8 bytes (0 otherwise).
func keyEnds(key []byte) (head, tail uint64) {
	n := len(key)
	switch {
	case n > 8:
		return binary.LittleEndian.Uint64(key), binary.LittleEndian.Uint64(key[n-8:])
	case cap(key) >= 8 && n > 0:
		return binary.LittleEndian.Uint64(key[:8]) & headMask[n], 0
	}
	for i := n - 1; i >= 0; i-- {
		head = head<<8 | uint64(key[i])
	}
	return head, 0
}

// hash is the seeded hash of a key whose keyEnds are head and tail: for
// a key of at most 8 bytes, the mix of head alone (keys of different
// lengths share it only when one ends in NUL bytes, which the comparison
// tells apart); a longer one folds in its middle 8 bytes at a time, its
// tail and its length.
func (t *statsIndex) hash(head, tail uint64, key []byte) uint64 {
	if len(key) <= 8 {
		return mix64(head ^ t.seed)
	}
	h := fold(head ^ t.seed)
	for i := 8; i+8 < len(key); i += 8 {
		h = fold(h ^ binary.LittleEndian.Uint64(key[i:]))
	}
	return mix64(h ^ tail ^ uint64(len(key)))
}

// sorted returns the entries of the words, or of the phrases, in key
// order: the order of the file.
func (t *statsIndex) sorted(phrases bool) []*statsEntry {
	var out []*statsEntry
	for k := range t.entries {
		if e := &t.entries[k]; phrases && e.isPhrase || !phrases && e.isWord {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b *statsEntry) int { return strings.Compare(a.key, b.key) })
	return out
}
