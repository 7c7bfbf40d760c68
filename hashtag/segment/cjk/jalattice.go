package cjk

import (
	"sync"
	"unicode/utf8"

	"github.com/ikawaha/kagome-dict/dict"
)

// jaLattice finds the words of a piece of Japanese as kagome's tokenizer
// does in its Normal mode — the path of least cost through a lattice of
// the dictionary's words and of unknown words, with the same costs and the
// same choice between equal paths — written again over kagome's dictionary
// because kagome takes every node of its lattice from a sync.Pool and
// gives it back on every call, and builds a Token per word: those cost
// more than the search. Each node's cost is found as the node is added
// (all the nodes it can follow end before it starts, so they are there
// already), which folds kagome's Forward pass into its Build.
//
// A jaLattice holds the memory one search reuses; it is not safe for
// concurrent use (jaLattices is a pool of them).
type jaLattice struct {
	nodes []jaNode
	// ends holds, per position in characters, the nodes ending there in
	// the order they were added, which is the order kagome compares them in.
	ends   [][]jaEnd
	runeAt []int32  // per byte of the input, the character it starts (-1: none)
	runes  int32    // characters in the input
	best   []jaBest // the paths found so far to nodes starting at bestAt
	bestAt int32
	words  []jaMorph
}

// jaNode is one word of the lattice.
type jaNode struct {
	start, end  int32 // byte span in the input
	startRune   int32 // position in characters where it starts
	id          int32 // entry of the known or unknown dictionary
	known       bool
	left, right int16 // connection IDs
	weight      int16
	cost        int32 // of the cheapest path ending with this node
	prev        int32 // the node before it on that path (-1: none)
}

// jaEnd is what a node ending at a place tells the nodes that may follow
// it: its right connection ID and the cost of the cheapest path to it.
type jaEnd struct {
	right int16
	cost  int32
	node  int32
}

// jaBest is the cheapest path to the nodes with connection ID left that
// start at one place, before their own weight: its cost and its last node.
type jaBest struct {
	left int16
	cost int64
	prev int32
}

// jaMorph is one word of the result: its byte span and its dictionary
// entry (in the known dictionary, or the unknown one if !known).
type jaMorph struct {
	start, end int
	id         int
	known      bool
}

var jaLattices = sync.Pool{New: func() any { return new(jaLattice) }}

// maxCost is kagome's cost of a node nothing leads to, and the cap of
// every cost; maxUnknownRunes its longest unknown word.
const (
	maxCost         = 1<<31 - 1
	maxUnknownRunes = 1024
)

// jaTables are what the lattice reads of the dictionary's maps, read
// into arrays once: for each character class, the first entry of the
// unknown-word dictionary and the number of entries after it; for each
// word of the index, the number of entries after it with the same spelling.
// Few words have such twins, so a bit per word (48 KB, which stays in
// cache) says which, and only those look up their number in dup.
type jaTables struct {
	unkID, unkDup [256]int32
	hasDup        []uint64
	dup           []int32
}

func newJaTables(d *dict.Dict) *jaTables {
	t := &jaTables{hasDup: make([]uint64, (len(d.Morphs)+63)/64), dup: make([]int32, len(d.Morphs))}
	for class := range 256 {
		t.unkID[class] = d.UnkDict.Index[int32(class)]
		t.unkDup[class] = d.UnkDict.IndexDup[int32(class)]
	}
	for id, dup := range d.Index.Dup {
		if id >= 0 && int(id) < len(t.dup) && dup > 0 {
			t.dup[id] = dup
			t.hasDup[id/64] |= 1 << (id % 64)
		}
	}
	return t
}

// twins returns the number of entries after word id with its spelling.
func (t *jaTables) twins(id int) int {
	if id < 0 || id/64 >= len(t.hasDup) || t.hasDup[id/64]&(1<<(id%64)) == 0 {
		return 0
	}
	return int(t.dup[id])
}

