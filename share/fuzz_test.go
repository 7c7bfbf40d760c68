package share

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"github.com/sharekit/sharekit/internal/twtext"
)

// FuzzURL: no panic; for every network, a valid post gives a link that
// parses and round-trips; an invalid one gives a typed error.
func FuzzURL(f *testing.F) {
	for _, tp := range testPosts {
		f.Add(tp.post.URL, tp.post.Title, tp.post.Text, strings.Join(tp.post.Hashtags, " "), tp.post.UTM.Campaign)
	}
	f.Add("javascript:alert(1)", "t", "", "", "")
	f.Add("https://ex.com/a%20b?q=1&r=2#frag", "A+B & C#", "x\ny", "a b", "c&d")
	f.Fuzz(func(t *testing.T, pageURL, title, text, tags, campaign string) {
		p := Post{URL: pageURL, Title: title, Text: text, Hashtags: strings.Fields(tags),
			Via: "sharekit", Instance: "mastodon.social", Image: "https://ex.com/i.png", UTM: UTM{Campaign: campaign}}
		for _, c := range builtins.order {
			link, err := URL(c.Name, p)
			if err != nil {
				var fe *FieldError
				var le *LimitError
				if !errors.As(err, &fe) && !errors.As(err, &le) {
					t.Fatalf("URL(%s) error %v (%T); want *FieldError or *LimitError", c.Name, err, err)
				}
				continue
			}
			checkLink(t, c, p, link)
		}
	})
}

// FuzzCompose: no panic; a composed post is valid UTF-8, never over the
// limit by Length, and holds the URL whole.
func FuzzCompose(f *testing.F) {
	for _, tp := range testPosts {
		f.Add(tp.post.Title, tp.post.Text, strings.Join(tp.post.Hashtags, " "), 0)
	}
	f.Add(strings.Repeat("東京 ", 200), "", "a b c", 0)
	f.Add(strings.Repeat("👨‍👩‍👧‍👦", 300), "", "", 0)
	f.Add("x example.com/"+strings.Repeat("p", 300)+" y", "", "", 40)
	f.Add("0", "", "", 1) // an instance limit under the URL: a *LimitError
	f.Add(strings.Repeat("a", 5000), "", strings.Repeat("t ", 300), 0)
	f.Fuzz(func(t *testing.T, title, text, tags string, limit int) {
		p := Post{URL: "https://example.com/news/1?x=y#z", Title: title, Text: text, Hashtags: strings.Fields(tags),
			Via: "sharekit", Instance: "mastodon.social", InstanceLimit: max(0, limit%2000)}
		for _, c := range builtins.order {
			if c.Limit == 0 {
				continue
			}
			d, err := Draft(c.Name, p)
			if err != nil {
				var fe *FieldError
				var le *LimitError
				if !errors.As(err, &fe) && !(errors.As(err, &le) && le.Length > le.Limit) {
					t.Fatalf("Draft(%s) error %v; want *FieldError for bad tags or *LimitError when the URL alone is over", c.Name, err)
				}
				continue
			}
			checkFit(t, c, p, d)
		}
	})
}

// FuzzLength: never negative, never panics, for every network.
func FuzzLength(f *testing.F) {
	for _, tp := range testPosts {
		f.Add(tp.post.Title + " " + tp.post.URL)
	}
	f.Add("\xff\xfe invalid")
	f.Add("a\r\nb\r\r\n\n\x00\x7f")
	f.Add("ABC\u202A\uFFFFABC\uFFFE")
	f.Add("a.b x.co http://t.co/abc example.com/path 1.5 e.g. bbc.co.uk")
	f.Add("例え。jp ｅｘａｍｐｌｅ．ｃｏｍ Ω\u2126 \u0958 ©️ 1️⃣ #️⃣ 👩🏽‍🚀 \U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F …")
	f.Add("http://localhost:8080/ https://127.0.0.1/ xn--bcher-kva.example #tag.com")
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range builtins.order {
			n := Length(c.Name, s)
			if n < 0 {
				t.Fatalf("Length(%s, %q) = %d; want ≥ 0", c.Name, s, n)
			}
			// The shortcut fitting takes must never claim a fit the count denies.
			if n > 0 && c.surelyFits(s, n-1) {
				t.Errorf("surelyFits(%s, %q, %d) = true; but Length = %d", c.Name, s, n-1, n)
			}
		}
		if got, want := Length("x", s), twtext.V3().WeightedLength(s); got != want {
			t.Errorf("Length(x, %q) = %d; twtext's v3 WeightedLength = %d", s, got, want)
		}
		if got, want := Length("bluesky", s), uniseg.GraphemeClusterCount(s); got != want {
			t.Errorf("Length(bluesky, %q) = %d; uniseg counts %d graphemes", s, got, want)
		}
		if utf8.ValidString(s) && Length("bluesky", s) > utf8.RuneCountInString(s) {
			t.Errorf("Length(bluesky, %q) counts more graphemes than code points", s)
		}
	})
}
