package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/share"
)

// out is one jsonl output record, decoded loosely.
type out struct {
	File     string            `json:"file"`
	Line     int               `json:"line"`
	Headline string            `json:"headline"`
	URL      string            `json:"url"`
	Tags     []string          `json:"tags"`
	Links    map[string]string `json:"links"`
	Posts    map[string]string `json:"posts"`
	Error    string            `json:"error"`
	NetErrs  map[string]string `json:"network_errors"`
	Input    string            `json:"input"`
	Base64   []byte            `json:"input_base64"`
}

func run(t *testing.T, in string, opt Options) ([]out, Summary, error) {
	t.Helper()
	var w bytes.Buffer
	sum, err := Run(context.Background(), "in", strings.NewReader(in), &w, opt)
	return decode(t, w.Bytes()), sum, err
}

func decode(t *testing.T, b []byte) []out {
	t.Helper()
	var recs []out
	for i, l := range bytes.Split(bytes.TrimSuffix(b, []byte("\n")), []byte("\n")) {
		if len(l) == 0 && len(b) == 0 {
			break
		}
		var r out
		if err := json.Unmarshal(l, &r); err != nil {
			t.Fatalf("output line %d %q is not JSON: %v", i+1, l, err)
		}
		recs = append(recs, r)
	}
	return recs
}

func texts(tags []hashtag.Tag) []string {
	s := []string{}
	for _, t := range tags {
		s = append(s, t.Text)
	}
	return s
}

func sameStrings(a, b []string) bool {
	return len(a) == len(b) && strings.Join(a, "\x00") == strings.Join(b, "\x00")
}

// TestRunMixedOneRecordPerInput feeds good and bad lines across many chunks
// and checks the guarantee: one output record per input line, in order, the
// bad ones as error records in their place.
func TestRunMixedOneRecordPerInput(t *testing.T) {
	good := []string{"Obama signs bill on gun control", "NASA launches Artemis II to the Moon", "Storm Ciarán hits Brittany", ""}
	bad := map[int]string{ // line → the error it must get
		7:    "invalid UTF-8",
		100:  "line longer than",
		513:  "invalid UTF-8",
		2999: "line longer than",
	}
	const n = 3000
	var in strings.Builder
	for i := 1; i <= n; i++ {
		switch bad[i] {
		case "invalid UTF-8":
			in.WriteString("bad \xff\xfe byte\n")
		case "line longer than":
			in.WriteString(strings.Repeat("long ", 100) + "\n")
		default:
			in.WriteString(good[i%len(good)] + "\r\n")
		}
	}
	g := hashtag.New(hashtag.Options{})
	for _, workers := range []int{1, 2, 7} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			recs, sum, err := run(t, in.String(), Options{Workers: workers, MaxLineBytes: 200})
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if len(recs) != n || sum.Records != n || sum.Errors != int64(len(bad)) {
				t.Fatalf("Run over %d lines (%d bad) wrote %d records, summary %+v", n, len(bad), len(recs), sum)
			}
			for i, r := range recs {
				line := i + 1
				if r.Line != line || r.File != "in" {
					t.Fatalf("record %d is for %s:%d; want in:%d", i, r.File, r.Line, line)
				}
				if want, isBad := bad[line]; isBad {
					if !strings.HasPrefix(r.Error, want) {
						t.Errorf("line %d: error %q; want one starting %q", line, r.Error, want)
					}
					continue
				}
				h := good[line%len(good)]
				if r.Error != "" || r.Headline != h {
					t.Errorf("line %d: %+v; want headline %q", line, r, h)
				}
				if want := texts(g.Derive(h)); !sameStrings(r.Tags, want) {
					t.Errorf("line %d: tags %q; want Derive(%q) = %q", line, r.Tags, h, want)
				}
			}
		})
	}
}

func TestRunErrorRecordInput(t *testing.T) {
	recs, _, _ := run(t, "ok\nbad \xff byte\n"+strings.Repeat("é", 400)+"\n", Options{MaxLineBytes: 300})
	if len(recs) != 3 {
		t.Fatalf("got %d records; want 3", len(recs))
	}
	if r := recs[1]; r.Input != `bad \xff byte` || string(r.Base64) != "bad \xff byte" {
		t.Errorf("invalid UTF-8 record: input %q, base64 %q; want the bad byte as \\xff and exact in input_base64", r.Input, r.Base64)
	}
	if r := recs[2]; len(r.Input) != keepPrefix || !strings.Contains(r.Error, "300 bytes") {
		t.Errorf("long line record: %d bytes of input, error %q; want the first %d bytes and the limit", len(r.Input), r.Error, keepPrefix)
	}
}

