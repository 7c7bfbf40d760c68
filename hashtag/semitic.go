package hashtag

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"
)

// Arabic and Hebrew in Suggest. Neither script has capitals, so names
// must be found by other means, and both glue one-letter proclitics
// ("and", "in", "to", "the"…) to the next word. The rules here are facts of
// the two languages, each applied only where it is sure enough:
//
//   - a proclitic before a stopword or a generic news word leaves a
//     stopword or generic word (وإنما, ובעולם, הראשונה);
//   - a verb shows in its prefixes: the Arabic imperfect (يقول, تستقبل,
//     تنتهج), the Hebrew future plural (יפורסמו) and infinitive (להבטיח);
//   - a demonym names its place, which the gazetteer confirms (Arabic
//     nisba سودانية → السودان, العراقيين → العراق; Hebrew טורקי → טורקיה);
//   - some words open a name and take the next word with them (عبد الله,
//     أبو ظبي, סן פרנסיסקו), some name a kind of place (بحيرة, נהר, אגם);
//   - a word after a title (الرئيس, מר) is a person's name;
//   - the words before a colon that opens a headline (جون كيري: …) and the
//     words in quotes («معركة النووي») are one name or topic.
//
// Scripts with Arabic letters but other grammars (Persian, Urdu) are not
// touched: these rules check the language, not the script.

// bonusSemiticPhrase raises an Arabic or Hebrew phrase of a noun and a
// definite word (مجلس الأمن, القمة العربية, ראש הממשלה): with no capitals,
// that is how these languages write most multi-word names, so it ranks
// next to a place, not among single topic words.
const bonusSemiticPhrase = 1.2

// bonusQuoted raises a name in quotes above a place (see quoted).
const bonusQuoted = 0.7

// semitic reports whether the pipeline's language is Arabic or Hebrew.
func (p *pipeline) semitic() bool { return p.g.semitic }

// semiticArticle is the definite article of the language.
func (p *pipeline) semiticArticle() string {
	if p.g.code == "he" {
		return "ה"
	}
	return "ال"
}

// procliticLetters are the one-letter proclitics: Arabic و ف ب ل ك, Hebrew
// ו ה ב ל מ ש כ.
var procliticLetters = map[string]string{"ar": "وفبلك", "he": "ובהלמשכ"}

// procliticSlots are the proclitics a word can carry, in the order they
// stack, each slot holding one of its letters at most: Arabic "and" (و ف),
// a preposition (ب ل ك) and the article; Hebrew "and" (ו), "that" (ש),
// a preposition (ב ל כ מ) and the article (ה): وبال…, ושמה…, וכש… (כ then
// ש, "when").
var procliticSlots = map[string][]string{
	"ar": {"وف", "بلك", ""},
	"he": {"ו", "כ", "ש", "בלכמ", "ה"},
}

// procliticCuts returns the byte offsets in text after each proclitic it
// may start with, in order (وبالسفن: after و, وب and وبال), when at least
// three letters are left.
func procliticCuts(lang string, text []byte) (cuts [6]int, n int) {
	i := 0
	for _, slot := range procliticSlots[lang] {
		if slot == "" { // the Arabic article
			if bytes.HasPrefix(text[i:], []byte("ال")) && utf8.RuneCount(text[i+len("ال"):]) >= 3 {
				cuts[n] = i + len("ال")
				n++
			}
			break
		}
		r, size := utf8.DecodeRune(text[i:])
		if !strings.ContainsRune(slot, r) || utf8.RuneCount(text[i+size:]) < 3 {
			continue
		}
		i += size
		cuts[n] = i
		n++
	}
	return cuts, n
}

// semiticWords marks the words that are a stopword or a generic word
// behind proclitics, and the verbs (looksLikeVerb asks many times). It
// runs after classify.
func (p *pipeline) semiticWords() {
	g := p.g
	l := g.suggestLists()
	for i := range p.words {
		w := &p.words[i]
		if w.is(inStop|inFragment|inGeneric) || !w.caseless {
			continue
		}
		key := p.lower(w)
		if semiticVerb(g.code, key) {
			w.lists |= inVerb
		}
		if g.code == "he" && w.b0 == w.t0 && w.b1 == w.t1 && hebrewConjunctionArticle(key) {
			w.b0 += int32(len("ש")) // שהאוטובוסים → האוטובוסים
		}
		cuts, n := procliticCuts(g.code, key)
		for _, cut := range cuts[:n] {
			rest := key[cut:]
			if has(&g.stop, rest) {
				w.lists |= inStop
				break
			}
			if l.lex.holds(rest, inGeneric) {
				w.lists |= inGeneric
				break
			}
		}
	}
}

