package hashtag

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Base forms for Suggest: a tag names the thing, not its grammatical case
// in the headline. Each rule applies only where it is sure; Derive and
// Line keep the words as written (Islamabads).

// baseForm sets w's base form (w.b0, w.b1), if it differs from its text.
// Only a word with an apostrophe, or in Turkish, Hebrew, Arabic, Amharic or
// Korean, can have one (classify calls it for no other).
func (p *pipeline) baseForm(w *word) {
	s := p.s
	lang := p.g.baseLang()
	if w.tok.is(tApos) {
		if cut := lastApos(s[w.tok.start:w.tok.end]); cut > 0 {
			suffix := s[w.tok.start+cut : w.tok.end]
			_, n := utf8.DecodeRuneInString(suffix)
			rest := suffix[n:]
			// Turkish İstanbul’da, Erdoğan’a: the case ending follows the
			// apostrophe. English Islamabad’s: a possessive.
			if lang == "tr" || lang == "az" || rest == "s" || rest == "S" {
				t := token{start: w.tok.start, end: w.tok.start + cut, flags: w.tok.flags &^ (tPlain | tApos)}
				b0 := len(p.buf)
				p.buf = p.renderSpan(p.buf, t)
				w.b0, w.b1 = int32(b0), int32(len(p.buf))
				return
			}
		}
	}
	text := p.text(w)
	if lang == "tr" {
		if n := turkishLocative(p.lower(w)); n > 0 {
			w.b1 -= int32(n) // Trafikte → Trafik
			return
		}
	}
	var cut int
	var prefix string
	switch lang {
	case "he":
		cut = hebrewPrefixed(text)
	case "ar":
		cut, prefix = arabicArticle(text)
	case "am":
		// Amharic writes "of", "in", "for", "from" as a syllable before
		// the noun: የሶማሊያ, በአፍሪካ, ለኮሮናቫይረስ.
		cut = amharicProclitic(text) // ethiopic.go
	case "ko":
		if b, ok := koreanBase(string(text)); ok {
			cut = -1
			prefix = b
		}
	}
	switch {
	case cut > 0 && prefix == "":
		w.b0 += int32(cut)
	case cut > 0 || cut < 0:
		b0 := len(p.buf)
		p.buf = append(p.buf, prefix...)
		if cut > 0 {
			p.buf = append(p.buf, p.text(w)[cut:]...)
		}
		w.b0, w.b1 = int32(b0), int32(len(p.buf))
	}
}

// lastApos returns the byte offset of the last apostrophe inside w, or -1.
func lastApos(w string) int {
	at := -1
	for i := 0; i < len(w); {
		_, n, cl := decodeAt(w, i)
		if cl == clApos && i > 0 {
			at = i
		}
		i += n
	}
	return at
}

// hebrewPrefixed returns the length of the one-letter Hebrew proclitics
// (ב ה ו כ ל מ ש) before a Latin word (הPBS → PBS), or 0: the prefix
// cannot be part of a Latin name.
func hebrewPrefixed(w []byte) int {
	i := 0
	for i < len(w) && i < 3*2 {
		r, n := utf8.DecodeRune(w[i:])
		if !strings.ContainsRune("בהוכלמש", r) {
			break
		}
		i += n
	}
	if i == 0 || i == len(w) {
		return 0
	}
	if r := w[i]; r < utf8.RuneSelf && unicode.IsLetter(rune(r)) {
		return i
	}
	return 0
}

// arabicArticle takes the proclitic off a word with the article: لل + X is
// ل + الX (the article's alif is not written after li), and ب، و، ف، ك
// before ال are prepositions and conjunctions: بالأسلحة → الأسلحة,
// للمقاومة → المقاومة. The rest must have three letters after ال, so
// that words that merely begin so (بالغ) are left alone. It returns how
// many bytes to cut and what to put before the rest, or 0.
func arabicArticle(w []byte) (int, string) {
	var cut int
	switch {
	case bytes.HasPrefix(w, []byte("لل")):
		cut = len("لل")
	case bytes.HasPrefix(w, []byte("بال")), bytes.HasPrefix(w, []byte("وال")), bytes.HasPrefix(w, []byte("فال")), bytes.HasPrefix(w, []byte("كال")):
		cut = len("بال")
	default:
		return 0, ""
	}
	if utf8.RuneCount(w[cut:]) < 3 {
		return 0, ""
	}
	return cut, "ال"
}

