package batch

import (
	"encoding/csv"
	"io"
	"strings"
	"testing"
)

type csvRec struct {
	line   int
	fields []string
	err    error
}

func readCSV(t testing.TB, in string, sep byte, max int) []csvRec {
	cr := &csvReader{lr: newLineReader(strings.NewReader(in), max), sep: sep}
	var got []csvRec
	for {
		line, recErr, err := cr.read()
		if err == io.EOF {
			return got
		}
		if err != nil {
			t.Fatalf("read: %v", err)
		}
		r := csvRec{line: line, err: recErr}
		if recErr == nil {
			for i := range cr.fields {
				r.fields = append(r.fields, string(cr.field(i)))
			}
		}
		got = append(got, r)
	}
}

func TestCSVReader(t *testing.T) {
	tests := []struct {
		name string
		in   string
		sep  byte
		want []csvRec
	}{
		{"simple", "a,b\nc,d\n", ',', []csvRec{{1, []string{"a", "b"}, nil}, {2, []string{"c", "d"}, nil}}},
		{"crlf", "a,b\r\nc,d\r\n", ',', []csvRec{{1, []string{"a", "b"}, nil}, {2, []string{"c", "d"}, nil}}},
		{"quoted comma and quote", `"a,1","say ""hi"""` + "\n", ',', []csvRec{{1, []string{"a,1", `say "hi"`}, nil}}},
		{"empty fields", ",,\n", ',', []csvRec{{1, []string{"", "", ""}, nil}}},
		{"quoted empty last", `a,""` + "\n", ',', []csvRec{{1, []string{"a", ""}, nil}}},
		{"multi-line field", "\"a\r\nb\",c\nd,e\n", ',', []csvRec{{1, []string{"a\nb", "c"}, nil}, {3, []string{"d", "e"}, nil}}},
		{"blank lines are empty records", "a\n\n\nb\n", ',', []csvRec{{1, []string{"a"}, nil}, {2, nil, nil}, {3, nil, nil}, {4, []string{"b"}, nil}}},
		{"tsv", "a\tb,c\n", '\t', []csvRec{{1, []string{"a", "b,c"}, nil}}},
		{"quote inside an unquoted field", "a,b\"c\"\nd\n", ',', []csvRec{{1, []string{"a", "b\"c\""}, nil}, {2, []string{"d"}, nil}}},
		{"tsv quote inside a field", "say \"no\"\tu\n", '\t', []csvRec{{1, []string{"say \"no\"", "u"}, nil}}},
		{"text after quote", "\"a\"b,c\nd\n", ',', []csvRec{{1, nil, errQuote}, {2, []string{"d"}, nil}}},
		{"unterminated", "a\n\"b,c\n", ',', []csvRec{{1, []string{"a"}, nil}, {2, nil, errUnterminated}}},
		// A malformed record that spans lines is an error record for its
		// first line only; the lines after it are read again as records.
		{"record too long", "\"" + strings.Repeat("x", 20) + "\n" + strings.Repeat("y", 20) + "\"\nz\n", ',', []csvRec{{1, nil, errLong}, {2, []string{strings.Repeat("y", 20) + "\""}, nil}, {3, []string{"z"}, nil}}},
		{"stray quote runs to the length limit", "h,u\n\"stray,v\nb,w\nc,x\nd,y\ne,z\nf,q\ng,r\ni,s\n", ',', []csvRec{{1, []string{"h", "u"}, nil}, {2, nil, errLong}, {3, []string{"b", "w"}, nil}, {4, []string{"c", "x"}, nil}, {5, []string{"d", "y"}, nil}, {6, []string{"e", "z"}, nil}, {7, []string{"f", "q"}, nil}, {8, []string{"g", "r"}, nil}, {9, []string{"i", "s"}, nil}}},
		{"stray quote closed by text", "\"B starts,u\nC,v\nD\" ends,w\nE,x\n", ',', []csvRec{{1, nil, errQuote}, {2, []string{"C", "v"}, nil}, {3, []string{"D\" ends", "w"}, nil}, {4, []string{"E", "x"}, nil}}},
		{"stray quote to the end", "a,b\n\"c,d\ne,f\ng,h", ',', []csvRec{{1, []string{"a", "b"}, nil}, {2, nil, errUnterminated}, {3, []string{"e", "f"}, nil}, {4, []string{"g", "h"}, nil}}},
		{"stray quote over a long line", "\"a\n" + strings.Repeat("y", 40) + "\nb\n", ',', []csvRec{{1, nil, errLong}, {2, nil, errLong}, {3, []string{"b"}, nil}}},
		{"stray quote over blank lines", "\"a\n\nb,c\n", ',', []csvRec{{1, nil, errUnterminated}, {2, nil, nil}, {3, []string{"b", "c"}, nil}}},
		{"two quoted lines", "\"a\nb\"\n\"c\nd\"\n", ',', []csvRec{{1, []string{"a\nb"}, nil}, {3, []string{"c\nd"}, nil}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readCSV(t, tt.in, tt.sep, 32)
			if len(got) != len(tt.want) {
				t.Fatalf("csv records of %q = %+v; want %+v", tt.in, got, tt.want)
			}
			for i, w := range tt.want {
				g := got[i]
				if g.line != w.line || g.err != w.err || strings.Join(g.fields, "|") != strings.Join(w.fields, "|") || len(g.fields) != len(w.fields) {
					t.Errorf("csv record %d of %q = %+v; want %+v", i, tt.in, g, w)
				}
			}
		})
	}
}

