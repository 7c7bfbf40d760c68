package share

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hostilePosts are posts whose fields try to break out of the bar's HTML.
var hostilePosts = []struct {
	name string
	post Post
}{
	{"script-title", Post{URL: "https://ex.com/a", Title: `</a></li></ul></nav><script>alert(1)</script>`, Hashtags: []string{"x"}}},
	{"attribute-breakout-url", Post{URL: `https://ex.com/"><img%20src=x%20onerror=alert(1)>?q='a'&b=<c>`, Title: `" onmouseover="alert(1)`}},
	{"quotes-and-amps", Post{URL: "https://ex.com/?a=1&b=2#x", Title: `It's "Tom & Jerry" <b>bold</b>`, Text: "one\ftwo", Hashtags: []string{"a&b", "c"}}},
	{"rtl-and-emoji", Post{URL: "https://ex.com/ar", Title: "\u202eالاقتصاد 👩‍👩‍👧 \u0000nul", Hashtags: []string{"اقتصاد"}}},
	{"javascript-in-title", Post{URL: "https://ex.com/", Title: "javascript:alert(1)"}},
}

// parsedBar is the structure of a bar, read back with a real HTML parser.
type parsedBar struct {
	navs, scripts, elements int
	label                   string
	links                   []parsedLink
	ids                     []string
}

type parsedLink struct {
	href, target, rel, ariaLabel, text, class string
	svgs                                      int
}

// parseBar parses frag as a fragment in a <div> (as a page would hold it)
// and describes what it made.
func parseBar(t testing.TB, frag string) parsedBar {
	t.Helper()
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(frag), ctx)
	if err != nil {
		t.Fatalf("parsing the bar: %v", err)
	}
	var pb parsedBar
	var walk func(n *html.Node, link *parsedLink)
	walk = func(n *html.Node, link *parsedLink) {
		if n.Type == html.ElementNode {
			pb.elements++
			for _, a := range n.Attr {
				if a.Key == "id" {
					pb.ids = append(pb.ids, a.Val)
				}
				if strings.HasPrefix(a.Key, "on") || a.Key == "style" {
					t.Errorf("element <%s> has attribute %s=%q; want none", n.Data, a.Key, a.Val)
				}
			}
			switch n.Data {
			case "nav":
				pb.navs++
				pb.label = attr(n, "aria-label")
			case "script", "img", "iframe", "object", "style", "link", "form", "input":
				pb.scripts++
			case "a":
				pb.links = append(pb.links, parsedLink{href: attr(n, "href"), target: attr(n, "target"), rel: attr(n, "rel"), ariaLabel: attr(n, "aria-label"), class: attr(n, "class")})
				link = &pb.links[len(pb.links)-1]
			case "svg":
				if link != nil {
					link.svgs++
				}
			}
		}
		if n.Type == html.TextNode && link != nil {
			link.text += n.Data
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, link)
		}
	}
	if len(nodes) != 1 {
		t.Errorf("the bar parses to %d top-level nodes; want 1 <nav>", len(nodes))
	}
	for _, n := range nodes {
		walk(n, nil)
	}
	return pb
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// checkBar checks the invariants of every bar: one nav, nothing but the
// bar's own elements, each link the share.URL of its network, with a name.
func checkBar(t testing.TB, r *Registry, p Post, opts BarOptions, networks []string, frag string) {
	t.Helper()
	pb := parseBar(t, frag)
	if pb.navs != 1 || pb.scripts != 0 {
		t.Errorf("bar has %d <nav> and %d script/img/style elements; want 1 and 0:\n%s", pb.navs, pb.scripts, frag)
	}
	wantLabel := cleanLine(opts.Label)
	if wantLabel == "" {
		wantLabel = "Share"
	}
	if pb.label != wantLabel {
		t.Errorf("bar's accessible name = %q; want %q", pb.label, wantLabel)
	}
	if len(pb.ids) != 0 {
		t.Errorf("bar has ids %q; want none (two bars on a page would clash)", pb.ids)
	}
	if len(pb.links) != len(networks) {
		t.Fatalf("bar has %d links; want %d (%v)", len(pb.links), len(networks), networks)
	}
	perLink := 4 // li, a, svg+path or span
	switch opts.Display {
	case IconsAndNames:
		perLink = 5
	case NamesOnly:
		perLink = 3
	}
	want := 2 + len(networks)*perLink // nav, ul
	if !opts.HideLabel {
		want++
	}
	if pb.elements != want {
		t.Errorf("bar has %d elements; want %d:\n%s", pb.elements, want, frag)
	}
	for i, l := range pb.links {
		u, err := r.URL(networks[i], p)
		if err != nil {
			t.Fatal(err)
		}
		if l.href != u {
			t.Errorf("link %d href = %q; want share.URL(%s) = %q", i, l.href, networks[i], u)
		}
		if l.rel != "noopener noreferrer" {
			t.Errorf("link %d rel = %q; want noopener noreferrer", i, l.rel)
		}
		n, _ := r.Lookup(networks[i])
		name := strings.TrimSpace(l.text)
		if opts.Display == IconsOnly {
			name = l.ariaLabel
		}
		if name != cleanLine(n.Title) {
			t.Errorf("link %d accessible name = %q; want %q", i, name, n.Title)
		}
		if (opts.Display == NamesOnly) != (l.svgs == 0) {
			t.Errorf("link %d has %d icons under display %v", i, l.svgs, opts.Display)
		}
	}
}

