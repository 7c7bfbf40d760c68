package transforms

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/internal/batch"
)

// edgeFiles are inputs for the paths of batch's reader that the
// repository's testdata leaves out: tsv, gzip, a byte order mark, \r\n,
// invalid UTF-8, an over-long line, broken jsonl, a csv record over two
// lines and a csv without a headline column (a file error).
var edgeFiles = map[string]string{
	"edge.txt":     "\xef\xbb\xbfObama visits Berlin\r\n\nbad \xff byte\n" + strings.Repeat("long ", 20000) + "\nEU summit in Brussels",
	"edge.tsv":     "url\theadline\nhttps://example.com/a\t\"Quoted\" says minister\nnot a url\tBad URL row\n",
	"edge.jsonl":   `{"headline":"Merkel meets Macron","url":"https://example.com/a","id":7}` + "\n\n{not json}\n" + `{"headline":3}` + "\n",
	"edge.csv":     "headline,url\n\"Quoted, with\nline break\",https://example.com/b\none,two,three\n",
	"noheader.csv": "title,link\nA,B\n",
}

// inputDir is a directory holding the repository's sample headlines, its
// bad-input samples, edgeFiles and a gzip copy of the txt sample.
func inputDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	copyFile := func(from, to string) []byte {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, to), b, 0o644); err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, f := range []string{"headlines.txt", "headlines.csv", "headlines.jsonl"} {
		copyFile(filepath.Join("..", "..", "testdata", f), f)
	}
	copyFile(filepath.Join("..", "..", "testdata", "cli", "bad.csv"), "bad.csv")
	txt := copyFile(filepath.Join("..", "..", "testdata", "cli", "bad.txt"), "bad.txt")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(txt)
	zw.Close()
	writeFile(t, filepath.Join(dir, "bad.txt.gz"), gz.Bytes())
	for name, body := range edgeFiles {
		writeFile(t, filepath.Join(dir, name), []byte(body))
	}
	return dir
}

func writeFile(t testing.TB, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// batchOutput is what `sharekit batch` writes for every file of glob, as
// sorted lines, with the error records apart, and the files it could not
// read.
func batchOutput(t testing.TB, glob string, opts Options) (good, bad []string, fileErrs []string) {
	t.Helper()
	files, err := filepath.Glob(glob)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		var out, errs bytes.Buffer
		bo := opts.batchOptions(name)
		bo.Errors = &errs
		if _, err := batch.Run(context.Background(), name, f, &out, bo); err != nil {
			fileErrs = append(fileErrs, name)
		}
		f.Close()
		// Errors names each error record "file:line: message", in order,
		// which tells the error records from the others.
		badLines := map[string]bool{}
		for _, l := range strings.Split(strings.TrimSpace(errs.String()), "\n") {
			if rest, ok := strings.CutPrefix(l, name+":"); ok {
				n, _, _ := strings.Cut(rest, ":")
				badLines[n] = true
			}
		}
		for _, l := range lines(out.String()) {
			n := lineNumber(t, l)
			if badLines[n] {
				bad = append(bad, l)
			} else {
				good = append(good, l)
			}
		}
	}
	slices.Sort(good)
	slices.Sort(bad)
	slices.Sort(fileErrs)
	return good, bad, fileErrs
}

// lineNumber is the "line" of a jsonl record, which batch writes second.
func lineNumber(t testing.TB, rec string) string {
	_, rest, ok := strings.Cut(rec, `,"line":`)
	n, _, ok2 := strings.Cut(rest, ",")
	if !ok || !ok2 {
		t.Fatalf("record without a line number: %s", rec)
	}
	return n
}

func lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// shardLines are the lines of every shard Write wrote under prefix, sorted.
func shardLines(t testing.TB, prefix string) []string {
	t.Helper()
	files, err := filepath.Glob(prefix + "-*-of-*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, lines(string(b))...)
	}
	slices.Sort(all)
	return all
}

// runPipeline runs Read, Records and Write over glob, writing records to
// out/records-* and errors to out/errors-*, and returns the file errors.
func runPipeline(t testing.TB, glob, out string, shards int, opts Options) {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	inputs, fileErrs := Read(s, glob, opts)
	records, errs := Records(s, inputs, opts)
	Write(s, filepath.Join(out, "records"), shards, records)
	Write(s, filepath.Join(out, "errors"), shards, errs)
	Write(s, filepath.Join(out, "file-errors"), 1, FileErrorRecords(s, fileErrs))
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}
}

// compare checks the pipeline's output under out against batch's over glob.
func compare(t *testing.T, glob, out string, opts Options) {
	t.Helper()
	good, bad, fileErrs := batchOutput(t, glob, opts)
	if len(good) == 0 || len(bad) == 0 {
		t.Fatalf("batch wrote %d good and %d error records: the test input must have both", len(good), len(bad))
	}
	for _, c := range []struct {
		what      string
		got, want []string
	}{
		{"records", shardLines(t, filepath.Join(out, "records")), good},
		{"error records", shardLines(t, filepath.Join(out, "errors")), bad},
		{"files with errors", fileNames(t, shardLines(t, filepath.Join(out, "file-errors"))), fileErrs},
	} {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("the pipeline's %s (%d) differ from batch's (%d):\n%s", c.what, len(c.got), len(c.want), lineDiff(c.got, c.want))
		}
	}
}

