package share

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

func TestCompose(t *testing.T) {
	tests := []struct {
		name, network string
		post          Post
		want          string
	}{
		{"x-full", "x", Post{URL: "https://ex.com/a", Title: "Go 1.26 released", Hashtags: []string{"golang", "release"}, Via: "golang"},
			"Go 1.26 released #golang #release https://ex.com/a via @golang"},
		{"x-summary", "x", Post{URL: "https://ex.com/a", Title: "Title", Text: "A summary\nin two lines"},
			"Title — A summary in two lines https://ex.com/a"},
		{"bluesky-no-via", "bluesky", Post{URL: "https://ex.com/a", Title: "Hi", Via: "golang"}, "Hi https://ex.com/a"},
		{"url-only", "mastodon", Post{URL: "https://ex.com/a", Instance: "m.example"}, "https://ex.com/a"},
		{"cleans-space", "threads", Post{URL: "https://ex.com/a", Title: "  two\t\tspaces\n here \u0007"}, "two spaces here https://ex.com/a"},
		{"empty-and-hash-tags", "x", Post{URL: "https://ex.com/a", Title: "T", Hashtags: []string{"", "a", "#b", " ", "#"}, Related: []string{"@x"}},
			"T #a #b https://ex.com/a"},
		{"utm", "linkedin", Post{URL: "https://ex.com/a", Title: "T", UTM: UTM{Campaign: "c"}},
			"T https://ex.com/a?utm_source=linkedin&utm_medium=social&utm_campaign=c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Compose(tt.network, tt.post)
			if err != nil {
				t.Fatalf("Compose(%q, %+v) error: %v", tt.network, tt.post, err)
			}
			if got != tt.want {
				t.Errorf("Compose(%q, %+v) = %q; want %q", tt.network, tt.post, got, tt.want)
			}
		})
	}
}

// TestComposeFits checks the fitting rules on every network with a limit
// and every test post: never over the limit, the URL always whole, tags
// whole and dropped from the end first, the headline shortened only when no
// tags are left, with "…", at a boundary that does not split a grapheme.
func TestComposeFits(t *testing.T) {
	long := Post{
		URL:      "https://example.com/very/long/path/to/an/article/about/something-important?with=query#and-fragment",
		Title:    strings.Repeat("Scientists discover remarkable new species deep in the ocean ", 6) + "👩🏽‍🔬🇯🇵",
		Hashtags: []string{"science", "ocean", "biology", "discovery", "nature", "deepsea", "marine"},
		Via:      "natgeo",
		Instance: "mastodon.social",
	}
	posts := append([]struct {
		name string
		post Post
	}{{"long", long}}, testPosts...)
	for _, tp := range posts {
		for _, c := range builtins.order {
			if c.Limit == 0 {
				continue
			}
			t.Run(tp.name+"/"+c.Name, func(t *testing.T) {
				d, err := Draft(c.Name, tp.post)
				if err != nil {
					t.Fatalf("Draft(%s) error: %v", c.Name, err)
				}
				checkFit(t, c, tp.post, d)
			})
		}
	}
}

