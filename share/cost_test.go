package share

import (
	"strings"
	"testing"
)

// hostileHeads are headlines and bodies that once made fitting quadratic:
// every cut of an all-punctuation headline trimmed to nothing and was
// trimmed again for each shorter cut; every cut of a headline of hashtags
// was checked against every hashtag.
func hostileHeads() []struct {
	name string
	post Post
} {
	const n = 256 << 10
	words := strings.Repeat("Markets rally as the central bank holds rates steady; analysts see cuts ahead. ", (1<<20)/80)
	return []struct {
		name string
		post Post
	}{
		{"at-signs-256KB", Post{Title: strings.Repeat("@", n)}},
		{"dots-256KB", Post{Title: strings.Repeat(".", n)}},
		{"dot-space-256KB", Post{Title: "Word" + strings.Repeat(" .", n/2)}},
		{"spaces-256KB", Post{Title: "a" + strings.Repeat(" ", n) + "b"}},
		{"hashtags-256KB", Post{Title: strings.Repeat("#a ", n/3)}},
		{"one-word-256KB", Post{Title: strings.Repeat("a", n)}},
		{"cjk-256KB", Post{Title: strings.Repeat("東京で新しい美術館が開館", n/36)}},
		{"emoji-256KB", Post{Title: strings.Repeat("👩🏽‍🔬 ", n/16)}},
		{"urls-256KB", Post{Title: strings.Repeat("see ex.com/a ", n/13)}},
		{"body-1MB", Post{Title: "Headline", Text: words}},
		// One grapheme cluster of 1 MB, which X weighs by its parts.
		{"zwj-chain-1MB", Post{Title: "Chain " + strings.Repeat("\U0001F469\u200D", (1<<20)/7) + "\U0001F469"}},
	}
}

// TestFitCostIsLinear guards against quadratic fitting: for each hostile
// headline of hundreds of KB, on every network with a limit, the drafts
// fit assembles and counts add up to a few times the input, not to its
// square (or to its length times the number of cuts), and the result fits.
func TestFitCostIsLinear(t *testing.T) {
	for _, h := range hostileHeads() {
		for _, name := range []string{"x", "bluesky", "mastodon", "threads", "whatsapp"} {
			t.Run(h.name+"/"+name, func(t *testing.T) {
				c, err := (*Registry)(nil).lookup(name)
				if err != nil {
					t.Fatal(err)
				}
				p := h.post
				p.URL = "https://example.com/a"
				p.Instance = "m.example"
				pr, err := c.prepare(p, true)
				if err != nil {
					t.Fatal(err)
				}
				work := 0
				o := fitOptions{limit: c.limit(p), work: &work}
				if name == "whatsapp" {
					// Its limit (65,536) is beyond what a link holds: the
					// link's room is what binds, as in linkFor.
					o.escaped = MaxLinkBytes - 100
				}
				f, err := c.fitWith(&pr, c.postLayout(), o)
				if err != nil {
					t.Fatalf("fit: %v", err)
				}
				in := len(p.Title) + len(p.Text)
				if max := 4*in + 64<<10; work > max {
					t.Errorf("fitting a %d-byte post counted %d bytes of drafts; want at most %d", in, work, max)
				}
				if n := c.length(f.text); n > c.limit(p) {
					t.Errorf("fitted post counts %d; limit %d", n, c.limit(p))
				}
				if o.escaped > 0 && escapedLen(f.text, false) > o.escaped {
					t.Errorf("fitted post is %d bytes encoded; room %d", escapedLen(f.text, false), o.escaped)
				}
			})
		}
	}
}

// TestComposeHostileFinishes runs the public entry points (Compose, Draft,
// URL and Set.Append, which fits on its own fast path) on every hostile
// headline: each must finish (a quadratic path would take minutes) and give
// a post that fits.
func TestComposeHostileFinishes(t *testing.T) {
	set, err := NewSet("x", "bluesky", "mastodon")
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hostileHeads() {
		t.Run(h.name, func(t *testing.T) {
			p := h.post
			p.URL = "https://example.com/a"
			p.Instance = "m.example"
			for _, name := range []string{"x", "bluesky", "mastodon"} {
				d, err := Draft(name, p)
				if err != nil {
					t.Fatalf("Draft(%s): %v", name, err)
				}
				if d.Length > d.Limit {
					t.Errorf("Draft(%s) = %d/%d; over the limit", name, d.Length, d.Limit)
				}
				if _, err := URL(name, p); err != nil {
					t.Errorf("URL(%s): %v", name, err)
				}
			}
			shared, err := set.Append(nil, p)
			if err != nil {
				t.Fatalf("Set.Append: %v", err)
			}
			for _, s := range shared {
				want, _ := Compose(s.Network, p)
				if s.Post != want {
					t.Errorf("Set.Append post for %s = %q; Compose gives %q", s.Network, s.Post, want)
				}
			}
		})
	}
}
