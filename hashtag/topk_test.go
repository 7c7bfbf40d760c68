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
	tk := newTopK[noCases](50, 1, newSketch(1024))
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

// TestTopKGrowsAsIfFull: a table that starts small and grows holds every
// key where a table made at its full length holds it, through the
// evictions after (which keep, of keys tied, the first in the table): so
// growing never changes what is learned.
func TestTopKGrowsAsIfFull(t *testing.T) {
	for _, size := range []int{600, 5000} {
		r := rand.New(rand.NewPCG(3, uint64(size)))
		grown, full := newTopK[noCases](size, 2, newSketch(4096)), newTopK[noCases](size, 2, newSketch(4096))
		full.table, full.mask = make([]topEntry[noCases], full.full), uint64(full.full-1)
		full.setNext()
		if len(grown.table) >= grown.full {
			t.Fatalf("size %d: the table starts full (%d entries): nothing to test", size, len(grown.table))
		}
		evicted := false
		for i := range 40 * size {
			// Counts tie often (a small range of keys, each seen a few
			// times), so that evict's choice among ties is tested; the
			// keys' homes are every 16th entry, so that they queue in
			// long runs, in the order they came.
			h := mix64(uint64(r.IntN(3*size))+uint64(i/(8*size))*1000003) &^ 15
			eg, fg := grown.add(h)
			ef, ff := full.add(h)
			if fg != ff || (eg == nil) != (ef == nil) {
				t.Fatalf("size %d, key %d: the grown table and the full one disagree on it", size, i)
			}
			if fg {
				grown.setKey(eg, []byte{byte(h)})
				full.setKey(ef, []byte{byte(h)})
			}
			evicted = evicted || full.admit > 2
		}
		if len(grown.table) != len(full.table) || !evicted {
			t.Fatalf("size %d: the table grew to %d of %d entries, evicted %v: the test reaches no eviction", size, len(grown.table), len(full.table), evicted)
		}
		for i := range full.table {
			if g, f := grown.table[i], full.table[i]; g.hash != f.hash || g.count != f.count {
				t.Fatalf("size %d: entry %d holds %x (count %d) grown, %x (count %d) full", size, i, g.hash, g.count, f.hash, f.count)
			}
		}
	}
}
