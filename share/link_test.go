package share

import (
	"errors"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files")

// wantLinkValues returns, for c's link for p, the decoded value each query
// key must carry: the page URL exactly as given (UTM-tagged when asked), the
// text as fitted, and so on. Keys whose value is empty must be absent.
func wantLinkValues(t testing.TB, c *compiled, p Post) map[string]string {
	t.Helper()
	pr, err := c.prepare(p, true)
	if err != nil {
		t.Fatalf("prepare(%s): %v", c.Name, err)
	}
	want := map[string]string{}
	tags := pr.tags
	if c.has[phText] {
		f, err := c.fit(&pr, c.textLayout(), c.limit(p))
		if err != nil {
			t.Fatalf("fit(%s): %v", c.Name, err)
		}
		want["{text}"] = f.text
		tags = f.tags
	}
	nl := "\n"
	if c.mailto {
		nl = "\r\n"
	}
	for _, prm := range c.params {
		var v string
		switch prm.ph {
		case phLiteral:
			v = prm.lit
		case phURL:
			v = p.URL
			if p.UTM.Campaign != "" {
				v = p.UTM.Tag(c.Name, p.URL)
			}
		case phText:
			v = want["{text}"]
		case phTitle:
			v = pr.title
			if c.TitleLimit > 0 && runeCount(v) > c.TitleLimit {
				v = "(shortened)"
			}
		case phSummary:
			v = cleanBlock(p.Text)
		case phBody:
			v = pr.url
			if s := cleanBlock(p.Text); s != "" {
				v = s + "\n\n" + pr.url
			}
		case phHashtags:
			v = strings.Join(tags, ",")
		case phHashtag:
			if len(tags) > 0 {
				v = "#" + tags[0]
			}
		case phTag:
			// Threads' topic tag: the first hashtag of at most 50 code
			// points without '.' or '&', whatever fitting kept.
			for _, tag := range pr.tags {
				if utf8.RuneCountInString(tag) <= 50 && !strings.ContainsAny(tag, ".&") {
					v = tag
					break
				}
			}
		case phVia:
			v = pr.via
		case phRelated:
			v = strings.Join(pr.related, ",")
		case phImage:
			v = pr.image
		}
		want[prm.key] = strings.ReplaceAll(v, "\n", nl)
	}
	return want
}

// checkLink asserts the link properties: it parses with net/url, spaces are
// %20 (never +), and decoding its parameters gives back exactly the page URL
// that went in (with UTM when asked) and the text as composed.
func checkLink(t testing.TB, c *compiled, p Post, link string) {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil {
		t.Fatalf("%s: url.Parse(%q): %v", c.Name, link, err)
	}
	if strings.Contains(u.RawQuery, "+") || strings.Contains(u.RawQuery, " ") {
		t.Errorf("%s: query %q has a raw '+' or space; want %%2B and %%20", c.Name, u.RawQuery)
	}
	if c.has[phInstance] && u.Host == "" {
		t.Errorf("%s: link %q has no host", c.Name, link)
	}
	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		t.Fatalf("%s: url.ParseQuery(%q): %v", c.Name, u.RawQuery, err)
	}
	want := wantLinkValues(t, c, p)
	for _, prm := range c.params {
		w := want[prm.key]
		got, present := q[prm.key]
		switch {
		case w == "" && present:
			t.Errorf("%s: parameter %s = %q; want it left out (empty)", c.Name, prm.key, got)
		case w == "(shortened)":
			if len(got) != 1 || runeCount(got[0]) > c.TitleLimit || !strings.HasSuffix(got[0], ellipsis) {
				t.Errorf("%s: %s = %q; want a title shortened to %d with …", c.Name, prm.key, got, c.TitleLimit)
			}
		case w != "" && (len(got) != 1 || got[0] != w):
			t.Errorf("%s: parameter %s decodes to %q; want %q", c.Name, prm.key, got, w)
		}
		for _, g := range got {
			if !utf8.ValidString(g) {
				t.Errorf("%s: parameter %s = %q is not valid UTF-8", c.Name, prm.key, g)
			}
		}
	}
	if len(q) > len(c.params) {
		t.Errorf("%s: link %q has parameters %v the template does not name", c.Name, link, q)
	}
}

