package hashtag

import "strings"

// Small per-language grammar for ranking topic words: a word right after
// an article is a noun, and a word with a verb's ending most likely is not
// one. Both are hints that move a score, never filters: nouns share
// endings with verbs (канал, lugar).

// determiners are the articles after which a word is a noun.
var determiners = map[string][]string{
	"en": {"the", "a", "an"},
	"de": {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"},
	"fr": {"le", "la", "les", "l", "un", "une", "des", "du", "au", "aux"},
	"es": {"el", "la", "los", "las", "un", "una", "del", "al"},
	"it": {"il", "lo", "la", "i", "gli", "le", "un", "una", "del", "della", "dei"},
	"pt": {"o", "a", "os", "as", "um", "uma", "do", "da", "dos", "das"},
	"nl": {"de", "het", "een"},
	"el": {"ο", "η", "το", "οι", "τα", "τον", "την", "του", "της", "των", "τους", "τις", "ένα", "μια"},
}

// verbEndings are endings that mark verb forms (infinitives, finite and
// past forms, converbs) in lower-case words of a language.
var verbEndings = map[string][]string{
	"en": {"ed", "ing"},
	"tr": {"dı", "di", "du", "dü", "tı", "ti", "tu", "tü", "yor", "acak", "ecek", "mış", "miş", "muş", "müş", "arak", "erek", "dığı", "diği", "duğu", "düğü", "tığı", "tiği", "ınca", "ince", "ıyor", "iyor", "sınız", "siniz", "acaksınız", "eceksiniz", "malı", "meli", "dılar", "diler"},
	"es": {"ar", "er", "ir", "arse", "erse", "irse", "rme", "rte", "ó", "aron", "ieron", "ando", "iendo", "aba", "aban", "ía", "ían", "amos", "emos"},
	"fr": {"er", "ait", "aient", "ons", "ez", "ent", "era", "eront", "it"},
	"pt": {"ar", "er", "ir", "ou", "aram", "eram", "ando", "endo"},
	"it": {"are", "ere", "ire", "ato", "ava", "ano", "ono"},
	"el": {"ει", "ουν", "ται", "νται", "ηκε", "ηκαν", "ούσε", "ούσαν", "σει", "σουν", "θηκε", "θηκαν", "ονται", "εται"},
	"ru": {"ил", "ила", "или", "ило", "ал", "ала", "али", "ало", "ть", "ться", "ся", "ет", "ют", "ят", "ит", "ел", "ела", "ели", "ло"},
	"de": {}, // German is cased: a lower-case word is never a noun (see rank)
}

// afterDeterminer reports whether word i follows an article directly.
func (p *pipeline) afterDeterminer(i int) bool {
	if i == 0 || p.words[i].tok.is(tPunct) {
		return false
	}
	dets := determiners[p.g.code]
	if dets == nil {
		return false
	}
	prev := strings.ToLower(string(p.text(&p.words[i-1])))
	for _, d := range dets {
		if prev == d {
			return true
		}
	}
	return false
}

// looksLikeVerb reports whether a lower-case word ends as the language's
// verb forms do.
func (p *pipeline) looksLikeVerb(w *word) bool {
	ends := verbEndings[p.g.code]
	if len(ends) == 0 || !w.tok.is(tLower) {
		return false
	}
	text := string(p.text(w))
	for _, e := range ends {
		if len(text) > len(e)+2 && strings.HasSuffix(text, e) {
			return true
		}
	}
	return false
}
