package hashtag

import "strings"

// German for Suggest: every noun has a capital, so a capital marks a noun
// rather than a name, and a lower-case word is never a noun. Names are
// found otherwise: the part before a hyphen (compounds.go), and an
// adjective with a capital inside a sentence, which only a name gives one
// (Arabischer Frühling, Deutsche Bank, Europäische Union).

// namesGerman adds an adjective with a capital inside a sentence and the
// noun after it as a name.
func (p *pipeline) namesGerman() {
	ws := p.words
	for i := 0; i+1 < len(ws); i++ {
		a, b := &ws[i], &ws[i+1]
		if !a.tok.is(tCap) || a.tok.is(tInitial|tAllCaps|tCompound) || a.hyphen || a.is(inStop|inGeneric|inFragment|inTitle) || !adjectiveEndingDe(p.lower(a)) {
			continue
		}
		if !b.tok.is(tCap) || b.tok.is(tPunct|tInitial) || b.is(inStop|inGeneric|inFragment|inTitle) {
			continue
		}
		p.add(i, i+1, KindName)
	}
}

// notNounDe reports whether c is a lower-case German word: a verb,
// adjective or adverb, never the topic a label names (Duesmann tritt an:
// …).
func (p *pipeline) notNounDe(c *candidate) bool {
	w := &p.words[c.first]
	return (p.g.code == "de" || p.g.code == "lb") && c.first == c.last && (w.tok.is(tLower) || germanAdjective(p.lower(w), w.tok))
}

// germanAdjectiveEndings are the endings of German adjectives in -isch,
// -lich and -ig as they decline (britische, künstlichen, wichtiger), and
// of deutsch (süddeutsche): no noun ends so (Forscher, Fischer end in
// -scher, not -ischer).
var germanAdjectiveEndings = []string{"ische", "ischen", "ischer", "isches", "ischem", "liche", "lichen", "licher", "liches", "lichem", "ige", "igen", "iger", "iges", "igem"}

// germanAdjective reports whether a German word at a sentence start,
// where its capital says nothing, ends as an adjective (Britische
// Klimaaktivisten, Künstliche Intelligenz). lower is its lower-case
// text.
func germanAdjective(lower []byte, t token) bool {
	return t.is(tInitial) && t.is(tCap) && adjectiveEndingDe(lower)
}

// adjectiveEndingDe reports whether a lower-case German word ends as the
// adjectives of germanAdjectiveEndings do.
func adjectiveEndingDe(lower []byte) bool {
	w := string(lower) // no allocation: only compared
	if i := strings.LastIndex(w, "deutsch"); i >= 0 {
		switch w[i+len("deutsch"):] {
		case "e", "en", "er", "es", "em":
			return true
		}
	}
	for _, e := range germanAdjectiveEndings {
		if len(lower) > len(e)+2 && string(lower[len(lower)-len(e):]) == e {
			return true
		}
	}
	return false
}