func TestBarHostile(t *testing.T) {
	networks := []string{"x", "facebook", "linkedin", "email", "sms", "weibo"}
	for _, tp := range append(hostilePosts, testPosts...) {
		t.Run(tp.name, func(t *testing.T) {
			for _, opts := range []BarOptions{{}, {Display: IconsOnly, HideLabel: true}, {Display: NamesOnly, Label: `Teilen <b>&</b> "mehr"`}} {
				frag, err := Bar(tp.post, opts, networks...)
				if err != nil {
					t.Fatalf("Bar(%+v): %v", opts, err)
				}
				checkBar(t, nil, tp.post, opts, networks, string(frag))
			}
		})
	}
}

func TestBarOptions(t *testing.T) {
	p := Post{URL: "https://ex.com/a", Title: "Hi"}
	tests := []struct {
		name  string
		opts  BarOptions
		nets  []string
		has   []string
		lacks []string
	}{
		{"defaults", BarOptions{}, []string{"x"}, []string{
			`<nav class="sharekit-bar" aria-label="Share">`, `<span class="sharekit-label" aria-hidden="true">Share</span>`,
			`<li class="sharekit-item sharekit-x">`, ` target="_blank" rel="noopener noreferrer">`,
			`<svg class="sharekit-icon" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">`,
			`<span class="sharekit-name">X</span></a></li></ul></nav>`}, nil},
		{"label", BarOptions{Label: "Teilen"}, []string{"x"}, []string{`aria-label="Teilen"`, `aria-hidden="true">Teilen</span>`}, nil},
		{"blank-label", BarOptions{Label: " \x00\t"}, []string{"x"}, []string{`aria-label="Share"`}, nil},
		{"hide-label", BarOptions{HideLabel: true}, []string{"x"}, []string{`aria-label="Share"`}, []string{"sharekit-label"}},
		{"icons-only", BarOptions{Display: IconsOnly}, []string{"facebook"}, []string{`aria-label="Facebook" title="Facebook">`, "<svg"}, []string{"sharekit-name"}},
		{"names-only", BarOptions{Display: NamesOnly}, []string{"facebook"}, []string{`<span class="sharekit-name">Facebook</span>`}, []string{"<svg"}},
		{"size", BarOptions{IconSize: 32}, []string{"x"}, []string{`width="32" height="32"`}, nil},
		{"prefix", BarOptions{ClassPrefix: "sk_"}, []string{"x"}, []string{`class="sk_bar"`, `class="sk_item sk_x"`, `class="sk_icon"`}, []string{"sharekit-"}},
		{"target-self", BarOptions{Target: "_self"}, []string{"x"}, []string{`target="_self"`}, []string{"_blank"}},
		{"app-links-no-target", BarOptions{}, []string{"email", "sms", "viber"}, []string{`href="mailto:?subject=Hi&amp;body=https%3A%2F%2Fex.com%2Fa"`, `href="sms:?body=Hi%20https%3A%2F%2Fex.com%2Fa"`}, []string{"target="}},
		{"generic-icon-evenodd", BarOptions{}, []string{"email"}, []string{`<path fill-rule="evenodd" d="`}, nil},
		{"order-kept-dupes-once", BarOptions{Display: NamesOnly}, []string{"linkedin", "x", "LinkedIn"}, []string{`>LinkedIn</span></a></li><li class="sharekit-item sharekit-x">`}, []string{"</li><li class=\"sharekit-item sharekit-linkedin\">"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Bar(p, tt.opts, tt.nets...)
			if err != nil {
				t.Fatalf("Bar(%+v, %v): %v", tt.opts, tt.nets, err)
			}
			for _, h := range tt.has {
				if !strings.Contains(string(got), h) {
					t.Errorf("Bar(%+v, %v) lacks %q:\n%s", tt.opts, tt.nets, h, got)
				}
			}
			for _, l := range tt.lacks {
				if strings.Contains(string(got), l) {
					t.Errorf("Bar(%+v, %v) has %q; want it absent:\n%s", tt.opts, tt.nets, l, got)
				}
			}
		})
	}
}