func TestLinksRoundTrip(t *testing.T) {
	for _, tp := range testPosts {
		for _, c := range builtins.order {
			t.Run(tp.name+"/"+c.Name, func(t *testing.T) {
				link, err := URL(c.Name, tp.post)
				if err != nil {
					t.Fatalf("URL(%q, %s) error: %v", c.Name, tp.name, err)
				}
				checkLink(t, c, tp.post, link)
			})
		}
	}
}

// TestLinkDraftsFit checks that what the networks assemble from the links
// fits: X's draft (text, url, #tags, via @handle) within 280 as X counts,
// Bluesky's and Threads' prefills within theirs.
func TestLinkDraftsFit(t *testing.T) {
	for _, tp := range testPosts {
		t.Run(tp.name, func(t *testing.T) {
			link, err := URL("x", tp.post)
			if err != nil {
				t.Fatal(err)
			}
			u, _ := url.Parse(link)
			q := u.Query()
			parts := []string{q.Get("text"), q.Get("url")}
			for tag := range strings.SplitSeq(q.Get("hashtags"), ",") {
				if tag != "" {
					parts = append(parts, "#"+tag)
				}
			}
			if v := q.Get("via"); v != "" {
				parts = append(parts, "via @"+v)
			}
			draft := strings.Join(parts, " ")
			if n := Length("x", draft); n > 280 {
				t.Errorf("X draft %q has length %d; want ≤ 280", draft, n)
			}

			link, err = URL("bluesky", tp.post)
			if err != nil {
				t.Fatal(err)
			}
			u, _ = url.Parse(link)
			text := u.Query().Get("text")
			if n := Length("bluesky", text); n > 300 {
				t.Errorf("Bluesky text %q has %d graphemes; want ≤ 300", text, n)
			}
			post, err := Compose("bluesky", tp.post)
			if err != nil {
				t.Fatal(err)
			}
			if text != post {
				t.Errorf("Bluesky link text = %q; want Compose's %q", text, post)
			}

			link, err = URL("threads", tp.post)
			if err != nil {
				t.Fatal(err)
			}
			u, _ = url.Parse(link)
			q = u.Query()
			if n := Length("threads", q.Get("text")+" "+q.Get("url")); n > 500 {
				t.Errorf("Threads draft has length %d; want ≤ 500", n)
			}
		})
	}
}

func TestLinksGolden(t *testing.T) {
	var b strings.Builder
	for _, tp := range testPosts {
		b.WriteString("## " + tp.name + "\n")
		links, err := Links(tp.post)
		if err != nil {
			t.Fatalf("Links(%s): %v", tp.name, err)
		}
		for _, l := range links {
			b.WriteString(l.Network + "\t" + l.URL + "\n")
		}
		b.WriteString("\n")
	}
	golden(t, "links.golden", b.String())
}

// golden compares got with testdata/share/name, rewriting it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "testdata", "share", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	wantb, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./share -run %s -update to create it)", err, t.Name())
	}
	want := string(wantb)
	if got == want {
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Errorf("%s line %d:\n got: %s\nwant: %s", path, i+1, g, w)
			return
		}
	}
}

