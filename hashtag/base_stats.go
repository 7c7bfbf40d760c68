package hashtag

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Base forms the archive attests, for Suggest with statistics. The
// built-in rules (base.go, declension.go) put a word in its base form only
// where its ending alone says what that form is; most case and number
// endings do not (Russian доллара is доллар + а, but Москва is no Москв +
// а). A publisher's archive settles many of them: of the forms a
// language's suffix rules allow for a word (доллар, долларо for доллара),
// the one the archive holds as a word is the base form, and the tag shows
// it, in the word's case as written (Путина → Путин).
//
// Each list below is an ending of an oblique case or of a plural and the
// endings its base form may have, from the language's grammar. A word
// takes a base form when
//
//   - its ending is one of the list's, leaving at least minStem letters
//     (and, in Turkish, agreeing with the stem's vowels);
//   - the form is a word of the archive, in at least 1/archiveBaseShare
//     as many headlines as the word itself;
//   - the form is stable: the rule would not rewrite it again (Turkish
//     başkanın, the genitive, held, is no base form of the dative
//     başkanına where başkan is held too, by the same share);
//
// and of several such forms it takes the one in the most headlines.
//
// The share is the guard against a rule that runs backwards: a word in
// its base form (Russian война "war", Turkish yüzde "percent") whose
// ending is also an oblique one gives a form that is another word or case
// (войн, the genitive plural; yüz "hundred"), which the archive may hold
// too, but in far fewer headlines than the word. Case endings in a
// headline are not rarer than that: the genitive доллара is in more
// headlines than the nominative доллар. Measured on the editorial dev set
// and on held-out corpus lines, a share of 1 or 2 lost Russian's gains
// (доллара, пожара), and no share (any held form) took yüzde → yüz,
// anda → and, dizi → diz; without stability, Turkish genitives passed for
// base forms (başkanına → başkanın).
//
// Only candidates render may show are looked at, not places (the
// gazetteer names those: Almanya, not Alman), and only words whose base
// form no rule has set. Hebrew and Arabic proclitics come off by like
// conditions (procliticsFromArchive).

// archiveBaseShare: see above.
const archiveBaseShare = 4

// archiveGrammar is one language's case and number endings.
type archiveGrammar struct {
	// endings, each with the endings its base form may have (a
	// masculine noun's genitive -а has none: доллара → доллар).
	endings []archiveEnding
	// minStem is the fewest letters an ending must leave.
	minStem int
	// headFinal: the last word of a name of several words is its head,
	// and takes its base form there too (Urdu بیرونی سرمایہ کاروں →
	// بیرونی_سرمایہ_کار). In Russian, Greek and Turkish the last word of
	// a name is often a genitive or a possessive that is the name's
	// (Курс доллара, İş Bankası): only single words change.
	headFinal bool
	// agrees, if set, reports whether an ending may follow a stem
	// (Turkish vowel harmony); veto whether a base form is no base form
	// after a stem.
	agrees func(stem []byte, suffix string) bool
	veto   func(stem []byte, suffix, base string) bool
	// stemAlt, if set, appends to dst the other stem a base form may
	// have (Greek: the accent one syllable back, εμβολί-ου → εμβόλι-ο).
	stemAlt func(dst, stem []byte) []byte
	// byLast holds the endings by their last byte, in the order of
	// endings: a word whose last byte ends none needs no further look,
	// and the others compare only the endings that may match.
	byLast [256][]archiveEnding
}

// archiveEnding is an ending and the endings of the base forms it may
// come from.
type archiveEnding struct {
	suffix  string
	bases   []string
	minStem int // if more than the grammar's
}

// grammar makes a language's archiveGrammar of its endings.
func grammar(minStem int, headFinal bool, endings ...archiveEnding) *archiveGrammar {
	g := &archiveGrammar{endings: endings, minStem: minStem, headFinal: headFinal}
	for _, e := range endings {
		b := e.suffix[len(e.suffix)-1]
		g.byLast[b] = append(g.byLast[b], e)
	}
	return g
}

