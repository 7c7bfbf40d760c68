package hashtag

import (
	"cmp"
	"encoding/binary"
	"math/bits"
	"slices"
	"unsafe"
)

// Counting the most frequent keys of a stream in bounded memory: a table
// holds the keys seen most often with their counts, and a count-min
// sketch (Cormode and Muthukrishnan, 2005) counts the rest approximately,
// so that a key that enters the table late, or comes back after it was
// pushed out, goes on from the count it had. Memory is the sketch and the
// table, whatever the size of the stream's long tail: that is what
// learning an archive of any size needs.
//
// Keys are known by a 64-bit hash (learn.go hashes each word once and
// combines the hashes of words into those of phrases); the table holds a
// key's text only once the key is admitted, so counting a word costs no
// allocation and, for the common words the table holds, one memory access.
// Both structures are laid out for the cache: the sketch keeps a key's
// counters in one 64-byte block, the table is open addressing over flat
// entries.
//
// The sketch uses conservative update (only the counters that hold the
// minimum are raised), which keeps its overestimates small; counts are
// never below the truth. Everything is deterministic: a fixed hash, no map
// iteration; the same sequence of keys always gives the same table.
// Neither type is safe for concurrent use.

// sketch is a blocked count-min sketch: the sketchDepth counters of a key
// lie in one block of sketchBlock counters, one counter in each quarter of
// the block, so counting a key touches one cache line.
//
// The counters are 16 bits wide (a block of 32 bytes: the sketch is 8 MB
// at the defaults, not 16) until one would pass 65535: then all of them
// are widened to 32 bits at once (widen), and stay so. Widening keeps
// every counter's value, and until then no counter was ever cut short,
// so the sketch counts exactly as one of 32-bit counters from the start
// would: the same estimates, the same statistics, for any input. A
// counter passes 65535 only for a key counted in that many headlines
// while not held (or let go with such a count), which takes an archive
// of many millions of headlines; until then a key's block, which nearly
// every new key of a long tail fetches from memory, is half a cache line,
// and the sketch shares the processor's caches with the tables.
type sketch struct {
	mask   uint64   // blocks - 1
	narrow []uint16 // the counters, until one passes 65535
	wide   []uint32 // the counters after (narrow is nil then)
}

const (
	sketchDepth = 4
	sketchBlock = 16
)

// newSketch returns a sketch of at least blocks blocks (a power of two).
func newSketch(blocks int) *sketch {
	w := 1 << 8
	for w < blocks {
		w <<= 1
	}
	return &sketch{mask: uint64(w - 1), narrow: make([]uint16, w*sketchBlock)}
}

// widen makes the counters 32 bits wide.
func (s *sketch) widen() {
	s.wide = make([]uint32, len(s.narrow))
	for i, c := range s.narrow {
		s.wide[i] = uint32(c)
	}
	s.narrow = nil
}

// block returns the address of the block of h (for prefetch).
func (s *sketch) block(h uint64) uintptr {
	b := (h & s.mask) * sketchBlock
	if s.narrow != nil {
		return uintptr(unsafe.Pointer(&s.narrow[b]))
	}
	return uintptr(unsafe.Pointer(&s.wide[b]))
}

// sketchAt returns the block of h and the index of each of its counters in
// it: the block from the low bits, each counter from 2 of the high ones,
// one in each quarter of the block. Written out rather than looped over
// an array of indexes: counting a key not held is a tenth of learning's
// instructions, and the loops and the array were most of it.
func sketchAt[C uint16 | uint32](cells []C, mask, h uint64) (blk *[sketchBlock]C, i0, i1, i2, i3 uint) {
	b := (h & mask) * sketchBlock
	blk = (*[sketchBlock]C)(cells[b : b+sketchBlock])
	const q = sketchBlock / sketchDepth // counters in a quarter
	i0 = uint(h>>40) & (q - 1)
	i1 = (q + uint(h>>42)&(q-1)) & (sketchBlock - 1)
	i2 = (2*q + uint(h>>44)&(q-1)) & (sketchBlock - 1)
	i3 = (3*q + uint(h>>46)&(q-1)) & (sketchBlock - 1)
	return
}

// add counts the key of hash h once and returns its estimated count.
func (s *sketch) add(h uint64) uint32 {
	if s.narrow != nil {
		if est, ok := addTo(s.narrow, s.mask, h); ok {
			return est
		}
		s.widen() // the estimate would pass 65535
	}
	est, _ := addTo(s.wide, s.mask, h)
	return est
}

