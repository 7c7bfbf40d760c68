package hashtag

import (
	"bufio"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sharekit/sharekit/internal/sharedfiles"
)

// TestCorpora runs the real headlines of ../shared/corpora through the
// generators and checks the properties (checkProperties) on each line.
func TestCorpora(t *testing.T) {
	dir, err := sharedfiles.Path("corpora")
	if err != nil {
		t.Skip(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("skipping: no corpora in %s", dir)
	}
	gens := map[string]*Generator{
		"words":    New(Options{}),
		"phrases":  New(Options{Style: Phrases, KeepAcronyms: true}),
		"combined": New(Options{Style: Combined, Case: CaseLower, FoldDiacritics: true, Max: 6}),
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			all := readLines(t, file)
			lang := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(file), "headlines-"), ".txt")
			local := New(Options{Lang: lang, Style: Combined})
			// Every line with the defaults; the other option sets on a
			// sample, to keep go test quick (-corpora-all: every line).
			for _, line := range all {
				checkProperties(t, gens["words"], line)
				if t.Failed() {
					t.Fatalf("stopping at the first failing line: %q", line)
				}
			}
			for _, line := range sample(all, *corporaAll) {
				for _, g := range gens {
					checkProperties(t, g, line)
				}
				checkProperties(t, local, line)
				if t.Failed() {
					t.Fatalf("stopping at the first failing line: %q", line)
				}
			}
		})
	}
}

var corporaAll = flag.Bool("corpora-all", false, "check every corpus line, not a sample of each file")

// sample keeps the test quick: up to 1500 lines spread evenly over a file
// (about 20k lines in all), or every line with -corpora-all.
func sample(lines []string, all bool) []string {
	const n = 1500
	if all || len(lines) <= n {
		return lines
	}
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, lines[i*len(lines)/n])
	}
	return out
}

// corpusLang is the language of a file of ../shared/corpora, by its name:
// english-headlines.txt, headlines-tr.txt, sentences-el.txt.
func corpusLang(file string) string {
	name := strings.TrimSuffix(filepath.Base(file), ".txt")
	if name == "english-headlines" {
		return "en"
	}
	return name[strings.LastIndexByte(name, '-')+1:]
}

func readLines(tb testing.TB, file string) []string {
	tb.Helper()
	f, err := os.Open(file)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return lines
}
