package hashtag

import (
	"path/filepath"
	"testing"

	"github.com/sharekit/sharekit/internal/sharedfiles"
)

// TestTopicCeiling checks rank's shortcut: a topic word given its ceiling
// (topicCeiling) rather than its score must score no more than the
// ceiling and fall under render's cutoff all the same, and the best
// score render's cutoff is a share of must not change. It compares rank
// with ceilings and without over the built-in headlines and a sample of
// every corpus.
func TestTopicCeiling(t *testing.T) {
	sets := map[string][]string{"en": builtinHeadlines}
	if dir, err := sharedfiles.Path("corpora"); err == nil {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, file := range files {
			lang := corpusLang(file)
			sets[lang] = append(sets[lang], sample(readLines(t, file), false)...)
		}
	} else {
		t.Logf("no corpora (%v): the built-in headlines only", err)
	}
	shortcuts := 0
	for lang, lines := range sets {
		g := New(Options{Lang: lang})
		for _, h := range lines {
			p := g.getPipeline(h)
			p.tokenize()
			p.classify()
			p.candidates()
			p.score(false)
			exact := make([]float64, len(p.cands))
			for k := range p.cands {
				exact[k] = p.cands[k].score
			}
			top := p.top
			p.score(true)
			if p.top != top {
				t.Errorf("%s %q: best score %v with ceilings, %v without", lang, h, p.top, top)
			}
			for k := range p.cands {
				c := &p.cands[k]
				if c.score == exact[k] {
					continue
				}
				shortcuts++
				if c.score < exact[k] || c.score >= cutoffFraction*top {
					t.Errorf("%s %q: %q (%v) scores %v with ceilings, %v without (cutoff %v)",
						lang, h, h[c.start:c.end], c.kind, c.score, exact[k], cutoffFraction*top)
				}
			}
			g.putPipeline(p)
		}
	}
	if shortcuts == 0 {
		t.Error("no topic word was given its ceiling: the test checks nothing")
	}
}

// TestVerbForm pins the English verb endings that end a name in Title
// Case (namesInTitleCase) and the endings of names that are no verb's.
func TestVerbForm(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"Cries", true}, {"Pressed", true}, {"Making", true}, {"Looks", true}, {"runs", true},
		{"Lewis", false}, {"Texas", false}, {"Carlos", false}, {"Press", false}, {"Venus", false},
		{"Red", false}, {"Sing", false}, {"Bed", false}, {"Iraq", false}, {"Moore", false},
		{"Bus", false}, {"Ned", false}, {"Hed", false}, {"Seed", false}, {"Agreed", true}, {"King", false}, {"Kings", true},
		{"", false}, {"s", false},
	} {
		if got := verbForm([]byte(c.word)); got != c.want {
			t.Errorf("verbForm(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}
