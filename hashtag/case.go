package hashtag

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The language's case rules, part of normalization: lower case (the key
// the word lists are looked up by), title case, and the case folding that
// tells duplicates apart. Turkish and Azeri dotted and dotless i, Greek
// final sigma.

// foldRune maps r to a representative of the runes equalFold treats as
// equal to it: the smallest rune of its case-folding orbit, with the
// Turkish dotted and dotless i put in the orbit of i.
func (g *Generator) foldRune(r rune) rune {
	if r < 0x800 {
		return rune(fold2[r])
	}
	return computeFold(r)
}

// fold2 holds foldRune for the runes of one and two UTF-8 bytes (Latin,
// Greek, Cyrillic, Hebrew, Arabic): their SimpleFold orbits, walked for
// every fingerprint and comparison, were a tenth of the time on those
// scripts.
var fold2 = func() (t [0x800]uint16) {
	for r := range rune(len(t)) {
		t[r] = uint16(computeFold(r))
	}
	return t
}()

// lower2 holds unicode.ToLower for the runes of one and two UTF-8 bytes;
// there, Turkish casing differs only for I, İ and ı, which are not looked
// up in it.
var lower2 = func() (t [0x800]uint16) {
	for r := range rune(len(t)) {
		t[r] = uint16(unicode.ToLower(r))
	}
	return t
}()

func computeFold(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	if r == 'ı' || r == 'İ' {
		return 'I'
	}
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}

// foldHash hashes text by its foldRune representatives, so that texts
// equalFold treats as equal hash alike.
func (g *Generator) foldHash(text []byte) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(text[i:])
		}
		h = (h ^ uint64(g.foldRune(r))) * 1099511628211
		i += n
	}
	return h
}

// equalFold compares two tag texts case-insensitively: runes are the same
// if they lower-case alike in the language (İl, il) or are simple case
// folds of each other (Σ, σ, ς).
func (g *Generator) equalFold(a, b []byte, ascii bool) bool {
	if ascii {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			x, y := a[i], b[i]
			if x != y && (x|0x20 != y|0x20 || x|0x20 < 'a' || x|0x20 > 'z') {
				return false
			}
		}
		return true
	}
	for len(a) > 0 && len(b) > 0 {
		r, n := utf8.DecodeRune(a)
		q, m := utf8.DecodeRune(b)
		a, b = a[n:], b[m:]
		if r == q {
			continue
		}
		// Runes equal by the rules below always have the same foldRune
		// (that is what makes the fingerprint and foldHash sound), so
		// most unequal texts are told apart here, by table.
		if g.foldRune(r) != g.foldRune(q) {
			return false
		}
		if g.toLower(r) == g.toLower(q) || unicode.ToLower(r) == unicode.ToLower(q) {
			continue
		}
		f := unicode.SimpleFold(r)
		for f != r && f != q {
			f = unicode.SimpleFold(f)
		}
		if f != q {
			return false
		}
	}
	return len(a) == 0 && len(b) == 0
}

func (g *Generator) toTitle(r rune) rune {
	if g.special != nil {
		return g.special.ToTitle(r)
	}
	return unicode.ToTitle(r)
}

func (g *Generator) toLower(r rune) rune {
	if g.special != nil {
		return g.special.ToLower(r)
	}
	return unicode.ToLower(r)
}

// appendLower appends text lower-cased with the language's rules (the
// form the word sets hold) to dst.
func appendLower[T string | []byte](g *Generator, k []byte, text T) []byte {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && (c != 'I' || g.special == nil) {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			k = append(k, c)
			i++
			continue
		}
		if c0 := text[i]; c0&0xe0 == 0xc0 && i+1 < len(text) && text[i+1]&0xc0 == 0x80 && c0 >= 0xc2 {
			// Two bytes (Cyrillic, Greek, Arabic, Latin with marks): by
			// table, except the Turkish İ and ı.
			if r := rune(c0&0x1f)<<6 | rune(text[i+1]&0x3f); r != 'İ' && r != 'ı' || g.special == nil {
				k = utf8.AppendRune(k, rune(lower2[r]))
				i += 2
				continue
			}
		}
		r, n := utf8.DecodeRune([]byte(text[i:min(i+utf8.UTFMax, len(text))]))
		k = utf8.AppendRune(k, g.toLower(r))
		i += n
	}
	if g.greek && len(k) >= 2 && k[len(k)-2] == 0xcf && k[len(k)-1] == 0x83 { // σ
		k[len(k)-1] = 0x82 // ς
	}
	return k
}

// withoutTonos returns w without the Greek accent (U+0301 after NFD),
// recomposed.
func withoutTonos(w string) string {
	d := norm.NFD.String(w)
	if !strings.ContainsRune(d, '\u0301') {
		return w
	}
	return norm.NFC.String(strings.ReplaceAll(d, "\u0301", ""))
}

// lowerString lower-cases a stopword the way inSet lower-cases keys.
func (g *Generator) lowerString(w string) string {
	b := make([]byte, 0, len(w))
	for _, r := range w {
		b = utf8.AppendRune(b, g.toLower(r))
	}
	if g.greek && bytes.HasSuffix(b, []byte("σ")) {
		b = append(b[:len(b)-len("σ")], "ς"...)
	}
	return string(b)
}
