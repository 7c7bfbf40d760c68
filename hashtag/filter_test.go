package hashtag

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sharekit/sharekit/internal/sharedfiles"
)

// TestClassifyAsTokenized checks that the words tokenize classifies as it
// adds them (classifyPlain, classifyWord: a pipeline with its lists, as
// Suggest and Learn make) come out as classify alone marks them (a
// pipeline without lists): the same lists, lower case, packed key and
// base form for every word. Headlines: testdata/headlines.txt and the
// built-in benchmark set, in languages with and without rules of their
// own (Turkish case, base forms after apostrophes, declension), plus the
// shared corpora when present.
func TestClassifyAsTokenized(t *testing.T) {
	hs := append(readLines(t, filepath.Join("..", "testdata", "headlines.txt")), builtinHeadlines...)
	hs = append(hs, "Sie. 4.25% 10,000 U.S. www.example.com, AT&T 3tn G20, @SeyitAldogan I'll Trump's Secretary-General", "a I X Q9 q9 ab1 Abcdefghij, abcdefghij. ABCDEFGHIJ")
	sets := map[string][]string{"en": hs, "de": hs, "tr": hs, "fr": hs, "ru": hs}
	if root, ok := sharedfiles.Root(); ok {
		for _, lang := range []string{"de", "tr", "ru", "ar"} {
			lines := readLines(t, filepath.Join(root, "corpora", "headlines-"+lang+".txt"))
			sets[lang] = append(sets[lang], lines[:min(len(lines), 500)]...)
		}
		lines := readLines(t, filepath.Join(root, "corpora", "english-headlines.txt"))
		sets["en"] = append(sets["en"], lines[:min(len(lines), 2000)]...)
	}
	for lang, hs := range sets {
		g := New(Options{Lang: lang})
		for _, h := range hs {
			inline := g.getPipeline(h)
			inline.tokenize()
			inline.classify()
			alone := &pipeline{g: g, s: h} // no lists: classify does it all
			alone.tokenize()
			alone.classify()
			if alone.classified || !inline.classified {
				t.Fatalf("%s %q: classified %v without lists, %v with", lang, h, alone.classified, inline.classified)
			}
			if len(inline.words) != len(alone.words) {
				t.Fatalf("%s %q: %d words, %d by classify alone", lang, h, len(inline.words), len(alone.words))
			}
			for i := range alone.words {
				a, b := &inline.words[i], &alone.words[i]
				if a.lists != b.lists || a.packed != b.packed || string(inline.lower(a)) != string(alone.lower(b)) ||
					string(inline.base(a)) != string(alone.base(b)) || string(inline.text(a)) != string(alone.text(b)) {
					t.Errorf("%s %q word %d %q: lists %b, packed %#x, lower %q, base %q; classify alone: %b, %#x, %q, %q",
						lang, h, i, inline.text(a), a.lists, a.packed, inline.lower(a), inline.base(a), b.lists, b.packed, alone.lower(b), alone.base(b))
				}
			}
			g.putPipeline(inline)
		}
	}
}

// TestMentionMarked checks the mention rule through tokenize: a word
// right after '@' or '＠' is a fragment (never a tag), wherever the '@'
// stands, and no other word is taken for a mention. (classifyPlain and
// classifyWord ask mention only of a word after punctuation, tPunct.)
func TestMentionMarked(t *testing.T) {
	g := Default()
	tests := []struct {
		h        string
		mentions []string
	}{
		{"Talks with @SeyitAldogan on trade", []string{"SeyitAldogan"}},
		{"@Reuters: Markets rally", []string{"Reuters"}},
		{"Rally, said ＠Tanaka today", []string{"Tanaka"}},
		{"mail bob@example about it", []string{"example"}},
		{"(@Mayor) and @Council-Members, 'quoted' @x2", []string{"Mayor", "Council", "x2"}},
		{"No mention at all: Apple, Google", nil},
	}
	for _, tt := range tests {
		p := g.getPipeline(tt.h)
		p.tokenize()
		p.classify()
		want := map[string]bool{}
		for _, m := range tt.mentions {
			want[m] = true
		}
		for i := range p.words {
			w := &p.words[i]
			text := string(p.text(w))
			at := w.tok.start > 0 && (tt.h[w.tok.start-1] == '@' || strings.HasSuffix(tt.h[:w.tok.start], "＠"))
			if at != want[text] {
				t.Errorf("%q: word %q after an at sign %v, want %v", tt.h, text, at, want[text])
			}
			if at && !w.is(inFragment) {
				t.Errorf("%q: mention %q not marked a fragment (lists %b)", tt.h, text, w.lists)
			}
		}
		g.putPipeline(p)
	}
}
