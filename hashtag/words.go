package hashtag

import "strings"

// The candidates stage of the Words style: every word the tokenizer finds
// is a candidate tag, in headline order; emit.go filters and writes it.

// words is run for the Words style: every word the scanner finds
// (nextWord, with its fast path for plain ASCII words) with a letter.
func (e *emitter) words(dst []byte, scan *scanner) []byte {
	for !e.full() {
		t, k, ok := scan.nextWord()
		if !ok {
			break
		}
		if t.flags&(tPlain|tASCII|tLetter) == tPlain|tASCII|tLetter && (e.g.special == nil || strings.IndexByte(e.s[t.start:t.end], 'I') < 0) {
			// The commonest word, plain ASCII, whose ASCII lower case is
			// the language's (no Turkish I). (k is 0 for one with a '_',
			// which lowerBits would not leave alone: word found it, not
			// the fast path.)
			dst = e.addPlain(dst, t.start, t.end, k, t.is(tAllCaps))
			continue
		}
		if !t.is(tASCII) {
			t = e.acrossMiddleDot(t, scan)
		}
		switch {
		case !t.is(tLetter):
			// a number alone is no tag
		case t.is(tASCII):
			dst = e.add(dst, []token{t})
		default:
			dst = e.addToken(dst, t)
		}
	}
	return dst
}

// addToken is add for a token of the Words style with a character beyond
// ASCII: a run of a spaceless script is split by a Segmenter.
func (e *emitter) addToken(dst []byte, t token) []byte {
	if words, ok := e.segmented(t); ok {
		for _, u := range words {
			dst = e.add(dst, []token{u})
		}
		return dst
	}
	return e.add(dst, []token{t})
}
