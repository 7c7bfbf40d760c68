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
	index map[string]int32 // key → its slot in heap
	heap  []topSlot
}

type topSlot struct {
	key        string
	count, err uint32
}

func newTopK(size int) *topK {
	return &topK{size: size, index: make(map[string]int32, size), heap: make([]topSlot, 0, size)}
}

// add counts key once. The key is copied only when it enters the table, so
// counting a key that is already there does not allocate.
func (t *topK) add(key []byte) {
	if i, ok := t.index[string(key)]; ok {
		if t.heap[i].count < ^uint32(0) {
			t.heap[i].count++
		}
		t.down(int(i))
		return
	}
	if len(t.heap) < t.size {
		t.heap = append(t.heap, topSlot{key: string(key), count: 1})
		i := len(t.heap) - 1
		t.index[t.heap[i].key] = int32(i)
		t.up(i)
		return
	}
	if t.size == 0 {
		return
	}
	// Replace the key with the smallest count.
	min := t.heap[0]
	delete(t.index, min.key)
	t.heap[0] = topSlot{key: string(key), count: min.count + 1, err: min.count}
	t.index[t.heap[0].key] = 0
	t.down(0)
}

// lower returns the guaranteed count of key (count − err), 0 if it is not
// held.
func (t *topK) lower(key string) uint32 {
	if i, ok := t.index[key]; ok {
		return t.heap[i].count - t.heap[i].err
	}
	return 0
}

func (t *topK) swap(i, j int) {
	h := t.heap
	h[i], h[j] = h[j], h[i]
	t.index[h[i].key] = int32(i)
	t.index[h[j].key] = int32(j)
}

func (t *topK) up(i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if t.heap[parent].count <= t.heap[i].count {
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
		if l := 2*i + 1; l < n && t.heap[l].count < t.heap[small].count {
			small = l
		}
		if r := 2*i + 2; r < n && t.heap[r].count < t.heap[small].count {
			small = r
		}
		if small == i {
			return
		}
		t.swap(i, small)
		i = small
	}
}
