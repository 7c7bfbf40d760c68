package hashtag

import (
	"unicode"
	"unicode/utf8"
)

// Yoruba writes the prepositions ní and sí as l’, n’ and s’ before a
// word that starts with a vowel, joined to it by an apostrophe: l’Abuja,
// n’Ibadan, l‘Áfíríkà, s’Amẹrika ("in Abuja", "in Ibadan", "in Africa",
// "to America"). For Suggest the word after the apostrophe is the word,
// and its capital the name's.

// addYorubaElided adds t without its elided ní when t is such a word in a
// Yoruba headline, and reports whether it did.
func (p *pipeline) addYorubaElided(t token) bool {
	if p.g.code != "yo" {
		return false
	}
	if t.is(tInitial) && t.start >= 2 {
		// l‘Áfíríkà: the scanner took ‘ for an opening quotation mark
		// and Áfíríkà for the first word of a quotation.
		r, n := utf8.DecodeLastRuneInString(p.s[:t.start])
		if r == '‘' && t.start-n >= 1 {
			if c := p.s[t.start-n-1] | 0x20; (c == 'l' || c == 'n' || c == 's') && (t.start-n-1 == 0 || p.s[t.start-n-2] == ' ') {
				t.flags &^= tInitial
				p.addWord(t, SegWord)
				return true
			}
		}
	}
	if !t.is(tApos) || t.end-t.start < 4 {
		return false
	}
	s := p.s[t.start:t.end]
	if c := s[0] | 0x20; c != 'l' && c != 'n' && c != 's' {
		return false
	}
	r, n := utf8.DecodeRuneInString(s[1:])
	if r != '\'' && r != '’' && r != '‘' {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(s[1+n:]); !unicode.IsUpper(first) {
		return false
	}
	sub := token{start: t.start + 1 + n, end: t.end}
	sub.flags = t.flags&tPunct | subFlags(p.s[sub.start:sub.end])
	p.addWord(sub, SegWord)
	return true
}
