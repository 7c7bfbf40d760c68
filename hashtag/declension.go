package hashtag

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"
)

// Base forms that depend on the words around, for Suggest: Russian and
// Greek tags are in the nominative, Hindi and Urdu ones without the
// oblique case that a postposition puts on the noun before it. Each rule
// is a fact of the language's grammar and applies only where it is sure;
// the gazetteer (with places/*.txt) settles the rest for place names
// (inflectedPlace, demonymPlace).

// declension sets the base forms of p.words that need their context.
func (p *pipeline) declension() {
	switch p.g.code {
	case "ru":
		p.russianCases()
	case "el":
		p.greekCases()
	case "hi", "ur":
		p.obliqueCases()
	}
}

// rewrite makes w's base form its text without the last cut bytes, plus
// add. inner says the base form also holds inside a multi-word name (an
// adjective agrees with its noun: Верховной рады → ВерховнаяРада).
func (p *pipeline) rewrite(w *word, cut int, add string, inner bool) {
	text := p.text(w)
	b0 := len(p.buf)
	p.buf = append(p.buf, text[:len(text)-cut]...)
	p.buf = append(p.buf, add...)
	w.b0, w.b1 = int32(b0), int32(len(p.buf))
	w.declined = inner
}

// ending is a case ending and what replaces it in the nominative.
type ending struct{ suffix, nominative string }

// endWith returns the first ending of ends that text ends with, leaving
// at least minStem code points before it.
func endWith(text []byte, ends []ending, minStem int) (ending, bool) {
	for _, e := range ends {
		if len(text) > len(e.suffix) && string(text[len(text)-len(e.suffix):]) == e.suffix &&
			utf8.RuneCount(text[:len(text)-len(e.suffix)]) >= minStem {
			return e, true
		}
	}
	return ending{}, false
}

// Russian. A capitalized word in an oblique case whose ending says for
// sure what its nominative is:
//
//   - adjectival declension (surnames like Навальный, Полонский and the
//     adjective that opens a name like Верховная рада): -ого -ому -ым → -ый,
//     -ий after к г х ж ш щ ч, and soft -его -ему → -ий; -ую → -ая;
//     -ской -цкой → -ская -цкая. No noun ends so.
//   - surnames in -ов -ев -ин: feminine -овой → -ова, instrumental
//     -овым → -ов (Шараповой → Шарапова, Путиным → Путин);
//   - nouns in -ия -ея: -ии -ию -ией → -ия (Британии → Британия),
//     -еи -ею -еей → -ея (Кореи → Корея).
//
// Not the ambiguous ones: -а is the genitive of Вашингтон and the
// nominative of Москва, -е the locative of both; the gazetteer decides
// those (placeEndings). A feminine adjective's -ой (Верховной) is taken
// only before a noun, on a stem in consonant + н (the adjectival suffix
// -н-), since nouns have -ой in the instrumental (Мариной).
var russianEndings = []ending{
	{"овой", "ова"}, {"евой", "ева"}, {"ёвой", "ёва"}, {"иной", "ина"}, {"ыной", "ына"},
	{"овым", "ов"}, {"евым", "ев"}, {"ёвым", "ёв"}, {"иным", "ин"}, {"ыным", "ын"},
	{"ского", "ский"}, {"скому", "ский"}, {"ским", "ский"}, {"ской", "ская"}, {"скую", "ская"},
	{"цкого", "цкий"}, {"цкому", "цкий"}, {"цким", "цкий"}, {"цкой", "цкая"}, {"цкую", "цкая"},
	{"ии", "ия"}, {"ию", "ия"}, {"ией", "ия"},
	{"еи", "ея"}, {"ею", "ея"}, {"еей", "ея"},
	{"его", "ий"}, {"ему", "ий"},
	{"ого", "ый"}, {"ому", "ый"}, {"ым", "ый"},
	{"ую", "ая"}, {"юю", "яя"},
}

// russianNounAfter are the endings of a noun in the case of the adjective
// before it, by the adjective's gender, and its nominative: Верховной рады
// → Верховная рада, Белого дома → Белый дом.
var russianNounAfter = map[bool][]ending{
	true:  {{"ы", "а"}, {"е", "а"}, {"у", "а"}, {"ой", "а"}}, // feminine -ая nouns in -а
	false: {{"а", ""}, {"у", ""}, {"ом", ""}, {"е", ""}},     // masculine nouns in a consonant
}