// addTo is add in cells; it counts nothing and reports false when the
// estimate is the largest a counter holds. (32-bit counters stay there:
// a key in 4 billion headlines.)
func addTo[C uint16 | uint32](cells []C, mask, h uint64) (uint32, bool) {
	blk, i0, i1, i2, i3 := sketchAt(cells, mask, h)
	c0, c1, c2, c3 := blk[i0], blk[i1], blk[i2], blk[i3]
	est := min(c0, c1, c2, c3)
	if est == ^C(0) {
		return uint32(est), false
	}
	est++
	// Conservative update: only the counters below the new estimate rise.
	blk[i0], blk[i1], blk[i2], blk[i3] = max(c0, est), max(c1, est), max(c2, est), max(c3, est)
	return uint32(est), true
}

// raise makes the estimate of the key of hash h at least n: the count a
// key had when the table let it go.
func (s *sketch) raise(h uint64, n uint32) {
	if s.narrow != nil && n > 0xffff {
		s.widen()
	}
	if s.narrow != nil {
		raiseIn(s.narrow, s.mask, h, uint16(n))
	} else {
		raiseIn(s.wide, s.mask, h, n)
	}
}

func raiseIn[C uint16 | uint32](cells []C, mask, h uint64, n C) {
	blk, i0, i1, i2, i3 := sketchAt(cells, mask, h)
	blk[i0], blk[i1], blk[i2], blk[i3] = max(blk[i0], n), max(blk[i1], n), max(blk[i2], n), max(blk[i3], n)
}

// estimate returns the estimated count of the key of hash h.
func (s *sketch) estimate(h uint64) uint32 {
	if s.narrow != nil {
		blk, i0, i1, i2, i3 := sketchAt(s.narrow, s.mask, h)
		return uint32(min(blk[i0], blk[i1], blk[i2], blk[i3]))
	}
	blk, i0, i1, i2, i3 := sketchAt(s.wide, s.mask, h)
	return min(blk[i0], blk[i1], blk[i2], blk[i3])
}

// topK holds, at the end, the size keys with the highest counts. It holds
// up to half as many again while counting, and when full lets go of the
// least frequent third at once (writing their counts back to the sketch):
// a batch of evictions costs a sort, but no heap is kept in order on every
// count, which would cost a cache miss a level.
type topK struct {
	size  int
	limit int // how many keys are held at most before some are let go
	// The table's length when full (len(table) until then is less:
	// grow), and how many keys held make add grow the table or, once
	// full, evict.
	full, next int
	held       int
	admit      uint32 // the estimate a key needs to be admitted
	sketch     *sketch
	mask       uint64
	table      []topEntry // open addressing, linear probing; hash 0 is an empty entry
	// The texts of the keys held, back to back, each after a header of
	// its key's ref and its length (uvarints): refs[topEntry.ref] is
	// where in text. One slab rather than a string each, so that what
	// the garbage collector holds and scans does not grow with the keys
	// let go; evict moves the texts kept to the front over those let go
	// (compact), which the headers make one walk of the slab: a second
	// slab to copy them to doubled the texts' memory once the table was
	// full, and made memory grow with the input.
	text   []byte
	refs   []keyRef
	free   []int32  // refs of keys let go
	counts []uint32 // scratch of evict
}

// keyRef is where a key's text is in topK.text.
type keyRef struct{ off, n uint32 }

// topEntry is one key held: its hash, its count, and where its text is
// (refs). 16 bytes, four to a cache line: a held key is counted in one
// line, and a probe for a key not held, which reads on from its home to
// the first empty entry, reads few. (Words' cases, counted in entries of
// 24 bytes before, some across two lines, are kept by the Learner, by
// ref: Learner.cases.)
type topEntry struct {
	hash  uint64
	count uint32
	ref   int32
}

// newTopK returns a table that keeps size keys; a key enters once its
// estimate reaches admit (a key seen once is most often never seen again:
// waiting for its second time spares copying its text).
func newTopK(size int, admit uint32, sk *sketch) *topK {
	full := 8
	for full < 2*size {
		full <<= 1
	}
	// The table starts small and doubles as keys are admitted, rather
	// than being made at its bound (8 MB for the words at the defaults,
	// zeroed on every Learn, and a cache miss on every lookup): an archive
	// of tens of thousands of headlines admits a fraction of that. So do
	// the texts and their refs.
	n := min(full, topKFirstTable)
	t := &topK{
		size: size, limit: max(size, full*3/4), full: full, admit: max(admit, 1), sketch: sk,
		mask: uint64(n - 1), table: make([]topEntry, n),
	}
	t.setNext()
	return t
}

// topKFirstTable is the length a table starts at (16 KB).
const topKFirstTable = 1 << 10

// setNext sets how many keys held make add act: half the table while it
// can grow (a probe stays short), then the limit.
func (t *topK) setNext() {
	t.next = t.limit
	if len(t.table) < t.full {
		t.next = len(t.table) / 2
	}
}

