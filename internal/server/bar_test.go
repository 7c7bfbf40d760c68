package server

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/sharekit/sharekit/share"
	"github.com/sharekit/sharekit/share/card"
)

func TestBarRoute(t *testing.T) {
	h := New(Config{})
	w := postJSON(h, "/v1/bar", `{"headline":"Rates hold & <b>markets</b> rally","url":"https://news.example.com/a?b=1&c=2","hashtags":["economy"],"networks":["x","email","threads"],"bar":{"display":"icons","label":"Teilen","class_prefix":"sk-","icon_size":24}}`)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	golden(t, filepath.Join("testdata", "golden", "bar.json"), w.Body.Bytes())
	var got BarResponse
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	p := share.Post{URL: "https://news.example.com/a?b=1&c=2", Title: "Rates hold & <b>markets</b> rally", Hashtags: []string{"economy"}}
	opts := share.BarOptions{Display: share.IconsOnly, Label: "Teilen", ClassPrefix: "sk-", IconSize: 24}
	html, err := share.Bar(p, opts, "x", "email", "threads")
	if err != nil {
		t.Fatal(err)
	}
	css, _ := share.BarCSS(opts)
	links, _ := share.Links(p, "x", "email", "threads")
	if got.HTML != string(html) || got.CSS != css || !slices.Equal(got.Links, NewLinksResponse(links).Links) {
		t.Errorf("/v1/bar = %+v; want share.Bar, share.BarCSS and share.Links of the same post", got)
	}

	// Accept: text/html gets the fragment alone.
	hw := postJSON(h, "/v1/bar", `{"headline":"Rates hold & <b>markets</b> rally","url":"https://news.example.com/a?b=1&c=2","hashtags":["economy"],"networks":["x","email","threads"],"bar":{"display":"icons","label":"Teilen","class_prefix":"sk-","icon_size":24}}`, "Accept", "text/html")
	if hw.Code != http.StatusOK || hw.Body.String() != string(html) || !strings.HasPrefix(hw.Header().Get("Content-Type"), "text/html") {
		t.Errorf("/v1/bar with Accept: text/html = %d %q %q; want share.Bar's HTML as text/html", hw.Code, hw.Header().Get("Content-Type"), hw.Body.String())
	}

	// No networks named: the CLI's default three, as /v1/links.
	w = postJSON(h, "/v1/bar", `{"headline":"Hi","url":"https://ex.com/"}`)
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || len(got.Links) != 3 || got.Links[2].Network != "linkedin" {
		t.Errorf("/v1/bar without networks: %s; want x, facebook, linkedin", w.Body)
	}
}

func TestBarRouteErrors(t *testing.T) {
	h := New(Config{})
	tests := []struct {
		name, body, field string
	}{
		{"no-url", `{"headline":"Hi"}`, "url"},
		{"unsafe-url", `{"headline":"Hi","url":"javascript:alert(1)"}`, "url"},
		{"unknown-network", `{"url":"https://ex.com/","networks":["myspace"]}`, "networks[0]"},
		{"all-and-networks", `{"url":"https://ex.com/","networks":["x"],"all":true}`, "all"},
		{"display", `{"url":"https://ex.com/","bar":{"display":"loud"}}`, "bar.display"},
		{"prefix", `{"url":"https://ex.com/","bar":{"class_prefix":"\"><script>"}}`, "bar.class_prefix"},
		{"target", `{"url":"https://ex.com/","bar":{"target":"_new"}}`, "bar.target"},
		{"icon-size", `{"url":"https://ex.com/","bar":{"icon_size":500}}`, "bar.icon_size"},
		{"unknown-option", `{"url":"https://ex.com/","bar":{"colour":"red"}}`, "bar.colour"},
		{"mastodon", `{"url":"https://ex.com/","networks":["mastodon"]}`, "instance"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := checkProblem(t, tt.name, postJSON(h, "/v1/bar", tt.body), "/v1/bar", http.StatusBadRequest)
			if p.Field != tt.field {
				t.Errorf("problem field = %q (%s); want %q", p.Field, p.Detail, tt.field)
			}
		})
	}
}

