// Package pieces splits a word run into the parts a dictionary segmenter
// leaves to simpler rules: runs of Latin letters and runs of digits are
// words of their own ("NBA停摆可能性为50" → NBA, 停摆可能性为, 50), so the
// dictionary only ever sees the script it knows.
package pieces

import (
	"unicode"
	"unicode/utf8"
)

// Class is what a Piece holds.
type Class uint8

const (
	Script Class = iota // text of the segmenter's own script (and anything else)
	Latin               // Latin letters, with the marks that follow them
	Digit               // decimal digits of any script (0-9, ０-９, ๐-๙)
)

// Piece is a byte span of a run, End exclusive.
type Piece struct {
	Start, End int
	Class      Class
}

// Split appends the pieces of run to dst and returns it. The pieces cover
// run in order without gaps; a combining mark stays with the piece before
// it. Invalid UTF-8 goes to the Script piece it falls in.
func Split(dst []Piece, run string) []Piece {
	for i := 0; i < len(run); {
		r, n := utf8.DecodeRuneInString(run[i:])
		c := classOf(r)
		// A rune of the last piece's class extends it (Script runs too: that
		// test comes before the costlier one for a combining mark).
		if len(dst) > 0 && dst[len(dst)-1].Class == c && dst[len(dst)-1].End == i {
			dst[len(dst)-1].End = i + n
		} else if unicode.Is(unicode.Mn, r) && len(dst) > 0 && dst[len(dst)-1].End == i {
			dst[len(dst)-1].End = i + n
		} else {
			dst = append(dst, Piece{Start: i, End: i + n, Class: c})
		}
		i += n
	}
	return dst
}

// kanaAndHanFirst and kanaAndHanLast bound Hiragana, Katakana, the CJK
// blocks that follow them and the CJK Unified Ideographs.
const (
	kanaAndHanFirst = 0x3040
	kanaAndHanLast  = 0x9FFF
)

func classOf(r rune) Class {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case '0' <= r && r <= '9':
			return Digit
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
			return Latin
		}
		return Script
	case kanaAndHanFirst <= r && r <= kanaAndHanLast:
		// Kana, CJK symbols and ideographs, most of what Chinese and
		// Japanese text holds: no digit and no Latin letter among them
		// (TestClassOfKanaAndHan), so the table searches below are skipped.
		return Script
	case unicode.IsDigit(r):
		return Digit
	case unicode.Is(unicode.Latin, r) && unicode.IsLetter(r):
		// (The Latin script has numbers that are no letters too: the
		// Roman numerals ↆ, Ⅻ. A piece of them is no word.)
		return Latin
	}
	return Script
}

// AllUpper reports whether the Latin piece s has at least two letters and
// no lower-case one: an acronym or a name in capitals (NBA, NHK).
func AllUpper(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