func TestBarAllNetworks(t *testing.T) {
	p := Post{URL: "https://ex.com/a", Title: "Hi", Hashtags: []string{"news"}}
	got, err := Bar(p, BarOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, n := range Networks() {
		if n.Name != "mastodon" {
			want = append(want, n.Name)
		}
	}
	checkBar(t, nil, p, BarOptions{}, want, string(got))
	p.Instance = "mastodon.social"
	got, err = Bar(p, BarOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), `href="https://mastodon.social/share?text=`) {
		t.Error("Bar with Post.Instance and no names lacks the Mastodon link")
	}
}

func TestBarRegistry(t *testing.T) {
	var r Registry
	if err := r.Register(Network{Name: "evil", Title: `Ev<i>l" onclick="x`, Template: "https://evil.example/s?u={url}"}); err != nil {
		t.Fatal(err)
	}
	p := hostilePosts[1].post
	opts := BarOptions{Registry: &r}
	got, err := Bar(p, opts, "evil", "x")
	if err != nil {
		t.Fatal(err)
	}
	checkBar(t, &r, p, opts, []string{"evil", "x"}, string(got))
	if _, err := Bar(p, BarOptions{}, "evil"); !errors.Is(err, ErrUnknownNetwork) {
		t.Errorf("Bar without the registry: error %v; want ErrUnknownNetwork", err)
	}
}

// TestBarOneNetworkNeverSinksTheBar: a network that cannot take the post
// (Bluesky, with a URL longer than its 300 characters) is left out of the
// bar and named in the error; the others are in the bar.
func TestBarOneNetworkNeverSinksTheBar(t *testing.T) {
	p := Post{URL: "https://example.com/" + strings.Repeat("a", 400), Title: "Storm hits Brittany"}
	got, err := Bar(p, BarOptions{}, "x", "bluesky", "email")
	var ne *NetworkError
	if !errors.As(err, &ne) || ne.Network != "bluesky" {
		t.Fatalf("Bar error = %v; want bluesky's *NetworkError", err)
	}
	html := string(got)
	if strings.Contains(html, "sharekit-bluesky") || !strings.Contains(html, "sharekit-x") || !strings.Contains(html, "sharekit-email") {
		t.Errorf("Bar = %q; want x and email, not bluesky", html)
	}
}

func TestBarErrors(t *testing.T) {
	ok := Post{URL: "https://ex.com/"}
	tests := []struct {
		name  string
		post  Post
		opts  BarOptions
		nets  []string
		field string // the *FieldError's Field
		net   string // the *NetworkError's network, if any
	}{
		{"unsafe-url", Post{URL: "javascript:alert(1)"}, BarOptions{}, []string{"x"}, "Post.URL", "x"},
		{"mastodon-no-instance", ok, BarOptions{}, []string{"x", "mastodon"}, "Post.Instance", "mastodon"},
		{"prefix", ok, BarOptions{ClassPrefix: `a" onclick="`}, []string{"x"}, "BarOptions.ClassPrefix", ""},
		{"prefix-digit", ok, BarOptions{ClassPrefix: "1a"}, []string{"x"}, "BarOptions.ClassPrefix", ""},
		{"target", ok, BarOptions{Target: `_blank" onclick="x`}, []string{"x"}, "BarOptions.Target", ""},
		{"target-reserved", ok, BarOptions{Target: "_new"}, []string{"x"}, "BarOptions.Target", ""},
		{"size", ok, BarOptions{IconSize: 1000}, []string{"x"}, "BarOptions.IconSize", ""},
		{"size-negative", ok, BarOptions{IconSize: -1}, []string{"x"}, "BarOptions.IconSize", ""},
		{"display", ok, BarOptions{Display: 7}, []string{"x"}, "BarOptions.Display", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Bar(tt.post, tt.opts, tt.nets...)
			if got != "" {
				t.Errorf("Bar gave HTML %q with an error", got)
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field {
				t.Fatalf("Bar error = %v; want a *FieldError for %s", err, tt.field)
			}
			var ne *NetworkError
			if gotNet := errors.As(err, &ne); gotNet != (tt.net != "") || gotNet && ne.Network != tt.net {
				t.Errorf("Bar error = %v; want it to name network %q", err, tt.net)
			}
		})
	}
	if _, err := Bar(ok, BarOptions{}, "nope"); !errors.Is(err, ErrUnknownNetwork) {
		t.Errorf("Bar(nope) error = %v; want ErrUnknownNetwork", err)
	}
}

