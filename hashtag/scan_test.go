package hashtag

import (
	"path/filepath"
	"testing"
)

// TestNextFastPathAsWord checks that every token scanner.next takes by its
// fast path (plainWord, plainEnds, plainBeforeDot) is the token word's
// full scan finds from the same place and state: same end, same flags.
// Words before commas and full stops are where plainBeforeDot must leave
// numbers (4.25, 10,000), dotted acronyms (U.S.) and URLs (www.) alone.
func TestNextFastPathAsWord(t *testing.T) {
	hs := append(readLines(t, filepath.Join("..", "testdata", "headlines.txt")), builtinHeadlines...)
	hs = append(hs, "Sie. Streiten Sie.", "4.25% of 10,000, v1.2 and 5G. U.S. J.K. Rowling, www.example.com, hi.there wow.",
		"a.b. ab. ab,cd 12ab. x1,5 Word.word h1. w2,", "Mr. Smith, Jr., N.Y.C. St. Louis.")
	for _, h := range hs {
		sc := newScanner(h, nil)
		for {
			before := sc
			tok, ok := sc.next()
			if !ok {
				break
			}
			if sc.packed == 0 {
				continue // word's own scan
			}
			// word from the token's start, in the state next was in there.
			ref := before
			ref.i = tok.start
			ref.mark = tok.flags & (tInitial | tPunct)
			want := ref.word()
			if want.start != tok.start || want.end != tok.end || want.flags != tok.flags {
				t.Errorf("%q: next's fast path gives %q %016b, word %q %016b", h, h[tok.start:tok.end], tok.flags, h[want.start:want.end], want.flags)
			}
		}
	}
}

// TestURLLength: a URL starts with http://, https:// or www., in either
// case, and runs to white space; a control character is no ':' or '/'
// (FuzzWordsFastPath found "http\x1a//" taken for a URL).
func TestURLLength(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"http://x.com/a b", 14},
		{"HTTPS://x.com", 13},
		{"www.x.com", 9},
		{"http\x1a//x", 0},
		{"http:\x0f/x", 0},
		{"www\x0ex", 0},
		{"https", 0},
		{"whatever", 0},
	}
	for _, tt := range tests {
		if got := urlLength(tt.s); got != tt.want {
			t.Errorf("urlLength(%q) = %d; want %d", tt.s, got, tt.want)
		}
	}
}
