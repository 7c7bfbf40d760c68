package hashtag

import (
	"embed"
	"encoding/binary"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The filter stage of Suggest: which words can be tags at all, and which
// only when nothing better is there. The lists are plain text like the
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
	verbEndings  []string
	nameEndings  []string
	placeEndings [][2]string
	proclitics   string
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
		addWords(words, connectors(), inConnector)
		for w := range coordinators {
			words[w] |= inCoordinator
		}
		addWords(words, &l.gaz.first, inPlaceFirst)
		l.lex = newLexicon(words)
		l.verbEndings = verbEndings[g.code]
		l.nameEndings = nameEndings[g.code]
		l.placeEndings = placeEndings[g.code]
		l.proclitics = proclitics[g.code]
		g.lists = l
	})
	return g.lists
}

// classify marks each word with the lists that hold it.
func (p *pipeline) classify() {
	g := p.g
	l := g.suggestLists()
	ws, base := p.words, !g.opts.AsWritten
	for i := range ws {
		w := &ws[i]
		text := p.text(w)
		// One lower-casing for every list; a word already in lower case
		// is its own key.
		var packed uint64 // the key packed once for every set (wordSet.hasShort)
		switch l0 := len(p.buf); {
		case w.tok.is(tASCII) && g.special == nil && len(text) <= 8:
			// What appendLower does to ASCII outside Turkish, to the
			// packed word at once.
			packed = lowerPacked(pack(text, false))
			w.l0, w.l1 = w.t0, w.t1
			if w.tok.is(tUpper) {
				p.buf = binary.BigEndian.AppendUint64(p.buf, packed)
				w.l0, w.l1 = int32(len(p.buf)-len(text)), int32(len(p.buf))
			}
		case w.tok.flags&(tASCII|tUpper) == tASCII:
			w.l0, w.l1 = w.t0, w.t1
		case w.tok.is(tASCII) && g.special == nil:
			// The same for a longer word, by table.
			p.buf = append(p.buf, text...)
			key := p.buf[l0:]
			for i, c := range key {
				key[i] = asciiLower[c]
			}
			w.l0, w.l1 = int32(l0), int32(len(p.buf))
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
		case w.seg == SegFunction || listed&inStop != 0 || w.tok.is(tApos) && g.contraction(p.s, w.tok):
			w.lists |= inStop
		case w.seg == SegNumber || !w.tok.is(tLetter) || fragment(text, w.tok, packed):
			// (A token the scanner found no letter in is a number, 4.25% or
			// 10,0AAAA alike.)
			w.lists |= inFragment
		}
		w.lists |= listed &^ inStop
		if base {
			p.baseForm(w)
		}
	}
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
		return true // 3tn, 28ю, 10km
	case digits > 0 && letters == 1 && !t.is(tAllCaps):
		return true
	}
	return false
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