// with sets g's agrees and veto.
func (g *archiveGrammar) with(agrees func([]byte, string) bool, veto func([]byte, string, string) bool) *archiveGrammar {
	g.agrees, g.veto = agrees, veto
	return g
}

// withStemAlt sets g's stemAlt.
func (g *archiveGrammar) withStemAlt(alt func(dst, stem []byte) []byte) *archiveGrammar {
	g.stemAlt = alt
	return g
}

// longer sets the fewest letters the ending must leave.
func (e archiveEnding) longer(n int) archiveEnding {
	e.minStem = n
	return e
}

// end is an ending whose base forms have the endings bases, or none.
func end(suffix string, bases ...string) archiveEnding {
	if len(bases) == 0 {
		bases = []string{""}
	}
	return archiveEnding{suffix: suffix, bases: bases}
}

var archiveGrammars = map[string]*archiveGrammar{
	// Russian nouns: the oblique cases of the singular and the plural of
	// the three declensions (hard and soft masculine доллар, рубль, музей;
	// neuter село, море, решение; feminine война, неделя, Россия,
	// новость), each ending with the nominatives it may come from. Not
	// every one: where a nominative ending is also a common oblique one
	// of another declension, and the archive may not hold the right
	// nominative, it is left out (-е → -а, -я: Китае became Китая, the
	// genitive, where the archive lacked Китай; -ей → -я, -е: рублей
	// became рубля). See russianVeto for two more.
	"ru": grammar(3, false,
		end("иями", "ия", "ие"), end("иях", "ия", "ие"), end("иям", "ия", "ие"),
		end("ами", "", "а", "о"), end("ями", "ь", "я", "е", "й"),
		end("ах", "", "а", "о"), end("ях", "ь", "я", "е", "й"),
		end("ам", "", "а", "о"), end("ям", "ь", "я", "е", "й"),
		end("ией", "ия"), end("ием", "ие"), end("ии", "ия", "ие"), end("ию", "ия", "ие"), end("ия", "ие"),
		end("ов", ""), end("ев", "й"), end("ей", "ь"),
		end("ом", "", "о"), end("ем", "ь", "й", "е"), end("ём", "ь", "й"),
		end("ой", "а"), end("ью", "ь"),
		end("а", "", "о"), end("я", "ь", "й", "е"),
		end("у", "", "а", "о"), end("ю", "ь", "й", "я", "е"),
		end("е", "", "о", "ь", "й"),
		end("ы", "а"), end("и", "а", "я", "ь", "й"),
	).with(nil, russianVeto),
	// Greek: the genitive of the second declension (-ου, -ού: εμβολίου →
	// εμβόλιο, υπουργού → υπουργός), its accusative (ήλιο → ήλιος) and
	// accusative plural (-ους → -οι), the genitive of nouns in -μα
	// (προγράμματος → πρόγραμμα). Not -ης, -ας, -η, -α: the same pair of
	// forms is nominative and genitive of a feminine noun (χώρα, χώρας)
	// and genitive and nominative of a masculine one (πατέρα, πατέρας),
	// and no count tells which (an article does: greekCases).
	"el": grammar(3, false,
		end("ματος", "μα"),
		end("ους", "οι"), end("ούς", "οί"),
		end("ου", "ος", "ο"), end("ού", "ός", "ό"),
		end("ο", "ος"), end("ό", "ός"),
	).withStemAlt(greekAccentBack),
	// Hindi: the oblique plural (-ों, -ओं: डॉक्टरों → डॉक्टर, महिलाओं →
	// महिला, हमलों → हमला) and the direct plural of feminine nouns (-ें,
	// -एं, -एँ: बातें → बात, सेवाएं → सेवा). The subjunctive of a verb
	// has those endings too (करें, रहें, जाएं), on a stem of one syllable:
	// a stem must keep three letters there. Not the -े of a masculine
	// noun in -ा (हमले → हमला): without a postposition after it
	// (obliqueCases), it was as often a verb or adjective (खुले, दिखे).
	"hi": grammar(2, true,
		end("ओं", ""), end("ों", "", "ा"),
		end("एं").longer(3), end("एँ").longer(3), end("ें").longer(3),
	),
	// Urdu: the oblique plural -وں (کاروں → کار, حملوں → حملہ). Not the
	// -ے of a masculine noun in -ہ or -ا, as in Hindi.
	"ur": grammar(2, true,
		end("وں", "", "ہ", "ا"),
	),
	// Amharic: the accusative -ን (ክትባትን → ክትባት), also after the
	// definite article (-ውን) and the plural after a vowel (-ዎች, -ዎችን).
	"am": grammar(2, true,
		end("ዎችን", ""), end("ዎች", ""), end("ውን", ""), end("ን", ""),
	),
	// Turkish: the case endings of a noun and the plural, in each vowel
	// harmony, with the buffer consonant after a vowel (dünyayı → dünya,
	// kadına → kadın, metrobüsler → metrobüs). Not the possessive -sı,
	// -si, which is part of a compound's name (İş Bankası).
	"tr": grammar(3, false,
		end("lardan"), end("lerden"), end("larda"), end("lerde"), end("ların"), end("lerin"),
		end("ları"), end("leri"), end("lara"), end("lere"), end("lar"), end("ler"),
		end("nın"), end("nin"), end("nun"), end("nün"),
		end("dan"), end("den"),
		end("yı"), end("yi"), end("yu"), end("yü"), end("ya"), end("ye"),
		end("ın"), end("in"), end("un"), end("ün"),
		end("da"), end("de"),
		end("ı"), end("i"), end("u"), end("ü"), end("a"), end("e"),
	).with(turkishHarmony, nil),
}

