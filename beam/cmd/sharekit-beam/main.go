// Command sharekit-beam is `sharekit batch` as an Apache Beam pipeline: it
// reads every file an --input glob matches, derives tags (and links and
// posts with --network) for every record, and writes sharded jsonl under
// an --output prefix, on any Beam runner: Prism in process (the default),
// Google Cloud Dataflow, Apache Flink or Apache Spark. The records are
// byte for byte those `sharekit batch` writes as jsonl.
//
//	sharekit-beam --input 'headlines/*.csv' --output out/headlines
//
// writes out/headlines-00000-of-00004.jsonl … (records),
// out/headlines-errors-00000-of-00004.jsonl … (error records) and, when a
// file cannot be read to its end, out/headlines-file-errors-00000-of-00001.jsonl.
// A summary goes to stderr. Exit status: 0 all records good, 1 some error
// records or file errors (or the pipeline failed), 2 usage. See
// docs/beam.md for the runners' flags.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	_ "github.com/sharekit/sharekit/hashtag/segment/all" // Chinese, Japanese and Thai words, as the sharekit command has them
)

func main() {
	cfg := newConfig(flag.CommandLine)
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: sharekit-beam --input GLOB --output PREFIX [flags]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	beam.Init() // a worker started by a runner becomes a worker here and never returns
	os.Exit(cfg.run(context.Background(), os.Stderr))
}

// exit statuses, as `sharekit batch` uses them.
const (
	exitOK        = 0
	exitSomeError = 1
	exitUsage     = 2
)

// usage reports a usage error and returns its exit status.
func usage(stderr io.Writer, format string, args ...any) int {
	fmt.Fprintf(stderr, "sharekit-beam: "+format+"\n", args...)
	return exitUsage
}