func TestRunInputFormats(t *testing.T) {
	tests := []struct {
		name, format, in string
		want             []out // Line, Headline, URL, Error prefix
	}{
		{"txt with BOM", "txt", "\ufeffFirst headline\nSecond one", []out{{Line: 1, Headline: "First headline"}, {Line: 2, Headline: "Second one"}}},
		{"txt blank lines are records", "txt", "A\n\n \t\nB\n", []out{{Line: 1, Headline: "A"}, {Line: 2}, {Line: 3, Headline: " \t"}, {Line: 4, Headline: "B"}}},
		{"jsonl blank lines are error records", "jsonl", "\n" + `{"headline":"A"}` + "\r\n \t\r\n\n" + `{"headline":"B"}`, []out{
			{Line: 1, Error: "empty line"},
			{Line: 2, Headline: "A"},
			{Line: 3, Error: "empty line"},
			{Line: 4, Error: "empty line"},
			{Line: 5, Headline: "B"},
		}},
		{"csv", "csv", "id,Headline,url\n1,\"Storm, big\",https://e.com/a\n2,\"two\nlines\",\n3,x\"y,\n4,only\n", []out{
			{Line: 2, Headline: "Storm, big", URL: "https://e.com/a"},
			{Line: 3, Headline: "two\nlines"},
			{Line: 5, Headline: "x\"y"},
			{Line: 6, Error: "csv: record has 2 fields"},
		}},
		{"tsv", "tsv", "headline\turl\nA, b\thttps://e.com\n", []out{{Line: 2, Headline: "A, b", URL: "https://e.com"}}},
		{"csv url of spaces is no url", "csv", "headline,url\nG seven,  \nH eight, https://e.com/h \nI nine,\n", []out{
			{Line: 2, Headline: "G seven"}, {Line: 3, Headline: "H eight", URL: "https://e.com/h"}, {Line: 4, Headline: "I nine"},
		}},
		{"tsv url of spaces is no url", "tsv", "headline\turl\nG seven\t  \n", []out{{Line: 2, Headline: "G seven"}}},
		{"jsonl url of spaces is no url", "jsonl", `{"headline":"G seven","url":"  "}` + "\n" + `{"headline":"H","url":" https://e.com/h"}` + "\n", []out{
			{Line: 1, Headline: "G seven"}, {Line: 2, Headline: "H", URL: "https://e.com/h"},
		}},
		{"jsonl", "jsonl", `{"headline":"A \u00e9","url":"https://e.com"}` + "\n\n" + `{"url":"x"}` + "\n" + `{"headline":1}` + "\n{nope\n" + `{"headline":"B","url":2}` + "\n", []out{
			{Line: 1, Headline: "A é", URL: "https://e.com"},
			{Line: 2, Error: "empty line"},
			{Line: 3, Error: "jsonl: no \"headline\""},
			{Line: 4, Error: "jsonl: no \"headline\""},
			{Line: 5, Error: "jsonl: not a valid JSON object"},
			{Line: 6, Error: "jsonl: \"url\" is not a string"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, sum, err := run(t, tt.in, Options{InputFormat: tt.format})
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if len(recs) != len(tt.want) || sum.Records != int64(len(tt.want)) {
				t.Fatalf("Run(%q) = %+v; want %+v", tt.in, recs, tt.want)
			}
			for i, w := range tt.want {
				r := recs[i]
				if r.Line != w.Line || r.Headline != w.Headline || r.URL != w.URL || !strings.HasPrefix(r.Error, w.Error) || (w.Error == "") != (r.Error == "") {
					t.Errorf("record %d = %+v; want %+v", i, r, w)
				}
			}
		})
	}
}

func TestRunJSONLPassThrough(t *testing.T) {
	in := `{"id": 7, "headline":"A","meta":{"k":[1,2]},"tags":"theirs","url":null,"x":"y"}` + "\n"
	var w bytes.Buffer
	if _, err := Run(context.Background(), "f.jsonl", strings.NewReader(in), &w, Options{InputFormat: "jsonl"}); err != nil {
		t.Fatal(err)
	}
	got := w.String()
	for _, want := range []string{`"id":7`, `"meta":{"k":[1,2]}`, `"x":"y"`} {
		if !strings.Contains(got, want) {
			t.Errorf("output %s lacks the passed-through %s", got, want)
		}
	}
	if strings.Contains(got, "theirs") {
		t.Errorf("output %s keeps the input's \"tags\"; ours must replace it", got)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(got), &m); err != nil {
		t.Fatalf("output %s is not one JSON object: %v", got, err)
	}
}

func TestRunLinks(t *testing.T) {
	nets := []string{"x", "facebook", "linkedin"}
	in := "headline,url\nStorm hits Brittany,https://example.com/storm\nNo link here,\nBad link,javascript:alert(1)\n"
	recs, sum, err := run(t, in, Options{InputFormat: "csv", Networks: nets, Post: share.Post{Via: "sharekit"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 || sum.Errors != 1 {
		t.Fatalf("got %d records, %d errors; want 3 and 1: %+v", len(recs), sum.Errors, recs)
	}
	h, u := "Storm hits Brittany", "https://example.com/storm"
	p := share.Post{URL: u, Title: h, Via: "sharekit", Hashtags: texts(hashtag.New(hashtag.Options{}).Derive(h))}
	links, err := share.Links(p, nets...)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range links {
		if recs[0].Links[l.Network] != l.URL {
			t.Errorf("link for %s = %q; want share.Links' %q", l.Network, recs[0].Links[l.Network], l.URL)
		}
		post, _ := share.Compose(l.Network, p)
		if recs[0].Posts[l.Network] != post {
			t.Errorf("post for %s = %q; want share.Compose's %q", l.Network, recs[0].Posts[l.Network], post)
		}
	}
	if recs[1].Links != nil || recs[1].Error != "" {
		t.Errorf("record without URL = %+v; want tags only", recs[1])
	}
	wantErr := share.CheckURL("javascript:alert(1)")
	if wantErr == nil || recs[2].Error != wantErr.Error() {
		t.Errorf("unsafe URL record error = %q; want share's %v", recs[2].Error, wantErr)
	}
}

func TestRunGzip(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	io.WriteString(zw, "one\ntwo\n")
	zw.Close()
	var w bytes.Buffer
	sum, err := Run(context.Background(), "in.gz", &gz, &w, Options{OutputFormat: "text"})
	if err != nil || sum.Records != 2 {
		t.Errorf("Run over gzip: %+v, %v; want 2 records", sum, err)
	}
	if strings.Count(w.String(), "\n") != 2 {
		t.Errorf("text output %q; want 2 lines", w.String())
	}
}

func TestRunFailFast(t *testing.T) {
	in := strings.Repeat("fine headline\n", 1000) + "bad \xff\n" + strings.Repeat("after\n", 1000)
	recs, sum, err := run(t, in, Options{FailFast: true, Workers: 2})
	var re *RecordError
	if !errors.As(err, &re) || re.Line != 1001 || re.File != "in" {
		t.Fatalf("Run with FailFast error = %v; want a *RecordError at in:1001", err)
	}
	if len(recs) != 1001 || sum.Records != 1001 || sum.Errors != 1 || recs[1000].Error == "" {
		t.Errorf("Run with FailFast wrote %d records (summary %+v); want 1000 good and the bad one", len(recs), sum)
	}
}

func TestRunCSVHeaderErrors(t *testing.T) {
	tests := []struct{ name, in, col, urlCol, want string }{
		{"no headline column", "title,url\nA,b\n", "", "", `no "headline" column`},
		{"named column missing", "headline\nA\n", "title", "", `no "title" column`},
		{"named url column missing", "headline\nA\n", "", "link", `no "link" column`},
		{"empty input", "", "", "", "no header row"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Run(context.Background(), "h.csv", strings.NewReader(tt.in), io.Discard, Options{InputFormat: "csv", HeadlineColumn: tt.col, URLColumn: tt.urlCol})
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "batch: h.csv: ") {
				t.Errorf("Run(%q) error = %v; want batch: h.csv: …%s", tt.in, err, tt.want)
			}
		})
	}
}

type failReader struct {
	data []byte
	err  error
}

func (r *failReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestRunReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	var w bytes.Buffer
	sum, err := Run(context.Background(), "in", &failReader{[]byte("a\nb\n"), boom}, &w, Options{})
	if !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "batch: in: ") {
		t.Errorf("Run error = %v; want batch: in: %v", err, boom)
	}
	if sum.Records != 2 || len(decode(t, w.Bytes())) != 2 {
		t.Errorf("Run wrote %d records before the read error; want the 2 read", sum.Records)
	}
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n--; w.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestRunWriteError(t *testing.T) {
	in := strings.Repeat("headline\n", 20000)
	_, err := Run(context.Background(), "in", strings.NewReader(in), &failWriter{n: 2}, Options{Workers: 2})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Run error = %v; want the write error", err)
	}
}

func TestRunCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Run(ctx, "in", strings.NewReader(strings.Repeat("x\n", 100000)), io.Discard, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run with a canceled context error = %v; want context.Canceled", err)
	}
}