// baseFromArchive gives the words of the candidates render may show the
// base form the archive attests (see above).
func (p *pipeline) baseFromArchive(st *Stats) {
	var gr *archiveGrammar
	switch code := p.g.code; code {
	case "ru", "el", "hi", "ur", "am", "tr": // (a switch costs less than a map's hash)
		gr = archiveGrammars[code]
	case "he", "ar":
		p.procliticsFromArchive(st, archiveProclitics[code])
		return
	default:
		return
	}
	cut := cutoffFraction * bestScore(p.cands)
	// A word's base form is every candidate's that ends with it: the
	// words that end one the rule must leave alone are marked first (a
	// place, which the gazetteer names as it is written, Almanya not
	// Alman; and, where the last word of a name is no head, a name of
	// several words: Курс доллара).
	keep := p.wordMarks()
	for k := range p.cands {
		c := &p.cands[k]
		switch {
		case c.kind == KindPlace, c.kind == KindAcronym, c.b1 > c.b0, c.joined:
			keep[c.last] = 1
		case c.first != c.last && !gr.headFinal && c.score >= cut:
			keep[c.last] = 1
		}
	}
	for k := range p.cands {
		c := &p.cands[k]
		if c.score < cut || keep[c.last] != 0 || c.kind == KindGeneric {
			continue
		}
		w := &p.words[c.last]
		if w.b0 != w.t0 || w.b1 != w.t1 || w.declined || w.tok.is(tAllCaps) {
			continue
		}
		lower := p.lower(w)
		if len(lower) == 0 || gr.byLast[lower[len(lower)-1]] == nil {
			continue
		}
		keep[c.last] = 1 // once
		if f, ok := p.attested(st, gr, lower, true); ok {
			p.rewriteTail(w, gr.appendForm(p.key[:0], lower, f))
		}
	}
}

// rewriteTail makes w's base form its text with the tail in which the
// lower-cased text and form differ replaced by form's, where the text
// writes that tail as the lower-cased text does (the word keeps its
// capital: Путина → Путин).
func (p *pipeline) rewriteTail(w *word, form []byte) {
	lower, text := p.lower(w), p.text(w)
	n := 0
	for n < len(lower) && n < len(form) && lower[n] == form[n] {
		n++
	}
	for n > 0 && n < len(lower) && !utf8.RuneStart(lower[n]) {
		n-- // a whole letter
	}
	tail := lower[n:]
	if n == 0 || !bytes.HasSuffix(text, tail) {
		return
	}
	b0 := len(p.buf)
	p.buf = append(p.buf, text[:len(text)-len(tail)]...)
	p.buf = append(p.buf, form[n:]...)
	w.b0, w.b1 = int32(b0), int32(len(p.buf))
}

