// Package batch runs sharekit over headline files: streaming, parallel,
// ordered, one output record per input record.
package batch

import (
	"context"
	"io"
	"time"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/share"
)

// Options configures a batch run.
type Options struct {
	Tags           hashtag.Options
	Networks       []string   // when set, records with a URL get links and posts
	Post           share.Post // template: Via, UTM, Instance…
	InputFormat    string     // txt, csv, tsv, jsonl ("" = txt)
	OutputFormat   string     // jsonl (default), csv, tsv, text
	HeadlineColumn string
	URLColumn      string
	Workers        int // 0 = all cores
	MaxLineBytes   int // 0 = 64 KiB
	FailFast       bool
}

// Summary is what a run did.
type Summary struct {
	Records, Errors int64
	Elapsed         time.Duration
}

// Run reads records from r (named name in error records) and writes one
// output record per input record to w, in input order.
func Run(ctx context.Context, name string, r io.Reader, w io.Writer, opt Options) (Summary, error) {
	panic("batch: not implemented")
}
