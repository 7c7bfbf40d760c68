package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/internal/batch"
	"github.com/sharekit/sharekit/share"
)

// TestMain lets Beam take over when a runner starts this binary as a
// worker; the tests run their pipelines on Prism, in process.
func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// runArgs runs the command with args as its flags and returns its exit
// status and what it wrote to stderr.
func runArgs(t *testing.T, args ...string) (int, string) {
	t.Helper()
	fs := flag.NewFlagSet("sharekit-beam", flag.ContinueOnError)
	cfg := newConfig(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatalf("flags %q: %v", args, err)
	}
	var stderr bytes.Buffer
	code := cfg.run(context.Background(), &stderr)
	return code, stderr.String()
}

// outputLines are the sorted lines of every file under dir.
func outputLines(t *testing.T, glob string) []string {
	t.Helper()
	files, _ := filepath.Glob(glob)
	var all []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for l := range strings.Lines(string(b)) {
			all = append(all, strings.TrimSuffix(l, "\n"))
		}
	}
	slices.Sort(all)
	return all
}

// batchLines are the sorted lines `sharekit batch` writes for files.
func batchLines(t *testing.T, files []string, opt batch.Options) []string {
	t.Helper()
	var all []string
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		o := opt
		o.InputFormat = batch.FormatOf(name)
		if _, err := batch.Run(context.Background(), name, f, &out, o); err != nil {
			t.Fatal(err)
		}
		f.Close()
		for l := range strings.Lines(out.String()) {
			all = append(all, strings.TrimSuffix(l, "\n"))
		}
	}
	slices.Sort(all)
	return all
}

func TestRunMatchesBatch(t *testing.T) {
	in := filepath.Join("..", "..", "..", "testdata")
	files := []string{filepath.Join(in, "headlines.csv"), filepath.Join(in, "headlines.jsonl"), filepath.Join(in, "cli", "bad.txt")}
	out := filepath.Join(t.TempDir(), "out")
	code, stderr := runArgs(t, "--input", filepath.Join(in, "*", "bad.txt"), "--output", out+"-bad", "--shards", "2")
	if code != exitSomeError || !strings.Contains(stderr, "error records") {
		t.Errorf("over bad.txt: exit %d, stderr %q; want 1 and a summary", code, stderr)
	}
	for _, tc := range []struct {
		glob string
		args []string
		opt  batch.Options
	}{
		{filepath.Join(in, "headlines.[cj]s*"), nil, batch.Options{}},
		{filepath.Join(in, "headlines.[cj]s*"), []string{"--network", "x,bluesky", "--best", "3", "--via", "news"},
			batch.Options{Tags: hashtag.Options{Best: 3}, Networks: []string{"x", "bluesky"}, Post: share.Post{Via: "news"}}},
	} {
		opt := tc.opt
		args := append([]string{"--input", tc.glob, "--output", out, "--shards", "3"}, tc.args...)
		if code, stderr := runArgs(t, args...); code != exitOK {
			t.Fatalf("sharekit-beam %q: exit %d, stderr %q; want 0", args, code, stderr)
		}
		got := outputLines(t, out+"-0*-of-*.jsonl")
		want := batchLines(t, files[:2], opt)
		if !slices.Equal(got, want) {
			t.Errorf("sharekit-beam %q wrote %d lines that differ from batch's %d", args, len(got), len(want))
		}
		if errs := outputLines(t, out+"-errors-*.jsonl"); len(errs) != 0 {
			t.Errorf("sharekit-beam %q wrote error records for good input: %q", args, errs)
		}
	}
}

func TestNoMatchIsAnError(t *testing.T) {
	dir := t.TempDir()
	code, stderr := runArgs(t, "--input", filepath.Join(dir, "*.txt"), "--output", filepath.Join(dir, "out"))
	if code != exitSomeError || !strings.Contains(stderr, "no file matches") {
		t.Errorf("a glob matching nothing: exit %d, stderr %q; want 1 and \"no file matches\"", code, stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{},
		{"--input", "x.txt"},
		{"--input", "x.txt", "--output", dir + "/o", "--network", "myspace"},
		{"--input", "x.txt", "--output", dir + "/o", "--shards", "0"},
		{"--input", "x.txt", "--output", dir + "/o", "--case", "upside-down"},
		{"--input", "x.txt", "--output", dir + "/o", "--replace-stopwords"},
	} {
		if code, stderr := runArgs(t, args...); code != exitUsage || !strings.HasPrefix(stderr, "sharekit-beam: ") {
			t.Errorf("sharekit-beam %q: exit %d, stderr %q; want 2 and a message", args, code, stderr)
		}
	}
}

// TestDocsCommands runs the sharekit-beam commands of docs/beam.md's
// sh blocks (those with "go run ./cmd/sharekit-beam", run from the
// beam directory) with their output moved to a temporary directory, and
// checks the summary line the page shows after each.
func TestDocsCommands(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "..", "docs", "beam.md"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join("..", ".."))
	tmp := t.TempDir()
	const cmd = "$ go run ./cmd/sharekit-beam "
	ran := 0
	sc := bufio.NewScanner(bytes.NewReader(doc))
	var pending []string // a command whose summary line is next
	for sc.Scan() {
		line := sc.Text()
		if pending != nil {
			code, stderr := runArgs(t, pending...)
			if code != exitOK || strings.TrimSpace(stderr) != line {
				t.Errorf("docs/beam.md: sharekit-beam %q: exit %d, stderr %q; the page shows %q", pending, code, stderr, line)
			}
			pending = nil
			ran++
		}
		if rest, ok := strings.CutPrefix(line, cmd); ok {
			args := shellWords(t, rest)
			for i := range args {
				if i > 0 && args[i-1] == "--output" {
					args[i] = filepath.Join(tmp, filepath.Base(args[i]))
				}
			}
			pending = args
		}
	}
	if ran == 0 {
		t.Fatal("docs/beam.md shows no sharekit-beam command: nothing checked")
	}
}

// shellWords splits s at spaces, with '…' quoting, which is all the doc's
// commands use.
func shellWords(t *testing.T, s string) []string {
	var words []string
	var w strings.Builder
	quoted, in := false, false
	for _, r := range s {
		switch {
		case r == '\'':
			quoted, in = !quoted, true
		case r == ' ' && !quoted:
			if in {
				words = append(words, w.String())
				w.Reset()
				in = false
			}
		default:
			w.WriteRune(r)
			in = true
		}
	}
	if quoted {
		t.Fatalf("unclosed quote in %q", s)
	}
	if in {
		words = append(words, w.String())
	}
	return words
}