func TestParseBarDisplay(t *testing.T) {
	for _, d := range []BarDisplay{IconsAndNames, IconsOnly, NamesOnly} {
		if got, err := ParseBarDisplay(d.String()); err != nil || got != d {
			t.Errorf("ParseBarDisplay(%q) = %v, %v; want %v", d.String(), got, err, d)
		}
	}
	if _, err := ParseBarDisplay("loud"); err == nil {
		t.Error("ParseBarDisplay(loud) gave no error")
	}
}

// TestIcons checks every built-in network has an icon whose path data
// cannot leave its attribute, and that the generated file says where it
// comes from.
func TestIcons(t *testing.T) {
	safe := regexp.MustCompile(`^[MmZzLlHhVvCcSsQqTtAaEe0-9.,\- ]+$`)
	for _, n := range Networks() {
		ic := iconFor(n.Name)
		if !safe.MatchString(ic.d) {
			t.Errorf("%s: icon path %.40q… is not path data only", n.Name, ic.d)
		}
		_, brand := brandIcons[n.Name]
		generic := map[string]bool{"linkedin": true, "teams": true, "lobsters": true, "email": true, "sms": true}
		if brand == generic[n.Name] {
			t.Errorf("%s: brand icon %t; want %t (simple-icons has no CC0 icon for linkedin, teams, lobsters; email and sms are no brand)", n.Name, brand, !generic[n.Name])
		}
	}
	if iconsVersion == "" {
		t.Error("iconsVersion is empty")
	}
}

func TestBarCSS(t *testing.T) {
	css, err := BarCSS(BarOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		".sharekit-bar{", ".sharekit-link:focus-visible{outline:3px solid",
		"@media (prefers-color-scheme:dark){",
		".sharekit-facebook .sharekit-icon{fill:#0866ff}", // 4.9:1 on white
	} {
		if !strings.Contains(css, want) {
			t.Errorf("BarCSS lacks %q", want)
		}
	}
	// X is black: its brand colour on white, the text colour on the dark
	// background, where black would vanish.
	light, dark, _ := strings.Cut(css, "@media (prefers-color-scheme:dark)")
	if !strings.Contains(light, ".sharekit-x .sharekit-icon{fill:#000000}") || !strings.Contains(dark, ".sharekit-x .sharekit-icon{fill:currentColor}") {
		t.Errorf("X's icon fill: want #000000 in light mode and currentColor in dark mode:\n%s", css)
	}
	if strings.Count(css, "{") != strings.Count(css, "}") {
		t.Error("BarCSS has unbalanced braces")
	}
	sk, err := BarCSS(BarOptions{ClassPrefix: "sk-"})
	if err != nil || strings.Contains(sk, "sharekit-") || !strings.Contains(sk, ".sk-bar{") {
		t.Errorf("BarCSS with prefix sk-: %v; want every class as sk-…", err)
	}
	if _, err := BarCSS(BarOptions{ClassPrefix: "}body{"}); err == nil {
		t.Error("BarCSS accepted a class prefix that breaks out of the selector")
	}
}

func TestContrast(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"000000", "FFFFFF", 21},
		{"FFFFFF", "FFFFFF", 1},
		{"767676", "FFFFFF", 4.54},
	}
	for _, tt := range tests {
		if got := contrast(tt.a, tt.b); got < tt.want-0.01 || got > tt.want+0.01 {
			t.Errorf("contrast(%s, %s) = %.2f; want %.2f", tt.a, tt.b, got, tt.want)
		}
	}
}

// FuzzBar: whatever the post and label, the bar parses to exactly itself:
// one nav, its links the share URLs, no other element.
func FuzzBar(f *testing.F) {
	for _, tp := range hostilePosts {
		f.Add(tp.post.URL, tp.post.Title, "Share", 0)
	}
	f.Add("https://ex.com/", "t", `</nav><script>x</script>`, 1)
	f.Fuzz(func(t *testing.T, pageURL, title, label string, display int) {
		p := Post{URL: pageURL, Title: title, Hashtags: []string{"a"}}
		opts := BarOptions{Label: label, Display: BarDisplay(display)}
		nets := []string{"x", "email", "threads"}
		got, err := Bar(p, opts, nets...)
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("Bar error %v (%T); want a *FieldError", err, err)
			}
			return
		}
		checkBar(t, nil, p, opts, nets, string(got))
	})
}
