package hashtag

// Counting the most frequent keys of a stream in bounded memory: a
// count-min sketch counts every key approximately (Cormode and
// Muthukrishnan, 2005), and a table of at most size keys holds the ones
// with the highest counts, as the classic "sketch + heap" heavy-hitters
// algorithm does. A key enters the table when its estimate passes the
// smallest count there, taking that key's place; a key pushed out keeps
// its count in the sketch, so when it comes back its count goes on from
// where it was. Memory is the sketch and the table, whatever the size of
// the stream's long tail: that is what learning an archive of any size
// needs.
//
// The sketch uses conservative update (only the counters that hold the
// minimum are raised), which keeps its overestimates small. Counts are
// estimates that are never below the truth; on a stream that fits the
// sketch without collisions (the tests' archives) they are exact.
// Everything is deterministic: a fixed hash, no map iteration; the same
// sequence of keys always gives the same table. Neither type is safe for
// concurrent use.

// sketch is a count-min sketch of sketchDepth rows.
type sketch struct {
	mask uint64
	rows [sketchDepth][]uint32
}

const sketchDepth = 4

func newSketch(width int) *sketch {
	w := 1 << 12
	for w < width {
		w <<= 1
	}
	s := &sketch{mask: uint64(w - 1)}
	for i := range s.rows {
		s.rows[i] = make([]uint32, w)
	}
	return s
}

// add counts the key of hash h once and returns its estimated count.
func (s *sketch) add(h uint64) uint32 {
	// Rows indexed by double hashing: h1 + i·h2 (h2 odd).
	h1, h2 := h, h>>32|1
	var at [sketchDepth]uint64
	est := ^uint32(0)
	for i := range s.rows {
		at[i] = (h1 + uint64(i)*h2) & s.mask
		est = min(est, s.rows[i][at[i]])
	}
	if est == ^uint32(0) {
		return est
	}
	est++
	for i := range s.rows {
		if s.rows[i][at[i]] < est {
			s.rows[i][at[i]] = est
		}
	}
	return est
}

// estimate returns the estimated count of the key of hash h.
func (s *sketch) estimate(h uint64) uint32 {
	h1, h2 := h, h>>32|1
	est := ^uint32(0)
	for i := range s.rows {
		est = min(est, s.rows[i][(h1+uint64(i)*h2)&s.mask])
	}
	return est
}

// topK holds the size keys with the highest estimated counts.
type topK struct {
	size   int
	sketch *sketch
	index  map[string]int32 // key → its slot
	slots  []topSlot        // stable: a slot keeps its number while its key is held
	heap   []int32          // slot numbers, a min-heap on count
}

type topSlot struct {
	key   string
	count uint32
	pos   int32 // where the slot is in heap: moving a slot touches no map
}

func newTopK(size int, sk *sketch) *topK {
	return &topK{size: size, sketch: sk, index: make(map[string]int32, size), slots: make([]topSlot, 0, size), heap: make([]int32, 0, size)}
}

// add counts key, whose fnv64 is hash, once. The key is copied only when it enters the table, so
// counting a key that is already there, or one too rare to enter, does not
// allocate.
func (t *topK) add(key []byte, hash uint64) {
	est := t.sketch.add(hash)
	if id, ok := t.index[string(key)]; ok {
		s := &t.slots[id]
		s.count = max(s.count, est)
		t.down(int(s.pos))
		return
	}
	if len(t.slots) < t.size {
		id := int32(len(t.slots))
		t.slots = append(t.slots, topSlot{key: string(key), count: est, pos: int32(len(t.heap))})
		t.heap = append(t.heap, id)
		t.index[t.slots[id].key] = id
		t.up(len(t.heap) - 1)
		return
	}
	if t.size == 0 || est <= t.slots[t.heap[0]].count {
		return // no more frequent than anything held
	}
	// Replace the key with the smallest count.
	id := t.heap[0]
	s := &t.slots[id]
	delete(t.index, s.key)
	*s = topSlot{key: string(key), count: est, pos: 0}
	t.index[s.key] = id
	t.down(0)
}

// count returns the count of key, 0 if it is not held.
func (t *topK) count(key string) uint32 {
	if id, ok := t.index[key]; ok {
		return t.slots[id].count
	}
	return 0
}

func (t *topK) less(i, j int) bool { return t.slots[t.heap[i]].count < t.slots[t.heap[j]].count }

func (t *topK) swap(i, j int) {
	h := t.heap
	h[i], h[j] = h[j], h[i]
	t.slots[h[i]].pos = int32(i)
	t.slots[h[j]].pos = int32(j)
}

func (t *topK) up(i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !t.less(i, parent) {
			return
		}
		t.swap(i, parent)
		i = parent
	}
}

func (t *topK) down(i int) {
	n := len(t.heap)
	for {
		small := i
		if l := 2*i + 1; l < n && t.less(l, small) {
			small = l
		}
		if r := 2*i + 2; r < n && t.less(r, small) {
			small = r
		}
		if small == i {
			return
		}
		t.swap(i, small)
		i = small
	}
}

// fnv64 is the 64-bit FNV-1a hash of b, mixed so that its high and low
// halves both depend on every byte (the sketch indexes rows with both).
func fnv64(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}
