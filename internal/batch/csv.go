package batch

import (
	"bytes"
	"errors"
	"io"
)

var (
	errQuote        = errors.New(`csv: extraneous or missing " in quoted field`)
	errUnterminated = errors.New(`csv: quoted field not closed before end of input`)
)

// csvReader reads RFC 4180 records (any separator) on top of a lineReader,
// so the same length guard applies to every line of a record and to the
// record as a whole. It is written by hand rather than with encoding/csv
// because a malformed row has to become an error record carrying its raw
// text, and the reader has to carry on at the next line afterwards.
//
// Inside a quoted field a line break is kept as \n, whichever of \n or \r\n
// the file used, as encoding/csv does.
type csvReader struct {
	lr  *lineReader
	sep byte
	// literal reads fields with no quoting at all (IANA TSV): a quote is
	// a character like any other and a record is one line.
	literal bool
	raw     []byte   // the record as read, lines joined with \n
	dec     []byte   // the decoded fields, back to back
	fields  [][2]int // spans of dec

	// first is the length of the record's first line in raw, and rest
	// says where each later line is in raw, its number and whether it was
	// too long: a malformed multi-line record gives those lines back (see
	// split).
	first int
	rest  []restLine
	// pending holds lines given back by split, served before reading more.
	// It never holds more than one record's worth, which is bounded by max.
	pending []pendingLine
}

type restLine struct {
	start, end, line int
	long             bool
}

type pendingLine struct {
	b    []byte
	line int
	long bool
}

// next returns the next line: a pending one first, else one from lr.
func (cr *csvReader) next() (b []byte, line int, long bool, err error) {
	if len(cr.pending) > 0 {
		p := cr.pending[0]
		cr.pending = cr.pending[1:]
		return p.b, p.line, p.long, nil
	}
	b, long, err = cr.lr.next()
	return b, cr.lr.line, long, err
}

// split cuts the record just read down to its first line and queues the
// lines after it to be read again as records of their own. It is for a
// malformed record that spans several lines: a stray opening quote would
// otherwise swallow every row up to the next quote or the length limit into
// one error record, and the rule is one output record per input record. It
// reports whether there was anything to give back; the caller still reports
// the record (now its first line) as an error record.
func (cr *csvReader) split() bool {
	if len(cr.rest) == 0 {
		return false
	}
	q := make([]pendingLine, 0, len(cr.rest)+len(cr.pending))
	for _, r := range cr.rest {
		q = append(q, pendingLine{b: append([]byte(nil), cr.raw[r.start:r.end]...), line: r.line, long: r.long})
	}
	cr.pending = append(q, cr.pending...)
	cr.raw = cr.raw[:cr.first]
	cr.rest = cr.rest[:0]
	cr.dec, cr.fields = cr.dec[:0], cr.fields[:0]
	return true
}

// read reads the next record. line is the line it starts on; recErr says
// why the record is malformed (raw then holds what was read of it); err is
// io.EOF at the end or a failed read. An empty line is a record with no
// fields (unlike encoding/csv, which skips it): the batch rule is one
// output record per input line, whatever the format.
func (cr *csvReader) read() (line int, recErr error, err error) {
	cr.raw, cr.dec, cr.fields, cr.rest = cr.raw[:0], cr.dec[:0], cr.fields[:0], cr.rest[:0]
	b, line, long, err := cr.next()
	if err != nil {
		return 0, nil, err
	}
	if !long && len(b) == 0 {
		cr.first = 0
		return line, nil, nil
	}
	cr.raw = append(cr.raw, b...)
	cr.first = len(cr.raw)
	if long {
		return line, errLong, nil
	}
	i := 0
	for {
		// At the start of a field.
		if !cr.literal && i < len(b) && b[i] == '"' {
			i++
			start := len(cr.dec)
			for {
				k := bytes.IndexByte(b[i:], '"')
				if k < 0 {
					// The quoted field goes on to the next line.
					cr.dec = append(cr.dec, b[i:]...)
					cr.dec = append(cr.dec, '\n')
					var n int
					b, n, long, err = cr.next()
					if err == io.EOF {
						cr.split()
						return line, errUnterminated, nil
					}
					if err != nil {
						return 0, nil, err
					}
					cr.raw = append(cr.raw, '\n')
					cr.raw = append(cr.raw, b...)
					cr.rest = append(cr.rest, restLine{start: len(cr.raw) - len(b), end: len(cr.raw), line: n, long: long})
					if long || len(cr.raw) > cr.lr.max {
						cr.split()
						return line, errLong, nil
					}
					i = 0
					continue
				}
				cr.dec = append(cr.dec, b[i:i+k]...)
				i += k + 1
				if i < len(b) && b[i] == '"' {
					cr.dec = append(cr.dec, '"') // "" is an escaped quote
					i++
					continue
				}
				break
			}
			cr.fields = append(cr.fields, [2]int{start, len(cr.dec)})
			if i == len(b) {
				return line, nil, nil
			}
			if b[i] != cr.sep {
				cr.split()
				return line, errQuote, nil
			}
			i++
			if i == len(b) {
				cr.fields = append(cr.fields, [2]int{len(cr.dec), len(cr.dec)})
				return line, nil, nil
			}
			continue
		}
		j := bytes.IndexByte(b[i:], cr.sep)
		end := len(b)
		if j >= 0 {
			end = i + j
		}
		// A quote inside an unquoted field is taken as it is (encoding/csv's
		// LazyQuotes, for unquoted fields only): headlines quote people,
		// and `Minister says "no" to talks` is a headline, not a broken row.
		f := b[i:end]
		start := len(cr.dec)
		cr.dec = append(cr.dec, f...)
		cr.fields = append(cr.fields, [2]int{start, len(cr.dec)})
		if j < 0 {
			return line, nil, nil
		}
		i = end + 1
		if i == len(b) {
			cr.fields = append(cr.fields, [2]int{len(cr.dec), len(cr.dec)})
			return line, nil, nil
		}
	}
}

// field returns field i of the record just read.
func (cr *csvReader) field(i int) []byte {
	f := cr.fields[i]
	return cr.dec[f[0]:f[1]]
}
