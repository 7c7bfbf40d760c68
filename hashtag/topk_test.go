package hashtag

import (
	"math/rand/v2"
	"testing"
)

// TestTopKKeepsHeavyHitters: after many evictions, every key held is
// found where a lookup looks, and the keys far more frequent than the rest
// are held with counts no lower than their true ones.
func TestTopKKeepsHeavyHitters(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	tk := newTopK(50, 1, newSketch(1024))
	truth := map[uint64]uint32{}
	for i := range 200000 {
		// Keys 1..20 are heavy; the rest a long tail.
		h := uint64(r.IntN(20) + 1)
		if i%4 != 0 {
			h = uint64(r.IntN(100000) + 100)
		}
		h = mix64(h)
		truth[h]++
		if e, fresh := tk.add(h); fresh {
			tk.setKey(e, []byte{byte(h)})
		}
	}
	held := 0
	for i := range tk.table {
		e := &tk.table[i]
		if e.hash == 0 {
			continue
		}
		held++
		if tk.find(e.hash) != e {
			t.Fatalf("key %x is in the table but not where a lookup finds it", e.hash)
		}
		if got := tk.key(e); got != string([]byte{byte(e.hash)}) {
			t.Fatalf("key %x has text %q; want the byte it was given", e.hash, got)
		}
	}
	if held != tk.held || held > tk.limit {
		t.Errorf("held %d keys, counted %d, limit %d", held, tk.held, tk.limit)
	}
	for k := range 20 {
		h := mix64(uint64(k + 1))
		if c := tk.count(h); c < truth[h] {
			t.Errorf("heavy key %d: count %d; want at least its true %d", k+1, c, truth[h])
		}
	}
}
