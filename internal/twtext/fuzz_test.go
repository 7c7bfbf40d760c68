package twtext

import (
	"slices"
	"strings"
	"testing"
)

var fuzzSeeds = []string{
	"", "#", "#a", "##tag", "a ✌︎#hashtag here", "#\U00020021", "#il·lusió", "&#39;",
	"http://t.co/pbY2NfTZ's http://t.co/2vYHpAc5; http://t.co/8t7G3ddS#a",
	"twitter.comこれは日本語です。example.com中国語t.co/abcde한국twitter.com",
	"http://www.foo.com?referer=https://t.co/abcde", "text http://en.wikipedia.org/wiki/Primer_(film)",
	"\u2066\u202Ahttp://foobar.پاکستان/\u202C\u2069", "ABC\u202A\uFFFFABC\uFFFE",
	"H🐱☺👨‍👩‍👧‍👦", "1⃣", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "e\u0301\u0301", "\xff\xfe#\xffa.com",
	"Test a ton of periods http://example.com/path" + strings.Repeat(".", 40),
	"😀example.com 𝐀a.b.jp", "xn--ls8h.XN--ls8h.la/", "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.com",
}

func FuzzExtractHashtags(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		tags := ExtractHashtags(text)
		// Skipping the URL scan when no hashtag is near a '.' must not
		// change the result.
		if all := dropURLOverlaps(slices.Clone(tags), text); len(all) != len(tags) {
			t.Fatalf("ExtractHashtags(%q) kept %d hashtags; a full URL check keeps %d", text, len(tags), len(all))
		}
		var spans [][4]int
		var names []string
		for _, h := range tags {
			spans = append(spans, [4]int{h.Start, h.End, h.ByteStart, h.ByteEnd})
			names = append(names, h.Text)
			if !ValidHashtag(h.Text) {
				t.Errorf("ExtractHashtags(%q) found %q, which ValidHashtag rejects", text, h.Text)
			}
		}
		for i, s := range spans {
			sign := text[s[2] : s[3]-len(names[i])]
			if sign != "#" && sign != "＃" {
				t.Fatalf("hashtag %q of %q starts with %q; want a hash sign", names[i], text, sign)
			}
			spans[i][2] += len(sign)
			spans[i][0]++
		}
		checkSpans(t, text, spans, names, "")
	})
}

func FuzzExtractURLs(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var spans [][4]int
		var names []string
		for _, u := range ExtractURLs(text) {
			spans = append(spans, [4]int{u.Start, u.End, u.ByteStart, u.ByteEnd})
			names = append(names, u.URL)
			if u.ByteStart == u.ByteEnd || !strings.Contains(u.URL, ".") {
				t.Errorf("ExtractURLs(%q) found %q; want a non-empty URL with a dot", text, u.URL)
			}
		}
		checkSpans(t, text, spans, names, "")
		// Skipping plain text and remembering earlier domain scans must find
		// what trying every start from scratch finds.
		if fast, slow := urlSpansOf(text, true), urlSpansOf(text, false); !slices.Equal(fast, slow) {
			t.Fatalf("URL spans of %q = %v; trying every start gives %v", text, fast, slow)
		}
	})
}

func urlSpansOf(text string, fast bool) []urlSpan {
	spans, _ := scanURLs(nil, text, fast)
	return spans
}

func FuzzWeightedLength(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, c := range []*Config{V2(), V3()} {
			r := c.Parse(text)
			if r.WeightedLength < 0 || r.Permillage < 0 {
				t.Fatalf("Parse(%q) = %+v; want non-negative lengths", text, r)
			}
			if r.ValidRangeEnd < 0 || r.ValidRangeEnd > r.DisplayRangeEnd && text != "" {
				t.Fatalf("Parse(%q) = %+v; want 0 <= ValidRangeEnd <= DisplayRangeEnd", text, r)
			}
			if got := c.WeightedLength(text); got != r.WeightedLength {
				t.Fatalf("WeightedLength(%q) = %d; Parse says %d", text, got, r.WeightedLength)
			}
			// Every character weighs at least one unit, so a non-empty text
			// never measures zero.
			if text != "" && r.WeightedLength == 0 {
				t.Fatalf("Parse(%q).WeightedLength = 0; want > 0", text)
			}
		}
	})
}
