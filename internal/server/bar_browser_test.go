package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/share"
)

// barCase is one bar the browser test renders: a post (hostile ones
// included), options and networks, on the built-in networks or a registry.
type barCase struct {
	name     string
	post     share.Post
	opts     share.BarOptions
	networks []string
}

func barCases(t *testing.T) []barCase {
	var reg share.Registry
	if err := reg.Register(share.Network{Name: "evil", Title: `Ev<i>l</i>" onclick="alert(5)`, Template: "https://evil.example/share?u={url}&t={title}"}); err != nil {
		t.Fatal(err)
	}
	seedTags := strings.Fields(strings.ReplaceAll(seedLine, "#", ""))
	return []barCase{
		{"seed", share.Post{URL: seedURL, Title: seedHeadline, Hashtags: seedTags},
			share.BarOptions{}, []string{"x", "facebook", "linkedin", "bluesky", "threads", "whatsapp", "email"}},
		{"script-title", share.Post{URL: "https://ex.com/a", Title: `</a></li></ul></nav><script>alert(1)</script><img src=x onerror=alert(2)>`, Hashtags: []string{"x"}},
			share.BarOptions{Label: `<b>Share</b> & "more"`}, []string{"x", "reddit", "telegram", "sms"}},
		{"breakout-url", share.Post{URL: `https://ex.com/"><svg/onload=alert(3)>?q='a'&b=<c>`, Title: `" onmouseover="alert(4)`},
			share.BarOptions{Display: share.IconsOnly}, []string{"facebook", "linkedin", "viber", "hackernews"}},
		{"rtl-emoji", share.Post{URL: "https://ex.com/ar", Title: "\u202eالاقتصاد 👩‍👩‍👧", Hashtags: []string{"اقتصاد"}},
			share.BarOptions{Display: share.NamesOnly, HideLabel: true}, []string{"weibo", "line", "threads"}},
		{"registered-hostile-title", share.Post{URL: "https://ex.com/r", Title: "<iframe src=//evil.example>"},
			share.BarOptions{Registry: &reg, Label: "Partager"}, []string{"evil", "x", "lobsters"}},
	}
}

// barElements is how many elements a bar of n links holds under opts.
func barElements(opts share.BarOptions, n int) int {
	per := 5 // li, a, svg, path, span
	switch opts.Display {
	case share.IconsOnly:
		per = 4
	case share.NamesOnly:
		per = 3
	}
	total := 2 + n*per // nav, ul
	if !opts.HideLabel {
		total++
	}
	return total
}

