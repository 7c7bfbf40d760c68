package hashtag

import (
	"unicode"
	"unicode/utf8"
)

// Hyphenated compounds of capitalized parts, for Suggest: the parts are
// words of their own. An editor tags the name and the head noun of
// German VW-Tarifverhandlungen (VW, Tarifverhandlungen) and
// Corona-News (Corona; News is a generic word), the two countries of
// French Russie-Ukraine. A name that is written with a hyphen comes
// back whole by the rules that join words: the gazetteer knows
// États-Unis as the two words it is split into, and a run of capitals
// joins Patrice-Edouard Ngaïssona again. A compound with a lower-case
// or numeric part (Covid-19, arrière-grand-père, présente-t-elle) stays
// one word. Line and Derive are not affected: they do not tokenize
// here.

// splitCompound adds the parts of t as words when t is a hyphenated
// compound of Latin letters whose every part starts with a capital, and
// reports whether it did.
func (p *pipeline) splitCompound(t token) bool {
	if !t.is(tCompound) || !t.is(tCap) || !t.is(tInnerCap) || t.is(tApos) {
		return false
	}
	s := p.s[t.start:t.end]
	if r, _ := utf8.DecodeRuneInString(s); r >= utf8.RuneSelf && !unicode.Is(unicode.Latin, r) {
		return false
	}
	// Every part must start with an upper-case Latin letter and hold
	// letters only (marks allowed), two at least: X-Men, T-Mobile and
	// E-Mail are one word.
	parts, letters := 0, 0
	for i := 0; i < len(s); {
		r, n, cl := decodeAt(s, i)
		switch {
		case cl == clHyphen:
			if letters < 2 {
				return false
			}
			letters = 0
		case letters == 0:
			if !unicode.IsUpper(r) || r >= utf8.RuneSelf && !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
			parts++
		case cl == clLetter:
			letters++
		case cl != clMark:
			return false
		}
		i += n
	}
	if parts < 2 || letters < 2 {
		return false
	}
	from := 0
	for i := 0; i <= len(s); {
		if i < len(s) {
			_, n, cl := decodeAt(s, i)
			if cl != clHyphen {
				i += n
				continue
			}
		}
		part := token{start: t.start + from, end: t.start + i}
		if from == 0 {
			part.flags = t.flags & (tInitial | tPunct)
		}
		part.flags |= subFlags(p.s[part.start:part.end])
		k := len(p.words)
		p.addWord(part, SegWord)
		if i == len(s) {
			break
		}
		if len(p.words) > k {
			p.words[k].hyphen = true
		}
		_, n, _ := decodeAt(s, i)
		i += n
		from = i
	}
	return true
}

// compoundNameDe reports whether w is a part that a hyphen joins to the
// rest of a German compound. German writes compounds of common nouns as
// one word (Tarifverhandlungen); it puts a hyphen after a part that is a
// name or an acronym (VW-Tarifverhandlungen, Amazon-Beschäftigten,
// Corona-News), so such a part is a name unless it is a generic word
// (Sieben-Tage-Inzidenz).
func (p *pipeline) compoundNameDe(w *word) bool {
	return w.hyphen && (p.g.code == "de" || p.g.code == "lb") && !w.is(inGeneric|inStop|inFragment|inTitle)
}