func (p *pipeline) russianCases() {
	gz := p.g.suggestLists().gaz
	for i := range p.words {
		w := &p.words[i]
		if !w.tok.is(tCap) || w.tok.is(tAllCaps) || w.caseless || w.is(inStop|inFragment) || gz.names[string(p.lower(w))] {
			continue
		}
		text := p.text(w)
		if e, ok := endWith(text, russianEndings, 3); ok {
			nom := e.nominative
			if nom == "ый" && strings.ContainsRune("кгхжшщч", lastRune(text[:len(text)-len(e.suffix)])) {
				nom = "ий"
			}
			p.rewrite(w, len(e.suffix), nom, true)
			continue
		}
		// A first name agrees with the surname after it: с Федором
		// Смоловым → Федор Смолов, с Анной Ивановой → Анна Иванова.
		if i+1 < len(p.words) && !p.words[i+1].tok.is(tPunct) && p.words[i+1].tok.is(tCap) {
			if e, ok := endWith(text, russianFirstNames[russianSurnameCase(p.text(&p.words[i+1]))], 3); ok {
				p.rewrite(w, len(e.suffix), e.nominative, true)
				continue
			}
		}
		// A feminine adjective before its noun: Верховной рады.
		if i+1 < len(p.words) && !p.words[i+1].tok.is(tPunct) {
			if stem, ok := bytes.CutSuffix(text, []byte("ой")); ok && utf8.RuneCount(stem) >= 4 && adjectivalN(stem) {
				p.rewrite(w, len("ой"), "ая", true)
			}
		}
	}
}

// russianFirstNames are the instrumental endings of first names and their
// nominative, by the case russianSurnameCase reads off the surname after:
// masculine (Федором, Сергеем) and feminine (Анной, Натальей).
var russianFirstNames = map[string][]ending{
	"masc": {{"ом", ""}, {"ем", "й"}},
	"fem":  {{"ой", "а"}, {"ей", "я"}},
}

// russianSurnameCase reports whether a surname is in the masculine
// instrumental (Смоловым) or the feminine oblique (Ивановой), or "".
func russianSurnameCase(surname []byte) string {
	for _, e := range russianEndings[5:10] { // -овым -евым -ёвым -иным -ыным
		if bytes.HasSuffix(surname, []byte(e.suffix)) {
			return "masc"
		}
	}
	for _, e := range russianEndings[:5] { // -овой -евой -ёвой -иной -ыной
		if bytes.HasSuffix(surname, []byte(e.suffix)) {
			return "fem"
		}
	}
	return ""
}

// adjectivalN reports whether a Russian stem ends in consonant + н, the
// commonest adjectival suffix (Верховн-, Северн-, Государственн-).
func adjectivalN(stem []byte) bool {
	r, n := utf8.DecodeLastRune(stem)
	if r != 'н' {
		return false
	}
	c, _ := utf8.DecodeLastRune(stem[:len(stem)-n])
	return !strings.ContainsRune("аеёиоуыэюяй", c)
}

// lastRune is the last code point of b.
func lastRune(b []byte) rune {
	r, _ := utf8.DecodeLastRune(b)
	return r
}

// russianAdjectiveNames adds, in Russian, the names written as a
// capitalized adjective and a lower-case noun (Верховная рада, Белый дом,
// Следственный комитет: Russian capitalizes only a name's first word),
// with the noun in the nominative. The adjective must be inside the
// sentence, where its capital is the name's, and its ending must give the
// gender: an oblique feminine or masculine one the rules above rewrote.
func (p *pipeline) russianAdjectiveNames() {
	ws := p.words
	for i := 0; i+1 < len(ws); i++ {
		a, n := &ws[i], &ws[i+1]
		if !a.declined || a.tok.is(tInitial) || !n.tok.is(tLower) || n.tok.is(tCap|tPunct) || n.is(inStop|inFragment|inGeneric) {
			continue
		}
		base := p.base(a)
		var feminine bool
		switch {
		case bytes.HasSuffix(base, []byte("ая")):
			feminine = true
		case bytes.HasSuffix(base, []byte("ый")) || bytes.HasSuffix(base, []byte("ий")):
		default:
			continue
		}
		e, ok := endWith(p.text(n), russianNounAfter[feminine], 3)
		if !ok {
			continue
		}
		p.rewrite(n, len(e.suffix), e.nominative, true)
		p.add(i, i+1, KindName)
		// A sentence's first word that a run of capitals joined to the
		// adjective is not part of the name (Заседание Верховной рады).
		p.cands = slices.DeleteFunc(p.cands, func(c candidate) bool {
			return c.kind == KindName && c.last == i && c.first == i-1 && ws[c.first].tok.is(tInitial)
		})
	}
}

