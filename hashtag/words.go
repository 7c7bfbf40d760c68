package hashtag

import (
	"strings"
	"unicode/utf8"
)

// The candidates stage of the Words style: every word the tokenizer finds
// is a candidate tag, in headline order; emit.go filters and writes it.

// words is run for the Words style. A word tag depends on nothing the scanner carries
// from one token to the next (sentence starts, punctuation: those are for
// phrases), so ASCII is walked here directly and the commonest token, a
// plain ASCII word, goes to addPlain without becoming a token; the
// scanner takes over for anything else, from where the walk stands.
func (e *emitter) words(dst []byte, scan *scanner) []byte {
	s := e.s
	for i := 0; i < len(s) && !e.full(); {
		c := s[i]
		if wordByte[c]&wbWord == 0 {
			if c < utf8.RuneSelf {
				i++ // ASCII space or punctuation: between words
				continue
			}
			scan.i = i
			t, ok := scan.next()
			if !ok {
				break
			}
			t = e.acrossMiddleDot(t, scan)
			if t.is(tLetter) {
				dst = e.addToken(dst, t)
			}
			i = scan.i
			continue
		}
		if c|0x20 == 'h' || c|0x20 == 'w' {
			if skip := urlLength(s[i:]); skip > 0 {
				i += skip
				continue
			}
		}
		j, seen, k := plainWord(s, i)
		if j == len(s) || wordByte[s[j]]&wbEnd != 0 {
			if seen&(wbLower|wbUpper) != 0 { // a number alone is no tag
				if seen&wbUpper != 0 && e.g.special != nil && strings.IndexByte(s[i:j], 'I') >= 0 {
					// Turkish I lower-cases to ı: not an ASCII key.
					scan.i = i
					dst = e.add(dst, []token{scan.word()})
				} else {
					if j-i > 8 {
						k = 0
					}
					dst = e.addPlain(dst, i, j, k, seen&(wbLower|wbUpper) == wbUpper)
				}
			}
			i = j
			continue
		}
		scan.i = i
		if t := e.acrossMiddleDot(scan.word(), scan); t.is(tLetter) {
			dst = e.addToken(dst, t)
		}
		i = scan.i
	}
	return dst
}

// addToken is add for a token of the Words style.
func (e *emitter) addToken(dst []byte, t token) []byte {
	if !t.is(tASCII) {
		if words, ok := e.segmented(t); ok {
			for _, u := range words {
				dst = e.add(dst, []token{u})
			}
			return dst
		}
	}
	if t.flags&(tPlain|tASCII) == tPlain|tASCII && (e.g.special == nil || strings.IndexByte(e.s[t.start:t.end], 'I') < 0) {
		// Not packed: a plain token can have a '_', which lowerBits
		// would not leave alone.
		return e.addPlain(dst, t.start, t.end, 0, t.is(tAllCaps))
	}
	return e.add(dst, []token{t})
}
