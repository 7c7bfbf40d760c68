package hashtag

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sharekit/sharekit/internal/sharedfiles"
)

// TestTitleTallyMatchesWalk: the count tokenize keeps as it adds words
// (titleTally) answers titleCase as counting the classified words again
// does, for every headline of every language it is used in.
func TestTitleTallyMatchesWalk(t *testing.T) {
	sets := map[string][]string{"en": append(strings.Split(readTestHeadlines(t), "\n"),
		"What Does Your Outfit Say About You",
		"10 Things You Need To Know About The New iPhone",
		"US And EU Agree On Trade Deal",
		"Mayor says the city will reopen schools",
	)}
	if root, ok := sharedfiles.Root(); ok {
		files, _ := filepath.Glob(filepath.Join(root, "corpora", "*.txt"))
		for _, f := range files {
			lang := corpusLang(f)
			lines := readLines(t, f)
			sets[lang] = append(sets[lang], lines[:min(len(lines), 3000)]...)
		}
	}
	answers := map[bool]int{}
	for lang, lines := range sets {
		for _, asWritten := range []bool{false, true} {
			g := New(Options{Lang: lang, AsWritten: asWritten})
			if g.semitic {
				continue // titleCase counts the words again there
			}
			p := new(pipeline)
			for _, line := range lines {
				p.reset(g, line)
				p.tokenize()
				p.classify()
				got, want := p.tally.titleCase(), p.titleCaseWalk()
				if got != want {
					t.Fatalf("%s: titleCase(%q): tally says %v, the words %v", lang, line, got, want)
				}
				answers[want]++
			}
		}
	}
	if answers[true] == 0 || answers[false] == 0 {
		t.Errorf("answers %v: the test needs headlines in Title Case and not", answers)
	}
}
