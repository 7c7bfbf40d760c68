package card

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var sinkReport *Report

// page200KB is a news article page of 200 KB: the saved good page's head
// padded with inline scripts and styles as a CMS emits them (so that the
// head itself is large), then a long body.
func page200KB(tb testing.TB) []byte {
	good, err := os.ReadFile(filepath.Join("testdata", "good.html"))
	if err != nil {
		tb.Fatal(err)
	}
	head, body, _ := strings.Cut(string(good), "</head>")
	var b strings.Builder
	b.WriteString(head)
	for i := 0; b.Len() < 60<<10; i++ {
		b.WriteString("<script>window.cfg" + strings.Repeat("x", i%7) + " = {a: '<meta property=\"og:title\" content=\"no\">', n: 12345};</script>\n")
		b.WriteString("<style>.c" + strings.Repeat("y", i%5) + " { color: #123456; margin: 0 auto; }</style>\n")
		b.WriteString(`<link rel="preload" href="/static/font.woff2" as="font">` + "\n")
	}
	b.WriteString("</head>")
	b.WriteString(body)
	for b.Len() < 200<<10 {
		b.WriteString("<p>Policy makers left the main rate unchanged and pencilled in two cuts before the end of the year.</p>\n")
	}
	return []byte(b.String())
}

// BenchmarkCard is Parse and Check of a 200 KB page (60 KB of it head).
// Target: under 5 ms.
func BenchmarkCard(b *testing.B) {
	page := page200KB(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		p, err := Parse(bytes.NewReader(page))
		if err != nil {
			b.Fatal(err)
		}
		sinkReport = Check(p)
	}
}

// BenchmarkCardAllHead is the worst case: a 200 KB page that is all head.
func BenchmarkCardAllHead(b *testing.B) {
	full := page200KB(b)
	head, _, _ := bytes.Cut(full, []byte("</head>"))
	page := append([]byte(nil), head...)
	for len(page) < len(full) {
		page = append(page, "<script>var s = '<p>not the body</p>';</script>\n"...)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		p, err := Parse(bytes.NewReader(page))
		if err != nil {
			b.Fatal(err)
		}
		sinkReport = Check(p)
	}
}

func TestPage200KB(t *testing.T) {
	page := page200KB(t)
	if len(page) < 200<<10 || len(page) > 210<<10 {
		t.Fatalf("benchmark page is %d bytes; want about 200 KB", len(page))
	}
	p, err := Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if r := Check(p); !r.Clean() {
		t.Errorf("the benchmark page has findings %+v; want the good page's none", r.Findings)
	}
}
