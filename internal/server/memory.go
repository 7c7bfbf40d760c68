package server

import "sync"

// memBudget is the server-wide bound on the memory /v1/batch streams take
// for their buffers (Config.MemoryBudget). It implements batch.Budget and
// is safe for concurrent use.
type memBudget struct {
	mu   sync.Mutex
	used int64
	max  int64
}

// Grow reserves n bytes and reports whether they fit.
func (m *memBudget) Grow(n int) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.used+int64(n) > m.max {
		return false
	}
	m.used += int64(n)
	return true
}

// Release gives back n bytes reserved by Grow.
func (m *memBudget) Release(n int) {
	m.mu.Lock()
	m.used -= int64(n)
	m.mu.Unlock()
}

// Used is the number of bytes reserved now.
func (m *memBudget) Used() int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.used
}

// streamBase is the memory a /v1/batch stream reserves when it starts: the
// batch engine's chunks in flight (2×workers+2 of them, each up to 128 KiB
// of input and its output) and its read buffers. An estimate on the high
// side, so that the budget holds.
func streamBase(workers int) int {
	const perChunk = 2 * (128 + 4) << 10 // input and output
	return (2*workers+2)*perChunk + 2*(64<<10)
}