func TestCardRoute(t *testing.T) {
	h := New(Config{})
	page, err := os.ReadFile(filepath.Join("..", "..", "share", "card", "testdata", "relative-image.html"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(CardRequest{HTML: string(page)})
	w := postJSON(h, "/v1/card", string(body))
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	golden(t, filepath.Join("testdata", "golden", "card.json"), w.Body.Bytes())
	var got card.Report
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	p, _ := card.Parse(strings.NewReader(string(page)))
	want := card.Check(p)
	if !reflect.DeepEqual(got.Findings, want.Findings) || !reflect.DeepEqual(got.Cards, want.Cards) {
		t.Errorf("/v1/card findings = %+v; want card.Check's %+v", got.Findings, want.Findings)
	}
	for _, bad := range []struct{ body, field string }{
		{`{"html":"  "}`, "html"},
		{`{"url":"https://ex.com/"}`, "url"},
	} {
		checkProblem(t, bad.body, postJSON(h, "/v1/card", bad.body), "/v1/card", http.StatusBadRequest)
	}
}

func TestBarCSSRoute(t *testing.T) {
	w := request(New(Config{}), http.MethodGet, "/bar.css", "", "")
	want, _ := share.BarCSS(share.BarOptions{})
	if w.Code != http.StatusOK || w.Body.String() != want || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/css") || w.Header().Get("ETag") == "" {
		t.Errorf("GET /bar.css = %d %q (%s); want share.BarCSS as text/css with an ETag", w.Code, w.Header().Get("Content-Type"), w.Body.String()[:min(40, w.Body.Len())])
	}
}

// FuzzBarCardAPI posts random bodies to /v1/bar and /v1/card, as FuzzAPI
// does to the other routes: never a 5xx, every error a problem, every
// answer JSON, and every bar one <nav> of links.
func FuzzBarCardAPI(f *testing.F) {
	for _, s := range []string{
		`{"headline":"a","url":"https://example.com/","networks":["x","email","sms"],"bar":{"display":"icons","label":"<b>x</b>","icon_size":12,"class_prefix":"p-","target":"_self"}}`,
		`{"headline":"<script>alert(1)</script>","url":"https://example.com/\"><img>","all":true}`,
		`{"url":"https://example.com/","bar":{"display":"loud","icon_size":-1}}`,
		`{"html":"<head><meta property=\"og:title\" content=\"a\"><link rel=canonical href=x></head>"}`,
		`{"html":"<meta property=og:image content=//x><meta property=og:image:width content=9e9>"}`,
		`[]`, `null`, ``, `{"html":1}`, "\xff",
	} {
		f.Add(false, []byte(s))
		f.Add(true, []byte(s))
	}
	h := New(Config{MaxBody: 64 << 10})
	f.Fuzz(func(t *testing.T, toCard bool, body []byte) {
		path := "/v1/bar"
		if toCard {
			path = "/v1/card"
		}
		w := postJSON(h, path, string(body))
		switch {
		case w.Code >= 500:
			t.Fatalf("POST %s %q = %d; want no 5xx: %s", path, body, w.Code, w.Body)
		case w.Code >= 400:
			var p Problem
			if w.Header().Get("Content-Type") != "application/problem+json" || json.Unmarshal(w.Body.Bytes(), &p) != nil || p.Status != w.Code {
				t.Fatalf("POST %s %q = %d %s; want a problem", path, body, w.Code, w.Body)
			}
		case !toCard:
			var resp BarResponse
			if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || !strings.HasPrefix(resp.HTML, "<nav ") || !strings.HasSuffix(resp.HTML, "</ul></nav>") || strings.Count(resp.HTML, "<a ") != len(resp.Links) {
				t.Fatalf("POST /v1/bar %q = %s; want one <nav> with a link per network", body, w.Body)
			}
		default:
			if !json.Valid(w.Body.Bytes()) {
				t.Fatalf("POST /v1/card %q = invalid JSON %s", body, w.Body)
			}
		}
	})
}