// Greek. An article says the case of the words after it; where the
// nominative follows from the ending, the name takes it:
//
//   - after της, στης (feminine genitive): -ης → -η, -ας → -α, and the
//     feminine nouns in -ος: -ου → -ος (της Μέσης Ανατολής → Μέση Ανατολή,
//     της Ελλάδας → Ελλάδα, της Κύπρου → Κύπρος);
//   - after τους, στους (masculine accusative plural): -ους → -οι
//     (στους Παγκόσμιους Πολέμους → Παγκόσμιοι Πόλεμοι);
//   - after τον, στον (masculine accusative): an accented -ό → -ός
//     (στον Καναδό → Καναδός). An unaccented -ο is left: foreign names
//     do not decline (τον Ρονάλντο).
//
// The rule runs over the words of the noun phrase, adjective and noun,
// while each has such an ending.
var greekAfterArticle = map[string][]ending{
	"της":   {{"ης", "η"}, {"ής", "ή"}, {"ας", "α"}, {"άς", "ά"}, {"ου", "ος"}, {"ού", "ός"}},
	"στης":  {{"ης", "η"}, {"ής", "ή"}, {"ας", "α"}, {"άς", "ά"}, {"ου", "ος"}, {"ού", "ός"}},
	"τον":   {{"ό", "ός"}},
	"στον":  {{"ό", "ός"}},
	"τους":  {{"ους", "οι"}, {"ούς", "οί"}},
	"στους": {{"ους", "οι"}, {"ούς", "οί"}},
}

// greekComparatives are the endings of Greek comparatives and
// superlatives (συχνότερα, μεγαλύτερο, σημαντικότατη): adjectives of
// degree, never what a story is about.
var greekComparatives = []string{"ότερ", "ύτερ", "ότατ", "ύτατ"}

func (p *pipeline) greekCases() {
	ws := p.words
	for i := range ws {
		w := &ws[i]
		if w.tok.is(tLower) && !w.tok.is(tCap) && !w.is(inStop) && greekComparative(p.lower(w)) {
			w.lists |= inGeneric
		}
		ends, ok := greekAfterArticle[string(p.lower(w))]
		if !ok {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			u := &ws[j]
			if u.tok.is(tPunct) || u.is(inStop|inFragment) {
				break
			}
			e, ok := endWith(p.text(u), ends, 2)
			if !ok && u.is(inGeneric) {
				continue // a number between article and noun: στους δύο Παγκόσμιους Πολέμους
			}
			if !ok {
				break
			}
			if greekMayShiftAccent(p.text(u), e) {
				// πολέμους is πόλεμοι, δρόμους δρόμοι: no rule can tell,
				// and the adjective before keeps the noun's case too.
				for k := i + 1; k < j; k++ {
					ws[k].b0, ws[k].b1, ws[k].declined = ws[k].t0, ws[k].t1, false
				}
				break
			}
			p.rewrite(u, len(e.suffix), e.nominative, true)
		}
	}
}

// greekMayShiftAccent reports whether the accent of a second-declension
// form (-ους, -ου) may stand elsewhere in the nominative: where it is on
// the syllable before the ending, the nominative may have it one further
// back (πολέμους, πόλεμοι; Αιγύπτου, Αίγυπτος) or not (δρόμους, δρόμοι).
// An accent on the ending (Γερμανούς) or two syllables back (Παγκόσμιους)
// stays where it is.
func greekMayShiftAccent(text []byte, e ending) bool {
	if !strings.HasPrefix(e.suffix, "ου") {
		return false // first declension (-ης, -ας): the accent stays
	}
	stem := text[:len(text)-len(e.suffix)]
	// The stem's last vowel group is the syllable before the ending.
	end := len(stem)
	for end > 0 {
		r, n := utf8.DecodeLastRune(stem[:end])
		if greekVowel(r) {
			break
		}
		end -= n
	}
	for start := end; start > 0; {
		r, n := utf8.DecodeLastRune(stem[:start])
		if !greekVowel(r) {
			break
		}
		if strings.ContainsRune("άέήίόύώΐΰ", r) {
			return true
		}
		start -= n
	}
	return false
}