// tokenize returns the words of input, valid until the next call.
func (la *jaLattice) tokenize(d *dict.Dict, t *jaTables, input string) []jaMorph {
	rc := utf8.RuneCountInString(input)
	la.nodes = la.nodes[:0]
	if cap(la.ends) < rc+2 {
		la.ends = append(la.ends[:cap(la.ends)], make([][]jaEnd, rc+2-cap(la.ends))...)
	}
	la.ends = la.ends[:rc+2]
	for i := range la.ends {
		la.ends[i] = la.ends[i][:0]
	}
	la.runes = int32(rc)
	la.bestAt = -1
	la.runeAt = la.runeAt[:0]
	n := int32(0)
	for i := range input {
		for len(la.runeAt) < i {
			la.runeAt = append(la.runeAt, -1) // inside a character
		}
		la.runeAt = append(la.runeAt, n)
		n++
	}
	la.add(d, 0, 0, -1, false, 0, 0) // BOS
	runePos := int32(-1)
	da := d.Index.Da
	for pos, ch := range input {
		runePos++
		matched := false
		// The dictionary's words that start here: kagome's
		// CommonPrefixSearchCallback, without its callback and map.
		for i, p, q := pos, 0, 0; i < len(input) && input[i] != 0; i++ {
			p, q = q, int(da[q].Base)+int(input[i])
			if q < 0 || q >= len(da) || int(da[q].Check) != p {
				break
			}
			end := i + 1
			endRune := la.runeOf(end)
			if endRune < 0 {
				// A dictionary word is valid UTF-8, so it cannot end
				// inside a character: spare the look at the leaf.
				continue
			}
			leaf := int(da[q].Base) // + the terminator, 0
			if leaf >= 0 && leaf < len(da) && int(da[leaf].Check) == q && da[leaf].Base <= 0 {
				id := int(-da[leaf].Base)
				for x := id; x <= id+t.twins(id); x++ {
					la.add(d, runePos, int32(pos), x, true, int32(end), endRune)
				}
				matched = true
			}
		}
		class := d.CharacterCategory(ch)
		if matched && !d.InvokeList[int(class)] {
			continue
		}
		endPos := pos + 1
		if ch != utf8.RuneError {
			endPos = pos + utf8.RuneLen(ch)
		}
		unkWordLen := 1
		if d.GroupList[int(class)] {
			for i, w := endPos, 0; i < len(input); i += w {
				var c rune
				c, w = utf8.DecodeRuneInString(input[i:])
				if d.CharacterCategory(c) != class {
					break
				}
				endPos += w
				unkWordLen++
				if unkWordLen >= maxUnknownRunes {
					break
				}
			}
		}
		prev := pos
		if c, size := utf8.DecodeLastRuneInString(input[pos:endPos]); c != utf8.RuneError {
			prev = endPos - size
		}
		id, dup := int(t.unkID[class]), int(t.unkDup[class])
		for x := range dup + 1 {
			if pos < prev {
				// the word without its last character
				la.add(d, runePos, int32(pos), id+x, false, int32(prev), la.unknownEnd(input, pos, prev, runePos))
			}
			la.add(d, runePos, int32(pos), id+x, false, int32(endPos), la.unknownEnd(input, pos, endPos, runePos))
		}
	}
	eos := la.add(d, int32(rc), int32(len(input)), -1, false, int32(len(input)), int32(rc)+1)
	// Read the path back from EOS, then reverse it.
	la.words = la.words[:0]
	for n := la.nodes[eos].prev; n > 0; n = la.nodes[n].prev {
		node := &la.nodes[n]
		la.words = append(la.words, jaMorph{start: int(node.start), end: int(node.end), id: int(node.id), known: node.known})
	}
	for i, j := 0, len(la.words)-1; i < j; i, j = i+1, j-1 {
		la.words[i], la.words[j] = la.words[j], la.words[i]
	}
	return la.words
}

