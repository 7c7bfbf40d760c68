package hashtag

import (
	"embed"
	"strings"
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
	generic     wordSet
	titles      wordSet
	determiners wordSet // grammar.go
	gaz         *gazetteer

	// The language's rows of the per-language tables (base.go,
	// grammar.go), looked up once rather than per word.
	verbEndings  []string
	nameEndings  []string
	placeEndings [][2]string
	// placeAdjectiveEndings turn a place adjective before a noun into
	// the place (German Hamburger → Hamburg).
	placeAdjectiveEndings [][2]string
	proclitics            string
}

func (g *Generator) suggestLists() *suggestLists {
	g.listsOnce.Do(func() {
		l := new(suggestLists)
		for _, w := range genericLists()[g.baseLang()] {
			l.generic.add(g.lowerString(w))
		}
		for _, w := range genericLists()[titlesFile] {
			l.titles.add(g.lowerString(w))
		}
		for _, w := range determiners[g.code] {
			l.determiners.add(w)
		}
		l.gaz = g.gazetteer()
		l.verbEndings = verbEndings[g.code]
		l.nameEndings = nameEndings[g.code]
		l.placeEndings = placeEndings[g.code]
		l.placeAdjectiveEndings = placeAdjectiveEndings[g.code]
		l.proclitics = proclitics[g.code]
		g.lists = l
	})
	return g.lists
}

// classify marks each word with the lists that hold it.
func (p *pipeline) classify() {
	g := p.g
	l := g.suggestLists()
	for i := range p.words {
		w := &p.words[i]
		text := p.text(w)
		// One lower-casing for every list; a word already in lower case
		// is its own key.
		if w.tok.flags&(tASCII|tUpper) == tASCII {
			w.l0, w.l1 = w.t0, w.t1
		} else {
			l0 := len(p.buf)
			p.buf = appendLower(g, p.buf, text)
			w.l0, w.l1 = int32(l0), int32(len(p.buf))
		}
		key := p.lower(w)
		var packed uint64 // the key packed once for every set (wordSet.hasShort)
		if len(key) <= 8 {
			packed = pack(key, false)
		}
		w.packed = packed
		switch {
		case w.seg == SegFunction || hasPacked(&g.stop, key, packed) || w.tok.is(tApos) && g.contraction(p.s, w.tok):
			w.lists |= inStop
		case w.seg == SegNumber || !w.tok.is(tLetter) || fragment(text, w.tok) || mention(p.s, w.tok):
			// (A token the scanner found no letter in is a number, 4.25% or
			// 10,0AAAA alike.)
			w.lists |= inFragment
		}
		if hasPacked(&l.generic, key, packed) {
			w.lists |= inGeneric
		}
		if hasPacked(&l.titles, key, packed) {
			w.lists |= inTitle
		}
		if !g.opts.AsWritten {
			p.baseForm(w)
			// የሴቶች is ሴቶች ("women") under a proclitic: as generic.
			if g.code == "am" && w.b0 != w.t0 && !w.is(inGeneric) && has(&l.generic, p.base(w)) {
				w.lists |= inGeneric
			}
		}
	}
	if !g.opts.AsWritten {
		p.declension() // declension.go: base forms that need the words around
	}
	if p.semitic() {
		p.semiticWords() // semitic.go: proclitics before stopwords and generic words
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
func fragment(text []byte, t token) bool {
	if t.is(tASCII) && len(text) > 1 {
		// The commonest word: ASCII letters, no digit.
		digit := false
		for _, c := range text {
			digit = digit || '0' <= c && c <= '9'
		}
		if !digit {
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

// runeLen is the length of b in code points.
func runeLen(b []byte) int { return utf8.RuneCount(b) }

// mention reports whether t is an @mention (@SeyitAldogan): it stays a
// mention in a post and is not made a tag.
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
