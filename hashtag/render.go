package hashtag

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// The render stage of Suggest: the best candidates, best first, written as
// tags: words in base form, multi-word names joined in CamelCase (or with
// '_' where the script has no case), each tag valid on X, none twice, none
// inside a better one.

func (p *pipeline) render(n int) []Suggestion {
	var out []Suggestion
	taken := p.taken[:0]
	for range p.words {
		taken = append(taken, false)
	}
	p.taken = taken
	best := 0.0
	var covered [4][2]int // the words of a tag suggested twice
	nCovered := 0
	// Candidates far below the best can never be suggested: drop them
	// before the selection below.
	// The label's bonus orders it first but does not raise the bar for
	// the others.
	top := -1.0
	for j := range p.cands {
		s := p.cands[j].score
		if p.cands[j].label {
			s -= bonusLabel
		}
		top = max(top, s)
	}
	kept := p.cands[:0]
	for _, c := range p.cands {
		if c.score >= cutoffFraction*top {
			kept = append(kept, c)
		}
	}
	p.cands = kept
	// Few are left: an insertion sort, best first.
	for i := 1; i < len(kept); i++ {
		for j := i; j > 0 && byScore(kept[j], kept[j-1]) < 0; j-- {
			kept[j], kept[j-1] = kept[j-1], kept[j]
		}
	}
	for k := 0; k < len(kept) && len(out) < n; k++ {
		c := &kept[k]
		score := c.score
		if len(out) > 0 && score < cutoffFraction*best {
			break
		}
		overlap := false
		for i := c.first; i <= c.last && !c.shared; i++ {
			overlap = overlap || taken[i]
		}
		for _, d := range covered[:nCovered] {
			overlap = overlap || d[0] <= c.first && c.last <= d[1]
		}
		if overlap {
			continue
		}
		p.tag = p.tagText(p.tag[:0], c)
		// ASCII letters and digits with a letter are a valid tag by
		// construction; anything else is checked as X checks it.
		if len(p.tag) == 0 || !asciiTag(p.tag) && !Valid(string(p.tag)) {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || p.g.equalFold([]byte(o.Text), p.tag, false)
		}
		if dup {
			// The same tag again (ดวงอาทิตย์ twice): no part of it
			// (อาทิตย์) comes out alone, but a longer tag that holds
			// it (ทะเลดวงจันทร์ beside ดวงจันทร์) still may.
			if nCovered < len(covered) {
				covered[nCovered] = [2]int{c.first, c.last}
				nCovered++
			} else {
				for i := c.first; i <= c.last && !c.shared; i++ {
					taken[i] = true
				}
			}
			continue
		}
		if len(out) == 0 {
			best = score
			if c.label {
				best -= bonusLabel
			}
			out = make([]Suggestion, 0, n)
		}
		for i := c.first; i <= c.last && !c.shared; i++ {
			taken[i] = true
		}
		out = append(out, Suggestion{Text: string(p.tag), Start: c.start, End: c.end, Kind: c.kind, Score: score})
	}
	return out
}

// tagText appends candidate c, written as a tag, to dst.
func (p *pipeline) tagText(dst []byte, c *candidate) []byte {
	g := p.g
	if c.b1 > c.b0 {
		return append(dst, p.buf[c.b0:c.b1]...)
	}
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
	if g.opts.FoldDiacritics || g.opts.Case != CaseKeep {
		e := emitter{g: g}
		dst = e.recase(dst, 0, isASCII(dst))
		e.release()
	}
	return dst
}

// capitalize puts the first letter of dst[at:] in title case, in the
// language's rules (Turkish i → İ).
func (g *Generator) capitalize(dst []byte, at int) []byte {
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
	letter := false
	for _, c := range tag {
		switch {
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			letter = true
		case '0' <= c && c <= '9', c == '_':
		default:
			return false
		}
	}
	return letter
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