// fileNames are the "file" members of the file error records recs, sorted.
func fileNames(t testing.TB, recs []string) []string {
	var names []string
	for _, r := range recs {
		var fe struct{ File, Error string }
		if err := json.Unmarshal([]byte(r), &fe); err != nil || fe.File == "" || fe.Error == "" {
			t.Fatalf("file error record %s is not {file, error}: %v", r, err)
		}
		names = append(names, fe.File)
	}
	slices.Sort(names)
	return names
}

// lineDiff names the first few lines in one sorted list and not the other.
func lineDiff(got, want []string) string {
	var b strings.Builder
	n := 0
	for _, l := range got {
		if _, found := slices.BinarySearch(want, l); !found && n < 5 {
			fmt.Fprintf(&b, "  only in the pipeline's: %s\n", l)
			n++
		}
	}
	for _, l := range want {
		if _, found := slices.BinarySearch(got, l); !found && n < 10 {
			fmt.Fprintf(&b, "  only in batch's:        %s\n", l)
			n++
		}
	}
	return b.String()
}

func TestRecordsMatchBatch(t *testing.T) {
	for _, tc := range []struct {
		name   string
		shards int
		opts   Options
	}{
		{"tags", 3, Options{}},
		{"best and links", 1, Options{Tags: hashtag.Options{Best: 3}, Networks: []string{"x", "bluesky", "facebook"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := inputDir(t)
			out := t.TempDir()
			glob := filepath.Join(dir, "*")
			runPipeline(t, glob, out, tc.shards, tc.opts)
			compare(t, glob, out, tc.opts)
			if n := len(shardLines(t, filepath.Join(out, "file-errors"))); n != 1 {
				t.Errorf("the pipeline wrote %d file errors; want 1, for noheader.csv", n)
			}
		})
	}
}

// TestRecordsMatchBatchAtScale runs 100 000 generated csv lines (some of
// them error records) through the pipeline and through batch.
func TestRecordsMatchBatchAtScale(t *testing.T) {
	if testing.Short() {
		t.Skip("100 000 lines through Prism: skipped with -short")
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "generated.csv"), generate(100_000))
	out := t.TempDir()
	opts := Options{Networks: []string{"x", "bluesky"}}
	glob := filepath.Join(dir, "*.csv")
	runPipeline(t, glob, out, 4, opts)
	compare(t, glob, out, opts)
}

// generate makes n csv records of headlines built from a few words, with
// URLs, every 97th record with invalid UTF-8 and every 89th with a URL
// no network takes: deterministic, and with errors spread through it.
func generate(n int) []byte {
	who := []string{"Minister", "Mayor", "Court", "Union", "Council", "Police", "Team"}
	does := []string{"backs", "rejects", "delays", "opens", "wins", "questions", "plans"}
	what := []string{"budget", "bridge in Lisbon", "strike", "Olympic bid", "rail link", "tax cut", "new stadium"}
	var b bytes.Buffer
	b.WriteString("headline,url\n")
	for i := range n {
		fmt.Fprintf(&b, "%s %s %s %d", who[i%len(who)], does[i/7%len(does)], what[i/49%len(what)], i)
		if i%97 == 3 {
			b.WriteString(" \xff")
		}
		if i%89 == 5 {
			fmt.Fprintf(&b, ",javascript:alert(%d)\n", i)
			continue
		}
		fmt.Fprintf(&b, ",https://news.example.com/%d\n", i)
	}
	return b.Bytes()
}

func TestReadReportsFileErrors(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "noheader.csv"), []byte(edgeFiles["noheader.csv"]))
	writeFile(t, filepath.Join(dir, "ok.txt"), []byte("One headline\nAnother one\n"))
	p, s := beam.NewPipelineWithRoot()
	inputs, fileErrs := Read(s, filepath.Join(dir, "*"), Options{})
	passert.Count(s, inputs, "inputs", 2)
	passert.Count(s, fileErrs, "file errors", 1)
	ptest.RunAndValidate(t, p)
}

func TestOptionsValidate(t *testing.T) {
	for _, o := range []Options{
		{InputFormat: "xml"},
		{Networks: []string{"myspace"}},
		{MaxLineBytes: -1},
		{Tags: hashtag.Options{Best: -1}},
	} {
		if o.Validate() == nil {
			t.Errorf("Options%+v.Validate() = nil; want an error", o)
		}
	}
	if err := (Options{Networks: []string{"x"}}).Validate(); err != nil {
		t.Errorf("valid options: Validate() = %v", err)
	}
}
