package hashtag

import (
	"unicode"
	"unicode/utf8"
)

// A sentence in a script other than Latin often glosses a foreign name or
// term in parentheses, in Latin letters, right after its own word for it:
// ทะเลดวงจันทร์ (Maria), אגם אונגה (Onega). The tag an editor posts is the
// sentence's own word; the gloss only says how it is written elsewhere, so
// it ranks as a generic word.

// isGloss reports whether candidate c is the whole of a parenthesis, in
// Latin letters, that follows a word of another script. An acronym is no
// gloss: it is often the name a story goes by (สมาธิสั้น (ADD), (FTIR)).
func (p *pipeline) isGloss(c *candidate) bool {
	s := p.s
	if c.kind == KindAcronym || p.words[c.first].tok.is(tAllCaps) {
		return false
	}
	if c.start == 0 || c.end >= len(s) || s[c.start-1] != '(' || s[c.end] != ')' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[c.start:]); r >= 0x250 || !unicode.IsLetter(r) {
		return false // Latin letters end at U+024F
	}
	before := c.start - 1
	for before > 0 && s[before-1] == ' ' {
		before--
	}
	r, _ := utf8.DecodeLastRuneInString(s[:before])
	return r >= 0x370 && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))
}