func checkFit(t testing.TB, c *compiled, p Post, d Composed) {
	t.Helper()
	limit := c.limit(p)
	if d.Limit != limit || d.Length != Length(c.Name, d.Text) {
		t.Errorf("Draft(%s) Limit, Length = %d, %d; want %d, %d", c.Name, d.Limit, d.Length, limit, Length(c.Name, d.Text))
	}
	if limit > 0 && d.Length > limit {
		t.Errorf("Draft(%s).Text = %q has length %d; want ≤ %d", c.Name, d.Text, d.Length, limit)
	}
	if !utf8.ValidString(d.Text) {
		t.Errorf("Draft(%s).Text = %q is not valid UTF-8", c.Name, d.Text)
	}
	pr, _ := c.prepare(p, true)
	if !strings.Contains(d.Text, pr.url) {
		t.Errorf("Draft(%s).Text = %q; want the URL %q whole", c.Name, d.Text, pr.url)
	}
	// Tags kept are a prefix of the tags given, each whole.
	kept := 0
	for _, tag := range pr.tags {
		if strings.Contains(d.Text, "#"+tag+" ") {
			kept++
		} else {
			break
		}
	}
	for _, tag := range pr.tags[kept:] {
		if strings.Contains(d.Text, " #"+tag+" ") {
			t.Errorf("Draft(%s).Text = %q keeps #%s after dropping an earlier tag", c.Name, d.Text, tag)
		}
	}
	head, _, _ := strings.Cut(d.Text, " #")
	if strings.Contains(head, ellipsis) && !strings.HasPrefix(pr.head, head[:strings.Index(head, ellipsis)]) {
		t.Errorf("Draft(%s).Text = %q; the shortened headline is not a prefix of %q", c.Name, d.Text, pr.head)
	}
	if i := strings.Index(d.Text, ellipsis); i >= 0 {
		if kept > 0 {
			t.Errorf("Draft(%s).Text = %q shortened the headline while keeping tags", c.Name, d.Text)
		}
		// The cut is at a grapheme boundary of the original headline.
		prefix := d.Text[:i]
		if !strings.HasPrefix(pr.head, prefix) {
			t.Errorf("Draft(%s).Text = %q; %q is not a prefix of the headline", c.Name, d.Text, prefix)
		} else if !graphemeBoundary(pr.head, len(prefix)) {
			t.Errorf("Draft(%s).Text = %q splits a grapheme cluster of %q", c.Name, d.Text, pr.head)
		}
	}
}

func graphemeBoundary(s string, off int) bool {
	if off == 0 || off == len(s) {
		return true
	}
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		from, _ := g.Positions()
		if from == off {
			return true
		}
		if from > off {
			return false
		}
	}
	return false
}

func TestComposeDropsTagsFirst(t *testing.T) {
	p := Post{
		URL:      "https://ex.com/a",
		Title:    strings.Repeat("a", 240),
		Hashtags: []string{"one", "two", "three", "four"},
	}
	// 240 + " #one #two #three #four" (23) + " " + URL (23) = 287; without
	// #four 281; without #three 274: fits.
	got, err := Compose("x", p)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Repeat("a", 240) + " #one #two https://ex.com/a"
	if got != want {
		t.Errorf("Compose(x, long title + 4 tags) = %q; want %q", got, want)
	}
}

func TestComposeShortensAtWordBoundary(t *testing.T) {
	p := Post{
		URL:      "https://ex.com/a",
		Title:    strings.Repeat("word ", 60) + "end",
		Hashtags: []string{"tag"},
	}
	got, err := Compose("x", p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(got, "word… https://ex.com/a") || strings.Contains(got, "#tag") {
		t.Errorf("Compose(x, 303-character title) = %q; want the title cut after a word with …, no tag, then the URL", got)
	}
	if n := Length("x", got); n > 280 || n < 270 {
		t.Errorf("Length(x, %q) = %d; want 270..280 (as much headline as fits)", got, n)
	}
}

func TestComposeCJKAndEmoji(t *testing.T) {
	// Han characters weigh 2 on X: 200 of them cannot fit; CJK has no spaces
	// but UAX #29 breaks between ideographs, so the cut lands between two.
	p := Post{URL: "https://ex.com/a", Title: strings.Repeat("東京", 100)}
	got, err := Compose("x", p)
	if err != nil {
		t.Fatal(err)
	}
	if n := Length("x", got); n > 280 || n < 275 {
		t.Errorf("Length(x, %q) = %d; want 275..280", got, n)
	}
	// Bluesky counts graphemes: a family emoji is one and is never split.
	fam := "👨‍👩‍👧‍👦"
	p = Post{URL: "https://ex.com/a", Title: strings.Repeat(fam, 400)}
	got, err = Compose("bluesky", p)
	if err != nil {
		t.Fatal(err)
	}
	head := strings.TrimSuffix(got, "… https://ex.com/a")
	if strings.ReplaceAll(head, fam, "") != "" {
		t.Errorf("Compose(bluesky, 400 family emoji) = %q; want whole family emoji then …", got)
	}
	// 300 of them would be 7,500 bytes: Bluesky's 3,000-byte cap binds
	// first, so as many whole emoji as fit in 3,000 bytes.
	if n := Length("bluesky", got); n > 300 || len(got) > 3000 || len(got)+len(fam) <= 3000 {
		t.Errorf("Compose(bluesky, 400 family emoji) = %d graphemes, %d bytes; want at most 300 and 3,000, with no room for one more", n, len(got))
	}
	// 400 family emoji with graphemes to spare: only the bytes are over.
	p.Title = strings.Repeat(fam, 150)
	if got, _ := Compose("bluesky", p); len(got) > 3000 {
		t.Errorf("Compose(bluesky, 150 family emoji) = %d bytes; want at most 3,000", len(got))
	}
}

// TestBlueskyByteLimit guards Bluesky's second limit: 7,021 bytes in 18
// graphemes fit 300 graphemes but not 3,000 bytes, so the post is
// shortened (Compose, Draft and the link's text alike).
func TestBlueskyByteLimit(t *testing.T) {
	word := strings.Repeat("e\u0301", 195) // one grapheme of 391 bytes
	p := Post{URL: "https://ex.com/a", Title: strings.Repeat(word+" ", 18)}
	d, err := Draft("bluesky", p)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Text) > 3000 || d.Length > 300 {
		t.Errorf("Draft(bluesky) = %d graphemes, %d bytes; want at most 300 and 3,000", d.Length, len(d.Text))
	}
	link, err := URL("bluesky", p)
	if err != nil {
		t.Fatal(err)
	}
	text := linkParam(t, link, "text")
	if len(text) > 3000 {
		t.Errorf("URL(bluesky) text = %d bytes; want at most 3,000", len(text))
	}
}

