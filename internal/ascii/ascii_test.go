package ascii

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// naiveSpan is Span byte by byte: what the word-at-a-time tricks must equal.
func naiveSpan(c Class, s string) int {
	for i := 0; i < len(s); i++ {
		if !c.Has(s[i]) {
			return i
		}
	}
	return len(s)
}

var classes = map[string]Class{
	"All": All, "Printable": Printable, "Graphic": Graphic, "JSONSafe": JSONSafe,
	"digits": Range('0', '9'), "lower-but-x": Range('a', 'z').Except('x'),
	"NUL-and-DEL": Range(0, 0x7F).Except(0).Except(0x7F),
}

func TestSpan(t *testing.T) {
	tests := []struct {
		class string
		s     string
		want  int
	}{
		{"All", "", 0},
		{"All", "plain ascii text, long enough for words", 39},
		{"All", "abcdefgh\x80", 8},
		{"All", "café au lait", 3},
		{"Printable", "two  spaces\tthen a tab", 11},
		{"Printable", "DEL at 9 \x7f", 9},
		{"Graphic", "https://example.com/a?b=c d", 25},
		{"JSONSafe", `a long run of safe bytes "quoted"`, 25},
		{"JSONSafe", `back\slash`, 4},
		{"JSONSafe", "line\nbreak", 4},
		{"JSONSafe", "DEL \x7f is fine in JSON", 21},
		{"digits", "20260101T", 8},
		{"lower-but-x", "abcdefghijklmnopqrstuvwxyz", 23},
	}
	for _, tt := range tests {
		if got := classes[tt.class].Span(tt.s); got != tt.want {
			t.Errorf("%s.Span(%q) = %d; want %d", tt.class, tt.s, got, tt.want)
		}
	}
}

// TestPrintableAndGraphic checks the two classes share's page URLs and
// headlines are scanned by against their definition, bytes from lo to '~',
// with every byte value at every position of a word and after it.
func TestPrintableAndGraphic(t *testing.T) {
	naive := func(s string, lo byte) int {
		i := 0
		for i < len(s) && lo <= s[i] && s[i] <= '~' {
			i++
		}
		return i
	}
	for lo, c := range map[byte]Class{' ': Printable, '!': Graphic} {
		for b := 0; b < 256; b++ {
			for pos := 0; pos < 17; pos++ {
				w := []byte(strings.Repeat("ab~!x(", 3))
				w[pos] = byte(b)
				s := string(w)
				if got, want := c.Span(s), naive(s, lo); got != want {
					t.Fatalf("Span(%q) from %q = %d; want %d", s, lo, got, want)
				}
			}
		}
	}
}

// TestSpanEveryByte: Span of one word agrees with Has for every byte value
// at every position, among neighbours in the class.
func TestSpanEveryByte(t *testing.T) {
	for name, c := range classes {
		for _, fill := range []byte{'a', ' ', '~', '!', '#', '[', ']', '0', 0, 0x7F} {
			if !c.Has(fill) {
				continue
			}
			for pos := range 8 {
				for b := range 256 {
					w := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
					w[pos] = byte(b)
					if got, want := c.Span(string(w)), naiveSpan(c, string(w)); got != want {
						t.Errorf("%s.Span(%q) = %d; want %d", name, w, got, want)
					}
				}
			}
		}
	}
}

// TestSpanMatchesBytes is the property: for every class, at every offset
// and length, Span is the byte-by-byte answer (the tricks' borrows and
// carries never leak across bytes into a wrong "all in").
func TestSpanMatchesBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for name, c := range classes {
		for range 2000 {
			b := make([]byte, r.IntN(40))
			for i := range b {
				switch r.IntN(4) {
				case 0:
					b[i] = byte(r.IntN(256))
				default:
					b[i] = byte(' ' + r.IntN(95))
				}
			}
			s := string(b)
			for off := 0; off < min(len(s), 9); off++ {
				if got, want := c.Span(s[off:]), naiveSpan(c, s[off:]); got != want {
					t.Fatalf("%s.Span(%q) = %d; want %d", name, s[off:], got, want)
				}
			}
		}
	}
}

func FuzzSpan(f *testing.F) {
	f.Add("plain ascii words and more", byte(' '), byte('~'), byte('"'))
	f.Add("caf\xc3\xa9\x7f\x00", byte(0), byte(0x7F), byte(0))
	f.Fuzz(func(t *testing.T, s string, lo, hi, not byte) {
		c := Range(lo%0x80, hi%0x80).Except(not)
		if got, want := c.Span(s), naiveSpan(c, s); got != want {
			t.Errorf("Range(%d, %d).Except(%d).Span(%q) = %d; want %d", lo%0x80, hi%0x80, not, s, got, want)
		}
	})
}

var sinkInt int

func BenchmarkSpan(b *testing.B) {
	s := strings.Repeat("Central bank holds rates steady and signals two cuts later this year ", 4)
	for _, name := range []string{"All", "Printable", "JSONSafe"} {
		c := classes[name]
		b.Run(name+"/words", func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				sinkInt = c.Span(s)
			}
		})
		b.Run(name+"/bytes", func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				sinkInt = naiveSpan(c, s)
			}
		})
	}
}
