package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/sharekit/sharekit/beam/transforms"
	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/share"
)

// config holds the command's flags. Beam's own flags (--runner, and each
// runner's: --endpoint, --project, --region, --temp_location, …) are
// defined by the Beam packages on the same flag set.
type config struct {
	input, output string
	shards        int

	inputFormat, headlineColumn, urlColumn string
	tsvQuoted                              bool
	maxLineBytes                           int

	style, caseName, lang               string
	best, max, minLength                int
	asWritten, fold, keepAcronyms       bool
	stopwords                           string
	replaceStopwords, allowRecordErrors bool

	networks, via, utmCampaign, instance string
}

// newConfig defines the command's flags on fs, with the names and
// defaults `sharekit batch` gives them.
func newConfig(fs *flag.FlagSet) *config {
	c := &config{}
	fs.StringVar(&c.input, "input", "", "files to read: a glob (local, gs://…)")
	fs.StringVar(&c.output, "output", "", "write PREFIX-00000-of-0000N.jsonl, PREFIX-errors-…, PREFIX-file-errors-…")
	fs.IntVar(&c.shards, "shards", 4, "output files for the records (and as many for the error records)")
	fs.StringVar(&c.inputFormat, "input-format", "", "txt, csv, tsv or jsonl (default: from each file's extension)")
	fs.StringVar(&c.headlineColumn, "headline-column", "headline", "csv/tsv column holding the headline")
	fs.StringVar(&c.urlColumn, "url-column", "", "csv/tsv column holding the URL (default: url, when there is one)")
	fs.BoolVar(&c.tsvQuoted, "tsv-quoted", false, "read tsv as the quoted Excel dialect (by default a quote is a quote)")
	fs.IntVar(&c.maxLineBytes, "max-line-bytes", 64<<10, "longer lines become error records (bytes)")
	fs.StringVar(&c.style, "style", "words", "tags to make: words, phrases or combined")
	fs.StringVar(&c.caseName, "case", "keep", "tag case: keep, camel or lower")
	fs.IntVar(&c.best, "best", 0, "the N best tags an editor would post, best first (0: every content word, in order)")
	fs.BoolVar(&c.asWritten, "as-written", false, "with --best, keep words as written (no base forms)")
	fs.IntVar(&c.max, "max", 0, "at most N tags per headline (0: no limit)")
	fs.StringVar(&c.lang, "lang", "en", "headline language (BCP 47), for stopwords")
	fs.IntVar(&c.minLength, "min-length", 0, "drop tags shorter than N characters")
	fs.BoolVar(&c.fold, "fold", false, "fold diacritics (é → e)")
	fs.BoolVar(&c.keepAcronyms, "keep-acronyms", false, "keep words in capitals (US, UN, EU) even when they are stopwords")
	fs.StringVar(&c.stopwords, "stopwords", "", "add the words in FILE (one a line, # comments) to the stopwords; read when the pipeline is built")
	fs.BoolVar(&c.replaceStopwords, "replace-stopwords", false, "use only the --stopwords words, not the language's list")
	fs.StringVar(&c.networks, "network", "", "links and posts for records with a URL: NAMES, comma-separated")
	fs.StringVar(&c.via, "via", "", "X HANDLE (without @) the post is via")
	fs.StringVar(&c.utmCampaign, "utm-campaign", "", "tag the URL with utm_campaign=C")
	fs.StringVar(&c.instance, "instance", "", "Mastodon server HOST")
	fs.BoolVar(&c.allowRecordErrors, "allow-record-errors", false, "exit 0 even when some records are error records")
	return c
}

