package batch

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/sharekit/sharekit/hashtag"
)

// splitAndFormat is Run done the way a distributed caller does it: Read
// into Inputs, copied as if shipped to another machine, then each formatted
// alone. It returns the output and the number of error records.
func splitAndFormat(t testing.TB, name, in string, opt Options) ([]byte, int64, error) {
	t.Helper()
	var inputs []Input
	err := Read(context.Background(), name, strings.NewReader(in), opt, func(in Input) error {
		inputs = append(inputs, Input{
			Line:     in.Line,
			Raw:      bytes.Clone(in.Raw),
			Headline: bytes.Clone(in.Headline),
			URL:      bytes.Clone(in.URL),
			Err:      in.Err,
		})
		return nil
	})
	fm, ferr := NewFormatter(name, opt)
	if ferr != nil {
		return nil, 0, ferr
	}
	out := fm.f.header()
	var bad int64
	for _, in := range inputs {
		var isBad bool
		out, isBad = fm.Append(out, in)
		if isBad {
			bad++
		}
	}
	return out, bad, err
}

// inputCases are inputs that exercise every path of the reader: blank
// lines, a byte order mark, \r\n, invalid UTF-8, over-long lines, csv
// records over several lines, malformed rows, jsonl pass-through members
// and broken objects.
var inputCases = []struct {
	name, in string
	opt      Options
}{
	{"txt", "\xef\xbb\xbfObama visits Berlin\r\n\nbad \xff byte\nEU summit in Brussels", Options{}},
	{"txt long line", "short one\n" + strings.Repeat("x", 300) + "\nafter it\n", Options{MaxLineBytes: 100}},
	{"csv", "headline,url\nObama in Berlin,https://example.com/a\n\"Quoted, with\nline break\",https://example.com/b\n\nno url row,\none,two,three\n", Options{InputFormat: "csv"}},
	{"csv stray quote", "headline,url\n\"open quote,https://example.com/a\nnext row,https://example.com/b\n", Options{InputFormat: "csv"}},
	{"csv bad url", "headline,url\nA headline,javascript:alert(1)\n", Options{InputFormat: "csv"}},
	{"tsv", "url\theadline\nhttps://example.com/a\t\"Quoted\" says minister\n", Options{InputFormat: "tsv"}},
	{"jsonl", `{"headline":"Merkel meets Macron","url":"https://example.com/a","id":7}` + "\n\n{not json}\n" + `{"headline":3}` + "\n", Options{InputFormat: "jsonl"}},
	{"networks", "headline,url\nObama in Berlin,https://example.com/a\n" + "Long one," + "https://example.com/" + strings.Repeat("p", 400) + "\n", Options{InputFormat: "csv", Networks: []string{"x", "bluesky", "facebook"}}},
	{"best", "Obama visits Berlin to meet Merkel\n", Options{Tags: hashtag.Options{Best: 3}}},
	{"csv output", "headline,url\n=SUM(A1),https://example.com/a\n", Options{InputFormat: "csv", OutputFormat: "csv", Networks: []string{"x"}}},
}

func TestReadFormatMatchesRun(t *testing.T) {
	for _, tc := range inputCases {
		t.Run(tc.name, func(t *testing.T) {
			var want bytes.Buffer
			opt := tc.opt
			opt.Workers = 1
			sum, runErr := Run(context.Background(), "h.in", strings.NewReader(tc.in), &want, opt)
			got, bad, err := splitAndFormat(t, "h.in", tc.in, tc.opt)
			if (err == nil) != (runErr == nil) {
				t.Fatalf("Read error %v; Run error %v", err, runErr)
			}
			if !bytes.Equal(got, want.Bytes()) {
				t.Errorf("Read and Formatter gave\n%s\nRun gave\n%s", got, want.Bytes())
			}
			if bad != sum.Errors {
				t.Errorf("Formatter counted %d error records; Run counted %d", bad, sum.Errors)
			}
		})
	}
}

func TestReadStopsAtEmitError(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), "h.txt", strings.NewReader(strings.Repeat("a line\n", 2000)), Options{}, func(Input) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 10 {
		t.Errorf("Read returned %v after %d records; want the emit error after 10", err, n)
	}
}

func TestReadReportsBadHeader(t *testing.T) {
	err := Read(context.Background(), "h.csv", strings.NewReader("title,link\nA,B\n"), Options{InputFormat: "csv"}, func(Input) error { return nil })
	if err == nil || !strings.Contains(err.Error(), `no "headline" column`) {
		t.Errorf("Read over a csv without a headline column returned %v; want the header error", err)
	}
}

// FuzzReadFormat checks that reading and formatting records one by one
// gives what Run gives, for any input in any input format.
func FuzzReadFormat(f *testing.F) {
	for _, tc := range inputCases {
		f.Add(tc.in, tc.opt.InputFormat)
	}
	f.Fuzz(func(t *testing.T, in, format string) {
		opt := Options{InputFormat: format, MaxLineBytes: 200, Workers: 1}
		if opt.Validate() != nil {
			return
		}
		var want bytes.Buffer
		sum, runErr := Run(context.Background(), "f", strings.NewReader(in), &want, opt)
		got, bad, err := splitAndFormat(t, "f", in, opt)
		if (err == nil) != (runErr == nil) {
			t.Fatalf("Read error %v; Run error %v", err, runErr)
		}
		if runErr != nil {
			return // output before a failed read may differ in how far it got
		}
		if !bytes.Equal(got, want.Bytes()) || bad != sum.Errors {
			t.Errorf("Read and Formatter gave %q (%d bad); Run gave %q (%d bad)", got, bad, want.Bytes(), sum.Errors)
		}
	})
}