// cheapest returns the cost of the cheapest path to a node starting at
// character startRune with connection ID left and weight w, and the node
// before it on that path (-1: none, at cost maxCost). Like kagome, the
// first of equally cheap nodes wins.
//
// The node's weight adds the same to every path, so which node comes
// before it depends only on left: nodes that start at one place share
// the search when they share a left ID (an unknown word and its version
// one character shorter always do, entries spelt alike often), found by
// a short list kept for the current start.
func (la *jaLattice) cheapest(d *dict.Dict, startRune int32, left, w int16) (cost, prev int32) {
	if startRune != la.bestAt {
		la.bestAt, la.best = startRune, la.best[:0]
	}
	b := jaBest{left: left, prev: -1}
	found := false
	for _, c := range la.best {
		if c.left == left {
			b, found = c, true
			break
		}
	}
	if !found {
		// d.Connection.At(right, left), the row of left taken once
		conn := d.Connection.Vec[int(d.Connection.Row)*int(left):]
		for _, e := range la.ends[startRune] {
			x := int64(conn[e.right]) + int64(e.cost)
			if b.prev < 0 || x < b.cost {
				b.cost, b.prev = x, e.node
			}
		}
		la.best = append(la.best, b)
	}
	if b.prev < 0 {
		return maxCost, -1
	}
	if b.cost+int64(w) > maxCost {
		// kagome caps every path's cost at maxCost, which can make
		// unequal paths equal: compare them as it does.
		return la.cheapestCapped(d, startRune, left, w)
	}
	return int32(b.cost + int64(w)), b.prev
}

// cheapestCapped is cheapest as kagome computes it, each path's cost
// capped at maxCost.
func (la *jaLattice) cheapestCapped(d *dict.Dict, startRune int32, left, w int16) (cost, prev int32) {
	cost, prev = maxCost, -1
	for _, e := range la.ends[startRune] {
		total := int64(d.Connection.At(int(e.right), int(left))) + int64(w) + int64(e.cost)
		if total > maxCost {
			total = maxCost
		}
		if prev < 0 || int32(total) < cost {
			cost, prev = int32(total), e.node
		}
	}
	return cost, prev
}

// runeOf returns the position in characters of byte end, where a
// character starts or the input ends; -1 inside a character.
func (la *jaLattice) runeOf(end int) int32 {
	if end < len(la.runeAt) {
		return la.runeAt[end]
	}
	return la.runes
}

// unknownEnd returns where, in characters, an unknown word
// input[start:end] starting at character startRune ends. When kagome takes
// a lone byte of an encoded U+FFFD as a word, end falls inside a
// character; like kagome, it then counts the word's characters.
func (la *jaLattice) unknownEnd(input string, start, end int, startRune int32) int32 {
	if r := la.runeOf(end); r >= 0 {
		return r
	}
	return startRune + int32(utf8.RuneCountInString(input[start:end]))
}

// add adds the node for entry id (-1: BOS or EOS) spanning input[start:end],
// from character startRune to endRune, with the cost of the cheapest path
// to it, and returns its index. Like kagome, the first of equally cheap
// nodes before it wins.
func (la *jaLattice) add(d *dict.Dict, startRune, start int32, id int, known bool, end, endRune int32) int32 {
	n := jaNode{start: start, end: end, startRune: startRune, id: int32(id), known: known, prev: -1}
	if id >= 0 {
		var m dict.Morph
		if known {
			m = d.Morphs[id]
		} else {
			m = d.UnkDict.Morphs[id]
		}
		n.left, n.right, n.weight = m.LeftID, m.RightID, m.Weight
	}
	i := int32(len(la.nodes))
	if i > 0 { // BOS starts nothing and costs nothing
		n.cost, n.prev = la.cheapest(d, startRune, n.left, n.weight)
	}
	la.nodes = append(la.nodes, n)
	// Only a malformed input puts a node's end beyond the last place
	// (kagome would index out of range): no path goes through it.
	if int(endRune) < len(la.ends) {
		la.ends[endRune] = append(la.ends[endRune], jaEnd{right: n.right, cost: n.cost, node: i})
	}
	return i
}
