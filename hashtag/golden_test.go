package hashtag

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenCase is one golden file over testdata/headlines.txt: a line per
// input line, the input, a tab, then one column per generator.
type goldenCase struct {
	file string
	gens []*Generator
}

func TestGolden(t *testing.T) {
	in := filepath.Join("..", "testdata", "headlines.txt")
	data, err := os.ReadFile(in)
	if err != nil {
		t.Skipf("skipping: %s not found: %v", in, err)
	}
	headlines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	for _, c := range []goldenCase{
		{"headlines.golden", []*Generator{New(Options{})}},
		{"headlines-styles.golden", []*Generator{New(Options{Style: Phrases}), New(Options{Style: Combined, KeepAcronyms: true})}},
	} {
		t.Run(c.file, func(t *testing.T) {
			var b strings.Builder
			for _, h := range headlines {
				b.WriteString(h)
				for _, g := range c.gens {
					b.WriteString("\t" + g.Line(h))
				}
				b.WriteByte('\n')
			}
			path := filepath.Join("..", "testdata", "hashtag", c.file)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := lineDiff(string(want), b.String()); diff != "" {
				t.Errorf("%s differs (run go test ./hashtag -run Golden -update if the change is intended):\n%s", path, diff)
			}
		})
	}
}

// lineDiff lists the lines that differ between two texts of (normally)
// the same number of lines, as "-want" / "+got" pairs with line numbers.
func lineDiff(want, got string) string {
	ws, gs := bufio.NewScanner(strings.NewReader(want)), bufio.NewScanner(strings.NewReader(got))
	var b strings.Builder
	n, shown := 0, 0
	for {
		wok, gok := ws.Scan(), gs.Scan()
		if !wok && !gok {
			break
		}
		n++
		if w, g := ws.Text(), gs.Text(); !wok || !gok || w != g {
			if shown++; shown <= 20 {
				fmt.Fprintf(&b, "line %d:\n\t-%s\n\t+%s\n", n, w, g)
			}
		}
	}
	if shown > 20 {
		fmt.Fprintf(&b, "… and %d more lines\n", shown-20)
	}
	return b.String()
}
