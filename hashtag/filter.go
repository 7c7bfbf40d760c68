package hashtag

import (
	"embed"
	"encoding/binary"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The filter stage: which words can be tags at all (stopwords,
// contractions, fragments: rules every style and Suggest share), and, for
// Suggest, which only when nothing better is there. The lists are plain text like the
// stopword lists, written for this project (generic/README.md):
// generic/<lang>.txt holds the generic words of news in a language (says,
// dead, new), generic/titles.txt the honorifics and titles of every
// language that stand beside names (Mr, President, さん).
//
//go:embed generic/*.txt
var genericFiles embed.FS

const titlesFile = "titles"

var genericLists = sync.OnceValue(func() map[string][]string { return readLists(genericFiles, "generic") })

// suggestLists are the sets a Generator's Suggest looks words up in, built
// on its first call.
type suggestLists struct {
	lex *lexicon // lexicon.go: the stopwords, generic words, titles, articles, connectors, first words of places
	gaz *gazetteer

	// The language's rows of the per-language tables (base.go,
	// grammar.go), looked up once rather than per word.
	verbEndings []string
	// verbLast holds the last byte of every verb ending: a word that
	// ends in another byte (most words) ends in no verb ending, which
	// one test of the word's last byte tells.
	verbLast     byteSet
	nameEndings  []string
	placeEndings [][2]string
	// placeAdjectiveEndings turn a place adjective before a noun into
	// the place (German Hamburger → Hamburg).
	placeAdjectiveEndings [][2]string
	proclitics            string
	// baseRules: baseForm (base.go) changes words in this language
	// that have no apostrophe too.
	baseRules bool
}

func (g *Generator) suggestLists() *suggestLists {
	g.listsOnce.Do(func() {
		l := new(suggestLists)
		l.gaz = g.gazetteer()
		words := map[string]wordLists{}
		addWords(words, &g.stop, inStop)
		for _, w := range genericLists()[g.baseLang()] {
			words[g.lowerString(w)] |= inGeneric
		}
		for _, w := range genericLists()[titlesFile] {
			words[g.lowerString(w)] |= inTitle
		}
		for _, w := range determiners[g.code] {
			words[w] |= inDeterminer
		}
		for _, w := range auxiliaries[g.code] {
			words[w] |= inAuxiliary
		}
		addWords(words, connectors(), inConnector)
		for w := range coordinators {
			words[w] |= inCoordinator
		}
		addWords(words, &l.gaz.first, inPlaceFirst)
		for w := range demonyms[g.code] {
			words[w] |= inDemonym
		}
		l.lex = newLexicon(words)
		l.verbEndings = verbEndings[g.code]
		for _, e := range l.verbEndings {
			if e != "" {
				l.verbLast.add(e[len(e)-1])
			}
		}
		l.nameEndings = nameEndings[g.code]
		l.placeEndings = placeEndings[g.code]
		l.placeAdjectiveEndings = placeAdjectiveEndings[g.code]
		l.proclitics = proclitics[g.code]
		l.baseRules = g.code == "tr" || g.code == "he" || g.code == "ar" || g.code == "am" || g.code == "ko"
		g.lists = l
	})
	return g.lists
}

// classify marks each word with the lists that hold it. tokenize has
// done so already, word by word, for a pipeline that has its lists
// (reset); what is left here needs the words around.
func (p *pipeline) classify() {
	g := p.g
	l := g.suggestLists()
	ws, base := p.words, !g.opts.AsWritten
	if !p.classified {
		for i := range ws {
			p.classifyWord(&ws[i], l)
		}
	}
	// A title joined by a hyphen needs a compound token; baseForm
	// (base.go) changes a word only after an apostrophe or in a language
	// with rules of its own. Most headlines need neither: no loop.
	if p.seen&(tCompound|tApos) != 0 || base && l.baseRules {
		titleJoined := false // the word before is a title that a hyphen joins to this one
		for i := range ws {
			w := &ws[i]
			if titleJoined {
				// A title's compound is a title (Secretary-General,
				// Governor-General): its second part names no one.
				w.lists |= inTitle
			}
			if base && (l.baseRules || w.tok.is(tApos)) {
				p.baseForm(w)
				// የሴቶች is ሴቶች ("women") under a proclitic: as generic.
				if g.code == "am" && w.b0 != w.t0 && !w.is(inGeneric) && l.lex.holds(p.base(w), inGeneric) {
					w.lists |= inGeneric
				}
			}
			titleJoined = w.hyphen && w.is(inTitle)
		}
	}
	if !g.opts.AsWritten && g.declines {
		// (Tested here, not only in declension's switch, so that the
		// other languages pay no call: it would cost an instruction
		// cache line for nothing.)
		p.declension() // declension.go: base forms that need the words around
	}
	if p.semitic() {
		p.semiticWords() // semitic.go: proclitics before stopwords and generic words
	}
}

// classifyWord marks w with the lists that hold it (l.lex) and as a
// stopword or fragment: what needs the word alone.
func (p *pipeline) classifyWord(w *word, l *suggestLists) {
	g := p.g
	text := p.text(w)
	// One lower-casing for every list; a word already in lower case
	// is its own key.
	var packed uint64 // the key packed once for every set (wordSet.hasShort)
	switch l0 := len(p.buf); {
	case w.tok.is(tASCII) && g.special == nil && len(text) <= 8:
		// What appendLower does to ASCII outside Turkish, to the
		// packed word at once (packed by the scanner already, if
		// plain).
		packed = p.lowerShortASCII(w)
	case w.tok.is(tASCII) && !textCased(w.tok):
		w.l0, w.l1 = w.t0, w.t1
	case w.tok.is(tASCII) && g.special == nil:
		p.lowerLongASCII(w) // the same for a longer word, by table
	default:
		p.buf = appendLower(g, p.buf, text)
		w.l0, w.l1 = int32(l0), int32(len(p.buf))
	}
	key := p.lower(w)
	if len(key) <= 8 && packed == 0 {
		packed = pack(key, false)
	}
	w.packed = packed
	// One lookup for every list; the bits other than inStop stand as
	// they are.
	var listed wordLists
	if l.lex.mayHold(key) {
		listed = l.lex.lookup(key, packed)
	}
	switch {
	// The stopword rule (isStopword) with the lexicon's stop bit.
	case w.seg == SegFunction || listed&inStop != 0 || w.tok.is(tApos) && g.contraction(p.s, w.tok):
		w.lists |= inStop
	case w.seg == SegNumber || !w.tok.is(tLetter) || !plainLetters(text, w.tok, packed) && fragment(text, w.tok, packed) || w.tok.is(tPunct) && mention(p.s, w.tok):
		// (A token the scanner found no letter in is a number, 4.25% or
		// 10,0AAAA alike.)
		w.lists |= inFragment
	}
	w.lists |= listed &^ inStop
}

// lowerShortASCII lower-cases w, an ASCII word of at most 8 bytes outside
// Turkish, as its packed bytes (packed by the scanner already, if plain:
// what appendLower does, at once), sets w.l0 and w.l1 and returns the
// packed key. A word in lower case is its own key in the headline.
func (p *pipeline) lowerShortASCII(w *word) uint64 {
	w.l0, w.l1 = w.t0, w.t1
	if ownShortKey(w) {
		return w.packed
	}
	packed := w.packed
	if packed == 0 { // a word the scanner's fast path did not take (Sie.)
		packed = pack(p.text(w), false)
	}
	packed = lowerPacked(packed)
	if textCased(w.tok) {
		p.appendShortKey(w, packed)
	}
	return packed
}

// textCased reports whether the text of t as a tag writes it may have a
// capital: the headline's own (tUpper), or a compound part's, which the
// tag capitalizes (same-sex → SameSex). A word whose text has none is its
// own lower-case key.
func textCased(t token) bool { return t.flags&(tUpper|tCompound) != 0 }

// appendShortKey writes packed, the key of w (at most 8 bytes,
// lower-cased), at the end of p.buf and points w.l0 and w.l1 at it. It
// inlines.
func (p *pipeline) appendShortKey(w *word, packed uint64) {
	p.buf = binary.BigEndian.AppendUint64(p.buf, packed)
	w.l1 = int32(len(p.buf))
	w.l0 = w.l1 - (w.t1 - w.t0)
}

// ownShortKey reports whether w, an ASCII word of at most 8 bytes, is
// its own key to lowerShortASCII as the scanner packed it (w.packed): it
// has no capital (tUpper). Most words are; a caller that knows w.l0 and
// w.l1 are set so pays no call.
func ownShortKey(w *word) bool { return w.packed != 0 && !textCased(w.tok) }

// lowerLongASCII writes w, an ASCII word outside Turkish, lower-cased by
// table at the end of p.buf, and points w.l0 and w.l1 at it.
func (p *pipeline) lowerLongASCII(w *word) {
	l0 := len(p.buf)
	p.buf = append(p.buf, p.text(w)...)
	key := p.buf[l0:]
	for i, c := range key {
		key[i] = asciiLower[c]
	}
	w.l0, w.l1 = int32(l0), int32(len(p.buf))
}

// classifyPlain is classifyWord for a plain ASCII word (letters and
// digits only, as the scanner's fast path finds most) outside Turkish
// (g.special), while tokenize adds it: its bytes packed by the scanner
// and the kinds of bytes it has (wb bits, scanner.seen) tell most of what
// classifyWord would find out again. w is a new word: it sets w.lists.
func (p *pipeline) classifyPlain(w *word, lex *lexicon, seen uint8) {
	n := int(w.t1 - w.t0)
	var listed wordLists
	w.l0, w.l1 = w.t0, w.t1
	if n <= 8 {
		packed := w.packed
		if !ownShortKey(w) {
			if packed != 0 {
				// A capitalized word the scanner packed (most of the
				// rest): lowerShortASCII's work, without the call.
				packed = lowerPacked(packed)
				p.appendShortKey(w, packed)
			} else {
				packed = p.lowerShortASCII(w)
			}
			w.packed = packed
		}
		// No (first byte, length) filter before the probe: nearly
		// every short word passes it (97 % of the English corpus's),
		// and a probe of the half-empty table ends as soon.
		listed = lex.lookupShort(packed)
	} else {
		w.packed = 0
		if textCased(w.tok) {
			p.lowerLongASCII(w)
		}
		if key := p.lower(w); lex.mayHold(key) {
			listed = lex.lookup(key, 0)
		}
	}
	// A stopword is no fragment. A plain word of two letters or more
	// without a digit is none either, nor a mention unless it follows
	// punctuation: fragment and mention need not read it. Those flags
	// are tested first, so that the stop bit (a third of the words, in
	// no order a branch predictor learns) is seldom tested at all.
	lists := listed
	if (w.tok.flags&(tLetter|tPunct) != tLetter || n == 1 || seen&wbDigit != 0) && listed&inStop == 0 {
		if !w.tok.is(tLetter) || (n == 1 || seen&wbDigit != 0) && fragment(p.text(w), w.tok, w.packed) || w.tok.is(tPunct) && mention(p.s, w.tok) {
			lists |= inFragment
		}
	}
	w.lists = lists
}

// packIfShort packs key when it has at most 8 bytes, for hasPacked.
func packIfShort(key []byte) uint64 {
	if len(key) <= 8 {
		return pack(key, false)
	}
	return 0
}

// hasPacked is has for a key that packed is the packing of, when the key
// is short enough to pack.
func hasPacked(s *wordSet, key []byte, packed uint64) bool {
	if s.n == 0 || len(key) > s.maxLen || len(key) < 64 && s.lens&(1<<len(key)) == 0 {
		return false
	}
	if len(key) <= 8 {
		// The (first byte, length) filter, which holds ASCII first bytes
		// only, turns most ASCII words away first.
		if key[0] < utf8.RuneSelf && s.first[key[0]]&(1<<len(key)) == 0 {
			return false
		}
		return s.hasShort(packed)
	}
	return hasLong(s, key, fnv1a(key), false)
}

// fragment reports whether a word is not one a tag can be made of: no
// letter, a lone letter of an alphabet (AT&T's T, Arabic ب), a number with
// a unit or suffix (3tn, 28ю, 1-3居), a letter and digits of which the
// letters are the smaller part (N20 is a code, G20 a name: both go unless
// written in capitals as a name, which the acronym rule then keeps).
// packed is the word's key packed, if it has at most 8 bytes, else 0.
func fragment(text []byte, t token, packed uint64) bool {
	if t.is(tASCII) && len(text) > 1 {
		// The commonest word: ASCII letters, no digit.
		if !asciiDigit(text, packed) {
			return false
		}
	}
	letters, digits, runes := 0, 0, 0
	var first rune
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRune(text[i:])
		if i == 0 {
			first = r
		}
		i += n
		runes++
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	switch {
	case letters == 0:
		return true
	case runes == 1:
		// One Han or Hangul character can be a word; one letter of an
		// alphabet cannot.
		return !unicode.Is(unicode.Han, first) && !unicode.Is(unicode.Hangul, first)
	case unicode.IsDigit(first) && letters <= 3:
		// 3tn, 28ю, 10km; but one digit and capitals name a
		// technology (5G, 3D), unless they are an amount (5M, 2B, 3K).
		return !(digits == 1 && runes <= 3 && t.is(tASCII) && upperASCII(text[1:]) && !(runes == 2 && strings.IndexByte("KMBT", text[1]) >= 0))
	case digits > 0 && letters == 1 && !t.is(tAllCaps):
		return true
	}
	return false
}

// plainLetters reports, inline, what most words are and fragment then
// says at length: 2 to 8 ASCII bytes, packed (as fragment's packed), and
// no digit among them. Such a word is no fragment.
func plainLetters(text []byte, t token, packed uint64) bool {
	return packed != 0 && uint(len(text)-2) <= 6 && t.flags&tASCII != 0 && atLeast(packed, '0')&^atLeast(packed, '9'+1) == 0
}

// asciiLower maps the ASCII capitals to small letters and every other
// byte to itself.
var asciiLower = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// runeLen is the length of b in code points.
func runeLen(b []byte) int { return utf8.RuneCount(b) }

// mention reports whether t is an @mention (@SeyitAldogan): it stays a
// mention in a post and is not made a tag. Only a word after punctuation
// (tPunct) can be one, since the scanner takes '@' and '＠' for
// punctuation: a caller tests that flag first, and most words pay no
// call.
func mention(s string, t token) bool {
	return t.start > 0 && (s[t.start-1] == '@' || t.start >= 3 && s[t.start-3:t.start] == "＠")
}

// upperASCII reports whether b is ASCII capital letters only.
func upperASCII(b []byte) bool {
	for _, c := range b {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return len(b) > 0
}

// singleCasedLetter reports whether b is one letter of a script with case.
// (One Han or Thai character can be a word; one Latin letter is not.) It
// inlines down to a length test for most words: only one byte, or two to
// four beyond ASCII, can be one letter.
func singleCasedLetter(b []byte) bool {
	return (len(b) == 1 || uint(len(b)-2) < utf8.UTFMax-1 && b[0] >= utf8.RuneSelf) && singleCasedRune(b)
}

// singleCasedRune is singleCasedLetter for b of 1 to 4 bytes.
func singleCasedRune(b []byte) bool {
	if b[0] < utf8.RuneSelf {
		return len(b) == 1 && asciiClass[b[0]] == clLetter
	}
	r, n := utf8.DecodeRune(b)
	return n == len(b) && (unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r))
}

// The stopword rule, of every style and of Suggest: a word is a stopword
// when its lower case in the language (appendLower) is on the language's
// list (plus Options.Stopwords), or when it is an English contraction of a
// stopword (I’ll, can’t). A word in capitals that KeepAcronyms keeps is
// the exception (keepsAcronym); compounds and phrases are never
// stopwords.

// isStopword reports whether the word t of s is a stopword; key is its
// text lower-cased (or as written, when it has no capital) and packed
// that key packed when it has at most 8 bytes (packIfShort).
func (g *Generator) isStopword(s string, t token, key []byte, packed uint64) bool {
	return hasPacked(&g.stop, key, packed) || t.is(tApos) && g.contraction(s, t)
}

// stopwordText is isStopword for text, the word t as a tag writes it.
func (g *Generator) stopwordText(s string, t token, text []byte) bool {
	key := text
	var buf [128]byte
	if t.is(tUpper) {
		key = nil // too long to be on the list
		if len(text) <= 2*g.stop.maxLen+4 {
			key = appendLower(g, buf[:0], text)
		}
	}
	return g.isStopword(s, t, key, packIfShort(key))
}

// isStopPlain is isStopword for a plain ASCII word w (letters and digits,
// so no contraction) whose ASCII lower case is its lower case in the
// language. k, unless 0, is w packed by plainWord (up to 8 bytes). The
// word set's filter on (first byte, length) is taken inline: it turns
// most content words away without a call.
func (g *Generator) isStopPlain(w string, k uint64) bool {
	// (first has a word's initial in both cases; past 63 bytes the shift
	// gives 0, and hasASCII looks up no word that long either.)
	return g.stop.first[w[0]]&(1<<len(w)) != 0 && g.stop.hasPlain(w, k)
}

// keepsAcronym reports whether a word in capitals (allCaps) stays a tag
// though it is a stopword (US, IT): with Options.KeepAcronyms, unless the
// whole headline is in capitals (shout).
func (g *Generator) keepsAcronym(allCaps, shout bool) bool {
	return g.opts.KeepAcronyms && allCaps && !shout
}

// tooShort reports whether a tag of so many code points is shorter than
// Options.MinLength.
func (g *Generator) tooShort(runes int) bool { return runes < g.opts.MinLength }

// contraction reports whether t is a stopword with a clitic: I’ll, we’d,
// who’s, can’t. A possessive of a content word (Islamabad’s) is not.
func (g *Generator) contraction(s string, t token) bool {
	for j := t.start; j < t.end; {
		_, n, cl := decodeAt(s, j)
		if cl == clApos {
			switch clitic := s[j+n : t.end]; {
			case len(clitic) <= 2 && (strings.EqualFold(clitic, "s") || strings.EqualFold(clitic, "ll") ||
				strings.EqualFold(clitic, "d") || strings.EqualFold(clitic, "re") || strings.EqualFold(clitic, "ve") ||
				strings.EqualFold(clitic, "m") || strings.EqualFold(clitic, "t")):
				return inSet(g, &g.stop, s[t.start:j])
			}
			return false
		}
		j += n
	}
	return false
}

// isStop reports whether text is a stopword.
func (g *Generator) isStop(text []byte) bool { return inSet(g, &g.stop, text) }

// inSet looks text up in set, lower-cased with the language's rules, without
// allocating: the key is built in a stack buffer.
func inSet[T string | []byte](g *Generator, set *wordSet, text T) bool {
	if len(text) > 2*set.maxLen+4 || set.n == 0 {
		return false
	}
	var buf [128]byte
	return has(set, appendLower(g, buf[:0], text))
}