// hebrewConjunctionArticle reports whether a Hebrew word opens with ש
// (that) or ו (and) and then the article ה, before four letters or more:
// no Hebrew word starts so (שהות, שהייה are shorter), so both proclitics
// are sure, and the tag is the definite word without its conjunction
// (שהאוטובוסים → האוטובוסים).
func hebrewConjunctionArticle(w []byte) bool {
	if !bytes.HasPrefix(w, []byte("שה")) && !bytes.HasPrefix(w, []byte("וה")) {
		return false
	}
	return utf8.RuneCount(w) >= 6
}

// semiticVerb reports whether a word has the prefixes of a verb form.
func semiticVerb(lang string, text []byte) bool {
	var rs [6]rune
	n := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		i += size
		if n < len(rs) {
			rs[n] = r
		}
		n++
	}
	if n < 4 {
		return false
	}
	last, _ := utf8.DecodeLastRune(text)
	at := 0
	if lang == "ar" {
		// "and"/"so" before a verb: ويجتمع.
		if (rs[0] == 'و' || rs[0] == 'ف') && n >= 5 && (rs[1] == 'ي' || rs[1] == 'ت') {
			at = 1
		}
		switch rs[at] {
		case 'ي':
			// The imperfect: يقول, يتأهبون. (A few names start so: يوسف.)
			return n-at >= 4
		case 'ت':
			// Feminine imperfect: ترفض; forms V, VIII and X: تتضاعف,
			// تنتهج, تستقبل. The verbal nouns of forms II and VI
			// (تطهير, تعاون) have other shapes.
			return n-at == 4 || n-at >= 5 && (rs[at+1] == 'ت' || rs[at+2] == 'ت')
		}
		return false
	}
	// Hebrew.
	if rs[0] == 'ו' && n >= 5 {
		at = 1
	}
	switch {
	case rs[at] == 'כ' && rs[at+1] == 'ש' && rs[at+2] == 'י':
		return true // "when it will": כשיגיע
	case strings.ContainsRune("יתנ", rs[at]) && last == 'ו':
		return true // the future plural: יפורסמו, יגיעו
	case strings.ContainsRune("יתנא", rs[at]) && n-at == 5 && rs[at+3] == 'ו' && rs[at+1] != 'י':
		// The future singular of pa'al: תהפוך, יכתוב, נלמוד; not the
		// verbal noun of pi'el, whose first letter takes a י (ניתוח).
		return true
	case rs[at] == 'ל' && rs[at+1] == 'ה' && n-at >= 5:
		return true // the infinitive of hif'il, nif'al, hitpa'el: להבטיח, להיכנס (ל absorbs the article)
	case rs[at] == 'ל' && n-at == 5 && rs[at+3] == 'ו':
		return true // the infinitive of pa'al: לבדוק, לכתוב, לעשות
	case rs[at] == 'ה' && last == 'ו' && n-at >= 5 && n <= len(rs) && rs[n-3] == 'י':
		return true // the hif'il past plural: השיבו, הגיעו, הודיעו
	}
	return false
}

// semiticTopicBonus is the bonus of a topic word that the Arabic article
// marks as a noun (النفط, الفساد): a verb never takes it.
//
// A Hebrew word that opens with ו (not וו, a loanword's v) is most likely
// "and" and a word: its tag would carry the conjunction (והירדמות), so it
// ranks below the other topic words.
//
// The first word of the headline, when no verb, is its subject: news
// opens with it (النفط يتعافى…, הקונגרס היה…). An Arabic headline that
// opens with a word without the article opens with a verbal noun
// instead (وصول قافلة, عودة طالبة): that is no subject.
func (p *pipeline) semiticTopicBonus(i int) float64 {
	w := &p.words[i]
	text := p.base(w)
	bonus := 0.0
	if i == 0 && (p.g.code == "he" || definite(text, "ال")) {
		bonus = bonusSemiticSubject
	}
	switch {
	case p.g.code == "ar" && definite(text, "ال"):
		bonus += bonusNoun
	case p.g.code == "he" && bytes.HasPrefix(text, []byte("ו")) && !bytes.HasPrefix(text, []byte("וו")) && utf8.RuneCount(text) >= 5:
		bonus -= bonusNoun
	}
	return bonus
}

