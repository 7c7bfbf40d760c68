package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/sharekit/sharekit/internal/atomicfile"
	"github.com/sharekit/sharekit/internal/batch"
	"github.com/sharekit/sharekit/internal/progress"
)

func batchCommand(stdin io.Reader, stdout, stderr io.Writer) *cli.Command {
	flags := append(append(tagFlags(), statsFlags()...), postFlags()...)
	flags = append(flags, &cli.BoolFlag{Name: "learn", Usage: "learn --stats from the input files themselves in a first pass (not with stdin)", Category: "Hashtags"})
	flags = append(flags, networkFlags(networkFlagsSharing, "links and posts for records with a URL: `NAMES`, comma-separated", "links and posts for every supported network (Mastodon only with --instance)")...)
	flags = append(flags,
		&cli.StringFlag{Name: "input-format", Aliases: []string{"i"}, Usage: "txt, csv, tsv or jsonl (default: from the file extension; txt for stdin)", EnvVars: []string{"SHAREKIT_INPUT_FORMAT"}, Category: "Input"},
		&cli.StringFlag{Name: "headline-column", Value: "headline", Usage: "csv/tsv column holding the headline", Category: "Input"},
		&cli.StringFlag{Name: "url-column", Usage: "csv/tsv column holding the URL (default: url, when there is one)", Category: "Input"},
		&cli.BoolFlag{Name: "tsv-quoted", Usage: "read tsv as the quoted Excel dialect (by default a quote is a quote)", Category: "Input"},
		&cli.StringFlag{Name: "max-line-bytes", Value: "64KiB", Usage: "longer lines become error records (`SIZE`: bytes, or with KiB, MiB, KB, MB)", Category: "Input"},
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "jsonl", Usage: "output: jsonl (json is the same), csv, tsv or text", EnvVars: []string{"SHAREKIT_FORMAT"}, Category: "Output"},
		&cli.BoolFlag{Name: "keep-formulas", Usage: "write csv/tsv cells starting with = + - @ as they are (by default a leading ')", Category: "Output"},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (replaced only when the run succeeds) instead of stdout", Category: "Output"},
		&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Usage: "parallel workers (0: all cores)", EnvVars: []string{"SHAREKIT_WORKERS"}, Category: "Run"},
		&cli.BoolFlag{Name: "fail-fast", Usage: "stop at the first bad record", Category: "Run"},
		&cli.BoolFlag{Name: "allow-record-errors", Usage: "exit 0 even when some records are error records (for Hadoop and Spark mappers)", Category: "Run"},
		&cli.BoolFlag{Name: "progress", Usage: "show a progress bar on stderr even when it is not a terminal", Category: "Run"},
		&cli.BoolFlag{Name: "no-progress", Usage: "never show a progress bar", Category: "Run"},
	)
	return &cli.Command{
		Name:      "batch",
		Usage:     "derive tags (and links) for every record of headline files",
		ArgsUsage: "[FILE…]",
		Description: `Reads headlines from each FILE (or stdin, for none or "-") and writes one
output record per input record, in input order, to stdout or --output.
Inputs: txt (a headline a line), csv/tsv (a header row; --headline-column,
--url-column), jsonl (objects with "headline" and optional "url"; other
fields pass through). The format comes from the extension; .gz is read
transparently. A bad record becomes an error record in its place; a network
that cannot take a record gets its error there and the others their links
(docs/hardening-server.md). A summary goes to stderr. Exit status: 0 all records good, 1 some failed or the run
failed, 2 usage, 130 interrupted (SIGINT or SIGTERM: the summary so far and
"sharekit: interrupted" go to stderr). With --output a regular file is
replaced only when every input was read to its end; a device, FIFO or socket
(/dev/null, /dev/stdout, >(gzip > x)) is written directly, as it stands.
--allow-record-errors makes error records alone exit 0 (they are still in
the output; a run-time error or an unreadable input still exits 1): Hadoop
Streaming and Spark fail a task that exits non-zero.

Examples:
   sharekit batch headlines.txt > tags.jsonl
   sharekit batch --network x,facebook,linkedin -o out.jsonl headlines.csv
   zcat headlines.txt.gz | sharekit batch --format text --workers 2
   sharekit batch --input-format jsonl --fail-fast - < feed.jsonl
   sharekit batch -i jsonl -n x,facebook --no-progress --workers 1 --allow-record-errors -   # a Hadoop/Spark mapper`,
		Flags: flags,
		Action: func(c *cli.Context) error {
			o := batchOptions{
				allowRecordErrors: c.Bool("allow-record-errors"),
				files:             c.Args().Slice(),
				output:            c.String("output"),
				inputFormat:       c.String("input-format"),
				opt: batch.Options{
					OutputFormat:   c.String("format"),
					HeadlineColumn: c.String("headline-column"),
					URLColumn:      c.String("url-column"),
					Workers:        c.Int("workers"),

					FailFast:     c.Bool("fail-fast"),
					TSVQuoted:    c.Bool("tsv-quoted"),
					KeepFormulas: c.Bool("keep-formulas"),
					Post:         postTemplate(c),
				},
			}
			switch {
			case c.Bool("no-progress"):
				o.progress = progress.Off
			case c.Bool("progress"):
				o.progress = progress.On
			}
			if err := checkFormat(c, o.opt.OutputFormat, append(batch.OutputFormats, "json")...); err != nil {
				return err
			}
			if o.inputFormat != "" {
				o.opt.InputFormat = o.inputFormat
			}
			if o.opt.OutputFormat == "json" {
				o.opt.OutputFormat = "jsonl" // one object a line either way
			}
			maxLine, err := parseSize(c.String("max-line-bytes"))
			if err != nil {
				return usageError(c, "--max-line-bytes: %v", err)
			}
			if maxLine > math.MaxInt32 {
				return usageError(c, "--max-line-bytes: %s is more than a line can be (2 GiB)", c.String("max-line-bytes"))
			}
			o.opt.MaxLineBytes = int(maxLine)
			if err := checkOutput(o.output); err != nil {
				return usageError(c, "%v", err)
			}
			if o.opt.Tags, err = tagOptions(c); err != nil {
				return err
			}
			if err = statsOptions(c, &o.opt.Tags); err != nil {
				return err
			}
			if c.Bool("learn") {
				if c.IsSet("stats") {
					return usageError(c, "--learn and --stats both give statistics; use one")
				}
				if err := learnFirst(c.Context, c, &o, stdin, stderr); err != nil {
					return err
				}
			}
			if o.opt.Networks, err = networkList(c); err != nil {
				return err
			}
			if err := o.opt.Validate(); err != nil {
				return usageError(c, "%s", cliMessage(err))
			}
			return batchRun(c.Context, o, stdin, stdout, stderr)
		},
	}
}