// attestedForm is a base form attested's rules make of a word: its first
// stem bytes, moved by the grammar's stemAlt if alt, and base.
type attestedForm struct {
	stem int
	alt  bool
	base string
}

// appendForm appends f, made of the lower-cased word lower, to dst.
func (gr *archiveGrammar) appendForm(dst, lower []byte, f attestedForm) []byte {
	if f.alt {
		dst = gr.stemAlt(dst, lower[:f.stem])
	} else {
		dst = append(dst, lower[:f.stem]...)
	}
	return append(dst, f.base...)
}

// attested returns the base form of the word lower (lower-cased) that the
// archive attests, by the conditions above. With stable, a form that is
// itself rewritten so (başkanın, held, whose başkan is held too) is no
// base form.
func (p *pipeline) attested(st *Stats, gr *archiveGrammar, lower []byte, stable bool) (attestedForm, bool) {
	need := -1.0 // the share, looked up once a form is held
	var best attestedForm
	var bestDF uint32
	for _, e := range gr.byLast[lower[len(lower)-1]] {
		if len(lower) <= len(e.suffix) || !bytes.HasSuffix(lower, []byte(e.suffix)) {
			continue
		}
		// A joiner before the ending (Urdu ووٹ‌وں, with a zero-width
		// non-joiner) is the ending's: a tag does not end with one.
		stem := bytes.TrimRightFunc(lower[:len(lower)-len(e.suffix)], isJoiner)
		if n := utf8.RuneCount(stem); n < gr.minStem || n < e.minStem || gr.agrees != nil && !gr.agrees(stem, e.suffix) {
			continue
		}
		for _, b := range e.bases {
			if gr.veto != nil && gr.veto(stem, e.suffix, b) {
				continue
			}
			for _, alt := range [2]bool{false, true} {
				if alt && gr.stemAlt == nil {
					break
				}
				f := attestedForm{len(stem), alt, b}
				at := len(p.key)
				key := gr.appendForm(p.key, lower, f)
				p.key = key
				if alt && len(key)-at == len(stem)+len(b) && bytes.Equal(key[at:at+len(stem)], stem) {
					p.key = key[:at]
					continue // no other stem
				}
				df := st.df(key[at:])
				if df > bestDF && need < 0 {
					need = float64(st.df(lower)) / archiveBaseShare
				}
				if df > bestDF && float64(df) >= need {
					if !stable {
						p.key = key[:at]
						return f, true
					}
					if _, again := p.attested(st, gr, key[at:], false); !again {
						best, bestDF = f, df
					}
				}
				p.key = key[:at]
			}
		}
	}
	return best, bestDF > 0
}

// russianVeto: nouns in -янин (россиянин, крестьянин) have the plural
// -яне, -янам, -янах and the genitive plural -ян, so a stem in -ян left
// by those endings is no nominative (Россияне is not Россиян).
//
// And a stem in -и takes no -й: акцию, акции are of акция, and акций is
// its genitive plural (the nouns in -ий, гений, are few).
func russianVeto(stem []byte, suffix, base string) bool {
	if base == "й" && bytes.HasSuffix(stem, []byte("и")) {
		return true
	}
	if base != "" || !bytes.HasSuffix(stem, []byte("ян")) {
		return false
	}
	switch suffix {
	case "е", "ам", "ами", "ах":
		return true
	}
	return false
}

// turkishHarmony reports whether a Turkish case ending agrees with the
// stem's last vowel: a and e follow back and front vowels; ı, i, u, ü
// also follow rounding (ı after a ı, i after e i, u after o u, ü after ö
// ü). A word whose ending breaks it has no such ending (motorin is no
// motor + in, İslami no İslam + i).
func turkishHarmony(stem []byte, suffix string) bool {
	var sv rune
	for _, r := range suffix {
		if strings.ContainsRune("aeıiuü", r) {
			sv = r
			break
		}
	}
	var last rune
	for i := len(stem); i > 0; {
		r, n := utf8.DecodeLastRune(stem[:i])
		i -= n
		if strings.ContainsRune("aeıioöuü", r) {
			last = r
			break
		}
	}
	if sv == 0 || last == 0 {
		return sv == 0
	}
	back := strings.ContainsRune("aıou", last)
	switch sv {
	case 'a':
		return back
	case 'e':
		return !back
	case 'ı':
		return last == 'a' || last == 'ı'
	case 'i':
		return last == 'e' || last == 'i'
	case 'u':
		return last == 'o' || last == 'u'
	}
	return last == 'ö' || last == 'ü' // ü
}

