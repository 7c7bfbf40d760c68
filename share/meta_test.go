package share

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func TestMeta(t *testing.T) {
	published := time.Date(2026, 3, 1, 9, 30, 0, 0, time.FixedZone("CET", 3600))
	tests := []struct {
		name string
		card Card
		want string
	}{
		{"full", Card{
			Title: "Fed holds rates", Description: "Two cuts signalled\nfor 2026.", URL: "https://news.example.com/fed",
			SiteName: "Example News", Locale: "en_GB", Image: "https://news.example.com/fed.jpg", ImageWidth: 1200, ImageHeight: 630,
			ImageAlt: "The Fed building", Published: published, Author: "Jane Doe", TwitterSite: "examplenews", TwitterCreator: "@jane",
		}, `<meta property="og:title" content="Fed holds rates">
<meta property="og:description" content="Two cuts signalled for 2026.">
<meta property="og:url" content="https://news.example.com/fed">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Example News">
<meta property="og:locale" content="en_GB">
<meta property="og:image" content="https://news.example.com/fed.jpg">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
<meta property="og:image:alt" content="The Fed building">
<meta property="article:published_time" content="2026-03-01T09:30:00+01:00">
<meta property="article:author" content="Jane Doe">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@examplenews">
<meta name="twitter:creator" content="@jane">
<meta name="twitter:image:alt" content="The Fed building">
`},
		{"minimal", Card{Title: "Hi", URL: "https://ex.com/"}, `<meta property="og:title" content="Hi">
<meta property="og:url" content="https://ex.com/">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary">
`},
		{"escaped", Card{Title: `"><script>alert(1)</script>`, URL: `https://ex.com/?a=1&b="2"`, Type: "website", TwitterCard: "summary"},
			`<meta property="og:title" content="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">
<meta property="og:url" content="https://ex.com/?a=1&amp;b=&#34;2&#34;">
<meta property="og:type" content="website">
<meta name="twitter:card" content="summary">
`},
		{"size-needs-both", Card{Title: "Hi", Image: "https://ex.com/i.png", ImageWidth: 1200}, `<meta property="og:title" content="Hi">
<meta property="og:type" content="article">
<meta property="og:image" content="https://ex.com/i.png">
<meta name="twitter:card" content="summary_large_image">
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(Meta(tt.card)); got != tt.want {
				t.Errorf("Meta(%+v) =\n%s\nwant\n%s", tt.card, got, tt.want)
			}
		})
	}
}

// FuzzMeta: whatever the card, Meta parses to <meta> elements only, each
// with the value given (made one line).
func FuzzMeta(f *testing.F) {
	f.Add("Title", "Desc", "https://ex.com/", "https://ex.com/i.png", "alt")
	f.Add(`"><script>`, "a\x00b\nc", `javascript:"'`, "</head>", "&amp;")
	f.Fuzz(func(t *testing.T, title, desc, u, img, alt string) {
		out := string(Meta(Card{Title: title, Description: desc, URL: u, Image: img, ImageAlt: alt, ImageWidth: 1, ImageHeight: 1}))
		z := html.NewTokenizer(strings.NewReader(out))
		got := map[string]string{}
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			tok := z.Token()
			switch tt {
			case html.StartTagToken, html.SelfClosingTagToken:
				if tok.Data != "meta" {
					t.Fatalf("Meta made a <%s> element:\n%s", tok.Data, out)
				}
				var key, val string
				for _, a := range tok.Attr {
					switch a.Key {
					case "property", "name":
						key = a.Val
					case "content":
						val = a.Val
					default:
						t.Fatalf("Meta wrote attribute %s:\n%s", a.Key, out)
					}
				}
				got[key] = val
			case html.TextToken:
				if strings.TrimSpace(tok.Data) != "" {
					t.Fatalf("Meta wrote text %q", tok.Data)
				}
			default:
				t.Fatalf("Meta wrote a %v token:\n%s", tt, out)
			}
		}
		if w := cleanLine(title); got["og:title"] != w {
			t.Errorf("og:title = %q; want %q", got["og:title"], w)
		}
		if w := cleanLine(desc); got["og:description"] != w {
			t.Errorf("og:description = %q; want %q", got["og:description"], w)
		}
	})
}
