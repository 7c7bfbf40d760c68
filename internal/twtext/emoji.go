package twtext

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:generate go run gen_twemoji.go

// twitter-text's parseTweet weighs as one emoji (DefaultWeight) exactly the
// matches of twemoji-parser's expression, found as that expression's global
// search finds them: the leftmost match, then the leftmost from where it
// ended, over the whole normalized text, URLs included. Only known
// sequences match, the longest first ("👩‍👩‍👧" whole; an unknown ZWJ chain as
// the known sequences it holds and its other code points one by one), so a
// chain of a thousand emoji weighs what its parts weigh, never 2. The
// sequences are generated from the npm package (gen_twemoji.go).

// Flags of twemojiTrie entries.
const (
	seqAlways     = 1 << iota // a sequence, whatever follows
	seqUnlessFE0E             // a sequence unless U+FE0E follows
	seqPrefix                 // a proper prefix of a longer sequence
)

// twemojiTrie maps every sequence and every proper prefix of one (at code
// point boundaries) to its flags: matching walks it a code point at a time
// and stops at the first string it does not hold. Built on first use.
var twemojiTrie = sync.OnceValue(func() map[string]uint8 {
	m := make(map[string]uint8, 2*len(twemojiSequences))
	add := func(s string, flag uint8) {
		m[s] |= flag
		for i := len(s) - 1; i > 0; i-- {
			if utf8.RuneStart(s[i]) {
				m[s[:i]] |= seqPrefix
			}
		}
	}
	for _, s := range twemojiSequences {
		add(s, seqAlways)
	}
	for _, s := range twemojiUnlessFE0E {
		add(s, seqUnlessFE0E)
	}
	return m
})

// emojiLength returns the byte length of the twemoji sequence at the start
// of s, the longest that matches (which is the one twemoji-parser's
// expression matches: gen_twemoji.go checks that it tries longer sequences
// first), or 0.
func emojiLength(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	if r < utf8.RuneSelf {
		if !isKeycapBase(byte(r)) {
			return 0
		}
	} else if !unicode.Is(twemojiFirst, r) {
		return 0
	}
	trie := twemojiTrie()
	best := 0
	for i := size; ; {
		f, ok := trie[s[:i]]
		if !ok {
			break
		}
		if f&seqAlways != 0 || f&seqUnlessFE0E != 0 && !strings.HasPrefix(s[i:], "\uFE0E") {
			best = i
		}
		if f&seqPrefix == 0 || i == len(s) {
			break
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return best
}

// emojiScanner finds the matches of twemoji-parser's global search in a
// text, lazily and in order: each position of the text is looked at once.
type emojiScanner struct {
	text       string
	from       int // where the search goes on: the end of the last match
	start, end int // the last match found; start < 0 before the first search
}

// next returns the first match of the search that starts at or after i, or
// len(text) twice if none does. i must not decrease between calls. Matches
// that start before i (inside a URL that the caller skipped) are passed
// over, but the search still goes on from their end, as the expression's
// does.
func (e *emojiScanner) next(i int) (start, end int) {
	for e.start < i {
		e.start, e.end = e.find(e.from)
		e.from = e.end
	}
	return e.start, e.end
}

// find returns the leftmost match at or after from. Every sequence has a
// non-ASCII code point first or second (a keycap: '1', U+FE0F, U+20E3;
// gen_twemoji.go checks it), so runs of ASCII are passed eight bytes at a
// time, looking back one byte at each end; and non-ASCII bytes that cannot
// begin a sequence (continuation bytes, and the lead bytes of scripts that
// have no emoji) are passed a byte at a time without decoding.
func (e *emojiScanner) find(from int) (int, int) {
	s := e.text
	for j := from; j < len(s); {
		k := j + indexNonASCII(s[j:])
		if k == len(s) {
			break
		}
		if k > j && isKeycapBase(s[k-1]) {
			if n := emojiLength(s[k-1:]); n > 0 {
				return k - 1, k - 1 + n
			}
		}
		if emojiLead[s[k]] {
			if n := emojiLength(s[k:]); n > 0 {
				return k, k + n
			}
		}
		for k++; k < len(s) && s[k] >= utf8.RuneSelf && !emojiLead[s[k]]; k++ {
		}
		j = k
	}
	return len(s), len(s)
}

// emojiLead marks the UTF-8 lead bytes of the first code points of
// sequences that are not ASCII.
var emojiLead = func() (t [256]bool) {
	mark := func(lo, hi rune) {
		var a, b [utf8.UTFMax]byte
		utf8.EncodeRune(a[:], lo)
		utf8.EncodeRune(b[:], hi)
		for c := int(a[0]); c <= int(b[0]); c++ {
			t[c] = true
		}
	}
	for _, r := range twemojiFirst.R16 {
		if r.Lo >= utf8.RuneSelf {
			mark(rune(r.Lo), rune(r.Hi))
		}
	}
	for _, r := range twemojiFirst.R32 {
		mark(rune(r.Lo), rune(r.Hi))
	}
	return t
}()

func isKeycapBase(b byte) bool { return '0' <= b && b <= '9' || b == '#' || b == '*' }
