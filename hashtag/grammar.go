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
	"el": {"ει", "ουν", "ται", "νται", "ηκε", "ηκαν", "ούσε", "ούσαν", "σει", "σουν", "θηκε", "θηκαν", "ονται", "εται",
		// The same with the accent on the ending (δημιουργούν, μπορεί,
		// θεωρείται), the past in -σε/-ξε/-ψε (ξεκίνησε, έδειξε) and
		// the past of the passive (εργαζόταν): no noun ends so.
		"ούν", "εί", "ούνται", "είται", "ησε", "ησαν", "ισε", "ισαν", "ασε", "ασαν", "ωσε", "ωσαν", "ευσε", "ευσαν", "ξε", "ξαν", "ψε", "ψαν", "όταν", "όνταν",
		// The second person plural (φτάσετε, κανονίσατε).
		"ετε", "ατε", "είτε", "ουμε", "ούμε"},
	"ru": {"ил", "ила", "или", "ило", "ал", "ала", "али", "ало", "ть", "ться", "ся", "ет", "ют", "ят", "ит", "ел", "ела", "ели", "ло",
		// Participles (оформлявших, работающий): verb forms too.
		"вший", "вшая", "вшее", "вшие", "вших", "вшего", "ющий", "ющая", "ющие", "ющих", "ющего", "ящий", "ящая", "ящие", "ящих", "ящего"},
	// Hindi future forms (लेगा, करेंगे, जाऊंगा): never a noun.
	"hi": {"ेगा", "ेगी", "ेंगे", "ेंगी", "ूंगा", "ूंगी"},
	"de": {}, // German is cased: a lower-case word is never a noun (see rank)
	// Korean verbs and adjectives: the endings of the forms headlines use
	// (했다, 줄이는, 똑똑한, 포함해야, 쓰러져, 어려워).
	"ko": {"다", "야", "요", "고", "며", "는", "한", "된", "운", "져", "워", "해", "게", "서", "나", "던", "네"},
}

// verbParticles are the words that stand only before a verb: Greek να
// (to, that), θα (will), ας (let), δεν and μην (not).
var verbParticles = map[string][]string{
	"el": {"να", "θα", "ας", "δεν", "μην", "δε", "μη"},
}

// afterVerbParticle reports whether word i follows a particle that only a
// verb follows (Greek να ανέβουν, θα ξεκαθαρίσουν): it is a verb, whatever
// its ending.
func (p *pipeline) afterVerbParticle(i int) bool {
	if i == 0 || p.words[i].tok.is(tPunct) {
		return false
	}
	prev := string(p.lower(&p.words[i-1]))
	for _, v := range verbParticles[p.g.code] {
		if prev == v {
			return true
		}
	}
	return false
}

// afterDeterminer reports whether word i follows an article directly.
func (p *pipeline) afterDeterminer(i int) bool {
	if i == 0 || p.words[i].tok.is(tPunct) {
		return false
	}
	return p.words[i-1].is(inDeterminer)
}

// looksLikeVerb reports whether a lower-case word, or any word of a Title
// Case headline (Geithner Is Pressed for …), ends as the language's verb
// forms do.
func (p *pipeline) looksLikeVerb(w *word) bool {
	if p.semitic() {
		return w.is(inVerb)
	}
	// Asked of the same word by several stages (chunks, nounPhrases,
	// rank): the answer, which depends on nothing that changes after
	// candidates sets p.title, is kept on the word.
	if w.verbAsked != 0 {
		return w.verbAsked == verbYes
	}
	v := p.verbEnding(w)
	w.verbAsked = verbNo
	if v {
		w.verbAsked = verbYes
	}
	return v
}

// The values of word.verbAsked.
const (
	verbNo  = 1
	verbYes = 2
)

// verbEnding is looksLikeVerb outside Arabic and Hebrew: a word that may
// be a verb ends as the language's verb forms do.
func (p *pipeline) verbEnding(w *word) bool {
	ends := p.g.lists.verbEndings
	if len(ends) == 0 || !w.tok.is(tLower) && !w.caseless && !(p.title && !p.shout && w.tok.is(tCap)) {
		return false
	}
	text := p.lower(w)
	if len(text) == 0 || !p.g.lists.verbLast.has(text[len(text)-1]) {
		return false
	}
	for _, e := range ends {
		if len(text) > len(e)+2 && endsWith(text, e) {
			return true
		}
	}
	return false
}

// endsWith is bytes.HasSuffix for a short ending, compared byte by byte
// from the last: most words differ there, and a loop of two or three
// compares costs less than a call to memequal.
func endsWith(text []byte, e string) bool {
	if len(text) < len(e) {
		return false
	}
	text = text[len(text)-len(e):]
	for i := len(e) - 1; i >= 0; i-- {
		if text[i] != e[i] {
			return false
		}
	}
	return true
}

// nameEndings are endings that mark a capitalized word as a person's name
// even at the start of a sentence, where its capital says nothing: Russian
// and Ukrainian surnames (Медведев, Шарапова, Полонского).
var nameEndings = map[string][]string{
	"ru": {"ов", "ев", "ёв", "ин", "ова", "ева", "ина", "ский", "ская", "ского", "цкий", "цкая", "енко", "ук", "юк"},
	"uk": {"енко", "ук", "юк", "ський", "ська", "ов", "ев", "ова", "ева"},
	"bg": {"ов", "ев", "ова", "ева", "ски"},
}

// surname reports whether a capitalized word ends as the language's
// surnames do.
func (p *pipeline) surname(w *word) bool {
	ends := p.g.lists.nameEndings
	if ends == nil || !w.tok.is(tCap) || w.tok.is(tAllCaps) {
		return false
	}
	text := string(p.text(w))
	for _, e := range ends {
		if len(text) >= len(e)+4 && strings.HasSuffix(text, e) {
			return true
		}
	}
	return false
}

// koreanSurnames are the commonest Korean family names, one syllable each:
// a three-syllable word that starts with one is most likely a person's
// name (유준상, 김사랑).
const koreanSurnames = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"

// koreanName reports whether w looks like a Korean person's name: three
// Hangul syllables, a family name first, and no ending of a particle,
// verb or counter last.
func koreanName(text []byte) bool {
	rs := []rune(string(text))
	if len(rs) != 3 {
		return false
	}
	for _, r := range rs {
		if !isHangul(r) {
			return false
		}
	}
	return strings.ContainsRune(koreanSurnames, rs[0]) && !strings.ContainsRune("째다고서며게지는은을를이가의에도만요죠네한된야", rs[2]) &&
		!strings.ContainsRune(koreanNounSuffixes, rs[2])
}

// koreanNounSuffixes are syllables that end common Sino-Korean nouns (강압적
// "coercive", 선택권 "right to choose", 최루탄 "tear gas", 섭취법
// "way of eating") and verb forms (어려워, 쓰러져) and rarely a given name:
// a three-syllable word that ends in one is no person, whatever its first
// syllable.
const koreanNounSuffixes = "적권속탄계법비금율률론품물회국부청처실소단당업료액량력감워져려쳐"

// byteSet is a set of byte values.
type byteSet [4]uint64

func (s *byteSet) add(c byte)      { s[c>>6] |= 1 << (c & 63) }
func (s *byteSet) has(c byte) bool { return s[c>>6]&(1<<(c&63)) != 0 }