func TestComposeNeverSplitsURLInHeadline(t *testing.T) {
	p := Post{URL: "https://ex.com/a", Title: strings.Repeat("x ", 120) + "see example.com/some/long/path/that/goes/on and more words here"}
	got, err := Compose("x", p)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(got, "example.com") && !strings.Contains(got, "example.com/some/long/path/that/goes/on") {
		t.Errorf("Compose(x, title with URL) = %q splits the URL", got)
	}
}

func TestComposeURLTooLong(t *testing.T) {
	r := &Registry{}
	if err := r.Register(Network{Name: "tiny", Limit: 15, Template: "https://tiny.example/?t={text}"}); err != nil {
		t.Fatal(err)
	}
	_, err := r.Compose("tiny", Post{URL: "https://example.com/long", Title: "T"})
	var le *LimitError
	if !errors.As(err, &le) || le.Limit != 15 || le.Length != 24 {
		t.Errorf("Compose(tiny) error = %v; want *LimitError{Length: 24, Limit: 15}", err)
	}
	_, err = r.URL("tiny", Post{URL: "https://example.com/long", Title: "T"})
	if !errors.As(err, &le) {
		t.Errorf("URL(tiny) error = %v; want *LimitError", err)
	}
	// The URL alone fits: the headline and via go, no error.
	got, err := r.Compose("tiny", Post{URL: "https://e.co/", Title: "Too long a title"})
	if err != nil || got != "https://e.co/" {
		t.Errorf("Compose(tiny, short URL) = %q, %v; want the URL alone", got, err)
	}
}