func TestRunOutputFormats(t *testing.T) {
	in := "headline,url\nStorm hits Brittany,https://example.com/a\nbad,javascript:x\n\"quoted, \"\"one\"\"\",\n"
	for _, format := range []string{"csv", "tsv"} {
		t.Run(format, func(t *testing.T) {
			var w bytes.Buffer
			if _, err := Run(context.Background(), "in.csv", strings.NewReader(in), &w, Options{InputFormat: "csv", OutputFormat: format, Networks: []string{"x"}}); err != nil {
				t.Fatal(err)
			}
			r := csv.NewReader(&w)
			if format == "tsv" {
				r.Comma = '\t'
			}
			rows, err := r.ReadAll()
			if err != nil {
				t.Fatalf("%s output does not parse: %v\n%s", format, err, w.String())
			}
			wantHeader := "file line headline url tags x_link x_post error input"
			if len(rows) != 4 || strings.Join(rows[0], " ") != wantHeader {
				t.Fatalf("%s output rows = %q; want a header %q and 3 rows", format, rows, wantHeader)
			}
			if rows[1][2] != "Storm hits Brittany" || rows[1][5] == "" || rows[2][7] == "" || rows[3][2] != `quoted, "one"` {
				t.Errorf("%s output rows = %q", format, rows)
			}
		})
	}
	t.Run("text", func(t *testing.T) {
		var w, errs bytes.Buffer
		_, err := Run(context.Background(), "in", strings.NewReader("Storm hits Brittany\nbad \xff\nNASA\n"), &w, Options{OutputFormat: "text", Errors: &errs})
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(w.String(), "\n"), "\n")
		want := hashtag.New(hashtag.Options{}).Line("Storm hits Brittany")
		if len(lines) != 3 || lines[0] != want || lines[1] != "" {
			t.Errorf("text output = %q; want 3 lines, the first %q, the second empty", lines, want)
		}
		if errs.String() != "in:2: invalid UTF-8\n" {
			t.Errorf("Errors got %q; want %q", errs.String(), "in:2: invalid UTF-8\n")
		}
	})
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
		want string
	}{
		{"zero", Options{}, ""},
		{"all set", Options{InputFormat: "csv", OutputFormat: "tsv", Networks: []string{"x"}, Workers: 3}, ""},
		{"input format", Options{InputFormat: "xml"}, `unknown input format "xml"`},
		{"output format", Options{OutputFormat: "xml"}, `unknown output format "xml"`},
		{"network", Options{Networks: []string{"myspace"}}, `unknown network "myspace"`},
		{"workers", Options{Workers: -1}, "workers must not be negative"},
		{"max line", Options{MaxLineBytes: -1}, "max line bytes must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.opt.Validate()
			if (err == nil) != (tt.want == "") || (err != nil && !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("%+v.Validate() = %v; want %q", tt.opt, err, tt.want)
			}
		})
	}
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]string{
		"a.txt": "txt", "a.csv": "csv", "A.CSV": "csv", "a.tsv": "tsv", "a.jsonl": "jsonl",
		"a.ndjson": "jsonl", "a.csv.gz": "csv", "a.gz": "txt", "-": "txt", "dir.csv/file": "txt",
	} {
		if got := FormatOf(name); got != want {
			t.Errorf("FormatOf(%q) = %q; want %q", name, got, want)
		}
	}
}

