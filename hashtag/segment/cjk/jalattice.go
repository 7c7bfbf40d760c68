package cjk

import (
	"sync"
	"unicode/utf8"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/dict/trie"
)

// jaLattice finds the words of a piece of Japanese as kagome's tokenizer
// does in its Normal mode — the path of least cost through a lattice of
// the dictionary's words and of unknown words, with the same costs and the
// same choice between equal paths — written again over kagome's dictionary
// because kagome takes every node of its lattice from a sync.Pool and
// gives it back on every call, and builds a Token per word: those cost
// more than the search.
//
// It works in three passes over flat arrays. The first adds every node,
// in kagome's order: by start, the dictionary's words shortest first, then
// the unknown words. The second counts the nodes ending at each place. The
// third finds each node's cheapest path, start by start, and files the
// node under the place it ends (in the order added, kagome's order): all
// the nodes a node can follow end where it starts, so they are filed, with
// their costs, by then. Nodes that start at one place and share a left
// connection ID share that search.
//
// Measured with cachegrind, the search costs instructions, and loads that
// wait on one another, far more than cache misses (about 0.5 million
// first-level misses for 114 million instructions per pass over the
// benchmark): hence flat arrays, slices held in locals, and an innermost
// loop of its own (see cheapestBefore).
//
// A jaLattice holds the memory one search reuses; it is not safe for
// concurrent use (jaLattices is a pool of them).
type jaLattice struct {
	nodes []jaNode
	// startAt holds, per position in characters, the first node starting
	// there (nodes are added by start); the nodes ending at position r are
	// ends[endAt[r]:endAt[r+1]], in the order they were added.
	startAt []int32
	endAt   []int32
	ends    []jaEnd
	fill    []int32 // per place, where search files the next node ending there
	runeAt  []int32 // per byte of the input, the character it starts (-1: none)
	chars   []jaChar
	runes   int32 // characters in the input
	// best caches, per left connection ID, the cheapest path to the nodes
	// starting at one place (see cheapest): an entry is current when its
	// stamp is la.stamp, which moves on at each start.
	best  []jaBest
	stamp uint32
	words []jaMorph
}

// jaChar is a character of the input and the byte where it starts.
type jaChar struct {
	pos int32
	ch  rune
}

// jaNode is one word of the lattice.
type jaNode struct {
	start, end  int32 // byte span in the input
	startRune   int32 // positions in characters where it starts and ends
	endRune     int32
	id          int32 // entry of the known or unknown dictionary
	known       bool
	left, right int16 // connection IDs
	weight      int16
	prev        int32 // the node before it on its cheapest path (-1: none)
}

// jaEnd is what a node ending at a place tells the nodes that may follow
// it: its right connection ID and the cost of the cheapest path to it.
type jaEnd struct {
	right int16
	cost  int32
	node  int32
}

// jaBest is the cheapest path to the nodes with one left connection ID
// that start at one place, before their own weight: its cost and its last
// node.
type jaBest struct {
	stamp uint32
	prev  int32
	cost  int64
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
//
// first is the walk through the double array over each character of the
// Basic Multilingual Plane, done once: every search from a start takes
// that first step, three bytes of UTF-8 for a Kana or a Kanji, each a
// look into a 10.8 MB array, plus one for the word it may spell alone.
// The table (512 KB) replaces them with one look, into the part of it the
// text's characters use.
type jaTables struct {
	unkID, unkDup [256]int32
	hasDup        []uint64
	dup           []int32
	first         []jaStep
}

// jaStep is where the double array's walk over one character leads: the
// state reached (-1: no word starts with the character) and the word the
// character spells alone (-1: none).
type jaStep struct {
	state, word int32
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
	t.first = make([]jaStep, 0x10000)
	var buf [utf8.UTFMax]byte
	for r := range rune(len(t.first)) {
		t.first[r] = jaStep{state: -1, word: -1}
		if r == 0 || !utf8.ValidRune(r) {
			continue // a walk stops at NUL; surrogates are never read
		}
		state, ok := 0, true
		for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
			if state, ok = daStep(d.Index.Da, state, c); !ok {
				break
			}
		}
		if ok {
			t.first[r] = jaStep{state: int32(state), word: int32(daWord(d.Index.Da, state))}
		}
	}
	return t
}

// daStep follows byte c from state p of the double array: the state it
// leads to, if any.
func daStep(da trie.DoubleArray, p int, c byte) (int, bool) {
	q := int(da[p].Base) + int(c)
	if q < 0 || q >= len(da) || int(da[q].Check) != p {
		return 0, false
	}
	return q, true
}

