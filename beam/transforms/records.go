package transforms

import (
	"context"
	"fmt"
	"reflect"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/sharekit/sharekit/internal/batch"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Record)(nil)).Elem())
	register.DoFn4x1[context.Context, Input, func(Record), func(Record), error](&recordsFn{})
	register.Emitter1[Record]()
}

// Record is one output record: File and Line say which input record it is
// for, JSON is the record exactly as `sharekit batch` writes it in jsonl
// (without the newline).
type Record struct {
	File string
	Line int
	JSON string
}

// Records turns every [Input] into its output [Record], as `sharekit
// batch` with the same options would: tags, and links and posts on
// opts.Networks for records with a URL. The error records (ones batch
// counts as errors: unprocessable input, or a network that could not take
// the record) go to errors, the others to records; together they hold
// one record for every input. Records panics, as beam.ParDo does, when
// opts are invalid.
func Records(s beam.Scope, inputs beam.PCollection, opts Options) (records, errors beam.PCollection) {
	if err := opts.Validate(); err != nil {
		panic(fmt.Sprintf("sharekit Records: %v", err))
	}
	s = s.Scope("sharekit.Records")
	return beam.ParDo2(s, &recordsFn{Opts: encoded(opts)}, inputs)
}

type recordsFn struct {
	Opts string `json:"opts"` // Options, encoded

	opts Options
	mu   sync.Mutex
	fms  map[string]*batch.Formatter // one per file: the file name is in every record
	buf  []byte
}

func (fn *recordsFn) Setup() error { return decode(fn.Opts, &fn.opts) }

func (fn *recordsFn) formatter(file string) (*batch.Formatter, error) {
	fn.mu.Lock()
	defer fn.mu.Unlock()
	if fm := fn.fms[file]; fm != nil {
		return fm, nil
	}
	fm, err := batch.NewFormatter(file, fn.opts.batchOptions(file))
	if err != nil {
		return nil, err
	}
	if fn.fms == nil || len(fn.fms) >= 1024 {
		fn.fms = map[string]*batch.Formatter{} // bounded: a run over a million small files
	}
	fn.fms[file] = fm
	return fm, nil
}

// The counters Records keeps, as the runner reports them (beam.PipelineResult
// metrics, the Dataflow console): the records written and the error
// records among them.
var (
	recordCount      = beam.NewCounter("sharekit", "records")
	errorRecordCount = beam.NewCounter("sharekit", "error_records")
)

func (fn *recordsFn) ProcessElement(ctx context.Context, in Input, emit, emitErr func(Record)) error {
	fm, err := fn.formatter(in.File)
	if err != nil {
		return err // options were validated when the pipeline was built
	}
	var bad bool
	fn.buf, bad = fm.Append(fn.buf[:0], batch.Input{
		Line: in.Line, Raw: in.Raw, Headline: in.Headline, URL: in.URL, Err: in.Err,
	})
	rec := Record{File: in.File, Line: in.Line, JSON: string(fn.buf[:len(fn.buf)-1])}
	recordCount.Inc(ctx, 1)
	if bad {
		errorRecordCount.Inc(ctx, 1)
		emitErr(rec)
	} else {
		emit(rec)
	}
	return nil
}
