package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

// keepPrefix is how much of an over-long record is kept for its error
// record's "input": enough to find the line, small enough that a run full of
// megabyte lines still uses constant memory.
const keepPrefix = 256

var bom = []byte("\xef\xbb\xbf")

// decompress returns r, or a gzip reader over it when r starts with the gzip
// magic number, so .gz input (and gzip request bodies) need no flag. It
// sniffs the content rather than trusting a file name, because stdin has none.
func decompress(r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	magic, err := br.Peek(2)
	if err != nil || magic[0] != 0x1f || magic[1] != 0x8b {
		// Too short to be gzip (or empty): read it as it is.
		return br, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		// compress/gzip's own errors say "gzip: " already; a failed
		// read under it does not.
		if !strings.HasPrefix(err.Error(), "gzip: ") {
			err = fmt.Errorf("gzip: %w", err)
		}
		return nil, err
	}
	return zr, nil
}

// lineReader splits input into lines ending in \n or \r\n, numbered from 1,
// with a guard on length: a line longer than max is reported as too long and
// skipped without being buffered, so one runaway line (a binary file, a
// missing newline in a dump) cannot blow up memory.
//
// Its buffers grow with what arrives, not with max: a reader starts with
// at most readBuf bytes and holds a longer line in long, grown as the line
// comes in, so that a server taking lines of up to 1 GiB does not spend
// 1 GiB on every request of 17 bytes. A Budget, when set, is asked before
// long grows past readBuf; a line it refuses is reported as too long.
type lineReader struct {
	br     *bufio.Reader
	max    int
	line   int // number of the line last returned
	prefix []byte
	long   []byte // a line longer than the bufio buffer, gathered
	budget Budget
	held   int  // bytes of long reserved from budget
	denied bool // the last long line was refused by the budget, not max
}

// readBuf is the most a lineReader buffers before a line proves longer.
const readBuf = 64 << 10

// Budget bounds the memory that lines longer than the usual buffer take,
// across every run that shares it (a server's requests). Grow reserves n
// more bytes and reports whether it may; Release gives n back. It must be
// safe for concurrent use.
type Budget interface {
	Grow(n int) bool
	Release(n int)
}

func newLineReader(r io.Reader, max int) *lineReader {
	// +2 for the \r\n, so that a line of exactly max bytes fits the buffer.
	return &lineReader{br: bufio.NewReaderSize(r, min(max+2, readBuf)), max: max}
}

// release gives back what the reader holds of the budget.
func (lr *lineReader) release() {
	if lr.budget != nil && lr.held > 0 {
		lr.budget.Release(lr.held)
	}
	lr.held = 0
	lr.long = nil
}

// next returns the next line without its terminator. The slice is valid
// until the following call. long reports a line over max bytes, in which
// case b holds only its first keepPrefix bytes. err is io.EOF at the end and
// any other error is a failed read.
func (lr *lineReader) next() (b []byte, long bool, err error) {
	lr.denied = false
	if lr.held > 0 {
		lr.release() // the long line before this one is done with
	}
	b, err = lr.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		b, long, err = lr.gather(b)
		if long {
			lr.line++
			return lr.prefix, true, err
		}
	}
	switch err {
	case nil:
	case io.EOF:
		if len(b) == 0 {
			return nil, false, io.EOF
		}
		err = nil // last line without a newline
	default:
		return nil, false, err
	}
	lr.line++
	if lr.line == 1 {
		b = bytes.TrimPrefix(b, bom)
	}
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
		if n := len(b); n > 0 && b[n-1] == '\r' {
			b = b[:n-1]
		}
	}
	if len(b) > lr.max {
		lr.prefix = append(lr.prefix[:0], b[:min(len(b), keepPrefix)]...)
		return lr.prefix, true, nil
	}
	return b, false, nil
}

// gather reads the rest of a line that did not fit the bufio buffer into
// lr.long, growing it as the line arrives, up to max (+2 for its \r\n).
// Over max, or when the budget refuses more, the line is skipped to its
// end and reported long, keeping its first bytes in lr.prefix.
func (lr *lineReader) gather(first []byte) (b []byte, long bool, err error) {
	lr.long = append(lr.long[:0], first...)
	lr.prefix = append(lr.prefix[:0], first[:min(len(first), keepPrefix)]...)
	for {
		if len(lr.long) > lr.max+2 || !lr.reserve(len(lr.long)) {
			for {
				_, err = lr.br.ReadSlice('\n')
				if err != bufio.ErrBufferFull {
					break
				}
			}
			if err == io.EOF {
				err = nil // the long line was the last one, without a newline
			}
			lr.long = lr.long[:0]
			return nil, true, err
		}
		var more []byte
		more, err = lr.br.ReadSlice('\n')
		lr.long = append(lr.long, more...)
		if err != bufio.ErrBufferFull {
			if len(lr.long) > lr.max+2 {
				// Over max with its last piece: the line is read, and long.
				if err == io.EOF {
					err = nil
				}
				lr.long = lr.long[:0]
				return nil, true, err
			}
			return lr.long, false, err
		}
	}
}

// reserve makes sure the budget covers n bytes of lr.long (its capacity,
// which append may have doubled).
func (lr *lineReader) reserve(n int) bool {
	if lr.budget == nil {
		return true
	}
	need := max(n, cap(lr.long)) - lr.held
	if need <= 0 {
		return true
	}
	if !lr.budget.Grow(need) {
		lr.denied = true
		return false
	}
	lr.held += need
	return true
}
