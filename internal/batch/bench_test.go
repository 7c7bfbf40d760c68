package batch

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/sharekit/sharekit/internal/sharedfiles"
)

// benchN is the number of records per benchmark run: enough for the
// pipeline to reach its steady state.
const benchN = 100_000

var sinkSummary Summary

// builtin headlines, for when ../shared is absent (a user's clone).
var builtin = []string{
	"Bill Changing Credit Card Rules Is Sent to Obama With Gun Measure Included",
	"In Hollywood, the Easy-Money Generation Toughens Up",
	"1700 runners still unaccounted for in UK's Lake District following flood",
	"NASA launches Artemis II crew on a ten-day trip around the Moon",
	"Storm Ciarán batters Brittany as thousands lose power",
	"Fed holds interest rates steady, signals two cuts later this year",
	"Apple unveils new iPhone with satellite messaging and USB-C",
	"World Cup final: Argentina beat France on penalties after 3-3 thriller",
}

// headlines returns benchN real headlines: the English corpus from
// ../shared repeated as needed, or the built-in list.
func headlines(b *testing.B) []string {
	b.Helper()
	lines := builtin
	if root, ok := sharedfiles.Root(); ok {
		if f, err := os.Open(filepath.Join(root, "corpora", "english-headlines.txt")); err == nil {
			defer f.Close()
			var corpus []string
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				if sc.Text() != "" {
					corpus = append(corpus, sc.Text())
				}
			}
			if len(corpus) > 0 {
				lines = corpus
			}
		}
	}
	out := make([]string, benchN)
	for i := range out {
		out[i] = lines[i%len(lines)]
	}
	return out
}

func benchRun(b *testing.B, input []byte, opt Options) {
	b.ReportAllocs()
	b.SetBytes(int64(len(input)))
	b.ResetTimer()
	for b.Loop() {
		s, err := Run(context.Background(), "bench", bytes.NewReader(input), io.Discard, opt)
		if err != nil || s.Records != benchN {
			b.Fatalf("Run: %+v, %v", s, err)
		}
		sinkSummary = s
	}
	b.ReportMetric(float64(benchN)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkBatchTags: txt in, jsonl out, tags only.
func BenchmarkBatchTags(b *testing.B) {
	var in bytes.Buffer
	for _, h := range headlines(b) {
		in.WriteString(h)
		in.WriteByte('\n')
	}
	benchRun(b, in.Bytes(), Options{})
}

// BenchmarkBatchLinks: csv in (headline, url), jsonl out, with links and
// posts for x, facebook and linkedin.
func BenchmarkBatchLinks(b *testing.B) {
	var in bytes.Buffer
	in.WriteString("id,headline,url\n")
	for i, h := range headlines(b) {
		fmt.Fprintf(&in, "%d,%s,https://news.example.com/2024/story-%d\n", i, csvQuote(h), i)
	}
	benchRun(b, in.Bytes(), Options{InputFormat: "csv", Networks: []string{"x", "facebook", "linkedin"}})
}

func csvQuote(s string) string { return string(appendCSVField(nil, s, ',')) }