// bonusSemiticSubject is semiticTopicBonus's for the headline's first word.
const bonusSemiticSubject = 0.3

// maxSemiticTopicBonus is the most semiticTopicBonus gives: rank's topic
// ceiling (topicRaise) counts on it, so a bonus added there belongs here
// too.
const maxSemiticTopicBonus = bonusSemiticSubject + bonusNoun

// semiticChunk reports whether words i and i+1, both content words, make
// a phrase of the kind chunks adds: a noun followed by a definite word
// (construct state or noun and adjective: مجلس النواب, المقاومة الشعبية,
// שפעת העופות).
func (p *pipeline) semiticChunk(i int) bool {
	a, b := &p.words[i], &p.words[i+1]
	art := p.semiticArticle()
	head := p.text(a)
	if p.looksLikeVerb(a) {
		return false
	}
	if p.g.code == "he" && !definite(p.text(b), art) {
		return p.hebrewConstruct(head, p.text(b))
	}
	if !definite(p.text(b), art) {
		return false
	}
	if p.g.code == "he" {
		return !startsWithAny(head, "בלכשו")
	}
	if cut, _ := arabicArticle(head); cut > 0 {
		// بالأسلحة الكيماوية: the preposition goes, the phrase stays
		// (الأسلحة_الكيماوية).
		a.t0, a.t1 = a.b0, a.b1
		return true
	}
	// A head with a preposition (لعبور) is not a name's first word.
	return !startsWithAny(head, "بلي")
}

// semiticGenericHead reports whether a generic word a may head a phrase
// all the same: a definite noun with a definite adjective that is not
// generic (الشهر الكريم, اليوم الوطني, העולם הערבי).
func (p *pipeline) semiticGenericHead(a, b *word) bool {
	art := p.semiticArticle()
	return a.caseless && a.is(inGeneric) && !a.is(inStop|inFragment|inTitle) &&
		definite(p.text(a), art) && definite(p.text(b), art) && !b.is(inGeneric|inStop|inTitle)
}

// nameOpeners are words that open a name and take the next word with it:
// Arabic عبد and أبو in given names (عبد الله, أبو بكر), بن and ابن in
// patronymics, آل before a family, and the first words of transcribed
// place names (سان, نيو, لوس); Hebrew the same transcriptions (סן, סנט,
// ניו, לוס, לאס).
var nameOpeners = map[string][]string{
	"ar": {"آل", "أبو", "ابن", "بن", "سان", "عبد", "لوس", "نيو"},
	"he": {"אבו", "לאס", "לוס", "ניו", "סן", "סנט", "סנטה"},
}

// placeHeads are nouns for a kind of place that take the next word as the
// place's name (بحيرة فكتوريا, قناة السويس, אגם לדוגה, נהר הירדן). A
// definite head takes only a definite adjective (البحر الأحمر, הים
// הבלטי); Hebrew ים "sea" is a construct only before a definite word
// (ים המלח).
var placeHeads = map[string][]string{
	"ar": {"البحر", "البحيرة", "الجزيرة", "الخليج", "بحر", "بحيرة", "جبال", "جبل", "جزر", "جزيرة", "خليج", "صحراء", "قناة", "مضيق", "نهر", "وادي"},
	"he": {"איי", "אגם", "בקעת", "האגם", "הים", "הר", "הרי", "ים", "מדבר", "מיצר", "מפרץ", "נהר", "עמק", "תעלת"},
}