// greekVowel reports whether r is a Greek vowel, with or without accent.
func greekVowel(r rune) bool {
	return strings.ContainsRune("αεηιουωάέήίόύώϊϋΐΰΑΕΗΙΟΥΩΆΈΉΊΌΎΏ", r)
}

// greekComparative reports whether a lower-case Greek word has the
// comparative or superlative suffix before its ending.
func greekComparative(w []byte) bool {
	for _, c := range greekComparatives {
		if i := bytes.LastIndex(w, []byte(c)); i > 0 && utf8.RuneCount(w[i+len(c):]) <= 3 && utf8.RuneCount(w[:i]) >= 3 {
			return true
		}
	}
	return false
}

// Hindi and Urdu. A postposition puts the noun before it in the oblique
// case: a masculine noun in -ा (Urdu -ہ) ends in -े (-ے) there, so before a
// postposition -े is the oblique and the base form has -ा (हमले में →
// हमला, زلزلے سے → زلزلہ). Infinitives (करने से, پینے سے) keep their
// form, and so do names the gazetteer knows (पुणे में). The oblique plural
// -ियों (-یوں) is always -ी (-ی) in the base form (जमातियों → जमाती).
// After the negation नहीं (نہیں) comes the verb (नहीं लौटे): it is no tag.

// indicGrammar is the grammar of one of the two languages.
type indicGrammar struct {
	postpositions []string // the case postpositions, which close a noun phrase
	conjunctions  []string // and, or: they close one too
	negations     []string // a verb follows them
	ergative      string   // ने: the agent of a past transitive verb is before it
	oblique       ending   // the oblique singular of masculine nouns and its base form
	infinitive    string   // the oblique infinitive's ending
	pluralOblique ending   // the oblique plural of nouns in -ी
	demonyms      []ending // a demonym's ending and the place's (अमेरिकी → अमेरिका)
}

var indicGrammars = map[string]*indicGrammar{
	"hi": {
		postpositions: []string{"में", "का", "की", "के", "ने", "को", "से", "पर", "तक"},
		conjunctions:  []string{"और", "व", "या", "एवं", "तथा"},
		negations:     []string{"नहीं", "न", "मत"},
		ergative:      "ने",
		oblique:       ending{"े", "ा"},
		infinitive:    "ने",
		pluralOblique: ending{"ियों", "ी"},
		demonyms:      []ending{{"ीय", ""}, {"ी", ""}, {"ी", "ा"}},
	},
	"ur": {
		postpositions: []string{"میں", "کا", "کی", "کے", "نے", "کو", "سے", "پر", "تک"},
		conjunctions:  []string{"اور", "و", "یا"},
		negations:     []string{"نہیں", "نہ", "مت"},
		ergative:      "نے",
		oblique:       ending{"ے", "ہ"},
		infinitive:    "نے",
		pluralOblique: ending{"یوں", "ی"},
		demonyms:      []ending{{"ی", ""}, {"ی", "ہ"}, {"ی", "ا"}},
	},
}

// indic returns the Hindi or Urdu grammar of p's language, or nil.
func (p *pipeline) indic() *indicGrammar { return p.g.indic }

// isAny reports whether w's lower-case text is one of list.
func (p *pipeline) isAny(w *word, list []string) bool {
	key := p.lower(w)
	for _, s := range list {
		if string(key) == s { // no allocation: only compared
			return true
		}
	}
	return false
}

func (p *pipeline) obliqueCases() {
	gr := p.indic()
	gz := p.g.suggestLists().gaz
	ws := p.words
	for i := range ws {
		w := &ws[i]
		if !w.caseless || w.is(inStop|inFragment) {
			continue
		}
		if i > 0 && !w.tok.is(tPunct) && p.isAny(&ws[i-1], gr.negations) {
			w.lists |= inGeneric // नहीं लौटे: a verb
			continue
		}
		text := p.text(w)
		if gz.names[string(p.lower(w))] {
			continue
		}
		if e, ok := endWith(text, []ending{gr.pluralOblique}, 2); ok {
			p.rewrite(w, len(e.suffix), e.nominative, false)
			continue
		}
		if i+1 < len(ws) && !ws[i+1].tok.is(tPunct) && p.isAny(&ws[i+1], gr.postpositions) &&
			!bytes.HasSuffix(text, []byte(gr.infinitive)) {
			if e, ok := endWith(text, []ending{gr.oblique}, 2); ok {
				p.rewrite(w, len(e.suffix), e.nominative, false)
			}
		}
	}
}

