package batch

import (
	"bytes"
	"compress/gzip"
	"context"
	"slices"
	"strings"
	"testing"
)

func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func TestHeadlines(t *testing.T) {
	tests := []struct {
		name, format, in string
		want             []string
		errors           int64
	}{
		{"txt", "txt", "Storm hits coast\r\nQuake in Chile\n\nlast", []string{"Storm hits coast", "Quake in Chile", "", "last"}, 0},
		{"txt gzip", "txt", gz("a\nb\n"), []string{"a", "b"}, 0},
		{"txt bad UTF-8", "txt", "good\nbad \xff\nfine\n", []string{"good", "fine"}, 1},
		// Each record invalid, the two valid once joined (€ split at a
		// line's end): each record is checked, not only the chunk.
		{"txt rune split across records", "txt", "x\xe2\x82\n\xacy\nok\n", []string{"ok"}, 2},
		// Quoted fields are decoded into the chunk after the records:
		// each headline is its decoded field, not the raw record.
		{"csv quoted", "csv", "url,headline\nu,\"He said \"\"no\"\"\"\nv,\"two\nlines, é\"\n", []string{`He said "no"`, "two\nlines, é"}, 0},
		{"csv quoted gzip", "csv", gz("headline\n\"a, \"\"b\"\"\"\nc\n"), []string{`a, "b"`, "c"}, 0},
		{"csv rune split across records", "csv", "headline\nx\xe2\n\x82\xacy\nok\n", []string{"ok"}, 2},
		{"csv", "csv", "id,headline,url\n1,\"Storm, again\",https://a.example\n2,Quake,\n", []string{"Storm, again", "Quake"}, 0},
		{"tsv", "tsv", "headline\tx\nA\t1\nB\t2\n", []string{"A", "B"}, 0},
		{"jsonl", "jsonl", `{"headline":"A","id":1}` + "\n" + `{"url":"x"}` + "\n\n" + `{"headline":"B"}` + "\n", []string{"A", "B"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			sum, err := Headlines(context.Background(), "in", strings.NewReader(tt.in), Options{InputFormat: tt.format}, func(h string) { got = append(got, h) })
			if err != nil {
				t.Fatalf("Headlines: %v", err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Headlines gave %q; want %q", got, tt.want)
			}
			if sum.Errors != tt.errors || sum.Records != int64(len(tt.want))+tt.errors {
				t.Errorf("Summary %+v; want %d records, %d errors", sum, int64(len(tt.want))+tt.errors, tt.errors)
			}
		})
	}
}

func TestHeadlinesErrors(t *testing.T) {
	_, err := Headlines(context.Background(), "in.csv", strings.NewReader("title\nx\n"), Options{InputFormat: "csv"}, func(string) {})
	if err == nil || !strings.Contains(err.Error(), `no "headline" column`) {
		t.Errorf("Headlines over a csv without a headline column = %v; want an error naming the column", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n := 0
	_, err = Headlines(ctx, "in", strings.NewReader(strings.Repeat("x\n", 5000)), Options{}, func(string) { n++ })
	if err == nil || n >= 5000 {
		t.Errorf("Headlines with a done context read %d headlines, error %v; want it to stop with the context's error", n, err)
	}
}
