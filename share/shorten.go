package share

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"github.com/sharekit/sharekit/internal/twtext"
)

// shorten finds the longest shortening of head (a prefix ending at a word
// boundary, plus "…") for which try succeeds. Word boundaries are UAX #29's
// (never inside a grapheme cluster; between ideographs in CJK text), less
// those inside a URL or a hashtag. If not even the first word fits, it cuts
// the first word at a grapheme boundary as a last resort, so that a long
// unspaced headline (Thai, a compound) is not lost whole.
//
// The cost is linear in len(head) plus a few calls of try: the cut points,
// their trimmed ends and a lower bound on each candidate's length are found
// in one pass each, and the binary search calls try only on candidates that
// the bound leaves possible. bound, when > 0, is a limit no candidate can
// exceed and still succeed, for a count under which every word (or
// grapheme) segment and the "…" count at least 1: bytes, code points,
// grapheme clusters and twitter-text's v3 weights all do (a caller's own
// Weighting may not: its weights may be 0). 0 means no bound is known.
func shorten[T any](head string, bound int, try func(string) (T, bool)) (T, bool) {
	spans := entitySpans(head)
	cuts := wordCuts(head, spans)
	if r, ok := searchCuts(head, cuts, bound, try); ok {
		return r, true
	}
	// Last resort: grapheme boundaries inside the first word.
	first := len(head)
	if len(cuts) > 0 {
		first = cuts[0]
	}
	var gcuts []int
	in := spanCursor{spans: spans}
	if isASCII(head[:first]) {
		// Every ASCII byte is a grapheme cluster but CR LF, and a cleaned
		// headline has no line breaks.
		for off := 1; off < first; off++ {
			if !in.inside(off) {
				gcuts = append(gcuts, off)
			}
		}
		return searchCuts(head, gcuts, bound, try)
	}
	rest, state, off := head[:first], -1, 0
	for len(rest) > 0 {
		var g string
		g, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		off += len(g)
		if off < first && !in.inside(off) {
			gcuts = append(gcuts, off)
		}
	}
	return searchCuts(head, gcuts, bound, try)
}

// candidate is one shortening of a headline: head[:keep] + "…". segments
// is the number of cut segments (words, or graphemes in the last resort)
// wholly inside head[:keep]: each counts at least 1 under the built-in
// counts, so segments+1 bounds the candidate's length from below.
type candidate struct{ keep, segments int }

// searchCuts is shorten's binary search over the cut points cuts (in
// increasing order) of head.
func searchCuts[T any](head string, cuts []int, bound int, try func(string) (T, bool)) (T, bool) {
	// Candidates whose lower bound is over the limit cannot fit: they are
	// left out without being measured, so that try only ever sees
	// candidates a few times the limit long, however long head is.
	cands := candidates(head, cuts, bound)
	text := func(c candidate) string { return head[:c.keep] + ellipsis }
	var last T
	lastAt := -1
	i := largest(len(cands), func(i int) bool {
		r, ok := try(text(cands[i]))
		if ok {
			last, lastAt = r, i
		}
		return ok
	})
	if i < 0 {
		var zero T
		return zero, false
	}
	if lastAt == i {
		return last, true
	}
	return try(text(cands[i]))
}

// candidates returns the distinct non-empty shortenings of head at cuts, in
// increasing order: each cut's prefix with its trailing trimmable runes
// taken off (cuts whose prefix trims to the same text give one candidate;
// those that trim to nothing, none). With bound > 0 it stops at the first
// candidate whose lower bound (segments+1) is over bound: that one and all
// after it cannot fit. One pass over (at most) head.
func candidates(head string, cuts []int, bound int) []candidate {
	n := len(cuts)
	if bound > 0 {
		n = min(n, bound)
	}
	out := make([]candidate, 0, n)
	keep, i, segs := 0, 0, 0 // keep: the end of the last rune before i that is kept
	for k, cut := range cuts {
		for i < cut {
			r, size := utf8.DecodeRuneInString(head[i:])
			i += size
			if !trimmable(r) {
				keep = i
			}
		}
		if keep == 0 {
			continue
		}
		if n := len(out); n > 0 && out[n-1].keep == keep {
			continue
		}
		// The segments wholly inside head[:keep]: those ending at a cut at
		// or before keep. keep never decreases, so neither does segs.
		for segs < k && cuts[segs] <= keep {
			segs++
		}
		if bound > 0 && segs+1 > bound {
			break
		}
		out = append(out, candidate{keep: keep, segments: segs})
	}
	return out
}