// semiticNames adds the names and places that the rules of this file
// find. It runs after places, so that a word the gazetteer knows is not
// taken for a demonym.
func (p *pipeline) semiticNames() {
	ws := p.words
	placed := p.taken[:0] // words in a place candidate already
	for range ws {
		placed = append(placed, false)
	}
	p.taken = placed
	for _, c := range p.cands {
		for i := c.first; i <= c.last; i++ {
			placed[i] = true
		}
	}
	lang := p.g.code
	ok := func(w *word) bool {
		return w.caseless && !w.is(inStop|inFragment|inTitle) && w.seg == SegWord
	}
	for i := range ws {
		w := &ws[i]
		if !ok(w) {
			continue
		}
		next := i+1 < len(ws) && !ws[i+1].tok.is(tPunct) && ok(&ws[i+1]) && !ws[i+1].is(inGeneric) && !p.looksLikeVerb(&ws[i+1])
		if next && !placed[i+1] {
			if cut, found := p.leadWord(w, nameOpeners[lang]); found {
				w.t0 += int32(cut)
				p.add(i, i+1, KindName)
				continue
			}
		}
		if next {
			if cut, found := p.leadWord(w, placeHeads[lang]); found {
				text := p.text(w)[cut:]
				art := p.semiticArticle()
				nextDef := definite(p.lower(&ws[i+1]), art)
				if (!definite(text, art) && string(text) != "ים" || nextDef) && !w.is(inGeneric) {
					// The tag is written from the words as the headline
					// has them, the proclitic off the head: the gazetteer
					// may have taken the article off the next (הירדן).
					// Hebrew ב ל כ swallow the article, which a
					// definite name gets back (לים הבלטי → הים_הבלטי).
					b0 := len(p.buf)
					if r, _ := utf8.DecodeRune(p.text(w)); lang == "he" && cut > 0 && nextDef && strings.ContainsRune("בלכ", r) {
						p.buf = append(p.buf, art...)
					}
					p.buf = append(p.buf, text...)
					p.buf = append(p.buf, '_')
					p.buf = append(p.buf, p.lower(&ws[i+1])...)
					p.add(i, i+1, KindPlace)
					c := &p.cands[len(p.cands)-1]
					c.b0, c.b1 = int32(b0), int32(len(p.buf))
					continue
				}
			}
		}
		if !placed[i] && !w.is(inGeneric) && !(quoteBefore(p.s, w.tok.start) && quoteAfter(p.s, w.tok.end)) {
			// (A word in quotes of its own is a name: "تركي" is Turki.)
			if b0, b1, found := p.demonym(w); found {
				p.add(i, i, KindPlace)
				c := &p.cands[len(p.cands)-1]
				c.b0, c.b1, c.bonus, c.shared = b0, b1, -0.5, true
				placed[i] = true
				continue
			}
		}
		// A person's name after a title: الرئيس أوباما, מר ריד. A
		// definite word after a title is its complement, and so is
		// any word after an office without the article: that is a
		// construct (وزير الخارجية, رئيس حزب, נשיא המדינה).
		if i > 0 && p.titleBefore(i) && !placed[i] && !w.is(inGeneric) &&
			!definite(p.text(w), p.semiticArticle()) && !p.looksLikeVerb(w) {
			p.add(i, i, KindName)
		}
	}
	p.semiticLabel(ok)
	p.quoted(ok, placed)
}

// leadWord reports whether w is one of list, itself or behind one
// proclitic letter (وأبو, לאגם), and how many bytes the proclitic takes.
func (p *pipeline) leadWord(w *word, list []string) (int, bool) {
	text := p.lower(w)
	for _, s := range list {
		if string(text) == s {
			return 0, true
		}
	}
	r, size := utf8.DecodeRune(text)
	if !strings.ContainsRune(procliticLetters[p.g.code], r) || r == 'ה' {
		return 0, false
	}
	for _, s := range list {
		if string(text[size:]) == s {
			return size, true
		}
	}
	return 0, false
}

// semiticLabel adds the two or three words before a colon that opens the
// headline as one name: in Arabic and Hebrew news that is the speaker
// (جون كيري: …, ضاحي خلفان: …).
func (p *pipeline) semiticLabel(ok func(*word) bool) {
	ws := p.words
	for end := 1; end <= 2 && end < len(ws); end++ {
		if ws[end].tok.is(tPunct) {
			return // the label, if any, has one word
		}
		if !ws[end].colon {
			continue
		}
		for i := 0; i <= end; i++ {
			if !ok(&ws[i]) || ws[i].is(inGeneric) || p.looksLikeVerb(&ws[i]) {
				return
			}
		}
		p.add(0, end, KindName)
		return
	}
}

