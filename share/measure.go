package share

import (
	"strings"
	"unicode/utf8"

	"github.com/sharekit/sharekit/internal/ascii"
	"github.com/sharekit/sharekit/internal/twtext"
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
	i := ascii.All.Span(s)
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
// the "via @handle") is within limit as c counts it: fitsMeasure over the
// parts' measures, which add up because the draft is the parts joined by
// single ASCII spaces. (Text in NFC joined by ASCII spaces stays in NFC:
// U+0020 composes with nothing on either side.) False means "assemble it
// and count".
func (c *compiled) fitsWhole(pr *prepared, via bool, limit int) bool {
	if c.ByteLimit > 0 && wholeBytes(pr, via) > c.ByteLimit {
		return false
	}
	if limit <= 0 {
		return true
	}
	// The usual post is settled by its byte measure alone, without
	// measuring it (counting dots is the only pass, and a vectorized one).
	if c.fitsMeasure(c.byteMeasure(pr, via), 0, limit) {
		return true
	}
	if !pr.measured {
		pr.measure()
	}
	m := pr.mHead.plus(pr.mTags).plus(pr.mURL)
	if via {
		m = m.plus(pr.mVia)
	}
	return c.fitsMeasure(m, max(m.parts-1, 0), limit)
}

// fitsMeasure is the one length bound of share: it reports, from m (the
// measure of a text, or of parts that sep single ASCII spaces will join),
// that the text is within limit as c counts it. False means "count it".
// The bounds: graphemes never outnumber code points, nor code points
// bytes; each URL (which needs a '.') counts at most URLLength more
// (Mastodon), or under X's v3 weighting twtext.URLWeight, where a code
// point weighs 1 or 2 and an emoji sequence 2 (at least one non-ASCII code
// point), so m.weight bounds the rest. NFC could add code points, so the
// weighted bound holds only for valid text in NFC. A caller's own
// Weighting gets no bound: its weights are unknown here.
func (c *compiled) fitsMeasure(m measure, sep, limit int) bool {
	switch c.Count {
	case Graphemes:
		return m.bytes+sep <= limit || m.runes+sep <= limit
	case CodePoints:
		// Exact without URLLength.
		return m.runes+sep+c.URLLength*m.dots <= limit
	case Weighted:
		if c.Weighting != nil || m.invalid || m.notNFC {
			return false
		}
		return m.weight+sep+twtext.URLWeight*m.dots <= limit
	}
	return false
}

// byteMeasure is, for c, an upper bound of the measure of the whole post from
// pr's parts' lengths in bytes and their dots alone: bytes bound every
// count of valid UTF-8 in NFC (a code point, a grapheme cluster and a v3
// weight each take at least as many bytes; an emoji sequence, weight 2,
// takes four or more). The cleaned parts are valid and in NFC; the URL is
// valid, and counted as not in NFC unless ASCII (which only X's weighting
// asks). It includes the spaces between the parts and one to spare.
func (c *compiled) byteMeasure(pr *prepared, via bool) measure {
	n := len(pr.head) + len(pr.url) + 2 // a space after each, one to spare
	dots := strings.Count(pr.head, ".") + strings.Count(pr.url, ".")
	for _, t := range pr.tags {
		n += len(t) + 2
		dots += strings.Count(t, ".")
	}
	if via {
		n += len(pr.via) + 6 // handles have no '.'
	}
	return measure{bytes: n, runes: n, weight: n, dots: dots, notNFC: c.Count == Weighted && !isASCII(pr.url)}
}

// wholeBytes is the length in bytes of the whole post assembled from pr's
// parts: headline, tags, URL and, with via, "via @handle", one space
// between each two.
func wholeBytes(pr *prepared, via bool) int {
	n, parts := 0, 0
	add := func(k int) {
		if k > 0 {
			n += k
			parts++
		}
	}
	add(len(pr.head))
	for _, t := range pr.tags {
		add(len(t) + 1)
	}
	add(len(pr.url))
	if via && pr.via != "" {
		add(len(pr.via) + 5)
	}
	return n + max(parts-1, 0)
}