func TestLinksOrderAndErrors(t *testing.T) {
	p := Post{URL: "https://example.com/a", Title: "Hi"}
	links, err := Links(p, "reddit", "X", "email")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, l := range links {
		names = append(names, l.Network)
	}
	if got := strings.Join(names, ","); got != "reddit,x,email" {
		t.Errorf("Links(reddit, X, email) networks = %s; want reddit,x,email", got)
	}

	all, err := Links(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(builtin)-1 {
		t.Errorf("Links(p) without Instance gave %d links; want %d (all but mastodon)", len(all), len(builtin)-1)
	}

	links, err = Links(p, "x", "mastodon")
	if len(links) != 2 || links[0].URL == "" || links[0].Err != nil || links[1].Err == nil || links[1].URL != "" {
		t.Errorf("Links(x, mastodon) without Instance = %+v; want x's link and mastodon's error in its place", links)
	}
	var ne *NetworkError
	var fe *FieldError
	if !errors.As(err, &ne) || ne.Network != "mastodon" || !errors.As(err, &fe) || fe.Field != "Post.Instance" {
		t.Errorf("Links(x, mastodon) without Instance error = %v; want a *NetworkError for mastodon wrapping a Post.Instance *FieldError", err)
	}
	if err != nil && !strings.HasPrefix(err.Error(), "share: mastodon: Post.Instance: missing") {
		t.Errorf("error message = %q; want it to start share: mastodon: Post.Instance: missing", err)
	}

	_, err = Links(p, "x", "myspace")
	if !errors.Is(err, ErrUnknownNetwork) || !strings.Contains(err.Error(), "x, facebook, linkedin") {
		t.Errorf("Links(myspace) error = %v; want ErrUnknownNetwork listing the valid names", err)
	}
}

func TestURLRejects(t *testing.T) {
	tests := []struct {
		name, url, field, reason string
	}{
		{"javascript", "javascript:alert(1)", "Post.URL", `scheme "javascript" not allowed; want http or https`},
		{"data", "data:text/html,<b>x</b>", "Post.URL", `scheme "data" not allowed`},
		{"ftp", "ftp://example.com/f", "Post.URL", `scheme "ftp" not allowed`},
		{"relative", "/news/1", "Post.URL", "is relative"},
		{"relative-host", "example.com/news", "Post.URL", "is relative"},
		{"scheme-relative", "//example.com/x", "Post.URL", "is relative"},
		{"empty", "", "Post.URL", "missing"},
		{"no-host", "https:///path", "Post.URL", "has no host"},
		{"no-slashes", "https:example.com", "Post.URL", "has no host"},
		{"newline", "https://example.com/a\nb", "Post.URL", "control character U+000A at byte 21"},
		{"nul", "https://example.com/\x00", "Post.URL", "control character U+0000"},
		{"c1", "https://example.com/\u0085", "Post.URL", "control character U+0085"},
		{"space", "https://example.com/a b", "Post.URL", "space at byte 21"},
		{"too-long", "https://example.com/" + strings.Repeat("a", 2100), "Post.URL", "is 2120 bytes; at most 2048"},
		{"userinfo", "https://bank.example@evil.example/", "Post.URL", "user info"},
		{"bad-utf8", "https://example.com/\xff", "Post.URL", "invalid UTF-8"},
		{"bad-port", "https://example.com:80a/", "Post.URL", "port"},
		{"bad-host", "https://exa<mple.com/", "Post.URL", "host"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := URL("x", Post{URL: tt.url})
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("URL(x, %q) error = %v; want a *FieldError", tt.url, err)
			}
			if fe.Field != tt.field || !strings.Contains(fe.Reason, tt.reason) || !strings.HasPrefix(err.Error(), "share: "+tt.field+": ") {
				t.Errorf("URL(x, %q) error = %q; want field %s, reason containing %q", tt.url, err, tt.field, tt.reason)
			}
		})
	}

	t.Run("image", func(t *testing.T) {
		_, err := URL("pinterest", Post{URL: "https://example.com/", Image: "javascript:x"})
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != "Post.Image" {
			t.Errorf("URL(pinterest, Image javascript:) error = %v; want a Post.Image *FieldError", err)
		}
	})
	t.Run("tag", func(t *testing.T) {
		_, err := URL("x", Post{URL: "https://example.com/", Hashtags: []string{"ok", "two words"}})
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != "Post.Hashtags[1]" {
			t.Errorf("URL(x, tag with space) error = %v; want a Post.Hashtags[1] *FieldError", err)
		}
	})
	t.Run("related", func(t *testing.T) {
		_, err := URL("x", Post{URL: "https://example.com/", Related: []string{"ok", "@fine", "no way"}})
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != "Post.Related[2]" {
			t.Errorf("URL(x, bad Related) error = %v; want a Post.Related[2] *FieldError", err)
		}
	})
	t.Run("via", func(t *testing.T) {
		_, err := URL("x", Post{URL: "https://example.com/", Via: "not a handle"})
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != "Post.Via" {
			t.Errorf("URL(x, bad Via) error = %v; want a Post.Via *FieldError", err)
		}
	})
	t.Run("instance", func(t *testing.T) {
		for _, in := range []string{"", "javascript://x", "mastodon.social/path?x", "a b", "host:port"} {
			_, err := URL("mastodon", Post{URL: "https://example.com/", Instance: in})
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != "Post.Instance" {
				t.Errorf("URL(mastodon, Instance %q) error = %v; want a Post.Instance *FieldError", in, err)
			}
		}
	})
}