// TestRunStreamsLineByLine: a record's output comes out as soon as its line
// is in, without waiting for a full chunk or the end of the input: the
// test writes one line and reads its output record back before writing the
// next (as a client of POST /v1/batch does).
func TestRunStreamsLineByLine(t *testing.T) {
	tests := []struct {
		name, format, header string
		line                 func(h string) string
	}{
		{"txt", "txt", "", func(h string) string { return h + "\n" }},
		{"jsonl", "jsonl", "", func(h string) string { return `{"headline":"` + h + `"}` + "\r\n" }},
		{"csv", "csv", "id,headline\n", func(h string) string { return `1,"` + h + `"` + "\n" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inR, inW := io.Pipe()
			outR, outW := io.Pipe()
			done := make(chan error, 1)
			go func() {
				_, err := Run(context.Background(), "pipe", inR, outW, Options{InputFormat: tt.format, Workers: 2})
				outW.CloseWithError(err)
				done <- err
			}()
			lines := make(chan string)
			go func() {
				defer close(lines)
				br := bufio.NewReader(outR)
				for {
					l, err := br.ReadString('\n')
					if err != nil {
						return
					}
					lines <- l
				}
			}()
			if tt.header != "" {
				if _, err := io.WriteString(inW, tt.header); err != nil {
					t.Fatalf("write header: %v", err)
				}
			}
			for i, h := range []string{"Storm hits Brittany", "NASA launches Artemis", "Fed holds rates"} {
				if _, err := io.WriteString(inW, tt.line(h)); err != nil {
					t.Fatalf("write line %d: %v", i+1, err)
				}
				select {
				case l := <-lines:
					if !strings.Contains(l, `"headline":"`+h+`"`) {
						t.Fatalf("output for %q = %q; want its record", h, l)
					}
				case <-time.After(10 * time.Second):
					t.Fatalf("no output for line %d (%q) while the input stays open: records held back for a full chunk", i+1, h)
				}
			}
			inW.Close()
			if err := <-done; err != nil {
				t.Fatalf("Run: %v", err)
			}
			if l, ok := <-lines; ok {
				t.Errorf("extra output %q", l)
			}
		})
	}
}

