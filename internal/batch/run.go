package batch

import (
	"context"
	"fmt"
	"github.com/sharekit/sharekit/internal/jsonscan"
	"io"
	"runtime"
	"sync"
	"time"
)

// Chunks are the unit of work: the reader fills one, a worker formats it,
// the writer writes it. Sizes are a trade: big enough that channel hand-offs
// cost nothing per record, small enough that the chunks in flight (at most
// 2×workers+2 of them) keep memory flat at a few MiB.
const (
	chunkRecords = 512
	chunkBytes   = 128 << 10
)

type span struct{ start, end int }

type record struct {
	line      int
	raw       span  // the input as read (its first bytes, when too long)
	head, url span  // csv/tsv: the decoded fields; txt: head == raw
	err       error // found by the reader
}

type chunk struct {
	buf  []byte // record bytes; spans index it
	recs []record
	out  []byte
	ends []int // end of each record's output in out
	bad  []int // indexes of error records
	msgs []string
	done chan struct{}
}

var chunkPool = sync.Pool{New: func() any {
	return &chunk{
		buf:  make([]byte, 0, chunkBytes+4096),
		recs: make([]record, 0, chunkRecords),
		done: make(chan struct{}, 1),
	}
}}

func getChunk() *chunk {
	c := chunkPool.Get().(*chunk)
	c.buf, c.recs, c.out, c.ends, c.bad, c.msgs = c.buf[:0], c.recs[:0], c.out[:0], c.ends[:0], c.bad[:0], c.msgs[:0]
	return c
}

func (c *chunk) add(line int, raw []byte, err error) *record {
	start := len(c.buf)
	c.buf = append(c.buf, raw...)
	c.recs = append(c.recs, record{line: line, raw: span{start, len(c.buf)}, err: err})
	r := &c.recs[len(c.recs)-1]
	r.head = r.raw
	return r
}

func (c *chunk) full() bool { return len(c.recs) >= chunkRecords || len(c.buf) >= chunkBytes }

// Run reads records from r (named name in error records) and writes one
// output record per input record to w, in input order. Input may be gzip
// compressed. Records are formatted in parallel by Options.Workers
// goroutines; memory stays constant whatever the input size.
//
// A record that cannot be processed becomes an error record in its place
// and the run goes on (or, with FailFast, stops there and Run returns a
// *RecordError). Any other error (unreadable input, failed write, bad
// options, a csv header without the headline column, ctx done) is returned
// with the Summary of what was written before it.
//
// Run may be called concurrently; each call has its own goroutines.
func Run(ctx context.Context, name string, r io.Reader, w io.Writer, opt Options) (Summary, error) {
	start := time.Now()
	var sum Summary
	if err := opt.Validate(); err != nil {
		return sum, err
	}
	f, err := newFormatter(name, opt)
	if err != nil {
		return sum, err
	}
	if !opt.OmitHeader {
		if h := f.header(); len(h) > 0 {
			if _, err := w.Write(h); err != nil {
				return sum, fmt.Errorf("batch: write: %w", err)
			}
		}
	}
	src, err := decompress(r)
	if err != nil {
		return sum, fmt.Errorf("batch: %s: %w", name, err)
	}

	workers := opt.Workers
	if workers == 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	work := make(chan *chunk, workers)
	order := make(chan *chunk, 2*workers+2)
	var wg sync.WaitGroup
	var readErr error

	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(work)
		defer close(order)
		readErr = read(ctx, src, opt, f, func(c *chunk) bool {
			select {
			case order <- c:
			case <-ctx.Done():
				return false
			}
			select {
			case work <- c:
				return true
			case <-ctx.Done():
				c.done <- struct{}{} // never formatted: let the writer skip it
				return false
			}
		})
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := f.newState()
			for c := range work {
				f.format(ctx, c, st)
				c.done <- struct{}{}
			}
		}()
	}

	// The writer: chunks arrive in input order on order; wait for each to be
	// formatted, then write it.
	var runErr error
	for c := range order {
		<-c.done
		if runErr != nil || ctx.Err() != nil {
			continue // draining after a stop
		}
		n := len(c.ends)
		if opt.FailFast && len(c.bad) > 0 {
			n = c.bad[0] + 1
		}
		end := 0
		if n > 0 {
			end = c.ends[n-1]
		}
		if _, err := w.Write(c.out[:end]); err != nil {
			runErr = fmt.Errorf("batch: write: %w", err)
			cancel()
			continue
		}
		sum.Records += int64(n)
		for i, b := range c.bad {
			if b >= n {
				break
			}
			sum.Errors++
			if opt.Errors != nil {
				fmt.Fprintf(opt.Errors, "%s:%d: %s\n", name, c.recs[b].line, c.msgs[i])
			}
		}
		if opt.FailFast && len(c.bad) > 0 {
			rec := c.recs[c.bad[0]]
			runErr = &RecordError{File: name, Line: rec.line, Err: c.recErr(0)}
			cancel()
			continue
		}
		chunkPool.Put(c)
	}
	wg.Wait()
	sum.Elapsed = time.Since(start)
	switch {
	case runErr != nil:
		return sum, runErr
	case readErr != nil:
		return sum, fmt.Errorf("batch: %s: %w", name, readErr)
	}
	return sum, ctx.Err()
}