// daWord returns the word that ends at state q of the double array (its
// leaf: the terminator, 0, follows it), or -1.
func daWord(da trie.DoubleArray, q int) int {
	leaf := int(da[q].Base)
	if leaf >= 0 && leaf < len(da) && int(da[leaf].Check) == q && da[leaf].Base <= 0 {
		return int(-da[leaf].Base)
	}
	return -1
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
	la.index(input)
	la.addNodes(d, t, input)
	la.countEnds()
	la.search(d)
	// Read the path back from EOS, then reverse it.
	la.words = la.words[:0]
	for n := la.nodes[len(la.nodes)-1].prev; n > 0; n = la.nodes[n].prev {
		node := &la.nodes[n]
		la.words = append(la.words, jaMorph{start: int(node.start), end: int(node.end), id: int(node.id), known: node.known})
	}
	for i, j := 0, len(la.words)-1; i < j; i, j = i+1, j-1 {
		la.words[i], la.words[j] = la.words[j], la.words[i]
	}
	return la.words
}

// index notes where each character of input starts, and which it is
// (U+FFFD for a byte that is not UTF-8, as range reads it).
func (la *jaLattice) index(input string) {
	runeAt, chars := la.runeAt[:0], la.chars[:0]
	for i, ch := range input {
		for len(runeAt) < i {
			runeAt = append(runeAt, -1) // inside a character
		}
		runeAt = append(runeAt, int32(len(chars)))
		chars = append(chars, jaChar{pos: int32(i), ch: ch})
	}
	la.runeAt, la.chars, la.runes = runeAt, chars, int32(len(chars))
}

