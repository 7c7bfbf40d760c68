package hashtag

import (
	"slices"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// The render stage of Suggest: the best candidates, best first, written as
// tags: words in base form, multi-word names joined in CamelCase (or with
// '_' where the script has no case), each tag valid on X, none twice, none
// inside a better one.

// render returns up to n of the best candidates as suggestions: each
// considered in turn, best first, until n are chosen or the rest score
// too far below the first.
func (p *pipeline) render(n int) []Suggestion {
	order := p.passing()
	sel := &p.sel
	sel.reset(len(p.words))
	for k := 0; k < len(order) && len(sel.picks) < n; k++ {
		c := &p.cands[order[k]]
		if len(sel.picks) > 0 && c.score < cutoffFraction*sel.best {
			break
		}
		p.consider(sel, c, order[k])
	}
	picks := sel.picks
	if len(picks) == 0 {
		return nil
	}
	// The suggestions come from p.results, and their texts allocate
	// nothing most of the time: a tag written as in the headline (most
	// are) is that part of it; the others (TimesSquare, Islamabad of
	// Islamabad’s) are cut from a block of text shared with the next
	// headlines (p.texts).
	out := p.results(len(picks))
	for i := range picks {
		pk := &picks[i]
		c := &p.cands[pk.cand]
		text := p.s[c.start:c.end]
		if !p.asWritten(pk.tag, c) && string(pk.tag) != text {
			text = p.keepText(pk.tag)
		}
		out[i] = Suggestion{Text: text, Start: c.start, End: c.end, Kind: c.kind, Score: c.score}
	}
	return out
}

// selection is render's choice of tags so far, kept by the pipeline.
type selection struct {
	taken    []bool    // the words of the tags chosen
	tags     []byte    // the tags not in p.buf already, one after another
	picks    []pick    // the tags chosen
	covered  [4][2]int // the words of a tag suggested twice
	nCovered int
	best     float64 // the first tag's score, but for a label's bonus
}

// reset readies s for a headline of n words.
func (s *selection) reset(n int) {
	if cap(s.taken) < n {
		s.taken = make([]bool, n)
	}
	s.taken = s.taken[:n]
	clear(s.taken)
	s.tags, s.picks, s.nCovered, s.best = s.tags[:0], s.picks[:0], 0, 0
}

// consider adds candidate c, p.cands[k], to sel's tags unless it overlaps
// one of them or is none that X takes, or the same tag again.
func (p *pipeline) consider(sel *selection, c *candidate, k int32) {
	taken := sel.taken
	overlap := false
	for i := c.first; i <= c.last && !c.shared; i++ {
		overlap = overlap || taken[i]
	}
	if sel.nCovered > 0 { // (seldom)
		for _, d := range sel.covered[:sel.nCovered] {
			overlap = overlap || d[0] <= c.first && c.last <= d[1]
		}
	}
	if overlap {
		return
	}
	at := len(sel.tags)
	tags, tag := p.tagText(sel.tags, c)
	sel.tags = tags
	// ASCII letters and digits with a letter are a valid tag by
	// construction; anything else is checked as X checks it.
	ascii := asciiTag(tag)
	if len(tag) == 0 || !ascii && !Valid(string(tag)) {
		sel.tags = tags[:at]
		return
	}
	// Two such ASCII tags, outside Turkish (whose I and i are no
	// pair), are the same but for case only if they are as long, and
	// then byte by byte: most pairs are told apart by their lengths,
	// with no call.
	ascii = ascii && p.g.special == nil
	dup := false
	for _, o := range sel.picks {
		if ascii && o.ascii && len(o.tag) != len(tag) {
			continue
		}
		dup = dup || p.g.equalFold(o.tag, tag, ascii && o.ascii)
	}
	if dup {
		sel.tags = tags[:at]
		// The same tag again (ดวงอาทิตย์ twice): no part of it
		// (อาทิตย์) comes out alone, but a longer tag that holds
		// it (ทะเลดวงจันทร์ beside ดวงจันทร์) still may.
		if sel.nCovered < len(sel.covered) {
			sel.covered[sel.nCovered] = [2]int{c.first, c.last}
			sel.nCovered++
		} else {
			for i := c.first; i <= c.last && !c.shared; i++ {
				taken[i] = true
			}
		}
		return
	}
	if len(sel.picks) == 0 {
		sel.best = c.score
		if c.label {
			sel.best -= bonusLabel
		}
	}
	for i := c.first; i <= c.last && !c.shared; i++ {
		taken[i] = true
	}
	sel.picks = append(sel.picks, pick{cand: k, ascii: ascii, tag: tag})
}

// insertionSortMax is the most candidates passing sorts by insertion: a
// headline's few, where it costs less than a sort's set-up.
const insertionSortMax = 32

// passing returns the indexes of the candidates that pass render's
// cutoff, best first (byScore), in p.order.
func (p *pipeline) passing() []int32 {
	// Candidates far below the best can never be suggested: drop them
	// before the selection. rank found the best score, but for a
	// label's bonus (which orders the label first but does not raise the
	// bar for the others). The rest are ordered by index, not moved.
	// Which candidates pass the cutoff is as good as random to the
	// processor: each index is written, then kept by advancing past it
	// or not, with no branch.
	cands := p.cands
	order := p.order[:0]
	if cap(order) < len(cands) {
		order = make([]int32, 0, len(cands))
	}
	order = order[:len(cands)]
	kept, cut := 0, cutoffFraction*p.top
	for j := range cands {
		order[kept] = int32(j)
		kept += b2i(cands[j].score >= cut)
	}
	order = order[:kept]
	p.order = order
	// Few are left, most of the time: an insertion sort, best first.
	// Many are left where many words score alike (a line of thousands
	// of them), and there the insertion sort would be quadratic: a
	// stable sort orders them as it would.
	if len(order) > insertionSortMax {
		slices.SortStableFunc(order, func(a, b int32) int { return byScore(&cands[a], &cands[b]) })
		return order
	}
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && byScore(&cands[order[j]], &cands[order[j-1]]) < 0; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	return order
}

// asWritten reports whether tag, the tag of c, is the text the headline
// has where c is: the same bytes of p.buf, which opens with the headline
// (tokenize), as a word written as in it has for its text.
func (p *pipeline) asWritten(tag []byte, c *candidate) bool {
	return len(tag) == c.end-c.start && len(tag) > 0 && c.end <= len(p.s) && &tag[0] == &p.buf[c.start]
}

// textsBlock is the size of a block of p.texts. A string allocated for
// each headline that has a tag not written as in it (most have one) cost
// as much as the rest of render does for a tag; a caller who keeps one
// tag keeps at most this many bytes alive.
const textsBlock = 1024

// keepText returns tag as a string cut from p.texts: the bytes are appended
// to a block that is never written again where it has been handed out
// (a full block is left to the strings that use it, not reused), so the
// string, which shares them, never changes.
func (p *pipeline) keepText(tag []byte) string {
	if cap(p.texts)-len(p.texts) < len(tag) {
		p.texts = make([]byte, 0, max(textsBlock, len(tag)))
	}
	at := len(p.texts)
	p.texts = append(p.texts, tag...)
	return unsafe.String(&p.texts[at], len(tag))
}

// resultsBlock is how many Suggestions one allocation of results holds.
// An allocation costs more than the rest of render does for a tag (the
// allocator's code is far from Suggest's in the instruction cache), so a
// few headlines' results share one; a caller who keeps one result keeps
// at most this many Suggestions (under 1 KB) alive.
const resultsBlock = 16

// results returns n zeroed Suggestions for one headline's result, cut
// from a block shared with the next headlines of this pipeline. The
// slice's capacity is its length, so that a caller's append copies it
// rather than write into the next result.
func (p *pipeline) results(n int) []Suggestion {
	if len(p.block) < n {
		p.block = make([]Suggestion, max(resultsBlock, n))
	}
	out := p.block[:n:n]
	p.block = p.block[n:]
	return out
}

// pick is a candidate render has chosen, p.cands[cand], and its tag, in
// p.buf or selection.tags (tagText).
type pick struct {
	cand  int32
	ascii bool // the tag is ASCII letters, digits and '_' (asciiTag), outside Turkish
	tag   []byte
}

// tagText returns candidate c written as a tag: text that p.buf holds
// already where it is that (a word in its base form, most tags; a
// demonym's place), else written at the end of dst, which it returns.
func (p *pipeline) tagText(dst []byte, c *candidate) (_, tag []byte) {
	g := p.g
	if c.b1 > c.b0 {
		return dst, p.buf[c.b0:c.b1]
	}
	recase := g.opts.FoldDiacritics || g.opts.Case != CaseKeep
	one := c.first == c.last && !p.shout
	if one && !recase {
		// One word, in its base form: what appendWords does with it,
		// without the loop or a copy.
		return dst, p.base(&p.words[c.first])
	}
	mark := len(dst)
	if one {
		dst = append(dst, p.base(&p.words[c.first])...)
	} else {
		dst = p.appendWords(dst, c)
	}
	if recase {
		e := emitter{g: g}
		dst = e.recase(dst, mark, isASCII(dst[mark:]))
		e.release()
	}
	return dst, dst[mark:]
}

// appendWords appends the words of c to dst as a tag writes them: the
// last one (and a declined one) in its base form, joined in CamelCase,
// or with '_' in a script without case.
func (p *pipeline) appendWords(dst []byte, c *candidate) []byte {
	g := p.g
	multi := c.first != c.last
	for i := c.first; i <= c.last; i++ {
		w := &p.words[i]
		text := p.text(w)
		if i == c.last || w.declined {
			text = p.base(w)
		}
		at := len(dst)
		switch {
		case i > c.first && (c.joined || p.words[i-1].tok.end == w.tok.start):
			dst = append(dst, text...) // segments of one run: no boundary to show
		case i > c.first && w.caseless:
			dst = append(dst, '_')
			dst = append(dst, text...)
		case p.shout && c.kind != KindAcronym:
			// İZMİR → İzmir: capitals are the headline's, not the name's.
			dst = appendLower(g, dst, text)
			dst = g.capitalize(dst, at)
		case multi:
			if i > c.first && g.elision != nil {
				// Afrique de l’Ouest → AfriqueDeLOuest: inside a name
				// the elided article is the name's.
				if a := elidedBefore(p.s, w.tok.start); a != "" && (&scanner{elision: g.elision}).elided(a) {
					dst = append(dst, a...)
					dst = g.capitalize(dst, at)
					at = len(dst)
				}
			}
			dst = append(dst, text...)
			dst = g.capitalize(dst, at)
		default:
			dst = append(dst, text...)
		}
	}
	return dst
}

// capitalize puts the first letter of dst[at:] in title case, in the
// language's rules (Turkish i → İ).
func (g *Generator) capitalize(dst []byte, at int) []byte {
	if c := dst[at]; c < utf8.RuneSelf && g.special == nil {
		// ASCII outside Turkish (most): no rune to decode, no table.
		if 'a' <= c && c <= 'z' {
			dst[at] = c - ('a' - 'A')
		}
		return dst
	}
	r, n := utf8.DecodeRune(dst[at:])
	if !unicode.IsLower(r) {
		return dst
	}
	var buf [utf8.UTFMax]byte
	t := utf8.AppendRune(buf[:0], g.toTitle(r))
	return slices.Replace(dst, at, at+n, t...)
}

// asciiTag reports whether tag is ASCII letters, digits and '_' with a
// letter: a valid hashtag by construction.
func asciiTag(tag []byte) bool {
	var seen uint8
	for _, c := range tag {
		k := tagBytes[c]
		if k == 0 {
			return false
		}
		seen |= k
	}
	return seen&tagLetter != 0
}

// elidedBefore returns the elided article (l, d, dell) written before
// the apostrophe that directly precedes s[start:], or "".
func elidedBefore(s string, start int) string {
	r, n := utf8.DecodeLastRuneInString(s[:start])
	if n == 0 || r != '\'' && r != '’' {
		return ""
	}
	end := start - n
	from := end
	for from > 0 {
		q, m := utf8.DecodeLastRuneInString(s[:from])
		if !unicode.IsLetter(q) {
			break
		}
		from -= m
	}
	if from == end || end-from > 6 {
		return ""
	}
	return s[from:end]
}

// tagBytes classifies the bytes asciiTag accepts: tagLetter for ASCII
// letters, tagOther for digits and '_', 0 for the rest.
var tagBytes = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			t[c] = tagLetter
		case '0' <= c && c <= '9', c == '_':
			t[c] = tagOther
		}
	}
	return t
}()

const (
	tagLetter = 1 << iota
	tagOther
)
