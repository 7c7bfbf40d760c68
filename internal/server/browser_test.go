package server

import (
	"context"
	"flag"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/share"
)

var screenshot = flag.Bool("screenshot", false, "save testdata/serve/editor.png from TestEditorInBrowser")

// findChromium returns a Chromium or Chrome binary, or "".
func findChromium() string {
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"} {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestEditorInBrowser drives the editor page in headless Chromium against
// the real server: type the seed, read the tags, check the X row's link and
// counter (which must match share.Draft, the Go code), drop a tag, and make
// sure markup typed as a headline stays text.
func TestEditorInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	exe := findChromium()
	if exe == "" {
		t.Skip("skipping: no Chromium found at /usr/bin/chromium, chromium-browser or google-chrome (apt-get install chromium)")
	}
	srv := httptest.NewServer(New(Config{}))
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Second)
	defer cancel()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox, // tests may run as root, where the sandbox refuses to start
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1000, 1300),
		// The machine may have no network: nothing may try to reach one.
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
	)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()

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

	run := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	// settled waits until the page has answered the last change and returns
	// the chips' text.
	settled := func(what string) string {
		t.Helper()
		s, err := chromedp.Run(bctx, chromedp.Poll[string](
			`document.body.dataset.state === "ready" && Array.from(document.querySelectorAll("#tags .chip")).map(c => c.textContent).join(" ") + "|"`,
			chromedp.WithPollingInterval(20*time.Millisecond)))
		if err != nil {
			t.Fatalf("%s: the page did not settle: %v", what, err)
		}
		return strings.TrimSuffix(s, "|")
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(bctx, chromedp.TextContent(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("reading %s: %v", sel, err)
		}
		return s
	}

	run("loading the page",
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("headline")),
		chromedp.WaitReady(chromedp.CSS(`#networks [data-network="x"]`)),
		chromedp.SendKeys(chromedp.ID("headline"), seedHeadline),
		chromedp.SendKeys(chromedp.ID("url"), seedURL),
	)
	// The suggestions come first, preselected; the other words one click
	// away under More.
	suggested := hashtag.New(hashtag.Options{Best: 3}).Line(seedHeadline)
	if got := settled("typing the seed"); got != suggested {
		t.Errorf("tags shown = %q; want the suggestions %q", got, suggested)
	}
	if got, w := text(`#more`), "#Grateful#offer#send#troops#peacebuilding"; got != w {
		t.Errorf("More shows %q; want %q", got, w)
	}

	// The X row: the share link, and the post counted by the same Go code.
	href, err := chromedp.Run(bctx, chromedp.AttributeValue(chromedp.CSS(`[data-network="x"] a.open`), "href"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(href.Value, "https://x.com/intent/tweet?") || !strings.Contains(href.Value, url.QueryEscape(seedURL)) {
		t.Errorf("X link = %q; want https://x.com/intent/tweet?… with the encoded article URL", href.Value)
	}
	for _, attr := range []string{"rel", "target"} {
		v, _ := chromedp.Run(bctx, chromedp.AttributeValue(chromedp.CSS(`[data-network="x"] a.open`), attr))
		if want := map[string]string{"rel": "noopener noreferrer", "target": "_blank"}[attr]; v.Value != want {
			t.Errorf("X link %s = %q; want %q", attr, v.Value, want)
		}
	}
	tags := strings.Fields(strings.ReplaceAll(suggested, "#", ""))
	want, err := share.Draft("x", share.Post{URL: seedURL, Title: seedHeadline, Hashtags: tags})
	if err != nil {
		t.Fatal(err)
	}
	if got := text(`[data-network="x"] .text`); got != want.Text {
		t.Errorf("X post shown = %q; want share.Draft's %q", got, want.Text)
	}
	if got, w := text(`[data-network="x"] .counter`), fmt.Sprintf("%d / %d", want.Length, want.Limit); got != w {
		t.Errorf("X counter = %q; want %q", got, w)
	}

	// Every row shown gets its link, not just the API's default three: the
	// page asks for them by name. Mastodon waits for a server.
	rows, err := chromedp.Run(bctx, chromedp.Evaluate[string](
		`Array.from(document.querySelectorAll("#networks [data-network]")).map(r => r.dataset.network + "=" + r.querySelector("a.open").hasAttribute("href")).join(" ")`))
	if err != nil {
		t.Fatal(err)
	}
	var wantRows []string
	for _, n := range share.Networks() {
		wantRows = append(wantRows, fmt.Sprintf("%s=%t", n.Name, n.Name != "mastodon"))
	}
	if w := strings.Join(wantRows, " "); rows != w {
		t.Errorf("rows with a link: %s; want %s", rows, w)
	}

	// Clicking a chip drops that tag from every post; clicking one under
	// More adds it, after the suggestions.
	first := strings.Fields(suggested)[0]
	run("dropping the first suggestion", chromedp.Click(chromedp.CSS(`#tags .chip`)))
	if got, w := settled("dropping a tag"), strings.TrimPrefix(suggested, first+" "); got != w {
		t.Errorf("tags after dropping %s = %q; want %q", first, got, w)
	}
	if got := text(`[data-network="x"] .text`); strings.Contains(got, first+" ") {
		t.Errorf("X post %q still has the dropped %s", got, first)
	}
	// (element.click(): a CDP mouse click at the chip's coordinates does not
	// reach it in this headless setup, though the chip is visible.)
	run("adding #Grateful", chromedp.Evaluate[chromedp.Void](`document.querySelector("#more .chip").click()`))
	if got, w := settled("adding a tag"), strings.TrimPrefix(suggested, first+" ")+" #Grateful"; got != w {
		t.Errorf("tags after adding #Grateful = %q; want %q", got, w)
	}
	if got := text(`[data-network="x"] .text`); !strings.Contains(got, "#Grateful") {
		t.Errorf("X post %q lacks the added #Grateful", got)
	}

	if *screenshot {
		png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", "serve", "editor.png")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", path)
	}

	// Markup as a headline is shown as text: no element made, no script run.
	const xss = `<img src=x onerror=alert(1)>`
	// chromedp's Clear and SetValue refuse a textarea; empty it by script.
	if _, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`(document.getElementById("headline").value = "") === ""`)); err != nil {
		t.Fatalf("clearing the headline: %v", err)
	}
	run("typing markup", chromedp.SendKeys(chromedp.ID("headline"), xss))
	settled("typing markup")
	if got := text(`[data-network="x"] .text`); !strings.Contains(got, xss) {
		t.Errorf("X post shown = %q; want it to contain the headline %q as text", got, xss)
	}
	n, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll("img").length`))
	if err != nil || n != 0 {
		t.Errorf("img elements on the page = %d (%v); want 0", n, err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(alerts) > 0 {
		t.Errorf("the page opened dialogs %q; input ran as script", alerts)
	}
}
