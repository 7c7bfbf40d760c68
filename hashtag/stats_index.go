package hashtag

import (
	"encoding/binary"
	"math/rand/v2"
	"strings"
)

// statsIndex is what Suggest looks a Stats up in: one open-addressing
// table over every key the Stats holds, words and phrases, built once when
// the Stats is made (Stats.index) and only read after, so a Stats stays
// safe for concurrent use.
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
	// opens has a bit set for each word that opens a phrase (by
	// opensBit): a word whose bit is clear opens none, known without a
	// lookup. Suggest asks this of most words of a headline, and most open
	// none: the bit answers them in a few instructions.
	opens     []uint64
	opensMask uint64
}

// statsEntry is what a Stats knows of one key. A key is a word (no
// phraseSep) or a phrase (words joined by phraseSep), so one of the two
// parts is zero; both are kept apart anyway, so that the index answers as
// the maps it is built from whatever keys they hold.
type statsEntry struct {
	key  string // shares the maps' key bytes
	head uint64 // keyHead(key): compared before the key
	// A word: its document frequency, case counts, and whether a learned
	// phrase starts with it (then it may be held for that alone, df 0).
	df    uint32
	cases caseStat
	opens bool
	// A phrase.
	isPhrase bool
	phrase   phraseStat
}

// statsIndexLoad: the table has at least twice as many slots as keys, so
// that a lookup of a key not held (most of Suggest's) ends after a probe
// or two.
const statsIndexLoad = 2

func newStatsIndex(words map[string]uint32, cases map[string]caseStat, phrases map[string]phraseStat) statsIndex {
	// Sized for every key up front (the words; the phrases; a word with
	// case counts or that opens a phrase is counted again when it is not
	// among the words, which the maps a Stats is made with never have), so
	// the table never grows: load stays at most 1/statsIndexLoad.
	n := len(words) + len(phrases)
	for k := range cases {
		if _, ok := words[k]; !ok {
			n++
		}
	}
	for k := range phrases {
		first, _, _ := strings.Cut(k, string(rune(phraseSep)))
		if _, ok := words[first]; !ok {
			n++
		}
	}
	size := 8
	for size < statsIndexLoad*n {
		size *= 2
	}
	t := statsIndex{
		seed:    rand.Uint64() | 1,
		mask:    uint64(size - 1),
		slots:   make([]uint64, size),
		entries: make([]statsEntry, 0, n),
	}
	var buf []byte // a key's bytes, for the hash
	add := func(key string) *statsEntry {
		buf = append(buf[:0], key...)
		return t.add(key, buf)
	}
	bits := 64
	for bits < opensBitsPerWord*len(phrases) {
		bits *= 2
	}
	t.opens, t.opensMask = make([]uint64, bits/64), uint64(bits-1)
	for k, df := range words {
		add(k).df = df
	}
	for k, cs := range cases {
		add(k).cases = cs
	}
	for k, ph := range phrases {
		e := add(k)
		e.isPhrase, e.phrase = true, ph
		first, _, _ := strings.Cut(k, string(rune(phraseSep)))
		add(first).opens = true
		b := opensBit(keyHead(buf[:len(first)]), len(first), t.opensMask)
		t.opens[b/64] |= 1 << (b % 64)
	}
	return t
}

// opensBitsPerWord: the opens filter has this many bits for each phrase
// (as many as the words that open one, at most), so that about one word
// in 30 that opens none finds its bit set.
const opensBitsPerWord = 32

// opensPhrase reports whether the word key opens a phrase: the opens
// filter first, a lookup only where it does not say no.
func (t *statsIndex) opensPhrase(key []byte) bool {
	n := len(key)
	if n == 0 || cap(key) < 8 {
		return t.find(key).opens
	}
	head := binary.LittleEndian.Uint64(key[:8]) & (^uint64(0) >> ((64 - 8*uint(min(n, 8))) & 63))
	if b := opensBit(head, n, t.opensMask); t.opens[b/64]&(1<<(b%64)) == 0 {
		return false
	}
	return t.find(key).opens
}

// opensBit is the bit of a key in the opens filter, from its length and
// keyHead (a multiply's high bits depend on every bit of them). Not
// seeded: a crafted file can at worst set every bit, which makes lookups
// what they are without the filter.
func opensBit(head uint64, n int, mask uint64) uint64 {
	return (head ^ uint64(n)) * 0x9e3779b97f4a7c15 >> 32 & mask
}

// add returns the entry of key (whose bytes b are), made if it is not
// there yet.
func (t *statsIndex) add(key string, b []byte) *statsEntry {
	head := keyHead(b)
	h := t.hash(head, b)
	tag := h &^ (1<<32 - 1)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			t.entries = append(t.entries, statsEntry{key: key, head: head})
			t.slots[i] = tag | uint64(len(t.entries))
			return &t.entries[len(t.entries)-1]
		}
		if s&^(1<<32-1) == tag {
			if e := &t.entries[uint32(s)-1]; e.head == head && e.key == key {
				return e
			}
		}
	}
}

// find returns the entry of key, or an all-zero one if key is not held.
func (t *statsIndex) find(key []byte) *statsEntry {
	var head, h uint64
	if n := len(key); n-1 < 8 && cap(key) >= 8 {
		// Most keys (a word of up to 8 bytes, in a buffer with room
		// behind it): keyHead and hash inlined, one load and one mix.
		head = binary.LittleEndian.Uint64(key[:8]) & (^uint64(0) >> ((64 - 8*uint(n)) & 63))
		h = mix64(head ^ t.seed)
	} else {
		head = keyHead(key)
		h = t.hash(head, key)
	}
	tag := h &^ (1<<32 - 1)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return &t.none
		}
		if s&^(1<<32-1) != tag {
			continue
		}
		// The head holds a key of at most 8 bytes whole, and the first 8
		// bytes of a longer one: with the length, it is the key or its
		// start.
		e := &t.entries[uint32(s)-1]
		if e.head == head && len(e.key) == len(key) && (len(key) <= 8 || e.key[8:] == string(key[8:])) {
			return e
		}
	}
}

// keyHead is the first 8 bytes of key as a little-endian number, the
// bytes past its end zero. A []byte key read where Suggest builds it
// (p.buf, p.key) has room behind it, and is read in one load.
func keyHead(key []byte) uint64 {
	if cap(key) >= 8 {
		v := binary.LittleEndian.Uint64(key[:8])
		if n := len(key); n < 8 {
			v &= ^uint64(0) >> (64 - 8*uint(n))
		}
		return v
	}
	var v uint64
	for i := min(len(key), 8) - 1; i >= 0; i-- {
		v = v<<8 | uint64(key[i])
	}
	return v
}

// hash is the seeded hash of a key whose keyHead is head: for a key of at
// most 8 bytes, the mix of head alone (keys of different lengths share it
// only when one ends in NUL bytes, which the comparison tells apart); a
// longer one folds in every 8 bytes (the last chunk overlapping the one
// before) and its length.
func (t *statsIndex) hash(head uint64, key []byte) uint64 {
	if len(key) <= 8 {
		return mix64(head ^ t.seed)
	}
	h := fold(head ^ t.seed)
	rest := key[8:]
	for ; len(rest) > 8; rest = rest[8:] {
		h = fold(h ^ binary.LittleEndian.Uint64(rest))
	}
	return mix64(fold(h ^ binary.LittleEndian.Uint64(key[len(key)-8:]) ^ uint64(len(key))))
}
