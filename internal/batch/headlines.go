package batch

import (
	"context"
	"fmt"
	"io"
	"time"
	"unicode/utf8"
)

// Headlines reads records from r as Run does (the same formats, columns,
// gzip and line limits: Options.InputFormat, HeadlineColumn,
// MaxLineBytes) and calls fn with the headline of each good record, in
// order, on the calling goroutine. It is the reading half of Run, for
// work that consumes headlines rather than writing a record for each:
// sharekit learn. A record Run would make an error record of is skipped
// and counted in Summary.Errors; any other error (unreadable input, a
// csv header without the headline column, ctx done) is returned.
func Headlines(ctx context.Context, name string, r io.Reader, opt Options, fn func(headline string)) (Summary, error) {
	start := time.Now()
	var sum Summary
	if err := opt.Validate(); err != nil {
		return sum, err
	}
	opt.Networks = nil // links are not made, so their options do not matter
	f, err := newFormatter(name, opt)
	if err != nil {
		return sum, err
	}
	src, err := decompress(r)
	if err != nil {
		return sum, fmt.Errorf("batch: %s: %w", name, err)
	}
	st := f.newState()
	readErr := read(ctx, src, opt, f, func(c *chunk) bool {
		for i := range c.recs {
			head, ok := f.headline(c, &c.recs[i], st)
			sum.Records++
			if !ok {
				sum.Errors++
				continue
			}
			fn(head)
		}
		chunkPool.Put(c)
		return ctx.Err() == nil
	})
	sum.Elapsed = time.Since(start)
	if readErr != nil {
		return sum, fmt.Errorf("batch: %s: %w", name, readErr)
	}
	return sum, ctx.Err()
}

// headline is the headline of a record, and whether the record is good:
// read whole, UTF-8, and (jsonl) an object with a "headline" string.
func (f *formatter) headline(c *chunk, rec *record, st *state) (string, bool) {
	raw := c.buf[rec.raw.start:rec.raw.end]
	if rec.err != nil || !utf8.Valid(raw) {
		return "", false
	}
	if f.in == "jsonl" {
		head, _, err := f.parseJSON(raw, st)
		return head, err == nil
	}
	return string(c.buf[rec.head.start:rec.head.end]), true
}