// greekAccentBack appends stem with its accent one syllable further back,
// or stem as it is when it has no accent or no syllable before it. Nouns
// accented on the third syllable from the end take the accent one
// further forward in the genitive (εμβόλιο, εμβολίου; Αίγυπτος,
// Αιγύπτου): the nominative has it back. A diphthong (αι, ει, οι, ου, αυ,
// ευ) carries it on its second letter.
func greekAccentBack(dst, stem []byte) []byte {
	at := len(dst)
	dst = append(dst, stem...)
	w := dst[at:]
	// The accented vowel: the last one in the stem.
	acc := -1
	var plain rune
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRune(w[i:])
		if p, ok := greekUnaccent[r]; ok {
			acc, plain = i, p
		}
		i += n
	}
	if acc < 0 {
		return dst
	}
	// The vowel group before it, past at least one consonant.
	i := acc
	for i > 0 {
		r, n := utf8.DecodeLastRune(w[:i])
		if greekVowel(r) {
			break
		}
		i -= n
	}
	if i == acc || i == 0 {
		return dst // no consonant between, or no vowel before
	}
	r, n := utf8.DecodeLastRune(w[:i])
	a, ok := greekAccent[r]
	if !ok {
		return dst
	}
	var out [64]byte
	tmp := append(out[:0], w[:i-n]...)
	tmp = utf8.AppendRune(tmp, a)
	tmp = append(tmp, w[i:acc]...)
	tmp = utf8.AppendRune(tmp, plain)
	_, m := utf8.DecodeRune(w[acc:])
	tmp = append(tmp, w[acc+m:]...)
	return append(dst[:at], tmp...)
}

var (
	greekAccent   = map[rune]rune{'α': 'ά', 'ε': 'έ', 'η': 'ή', 'ι': 'ί', 'ο': 'ό', 'υ': 'ύ', 'ω': 'ώ'}
	greekUnaccent = map[rune]rune{'ά': 'α', 'έ': 'ε', 'ή': 'η', 'ί': 'ι', 'ό': 'ο', 'ύ': 'υ', 'ώ': 'ω'}
)

// Hebrew and Arabic write a conjunction or a preposition as a letter
// joined to the word after it (Hebrew ו "and", ב "in", ל "to", מ "from",
// כ "as", ש "that"; Arabic و "and", ف "so", ب "with", ل "for", ك "as"),
// also two of them (ובמדינות, وبالتالي): a tag names the word without
// them. Many words begin with those letters (משפט, بريطانيا), so the
// letters come off only where the archive attests the rest, in at least
// as many headlines as the word (procliticShare), the rest is no such
// form of another itself, and no stopword or generic word. The Hebrew article ה
// stays (הקונגרס is how the word is tagged), and so does the Arabic
// article, whose proclitics arabicArticle takes off.
var archiveProclitics = map[string][]string{
	"he": {"וב", "ול", "ומ", "וכ", "וש", "שב", "של", "שמ", "כש", "ו", "ב", "ל", "מ", "כ", "ש"},
	// Not ف "so" alone: before a noun it is rare in headlines, and the
	// words it begins are many (فكرة "idea" is no كرة "ball", فقيد "the
	// late" no قيد, فالكاو "Falcao" no الكاو); on the Arabic corpus every
	// tag it made so was such a word.
	"ar": {"وب", "ول", "وك", "فب", "فل", "و", "ب", "ل", "ك"},
}