// grow doubles the table. It is full (and keys are let go) only once it
// has its full length, so every key admitted before is held still, its
// ref the order it was admitted in: put back in that order, each key
// lands where it would have had the table been this long from the start.
// Which keys evict keeps of those tied depends on their places, so
// growing leaves the statistics as they were.
func (t *topK) grow() {
	old := t.table
	at := slices.Grow(t.counts[:0], t.held)[:t.held] // the entry of each ref
	for i := range old {
		if old[i].hash != 0 {
			at[old[i].ref] = uint32(i)
		}
	}
	n := 2 * len(old)
	t.table, t.mask = make([]topEntry, n), uint64(n-1)
	for _, i := range at {
		e := &old[i]
		j := e.hash & t.mask
		for t.table[j].hash != 0 {
			j = (j + 1) & t.mask
		}
		t.table[j] = *e
	}
	t.counts = at
	t.setNext()
}

// find returns the entry of the key of hash h, or nil.
func (t *topK) find(h uint64) *topEntry {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		e := &t.table[i]
		if e.hash == h {
			return e
		}
		if e.hash == 0 {
			return nil
		}
	}
}

// add counts the key of hash h (not 0) once. It returns the key's entry
// if the key is held, and whether the key was admitted just now: then the
// caller sets its text with setKey before the next add.
func (t *topK) add(h uint64) (*topEntry, bool) {
	if t.size == 0 {
		t.sketch.add(h)
		return nil, false
	}
	i := h & t.mask
	for {
		e := &t.table[i]
		if e.hash == h {
			e.count++
			return e, false
		}
		if e.hash == 0 {
			break
		}
		i = (i + 1) & t.mask
	}
	est := t.sketch.add(h)
	if est < t.admit {
		return nil, false
	}
	if t.held == t.next {
		if len(t.table) < t.full {
			t.grow()
		} else {
			t.evict()
			if est < t.admit {
				return nil, false
			}
		}
		i = h & t.mask
		for t.table[i].hash != 0 {
			i = (i + 1) & t.mask
		}
	}
	var ref int32
	if n := len(t.free); n > 0 {
		ref, t.free = t.free[n-1], t.free[:n-1]
	} else {
		ref = int32(len(t.refs))
		t.refs = append(t.refs, keyRef{})
	}
	t.held++
	t.table[i] = topEntry{hash: h, count: est, ref: ref}
	return &t.table[i], true
}

// setKey sets the text of the key of e, which add has just admitted.
func (t *topK) setKey(e *topEntry, key []byte) {
	t.text = binary.AppendUvarint(t.text, uint64(e.ref))
	t.text = binary.AppendUvarint(t.text, uint64(len(key)))
	t.refs[e.ref] = keyRef{off: uint32(len(t.text)), n: uint32(len(key))}
	t.text = append(t.text, key...)
}

// compact moves the texts of the keys held to the front of text, in the
// order they are in, over those of keys let go, and sets their refs. A
// text is a key's while its ref points at it: the ref of a key let go is
// zero (no text starts at 0, after its header), and one taken again since
// points at its new text, further on.
func (t *topK) compact() {
	w := 0
	for off := 0; off < len(t.text); {
		ref, a := binary.Uvarint(t.text[off:])
		n, b := binary.Uvarint(t.text[off+a:])
		start := off + a + b
		end := start + int(n)
		if r := &t.refs[ref]; r.off == uint32(start) && r.n == uint32(n) {
			moved := copy(t.text[w:], t.text[off:end])
			r.off = uint32(w + a + b)
			w += moved
		}
		off = end
	}
	t.text = t.text[:w]
}

// key returns the text of the key of e.
func (t *topK) key(e *topEntry) string {
	r := t.refs[e.ref]
	return string(t.text[r.off : r.off+r.n])
}

// count returns the count of the key of hash h, 0 if it is not held.
func (t *topK) count(h uint64) uint32 {
	if e := t.find(h); e != nil {
		return e.count
	}
	return 0
}

// countOrEstimate returns the count of the key of hash h, from the
// sketch if it is not held.
func (t *topK) countOrEstimate(h uint64) uint32 {
	if e := t.find(h); e != nil {
		return e.count
	}
	return t.sketch.estimate(h)
}

// entries returns the keys held at least least times, at most size of
// them: when there are more, the most frequent (ties by hash, so that the
// choice is deterministic), in that order. When all of them fit, their
// order is the table's: the caller files them by key, and sorting tens
// of thousands of entries for nothing cost Learn a tenth of its time on
// a corpus of 34 k lines.
//
// One pass over the table finds them (their places, in evict's scratch),
// and the result is made at its size from those: a second pass, to count
// them first, read the whole table (megabytes) again.
func (t *topK) entries(least uint32) []topEntry {
	at := t.counts[:0]
	for i := range t.table {
		if t.table[i].hash != 0 && t.table[i].count >= least {
			at = append(at, uint32(i))
		}
	}
	out := make([]topEntry, len(at))
	for j, i := range at {
		out[j] = t.table[i]
	}
	t.counts = at
	if len(out) <= t.size {
		return out
	}
	slices.SortFunc(out, byCount)
	return out[:t.size]
}

