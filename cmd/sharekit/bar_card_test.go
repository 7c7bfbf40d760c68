package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	pngenc "image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sharekit/sharekit/internal/server"
	"github.com/sharekit/sharekit/share"
)

// cardPages is share/card's saved test pages, as seen from goldenDir.
const cardPages = "../../share/card/testdata/"

// TestBarCardProcess runs `sharekit bar` and `sharekit card` as a process:
// golden stdout (testdata/cli/<name>.golden), exit status and stderr.
func TestBarCardProcess(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		stdin     string
		wantCode  int
		stderrHas string
	}{
		{name: "bar-default", args: []string{"bar", "--url", "https://news.example.com/artemis", "NASA launches Artemis II"}},
		{name: "bar-css-names", args: []string{"bar", "--url", "https://news.example.com/artemis", "-n", "x,email,sms", "--display", "names", "--label", "Teilen", "--class-prefix", "sk-", "--css", "NASA launches Artemis II"}},
		{name: "bar-json", args: []string{"bar", "--format", "json", "--url", "https://news.example.com/a?b=1&c=2", "-n", "bluesky,threads", "--display", "icons", "--hide-label", "--icon-size", "24", "--target", "_self", `<script>alert("x")</script> & more`}},
		{name: "card-good", args: []string{"card", cardPages + "good.html"}},
		{name: "card-relative-image", args: []string{"card", cardPages + "relative-image.html"}, wantCode: 1},
		{name: "card-conflicting-json", args: []string{"card", "--format", "json", cardPages + "conflicting.html"}, wantCode: 1},
		{name: "card-stdin", args: []string{"card", "-"}, stdin: `<head><meta property="og:title" content="From stdin"></head>`, wantCode: 1},
		{name: "usage-bar-no-url", args: []string{"bar", "x"}, wantCode: 2, stderrHas: "sharekit: missing --url URL\nusage: sharekit bar"},
		{name: "usage-bar-display", args: []string{"bar", "--url", "https://e.com", "--display", "loud", "x"}, wantCode: 2, stderrHas: "--display: share: BarOptions.Display: want icons-and-names, icons or names"},
		{name: "usage-bar-prefix", args: []string{"bar", "--url", "https://e.com", "--class-prefix", "1x", "x"}, wantCode: 2, stderrHas: "BarOptions.ClassPrefix"},
		{name: "usage-bar-unsafe-url", args: []string{"bar", "--url", "javascript:alert(1)", "x"}, wantCode: 2, stderrHas: "scheme \"javascript\" not allowed"},
		{name: "usage-bar-mastodon", args: []string{"bar", "--url", "https://e.com", "-n", "mastodon", "x"}, wantCode: 2, stderrHas: "--network mastodon needs --instance HOST"},
		{name: "usage-card-url-no-fetch", args: []string{"card", "https://news.example.com/a"}, wantCode: 2, stderrHas: "sharekit: https://news.example.com/a is a URL; add --fetch to fetch it\nusage: sharekit card"},
		{name: "usage-card-fetch-file", args: []string{"card", "--fetch", "page.html"}, wantCode: 2, stderrHas: "--fetch needs an http or https URL"},
		{name: "usage-card-two", args: []string{"card", "a.html", "b.html"}, wantCode: 2, stderrHas: "one page at a time"},
		{name: "usage-card-format", args: []string{"card", "--format", "xml", "a.html"}, wantCode: 2, stderrHas: "--format \"xml\": want text or json"},
		{name: "runtime-card-missing-file", args: []string{"card", "nope.html"}, wantCode: 1, stderrHas: "sharekit: open nope.html: no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := sharekit(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Errorf("sharekit %q exit status = %d; want %d (stderr: %s)", tt.args, code, tt.wantCode, stderr)
			}
			if tt.stderrHas != "" {
				if !strings.Contains(stderr, tt.stderrHas) {
					t.Errorf("sharekit %q stderr = %q; want it to contain %q", tt.args, stderr, tt.stderrHas)
				}
				if stdout != "" && tt.wantCode == 2 {
					t.Errorf("sharekit %q wrote %q to stdout on a usage error", tt.args, stdout)
				}
				return
			}
			if stderr != "" {
				t.Errorf("sharekit %q stderr = %q; want nothing", tt.args, stderr)
			}
			checkGolden(t, tt.name, []byte(stdout))
		})
	}
}

