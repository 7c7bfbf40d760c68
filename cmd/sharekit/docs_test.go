package main

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// docPages are the docs whose console examples TestDocsExamples runs.
var docPages = []string{"share-bar.md"}

// TestDocsExamples runs every "$ sharekit …" line of the console blocks in
// docPages from the module root, and checks that the binary prints exactly
// the lines shown after it (and exits 1 where the block says "exit 1"), so
// that a doc can never show output the program does not give.
func TestDocsExamples(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	for _, page := range docPages {
		path := filepath.Join(root, "docs", page)
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		examples := consoleExamples(t, f)
		f.Close()
		if len(examples) == 0 {
			t.Fatalf("%s has no console examples", page)
		}
		for _, ex := range examples {
			t.Run(page+"/"+strings.Join(ex.args, " "), func(t *testing.T) {
				cmd := exec.Command(bin, ex.args...)
				cmd.Dir = root
				for _, e := range os.Environ() {
					if !strings.HasPrefix(e, "SHAREKIT_") {
						cmd.Env = append(cmd.Env, e)
					}
				}
				out, err := cmd.Output()
				code := 0
				var ee *exec.ExitError
				if errors.As(err, &ee) {
					code = ee.ExitCode()
				} else if err != nil {
					t.Fatal(err)
				}
				if code != ex.code {
					t.Errorf("exit status %d; the doc says %d", code, ex.code)
				}
				if got := strings.TrimRight(string(out), "\n"); got != ex.want {
					t.Errorf("output differs from %s:\n--- got\n%s\n--- doc\n%s", page, got, ex.want)
				}
			})
		}
	}
}

type docExample struct {
	args []string
	want string
	code int
}

// consoleExamples reads the ```console blocks of a markdown page: each
// "$ sharekit ARGS" line, the output lines after it, and an optional last
// line "(exit N)".
func consoleExamples(t *testing.T, f *os.File) []docExample {
	var out []docExample
	var cur *docExample
	var lines []string
	in := false
	flush := func() {
		if cur != nil {
			if n := len(lines); n > 0 && strings.HasPrefix(lines[n-1], "(exit ") {
				cur.code = int(lines[n-1][len("(exit ")] - '0')
				lines = lines[:n-1]
			}
			cur.want = strings.Join(lines, "\n")
			out = append(out, *cur)
		}
		cur, lines = nil, nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "```console":
			in = true
		case in && line == "```":
			flush()
			in = false
		case in && strings.HasPrefix(line, "$ sharekit "):
			flush()
			cur = &docExample{args: shellWords(t, strings.TrimPrefix(line, "$ sharekit "))}
		case in && cur != nil:
			lines = append(lines, line)
		}
	}
	return out
}

// shellWords splits a command line on spaces, keeping double- and
// single-quoted words whole (no escapes, no expansion: the docs need none).
func shellWords(t *testing.T, s string) []string {
	var words []string
	var w strings.Builder
	quote, inWord := byte(0), false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0 && c == quote:
			quote = 0
		case quote != 0:
			w.WriteByte(c)
		case c == '"' || c == '\'':
			quote, inWord = c, true
		case c == ' ':
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		default:
			w.WriteByte(c)
			inWord = true
		}
	}
	if quote != 0 {
		t.Fatalf("unbalanced quote in %q", s)
	}
	if inWord {
		words = append(words, w.String())
	}
	return words
}