// addNodes adds BOS, the nodes of every word of input, by start, and EOS.
func (la *jaLattice) addNodes(d *dict.Dict, t *jaTables, input string) {
	rc := la.runes
	nodes := append(la.nodes[:0], jaNode{id: -1}) // BOS
	startAt := la.startAt[:0]
	da := d.Index.Da
	// The last unknown word of a grouping class, which the next start of
	// that class can reuse: the run of its class ends at the same place.
	groupClass, groupEnd := -1, 0
	runePos := int32(-1)
	for _, c := range la.chars {
		pos, ch := int(c.pos), c.ch
		runePos++
		startAt = append(startAt, int32(len(nodes)))
		matched := false
		// The dictionary's words that start here: kagome's
		// CommonPrefixSearchCallback, without its callback and map. The
		// first character's step comes from t.first; a byte that is not
		// UTF-8 walks alone.
		i, q := pos, 0
		if ch != utf8.RuneError && int(ch) < len(t.first) {
			step := t.first[ch]
			i, q = pos+utf8.RuneLen(ch), int(step.state)
			if step.state < 0 {
				i = len(input)
			} else if step.word >= 0 {
				nodes = appendWords(nodes, d, t, int(step.word), pos, i, runePos, runePos+1)
				matched = true
			}
		}
		for ; i < len(input) && input[i] != 0; i++ {
			var ok bool
			if q, ok = daStep(da, q, input[i]); !ok {
				break
			}
			end := i + 1
			endRune := la.runeOf(end)
			if endRune < 0 {
				// A dictionary word is valid UTF-8, so it cannot end
				// inside a character: spare the look at the leaf.
				continue
			}
			if id := daWord(da, q); id >= 0 {
				nodes = appendWords(nodes, d, t, id, pos, end, runePos, endRune)
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
			if int(class) == groupClass && pos < groupEnd && ch != utf8.RuneError {
				// Inside the run the last unknown word of this class
				// spanned, which ended where the class changes.
				endPos = groupEnd
			} else {
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
				groupClass, groupEnd = -1, 0
				if ch != utf8.RuneError && unkWordLen < maxUnknownRunes {
					groupClass, groupEnd = int(class), endPos
				}
			}
		}
		prev := pos
		if c, size := utf8.DecodeLastRuneInString(input[pos:endPos]); c != utf8.RuneError {
			prev = endPos - size
		}
		id, dup := int(t.unkID[class]), int(t.unkDup[class])
		for x := range dup + 1 {
			m := d.UnkDict.Morphs[id+x]
			n := jaNode{start: int32(pos), startRune: runePos, id: int32(id + x), left: m.LeftID, right: m.RightID, weight: m.Weight}
			if pos < prev {
				// the word without its last character
				n.end, n.endRune = int32(prev), la.unknownEnd(input, pos, prev, runePos)
				nodes = append(nodes, n)
			}
			n.end, n.endRune = int32(endPos), la.unknownEnd(input, pos, endPos, runePos)
			nodes = append(nodes, n)
		}
	}
	startAt = append(startAt, int32(len(nodes)))
	nodes = append(nodes, jaNode{id: -1, start: int32(len(input)), end: int32(len(input)), startRune: rc, endRune: rc + 1}) // EOS
	startAt = append(startAt, int32(len(nodes)))
	la.nodes, la.startAt = nodes, startAt
}

// appendWords appends the nodes of word id and of its twins spelt alike,
// spanning input[start:end], characters startRune to endRune.
func appendWords(nodes []jaNode, d *dict.Dict, t *jaTables, id, start, end int, startRune, endRune int32) []jaNode {
	for x, last := id, id+t.twins(id); x <= last; x++ {
		m := d.Morphs[x]
		nodes = append(nodes, jaNode{start: int32(start), end: int32(end), startRune: startRune, endRune: endRune,
			id: int32(x), known: true, left: m.LeftID, right: m.RightID, weight: m.Weight})
	}
	return nodes
}

// countEnds counts the nodes ending at each place, for search to file
// them by the place they end in the order they were added. Only a
// malformed input puts a node's end beyond EOS (kagome would index out of
// range): no path goes through it.
//
// Here and in search, the slices are copied into local variables: through
// la, the compiler reloads them at every step, for fear of the writes.
func (la *jaLattice) countEnds() {
	places := int(la.runes) + 2
	if cap(la.endAt) < places+1 {
		la.endAt = make([]int32, places+1)
		la.fill = make([]int32, places)
	}
	endAt, fill, nodes := la.endAt[:places+1], la.fill[:places], la.nodes
	clear(endAt)
	for i := range nodes {
		if r := int(nodes[i].endRune); r < places {
			endAt[r+1]++
		}
	}
	for r := 1; r <= places; r++ {
		endAt[r] += endAt[r-1]
	}
	copy(fill, endAt)
	if cap(la.ends) < int(endAt[places]) {
		la.ends = make([]jaEnd, endAt[places])
	}
	la.endAt, la.fill, la.ends = endAt, fill, la.ends[:endAt[places]]
}

// search finds the cheapest path to every node, start by start. BOS
// starts nothing and costs nothing.
//
// The node's weight adds the same to every path, so which node comes
// before it depends only on its left connection ID: nodes that start at
// one place share the search when they share a left ID (an unknown word
// and its version one character shorter always do, entries spelt alike
// often). best keeps it per left ID for the current start.
func (la *jaLattice) search(d *dict.Dict) {
	rows := int(d.Connection.Row)
	if len(la.best) < rows {
		la.best = make([]jaBest, rows)
	}
	vec, best, stamp := d.Connection.Vec, la.best, la.stamp
	allNodes, allEnds, endAt, startAt, fill := la.nodes, la.ends, la.endAt, la.startAt, la.fill
	// BOS ends at 0, where the first nodes start.
	allNodes[0].prev = -1
	allEnds[fill[0]] = jaEnd{node: 0}
	fill[0]++
	for r := range int(la.runes) + 1 {
		if stamp++; stamp == 0 {
			// After 2³² starts, entries from long ago could look
			// current again.
			clear(best)
			stamp = 1
		}
		ends := allEnds[endAt[r]:endAt[r+1]]
		first := startAt[r]
		nodes := allNodes[first:startAt[r+1]]
		for i := range nodes {
			n := &nodes[i]
			var b jaBest
			if left := int(n.left); left < len(best) && best[left].stamp == stamp {
				b = best[left]
			} else {
				// d.Connection.At(right, left), the row of left taken once
				b.cost, b.prev = cheapestBefore(vec[rows*left:], ends)
				if left < len(best) {
					b.stamp = stamp
					best[left] = b
				}
			}
			cost := int32(maxCost)
			switch {
			case b.prev < 0:
			case b.cost+int64(n.weight) > maxCost:
				// kagome caps every path's cost at maxCost, which can
				// make unequal paths equal: compare them as it does.
				cost, b.prev = cheapestCapped(&d.Connection, ends, n.left, n.weight)
			default:
				cost = int32(b.cost + int64(n.weight))
			}
			n.prev = b.prev
			if e := int(n.endRune); e < len(fill) {
				allEnds[fill[e]] = jaEnd{right: n.right, cost: cost, node: first + int32(i)}
				fill[e]++
			}
		}
	}
	la.stamp = stamp
}

// cheapestBefore returns the cost of the cheapest path through the nodes
// ends, to a node whose row of connection costs is conn, and the last node
// of that path (-1: none). Like kagome, the first of equally cheap paths
// wins. It is the lattice's innermost loop, kept small enough for its
// variables to stay in registers: inlined into search, it ran about
// three times the instructions, spilling to the stack.
//
//go:noinline
func cheapestBefore(conn []int16, ends []jaEnd) (cost int64, prev int32) {
	if len(ends) == 0 {
		return 0, -1
	}
	cost, prev = int64(conn[ends[0].right])+int64(ends[0].cost), ends[0].node
	for _, e := range ends[1:] {
		if x := int64(conn[e.right]) + int64(e.cost); x < cost {
			cost, prev = x, e.node
		}
	}
	return cost, prev
}

// cheapestCapped is cheapest as kagome computes it, each path's cost
// capped at maxCost.
func cheapestCapped(conn *dict.ConnectionTable, ends []jaEnd, left, w int16) (cost, prev int32) {
	cost, prev = maxCost, -1
	for _, e := range ends {
		total := int64(conn.At(int(e.right), int(left))) + int64(w) + int64(e.cost)
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