type batchOptions struct {
	allowRecordErrors bool // error records alone do not make the exit status 1
	files             []string
	output            string
	inputFormat       string // "" = from each file's extension
	progress          progress.Mode
	opt               batch.Options
}

// batchRun runs the batch job over every input in turn, into one output.
// An input that cannot be opened is reported on stderr and skipped, so one
// missing file does not cost the records of all the others; the run then
// exits 1, like a run with error records (--fail-fast stops there instead).
// Any other run-time error (a read or write failing midway) stops the run.
// The summary goes to stderr whatever happened, then the error.
//
// With --output the file is replaced only by a whole output: every input
// read to its end (error records are output too: one record per input).
// A run-time error, a --fail-fast stop or an input that could not be opened
// leaves the file as it was, and stderr says so.
func batchRun(ctx context.Context, o batchOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	start := time.Now()
	if len(o.files) == 0 {
		o.files = []string{"-"}
	}
	out := stdout
	var af *atomicfile.File
	if o.output != "" && o.output != "-" {
		var err error
		if af, err = atomicfile.Create(o.output); err != nil {
			return err
		}
		defer af.Abort() // a no-op once committed; removes the temporary file on any way out
		out = af
	}
	bw := bufio.NewWriterSize(out, 256<<10)
	var bar *progress.Bar
	if o.progress != progress.Off {
		bar = progress.New(stderr, o.progress, progress.InputSize(o.files, stdin), "sharekit batch")
	}

	var total batch.Summary
	opt := o.opt
	if opt.OutputFormat == "text" {
		// Text output marks an error record with an empty line; say why here.
		opt.Errors = stderr
	}
	unreadable := 0
	var runErr error
	for _, name := range o.files {
		sum, err := batchFile(ctx, name, o.inputFormat, stdin, bw, bar, opt, stderr)
		var oe *openError
		if errors.As(err, &oe) && !opt.FailFast {
			fmt.Fprintf(stderr, "sharekit: %v (skipped)\n", err)
			unreadable++
			continue
		}
		opt.OmitHeader = true // one header, before the first file's records
		total.Records += sum.Records
		total.Errors += sum.Errors
		if err != nil {
			runErr = err
			break
		}
	}
	if err := bw.Flush(); err != nil && runErr == nil {
		runErr = fmt.Errorf("write: %w", err)
	}
	bar.Finish()
	printSummary(stderr, total, time.Since(start))
	if unreadable > 0 {
		fmt.Fprintf(stderr, "sharekit: %d of %d inputs could not be read\n", unreadable, len(o.files))
	}
	interrupted := ctx.Err() != nil
	switch {
	case interrupted:
		// The error is only the cancellation showing through; the user
		// knows they stopped the run and needs no "context canceled".
		fmt.Fprintf(stderr, "%sinterrupted\n", usagePrefix)
	case runErr != nil:
		fmt.Fprintf(stderr, "%s%s\n", usagePrefix, strings.TrimPrefix(cliMessage(runErr), usagePrefix))
	}
	if af != nil {
		if runErr != nil || unreadable > 0 || interrupted {
			af.Abort()
			fmt.Fprintf(stderr, "sharekit: %s %s\n", o.output, af.Untouched())
		} else if err := af.Commit(); err != nil {
			return err
		}
	}
	if interrupted {
		return errInterrupted
	}
	if runErr != nil || unreadable > 0 || total.Errors > 0 && !o.allowRecordErrors {
		// What went wrong is on stderr already; the status must say it.
		return errSomeFailed
	}
	return nil
}