// quoted adds two or three words in quotes (« », " ", “ ”) as one name or
// term: Arabic news quotes the names of clubs, events and campaigns
// ("أدبي جدة", «معركة النووي»). A longer quote is a quotation. The quotes
// say where the name starts and ends, so it ranks above a place inside it
// (أدبي_جدة, the literary club of Jeddah, not جدة).
func (p *pipeline) quoted(ok func(*word) bool, placed []bool) {
	ws := p.words
	for i := range ws {
		if !quoteBefore(p.s, ws[i].tok.start) || !ok(&ws[i]) {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+2; j++ {
			if ws[j].tok.is(tPunct) || !ok(&ws[j]) {
				break
			}
			if quoteAfter(p.s, ws[j].tok.end) {
				if !p.looksLikeVerb(&ws[i]) && !ws[j].is(inGeneric) {
					p.add(i, j, KindName)
					if slices.Contains(placed[i:j+1], true) {
						p.cands[len(p.cands)-1].bonus = bonusQuoted
					}
				}
				break
			}
			if quoteBefore(p.s, ws[j].tok.start) || quoteAfter(p.s, ws[j-1].tok.end) {
				break
			}
		}
	}
}

// quoteBefore reports whether an opening quote mark stands right before
// byte offset at of s.
func quoteBefore(s string, at int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:at])
	return r == '«' || r == '"' || r == '“' || r == '”'
}

// quoteAfter reports whether a closing quote mark stands right after byte
// offset at of s.
func quoteAfter(s string, at int) bool {
	r, _ := utf8.DecodeRuneInString(s[at:])
	return r == '»' || r == '"' || r == '”' || r == '“'
}

// finalForms are the Hebrew letters that take another form at the end of a
// word.
var finalForms = map[rune]rune{'כ': 'ך', 'מ': 'ם', 'נ': 'ן', 'פ': 'ף', 'צ': 'ץ'}

// demonym returns the place a demonym names, written to p.buf[b0:b1],
// if the gazetteer knows it: Arabic nisba adjectives and nouns in -ي, -ية,
// -يون, -يين, -يات, with or without the article (سودانية → السودان,
// الروسي → روسيا, السعودي → السعودية), Hebrew ones in -י, -ית, -יים,
// -יות, -ים (טורקי → טורקיה, יפני → יפן, מצרי → מצרים).
func (p *pipeline) demonym(w *word) (b0, b1 int32, found bool) {
	text := p.lower(w)
	gz := p.g.suggestLists().gaz
	// try looks up pre + stem + suf, stem's last letter in its final
	// form if final, and keeps the place in p.buf if the gazetteer
	// knows it.
	try := func(pre string, stem []byte, suf string, final bool) bool {
		key := append(p.key[:0], pre...)
		if r, size := utf8.DecodeLastRune(stem); final && finalForms[r] != 0 {
			key = append(key, stem[:len(stem)-size]...)
			key = utf8.AppendRune(key, finalForms[r])
		} else {
			key = append(key, stem...)
		}
		key = append(key, suf...)
		p.key = key
		if !gz.names[string(key)] {
			return false
		}
		at := len(p.buf)
		p.buf = append(p.buf, key...)
		b0, b1 = int32(at), int32(len(p.buf))
		return true
	}
	if p.g.code == "ar" {
		body := text
		if cut, _ := arabicArticle(text); cut > 0 {
			body = text[cut:]
		} else if bytes.HasPrefix(text, []byte("ال")) {
			body = text[len("ال"):]
		}
		stem := nisbaStem(body, arabicNisba)
		if stem == nil {
			return 0, 0, false
		}
		found = try("", stem, "", false) || try("", stem, "ا", false) || try("", stem, "يا", false) ||
			try("ال", stem, "", false) || try("ال", stem, "ية", false)
		return b0, b1, found
	}
	cuts, n := procliticCuts("he", text)
	for k := -1; k < n; k++ {
		body := text
		if k >= 0 {
			body = text[cuts[k]:]
		}
		stem := nisbaStem(body, hebrewNisba)
		if stem == nil {
			continue
		}
		if try("", stem, "", true) || try("", stem, "יה", false) || try("", stem, "ה", false) ||
			try("", stem, "ים", false) || try("ה", stem, "ים", false) {
			return b0, b1, true
		}
		if s, ok := bytes.CutSuffix(stem, []byte("א")); ok && (try("", s, "", true) || try("", s, "ה", false)) {
			return b0, b1, true // אמריקאי → אמריקה, ברזילאי → ברזיל
		}
	}
	return 0, 0, false
}