// TestRunUnsafeURLWithoutNetworks: a URL share would refuse is an error
// record whether or not links are asked for, in every input format that
// carries one, so a tags-only run never passes an unsafe URL on as good.
func TestRunUnsafeURLWithoutNetworks(t *testing.T) {
	tests := []struct {
		name, format, in string
	}{
		{"csv", "csv", "headline,url\nGaza,javascript:alert(1)\nRafah,/relative\nCairo,https://example.com/c\nNo link,\n"},
		{"tsv", "tsv", "headline\turl\nGaza\tjavascript:alert(1)\nRafah\t/relative\nCairo\thttps://example.com/c\nNo link\t\n"},
		{"jsonl", "jsonl", `{"headline":"Gaza","url":"javascript:alert(1)"}` + "\n" + `{"headline":"Rafah","url":"/relative"}` + "\n" +
			`{"headline":"Cairo","url":"https://example.com/c"}` + "\n" + `{"headline":"No link","url":null}` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, sum, err := run(t, tt.in, Options{InputFormat: tt.format})
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != 4 || sum.Records != 4 || sum.Errors != 2 {
				t.Fatalf("got %d records (summary %d, %d errors); want 4 with 2 errors: %+v", len(recs), sum.Records, sum.Errors, recs)
			}
			for i, u := range []string{"javascript:alert(1)", "/relative"} {
				_, want := share.URL("linkedin", share.Post{URL: u})
				if want == nil || recs[i].Error != want.Error() {
					t.Errorf("record %d (url %q) error = %q; want share's %v", i+1, u, recs[i].Error, want)
				}
			}
			if recs[2].Error != "" || recs[2].URL != "https://example.com/c" || recs[3].Error != "" {
				t.Errorf("good records = %+v, %+v; want no error", recs[2], recs[3])
			}
		})
	}
}

func TestValidateLang(t *testing.T) {
	for _, lang := range []string{"!!", "xx-!!"} {
		if err := (Options{Tags: hashtag.Options{Lang: lang}}).Validate(); err == nil {
			t.Errorf("Validate with Lang %q = nil; want hashtag's error", lang)
		}
	}
	if err := (Options{Tags: hashtag.Options{Lang: "ja"}}).Validate(); err != nil {
		t.Errorf("Validate with Lang \"ja\" = %v; want nil (no stopword list is not an error)", err)
	}
}