// errSomeFailed is the exit status 1 of a run that failed in part: error
// records, an input skipped, a run-time error. batchRun has already said
// what on stderr.
var errSomeFailed = cli.Exit("", exitFailed)

// errInterrupted is the exit status of a run stopped by SIGINT or SIGTERM;
// batchRun has already said so on stderr.
var errInterrupted = cli.Exit("", exitInterrupted)

func batchFile(ctx context.Context, name, format string, stdin io.Reader, w io.Writer, bar *progress.Bar, opt batch.Options, stderr io.Writer) (batch.Summary, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return batch.Summary{}, &openError{name: name, err: unwrapPath(err)}
		}
		defer f.Close()
		// A directory opens, but reading it fails: skip it as a missing
		// file is, rather than stop the run at it.
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			return batch.Summary{}, &openError{name: name, err: errIsDir}
		}
		r = f
	}
	if format == "" && name != "-" {
		format = batch.FormatOf(name)
	}
	opt.InputFormat = format
	r = bar.Reader(r)
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		// batch.Run decompresses by content, so a .gz name over plain text
		// still works; but the name promised gzip, and a file that is not
		// may be the wrong one: say so, once, and go on.
		br := bufio.NewReaderSize(r, 64<<10)
		if magic, _ := br.Peek(2); len(magic) > 0 && !bytes.HasPrefix([]byte{0x1f, 0x8b}, magic) {
			fmt.Fprintf(stderr, "sharekit: %s: not gzip data; reading it as plain text\n", name)
		}
		r = br
	}
	sum, err := batch.Run(ctx, name, r, w, opt)
	var re *batch.RecordError
	if err != nil && !errors.As(err, &re) {
		err = fmt.Errorf("%s: %w", name, unwrapBatch(err, name))
	}
	return sum, err
}

var errIsDir = errors.New("is a directory")

// openError is an input that could not be opened: the run goes on without it.
type openError struct {
	name string
	err  error
}

func (e *openError) Error() string { return "cannot read " + e.name + ": " + e.err.Error() }
func (e *openError) Unwrap() error { return e.err }

// unwrapPath drops the *PathError wrapping, whose text repeats the name.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// unwrapBatch trims "batch: name: " from a batch error: the CLI names the
// file itself, once.
func unwrapBatch(err error, name string) error {
	msg := err.Error()
	for _, p := range []string{"batch: " + name + ": ", "batch: "} {
		if len(msg) > len(p) && msg[:len(p)] == p {
			return errors.New(msg[len(p):])
		}
	}
	return err
}

func printSummary(w io.Writer, s batch.Summary, elapsed time.Duration) {
	rate := 0.0
	if sec := elapsed.Seconds(); sec > 0 {
		rate = float64(s.Records) / sec
	}
	fmt.Fprintf(w, "sharekit: %s, %s, %.2fs, %.0f records/s\n", count(s.Records, "record"), count(s.Errors, "error"), elapsed.Seconds(), rate)
}

// count is "1 record", "2 records", "0 errors".
func count(n int64, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// checkOutput refuses an -o that can never be written as a file, before
// any input is read.
func checkOutput(name string) error {
	if name == "" || name == "-" {
		return nil
	}
	if fi, err := os.Stat(name); err == nil && fi.IsDir() {
		return fmt.Errorf("-o %s: is a directory", name)
	}
	return nil
}