// The endings of demonyms, longest first.
var (
	arabicNisba = []string{"يين", "يون", "يات", "ية", "ي"}
	hebrewNisba = []string{"יים", "יות", "ית", "ים", "י"}
)

// nisbaStem returns body without the first of endings it ends with, when
// at least two letters are left, or nil.
func nisbaStem(body []byte, endings []string) []byte {
	for _, e := range endings {
		if len(body) > len(e) && string(body[len(body)-len(e):]) == e {
			if s := body[:len(body)-len(e)]; utf8.RuneCount(s) >= 2 {
				return s
			}
		}
	}
	return nil
}

// semiticPlace returns how many words from word i form a place name the
// gazetteer knows once the proclitics are off the first (لتركيا,
// וסנט פטרסבורג → סנט_פטרסבורג, للسعودية → السعودية), or 0; the first
// word's text then starts at the name.
func (p *pipeline) semiticPlace(i int) int {
	w := &p.words[i]
	gz := p.g.suggestLists().gaz
	text := p.lower(w)
	cuts, n := procliticCuts(p.g.code, text)
	for _, cut := range cuts[:n] {
		rest := text[cut:]
		if m := gz.match(p, i, rest, packIfShort(rest)); m > 0 {
			w.t0 += int32(cut)
			w.b0 = max(w.b0, w.t0)
			return m
		}
	}
	if base := p.base(w); p.g.code == "ar" && !bytes.Equal(base, p.text(w)) {
		if m := gz.match(p, i, base, packIfShort(base)); m > 0 {
			w.t0, w.t1 = w.b0, w.b1
			return m
		}
	}
	return 0
}

// honorifics are the Hebrew titles that stand before a name without the
// article: מר "Mr", גברת "Mrs", דר "Dr", פרופ "Prof".
var honorifics = []string{"גברת", "דר", "מר", "פרופ"}

// titleBefore reports whether word i follows a title that a person's
// name follows: one with the article (الرئيس, السيد, הנשיא), or an
// honorific.
func (p *pipeline) titleBefore(i int) bool {
	t := &p.words[i-1]
	if !t.is(inTitle) || p.words[i].tok.is(tPunct) {
		return false
	}
	text := p.lower(t)
	if definite(text, p.semiticArticle()) {
		return true
	}
	for _, h := range honorifics {
		if string(text) == h {
			return true
		}
	}
	return false
}

// hebrewConstruct reports whether head, a feminine noun in the construct
// state (its ה written ת: תנועת, ממשלת, משטרת), governs next, a name
// without the article (תנועת מאו, חברת אפל). Plurals in ות and
// adverbs and adjectives in ית are left out (תוצאות ניתוח, ראשית). A next word with an
// adjective's or a plural's ending is an adjective of an absolute noun
// that happens to end in ת (רשת פרטית), one that starts as "in", "to",
// "and", "that" or "the" is not the name itself.
func (p *pipeline) hebrewConstruct(head, next []byte) bool {
	if !bytes.HasSuffix(head, []byte("ת")) || bytes.HasSuffix(head, []byte("ות")) || bytes.HasSuffix(head, []byte("ית")) || utf8.RuneCount(head) < 4 || startsWithAny(head, "בלכשוה") || startsWithAny(next, "בלכשוה") {
		return false
	}
	for _, e := range []string{"י", "ית", "ים", "ות"} {
		if bytes.HasSuffix(next, []byte(e)) {
			return false
		}
	}
	return utf8.RuneCount(next) >= 2
}

// semiticPhrase ranks the phrase chunks just added for words i and i+1,
// and lets a place that is its second word be a tag beside it: a noun
// before a place is that place's institution (أمانة الأحساء, صحة القصيم),
// and both are tags an editor posts.
func (p *pipeline) semiticPhrase(i int) {
	p.cands[len(p.cands)-1].bonus = bonusSemiticPhrase
	for k := range p.cands {
		if c := &p.cands[k]; c.kind == KindPlace && c.first == i && c.last == i+1 {
			return // a place head's phrase (נהר האמזונס) is the place itself
		}
	}
	for k := range p.cands {
		if c := &p.cands[k]; c.kind == KindPlace && c.first == i+1 && c.last == i+1 {
			c.shared = true
		}
	}
}