func TestURLAccepts(t *testing.T) {
	tests := []struct{ name, url string }{
		{"query-fragment", "https://example.com/a?b=1&c=2#d"},
		{"encoded", "https://ex.com/a%20b?q=%2B1&r=2#frag"},
		{"idn", "https://bücher.example/straße?q=ü"},
		{"punycode", "https://xn--bcher-kva.example/"},
		{"port", "http://localhost:8080/x"},
		{"ipv6", "http://[::1]:8080/"},
		{"upper-scheme", "HTTPS://EXAMPLE.COM/"},
		{"max-length", "https://example.com/" + strings.Repeat("a", 2048-20)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Post{URL: tt.url, Title: "t", Instance: "mastodon.social"}
			for _, c := range builtins.order {
				link, err := URL(c.Name, p)
				var le *LimitError
				if errors.As(err, &le) && le.Length > le.Limit {
					continue // a 2 KB URL is over Bluesky's and Threads' limits
				}
				if err != nil {
					t.Fatalf("URL(%s, %q) error: %v", c.Name, tt.url, err)
				}
				checkLink(t, c, p, link)
			}
		})
	}
}

func TestSpecificLinks(t *testing.T) {
	tests := []struct {
		network string
		post    Post
		want    string
	}{
		{"x", Post{URL: "https://ex.com/a%20b?q=1&r=2#frag", Title: "A + B & C #1", Hashtags: []string{"#go", "news"}, Via: "@gopher", Related: []string{"golang"}},
			"https://x.com/intent/tweet?text=A%20%2B%20B%20%26%20C%20%231&url=https%3A%2F%2Fex.com%2Fa%2520b%3Fq%3D1%26r%3D2%23frag&hashtags=go%2Cnews&via=gopher&related=golang"},
		{"facebook", Post{URL: "https://ex.com/", Hashtags: []string{"go", "news"}},
			"https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fex.com%2F&hashtag=%23go"},
		{"linkedin", Post{URL: "https://ex.com/", Title: "ignored by LinkedIn"},
			"https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fex.com%2F"},
		{"email", Post{URL: "https://ex.com/", Title: "Hi there", Text: "Line 1\nLine 2"},
			"mailto:?subject=Hi%20there&body=Line%201%0D%0ALine%202%0D%0A%0D%0Ahttps%3A%2F%2Fex.com%2F"},
		{"mastodon", Post{URL: "https://ex.com/", Title: "Hi", Instance: "https://Mastodon.Social/"},
			"https://mastodon.social/share?text=Hi%20https%3A%2F%2Fex.com%2F"},
		{"mastodon", Post{URL: "https://ex.com/", Title: "Hi", Instance: "bücher.example:8443"},
			"https://xn--bcher-kva.example:8443/share?text=Hi%20https%3A%2F%2Fex.com%2F"},
		{"bluesky", Post{URL: "https://ex.com/", Title: "Hi", Hashtags: []string{"a"}, Via: "x"},
			"https://bsky.app/intent/compose?text=Hi%20%23a%20https%3A%2F%2Fex.com%2F"},
		{"threads", Post{URL: "https://ex.com/", Title: "Hi", Hashtags: []string{"a"}},
			"https://www.threads.com/intent/post?text=Hi%20%23a&url=https%3A%2F%2Fex.com%2F&tag=a"},
		{"threads", Post{URL: "https://ex.com/", Title: "Hi", Hashtags: []string{"a.b", "R&D", strings.Repeat("t", 51), "ok"}},
			"https://www.threads.com/intent/post?text=Hi%20%23a.b%20%23R%26D%20%23" + strings.Repeat("t", 51) + "%20%23ok&url=https%3A%2F%2Fex.com%2F&tag=ok"},
		{"weibo", Post{URL: "https://ex.com/", Title: "Hi", Hashtags: []string{"a", "b"}},
			"https://service.weibo.com/share/share.php?url=https%3A%2F%2Fex.com%2F&title=Hi%20%23a%23%20%23b%23"},
		{"line", Post{URL: "https://ex.com/", Title: "Hi", Hashtags: []string{"a"}},
			"https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fex.com%2F&text=Hi%20%23a"},
		{"sms", Post{URL: "https://ex.com/?q=1&r=2", Title: "Hi & bye"},
			"sms:?body=Hi%20%26%20bye%20https%3A%2F%2Fex.com%2F%3Fq%3D1%26r%3D2"},
		{"viber", Post{URL: "https://ex.com/", Title: "Hi", Hashtags: []string{"a"}},
			"viber://forward?text=Hi%20%23a%20https%3A%2F%2Fex.com%2F"},
		{"teams", Post{URL: "https://ex.com/", Title: "Hi"},
			"https://teams.microsoft.com/share?href=https%3A%2F%2Fex.com%2F&msgText=Hi&preview=true"},
		{"odnoklassniki", Post{URL: "https://ex.com/", Title: "Hi", Image: "https://ex.com/i.png"},
			"https://connect.ok.ru/offer?url=https%3A%2F%2Fex.com%2F&title=Hi&imageUrl=https%3A%2F%2Fex.com%2Fi.png"},
		{"email", Post{URL: "https://ex.com/", Title: "Hi", Text: "one\ftwo\vthree\u0085four"},
			"mailto:?subject=Hi&body=one%20two%20three%0D%0Afour%0D%0A%0D%0Ahttps%3A%2F%2Fex.com%2F"},
		{"tumblr", Post{URL: "https://ex.com/", Title: "Hi", Hashtags: []string{"a", "b"}},
			"https://www.tumblr.com/widgets/share/tool?posttype=link&canonicalUrl=https%3A%2F%2Fex.com%2F&content=https%3A%2F%2Fex.com%2F&title=Hi&tags=a%2Cb"},
		{"tumblr", Post{URL: "https://ex.com/", Title: "Hi", Text: "one\ftwo"},
			"https://www.tumblr.com/widgets/share/tool?posttype=link&canonicalUrl=https%3A%2F%2Fex.com%2F&content=https%3A%2F%2Fex.com%2F&title=Hi&caption=one%20two"},
		{"hackernews", Post{URL: "https://ex.com/", Title: "Bad\xffbyte"},
			"https://news.ycombinator.com/submitlink?u=https%3A%2F%2Fex.com%2F&t=Bad%EF%BF%BDbyte"},
		{"x", Post{URL: "https://ex.com/", UTM: UTM{Campaign: "c1"}},
			"https://x.com/intent/tweet?url=https%3A%2F%2Fex.com%2F%3Futm_source%3Dx%26utm_medium%3Dsocial%26utm_campaign%3Dc1"},
	}
	for _, tt := range tests {
		t.Run(tt.network, func(t *testing.T) {
			got, err := URL(tt.network, tt.post)
			if err != nil {
				t.Fatalf("URL(%q, %+v) error: %v", tt.network, tt.post, err)
			}
			if got != tt.want {
				t.Errorf("URL(%q, %+v) =\n %s\nwant\n %s", tt.network, tt.post, got, tt.want)
			}
		})
	}
}