// trimmable is what a shortened headline does not end with before "…":
// space and separating punctuation (but closing brackets and quotes stay).
func trimmable(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiTrimmable[r]
	}
	if unicode.IsSpace(r) {
		return true
	}
	if unicode.IsPunct(r) {
		return !unicode.Is(unicode.Pe, r) && !unicode.Is(unicode.Pf, r)
	}
	return r == '\u200d' || r == '\u200b'
}

// asciiTrimmable is trimmable for ASCII, looked up.
var asciiTrimmable = func() (t [utf8.RuneSelf]bool) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		t[r] = unicode.IsSpace(r) ||
			unicode.IsPunct(r) && !unicode.Is(unicode.Pe, r) && !unicode.Is(unicode.Pf, r) && r != '"' && r != '\''
	}
	return t
}()

// wordCuts returns the byte offsets inside head (0 < o < len(head)) at
// which a UAX #29 word ends, excluding offsets inside a URL or hashtag.
func wordCuts(head string, spans [][2]int) []int {
	var cuts []int
	in := spanCursor{spans: spans}
	if isASCII(head) {
		// ASCII text: the word boundaries a cut may use are the spaces
		// (UAX #29 would also break around punctuation, which trimmable
		// takes off again), found without the segmenter's tables.
		for i := 1; i < len(head); i++ {
			if head[i] == ' ' && head[i-1] != ' ' && !in.inside(i) {
				cuts = append(cuts, i)
			}
		}
		return cuts
	}
	rest, state, off := head, -1, 0
	for len(rest) > 0 {
		var w string
		w, rest, state = uniseg.FirstWordInString(rest, state)
		off += len(w)
		if off < len(head) && !in.inside(off) {
			cuts = append(cuts, off)
		}
	}
	return cuts
}

// entitySpans returns the byte spans of URLs and hashtags in s, ordered by
// start.
func entitySpans(s string) [][2]int {
	if !mayHaveEntity(s) {
		return nil
	}
	var spans [][2]int
	for _, u := range twtext.ExtractURLs(s) {
		spans = append(spans, [2]int{u.ByteStart, u.ByteEnd})
	}
	for _, h := range twtext.ExtractHashtags(s) {
		spans = append(spans, [2]int{h.ByteStart, h.ByteEnd})
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	return spans
}

// mayHaveEntity is a cheap pre-check: twitter-text URLs need a '.' (or
// another dot) and hashtags a '#' (or its fullwidth form).
func mayHaveEntity(s string) bool {
	return strings.ContainsAny(s, ".#\uFF03\u3002\uFF0E\uFF61")
}

// spanCursor answers "is this offset inside a span" for offsets asked in
// increasing order, in time linear in the offsets and spans together:
// asking each span for each offset would be quadratic in a headline of
// thousands of hashtags.
type spanCursor struct {
	spans  [][2]int // ordered by start
	next   int      // spans[:next] start before the last offset asked
	maxEnd int      // the furthest end among spans[:next]
}

// inside reports whether some span starts before off and ends after it.
// off must not decrease from one call to the next.
func (c *spanCursor) inside(off int) bool {
	for c.next < len(c.spans) && c.spans[c.next][0] < off {
		c.maxEnd = max(c.maxEnd, c.spans[c.next][1])
		c.next++
	}
	return c.maxEnd > off
}