// proclitics are the one-letter prefixes that a place name can carry in
// Arabic (و ف ب ل ك) and Hebrew (ב ה ו כ ל מ ש): the gazetteer tries the
// word without them.
var proclitics = map[string]string{"ar": "وفبلك", "he": "בהוכלמש", "am": "የበለከ"}

// withoutProclitic returns the length of text's first letter when that is
// one of the language's proclitics and enough is left, else 0.
func withoutProclitic(set string, text []byte) int {
	if set == "" {
		return 0
	}
	r, n := utf8.DecodeRune(text)
	if !strings.ContainsRune(set, r) || utf8.RuneCount(text[n:]) < 3 {
		return 0
	}
	return n
}

// placeEndings are the case endings that the gazetteer may take off a word
// to find the place it names (Russian Пакистане → Пакистан, Британии →
// Британия; Greek Γαλλίας → Γαλλία; German Deutschlands → Deutschland):
// the rewrite is sure only when the result is a place name. Each pair is
// an ending and what replaces it.
var placeEndings = map[string][][2]string{
	"ru": {{"ии", "ия"}, {"ией", "ия"}, {"ию", "ия"}, {"е", ""}, {"а", ""}, {"у", ""}, {"ом", ""}, {"и", "а"}, {"е", "а"}, {"ы", "а"}, {"у", "а"}, {"ой", "а"}, {"ы", ""}, {"ья", "ье"},
		{"е", "ь"}, {"и", "ь"}, {"я", "ь"}, {"ю", "ь"}, {"ем", "ь"}, {"", "ы"}}, // в Кремле, Казани; Филиппин
	"uk": {{"ії", "ія"}, {"і", ""}, {"у", ""}, {"и", "а"}, {"і", "а"}},
	"el": {{"ς", ""}, {"ου", "ος"}, {"ης", "η"}, {"ας", "α"}, {"ού", "ός"}, {"ου", "ο"}},
	"de": {{"s", ""}, {"es", ""}},
	"pl": {{"ii", "ia"}, {"u", ""}, {"ie", "a"}, {"y", "a"}},
}

// placeAdjectiveEndings are the endings of the adjectives a language makes
// of place names, which the gazetteer may take off a capitalized word
// directly before another (a noun) to find the place: German Hamburger
// Künstlerin → Hamburg, Pariser Abkommen → Paris, New Yorker Gouverneur →
// New York, Bremer → Bremen, Münchner and Dresdner → München, Dresden. As
// with placeEndings the result must be a name the gazetteer knows; alone
// (ein Berliner, der Hamburger) the word is left as it is.
var placeAdjectiveEndings = map[string][][2]string{
	"de": {{"er", ""}, {"er", "en"}, {"ner", "en"}},
}

// turkishLocative returns the length of the locative or ablative ending
// -te/-ta/-ten/-tan on a Turkish word written without an apostrophe
// (common nouns take their endings so: trafikte, musluktan), or 0. Only
// the forms with t are sure: they follow a voiceless consonant
// (p ç t k s ş h f), and the vowel agrees with the stem's last vowel
// (front e i ö ü: -te, back a ı o u: -ta). The -de/-da forms are left
// alone, as many stems end so (önünde is önü+n+de). lower is the word in
// lower case; the stem must keep four letters.
func turkishLocative(lower []byte) int {
	w := string(lower) // no allocation: only compared
	var front bool
	var n int
	switch {
	case strings.HasSuffix(w, "ten"):
		front, n = true, 3
	case strings.HasSuffix(w, "tan"):
		n = 3
	case strings.HasSuffix(w, "te"):
		front, n = true, 2
	case strings.HasSuffix(w, "ta"):
		n = 2
	default:
		return 0
	}
	stem := w[:len(w)-n]
	if utf8.RuneCountInString(stem) < 4 {
		return 0
	}
	last, _ := utf8.DecodeLastRuneInString(stem)
	if !strings.ContainsRune("pçtksşhf", last) {
		return 0
	}
	for i := len(stem); i > 0; {
		r, size := utf8.DecodeLastRuneInString(stem[:i])
		i -= size
		switch {
		case strings.ContainsRune("eiöü", r):
			if !front {
				return 0
			}
			return n
		case strings.ContainsRune("aıou", r):
			if front {
				return 0
			}
			return n
		}
	}
	return 0
}