// recErr is the error of the i'th error record of the chunk.
func (c *chunk) recErr(i int) error { return msgError(c.msgs[i]) }

type msgError string

func (e msgError) Error() string { return string(e) }

// read splits src into records, fills chunks and hands each full one to
// emit, which reports false when the run is stopping.
func read(ctx context.Context, src io.Reader, opt Options, f *formatter, emit func(*chunk) bool) error {
	lr := newLineReader(src, f.maxLine)
	lr.budget = opt.Budget
	defer lr.release()
	c := getChunk()
	flush := func() bool {
		ok := emit(c)
		c = getChunk()
		return ok
	}
	// idle hands over a partial chunk when the input has nothing more at
	// hand, so the read that follows may block: a client streaming a line at
	// a time (POST /v1/batch) gets each record's output without waiting for
	// 511 more. A file read rarely drains its buffer exactly at a line end,
	// so file runs keep their full chunks.
	idle := func() bool {
		if len(c.recs) == 0 || lr.br.Buffered() > 0 {
			return true
		}
		return flush()
	}
	switch f.in {
	case "csv", "tsv":
		cr := &csvReader{lr: lr, sep: ','}
		if f.in == "tsv" {
			cr.sep = '\t'
			cr.literal = !opt.TSVQuoted
		}
		hi, ui, err := f.readHeader(cr)
		if err != nil {
			return err
		}
		for {
			if !idle() {
				return nil
			}
			line, recErr, err := cr.read()
			if err == io.EOF {
				break
			}
			if err != nil {
				flush()
				return &lineError{line: lr.line + 1, err: err}
			}
			if recErr == errLong && lr.denied {
				recErr = errBudget
			}
			if recErr == nil && len(cr.fields) == 0 {
				// A blank line: an empty record, as a blank txt line
				// gives (no headline, no tags), so that every input line
				// has its output line.
				c.add(line, nil, nil)
				if c.full() && !flush() {
					return nil
				}
				continue
			}
			if recErr == nil && len(cr.fields) != f.nfields {
				recErr = fmt.Errorf("csv: record has %d fields, the header has %d", len(cr.fields), f.nfields)
				// A multi-line record with the wrong shape is most likely
				// a stray quote: its later lines are records of their own.
				cr.split()
			}
			rec := c.add(line, cr.raw, recErr)
			if rec.err == nil {
				s := len(c.buf)
				c.buf = append(c.buf, cr.field(hi)...)
				rec.head = span{s, len(c.buf)}
				if ui >= 0 {
					s = len(c.buf)
					c.buf = append(c.buf, cr.field(ui)...)
					rec.url = span{s, len(c.buf)}
				}
			}
			if c.full() && !flush() {
				return nil
			}
		}
	default:
		for {
			if !idle() {
				return nil
			}
			b, long, err := lr.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				flush()
				return &lineError{line: lr.line + 1, err: err}
			}
			var recErr error
			if long && lr.denied {
				recErr = errBudget
			} else if long {
				recErr = errLong
			} else if f.in == "jsonl" && isBlank(b) {
				// Not an object, so an error record: a blank line in the
				// middle of a jsonl file is more often a damaged record
				// than padding, and dropping it would shift every output
				// line against its input.
				recErr = errEmptyLine
			}
			c.add(lr.line, b, recErr)
			if c.full() && !flush() {
				return nil
			}
		}
	}
	if len(c.recs) > 0 {
		flush()
	}
	return nil
}

// lineError is a read that failed in the middle of the input (a truncated
// gzip stream, an I/O error): it names the line being read, the first one
// without output, so the reader knows how far the output goes.
type lineError struct {
	line int
	err  error
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %v", e.line, e.err) }
func (e *lineError) Unwrap() error { return e.err }

func isBlank(b []byte) bool {
	return jsonscan.SkipSpace(b, 0) == len(b)
}
