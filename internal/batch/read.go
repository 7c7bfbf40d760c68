package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
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
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return zr, nil
}

// lineReader splits input into lines ending in \n or \r\n, numbered from 1,
// with a guard on length: a line longer than max is reported as too long and
// skipped without being buffered, so one runaway line (a binary file, a
// missing newline in a dump) cannot blow up memory.
type lineReader struct {
	br     *bufio.Reader
	max    int
	line   int // number of the line last returned
	prefix []byte
}

func newLineReader(r io.Reader, max int) *lineReader {
	// +2 for the \r\n, so that a line of exactly max bytes fits the buffer.
	return &lineReader{br: bufio.NewReaderSize(r, max+2), max: max}
}

// next returns the next line without its terminator. The slice is valid
// until the following call. long reports a line over max bytes, in which
// case b holds only its first keepPrefix bytes. err is io.EOF at the end and
// any other error is a failed read.
func (lr *lineReader) next() (b []byte, long bool, err error) {
	b, err = lr.br.ReadSlice('\n')
	switch err {
	case nil:
	case bufio.ErrBufferFull:
		lr.line++
		lr.prefix = append(lr.prefix[:0], b[:min(len(b), keepPrefix)]...)
		for err == bufio.ErrBufferFull {
			_, err = lr.br.ReadSlice('\n')
		}
		if err == io.EOF {
			err = nil // the long line was the last one, without a newline
		}
		return lr.prefix, true, err
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