// FuzzCSVReader compares the reader with encoding/csv: wherever encoding/csv
// reads the whole input without error, the records must be the same.
func FuzzCSVReader(f *testing.F) {
	for _, s := range []string{"a,b\nc,d\n", `"a,1","b""c"` + "\n", "\"a\nb\",c", ",,\n", "a,\"b\"c\n", "\"x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		all := readCSV(t, in, ',', 1<<20) // no panic, whatever the input
		// A blank line is an empty record here (one output record per
		// input line); encoding/csv skips it.
		var got []csvRec
		for _, r := range all {
			if r.err != nil || len(r.fields) > 0 {
				got = append(got, r)
			}
		}
		if strings.ContainsRune(in, '\r') || strings.HasPrefix(in, "\ufeff") {
			return // csv drops lone \r differently; the BOM is ours to drop
		}
		r := csv.NewReader(strings.NewReader(in))
		r.FieldsPerRecord = -1
		want, err := r.ReadAll()
		if err != nil {
			return
		}
		if len(got) != len(want) {
			t.Fatalf("csv of %q: %d records; encoding/csv reads %d: %q", in, len(got), len(want), want)
		}
		for i := range want {
			if got[i].err != nil || strings.Join(got[i].fields, "\x00") != strings.Join(want[i], "\x00") || len(got[i].fields) != len(want[i]) {
				t.Fatalf("csv of %q: record %d = %+v; encoding/csv reads %q", in, i, got[i], want[i])
			}
		}
	})
}

// FuzzTSVLiteral: IANA TSV has no quoting, so every line is one record whose
// fields are the line split at tabs, quotes and all.
func FuzzTSVLiteral(f *testing.F) {
	for _, s := range []string{"a\tb\n", "\"a\tb\n", "\"x\"\ty\n\nz", "\t\t\n", "a\"b\"\tc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if strings.ContainsRune(in, '\r') || strings.HasPrefix(in, "\ufeff") {
			return // line ends and the BOM are the line reader's, tested there
		}
		cr := &csvReader{lr: newLineReader(strings.NewReader(in), 1<<20), sep: '\t', literal: true}
		lines := strings.Split(strings.TrimSuffix(in, "\n"), "\n")
		if in == "" {
			lines = nil
		}
		for i := 0; ; i++ {
			line, recErr, err := cr.read()
			if err == io.EOF {
				if i != len(lines) {
					t.Fatalf("tsv of %q: %d records; want one per line, %d", in, i, len(lines))
				}
				return
			}
			if err != nil || recErr != nil || line != i+1 {
				t.Fatalf("tsv of %q: record %d: line %d, %v, %v; want line %d, no error", in, i, line, recErr, err, i+1)
			}
			var fields []string
			for k := range cr.fields {
				fields = append(fields, string(cr.field(k)))
			}
			want := strings.Split(lines[i], "\t")
			if lines[i] == "" {
				want = nil
			}
			if strings.Join(fields, "\x00") != strings.Join(want, "\x00") || len(fields) != len(want) {
				t.Fatalf("tsv of %q: record %d = %q; want %q", in, i, fields, want)
			}
		}
	})
}
