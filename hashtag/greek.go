package hashtag

// Greek noun phrases, for Suggest: a topic a Greek editor tags is often an
// adjective and its noun (ΕπιφανειακήΤάση, ΠολιτισμικόΣοκ), in the
// nominative. Greek puts the adjective first, after the article, so the
// phrase is clear where an article opens it and the first word has the
// ending of a relational adjective (-ικός, -ιακός: of or about a thing).
// Only the articles whose case writes the phrase as its nominative does
// open one: ο, η, οι, and the neuter το, τα and feminine την, τις, whose
// accusative is the nominative's form (την επιφανειακή τάση). After τον
// or του the words would need their endings changed, which is left to the
// place rules (declension.go).

// greekPhraseArticles are the articles (alone or with σε) after which an
// adjective and a noun are written as in the nominative.
var greekPhraseArticles = map[string]bool{
	"ο": true, "η": true, "οι": true, "το": true, "τα": true, "την": true, "τη": true, "τις": true,
	"στο": true, "στα": true, "στην": true, "στη": true, "στις": true,
}

// greekAdjectiveEndings are the endings of relational adjectives in their
// nominative and accusative forms.
var greekAdjectiveEndings = []string{
	"ικός", "ική", "ικό", "ικοί", "ικές", "ικά",
	"ιακός", "ιακή", "ιακό", "ιακοί", "ιακές", "ιακά",
}

// greekNounPhrases adds an adjective and its noun after an article as one
// KindPhrase candidate.
func (p *pipeline) greekNounPhrases() {
	ws := p.words
	for i := 1; i+1 < len(ws); i++ {
		a, b := &ws[i], &ws[i+1]
		if a.tok.is(tPunct) || b.tok.is(tPunct) || !greekPhraseArticles[string(p.lower(&ws[i-1]))] {
			continue
		}
		if !p.phraseWord(a) || !p.phraseWord(b) || !greekAdjective(p.lower(a)) || p.afterVerbParticle(i+1) {
			continue
		}
		if i+2 < len(ws) && !ws[i+2].tok.is(tPunct) && p.phraseWord(&ws[i+2]) && greekAdjectiveLike(p.lower(b)) {
			continue // two adjectives: the noun comes later (βασική δομική μονάδα)
		}
		p.add(i, i+1, KindPhrase)
	}
}

// greekAdjectiveLike reports whether a word ends as an adjective of the
// relational kinds, -ικός and -ινος (υδάτινες) included.
func greekAdjectiveLike(w []byte) bool {
	if greekAdjective(w) {
		return true
	}
	for _, e := range []string{"ινος", "ινη", "ινο", "ινοι", "ινες", "ινα", "ινός", "ινή", "ινό", "ινοί", "ινές", "ινά"} {
		if len(w) > len(e)+2 && string(w[len(w)-len(e):]) == e {
			return true
		}
	}
	return false
}

// greekAdjective reports whether a lower-case Greek word ends as a
// relational adjective does.
func greekAdjective(w []byte) bool {
	for _, e := range greekAdjectiveEndings {
		if len(w) > len(e)+2 && string(w[len(w)-len(e):]) == e {
			return true
		}
	}
	return false
}