// newBrowser starts headless Chromium as TestEditorInBrowser does, or
// skips the test.
func newBrowser(t *testing.T) (context.Context, func()) {
	t.Helper()
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	exe := findChromium()
	if exe == "" {
		t.Skip("skipping: no Chromium found at /usr/bin/chromium, chromium-browser or google-chrome (apt-get install chromium)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1000, 1300),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
	)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	bctx, bcancel := chromedp.NewContext(actx)
	return bctx, func() { bcancel(); acancel(); cancel() }
}

// watchDialogs records every dialog a page opens (an alert from injected
// script) and dismisses it.
func watchDialogs(bctx context.Context) func() []string {
	var mu sync.Mutex
	var alerts []string
	dialogs := chromedp.Events(bctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			mu.Lock()
			alerts = append(alerts, ev.Message)
			mu.Unlock()
			chromedp.Call(bctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	}()
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(alerts)
	}
}

// TestBarInBrowser renders share bars for hostile titles, URLs, labels and
// network names in Chromium, on a page served under the editor's
// Content-Security-Policy with /bar.css, and checks that no element beyond
// the bar is created, that each link's href is share.URL for its network,
// that Chromium's accessibility tree names every link with its network and
// every bar with its label, that no id is repeated and no script ran.
// -screenshot saves testdata/bar/share-bar.png and share-bar-dark.png.
func TestBarInBrowser(t *testing.T) {
	bctx, cancel := newBrowser(t)
	defer cancel()
	cases := barCases(t)

	var body strings.Builder
	for _, c := range cases {
		html, err := share.Bar(c.post, c.opts, c.networks...)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		fmt.Fprintf(&body, "<section data-case=%q>%s</section>\n", c.name, html)
	}
	testPage := `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">` +
		`<title>bars</title><link rel="stylesheet" href="/test/page.css"><link rel="stylesheet" href="/bar.css"></head><body><main>` + body.String() + `</main></body></html>`
	api := New(Config{})
	mux := http.NewServeMux()
	mux.Handle("/", api)
	mux.HandleFunc("/test/bars", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", contentSecurityPolicy)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(testPage))
	})
	mux.HandleFunc("/test/page.css", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/css")
		w.Write([]byte("body{margin:0;font:16px/1.4 system-ui,sans-serif}section{padding:4px 12px}"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	alerts := watchDialogs(bctx)

	if err := chromedp.Do(bctx, chromedp.Navigate(srv.URL+"/test/bars"), chromedp.WaitReady(chromedp.CSS(`section[data-case="seed"] nav`))); err != nil {
		t.Fatalf("loading the bars: %v", err)
	}

	// The DOM Chromium built: each section holds exactly its bar.
	type shape struct {
		Children  int      `json:"children"`
		First     string   `json:"first"`
		Elements  int      `json:"elements"`
		Hrefs     []string `json:"hrefs"`
		Forbidden int      `json:"forbidden"`
		Handlers  []string `json:"handlers"`
	}
	shapes, err := chromedp.Run(bctx, chromedp.Evaluate[map[string]shape](`Object.fromEntries(Array.from(document.querySelectorAll("main > section")).map(s => [s.dataset.case, {
		children: s.children.length,
		first: s.firstElementChild ? s.firstElementChild.localName : "",
		elements: s.querySelectorAll("*").length,
		hrefs: Array.from(s.querySelectorAll("a")).map(a => a.getAttribute("href")),
		forbidden: s.querySelectorAll("script, img, iframe, object, embed, style, form, input, base, meta, link, b, i").length,
		handlers: Array.from(s.querySelectorAll("*")).flatMap(e => Array.from(e.attributes).map(a => a.name).filter(n => n.startsWith("on") || n === "style" || n === "id")),
	}]))`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		got, ok := shapes[c.name]
		if !ok {
			t.Errorf("%s: section missing from the page", c.name)
			continue
		}
		if got.Children != 1 || got.First != "nav" || got.Forbidden != 0 || len(got.Handlers) != 0 {
			t.Errorf("%s: section has %d children (first <%s>), %d forbidden elements, attributes %q; want one <nav> and nothing else", c.name, got.Children, got.First, got.Forbidden, got.Handlers)
		}
		if w := barElements(c.opts, len(c.networks)); got.Elements != w {
			t.Errorf("%s: Chromium made %d elements of the bar; want %d", c.name, got.Elements, w)
		}
		var want []string
		for _, n := range c.networks {
			u, err := c.opts.Registry.URL(n, c.post)
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, u)
		}
		if !slices.Equal(got.Hrefs, want) {
			t.Errorf("%s: hrefs =\n%q\nwant share.URL's\n%q", c.name, got.Hrefs, want)
		}
	}
	n, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.body.querySelectorAll("*").length - document.querySelectorAll("main section nav, main section nav *").length`))
	if err != nil || n != 1+len(cases) {
		t.Errorf("elements outside the bars = %d (%v); want main and %d sections", n, err, len(cases))
	}

	// Accessibility, as Chromium computes it: every link named by its
	// network, every bar (navigation landmark) by its label, icons hidden.
	tree, err := chromedp.Call(bctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	if err != nil {
		t.Fatal(err)
	}
	var links, navs []string
	for _, node := range tree.Nodes {
		if node.Ignored || node.Role == nil {
			continue
		}
		var role, name string
		json.Unmarshal(node.Role.Value, &role)
		if node.Name != nil {
			json.Unmarshal(node.Name.Value, &name)
		}
		switch role {
		case "link":
			links = append(links, name)
		case "navigation":
			navs = append(navs, name)
		case "image", "img", "graphics-document":
			t.Errorf("an icon is in the accessibility tree (role %s, name %q); want it hidden", role, name)
		}
	}
	var wantLinks, wantNavs []string
	for _, c := range cases {
		label := c.opts.Label
		if label == "" {
			label = "Share"
		}
		wantNavs = append(wantNavs, label)
		for _, n := range c.networks {
			if nw, ok := c.opts.Registry.Lookup(n); ok {
				wantLinks = append(wantLinks, nw.Title)
			}
		}
	}
	slices.Sort(links)
	slices.Sort(wantLinks)
	slices.Sort(navs)
	slices.Sort(wantNavs)
	if !slices.Equal(links, wantLinks) {
		t.Errorf("accessible link names =\n%q\nwant the networks' names\n%q", links, wantLinks)
	}
	if !slices.Equal(navs, wantNavs) {
		t.Errorf("navigation landmarks = %q; want %q", navs, wantNavs)
	}
	if a := alerts(); len(a) > 0 {
		t.Errorf("the page opened dialogs %q; a bar ran script", a)
	}

	if *screenshot {
		dir := filepath.Join("testdata", "bar")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, scheme := range []string{"light", "dark"} {
			if _, err := chromedp.Call(bctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}}); err != nil {
				t.Fatal(err)
			}
			png, err := chromedp.Run(bctx, chromedp.Screenshot(chromedp.CSS(`section[data-case="seed"]`)))
			if err != nil {
				t.Fatal(err)
			}
			name := "share-bar.png"
			if scheme == "dark" {
				name = "share-bar-dark.png"
			}
			if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("wrote %s", filepath.Join(dir, name))
		}
	}
}

// TestEditorBarAndCardInBrowser drives the editor page's share-bar preview
// and card preview in Chromium against the real server: the preview's
// links are share.URL's, its HTML (and what Copy HTML copies) is
// share.Bar's, the display option applies, and a pasted page gets its
// cards and findings.
func TestEditorBarAndCardInBrowser(t *testing.T) {
	bctx, cancel := newBrowser(t)
	defer cancel()
	srv := httptest.NewServer(New(Config{}))
	defer srv.Close()
	alerts := watchDialogs(bctx)

	settled := func(what, cond string) {
		t.Helper()
		if _, err := chromedp.Run(bctx, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(20*time.Millisecond))); err != nil {
			t.Fatalf("%s: the page did not settle: %v", what, err)
		}
	}
	if err := chromedp.Do(bctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitReady(chromedp.CSS(`#networks [data-network="x"]`)),
		chromedp.SendKeys(chromedp.ID("headline"), seedHeadline),
		chromedp.SendKeys(chromedp.ID("url"), seedURL),
	); err != nil {
		t.Fatal(err)
	}
	barReady := `document.body.dataset.state === "ready" && document.querySelectorAll("#bar-preview nav a").length > 0`
	settled("typing the seed", barReady)

	nets := []string{"x", "facebook", "linkedin", "bluesky", "email"} // the page's default
	// The page's tags: the suggestions it preselects.
	suggested := hashtag.New(hashtag.Options{Best: 3}).Line(seedHeadline)
	p := share.Post{URL: seedURL, Title: seedHeadline, Hashtags: strings.Fields(strings.ReplaceAll(suggested, "#", ""))}
	wantHTML, err := share.Bar(p, share.BarOptions{}, nets...)
	if err != nil {
		t.Fatal(err)
	}
	var wantHrefs []string
	for _, n := range nets {
		u, _ := share.URL(n, p)
		wantHrefs = append(wantHrefs, u)
	}
	hrefs, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#bar-preview a")).map(a => a.getAttribute("href"))`))
	if err != nil || !slices.Equal(hrefs, wantHrefs) {
		t.Errorf("preview hrefs = %q (%v); want share.URL's %q", hrefs, err, wantHrefs)
	}
	html, err := chromedp.Run(bctx, chromedp.Evaluate[string](`document.getElementById("bar-html").value`))
	if err != nil || html != string(wantHTML) {
		t.Errorf("the bar's HTML shown =\n%s\nwant share.Bar's\n%s", html, wantHTML)
	}
	// Copy HTML copies exactly that HTML. (The clipboard itself needs a
	// user's permission; the test stands in for it.)
	copied, err := chromedp.Run(bctx, chromedp.Evaluate[string](`new Promise(resolve => {
		navigator.clipboard.writeText = async (text) => resolve(text);
		document.getElementById("copy-bar").click();
	})`, chromedp.EvalAwaitPromise))
	if err != nil || copied != string(wantHTML) {
		t.Errorf("Copy HTML copied %q (%v); want share.Bar's HTML", copied, err)
	}
	// The preview's bar is the stylesheet's: /bar.css styles it.
	radius, err := chromedp.Run(bctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("#bar-preview .sharekit-link")).borderTopLeftRadius`))
	if err != nil || radius == "0px" {
		t.Errorf("preview link border radius = %q (%v); want /bar.css applied", radius, err)
	}

	// Names only: no icons.
	if _, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`(() => { const e = document.getElementById("bar-display"); e.value = "names"; return e.dispatchEvent(new Event("change")); })()`)); err != nil {
		t.Fatal(err)
	}
	settled("choosing names only", barReady+` && document.querySelectorAll("#bar-preview svg").length === 0`)

	// The card preview: a good page, then one with findings.
	paste := func(name string) {
		t.Helper()
		b, err := os.ReadFile(filepath.Join("..", "..", "share", "card", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		js, _ := json.Marshal(string(b))
		if _, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`(() => { const e = document.getElementById("card-html"); e.value = `+string(js)+`; return e.dispatchEvent(new Event("input")); })()`)); err != nil {
			t.Fatal(err)
		}
		settled("pasting "+name, `document.body.dataset.card === "ready" && document.querySelectorAll("#card-findings li").length > 0`)
	}
	paste("good.html")
	type cardView struct {
		Titles   []string `json:"titles"`
		Findings []string `json:"findings"`
	}
	view := func() cardView {
		v, err := chromedp.Run(bctx, chromedp.Evaluate[cardView](`({
			titles: Array.from(document.querySelectorAll("#card-cards .card .title")).map(e => e.textContent),
			findings: Array.from(document.querySelectorAll("#card-findings li")).map(e => e.className + ": " + e.textContent),
		})`))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	v := view()
	if len(v.Titles) != 3 || v.Titles[0] != "Central bank holds rates steady, signals two cuts" || len(v.Findings) != 1 || v.Findings[0] != "ok: Nothing to fix." {
		t.Errorf("card preview of good.html = %+v; want three cards with its og:title and nothing to fix", v)
	}
	paste("relative-image.html")
	v = view()
	if len(v.Findings) < 2 || !strings.HasPrefix(v.Findings[0], "error: error · X · og:title") || !strings.Contains(strings.Join(v.Findings, "\n"), "is relative") {
		t.Errorf("card preview of relative-image.html: findings %q; want errors first, the missing title and the relative image among them", v.Findings)
	}
	if a := alerts(); len(a) > 0 {
		t.Errorf("the page opened dialogs %q", a)
	}
}
