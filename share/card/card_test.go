package card

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden reports in testdata/")

func checkFile(t testing.TB, name string) *Report {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := Parse(f)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	r := Check(p)
	r.Source = name
	return r
}

// TestGoldenReports checks the report of every saved page against
// testdata/<page>.golden (text) and <page>.json; -update rewrites them.
func TestGoldenReports(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	if len(pages) < 5 {
		t.Fatalf("found %d test pages; want the 5 saved ones", len(pages))
	}
	for _, path := range pages {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			r := checkFile(t, name)
			var text bytes.Buffer
			if err := r.WriteText(&text); err != nil {
				t.Fatal(err)
			}
			js, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			js = append(js, '\n')
			base := strings.TrimSuffix(path, ".html")
			for _, g := range []struct {
				file string
				got  []byte
			}{{base + ".golden", text.Bytes()}, {base + ".json", js}} {
				if *update {
					if err := os.WriteFile(g.file, g.got, 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(g.file)
				if err != nil {
					t.Fatalf("%v (run go test ./share/card -update to create it)", err)
				}
				if !bytes.Equal(g.got, want) {
					t.Errorf("report of %s differs from %s:\n--- got\n%s\n--- want\n%s", name, g.file, g.got, want)
				}
			}
		})
	}
}

// TestFindings checks that each saved page yields the findings it was
// written to show, and the good page none.
func TestFindings(t *testing.T) {
	tests := []struct {
		page  string
		codes []string // each must be found
	}{
		{"good.html", nil},
		{"missing-image.html", []string{"missing-image", "missing-description"}},
		{"relative-image.html", []string{"relative-image", "insecure-image", "small-image", "url-mismatch", "missing-tag"}},
		{"huge-title.html", []string{"long-title", "long-description"}},
		{"conflicting.html", []string{"conflicting-tags", "bad-card-type"}},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			r := checkFile(t, tt.page)
			var got []string
			for _, f := range r.Findings {
				got = append(got, f.Code)
				if f.Message == "" || len(f.Networks) == 0 {
					t.Errorf("finding %+v has no message or no network", f)
				}
			}
			if tt.codes == nil && !r.Clean() {
				t.Errorf("Check(%s) found %v; want nothing", tt.page, got)
			}
			for _, c := range tt.codes {
				if !slices.Contains(got, c) {
					t.Errorf("Check(%s) found %v; want %s among them", tt.page, got, c)
				}
			}
		})
	}
}

func TestResolveFallbacks(t *testing.T) {
	page := `<head><title> Site  title </title>
<meta name="description" content="meta description">
<meta property="og:title" content="">
<meta name="twitter:title" content="X title">
<meta property="og:image" content="https://ex.com/a.png">
</head>`
	p, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	r := Check(p)
	want := map[string][2]string{ // network: title from, description from
		"x":        {"twitter:title", ""},
		"facebook": {"<title>", "description"},
		"linkedin": {"<title>", "description"},
	}
	for _, c := range r.Cards {
		w := want[c.Network]
		if c.Title.From != w[0] || c.Description.From != w[1] {
			t.Errorf("%s: title from %q, description from %q; want %q, %q", c.Network, c.Title.From, c.Description.From, w[0], w[1])
		}
		if c.Image.Text != "https://ex.com/a.png" || c.Image.Line != 5 {
			t.Errorf("%s: image %+v; want og:image from line 5", c.Network, c.Image)
		}
	}
	if r.Cards[1].Title.Text != "Site title" {
		t.Errorf("facebook title = %q; want the <title> made one line", r.Cards[1].Title.Text)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, page string
		keys       []string
		canonical  string
	}{
		{"stops-at-body", `<head><meta property="og:title" content="a"></head><body><meta property="og:title" content="b">`, []string{"og:title=a"}, ""},
		{"implied-body", `<meta property="og:title" content="a"><div>x</div><meta property="og:description" content="b">`, []string{"og:title=a"}, ""},
		{"script-text-not-tags", `<head><script>document.write('<meta property="og:title" content="js">')</script><meta name="twitter:card" content="summary"></head>`, []string{"twitter:card=summary"}, ""},
		{"noscript-img-in-head", `<head><noscript><img src="px.gif"></noscript><meta property="og:url" content="https://ex.com/"></head>`, []string{"og:url=https://ex.com/"}, ""},
		{"name-or-property-case", `<meta NAME="Twitter:Card" CONTENT=" summary "><meta property="og:title">`, []string{"twitter:card=summary"}, ""},
		{"entities", `<meta property="og:title" content="Tom &amp; Jerry &quot;live&quot;">`, []string{`og:title=Tom & Jerry "live"`}, ""},
		{"canonical-first", `<link rel="alternate canonical" href=" https://ex.com/a "><link rel="canonical" href="https://ex.com/b">`, nil, "https://ex.com/a"},
		{"invalid-utf8", "<meta property=\"og:title\" content=\"a\xffb\">", []string{"og:title=a\uFFFDb"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, tg := range p.Tags {
				got = append(got, tg.Key+"="+tg.Value)
			}
			if !slices.Equal(got, tt.keys) || p.Canonical != tt.canonical {
				t.Errorf("Parse(%q) = tags %q, canonical %q; want %q, %q", tt.page, got, p.Canonical, tt.keys, tt.canonical)
			}
		})
	}
}

