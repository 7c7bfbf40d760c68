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
// A headline is a part of the string of the records read with it (about
// 128 KB, and the last record's raw and decoded bytes, each up to
// MaxLineBytes): fn may keep it, and then keeps those too.
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
		// The chunk's bytes made a string once, the headlines substrings
		// of it: a string a headline cost an allocation a record, a
		// tenth of learning's time at a million headlines (the chunk's
		// buffer goes back to the pool, so a view of it would change
		// under a caller that keeps a headline). One check of the whole
		// chunk spares most records their own UTF-8 check.
		var text string
		valid := false
		if f.in != "jsonl" { // a jsonl headline is decoded into its own string
			text = string(c.buf)
			valid = utf8.ValidString(text)
		}
		for i := range c.recs {
			head, ok := f.headline(c, &c.recs[i], st, text, valid)
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
// text is c.buf as a string, and valid whether all of it is UTF-8.
func (f *formatter) headline(c *chunk, rec *record, st *state, text string, valid bool) (string, bool) {
	raw := c.buf[rec.raw.start:rec.raw.end]
	// A part of valid UTF-8 is valid where it starts and ends at a
	// rune's start: a record that ends inside a rune the next one ends
	// (x\xe2\x82, \xacy) is not, though the chunk is.
	valid = valid && runeBoundary(text, rec.raw.start) && runeBoundary(text, rec.raw.end)
	if rec.err != nil || !valid && !utf8.Valid(raw) {
		return "", false
	}
	if f.in == "jsonl" {
		head, _, err := f.parseJSON(raw, st)
		return head, err == nil
	}
	return text[rec.head.start:rec.head.end], true
}

// runeBoundary reports whether s[i:] starts a rune (or is empty).
func runeBoundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }
