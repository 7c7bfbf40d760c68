package hashtag

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The candidates stage of Suggest: every tag an editor might post, each a
// span of words with what made it a candidate. Ranking comes after.

// candidate is a possible tag: words[first:last+1] of the pipeline.
//
// Fields are ordered so that it packs into few bytes without padding:
// every candidate is written once and read by rank and render.
type candidate struct {
	first, last int // word indexes
	start, end  int // byte span in the headline
	kind        Kind
	score       float64 // set by rank
	bonus       float64 // added to the score by rank (a demonym ranks below its place; a compound that holds a name: cjk.go)
	b0, b1      int32   // if b1 > b0, the tag is pipeline.buf[b0:b1], not the words' text (a demonym's place)
	initial     bool    // a single capitalized word at a sentence start (its capital may be the sentence's)
	label       bool    // the headline's label: the words before a ':' that opens it
	joined      bool    // segments of one run of a spaceless script, written together as one word
	shared      bool    // its words stay free for other tags (الطائرة_الماليزية beside ماليزيا)
	listed      listing // a place's: whether only places/ has it, if known when it was found (rank: listedPlace)
}

// listing is what places knows, when it finds a place, of whether the
// name is one only places/ lists (rank ranks those below countries).
type listing uint8

const (
	listingAsk listing = iota // not known: rank looks the name up (listedPlace)
	listingNo
	listingYes
)

// candidates fills p.cands.
func (p *pipeline) candidates() {
	// German capitalizes every noun, which is not Title Case.
	german := p.g.code == "de" || p.g.code == "lb"
	p.title = p.shout || !german && p.titleCase()
	if p.g.code == "am" {
		p.amharicWords() // ethiopic.go
	}
	p.places()
	if p.semitic() {
		p.semiticNames() // semitic.go
	}
	switch lang := p.g.baseLang(); {
	case lang == "ko":
		// Particles glue to Korean words, so no stopword closes a phrase.
	case p.title:
		p.namesInTitleCase()
	case lang == "de" || lang == "lb":
		// Every noun has a capital: a run of them is not a name.
		p.namesGerman() // german.go: but an adjective's capital is a name's
	default:
		p.namesByCapitals()
	}
	if p.g.code != "ko" && (p.anyCaseless || p.semitic()) {
		// (A headline with no caseless word and outside Arabic and
		// Hebrew has no chunk: it pays no call.)
		p.chunks()
	}
	p.nounPhrases() // nounphrases.go: food crisis, salud mental
	switch p.g.code {
	case "th":
		p.thaiCandidates() // thai.go
	case "ja", "zh":
		p.cjkCandidates() // cjk.go
	}
	p.singles()
	switch p.g.code { // declension.go
	case "ru":
		p.russianAdjectiveNames()
	case "hi", "ur":
		p.indicNames()
	}
	p.labels()
}

// titleCase reports whether capitals carry no signal because nearly every
// content word has one (Title Case listicles, English-style headlines).
// tokenize counts the words as it adds them (p.tally), when it classifies
// them too; the count stands unless a later stage changes their lists,
// as semiticWords does (a proclitic before a stopword).
func (p *pipeline) titleCase() bool {
	if p.classified && !p.semitic() && len(p.s) <= titleTallyMax {
		return p.tally.titleCase()
	}
	return p.titleCaseWalk()
}

// titleCaseWalk is titleCase counted over p.words, classified.
func (p *pipeline) titleCaseWalk() bool {
	var c titleTally
	semitic := b2i(p.semitic())
	for i := range p.words {
		c.add(&p.words[i], semitic)
		// Settled before the end when even a capital on every word left
		// could not make up for the lower-case ones (most sentence-case
		// headlines, a few words in): lowered > 0 rules out the second
		// test, and capped at most capped+left the first.
		capped, lowered, _ := c.counts()
		if left := len(p.words) - 1 - i; 5*lowered > capped+left {
			return false
		}
	}
	return c.titleCase()
}

// titleTally counts a headline's words for titleCase's rule, in three
// fields of titleTallyBits: the content words with a capital, those in
// lower case, and the stopwords with a capital. A headline of at most
// titleTallyMax bytes has no more words than a field holds.
type titleTally uint64

const (
	titleTallyBits = 21
	titleTallyMax  = 1<<titleTallyBits - 1
)

// counts are the three counts.
func (c titleTally) counts() (capped, lowered, stops int) {
	return int(c & titleTallyMax), int(c >> titleTallyBits & titleTallyMax), int(c >> (2 * titleTallyBits))
}

// add counts w, classified; semitic is 1 in Arabic and Hebrew, else 0.
// What a word counts for is looked up by the bits of its flags and lists
// that titleWeight reads: this runs over every word of every headline
// (Suggest and Learn), and whether a word has a capital is as good as
// random to the processor, so no branch.
func (c *titleTally) add(w *word, semitic int) {
	// (The bits where titleWeights expects them: tCap, tLower and
	// tInitial at 0, 2 and 4 once shifted, inStop at 1, inFragment at 3,
	// an uncased word at 5.)
	i := uint(w.tok.flags>>4)&0x15 | uint(w.lists&inStop)<<1 | uint(w.lists&inFragment) | uint(b2i(w.caseless)&semitic)<<5
	*c += titleWeights[i]
}

// The bit positions titleTally.add assumes (a compile error otherwise).
var _ = [1]struct{}{}[tCap-1<<4+tLower-1<<6+tInitial-1<<8+tokFlags(inStop-1)+tokFlags(inFragment-1<<3)]

// titleWeights is titleWeight of each index of titleTally.add.
var titleWeights = func() (t [64]titleTally) {
	for i := range t {
		t[i] = titleWeight(i&1 != 0, i&2 != 0, i&4 != 0, i&8 != 0, i&16 != 0, i&32 != 0)
	}
	return t
}()

// titleWeight is what a word counts for in titleCase's rule: cap, lower
// and initial its tCap, tLower and tInitial flags, stop and fragment its
// lists; uncased, a word with no case in an Arabic or Hebrew headline.
func titleWeight(cap, stop, lower, fragment, initial, uncased bool) titleTally {
	counted := !fragment
	capital := cap && !initial
	content := counted && !stop
	var c titleTally
	// In an Arabic or Hebrew headline the Latin words with capitals are
	// names (MetroPlus): the headline's own words have no case and count
	// against Title Case.
	if content && !uncased && capital {
		c += 1 // capped
	}
	if content && (uncased || lower && !capital) {
		c += 1 << titleTallyBits // lowered
	}
	// What Does Your Outfit Say About You: a stopword with a capital
	// inside a sentence is Title Case too.
	if counted && stop && capital {
		c += 1 << (2 * titleTallyBits) // stops
	}
	return c
}

// titleCase is titleCase's answer from the count of every word.
func (c titleTally) titleCase() bool {
	capped, lowered, stops := c.counts()
	return titleCased(capped, lowered) || capped >= 2 && stops >= 2 && lowered == 0
}

// b2i is 1 for true and 0 for false; the compiler makes it a flag move,
// no branch.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (p *pipeline) add(first, last int, kind Kind) {
	// Written in place, as singles does: append would build the whole
	// candidate, mostly zeros, and copy it in.
	n := len(p.cands)
	if n == cap(p.cands) {
		p.cands = append(p.cands, candidate{})
	}
	p.cands = p.cands[:n+1]
	c := &p.cands[n]
	*c = candidate{}
	c.first, c.last, c.kind = first, last, kind
	c.start, c.end = p.words[first].tok.start, p.words[last].tok.end
}

// places adds the place names the gazetteer knows, also under Arabic and
// Hebrew proclitics (لتركيا, בלונדון).
func (p *pipeline) places() {
	l := p.lists // (reset's: no second pass through the Once)
	gz := l.gaz
	// Whether any rule below the gazetteer's own match applies in this
	// headline, settled once: in English only a possessive does
	// (Islamabad’s, New York’s), and a capitalized word the gazetteer does
	// not know pays no further call.
	inflected := l.placeEndings != nil || p.g.indic != nil || p.semitic() || l.proclitics != "" || p.g.code == "am" || p.seen&tApos != 0
	ws := p.words // (places adds no word: the slice is read once)
	for i := 0; i < len(ws); i++ {
		w := &ws[i]
		if !inflected && !w.is(inPlaceFirst|inDemonym) && !w.declined {
			// No rule below applies to the word: it opens no name the
			// gazetteer knows, and no ending is taken off. (Tested first:
			// it turns most words away, and which words have a capital,
			// tested next, is as good as random to the processor.)
			continue
		}
		if w.is(inStop|inFragment) || !w.caseless && !w.tok.is(tCap|tAllCaps|tInnerCap) {
			continue // in a script with case, a place name has its capital
		}
		// classify has looked the word up among the first words of
		// names (inPlaceFirst): most words stop there, with no call.
		n, from := 0, placeSource(0)
		if w.is(inPlaceFirst) {
			n, from = gz.longest(p, i, p.lower(w))
		}
		if n > 0 {
			if p.g.code == "am" {
				last := &ws[i+n-1]
				last.b0, last.b1 = last.t0, last.t1 // በርሊን is a name, not በ + ርሊን
			}
			p.add(i, i+n-1, KindPlace)
			p.cands[len(p.cands)-1].listed = p.listingOf(i, n, from)
			i += n - 1
			continue
		}
		if p.g.opts.AsWritten {
			continue
		}
		if w.is(inDemonym) && p.listedDemonym(i) {
			p.add(i, i, KindPlace) // Australian government → Australia
			// It ranks as a city does, with the names beside it, not
			// over them as a country named does: the person is the
			// story (Turkish writer Orhan Pamuk).
			p.cands[len(p.cands)-1].listed = listingYes
			continue
		}
		if w.declined { // declinedPlace looks at no other word
			if n := p.declinedPlace(i); n > 0 {
				p.add(i, i+n-1, KindPlace) // της Νότιας Αμερικής
				i += n - 1
				continue
			}
		}
		if !inflected {
			continue
		}
		if n := p.inflectedPlace(i); n > 0 {
			p.add(i, i+n-1, KindPlace) // Пакистане, Berlins, New Yorker Gouverneur
			i += n - 1
			continue
		}
		if p.demonymPlace(w) {
			p.add(i, i, KindPlace)
			continue
		}
		if p.semitic() {
			if n := p.semiticPlace(i); n > 0 {
				p.add(i, i+n-1, KindPlace)
				i += n - 1
			}
			continue
		}
		if cut := withoutProclitic(p.g.lists.proclitics, p.text(w)); cut > 0 {
			if n := gz.match(p, i, p.lower(w)[cut:], packIfShort(p.lower(w)[cut:])); n > 0 {
				w.t0 += int32(cut) // לונדון, not בלונדון, in the name
				w.b0 = max(w.b0, w.t0)
				p.add(i, i+n-1, KindPlace)
				i += n - 1
				continue
			}
		}
		if p.g.code == "am" && p.amharicPlace(w) { // ethiopic.go
			p.add(i, i, KindPlace)
		}
	}
}

// listingOf is, for the place of n words from p.words[i] that the
// gazetteer matched as they are written, what rank's listedPlace would
// answer, told by the match (from) rather than by a second lookup. Where
// the answer could differ (listedPlace keys a name by its words' base
// forms; later stages give a word of Russian, Hindi, Urdu, Amharic or a
// Semitic language a new one) it is left to listedPlace.
func (p *pipeline) listingOf(i, n int, from placeSource) listing {
	if p.words[i].caseless {
		return listingNo // (listedPlace's answer for a name without case)
	}
	switch g := p.g; {
	case g.semitic, g.code == "ru", g.code == "hi", g.code == "ur", g.code == "am":
		return listingAsk
	}
	for k := i; k < i+n; k++ {
		if w := &p.words[k]; w.b0 != w.t0 || w.b1 != w.t1 {
			return listingAsk // a base form: the key would not be the match's
		}
	}
	if from&fromList != 0 {
		return listingYes
	}
	return listingNo
}

// inflectedPlace returns how many words from p.words[i] name a place
// whose last word has a case ending (placeEndings: Пакистане → Пакистан,
// Deutschlands → Deutschland, New Yorks → New York) or, before a noun, a
// place adjective's ending (placeAdjectiveEndings: Hamburger Künstlerin →
// Hamburg, New Yorker Gouverneur → New York), the longest such name, or 0.
// It makes that last word its base form. The rewrite is sure only because
// the result must be a name the gazetteer knows.
func (p *pipeline) inflectedPlace(i int) int {
	first := &p.words[i]
	if !first.tok.is(tCap) {
		return 0 // in a script with case a place name opens with a capital
	}
	l := p.g.lists
	gz := l.gaz
	opens := hasPacked(&gz.first, p.lower(first), first.packed) // a name of several words may start here
	best, b0, b1 := 0, int32(0), int32(0)
	for n := 1; n <= gz.maxWords && i+n <= len(p.words); n++ {
		last := &p.words[i+n-1]
		if n > 1 && (!opens || last.tok.is(tPunct)) {
			break
		}
		if !last.tok.is(tCap) {
			continue // Rio de Janeiros: a connector inside the name
		}
		beforeNoun := i+n < len(p.words) && p.words[i+n].tok.is(tCap) && !p.words[i+n].tok.is(tPunct)
		if last.tok.is(tApos) && (last.b0 != last.t0 || last.b1 != last.t1) {
			// A possessive or case ending after an apostrophe, which
			// baseForm took off (Islamabad’s, New York’s, İzmir’de).
			if p.placeKey(i, n, p.base(last)) {
				best, b0, b1 = n, last.b0, last.b1
			}
			continue
		}
		if s0, s1, ok := p.placeBase(i, n, l.placeEndings); ok {
			best, b0, b1 = n, s0, s1
		} else if beforeNoun {
			if s0, s1, ok := p.placeBase(i, n, l.placeAdjectiveEndings); ok {
				best, b0, b1 = n, s0, s1
			}
		}
	}
	if best > 0 {
		w := &p.words[i+best-1]
		w.b0, w.b1 = b0, b1
	}
	return best
}

// placeBase reports whether the n words from p.words[i], their last word
// with one of ends rewritten, are a place name, and where in p.buf that
// last word's base form is.
func (p *pipeline) placeBase(i, n int, ends [][2]string) (b0, b1 int32, ok bool) {
	text := p.text(&p.words[i+n-1])
	for _, e := range ends {
		if len(text) <= len(e[0])+2 || string(text[len(text)-len(e[0]):]) != e[0] {
			continue
		}
		start := len(p.buf)
		p.buf = append(p.buf, text[:len(text)-len(e[0])]...)
		p.buf = append(p.buf, e[1]...)
		if p.placeKey(i, n, p.buf[start:]) {
			return int32(start), int32(len(p.buf)), true
		}
		p.buf = p.buf[:start]
	}
	return 0, 0, false
}

// placeKey reports whether the n words from p.words[i], the last one
// written as last, are a place name the gazetteer knows.
func (p *pipeline) placeKey(i, n int, last []byte) bool {
	key := p.key[:0]
	for k := i; k < i+n-1; k++ {
		key = append(key, p.lower(&p.words[k])...)
		key = append(key, ' ')
	}
	key = appendLower(p.g, key, last)
	p.key = key
	return p.g.lists.gaz.names[string(key)]
}

// capital reports whether w can be part of a name written with capitals.
func (p *pipeline) capital(w *word) bool {
	return w.tok.is(tCap|tInnerCap) && !w.is(inStop|inFragment|inTitle) && !w.caseless
}

// connector reports whether w is a lower-case word that may stand inside a
// name (Board of Peace, Rio de Janeiro).
func (p *pipeline) connector(w *word) bool {
	return w.tok.is(tLower) && !w.tok.is(tCap) && w.is(inConnector)
}

// namesByCapitals adds runs of capitalized words, as the Phrases style
// finds them (phrases.go), as names.
func (p *pipeline) namesByCapitals() {
	ws := p.words
	for i := 0; i < len(ws); {
		if !p.capital(&ws[i]) {
			i++
			continue
		}
		end, conns := i, 0
		for j := i + 1; j < len(ws) && !ws[end].tok.is(tApos); j++ {
			u := &ws[j]
			if u.tok.is(tPunct | tInitial) {
				break
			}
			if p.capital(u) {
				end, conns = j, 0
				continue
			}
			if p.connector(u) && u.is(inCoordinator) {
				// "Obama and Romney" are two tags; the rare name with
				// "and" inside (Trinidad and Tobago) is the gazetteer's.
				break
			}
			if p.connector(u) && conns < 2 {
				conns++
				continue
			}
			break
		}
		// A sentence's first word, if generic, is not part of the name
		// after it (Dozens Dead in …).
		first := i
		if ws[i].tok.is(tInitial) && end > i && (ws[i].is(inGeneric) && ws[i+1].is(inGeneric) || p.connector(&ws[i+1]) && p.afterDeterminer(i+2)) {
			// "Deniegan el B1": a sentence's first word before an article
			// is a verb or the like, not the start of a name ("Board of
			// Peace" is one).
			first = i + 1
			for first < end && p.connector(&ws[first]) {
				first++
			}
		}
		if end > first {
			p.add(first, end, KindName)
		}
		i = end + 1
	}
}

// namesInTitleCase finds names where every word has a capital: runs of two
// or three capitalized words that no stopword, generic word or punctuation
// breaks, and whose last word is not an English verb form (Julianne Moore
// Cries In Times Square → Julianne Moore, Times Square).
func (p *pipeline) namesInTitleCase() {
	ws := p.words
	ok := func(w *word) bool {
		return (w.tok.is(tCap) || p.shout && w.tok.is(tAllCaps)) && !w.is(inStop|inFragment|inGeneric|inTitle) && !w.caseless &&
			!(p.g.english && adverb(p.lower(w)))
	}
	for i := 0; i < len(ws); {
		// A generic word may open a name when a name word follows (New
		// York, Times Square), never stand for one.
		if !ok(&ws[i]) && !(ws[i].is(inGeneric) && ws[i].tok.is(tCap) && !ws[i].is(inStop) && i+1 < len(ws) && ok(&ws[i+1]) && !ws[i+1].tok.is(tPunct)) ||
			p.g.english && i > 0 && !ws[i].tok.is(tApos|tPunct) && !ws[i-1].is(inStop) && verbForm(p.text(&ws[i])) ||
			p.afterAuxiliary(i) {
			i++ // nor does a verb after its subject (Rihanna Looks …) or after will, can (Will Test …) start one; after "In", Times is a name's
			continue
		}
		end := i
		for j := i + 1; j < len(ws) && ok(&ws[j]) && !ws[j].tok.is(tPunct|tInitial) && !ws[end].tok.is(tApos); j++ {
			if p.g.english && !ws[j].tok.is(tApos) && (verbForm(p.text(&ws[j])) || adverb(p.lower(&ws[j]))) {
				break
			}
			end = j
		}
		if n := end - i + 1; n == 2 || n == 3 {
			p.add(i, end, KindName)
		}
		i = end + 1
	}
}

// adverb reports whether an English word ends as adverbs in -ly do
// (Actually, Totally, Seriously, Recently, Unknowingly, Incredibly): in
// Title Case it is no part of a name. Names in -ly (Italy, Kelly, Sally)
// are shorter or end otherwise.
func adverb(lower []byte) bool {
	// Every ending below ends in "ly": most words are out after two byte
	// compares. Endings are compared in place, with no string made of the
	// word (string(lower) passed to strings.HasSuffix was a copy).
	n := len(lower)
	if n < 7 || string(lower[n-2:]) != "ly" { // (one compare of two bytes)
		return false
	}
	for _, e := range [...]string{"ally", "ully", "tely", "ously", "ctly", "ntly", "dly", "ssly", "ngly", "ibly", "ably"} {
		if string(lower[n-len(e):]) == e {
			return true
		}
	}
	return false
}

// verbForm reports whether an English word looks inflected as a verb
// (cries, pressed, making): such a word ends a name in a Title Case
// headline. Words of five letters or more ending in -ed or -ing, and of
// four or more ending in -s but not -ss, -us, -is, -as or -os: no English
// verb ends so; many names do (Lewis, Texas, Carlos).
func verbForm(text []byte) bool {
	// Told by the last byte first: most words end otherwise, and pay
	// one compare.
	n := len(text)
	if n <= 3 {
		return false
	}
	switch text[n-1] {
	case 'd':
		return n > 4 && text[n-2] == 'e'
	case 'g':
		return n > 4 && text[n-2] == 'n' && text[n-3] == 'i'
	case 's':
		switch text[n-2] {
		case 's', 'u', 'i', 'a', 'o':
			return false
		}
		return true
	}
	return false
}

// chunks adds, in scripts without case, phrases of two content words
// that no capital can mark: in Arabic and Hebrew a noun followed by a
// definite word (construct state or noun and adjective: مجلس النواب,
// المقاومة الشعبية, שפעת העופות); elsewhere (Hindi, Urdu, Amharic), two
// content words that a postposition, punctuation or the end of the
// headline closes (दिल्ली पुलिस, फ़ضائی حملوں کی).
func (p *pipeline) chunks() {
	ws := p.words
	content := func(w *word) bool {
		return w.caseless && !w.is(inStop|inFragment|inGeneric|inTitle) && w.seg == SegWord && spacelessScript(p.s[w.tok.start:w.tok.end]) == ""
	}
	// (candidates calls this only where some word is caseless or the
	// language is Semitic: else no word is content, below, and there
	// is no Semitic generic head either.)
	semitic := p.semitic()
	for i := 0; i+1 < len(ws); i++ {
		a, b := &ws[i], &ws[i+1]
		if !a.caseless && !semitic {
			continue // not content(a), and no Semitic generic head: the test below in short
		}
		if !content(a) && !(semitic && p.semiticGenericHead(a, b)) || !content(b) || b.tok.is(tPunct) || p.looksLikeVerb(b) || a.is(inVerb) || b.is(inVerb) {
			continue
		}
		head := p.text(a)
		switch p.g.code {
		case "ar", "he":
			if !p.semiticChunk(i) { // semitic.go
				continue
			}
		case "fa":
			// The head carries no preposition (لعبور) and is no verb in
			// the imperfect (يبايع).
			if !definite(p.text(b), "ال") || startsWithAny(head, "بلكي") {
				continue
			}
		case "hi", "ur":
			if !p.closesPhrase(i + 2) {
				continue // a clause, or a noun a light verb takes (स्टोर कर)
			}
			// Three content words that nothing else touches are one name
			// (भोपाल गैस कांड में).
			if i > 0 && !a.tok.is(tPunct) && content(&ws[i-1]) && !p.looksLikeVerb(&ws[i-1]) && (i == 1 || ws[i-1].tok.is(tPunct) || ws[i-2].is(inStop|inGeneric)) {
				p.add(i-1, i+1, KindPhrase)
			}
		default:
			if i+2 < len(ws) && !ws[i+2].tok.is(tPunct) && !ws[i+2].is(inStop) {
				continue // the phrase goes on: a clause, not a name
			}
		}
		p.add(i, i+1, KindPhrase)
		if p.semitic() {
			p.semiticPhrase(i)
		}
	}
}

// startsWithAny reports whether w starts with one of the runes of set.
func startsWithAny(w []byte, set string) bool {
	r, _ := utf8.DecodeRune(w)
	return strings.ContainsRune(set, r)
}

// definite reports whether w starts with the article and has a word after
// it.
func definite(w []byte, article string) bool {
	return len(w) > len(article)+2 && string(w[:len(article)]) == article
}

// coordinated reports whether word i is joined by "and" to a name after
// it (Obama and Romney …): then its capital is a name's too.
func (p *pipeline) coordinated(i int) bool {
	if i+2 >= len(p.words) {
		return false
	}
	and, next := &p.words[i+1], &p.words[i+2]
	return p.connector(and) && and.is(inCoordinator) && !and.tok.is(tPunct) && !next.tok.is(tPunct) && p.capital(next)
}

// singles adds every word that can be a tag on its own.
func (p *pipeline) singles() {
	lang := p.g.baseLang()
	german, korean := lang == "de" || lang == "lb", lang == "ko" // settled once, not per word
	// Room for a candidate a word, made once: each is then written in
	// place, field by field, rather than built whole and copied in by
	// append (72 bytes a word, most of them zeros already).
	// (The slice is kept here and stored once, after the loop.)
	cands := slices.Grow(p.cands, len(p.words))
	ws := p.words
	for i := range ws {
		w := &ws[i]
		if w.is(inStop | inFragment) {
			continue
		}
		kind := KindTopic
		switch {
		case w.is(inGeneric|inTitle|inVerb) || w.seg == SegVerb:
			kind = KindGeneric
		case w.seg != SegWord && segKinds[w.seg] != 0:
			// (One test for the words no Segmenter's dictionary
			// named: most, and all where there is no Segmenter.)
			kind = segKinds[w.seg]
		case w.tok.is(tAllCaps) && !p.shout && runeLen(p.text(w)) <= 6:
			kind = KindAcronym
		case w.tok.is(tCap|tInnerCap) && !p.title && !german:
			kind = KindName // German capitalizes every noun
		case p.compoundNameDe(w):
			kind = KindName // … but hyphenates after a name (VW-Tarifverhandlungen)
		case w.tok.is(tLower) && w.tok.is(tUpper) && !p.shout:
			kind = KindName // iPhone, eBay: a brand
		case korean && koreanName(p.base(w)):
			kind = KindName
		}
		if w.tok.is(tCompound) && kind == KindTopic {
			kind = KindCompound
		}
		// (add, with w at hand.) A sentence's first word may be a name
		// all the same: a possessive (Apple’s), a surname, one of two
		// names joined by "and".
		n := len(cands)
		cands = cands[:n+1]
		c := &cands[n]
		*c = candidate{}
		c.first, c.last, c.start, c.end, c.kind = i, i, w.tok.start, w.tok.end, kind
		c.initial = w.tok.is(tInitial) && kind == KindName && !w.tok.is(tInnerCap|tApos) && !w.hyphen && !p.surname(w) && !p.coordinated(i)
	}
	p.cands = cands
}

// segKinds gives the kind of candidate a word is by what a Segmenter's
// dictionary said of it, or 0 (KindWord) where that says nothing. One
// entry for every SegmentKind, a uint8: a Segmenter of another package
// may return a kind this one does not know, which says nothing either
// (and the index needs no bounds check).
var segKinds = [256]Kind{SegName: KindName, SegProper: KindName, SegPlace: KindPlace, SegOrg: KindOrganization, SegVerb: 0}

// labelWords is the most words a label has.
const labelWords = 4

// labels marks the candidates that make up the label of a "Topic: …"
// headline (Emploi : comment rédiger un CV efficace ?).
func (p *pipeline) labels() {
	end := -1
	ws := p.words[:min(labelWords, len(p.words))]
	for i := range ws {
		w := &ws[i]
		if w.colon {
			end = i
			break
		}
		if i > 0 && w.tok.is(tPunct) {
			break
		}
	}
	if end < 0 {
		return
	}
	p.eventYear(end)
	named := false
	for k := range p.cands {
		if c := &p.cands[k]; c.last <= end {
			c.label = true
			named = named || c.kind == KindPlace || c.kind == KindAcronym || c.kind == KindOrganization || c.kind == KindName && !c.initial
		}
	}
	if !named {
		return
	}
	// A label that names someone or something is about it: a
	// lower-case word beside the name says what happened to it
	// (İş Bankası’ndan AKP’ye yalanlama:, Osun PDP primaries:).
	for k := range p.cands {
		if c := &p.cands[k]; c.label && p.words[c.first].tok.is(tLower) && !p.words[c.first].caseless {
			c.label = false
		}
	}
}