// procliticShare: the rest must be in at least as many headlines as the
// word (not a quarter as many, as for endings). The letters begin many
// words of their own, some of whose rests are words too (Hebrew מעבר
// "passage" and עבר "past", Arabic بطاقة "card" and طاقة "energy"); on
// the corpora, with a quarter, the lines that a share of one leaves alone
// were as often worse (those) as better (באינטרנט → אינטרנט).
const procliticShare = 1

// procliticMinRest is the fewest letters a proclitic must leave: the
// short words a letter would leave (Hebrew רק "only" of ברק "lightning")
// are function words.
const procliticMinRest = 3

// procliticsFromArchive takes the proclitics off the first word of the
// candidates render may show, where the archive attests the rest; in a
// name of several words too (the word is marked declined, so that render
// writes it in its base form there).
func (p *pipeline) procliticsFromArchive(st *Stats, pre []string) {
	cut := cutoffFraction * bestScore(p.cands)
	// Not a word inside a longer name render may show: its letters are
	// the name's there (الأمين العام لمجلس التعاون).
	inner := p.wordMarks()
	for k := range p.cands {
		if c := &p.cands[k]; c.score >= cut {
			for i := c.first + 1; i <= c.last; i++ {
				inner[i] = 1
			}
		}
	}
	for k := range p.cands {
		c := &p.cands[k]
		if c.score < cut || c.b1 > c.b0 || c.joined {
			continue
		}
		switch c.kind {
		case KindPlace, KindAcronym, KindGeneric:
			continue
		}
		w := &p.words[c.first]
		if inner[c.first] != 0 || w.b0 != w.t0 || w.b1 != w.t1 || w.declined || !w.caseless {
			continue
		}
		if n := p.bareWord(st, pre, p.lower(w), true); n > 0 && bytes.HasPrefix(p.text(w), p.lower(w)[:n]) {
			w.b0 += int32(n)
			w.declined = true
		}
	}
}

// bareWord returns how many bytes of proclitics to take off the word
// lower, by the conditions above, or 0. A rest that is a stopword or a
// generic word is no word under a proclitic, but the word's own letters
// (Arabic فلكي "astronomer" is no ف + لكي "in order to", Hebrew כמעט
// "almost" no כ + מעט "little").
func (p *pipeline) bareWord(st *Stats, pre []string, lower []byte, stable bool) int {
	need := -1.0
	best, bestDF := 0, uint32(0)
	for _, x := range pre {
		if !bytes.HasPrefix(lower, []byte(x)) {
			continue
		}
		// The vowel signs and points written after the proclitic's
		// letter are its own (لِ, בְּ), and so is a joiner there: they
		// come off with it, or the tag would open with a mark of no
		// letter or an invisible joiner.
		n := len(x) + marksAt(lower[len(x):])
		rest := lower[n:]
		if utf8.RuneCount(rest) < procliticMinRest {
			continue
		}
		df := st.df(rest)
		if df <= bestDF {
			continue
		}
		if need < 0 {
			need = float64(st.df(lower)) / procliticShare
		}
		if float64(df) < need || stable && p.bareWord(st, pre, rest, false) > 0 {
			continue
		}
		if p.lists != nil && p.lists.lex.holds(rest, inStop|inGeneric) {
			continue
		}
		best, bestDF = n, df
	}
	return best
}

// marksAt returns the length of the combining marks and joiners that b
// opens with.
func marksAt(b []byte) int {
	n := 0
	for n < len(b) {
		r, size := utf8.DecodeRune(b[n:])
		if !unicode.Is(unicode.M, r) && !isJoiner(r) {
			break
		}
		n += size
	}
	return n
}

// isJoiner reports whether r is a zero-width joiner or non-joiner, which
// scripts write inside words and a tag never opens or ends with.
func isJoiner(r rune) bool { return r == '\u200c' || r == '\u200d' }

// wordMarks returns a mark for each word, all 0: scratch the statistics'
// rules share (p.spans; they run one after another).
func (p *pipeline) wordMarks() []int32 {
	if cap(p.spans) < len(p.words) {
		p.spans = make([]int32, len(p.words))
	}
	m := p.spans[:len(p.words)]
	clear(m)
	return m
}
