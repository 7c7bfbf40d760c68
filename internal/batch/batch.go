package batch

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/share"
)

// Options configures a batch run. The zero value reads txt and writes jsonl
// with tags only, on all cores.
type Options struct {
	Tags           hashtag.Options
	Networks       []string   // when set, records with a URL get links and posts
	Post           share.Post // template: Via, UTM, Instance…
	InputFormat    string     // txt, csv, tsv, jsonl ("" = txt)
	OutputFormat   string     // jsonl (default), csv, tsv, text
	HeadlineColumn string     // csv/tsv: column holding the headline ("" = "headline")
	URLColumn      string     // csv/tsv: column holding the URL ("" = "url" when there is one)
	Workers        int        // 0 = all cores
	MaxLineBytes   int        // 0 = 64 KiB
	FailFast       bool       // stop after the first error record, returning a *RecordError

	// KeepFormulas writes csv/tsv cells as they are. By default a cell
	// that starts with = + - @, a tab or a carriage return gets a leading
	// ' (OWASP's defence against formula injection), since a headline
	// like =HYPERLINK(…) would otherwise run when the file is opened in a
	// spreadsheet. Pipelines that never meet a spreadsheet can turn it off.
	KeepFormulas bool

	// TSVQuoted reads tsv input as the quoted "Excel tab" dialect (fields
	// in double quotes, "" for a quote, line breaks inside quotes). By
	// default tsv is read as IANA's text/tab-separated-values defines it,
	// as paste, cut and database exports write it: no quoting at all, a
	// quote is a quote, so a headline may open with one.
	TSVQuoted bool

	// Budget, when set, bounds the memory that lines longer than the
	// usual 64 KiB buffer take, across every run sharing it; a line it
	// cannot hold becomes an error record.
	Budget Budget

	// OmitHeader leaves out the csv/tsv output's header row: for the second
	// and later inputs of a run written to the same output.
	OmitHeader bool

	// Errors, when set, also gets a line "name:line: message" for every
	// error record, in order. The text output needs it, since its error
	// records are empty lines (to keep one line of output per input line).
	Errors io.Writer
}

// DefaultMaxLineBytes is the longest line (or csv record) read when
// Options.MaxLineBytes is zero.
const DefaultMaxLineBytes = 64 << 10

var (
	// InputFormats are the values Options.InputFormat takes.
	InputFormats = []string{"txt", "csv", "tsv", "jsonl"}
	// OutputFormats are the values Options.OutputFormat takes.
	OutputFormats = []string{"jsonl", "csv", "tsv", "text"}
)

// Summary is what a run did.
type Summary struct {
	Records, Errors int64
	Elapsed         time.Duration
}

// RecordError is an input record that could not be processed, as Run
// returns it with Options.FailFast.
type RecordError struct {
	File string
	Line int // from 1, in File
	Err  error
}

func (e *RecordError) Error() string {
	return fmt.Sprintf("batch: %s:%d: %v", e.File, e.Line, e.Err)
}

func (e *RecordError) Unwrap() error { return e.Err }

// Record errors. They appear in error records without a package prefix,
// since the record itself says where they came from.
var (
	errInvalidUTF8 = errors.New("invalid UTF-8")
	errLong        = errors.New("line too long") // reworded per run with the limit
	errEmptyLine   = errors.New("empty line")    // jsonl: a line that is empty or only white space
	errBudget      = errors.New("line too long for the server's memory budget now; retry later")
)

// FormatOf returns the input format a file name implies by its extension,
// ignoring a trailing .gz: "csv", "tsv", "jsonl" (also .ndjson), else "txt".
func FormatOf(name string) string {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch filepath.Ext(name) {
	case ".csv":
		return "csv"
	case ".tsv", ".tab":
		return "tsv"
	case ".jsonl", ".ndjson":
		return "jsonl"
	}
	return "txt"
}

// Validate reports the first thing wrong with o: an unknown format or
// network, a negative count. Run calls it; callers that want to tell usage
// errors from run-time ones can call it first.
func (o Options) Validate() error {
	if o.InputFormat != "" && !contains(InputFormats, o.InputFormat) {
		return fmt.Errorf("batch: unknown input format %q (want %s)", o.InputFormat, strings.Join(InputFormats, ", "))
	}
	if o.OutputFormat != "" && !contains(OutputFormats, o.OutputFormat) {
		return fmt.Errorf("batch: unknown output format %q (want %s)", o.OutputFormat, strings.Join(OutputFormats, ", "))
	}
	if err := o.Tags.Check(); err != nil {
		return fmt.Errorf("batch: %w", err)
	}
	if o.Workers < 0 {
		return fmt.Errorf("batch: workers must not be negative, got %d", o.Workers)
	}
	if o.MaxLineBytes < 0 {
		return fmt.Errorf("batch: max line bytes must not be negative, got %d", o.MaxLineBytes)
	}
	if len(o.Networks) > 0 {
		// share's rule: known names, and an instance for the networks that
		// need one (else every record would fail on them).
		if _, err := share.Select(o.Networks, false, o.Post.Instance); err != nil {
			return fmt.Errorf("batch: %w", err)
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
