// Package ascii passes runs of ASCII bytes eight at a time: the one home of
// the word-at-a-time bit tricks that share (cleaning, measuring, checking
// page URLs) and internal/batch (writing JSON) use on their hot paths,
// where headlines, URLs and posts are long runs of plain ASCII.
//
// A [Class] is a range of ASCII bytes less at most two; [Class.Span] is the
// length of the longest prefix of a string made of the class's bytes.
package ascii

import "unicode/utf8"

// Class is a set of ASCII bytes: those from lo to hi, except the (at most
// two) bytes of not. Make one with [Range] and [Class.Except]. It is a plain
// value, safe for concurrent use.
type Class struct {
	lo, hi byte
	not    [2]byte
	nots   int
}

// Range is the class of the bytes from lo to hi, both at most 0x7F.
func Range(lo, hi byte) Class {
	if hi >= utf8.RuneSelf {
		hi = utf8.RuneSelf - 1
	}
	return Class{lo: lo, hi: hi}
}

// Except is c without b (at most two bytes can be left out: a third one
// panics, a programming error).
func (c Class) Except(b byte) Class {
	c.not[c.nots] = b
	c.nots++
	return c
}

// The classes share and batch use.
var (
	// All is every ASCII byte.
	All = Range(0, 0x7F)
	// Printable is the bytes from ' ' to '~': no control byte, no DEL.
	Printable = Range(' ', '~')
	// Graphic is Printable without the space.
	Graphic = Range('!', '~')
	// JSONSafe is the bytes a JSON string holds as they are: no control
	// byte, no '"' and no '\'. (DEL may stand as it is.)
	JSONSafe = Range(' ', 0x7F).Except('"').Except('\\')
)

// Has reports whether b is in c.
func (c Class) Has(b byte) bool {
	if b < c.lo || b > c.hi {
		return false
	}
	for _, n := range c.not[:c.nots] {
		if b == n {
			return false
		}
	}
	return true
}

// Word-at-a-time constants: a one and a high bit in every byte.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// Span returns the length of the longest prefix of s whose bytes are all in
// c. It tests eight bytes at a time with the classic "has a byte less than
// n", "has a byte more than n" and "has a zero byte" tricks (exact for
// "any byte" once no byte has its high bit set), then finishes byte by
// byte.
func (c Class) Span(s string) int {
	lo, hi := ones*uint64(c.lo), ones*uint64(0x7F-c.hi)
	not0, not1 := ones*uint64(c.not[0]), ones*uint64(c.not[1])
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		bad := w | (w-lo)&^w | (w + hi)
		if c.nots > 0 {
			x := w ^ not0 // a zero byte where w has not[0]
			bad |= (x - ones) &^ x
			if c.nots > 1 {
				x = w ^ not1
				bad |= (x - ones) &^ x
			}
		}
		if bad&highs != 0 {
			break
		}
	}
	for i < len(s) && c.Has(s[i]) {
		i++
	}
	return i
}

// Is reports whether every byte of s is in c.
func (c Class) Is(s string) bool { return c.Span(s) == len(s) }
