package transforms

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/sharekit/sharekit/internal/batch"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Input)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*FileError)(nil)).Elem())
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(Input), func(FileError), error](&readFn{})
	register.Emitter1[Input]()
	register.Emitter1[FileError]()
}

// Input is one input record of a file, as `sharekit batch` reads it: a
// txt or jsonl line, or a csv/tsv record with its headline and URL fields
// decoded. [Records] turns it into its output record.
type Input struct {
	File     string // the path the glob matched
	Line     int    // from 1, the record's first line
	Raw      []byte // the record as read; its first 256 bytes when too long
	Headline []byte // csv/tsv: the headline field
	URL      []byte // csv/tsv: the URL field
	Err      string // why the reader refused the record ("" = it did not)
}

// FileError is a file that could not be read to its end: unreadable, a
// csv header without the headline column, a gzip stream cut short. The
// records before the failure are in Read's records all the same, as
// `sharekit batch` writes them before it reports the file.
type FileError struct {
	File  string
	Error string
}

// Read matches glob (any filesystem Beam knows: local paths, gs://…) and
// returns the input records of every file, a PCollection of [Input], and
// the files that could not be read to their end, a PCollection of
// [FileError]. A file is read from its start on one worker; the records
// are reshuffled so that what follows runs on all of them. Gzip files
// are recognized by their content, as batch does. Read panics, as
// beam.ParDo does, when opts are invalid; check them with Options.Validate
// first.
func Read(s beam.Scope, glob string, opts Options) (inputs, fileErrors beam.PCollection) {
	if err := opts.Validate(); err != nil {
		panic(fmt.Sprintf("sharekit Read: %v", err))
	}
	s = s.Scope("sharekit.Read")
	matches := fileio.MatchFiles(s, glob)
	// Uncompressed: batch sniffs gzip itself, by its magic number rather
	// than by the file name, so both read the same bytes the same way.
	files := fileio.ReadMatches(s, matches, fileio.ReadUncompressed())
	inputs, fileErrors = beam.ParDo2(s, &readFn{Opts: encoded(opts)}, files)
	return beam.Reshuffle(s, inputs), fileErrors
}

// fileErrorCount counts the files Read could not read to their end.
var fileErrorCount = beam.NewCounter("sharekit", "file_errors")

type readFn struct {
	Opts string `json:"opts"` // Options, encoded

	opts Options
}

func (fn *readFn) Setup() error { return decode(fn.Opts, &fn.opts) }

func (fn *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Input), emitErr func(FileError)) error {
	name := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		fileErrorCount.Inc(ctx, 1)
		emitErr(FileError{File: name, Error: err.Error()})
		return nil
	}
	defer rc.Close()
	err = batch.Read(ctx, name, rc, fn.opts.batchOptions(name), func(in batch.Input) error {
		// The slices are batch's buffers, valid only during this call;
		// a fused downstream step may keep what it is given.
		emit(Input{
			File:     name,
			Line:     in.Line,
			Raw:      bytes.Clone(in.Raw),
			Headline: bytes.Clone(in.Headline),
			URL:      bytes.Clone(in.URL),
			Err:      in.Err,
		})
		return nil
	})
	if err != nil {
		if ctx.Err() != nil {
			return err // the bundle is being stopped: let Beam retry it
		}
		fileErrorCount.Inc(ctx, 1)
		emitErr(FileError{File: name, Error: err.Error()})
	}
	return nil
}

func init() { register.Function1x1(fileErrorRecord) }

// FileErrorRecords makes each [FileError] a [Record] whose JSON is
// {"file":"…","error":"…"} (Line 0), so that [Write] can write them
// beside the error records.
func FileErrorRecords(s beam.Scope, fileErrors beam.PCollection) beam.PCollection {
	return beam.ParDo(s.Scope("sharekit.FileErrorRecords"), fileErrorRecord, fileErrors)
}

func fileErrorRecord(fe FileError) Record {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // as batch writes strings: < and & as they are
	enc.Encode(struct {
		File  string `json:"file"`
		Error string `json:"error"`
	}{fe.File, fe.Error})
	return Record{File: fe.File, JSON: strings.TrimSuffix(b.String(), "\n")}
}
