package share

import (
	"errors"
	"strings"
	"testing"
)

// setWant is what Set.Append must equal: URL and Compose, network by
// network, a network that fails carrying its error wrapped with its name.
func setWant(networks []string, p Post) []Shared {
	var out []Shared
	for _, n := range networks {
		link, err := URL(n, p)
		if err != nil {
			out = append(out, Shared{Network: n, Err: &NetworkError{Network: n, Err: err}})
			continue
		}
		post, err := Compose(n, p)
		if err != nil {
			out = append(out, Shared{Network: n, Err: &NetworkError{Network: n, Err: err}})
			continue
		}
		out = append(out, Shared{Network: n, Link: link, Post: post})
	}
	return out
}

// checkSet checks s.Append(nil, p) against setWant: a post-level error
// (returned by Append) must be every network's URL error, and otherwise
// every network must match, its error included.
func checkSet(t *testing.T, s *Set, p Post) {
	t.Helper()
	want := setWant(s.Networks(), p)
	got, err := s.Append(nil, p)
	if err != nil {
		if len(got) != 0 {
			t.Errorf("Append(%+v) returned %d results with its error %v; want none", p, len(got), err)
		}
		for _, w := range want {
			if w.Err == nil || errors.Unwrap(w.Err).Error() != err.Error() {
				t.Errorf("Append(%+v) error %v is the post's, but URL(%s) gives %v", p, err, w.Network, w.Err)
			}
		}
		return
	}
	if len(got) != len(want) {
		t.Fatalf("Append(%+v) = %d results; want %d", p, len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if (g.Err == nil) != (w.Err == nil) || g.Err != nil && g.Err.Error() != w.Err.Error() {
			t.Errorf("Append(%+v)[%d] error %v; want %v", p, i, g.Err, w.Err)
		}
		g.Err, w.Err = nil, nil
		if g != w {
			t.Errorf("Append(%+v)[%d] =\n%+v\nwant (URL, Compose)\n%+v", p, i, g, w)
		}
	}
}

// TestSetAppend: Set.Append gives, for every network, exactly what URL and
// Compose give, for every test post and variants that fit only in part.
func TestSetAppend(t *testing.T) {
	var names []string
	for _, n := range Networks() {
		names = append(names, n.Name)
	}
	s, err := NewSet(names...)
	if err != nil {
		t.Fatalf("NewSet: %v", err)
	}
	for _, tp := range testPosts {
		variants := map[string]Post{"as is": tp.post}
		p := tp.post
		p.Title = strings.Repeat(p.Title+" ", 6)
		variants["long title"] = p
		p = tp.post
		p.InstanceLimit = 60
		variants["small instance limit"] = p
		p = tp.post
		p.UTM = UTM{Campaign: "c", Term: "t"}
		p.Via = "@handle"
		variants["utm and via"] = p
		for name, p := range variants {
			t.Run(tp.name+"/"+name, func(t *testing.T) { checkSet(t, s, p) })
		}
	}
}

func TestSetErrors(t *testing.T) {
	if _, err := NewSet("x", "nope"); !errors.Is(err, ErrUnknownNetwork) {
		t.Errorf("NewSet(x, nope) error %v; want ErrUnknownNetwork", err)
	}
	s, err := NewSet("x", "facebook", "mastodon", "bluesky")
	if err != nil {
		t.Fatalf("NewSet: %v", err)
	}
	ok := Post{URL: "https://example.com/a", Title: "Hello", Instance: "mastodon.social"}
	tests := []struct {
		name string
		edit func(*Post)
		want string // in the message
		post bool   // the post's own error, returned by Append; else one network's, in its Shared
	}{
		{"bad url", func(p *Post) { p.URL = "javascript:x" }, "share: Post.URL", true},
		{"bad tag", func(p *Post) { p.Hashtags = []string{"a b"} }, "share: Post.Hashtags[0]", true},
		{"bad via", func(p *Post) { p.Via = "not a handle" }, "share: Post.Via", true},
		{"utm too long", func(p *Post) {
			p.URL = "https://example.com/" + strings.Repeat("a", MaxURLBytes-25)
			p.UTM.Campaign = "c"
		}, "Post.URL: is", false},
		{"no instance", func(p *Post) { p.Instance = "" }, "share: mastodon: Post.Instance", false},
		{"url over the limit", func(p *Post) {
			p.InstanceLimit = 5
		}, "share: mastodon:", false},
		{"url over bluesky's limit only", func(p *Post) {
			p.URL = "https://example.com/" + strings.Repeat("a", 400)
		}, "share: bluesky:", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := ok
			tt.edit(&p)
			got, err := s.Append(nil, p)
			if tt.post {
				var fe *FieldError
				if !errors.As(err, &fe) || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("Append error %v; want the post's *FieldError containing %q", err, tt.want)
				}
			} else {
				if err != nil {
					t.Fatalf("Append error %v; want none: one network's error stays in its place", err)
				}
				failed := 0
				for _, sh := range got {
					var ne *NetworkError
					if sh.Err == nil {
						if sh.Link == "" || sh.Post == "" {
							t.Errorf("%s: no error but link %q, post %q", sh.Network, sh.Link, sh.Post)
						}
						continue
					}
					failed++
					if !errors.As(sh.Err, &ne) || ne.Network != sh.Network || !strings.Contains(sh.Err.Error(), tt.want) {
						t.Errorf("%s: error %v; want a *NetworkError naming it containing %q", sh.Network, sh.Err, tt.want)
					}
				}
				if failed == 0 || failed == len(got) && tt.name != "utm too long" {
					t.Errorf("%d of %d networks failed; want the one at fault only", failed, len(got))
				}
			}
			checkSet(t, s, p)
		})
	}
}

