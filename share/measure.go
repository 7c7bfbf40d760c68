package share

import (
	"strings"
	"unicode/utf8"
)

// measure is what the cheap length bounds need to know of a string, taken
// in one pass: measures of the parts of a post add up to the measure of the
// post, less the spaces between them, so a post's bound is known without
// assembling it.
type measure struct {
	parts  int // non-empty strings measured
	bytes  int
	runes  int // code points (a byte that is not UTF-8 counts one, as utf8.RuneCountInString does)
	weight int // X v3 bound: ASCII 1, any other code point 2
	dots   int // ASCII '.', each a possible URL

	invalid bool // holds bytes that are not UTF-8
	notNFC  bool // holds non-ASCII text not known to be in NFC
}

func measureOf(s string) measure {
	if s == "" {
		return measure{}
	}
	m := measure{parts: 1, bytes: len(s)}
	// ASCII, the usual case, a word at a time: every byte one code point of
	// weight 1.
	i := asciiPrefix(s)
	m.runes, m.weight, m.dots = i, i, strings.Count(s[:i], ".")
	if i == len(s) {
		return m
	}
	ascii := true
	for i < len(s) {
		b := s[i]
		if b < utf8.RuneSelf {
			if b == '.' {
				m.dots++
			}
			m.runes++
			m.weight++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			m.invalid = true
		}
		ascii = false
		m.runes++
		m.weight += 2
		i += size
	}
	m.notNFC = !ascii && !isNFC(s)
	return m
}

// asciiPrefix returns the length of the longest all-ASCII prefix of s.
func asciiPrefix(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// plus is the measure of the two strings' parts together.
func (m measure) plus(o measure) measure {
	return measure{
		parts: m.parts + o.parts, bytes: m.bytes + o.bytes, runes: m.runes + o.runes,
		weight: m.weight + o.weight, dots: m.dots + o.dots,
		invalid: m.invalid || o.invalid, notNFC: m.notNFC || o.notNFC,
	}
}

// measure takes the measures of pr's parts, once: every fitting of the post
// (its link and its Compose text, on every network) reuses them.
func (pr *prepared) measure() {
	pr.measured = true
	pr.mHead = measureOf(pr.head)
	pr.mURL = measureOf(pr.url)
	pr.mTags = measure{}
	for _, t := range pr.tags {
		// "#tag": the '#' is one ASCII byte more.
		m := measureOf(t)
		m.bytes++
		m.runes++
		m.weight++
		pr.mTags = pr.mTags.plus(m)
	}
	pr.mVia = measure{}
	if pr.via != "" {
		// "via @handle": five ASCII bytes more, none a '.'.
		pr.mVia = measureOf(pr.via)
		pr.mVia.bytes += 5
		pr.mVia.runes += 5
		pr.mVia.weight += 5
	}
}

// fitsWhole reports, from the measures of pr's parts and without assembling
// anything, that the whole post (headline, every tag, the URL and, with via,
// the "via @handle") is within limit as c counts it. It is surelyFits for
// the assembled draft: the same bounds, which add up over the parts because
// the draft is the parts joined by single ASCII spaces. (Text in NFC joined
// by ASCII spaces stays in NFC: U+0020 composes with nothing on either
// side.) False means "assemble it and count".
func (c *compiled) fitsWhole(pr *prepared, via bool, limit int) bool {
	if limit <= 0 {
		return true
	}
	if c.Count != Weighted && c.URLLength == 0 {
		// Bytes bound code points and graphemes: their sum, with a space
		// per part, settles the usual post without measuring it.
		n := len(pr.head) + len(pr.url) + 2
		for _, t := range pr.tags {
			n += len(t) + 2
		}
		if via {
			n += len(pr.via) + 6
		}
		if n <= limit {
			return true
		}
	}
	if !pr.measured {
		pr.measure()
	}
	m := pr.mHead.plus(pr.mTags).plus(pr.mURL)
	if via {
		m = m.plus(pr.mVia)
	}
	sep := max(m.parts-1, 0)
	switch c.Count {
	case Graphemes:
		// bytes ≥ code points ≥ graphemes
		return m.bytes+sep <= limit || m.runes+sep <= limit
	case CodePoints:
		// Exact without URLLength; with it, each URL (which needs a '.')
		// counts at most URLLength more.
		return m.runes+sep+c.URLLength*m.dots <= limit
	case Weighted:
		if c.Weighting != nil || m.invalid || m.notNFC {
			return false
		}
		return m.weight+sep+23*m.dots <= limit
	}
	return false
}