// options checks the flags and turns them into transforms.Options.
func (c *config) options() (transforms.Options, error) {
	var o transforms.Options
	if c.input == "" || c.output == "" {
		return o, fmt.Errorf("--input GLOB and --output PREFIX are both needed")
	}
	if c.shards < 1 {
		return o, fmt.Errorf("--shards must be at least 1, got %d", c.shards)
	}
	var err error
	t := &o.Tags
	if t.Style, err = hashtag.ParseStyle(c.style); err != nil {
		return o, fmt.Errorf("--style: %v", err)
	}
	if t.Case, err = hashtag.ParseCase(c.caseName); err != nil {
		return o, fmt.Errorf("--case: %v", err)
	}
	t.Best, t.AsWritten, t.Max, t.MinLength = c.best, c.asWritten, c.max, c.minLength
	t.Lang, t.FoldDiacritics, t.KeepAcronyms = c.lang, c.fold, c.keepAcronyms
	t.ReplaceStopwords = c.replaceStopwords
	if c.stopwords != "" {
		if t.Stopwords, err = readWordList(c.stopwords); err != nil {
			return o, err
		}
	} else if c.replaceStopwords {
		return o, fmt.Errorf("--replace-stopwords needs --stopwords FILE")
	}
	if c.maxLineBytes < 1 {
		return o, fmt.Errorf("--max-line-bytes must be at least 1, got %d", c.maxLineBytes)
	}
	o.InputFormat, o.HeadlineColumn, o.URLColumn = c.inputFormat, c.headlineColumn, c.urlColumn
	o.TSVQuoted, o.MaxLineBytes = c.tsvQuoted, c.maxLineBytes
	for _, n := range strings.Split(c.networks, ",") {
		if n = strings.TrimSpace(strings.ToLower(n)); n != "" && !slices.Contains(o.Networks, n) {
			o.Networks = append(o.Networks, n)
		}
	}
	o.Post = share.Post{Via: strings.TrimPrefix(c.via, "@"), Instance: c.instance, UTM: share.UTM{Campaign: c.utmCampaign}}
	return o, o.Validate()
}

// readWordList reads a stopword file as the sharekit command does: a word
// a line, blank lines and # comments skipped.
func readWordList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read stopwords: %w", err)
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && !strings.HasPrefix(w, "#") {
			words = append(words, w)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cannot read stopwords %s: %w", path, err)
	}
	return words, nil
}

// pipeline builds the pipeline for opts.
func (c *config) pipeline(opts transforms.Options) *beam.Pipeline {
	p, s := beam.NewPipelineWithRoot()
	inputs, fileErrs := transforms.Read(s, c.input, opts)
	records, errs := transforms.Records(s, inputs, opts)
	transforms.Write(s, c.output, c.shards, records)
	transforms.Write(s, c.output+"-errors", c.shards, errs)
	transforms.Write(s, c.output+"-file-errors", 1, transforms.FileErrorRecords(s, fileErrs))
	return p
}

// matches is how many files glob names, on whichever filesystem its
// scheme picks.
func matches(ctx context.Context, glob string) (int, error) {
	fs, err := filesystem.New(ctx, glob)
	if err != nil {
		return 0, err
	}
	defer fs.Close()
	files, err := fs.List(ctx, glob)
	return len(files), err
}

// run checks the flags, runs the pipeline on the runner --runner names
// (prism when unset) and reports what it did, returning the exit status.
func (c *config) run(ctx context.Context, stderr io.Writer) int {
	opts, err := c.options()
	if err != nil {
		return usage(stderr, "%v", err)
	}
	// A glob that matches nothing would make a pipeline that succeeds
	// with no output; batch calls a missing input an error, and so does
	// this. (Listing a gs:// glob here needs the submitter's credentials,
	// which submitting to Dataflow needs anyway.)
	if n, err := matches(ctx, c.input); err != nil {
		fmt.Fprintf(stderr, "sharekit-beam: --input %s: %v\n", c.input, err)
		return exitSomeError
	} else if n == 0 {
		fmt.Fprintf(stderr, "sharekit-beam: --input %s: no file matches\n", c.input)
		return exitSomeError
	}
	res, err := beamx.RunWithMetrics(ctx, c.pipeline(opts))
	if err != nil {
		fmt.Fprintf(stderr, "sharekit-beam: pipeline failed: %v\n", err)
		return exitSomeError
	}
	if res == nil {
		// Some runners (Dataflow with --async, say) return before the
		// pipeline ends: its counters are in the runner's console.
		fmt.Fprintln(stderr, "sharekit-beam: pipeline submitted")
		return exitOK
	}
	counts := map[string]int64{}
	for _, cr := range res.Metrics().AllMetrics().Counters() {
		if cr.Key.Namespace == "sharekit" {
			counts[cr.Key.Name] += cr.Result()
		}
	}
	fmt.Fprintf(stderr, "sharekit-beam: %d records, %d error records, %d files with errors\n",
		counts["records"], counts["error_records"], counts["file_errors"])
	if counts["file_errors"] > 0 || (counts["error_records"] > 0 && !c.allowRecordErrors) {
		return exitSomeError
	}
	return exitOK
}