// TestRunTruncatedGzip: a read that fails midway returns the records before
// it and an error naming the file and the first line without output.
func TestRunTruncatedGzip(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	for i := range 5000 {
		fmt.Fprintf(zw, "Headline number %d about the storm\n", i)
	}
	zw.Close()
	var w bytes.Buffer
	sum, err := Run(context.Background(), "tr.gz", bytes.NewReader(gz.Bytes()[:gz.Len()/2]), &w, Options{OutputFormat: "text"})
	n := bytes.Count(w.Bytes(), []byte("\n"))
	if int64(n) != sum.Records || n == 0 || n >= 5000 {
		t.Fatalf("Run on truncated gzip wrote %d lines, summary %d records; want the same, between 0 and 5000", n, sum.Records)
	}
	want := fmt.Sprintf("batch: tr.gz: line %d: unexpected EOF", n+1)
	if err == nil || err.Error() != want || !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("Run on truncated gzip error = %v; want %q wrapping io.ErrUnexpectedEOF", err, want)
	}
}

// TestRunCSVStrayQuote checks that a stray opening quote costs one error
// record for its own line and no more: before, the quoted field ran on to the
// 64 KiB limit and the rows it swallowed vanished into one error record.
func TestRunCSVStrayQuote(t *testing.T) {
	const rows = 5001
	var in strings.Builder
	in.WriteString("headline,url\n")
	for i := 1; i <= rows; i++ {
		if i == 1 {
			in.WriteString("\"stray start,https://ex.com/f\n")
			continue
		}
		fmt.Fprintf(&in, "Row %d,https://ex.com/%d\n", i, i)
	}
	recs, sum, err := run(t, in.String(), Options{InputFormat: "csv"})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if len(recs) != rows || sum.Records != rows {
		t.Fatalf("Run of %d rows with a stray quote: %d records (summary %d); want %d", rows, len(recs), sum.Records, rows)
	}
	if r := recs[0]; r.Line != 2 || r.Error == "" || r.Input != "\"stray start,https://ex.com/f" {
		t.Errorf("record 0 = %+v; want an error record for line 2 holding only that line", r)
	}
	for i, r := range recs[1:] {
		want := fmt.Sprintf("Row %d", i+2)
		if r.Line != i+3 || r.Error != "" || r.Headline != want {
			t.Fatalf("record %d = %+v; want line %d, headline %q", i+1, r, i+3, want)
		}
	}

	// A stray quote closed a few rows later by text after the quote, and a
	// closed one that leaves the record with the wrong number of fields.
	for _, tt := range []struct {
		name, in string
		want     []out
	}{
		{"closed by text", "headline,url\nA,\n\"B starts,https://e.com/u\nC,https://e.com/v\nD\" ends,https://e.com/w\nE,\n", []out{
			{Line: 2, Headline: "A"}, {Line: 3, Error: "csv: extraneous"}, {Line: 4, Headline: "C", URL: "https://e.com/v"}, {Line: 5, Headline: "D\" ends", URL: "https://e.com/w"}, {Line: 6, Headline: "E"},
		}},
		{"wrong field count", "headline,url\n\"B,u\nC,\nD\",w,x\nE,\n", []out{
			{Line: 2, Error: "csv: record has 3 fields"}, {Line: 3, Headline: "C"}, {Line: 4, Error: "csv: record has 3 fields"}, {Line: 5, Headline: "E"},
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			recs, _, err := run(t, tt.in, Options{InputFormat: "csv"})
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if len(recs) != len(tt.want) {
				t.Fatalf("Run(%q) = %+v; want %+v", tt.in, recs, tt.want)
			}
			for i, w := range tt.want {
				r := recs[i]
				if r.Line != w.Line || r.Headline != w.Headline || r.URL != w.URL || !strings.HasPrefix(r.Error, w.Error) || (w.Error == "") != (r.Error == "") {
					t.Errorf("record %d = %+v; want %+v", i, r, w)
				}
			}
		})
	}
}

// TestRunRepeatedNetwork checks that a network named twice gets one link.
func TestRunRepeatedNetwork(t *testing.T) {
	var w bytes.Buffer
	_, err := Run(context.Background(), "in", strings.NewReader("headline,url\nA,https://e.com/a\n"), &w, Options{InputFormat: "csv", OutputFormat: "csv", Networks: []string{"x", "facebook", "x"}})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	rows, err := csv.NewReader(&w).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("Run output %q (%v); want a header and one row", w.String(), err)
	}
	if len(rows[0]) != len(rows[1]) {
		t.Errorf("Run output header %q and row %q differ in length", rows[0], rows[1])
	}
	seen := map[string]bool{}
	for _, c := range rows[0] {
		if seen[c] {
			t.Errorf("Run output header %q repeats column %q", rows[0], c)
		}
		seen[c] = true
	}
}