// TestBarJSONMatchesLibrary checks that `sharekit bar --format json` holds
// exactly what the library gives for the same post.
func TestBarJSONMatchesLibrary(t *testing.T) {
	stdout, stderr, code := sharekit(t, "", "bar", "--format", "json", "--url", "https://news.example.com/artemis", "-n", "x,linkedin", "NASA launches Artemis II")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got server.BarResponse
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	p := share.Post{URL: "https://news.example.com/artemis", Title: "NASA launches Artemis II", Hashtags: []string{"NASA", "launches", "Artemis", "II"}}
	html, err := share.Bar(p, share.BarOptions{}, "x", "linkedin")
	if err != nil {
		t.Fatal(err)
	}
	css, _ := share.BarCSS(share.BarOptions{})
	links, _ := share.Links(p, "x", "linkedin")
	if got.HTML != string(html) || got.CSS != css || !slices.Equal(got.Links, server.NewLinksResponse(links).Links) {
		t.Errorf("bar --format json = %+v; want share.Bar, share.BarCSS and share.Links of the same post", got)
	}
}

// TestCardFetch runs `sharekit card --fetch` against a local server that
// serves the saved pages, and checks the User-Agent it sent, the timeout
// and a status error.
func TestCardFetch(t *testing.T) {
	var mu sync.Mutex
	var agents []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agents = append(agents, r.Header.Get("User-Agent"))
		mu.Unlock()
		switch r.URL.Path {
		case "/slow":
			<-r.Context().Done()
			return
		case "/gone":
			http.Error(w, "gone", http.StatusGone)
			return
		case "/small.png":
			var png bytes.Buffer
			pngenc.Encode(&png, image.NewGray(image.Rect(0, 0, 400, 300)))
			w.Write(png.Bytes())
			return
		case "/undeclared.html":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, `<head><meta property="og:title" content="Small image"><meta property="og:image" content="http://%s/small.png"></head>`, r.Host)
			return
		}
		b, err := os.ReadFile(filepath.Join(goldenDir, cardPages, strings.TrimPrefix(r.URL.Path, "/")))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b)
	}))
	defer srv.Close()

	stdout, stderr, code := sharekit(t, "", "card", "--fetch", srv.URL+"/good.html")
	if code != 0 || !strings.Contains(stdout, "Central bank holds rates steady, signals two cuts") || !strings.Contains(stdout, "no findings") {
		t.Errorf("card --fetch good.html: exit %d, stdout %q, stderr %q; want the good page's clean report", code, stdout, stderr)
	}
	if !strings.HasPrefix(stdout, srv.URL+"/good.html\n") {
		t.Errorf("report starts %q; want the URL as its source", stdout[:min(len(stdout), 60)])
	}
	_, _, code = sharekit(t, "", "card", "--fetch", "--user-agent", "test-agent/2", srv.URL+"/missing-image.html")
	if code != 1 {
		t.Errorf("card --fetch missing-image.html: exit %d; want 1 (findings)", code)
	}
	_, stderr, code = sharekit(t, "", "card", "--fetch", "--timeout", "200ms", srv.URL+"/slow")
	if code != 1 || !strings.Contains(stderr, "no answer within 200ms") {
		t.Errorf("card --fetch /slow: exit %d, stderr %q; want 1 and a timeout", code, stderr)
	}
	_, stderr, code = sharekit(t, "", "card", "--fetch", srv.URL+"/gone")
	if code != 1 || !strings.Contains(stderr, "410 Gone") {
		t.Errorf("card --fetch /gone: exit %d, stderr %q; want 1 and the status", code, stderr)
	}
	// An image without a declared size is measured: 400×300 is too small
	// for Facebook's and LinkedIn's large cards.
	stdout, stderr, code = sharekit(t, "", "card", "--fetch", "--format", "json", srv.URL+"/undeclared.html")
	if code != 1 || !strings.Contains(stdout, `"image measures 400×300; Facebook needs 600×315 for a large card and shows a small one"`) || !strings.Contains(stdout, `"image_measured":true`) {
		t.Errorf("card --fetch undeclared.html: exit %d, stderr %q, stdout:\n%s\nwant the measured image found too small", code, stderr, stdout)
	}
	stdout, _, _ = sharekit(t, "", "card", "--fetch", "--measure-images=false", srv.URL+"/undeclared.html")
	if strings.Contains(stdout, "measures") {
		t.Errorf("card --fetch --measure-images=false measured the image:\n%s", stdout)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(agents) < 2 || !strings.HasPrefix(agents[0], "sharekit-card/") || agents[1] != "test-agent/2" {
		t.Errorf("User-Agents sent = %q; want sharekit-card/… then test-agent/2", agents)
	}
}
