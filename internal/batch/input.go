package batch

import (
	"context"
	"fmt"
	"io"
	"sync"
)

// Input is one input record as Run reads it, before it is processed: a
// line of txt or jsonl, or a csv/tsv record (more than one line when a
// quoted field holds a line break) with its headline and URL fields
// decoded. Callers that spread the work over many machines (the Beam
// transforms in the repository's beam module) read with [Read], ship the
// Inputs, and turn each into output with a [Formatter], which gives the
// exact bytes Run would have written for it.
type Input struct {
	Line     int    // from 1, the record's first line in its file
	Raw      []byte // the record as read; its first 256 bytes when it is too long
	Headline []byte // csv/tsv: the decoded headline field (txt and jsonl use Raw)
	URL      []byte // csv/tsv: the decoded URL field, empty when there is none
	Err      string // why the reader already refused the record; "" when it did not
}

// Read splits r (named name) into records exactly as Run does, with the
// same input options (InputFormat, HeadlineColumn, URLColumn, TSVQuoted,
// MaxLineBytes), and calls emit with each, in input order. The Input's
// slices are valid only during the call. Read returns emit's first error,
// or what Run would return for unreadable input (a csv header without the
// headline column, a read failing midway); the records before it have
// been emitted.
func Read(ctx context.Context, name string, r io.Reader, opt Options, emit func(Input) error) error {
	if err := opt.Validate(); err != nil {
		return err
	}
	f, err := newFormatter(name, opt)
	if err != nil {
		return err
	}
	src, err := decompress(r)
	if err != nil {
		return fmt.Errorf("batch: %s: %w", name, err)
	}
	var emitErr error
	readErr := read(ctx, src, opt, f, func(c *chunk) bool {
		for _, rec := range c.recs {
			in := Input{Line: rec.line, Raw: c.buf[rec.raw.start:rec.raw.end]}
			if (f.in == "csv" || f.in == "tsv") && rec.err == nil {
				in.Headline = c.buf[rec.head.start:rec.head.end]
				in.URL = c.buf[rec.url.start:rec.url.end]
			}
			switch {
			case rec.err == errLong:
				in.Err = f.longMsg // as format words it, with the limit
			case rec.err != nil:
				in.Err = rec.err.Error()
			}
			if emitErr = emit(in); emitErr != nil {
				return false
			}
		}
		chunkPool.Put(c)
		return ctx.Err() == nil
	})
	switch {
	case emitErr != nil:
		return emitErr
	case readErr != nil:
		return fmt.Errorf("batch: %s: %w", name, readErr)
	}
	return ctx.Err()
}

// Formatter turns single Inputs of one file into output records, as Run
// writes them with the same Options. It is safe for concurrent use.
type Formatter struct {
	f      *formatter
	states sync.Pool // of *state: scratch space, one per goroutine at a time
}

// NewFormatter returns a Formatter for the records of the file named name.
func NewFormatter(name string, opt Options) (*Formatter, error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	f, err := newFormatter(name, opt)
	if err != nil {
		return nil, err
	}
	fm := &Formatter{f: f}
	fm.states.New = func() any { return f.newState() }
	return fm, nil
}

// Append appends in's output record (with its newline) to dst. bad
// reports an error record, one Run would count in Summary.Errors: a record
// that could not be processed, or one that some network could not take.
func (fm *Formatter) Append(dst []byte, in Input) (out []byte, bad bool) {
	c := getChunk()
	rec := c.add(in.Line, in.Raw, nil)
	if in.Err != "" {
		rec.err = msgError(in.Err)
	}
	if fm.f.in == "csv" || fm.f.in == "tsv" {
		s := len(c.buf)
		c.buf = append(c.buf, in.Headline...)
		c.recs[0].head = span{s, len(c.buf)}
		s = len(c.buf)
		c.buf = append(c.buf, in.URL...)
		c.recs[0].url = span{s, len(c.buf)}
	}
	st := fm.states.Get().(*state)
	fm.f.format(context.Background(), c, st)
	fm.states.Put(st)
	dst = append(dst, c.out...)
	bad = len(c.bad) > 0
	chunkPool.Put(c)
	return dst, bad
}