// closesPhrase reports whether word i ends a Hindi or Urdu noun phrase
// before it: a postposition, a conjunction, punctuation, a generic word,
// or the end of the headline. A light verb (कर, کر) does not: the noun
// before it is the verb's (स्टोर कर रहे).
func (p *pipeline) closesPhrase(i int) bool {
	if i >= len(p.words) {
		return true
	}
	w := &p.words[i]
	gr := p.indic()
	return w.tok.is(tPunct) || w.is(inGeneric) || p.isAny(w, gr.postpositions) || p.isAny(w, gr.conjunctions)
}

// demonymPlace reports whether w, in Hindi or Urdu, is a demonym of a
// place the gazetteer knows (अमेरिकी → अमेरिका, پاکستانی → پاکستان,
// भारतीय → भारत), and if so makes the place its base form.
func (p *pipeline) demonymPlace(w *word) bool {
	gr := p.indic()
	if gr == nil || !w.caseless {
		return false
	}
	gz := p.g.suggestLists().gaz
	text := p.text(w)
	for _, e := range gr.demonyms {
		if len(text) <= len(e.suffix) || string(text[len(text)-len(e.suffix):]) != e.suffix || utf8.RuneCount(text) < 4 {
			continue
		}
		b0 := len(p.buf)
		p.buf = append(p.buf, text[:len(text)-len(e.suffix)]...)
		p.buf = append(p.buf, e.nominative...)
		if gz.names[string(p.buf[b0:])] {
			w.b0, w.b1 = int32(b0), int32(len(p.buf))
			return true
		}
		p.buf = p.buf[:b0]
	}
	return false
}

// indicNames marks, in Hindi and Urdu, the agent before ने (نے) as a name:
// a person or body, unless a plural (-ों, -وں). The agent is the phrase
// that ends before ने if there is one, else its last word.
func (p *pipeline) indicNames() {
	gr := p.indic()
	ws := p.words
	for k := range p.cands {
		c := &p.cands[k]
		w := &ws[c.last]
		if !w.caseless || w.is(inGeneric) || c.kind == KindGeneric || c.kind == KindPlace {
			continue
		}
		agent := c.last+1 < len(ws) && !ws[c.last+1].tok.is(tPunct) && string(p.lower(&ws[c.last+1])) == gr.ergative &&
			!bytes.HasSuffix(p.text(w), []byte("ों")) && !bytes.HasSuffix(p.text(w), []byte("وں"))
		if agent && c.first == c.last && p.phraseEndsAt(c.last) {
			agent = false // the phrase is the agent, not its last word
		}
		// (A word after a title is not marked: राष्ट्रपति चुनाव is an
		// election, صدر منتخب a predicate, as often as पीएम मोदी a name.)
		if agent {
			c.kind = KindName
		}
	}
}

// phraseEndsAt reports whether a phrase candidate ends at word i.
func (p *pipeline) phraseEndsAt(i int) bool {
	for k := range p.cands {
		if c := &p.cands[k]; c.kind == KindPhrase && c.last == i {
			return true
		}
	}
	return false
}

// declinedPlace returns how many words from p.words[i] name a place the
// gazetteer knows once in base form (της Νότιας Αμερικής → Νότια Αμερική),
// the longest such name, or 0. Only a word the rules above declined starts
// one.
func (p *pipeline) declinedPlace(i int) int {
	if !p.words[i].declined {
		return 0
	}
	gz := p.g.suggestLists().gaz
	key := p.key[:0]
	best := 0
	for n := 1; n <= gz.maxWords && i+n <= len(p.words); n++ {
		u := &p.words[i+n-1]
		if n > 1 {
			if u.tok.is(tPunct) {
				break
			}
			key = append(key, ' ')
		}
		key = appendLower(p.g, key, p.base(u))
		if gz.names[string(key)] {
			best = n
		}
	}
	p.key = key
	return best
}