// TestSetAll: a Set made without names skips Mastodon for a post without an
// instance, as Links does.
func TestSetAll(t *testing.T) {
	s, err := NewSet()
	if err != nil {
		t.Fatalf("NewSet(): %v", err)
	}
	p := Post{URL: "https://example.com/a", Title: "Hello", Hashtags: []string{"news"}}
	got, err := s.Append(nil, p)
	if err != nil {
		t.Fatalf("Append: %v", err)
	}
	links, err := Links(p)
	if err != nil {
		t.Fatalf("Links: %v", err)
	}
	if len(got) != len(links) {
		t.Fatalf("Append gave %d networks; Links %d", len(got), len(links))
	}
	for i, l := range links {
		if got[i].Network != l.Network || got[i].Link != l.URL {
			t.Errorf("Append[%d] = %s %s; Links gives %s %s", i, got[i].Network, got[i].Link, l.Network, l.URL)
		}
	}
}

// FuzzSet: Set.Append equals URL and Compose on every network, and the
// quick fit test never claims a fit that the count denies.
func FuzzSet(f *testing.F) {
	for _, tp := range testPosts {
		f.Add(tp.post.URL, tp.post.Title, tp.post.Text, strings.Join(tp.post.Hashtags, " "), tp.post.UTM.Campaign, 0)
	}
	f.Add("https://a.b/c", strings.Repeat("e\u0301 ", 100), "", "a\u0301 b", "", 0)
	f.Add("https://a.b/c", "\u0958 ok", "", "x", "", 100)
	f.Add("https://a.b/c", "a.b c.d e.f", "", "t.u", "", 30)
	names := make([]string, len(builtins.order))
	for i, c := range builtins.order {
		names[i] = c.Name
	}
	s, err := NewSet(names...)
	if err != nil {
		f.Fatalf("NewSet: %v", err)
	}
	f.Fuzz(func(t *testing.T, pageURL, title, text, tags, campaign string, limit int) {
		p := Post{URL: pageURL, Title: title, Text: text, Hashtags: strings.Fields(tags),
			Via: "sharekit", Instance: "mastodon.social", InstanceLimit: max(0, limit%1000),
			UTM: UTM{Campaign: campaign}}
		checkSet(t, s, p)
		for _, c := range builtins.order {
			pr, err := c.prepare(p, true)
			if err != nil {
				continue
			}
			for _, l := range []layout{c.postLayout(), c.textLayout()} {
				via := (l.via || l.sepVia) && pr.via != ""
				var b strings.Builder
				_, draft := assemble(&b, pr.head, pr.tags, pr.url, pr.via, l)
				if n := c.length(draft); n > 0 && c.fitsWhole(&pr, via, n-1) {
					t.Errorf("fitsWhole(%s, %q, %d) = true; but Length = %d", c.Name, draft, n-1, n)
				}
			}
		}
	})
}
