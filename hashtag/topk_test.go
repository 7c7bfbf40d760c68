package hashtag

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestTopKKeepsHeavyHitters: after many evictions, every key held is
// found where a lookup looks and keeps its text, and the keys far more
// frequent than the rest are held with counts no lower than their true
// ones.
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
			tk.setKey(e, keyText(h))
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
		if got := tk.key(e); got != string(keyText(e.hash)) {
			t.Fatalf("key %x has text %q; want %q, the text it was given", e.hash, got, keyText(e.hash))
		}
	}
	if held != tk.held || held > tk.limit {
		t.Errorf("held %d keys, counted %d, limit %d", held, tk.held, tk.limit)
	}
	// The slab holds the texts of the keys held and no others: evict
	// drops those of the keys let go (compact).
	if most := held * (24 + 2*binary.MaxVarintLen32); len(tk.text) > most {
		t.Errorf("the key texts take %d bytes for %d keys held; want at most %d", len(tk.text), held, most)
	}
	for k := range 20 {
		h := mix64(uint64(k + 1))
		if c := tk.count(h); c < truth[h] {
			t.Errorf("heavy key %d: count %d; want at least its true %d", k+1, c, truth[h])
		}
	}
}

// keyText is a text for the key of hash h, of 1 to 24 bytes: evict moves
// texts of every length.
func keyText(h uint64) []byte {
	return bytes.Repeat([]byte{byte(h)}, int(h>>8%24)+1)
}

// TestTopKGrowsAsIfFull: a table that starts small and grows holds every
// key where a table made at its full length holds it, through the
// evictions after (which keep, of keys tied, the first in the table): so
// growing never changes what is learned.
func TestTopKGrowsAsIfFull(t *testing.T) {
	for _, size := range []int{600, 5000} {
		r := rand.New(rand.NewPCG(3, uint64(size)))
		grown, full := newTopK(size, 2, newSketch(4096)), newTopK(size, 2, newSketch(4096))
		full.table, full.mask = make([]topEntry, full.full), uint64(full.full-1)
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

// TestSketchWidensExactly: a sketch of 16-bit counters counts exactly as
// one of 32-bit counters from the start, through the moment a counter
// passes 65535 and the counters are widened: every estimate the same, so
// the narrow counters never change what is learned.
func TestSketchWidensExactly(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	narrow, wide := newSketch(256), newSketch(256)
	wide.widen()
	// Few keys, many counts: their counters pass 65535 within the test;
	// many keys share blocks and counters (256 blocks), so that
	// conservative update's choices are exercised.
	keys := make([]uint64, 2000)
	for i := range keys {
		keys[i] = mix64(uint64(i + 1))
	}
	heavy := keys[:3]
	for i := range 300_000 {
		var h uint64
		switch {
		case i%4 == 0:
			h = heavy[r.IntN(len(heavy))]
		default:
			h = keys[r.IntN(len(keys))]
		}
		if i%97 == 0 {
			// A key let go by a table: its count written back, at times
			// past what 16 bits hold.
			n := uint32(r.IntN(70_000))
			narrow.raise(h, n)
			wide.raise(h, n)
			continue
		}
		if a, b := narrow.add(h), wide.add(h); a != b {
			t.Fatalf("count %d of %x: %d narrow, %d wide", i, h, a, b)
		}
	}
	if narrow.narrow != nil {
		t.Fatal("no counter passed 65535: the test does not reach the widening")
	}
	for _, h := range keys {
		if a, b := narrow.estimate(h), wide.estimate(h); a != b {
			t.Fatalf("%x: estimate %d narrow, %d wide", h, a, b)
		}
	}
	if !slices.Equal(narrow.wide, wide.wide) {
		t.Error("the counters differ")
	}
}

// TestSketchStaysNarrow: counts and raises up to 65535 keep the counters
// 16 bits wide (the memory saved), and one past it widens them.
func TestSketchStaysNarrow(t *testing.T) {
	s := newSketch(256)
	h := mix64(7)
	s.raise(h, 65534)
	if got := s.add(h); got != 65535 || s.narrow == nil {
		t.Fatalf("add to 65535 gave %d, narrow %v", got, s.narrow != nil)
	}
	if got := s.add(h); got != 65536 || s.narrow != nil {
		t.Fatalf("add past 65535 gave %d, narrow %v", got, s.narrow != nil)
	}
	if got := s.estimate(h); got != 65536 {
		t.Errorf("estimate after widening %d; want 65536", got)
	}
}