func TestParseLines(t *testing.T) {
	p, err := Parse(strings.NewReader("<head>\n<title>\nA\n</title>\n<meta\n property=\"og:title\" content=\"x\">\n"))
	if err != nil {
		t.Fatal(err)
	}
	if p.TitleLine != 2 || len(p.Tags) != 1 || p.Tags[0].Line != 5 {
		t.Errorf("title line %d, tags %+v; want title on line 2 and the meta on line 5", p.TitleLine, p.Tags)
	}
}

func TestParseHeadTooLong(t *testing.T) {
	page := "<head><script>" + strings.Repeat("x", MaxHeadBytes) + "</script></head>"
	_, err := Parse(strings.NewReader(page))
	if !errors.Is(err, ErrHeadTooLong) {
		t.Errorf("Parse(head of 4 MiB) error = %v; want ErrHeadTooLong", err)
	}
}

// FuzzParse: no panic; whatever the page, tags have keys in lower case and
// valid UTF-8, lines count up, and Check reports every network.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"good.html", "missing-image.html", "relative-image.html", "huge-title.html", "conflicting.html"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("<meta property=og:image content=data:x><meta property=og:image:width content=-3>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		p, err := Parse(bytes.NewReader(page))
		if err != nil && !errors.Is(err, ErrHeadTooLong) {
			t.Fatalf("Parse error %v", err)
		}
		last := 0
		for _, tg := range p.Tags {
			if tg.Key != strings.ToLower(tg.Key) || tg.Line < last {
				t.Errorf("tag %+v: want a lower-case key and lines in order", tg)
			}
			last = tg.Line
		}
		r := Check(p)
		if len(r.Cards) != len(Networks()) {
			t.Errorf("Check gave %d cards; want %d", len(r.Cards), len(Networks()))
		}
		var buf bytes.Buffer
		if err := r.WriteText(&buf); err != nil {
			t.Fatal(err)
		}
	})
}

// TestCheckWithMeasuredImage: a page that declares no image size gets its
// image judged by the measured size, each URL measured once.
func TestCheckWithMeasuredImage(t *testing.T) {
	page := `<head><meta property="og:title" content="T"><meta property="og:image" content="https://ex.com/small.png">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:image" content="https://ex.com/small.png"></head>`
	p, err := Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	r := CheckWith(p, Options{ImageSize: func(u string) (int, int, bool) {
		calls++
		return 400, 300, u == "https://ex.com/small.png"
	}})
	if calls != 1 {
		t.Errorf("ImageSize called %d times for one URL; want 1", calls)
	}
	var got []string
	for _, f := range r.Findings {
		if f.Code == "small-image" {
			got = append(got, strings.Join(f.Networks, ",")+": "+f.Message)
		}
	}
	want := []string{
		"facebook: image measures 400×300; Facebook needs 600×315 for a large card and shows a small one",
		"linkedin: image measures 400×300; LinkedIn needs 1200×627 for a large card and shows a small one",
	}
	if !slices.Equal(got, want) {
		t.Errorf("small-image findings = %q; want %q (X's 300×157 is met)", got, want)
	}
	for _, c := range r.Cards {
		if !c.ImageMeasured || c.ImageWidth != 400 {
			t.Errorf("%s card: measured %t, width %d; want the measured 400", c.Network, c.ImageMeasured, c.ImageWidth)
		}
	}
	if plain := Check(p); plain.Cards[0].ImageWidth != 0 {
		t.Error("Check without ImageSize reported an image size")
	}
}