func TestHackerNewsTitleShortened(t *testing.T) {
	title := strings.Repeat("word ", 30) + "end"
	link, err := URL("hackernews", Post{URL: "https://ex.com/", Title: title})
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(link)
	got := u.Query().Get("t")
	if n := runeCount(got); n > 80 || !strings.HasSuffix(got, "word…") {
		t.Errorf("Hacker News title = %q (%d code points); want ≤ 80 ending word…", got, n)
	}
}

// TestLinksOneNetworkNeverSinksTheOthers: a URL too long for Bluesky's post
// gives Bluesky an error in its place and every other network its link,
// with the error still returned for callers that only check it.
func TestLinksOneNetworkNeverSinksTheOthers(t *testing.T) {
	p := Post{URL: "https://example.com/" + strings.Repeat("a", 400), Title: "Storm hits Brittany"}
	links, err := Links(p)
	var ne *NetworkError
	if !errors.As(err, &ne) || ne.Network != "bluesky" {
		t.Fatalf("Links error %v; want a *NetworkError for bluesky", err)
	}
	all, _ := NewSet()
	if got, want := len(links), len(all.Networks())-1; got != want {
		t.Fatalf("Links gave %d links; want one per network (%d, all but mastodon)", got, want)
	}
	for _, l := range links {
		switch {
		case l.Network == "bluesky" && (l.Err == nil || l.URL != ""):
			t.Errorf("bluesky = %+v; want its error and no URL", l)
		case l.Network != "bluesky" && (l.Err != nil || l.URL == ""):
			t.Errorf("%s = %+v; want its link, built despite bluesky's error", l.Network, l)
		}
	}
}
