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
	// first and last are, per position in characters, the first and the
	// last node ending there (-1: none); jaNode.next links the rest in
	// the order they were added, which is the order kagome compares them in.
	first, last []int32
	runeAt      []int32 // per byte of the input, the character it starts (-1: none)
	words       []jaMorph
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
	next        int32 // the next node ending where this one ends
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
type jaTables struct {
	unkID, unkDup [256]int32
	dup           []int32
}

func newJaTables(d *dict.Dict) *jaTables {
	t := &jaTables{dup: make([]int32, len(d.Morphs))}
	for class := range 256 {
		t.unkID[class] = d.UnkDict.Index[int32(class)]
		t.unkDup[class] = d.UnkDict.IndexDup[int32(class)]
	}
	for id, dup := range d.Index.Dup {
		if id >= 0 && int(id) < len(t.dup) {
			t.dup[id] = dup
		}
	}
	return t
}

// tokenize returns the words of input, valid until the next call.
func (la *jaLattice) tokenize(d *dict.Dict, t *jaTables, input string) []jaMorph {
	rc := utf8.RuneCountInString(input)
	la.nodes = la.nodes[:0]
	la.first = resetInt32s(la.first, rc+2)
	la.last = resetInt32s(la.last, rc+2)
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
			leaf := int(da[q].Base) // + the terminator, 0
			if leaf >= 0 && leaf < len(da) && int(da[leaf].Check) == q && da[leaf].Base <= 0 {
				id, end := int(-da[leaf].Base), i+1
				// A dictionary word is valid UTF-8, so end is where a
				// character starts or the end of the input.
				endRune := int32(rc)
				if end < len(input) {
					endRune = la.runeAt[end]
				}
				for x := id; x <= id+int(t.dup[id]); x++ {
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
				la.add(d, runePos, int32(pos), id+x, false, int32(prev), runePos+int32(utf8.RuneCountInString(input[pos:prev])))
			}
			la.add(d, runePos, int32(pos), id+x, false, int32(endPos), runePos+int32(utf8.RuneCountInString(input[pos:endPos])))
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

// add adds the node for entry id (-1: BOS or EOS) spanning input[start:end],
// from character startRune to endRune, with the cost of the cheapest path
// to it, and returns its index. Like kagome, the first of equally cheap
// nodes before it wins.
func (la *jaLattice) add(d *dict.Dict, startRune, start int32, id int, known bool, end, endRune int32) int32 {
	n := jaNode{start: start, end: end, startRune: startRune, id: int32(id), known: known, prev: -1, next: -1}
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
		n.cost = maxCost
		first := true
		for p := la.first[startRune]; p >= 0; p = la.nodes[p].next {
			prev := &la.nodes[p]
			total := int64(d.Connection.At(int(prev.right), int(n.left))) + int64(n.weight) + int64(prev.cost)
			if total > maxCost {
				total = maxCost
			}
			if first || int32(total) < n.cost {
				n.cost, n.prev = int32(total), p
				first = false
			}
		}
	}
	if int(endRune) >= len(la.first) {
		// Only a malformed input gets here (kagome would index out of
		// range): no path goes through the node.
		la.nodes = append(la.nodes, n)
		return i
	}
	la.nodes = append(la.nodes, n)
	if la.last[endRune] < 0 {
		la.first[endRune] = i
	} else {
		la.nodes[la.last[endRune]].next = i
	}
	la.last[endRune] = i
	return i
}

// resetInt32s returns s with length n, every element -1.
func resetInt32s(s []int32, n int) []int32 {
	if cap(s) < n {
		s = make([]int32, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = -1
	}
	return s
}
