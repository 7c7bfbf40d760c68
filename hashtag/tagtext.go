package hashtag

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// How a token becomes tag text, for every style and for Suggest: removed
// characters dropped, compound parts in CamelCase (or joined with '_'
// where the script has no case), then Case and FoldDiacritics.

// recase applies FoldDiacritics and Case to dst[start:].
func (e *emitter) recase(dst []byte, start int, ascii bool) []byte {
	g := e.g
	if g.opts.FoldDiacritics && !ascii {
		sc := e.scratch()
		dst, sc.tmp, sc.out = foldTail(dst, start, sc.tmp, sc.out, &sc.iter)
		ascii = isASCII(dst[start:])
	}
	switch g.opts.Case {
	case CaseLower:
		if ascii && g.asciiCase {
			for i := start; i < len(dst); i++ {
				if c := dst[i]; 'A' <= c && c <= 'Z' {
					dst[i] = c + 'a' - 'A'
				}
			}
			return dst
		}
		sc := e.scratch()
		sc.casers(g.lang)
		dst, sc.tmp, sc.out = transformTail(dst, start, sc.tmp, sc.out, sc.lower)
	case CaseCamel:
		if ascii && g.asciiCase {
			for i := start; i < len(dst); i++ {
				if c := dst[i]; 'a' <= c && c <= 'z' {
					dst[i] = c - ('a' - 'A')
					break
				} else if 'A' <= c && c <= 'Z' {
					break
				}
			}
			return dst
		}
		sc := e.scratch()
		sc.casers(g.lang)
		dst, sc.tmp, sc.out = transformTail(dst, start, sc.tmp, sc.out, sc.title)
	default:
		return dst
	}
	// Case mappings need not give NFC (title-case ΰ is Ϋ + U+0301).
	sc := e.scratch()
	sc.tmp = append(sc.tmp[:0], dst[start:]...)
	if norm.NFC.QuickSpan(sc.tmp) != len(sc.tmp) {
		dst = appendNFC(dst[:start], sc.tmp, &sc.iter)
	}
	return dst
}

func (sc *scratch) casers(lang language.Tag) {
	if !sc.init {
		sc.lower = cases.Lower(lang)
		sc.title = cases.Title(lang, cases.NoLower)
		sc.init = true
	}
}

// firstLetterUncased reports whether the first letter of t has no case.
func firstLetterUncased(s string, t token) bool {
	for i := t.start; i < t.end; {
		r, n, cl := decodeAt(s, i)
		if cl == clLetter {
			return !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
		}
		i += n
	}
	return false
}

// writeToken appends the text of t: removed characters dropped, compound
// parts (and, with capFirst, the first part) starting with a capital, and
// '_' between compound parts whose script has no case.
func (g *Generator) writeToken(dst []byte, s string, t token, capFirst bool) []byte {
	if t.is(tPlain) && !capFirst {
		return append(dst, s[t.start:t.end]...)
	}
	partStart := capFirst || t.is(tCompound)
	joined := false // a hyphen was just removed
	for j := t.start; j < t.end; {
		c := s[j]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case clLetter:
				if partStart && 'a' <= c && c <= 'z' {
					if c == 'i' && g.special != nil {
						dst = append(dst, "İ"...)
						partStart, joined = false, false
						j++
						continue
					}
					c -= 'a' - 'A'
				}
				dst = append(dst, c)
				partStart, joined = false, false
			case clDigit:
				dst = append(dst, c)
				partStart, joined = false, false
			case clUnder:
				dst = append(dst, c)
			case clHyphen:
				// After a digit the boundary is visible already: 2024-elections
				// → 2024elections, COVID-19 → COVID19.
				partStart, joined = !endsWithDigit(dst), true
			}
			j++
			continue
		}
		r, n, cl := decodeAt(s, j)
		j += n
		switch cl {
		case clLetter:
			if partStart {
				if unicode.IsLower(r) {
					r = g.toTitle(r)
				} else if joined && !unicode.IsUpper(r) && !unicode.IsTitle(r) {
					dst = append(dst, '_')
				}
			}
			dst = utf8.AppendRune(dst, r)
			partStart, joined = false, false
		case clDigit:
			dst = utf8.AppendRune(dst, r)
			partStart, joined = false, false
		case clMark, clJoiner:
			dst = utf8.AppendRune(dst, r)
		case clHyphen:
			partStart, joined = !endsWithDigit(dst), true
		case clSep:
			// パ・リーグ: a Segmenter keeps a katakana name whole across the
			// middle dot, which X accepts in a hashtag; the scanner's own
			// tokens never hold a separator.
			if r == '・' && endsKatakana(string(dst)) && startsKatakana(s[j:t.end]) {
				dst = utf8.AppendRune(dst, r)
			}
		}
	}
	return dst
}

func endsWithDigit(b []byte) bool {
	r, _ := utf8.DecodeLastRune(b)
	return r < utf8.RuneSelf && '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r)
}
