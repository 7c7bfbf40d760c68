package hashtag

// topK counts the most frequent keys of a stream in bounded memory, by the
// Space-Saving algorithm (Metwally, Agrawal and El Abbadi, 2005): at most
// size keys are held; a new key, when the table is full, takes the place of
// the key with the smallest count and inherits that count as its possible
// error. A key whose true count exceeds total/size is never lost, and
// count−err is a lower bound on its true count. That is what learning
// needs: the words and phrases an archive uses often, counted closely,
// whatever the size of its long tail.
//
// The slots form a min-heap on count, so finding the key to replace is
// O(1) and an increment costs O(log size) at worst. The same sequence of
// keys always gives the same table: nothing depends on map iteration.
// A topK is not safe for concurrent use.
type topK struct {
	size  int
	index map[string]int32 // key → its slot
	slots []topSlot        // stable: a slot keeps its number while its key is held
	heap  []int32          // slot numbers, a min-heap on count
}

type topSlot struct {
	key        string
	count, err uint32
	pos        int32 // where the slot is in heap: moving a slot touches no map
}

func newTopK(size int) *topK {
	return &topK{size: size, index: make(map[string]int32, size), slots: make([]topSlot, 0, size), heap: make([]int32, 0, size)}
}

// add counts key once. The key is copied only when it enters the table, so
// counting a key that is already there does not allocate.
func (t *topK) add(key []byte) {
	if id, ok := t.index[string(key)]; ok {
		s := &t.slots[id]
		if s.count < ^uint32(0) {
			s.count++
		}
		t.down(int(s.pos))
		return
	}
	if len(t.slots) < t.size {
		id := int32(len(t.slots))
		t.slots = append(t.slots, topSlot{key: string(key), count: 1, pos: int32(len(t.heap))})
		t.heap = append(t.heap, id)
		t.index[t.slots[id].key] = id
		t.up(len(t.heap) - 1)
		return
	}
	if t.size == 0 {
		return
	}
	// Replace the key with the smallest count.
	id := t.heap[0]
	s := &t.slots[id]
	delete(t.index, s.key)
	*s = topSlot{key: string(key), count: s.count + 1, err: s.count, pos: 0}
	t.index[s.key] = id
	t.down(0)
}

// lower returns the guaranteed count of key (count − err), 0 if it is not
// held.
func (t *topK) lower(key string) uint32 {
	if id, ok := t.index[key]; ok {
		return t.slots[id].count - t.slots[id].err
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
