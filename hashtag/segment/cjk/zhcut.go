package cjk

import (
	"math"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/go-ego/gse"

	"github.com/sharekit/sharekit/hashtag"
)

// zhDict is what the cut needs of gse's dictionary: per entry, its length
// in characters, its cost (log2 of the total frequency over its own, the
// length of its edge in the shortest-path search) and its kind. Each is
// worked out the first time the cut meets the entry, not at load: the
// dictionary has 587,000 entries, and headlines meet a few thousand.
type zhDict struct {
	dict     *gse.Dictionary
	tokens   []gse.Token // dict.Tokens: an entry's index is its place here
	entries  []atomic.Uint64
	logTotal float32
	maxLen   int // characters of the longest entry
}

// unknownCost is the cost of a character the dictionary lacks, as gse
// gives it (a frequency of 1 in 2³² and more).
const unknownCost = 32

func newZhDict(seg *gse.Segmenter) *zhDict {
	d := seg.Dict
	return &zhDict{
		dict:     d,
		tokens:   d.Tokens,
		entries:  make([]atomic.Uint64, len(d.Tokens)),
		logTotal: float32(math.Log2(d.TotalFreq())),
		maxLen:   d.MaxTokenLen(),
	}
}

// entry returns the length in characters, the cost and the kind of entry
// i. Safe for concurrent use: callers that meet a new entry at once work
// out the same value.
func (z *zhDict) entry(i int) (units int, cost float32, kind hashtag.SegmentKind) {
	v := z.entries[i].Load()
	if v == 0 {
		t := &z.tokens[i]
		units := uint64(min(zhUnitCount(t.Text()), math.MaxUint8))
		// The same float32 arithmetic as gse's CalcToken, so that ties
		// between cuts break the same way.
		cost := z.logTotal - float32(math.Log2(t.Freq()))
		v = 1<<63 | units<<40 | uint64(chineseKind(t.Pos()))<<32 | uint64(math.Float32bits(cost))
		z.entries[i].Store(v)
	}
	return int(v >> 40 & 0xFF), math.Float32frombits(uint32(v)), hashtag.SegmentKind(v >> 32 & 0xFF)
}

// index returns the index of the entry tok points to, which gse's
// lookups hand out as pointers into dict.Tokens; -1 if it is not one (it
// always is: the check guards against a change in gse).
func (z *zhDict) index(tok *gse.Token) int {
	if len(z.tokens) == 0 {
		return -1
	}
	off := uintptr(unsafe.Pointer(tok)) - uintptr(unsafe.Pointer(&z.tokens[0]))
	i := int(off / unsafe.Sizeof(z.tokens[0]))
	if off%unsafe.Sizeof(z.tokens[0]) != 0 || i < 0 || i >= len(z.tokens) || &z.tokens[i] != tok {
		return -1
	}
	return i
}

// zhUnit reports whether r, encoded in size bytes, is part of a run that
// gse takes as one character: letters and numbers of the scripts written
// in one or two bytes (Greek, Cyrillic; Latin and digits never reach here).
func zhUnit(r rune, size int) bool {
	return size <= 2 && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

// zhUnitCount counts the characters of s as gse splits them.
func zhUnitCount(s string) int {
	n, inRun := 0, false
	for _, r := range s {
		if zhUnit(r, utf8.RuneLen(r)) {
			if !inRun {
				n++
			}
			inRun = true
			continue
		}
		inRun = false
		n++
	}
	return n
}

// zhCutter finds the cut of a piece of Chinese into the dictionary words
// of highest joint frequency: gse's Segment, step for step and with the
// same result, written again because Segment allocates its list of
// characters, its table, a token for every character the dictionary lacks
// and its result on every call, which cost more than the dictionary walks.
// A zhCutter holds the memory one cut reuses; it is not safe for
// concurrent use (zhCutters comes from a pool).
type zhCutter struct {
	text  []byte     // the piece, as the bytes the dictionary takes
	units []gse.Text // its characters, slices of text
	ends  []int      // ends[i]: where units[i] ends in text
	best  []zhStep   // best[i]: the last word of the cheapest cut of units[:i+1]
	found []*gse.Token
	back  []hashtag.Segment // the cut read from its end
	words []hashtag.Segment // the cut
}

// zhStep is the last word of the cheapest cut up to a character.
type zhStep struct {
	cost  float32
	units int32 // characters in the word
	entry int32 // its dictionary entry, -1 for an unknown character
}

var zhCutters = sync.Pool{New: func() any { return new(zhCutter) }}

// cut returns the words of piece, offsets relative to piece, with the
// kinds of their dictionary entries (hashtag.SegWord for a character the
// dictionary lacks). The result is valid until the next call.
func (c *zhCutter) cut(z *zhDict, piece string) []hashtag.Segment {
	c.split(piece)
	n := len(c.units)
	if n == 0 {
		return nil
	}
	if cap(c.best) < n {
		c.best = make([]zhStep, n)
	}
	best := c.best[:n]
	clear(best)
	if len(c.found) < z.maxLen {
		c.found = make([]*gse.Token, z.maxLen)
	}
	for cur := range n {
		var base float32
		if cur > 0 {
			base = best[cur-1].cost
		}
		k := z.dict.LookupTokens(c.units[cur:min(cur+z.maxLen, n)], c.found)
		single := false
		for _, tok := range c.found[:k] {
			i := z.index(tok)
			if i < 0 {
				continue
			}
			u, cost, _ := z.entry(i)
			if cur+u > n {
				continue
			}
			if u == 1 {
				single = true
			}
			relax(&best[cur+u-1], base+cost, u, i)
		}
		if !single {
			relax(&best[cur], base+unknownCost, 1, -1)
		}
	}
	// Read the cut back from the end, then reverse it.
	c.back = c.back[:0]
	for end := n - 1; end >= 0; {
		s := best[end]
		start := end - int(s.units) + 1
		w := hashtag.Segment{End: c.ends[end], Kind: hashtag.SegWord}
		if start > 0 {
			w.Start = c.ends[start-1]
		}
		if s.entry >= 0 {
			_, _, w.Kind = z.entry(int(s.entry))
		}
		c.back = append(c.back, w)
		end = start - 1
	}
	c.words = c.words[:0]
	for i := len(c.back) - 1; i >= 0; i-- {
		c.words = append(c.words, c.back[i])
	}
	return c.words
}

// relax makes a word the last of the cut at s if it gives a cheaper cut.
// Like gse, a cost of 0 means no cut yet, and the first of equal cuts
// stays.
func relax(s *zhStep, cost float32, units, entry int) {
	if s.cost == 0 || s.cost > cost {
		*s = zhStep{cost: cost, units: int32(units), entry: int32(entry)}
	}
}

// split fills text, units and ends from piece: one unit per character,
// except that a run of letters and numbers written in one or two bytes is
// one unit, as gse's SplitTextToWords has it.
func (c *zhCutter) split(piece string) {
	c.text = append(c.text[:0], piece...)
	c.units, c.ends = c.units[:0], c.ends[:0]
	inRun := false
	for i := 0; i < len(c.text); {
		r, size := rune(c.text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(c.text[i:])
		}
		if zhUnit(r, size) {
			if inRun {
				c.ends[len(c.ends)-1] = i + size
				last := &c.units[len(c.units)-1]
				*last = (*last)[:len(*last)+size]
				i += size
				continue
			}
			inRun = true
		} else {
			inRun = false
		}
		c.units = append(c.units, c.text[i:i+size])
		c.ends = append(c.ends, i+size)
		i += size
	}
}
