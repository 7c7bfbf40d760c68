package share

import (
	"errors"
	"net/url"
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
				var tl *LinkTooLongError
				if !errors.As(err, &fe) && !errors.As(err, &le) && !errors.As(err, &tl) {
					t.Fatalf("URL(%s) error %v (%T); want *FieldError, *LimitError or *LinkTooLongError", c.Name, err, err)
				}
				continue
			}
			if len(link) > MaxLinkBytes {
				t.Fatalf("URL(%s) = %d bytes; over MaxLinkBytes", c.Name, len(link))
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

// FuzzCheckURL: a page URL CheckURL accepts has no invisible or bidi
// control character anywhere, parses with net/url to the same host, and
// has an ASCII host ASCIIHost can show; a Mastodon instance checkInstance
// accepts becomes a link authority net/url reads back unchanged.
func FuzzCheckURL(f *testing.F) {
	for _, s := range []string{
		"https://example.com/a?b#c", "https://bücher.example/", "http://[::1]:8080/", "https://ex..com/",
		"https://good.com%40evil.com/", "https://exa\u202emple.com/", "https://ex.com:65536/", "http://1.2.3.999/",
		"https://xn--bcher-kva.example:443/p", "https://EXAMPLE.com./", "mastodon.social", "m.example:8443", "../",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		if inst, err := checkInstance("mastodon", raw); err == nil {
			u, perr := url.Parse("https://" + inst + "/share")
			if perr != nil || u.Host != inst || u.Path != "/share" {
				t.Errorf("checkInstance(%q) = %q; net/url reads host %q path %q (%v)", raw, inst, u.Host, u.Path, perr)
			}
		}
		if CheckURL(raw) != nil {
			return
		}
		if i := strings.IndexFunc(raw, invisible); i >= 0 {
			t.Errorf("CheckURL(%q) accepted an invisible character at byte %d", raw, i)
		}
		host, err := ASCIIHost(raw)
		if err != nil || host == "" || !isASCII(host) {
			t.Errorf("ASCIIHost(%q) = %q, %v; want an ASCII host", raw, host, err)
		}
		// The path and query pass byte for byte (a stray '%' included, as
		// browsers take it): only the authority must read the same.
		auth := authority(raw)
		u, err := url.Parse("http://" + auth + "/")
		if err != nil || u.User != nil || u.Host != auth {
			t.Errorf("CheckURL(%q) accepted authority %q; net/url reads %v (%v)", raw, auth, u, err)
		}
	})
}
