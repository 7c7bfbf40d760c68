package hashtag

import "strings"

// Noun phrases in lower case, for Suggest: in languages written with
// capitals, a topic an editor tags is often two lower-case words that
// make one thing (food crisis, presidential debate, salud mental,
// matrimonio gay, malades mentaux, monnaie unique). No capital marks
// them, so the phrase is taken only where its edges are clear: a
// stopword, punctuation or the start of the headline before it (or a
// name, or a verb form, which end a noun phrase), and a stopword,
// punctuation or the end of the headline after it; a longer run of
// content words is a clause, not a phrase.

// nounPhrases adds such phrases as KindPhrase candidates.
func (p *pipeline) nounPhrases() {
	if p.title || p.shout {
		return
	}
	lang := p.g.baseLang()
	switch lang {
	case "en", "fr", "es", "it", "pt", "ca":
	case "el":
		p.greekNounPhrases() // greek.go: the article opens the phrase
		return
	default:
		// German compounds are one word already, a Turkish noun phrase
		// carries suffixes (çizgi filme); other scripts have rules of
		// their own (chunks).
		return
	}
	ws, s := p.words, p.s
	// Only the last two words of the headline (or of a sentence in it):
	// inside a headline two content words are as often a verb and its
	// object (expresidentes plantan, resume strikes) or a noun and an
	// adjective that says little (riesgo duradero).
	for i := 0; i+1 < len(ws); i++ {
		b := &ws[i+1]
		// Where the pair ends is tested first: it turns most pairs away
		// with one compare, and phraseWord is asked of few words.
		if i+2 < len(ws) && !clauseEnd(s[b.tok.end:ws[i+2].tok.start]) {
			continue
		}
		a := &ws[i]
		if b.tok.is(tPunct) || a.tok.is(tApos) || !p.phraseWord(a) || !p.phraseWord(b) {
			continue
		}
		if lang == "en" && plural(p.lower(a)) {
			// An English noun before a noun is singular (bank robbers):
			// "receives ban", "forces retreat" are a verb or a subject.
			continue
		}
		// Before it, an article (les malades mentaux), a name or a verb
		// (facing food crisis, U.S. presidential debate); not a
		// preposition, which makes it a complement (de mauvaise qualité).
		object := false // after an article or a verb: no verb can follow
		if i > 0 && !a.tok.is(tPunct) {
			before := &ws[i-1]
			object = p.afterDeterminer(i) && !prepositionArticles[string(p.lower(before))] || before.is(inGeneric) || p.looksLikeVerb(before)
			// After a name, English puts its adjectives and nouns
			// (U.S. presidential debate); Romance languages put the verb
			// (Messi genera polémica).
			name := lang == "en" && (p.capital(before) || before.tok.is(tAllCaps))
			if !object && !name {
				continue
			}
		}
		if lang == "en" && !object && plural(p.lower(b)) {
			// At the start or after a name, a last word in -s is as
			// often the verb of the clause (Canadian court rules, G20
			// summit nears).
			continue
		}
		p.add(i, i+1, KindPhrase)
	}
}

// prepositionArticles are articles merged with a preposition (du, del,
// aux): after one, two words are a complement (del extremismo
// autóctono), not the thing itself.
var prepositionArticles = map[string]bool{"du": true, "des": true, "au": true, "aux": true, "del": true, "al": true, "do": true, "da": true, "dos": true, "das": true, "della": true, "dei": true}

// clauseEnd reports whether the text between two words ends a sentence
// or a clause (. : ; ? ! or a dash between spaces), unlike a quotation
// mark or a comma. It inlines: most words have one space between them,
// and pay no call.
func clauseEnd(between string) bool { return between != " " && clauseMark(between) }

// clauseMark is clauseEnd for text other than one space.
func clauseMark(between string) bool {
	for i := 0; i < len(between); i++ {
		switch between[i] {
		case '.', ':', ';', '?', '!', '|':
			return true
		case '-':
			if i > 0 && between[i-1] == ' ' {
				return true
			}
		}
	}
	return strings.Contains(between, " – ") || strings.Contains(between, " — ") || strings.Contains(between, "？") || strings.Contains(between, "：")
}

// phraseWord reports whether w can be a word of a lower-case noun phrase:
// a lower-case content word of three letters or more that does not look
// like a verb.
func (p *pipeline) phraseWord(w *word) bool {
	// French joins a subject pronoun to its verb with hyphens
	// (pourrait-elle, fait-il); other lower-case compounds are words
	// (same-sex).
	// The tests of flags are made at once, in one branch rather than one
	// each: which of them fails is as good as random to the processor.
	content := b2i(w.tok.flags&(tLower|tUpper) == tLower) & b2i(w.lists&(inStop|inGeneric|inFragment|inTitle) == 0) & (b2i(w.caseless) ^ 1)
	return content != 0 && !(w.tok.is(tCompound) && p.g.code == "fr") &&
		runeLen(p.text(w)) >= 3 && !p.looksLikeVerb(w)
}

// plural reports whether an English word ends as a plural or a verb in
// the third person does (-s, but not -ss, -us, -is).
func plural(w []byte) bool {
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i'
}
