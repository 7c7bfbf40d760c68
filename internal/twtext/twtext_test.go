package twtext

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// Cases beyond the conformance data, each checked against npm
// twitter-text@3.1.0 unless marked as a deliberate difference.

func TestExtractHashtags(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"empty", "", nil},
		{"no hash", "plain headline", nil},
		{"double hash", "##tag", []string{"tag"}},
		{"adjacent tags", "#a#b", nil},
		{"html entity", "&#39;quoted", nil},
		{"keycap", "#️⃣ and #⃣x", nil},
		{"after variation selector", "✌️#peace", []string{"peace"}},
		{"after astral letter", "𠀡#tag", nil},
		{"underscore only", "#_ #__", nil},
		{"digits then letters", "#2024election #2024", []string{"2024election"}},
		{"full-width hash", "＃ハッシュ", []string{"ハッシュ"}},
		{"followed by scheme", "#foo://bar", nil},
		{"inside URL", "see https://example.com/#frag #real", []string{"real"}},
		{"in query", "example.com/?q=#x and #y", []string{"y"}},
		{"zwnj", "#می\u200cخواهم", []string{"می\u200cخواهم"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, h := range ExtractHashtags(tt.text) {
				got = append(got, h.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("ExtractHashtags(%q) = %q; want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestValidHashtag(t *testing.T) {
	tests := []struct {
		tag  string
		want bool
	}{
		{"hashtag", true}, {"1st", true}, {"日本語", true}, {"il·lusió", true},
		{"", false}, {"123", false}, {"_", false}, {"two words", false},
		{"a#b", false}, {"a.b", false}, {"\ufe0fa", false}, {"\u20e3a", false},
		{"a\xff", false}, {"#tag", false},
	}
	for _, tt := range tests {
		t.Run(tt.tag, func(t *testing.T) {
			if got := ValidHashtag(tt.tag); got != tt.want {
				t.Errorf("ValidHashtag(%q) = %v; want %v", tt.tag, got, tt.want)
			}
		})
	}
}

func TestExtractURLs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"no dot", "no urls here", nil},
		{"port without path", "example.com:8080", []string{"example.com"}},
		{"query without path", "example.com?x=1", []string{"example.com"}},
		{"underscore host", "sub_domain.example.com", []string{"domain.example.com"}},
		{"nested parens", "http://x.com/a_(b_(c))_d", []string{"http://x.com/a_(b_(c))_d"}},
		{"unbalanced paren", "(see http://x.com/a)", []string{"http://x.com/a"}},
		{"trailing punctuation", "http://x.com/a.b.?!", []string{"http://x.com/a.b"}},
		{"uppercase scheme and TLD", "HTTPS://EXAMPLE.COM/X", []string{"HTTPS://EXAMPLE.COM/X"}},
		{"wildcard ccTLD", "visit example.ck today", []string{"example.ck"}},
		{"new gTLD", "get.app", []string{"get.app"}},
		{"not a TLD", "file.txt e.g. U.S. 3.14", nil},
		{"astral before", "😀example.com", []string{"example.com"}},
		{"t.co query", "https://t.co/abc?amp=1.", []string{"https://t.co/abc?amp=1"}},
		{"label too long", "http://" + strings.Repeat("a", 64) + ".com", nil},
		{"label at limit", "http://" + strings.Repeat("a", 63) + ".com", []string{"http://" + strings.Repeat("a", 63) + ".com"}},
		{"punycode host", "http://xn--はじめよう.com", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, u := range ExtractURLs(tt.text) {
				got = append(got, u.URL)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("ExtractURLs(%q) = %q; want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestWeightedLength(t *testing.T) {
	tests := []struct {
		name, text string
		v2, v3     int
	}{
		{"empty", "", 0, 0},
		{"ascii", "Hello, world", 12, 12},
		{"cjk", "日本語", 6, 6},
		{"url", "read https://example.com/" + strings.Repeat("x", 100), 28, 28},
		{"copyright text style", "©", 1, 1},
		{"copyright emoji style", "©️", 3, 2},
		{"skin tone", "👍🏽", 4, 2},
		{"flag", "🇯🇵", 4, 2},
		{"subdivision flag", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", 14, 2},
		{"keycap", "#️⃣", 5, 2},
		{"decomposed accent", "e\u0301", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := V2().WeightedLength(tt.text); got != tt.v2 {
				t.Errorf("V2().WeightedLength(%q) = %d; want %d", tt.text, got, tt.v2)
			}
			if got := new(Config).WeightedLength(tt.text); got != tt.v3 {
				t.Errorf("zero Config WeightedLength(%q) = %d; want %d", tt.text, got, tt.v3)
			}
			if got := V3().WeightedLength(tt.text); got != tt.v3 {
				t.Errorf("V3().WeightedLength(%q) = %d; want %d", tt.text, got, tt.v3)
			}
		})
	}
}

func TestParseConfig(t *testing.T) {
	tests := []struct {
		name, json, field string
	}{
		{"syntax", `{`, ""},
		{"missing scale", `{"maxWeightedTweetLength":280,"defaultWeight":200,"transformedURLLength":23}`, "scale"},
		{"zero max", `{"maxWeightedTweetLength":0,"scale":1,"defaultWeight":1,"transformedURLLength":23}`, "maxWeightedTweetLength"},
		{"bad range", `{"maxWeightedTweetLength":1,"scale":1,"defaultWeight":1,"transformedURLLength":23,"ranges":[{"start":5,"end":1,"weight":1}]}`, "ranges[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseConfig([]byte(tt.json))
			var ce *ConfigError
			if !errors.As(err, &ce) || ce.Field != tt.field {
				t.Fatalf("ParseConfig(%s) error = %v; want *ConfigError for field %q", tt.json, err, tt.field)
			}
			if !strings.HasPrefix(err.Error(), "twtext: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
	c, err := ParseConfig([]byte(`{"version":1,"maxWeightedTweetLength":140,"scale":1,"defaultWeight":1,"transformedURLLength":23,"ranges":[]}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.WeightedLength("日本語 http://x.com"); got != 27 {
		t.Errorf("v1 WeightedLength = %d; want 27", got)
	}
}

// TestNoAllocs pins the allocation budget that hashtag.Derive and
// share.Length rely on.
func TestNoAllocs(t *testing.T) {
	text := "Breaking: markets rally as rates hold steady, analysts say. More at 11."
	for name, f := range map[string]func(){
		"ValidHashtag":      func() { ValidHashtag("MarketsRally2024") },
		"ExtractHashtags":   func() { ExtractHashtags(text) },
		"V3.WeightedLength": func() { V3().WeightedLength(text) },
		"ExtractURLs":       func() { ExtractURLs(text) },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s allocates %v times per run; want 0", name, n)
		}
	}
}

// checkSpans asserts the invariants of extracted spans: in order, not
// overlapping, bytes slicing back to the reported text and code points
// agreeing with bytes.
func checkSpans(t *testing.T, text string, spans [][4]int, names []string, prefix string) {
	t.Helper()
	prevEnd := 0
	for i, s := range spans {
		cs, ce, bs, be := s[0], s[1], s[2], s[3]
		if bs < prevEnd || bs > be || be > len(text) {
			t.Fatalf("span %d of %q = bytes [%d,%d) after %d; want ordered, non-overlapping, in range", i, text, bs, be, prevEnd)
		}
		if got := text[bs:be]; got != prefix+names[i] {
			t.Fatalf("text[%d:%d] of %q = %q; want %q", bs, be, text, got, prefix+names[i])
		}
		if want := utf8.RuneCountInString(text[:bs]); cs != want {
			t.Fatalf("span %d of %q starts at code point %d; want %d", i, text, cs, want)
		}
		if want := cs + utf8.RuneCountInString(text[bs:be]); ce != want {
			t.Fatalf("span %d of %q ends at code point %d; want %d", i, text, ce, want)
		}
		prevEnd = be
	}
}
