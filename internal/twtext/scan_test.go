package twtext

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// adversarialText is an input built to make a backtracking URL scanner
// rescan the same text from many starts: prefix, then unit repeated up to
// about n bytes, then suffix.
type adversarialText struct {
	name                 string
	prefix, unit, suffix string
}

var adversarialTexts = []adversarialText{
	{"cjk run before a dot", "", "東", ".000"},
	{"accents after a digit", "0", "é", ".000"},
	{"cjk run before a hyphen and dot", "", "東", "-.com"},
	{"protocol then cjk run", "http://", "東", ".com"},
	{"underscore labels", "_x", ".com_x", ""},
	{"underscore run", "", "a_", ".com"},
	{"digit labels", "", "0.", "東.com"},
	{"letter labels without TLD", "", "a.", "0"},
	{"accent labels", "", "é.", "東.com"},
	{"protocols", "", "http://", "x.com"},
	{"hashtags before dots", "", "#a.", ""},
	{"dots and spaces", "", ". ", ""},
	{"parens in a path", "x.com/", "(a", ""},
	{"tag characters", "🏴", "\U000E0067", ""},
	{"distinct code points in a label", "http://", "", ".com"}, // unit: see build
}

// build returns the text at about n bytes.
func (a adversarialText) build(n int) string {
	var b strings.Builder
	b.WriteString(a.prefix)
	for r := rune(0x4E00); b.Len() < n; r++ {
		if a.unit == "" {
			b.WriteRune(r) // a label punycode must encode in full
		} else {
			b.WriteString(a.unit)
		}
	}
	b.WriteString(a.suffix)
	return b.String()
}

// TestURLScanLinear runs the adversarial inputs at 64 KiB, where quadratic
// behaviour would take seconds, and checks by counting, not timing, that
// the domain scans read each byte a bounded number of times.
func TestURLScanLinear(t *testing.T) {
	c := V3()
	for _, a := range adversarialTexts {
		t.Run(a.name, func(t *testing.T) {
			text := a.build(64 << 10)
			if _, work := scanURLs(nil, text, true); work > 4*len(text)+64 {
				t.Errorf("scanning %d bytes of %q… read %d bytes; want at most %d", len(text), text[:16], work, 4*len(text)+64)
			}
			checkSpans(t, text, urlSpans(ExtractURLs(text)), urlNames(ExtractURLs(text)), "")
			ExtractHashtags(text)
			c.Parse(text)
		})
	}
}

// TestURLScanMemo checks that skipping plain text and remembering earlier
// domain scans changes nothing: the fast scan finds what trying every start
// from scratch finds.
func TestURLScanMemo(t *testing.T) {
	texts := slices.Clone(fuzzSeeds)
	for _, a := range adversarialTexts {
		texts = append(texts, a.build(2<<10))
	}
	texts = append(texts,
		"a_b.com", "x.a_b.com", "a_b_c.co.uk", "x_y.com_z.org", "-a.com", "a-.com", "東-.com",
		"http://a.b_c.d_e.com", "a.com東.0.0.0", "y.com_x.com_x.org", "foo bar.baz.com qux. quux.com.")
	for _, text := range texts {
		if fast, slow := urlSpansOf(text, true), urlSpansOf(text, false); !slices.Equal(fast, slow) {
			t.Errorf("URL spans of %q = %v; trying every start gives %v", text, fast, slow)
		}
	}
}

func urlSpans(urls []URL) [][4]int {
	var spans [][4]int
	for _, u := range urls {
		spans = append(spans, [4]int{u.Start, u.End, u.ByteStart, u.ByteEnd})
	}
	return spans
}

func urlNames(urls []URL) []string {
	var names []string
	for _, u := range urls {
		names = append(names, u.URL)
	}
	return names
}

// BenchmarkExtractURLsAdversarial shows ns/op growing linearly with the
// size of inputs that used to be quadratic.
func BenchmarkExtractURLsAdversarial(b *testing.B) {
	for _, a := range adversarialTexts {
		for _, n := range []int{1 << 10, 4 << 10, 16 << 10} {
			text := a.build(n)
			b.Run(fmt.Sprintf("%s/%dk", strings.ReplaceAll(a.name, " ", "_"), n>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					sinkURLs = ExtractURLs(text)
				}
			})
		}
	}
}