func TestDraftEntities(t *testing.T) {
	p := Post{URL: "https://ex.com/a", Title: "Café ☕ news", Hashtags: []string{"coffee", "café"}, Via: "brew"}
	d, err := Draft("x", p)
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "Café ☕ news #coffee #café https://ex.com/a via @brew" {
		t.Fatalf("Draft(x).Text = %q", d.Text)
	}
	e := d.Entities
	if e == nil || len(e.Hashtags) != 2 || len(e.Urls) != 1 {
		t.Fatalf("Draft(x).Entities = %+v; want 2 hashtags and 1 URL", e)
	}
	runes := []rune(d.Text)
	for _, h := range e.Hashtags {
		if got := string(runes[h.Indices.Start():h.Indices.End()]); got != "#"+h.Text {
			t.Errorf("hashtag entity %+v indexes %q; want %q", h, got, "#"+h.Text)
		}
	}
	u := e.Urls[0]
	if got := string(runes[u.Indices.Start():u.Indices.End()]); got != "https://ex.com/a" || u.ExpandedURL != "https://ex.com/a" || u.DisplayURL != "ex.com/a" {
		t.Errorf("URL entity %+v indexes %q; want https://ex.com/a, display ex.com/a", u, got)
	}
	if len(e.UserMentions) != 1 || e.UserMentions[0].ScreenName != "brew" ||
		string(runes[e.UserMentions[0].Indices.Start():e.UserMentions[0].Indices.End()]) != "@brew" {
		t.Errorf("Draft(x).Entities.UserMentions = %+v; want @brew at its code-point span", e.UserMentions)
	}
	if d, _ := Draft("bluesky", p); d.Entities != nil {
		t.Errorf("Draft(bluesky).Entities = %+v; want nil (X only)", d.Entities)
	}
}

func TestInstanceLimit(t *testing.T) {
	p := Post{URL: "https://ex.com/a", Title: strings.Repeat("word ", 150), Instance: "big.example"}
	d, err := Draft("mastodon", p)
	if err != nil {
		t.Fatal(err)
	}
	if d.Limit != 500 || d.Length > 500 || !strings.Contains(d.Text, ellipsis) {
		t.Errorf("Draft(mastodon) = %d/%d; want shortened to ≤ 500", d.Length, d.Limit)
	}
	p.InstanceLimit = 1000
	d, err = Draft("mastodon", p)
	if err != nil {
		t.Fatal(err)
	}
	if d.Limit != 1000 || strings.Contains(d.Text, ellipsis) {
		t.Errorf("Draft(mastodon, InstanceLimit 1000) = %d/%d %q; want the whole post", d.Length, d.Limit, d.Text)
	}
	// InstanceLimit applies only to instance networks.
	if d, _ := Draft("bluesky", p); d.Limit != 300 {
		t.Errorf("Draft(bluesky, InstanceLimit 1000).Limit = %d; want 300", d.Limit)
	}
}

// TestTextIsOneLine pins the deliberate choice the package doc explains:
// Post.Text's line breaks are flattened in posts (Compose and the {text} of
// X, Bluesky and Threads links) and kept, encoded, in bodies ({summary},
// {body}).
func TestTextIsOneLine(t *testing.T) {
	p := Post{URL: "https://example.com/a", Title: "Head\nline", Text: "body\nmore\r\n\r\nlast", Instance: "mastodon.social"}
	const line = "Head line — body more last"
	for _, network := range []string{"x", "bluesky", "threads", "mastodon", "linkedin"} {
		post, err := Compose(network, p)
		if err != nil {
			t.Fatalf("Compose(%s): %v", network, err)
		}
		if !strings.HasPrefix(post, line+" ") || strings.ContainsAny(post, "\r\n") {
			t.Errorf("Compose(%s) = %q; want one line starting %q", network, post, line)
		}
	}
	for _, tt := range []struct{ network, want string }{
		{"x", "text=Head%20line%20%E2%80%94%20body%20more%20last&"},
		{"bluesky", "text=Head%20line%20%E2%80%94%20body%20more%20last%20https"},
		{"threads", "text=Head%20line%20%E2%80%94%20body%20more%20last&"},
		{"tumblr", "caption=body%0Amore%0A%0Alast"},
		{"email", "body=body%0D%0Amore%0D%0A%0D%0Alast%0D%0A%0D%0Ahttps"},
	} {
		link, err := URL(tt.network, p)
		if err != nil {
			t.Fatalf("URL(%s): %v", tt.network, err)
		}
		if !strings.Contains(link, tt.want) {
			t.Errorf("URL(%s) = %q; want it to contain %q", tt.network, link, tt.want)
		}
	}
}

// linkParam returns the decoded query parameter key of link.
func linkParam(t *testing.T, link, key string) string {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil {
		t.Fatalf("url.Parse(%q): %v", link, err)
	}
	return u.Query().Get(key)
}