func byCount(a, b topEntry) int {
	if c := cmp.Compare(b.count, a.count); c != 0 {
		return c
	}
	return cmp.Compare(a.hash, b.hash)
}

// evict keeps the size most frequent keys, lets go of the rest (their
// counts go back to the sketch), and from then on admits only keys more
// frequent than the least of those kept. Of keys tied at that count, the
// first in the table stay. It works in place, with a scratch of one count
// a key: what it costs in memory does not depend on how often it runs.
func (t *topK) evict() {
	counts := t.counts[:0]
	for i := range t.table {
		if t.table[i].hash != 0 {
			counts = append(counts, t.table[i].count)
		}
	}
	slices.Sort(counts)
	least := counts[len(counts)-t.size] // the size-th highest count
	above := len(counts)
	for above > 0 && counts[above-1] > least {
		above--
	}
	ties := t.size - (len(counts) - above) // keys of count least to keep
	for i := range t.table {
		e := &t.table[i]
		switch {
		case e.hash == 0:
			continue
		case e.count == least && ties > 0:
			ties--
		case e.count <= least:
			t.sketch.raise(e.hash, e.count)
			t.free = append(t.free, e.ref)
			t.refs[e.ref] = keyRef{} // its text goes with it (compact)
			*e = topEntry{}
		}
	}
	t.compact()
	t.rehash()
	t.held = t.size
	t.admit = max(t.admit, least+1)
	t.counts = counts
}

// rehash puts every key held back where a lookup finds it, after evict
// emptied entries in the middle of probe runs: each key, in table order
// from an empty entry on (so that no run wraps past the start), is taken
// out and put in the first empty entry from its home, which is never
// after where it was.
func (t *topK) rehash() {
	start := 0
	for t.table[start].hash != 0 {
		start++
	}
	n := len(t.table)
	for k := 1; k <= n; k++ {
		i := uint64(start+k) & t.mask
		e := t.table[i]
		if e.hash == 0 {
			continue
		}
		t.table[i] = topEntry{}
		j := e.hash & t.mask
		for t.table[j].hash != 0 {
			j = (j + 1) & t.mask
		}
		t.table[j] = e
	}
}

// wordHash is the hash of a word's text (lower-cased): learn.go hashes
// each word of a headline once, and makes the hashes of phrases of them
// (combine). Mixed so that its high and low halves both depend on every
// byte (the sketch and the table index with both); never 0, the table's
// empty entry.
//
// A word of at most 8 bytes (most) is hashed from its bytes packed into
// one number (pack): one mix, where hashing byte by byte (FNV-1a, as
// before) was a multiply a byte, each waiting for the one before, and 3 %
// of learning's instructions. A longer word is read 8 bytes at a time.
func wordHash(text []byte) uint64 {
	if len(text) <= 8 {
		return shortWordHash(pack(text, false))
	}
	return longWordHash(text)
}

// shortWordHash is wordHash of a text of at most 8 bytes, packed. (No
// word holds a NUL byte, so packing keeps texts of different lengths
// apart.)
func shortWordHash(packed uint64) uint64 { return mix64(packed) }

// longWordHash is wordHash of a text of more than 8 bytes: its 8-byte
// chunks, the last one overlapping the one before, each folded into the
// hash by a full 64×64-bit multiply (the high half XORed into the low,
// so that every bit of the chunk reaches every bit of the hash), and its
// length.
func longWordHash(text []byte) uint64 {
	h := uint64(len(text))
	last := binary.LittleEndian.Uint64(text[len(text)-8:])
	for ; len(text) > 8; text = text[8:] {
		h = fold(h ^ binary.LittleEndian.Uint64(text))
	}
	return mix64(fold(h ^ last))
}

// fold multiplies h by a constant, 128 bits wide, and XORs the halves.
func fold(h uint64) uint64 {
	hi, lo := bits.Mul64(h, 0x9e3779b97f4a7c15)
	return hi ^ lo
}

// mix64 is the finalizer of MurmurHash3, and never 0.
func mix64(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h | 1<<63
}

// combine is the hash of a phrase whose first words hash to a and whose
// next word hashes to b; order matters (Haram Boko is not Boko Haram).
func combine(a, b uint64) uint64 { return mix64(a*0x9e3779b97f4a7c15 + b) }
