package hashtag

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLexiconHoldsEveryList: every word of every list Suggest reads is in
// the lexicon with exactly the lists that hold it, and words in none are
// not there.
func TestLexiconHoldsEveryList(t *testing.T) {
	for _, lang := range []string{"en", "de", "fr", "tr", "el", "ar", "he", "ru", "ko", "zh"} {
		t.Run(lang, func(t *testing.T) {
			g := New(Options{Lang: lang, Stopwords: []string{"averyveryverylongstopword"}})
			l := g.suggestLists()
			want := map[string]wordLists{}
			addWords(want, &g.stop, inStop)
			for _, w := range genericLists()[g.baseLang()] {
				want[g.lowerString(w)] |= inGeneric
			}
			for _, w := range genericLists()[titlesFile] {
				want[g.lowerString(w)] |= inTitle
			}
			for _, w := range determiners[g.code] {
				want[w] |= inDeterminer
			}
			for _, w := range auxiliaries[g.code] {
				want[w] |= inAuxiliary
			}
			addWords(want, connectors(), inConnector)
			for w := range coordinators {
				want[w] |= inCoordinator
			}
			addWords(want, &l.gaz.first, inPlaceFirst)
			for w := range demonyms[g.code] {
				want[w] |= inDemonym
			}
			if want["averyveryverylongstopword"]&inStop == 0 {
				t.Fatalf("addWords lost a long stopword of Options.Stopwords")
			}
			for w, lists := range want {
				if got := l.lex.lookup([]byte(w), packIfShort([]byte(w))); got != lists {
					t.Errorf("lookup(%q) = %b; want %b", w, got, lists)
				}
			}
			for _, w := range []string{"x", "zebra", "earthquake", "quantumcomputing", "ß", "日本語", "a-b", strings.Repeat("q", 70)} {
				if got := l.lex.lookup([]byte(w), packIfShort([]byte(w))); got != want[w] {
					t.Errorf("lookup(%q) = %b; want %b", w, got, want[w])
				}
			}
		})
	}
}

// TestLowerPacked: lower-casing a packed ASCII word at once is
// lower-casing its bytes one by one, and its digits are found in it.
func TestLowerPacked(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	for range 100000 {
		b := make([]byte, 1+r.IntN(8))
		for i := range b {
			b[i] = byte(1 + r.IntN(127))
		}
		lower := bytes.ToLower(b)
		if got, want := lowerPacked(pack(b, false)), pack(lower, false); got != want {
			t.Fatalf("lowerPacked(pack(%q)) = %x; want %x", b, got, want)
		}
		digit := bytes.ContainsAny(b, "0123456789")
		if got := asciiDigit(b, pack(lower, false)); got != digit {
			t.Fatalf("asciiDigit(%q) = %v; want %v", b, got, digit)
		}
		long := append(bytes.Repeat([]byte("x"), 9), b...)
		if got := asciiDigit(long, 0); got != digit {
			t.Fatalf("asciiDigit(%q) = %v; want %v", long, got, digit)
		}
	}
}
