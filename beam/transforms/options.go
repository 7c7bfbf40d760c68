package transforms

import (
	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/internal/batch"
	"github.com/sharekit/sharekit/share"
)

// Options configures [Read] and [Records] as `sharekit batch`'s flags
// configure it. The zero value reads each file in the format its
// extension names and derives tags only. Options travel to the workers
// inside the pipeline (as JSON), so they hold only plain values.
type Options struct {
	InputFormat    string // txt, csv, tsv, jsonl; "" = from each file's extension, as batch does
	HeadlineColumn string // csv/tsv: column holding the headline ("" = "headline")
	URLColumn      string // csv/tsv: column holding the URL ("" = "url" when there is one)
	TSVQuoted      bool   // read tsv as the quoted Excel dialect
	MaxLineBytes   int    // longer records become error records; 0 = 64 KiB

	Tags     hashtag.Options
	Networks []string   // when set, records with a URL get links and posts
	Post     share.Post // template: Via, UTM, Instance
}

// batchOptions are o as batch.Options for the file named name.
func (o Options) batchOptions(name string) batch.Options {
	in := o.InputFormat
	if in == "" {
		in = batch.FormatOf(name)
	}
	return batch.Options{
		Tags:           o.Tags,
		Networks:       o.Networks,
		Post:           o.Post,
		InputFormat:    in,
		HeadlineColumn: o.HeadlineColumn,
		URLColumn:      o.URLColumn,
		MaxLineBytes:   o.MaxLineBytes,
		TSVQuoted:      o.TSVQuoted,
		Workers:        1,
	}
}

// Validate reports the first thing wrong with o (an unknown format or
// network, a negative count, bad tag options), so that a pipeline fails
// when it is built rather than on every worker.
func (o Options) Validate() error {
	return o.batchOptions("").Validate()
}
