package transforms

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/sharekit/sharekit/internal/batch"
)

// benchLines is how many generated csv lines the benchmarks read:
// SHAREKIT_BEAM_BENCH_LINES, else 100 000.
func benchLines(b *testing.B) int {
	if s := os.Getenv("SHAREKIT_BEAM_BENCH_LINES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("SHAREKIT_BEAM_BENCH_LINES=%q is not a positive count", s)
		}
		return n
	}
	return 100_000
}

// BenchmarkPipeline runs Read, Records and Write over generated headlines
// on the runner of the tests (Prism, in process): one op is the whole
// pipeline, startup included. Compare BenchmarkBatch, the same input
// through batch.Run on the same machine.
func BenchmarkPipeline(b *testing.B) {
	n := benchLines(b)
	dir := b.TempDir()
	data := generate(n)
	writeFile(b, filepath.Join(dir, "generated.csv"), data)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	opts := Options{}
	for i := 0; b.Loop(); i++ {
		p, s := beam.NewPipelineWithRoot()
		inputs, _ := Read(s, filepath.Join(dir, "*.csv"), opts)
		records, errs := Records(s, inputs, opts)
		out := filepath.Join(b.TempDir(), fmt.Sprint(i))
		Write(s, out, 4, records)
		Write(s, out+"-errors", 4, errs)
		if err := ptest.Run(p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "headlines/s")
}

// BenchmarkBatch is BenchmarkPipeline's input through batch.Run.
func BenchmarkBatch(b *testing.B) {
	n := benchLines(b)
	data := generate(n)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := batch.Run(context.Background(), "generated.csv", bytes.NewReader(data), io.Discard, batch.Options{InputFormat: "csv"}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "headlines/s")
}
