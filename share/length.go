package share

import (
	"strings"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"github.com/sharekit/sharekit/internal/twtext"
)

// length counts text as c does. It is never negative.
func (c *compiled) length(text string) int {
	switch c.Count {
	case Weighted:
		if c.Weighting == nil {
			if n, ok := asciiWeightedV3(text); ok {
				return n
			}
		}
		return c.Weighting.Length(text)
	case Graphemes:
		if isASCII(text) {
			// In ASCII only CR LF joins into one cluster (UAX #29 GB3).
			return len(text) - strings.Count(text, "\r\n")
		}
		return uniseg.GraphemeClusterCount(text)
	}
	n := runeCount(text)
	if c.URLLength > 0 && mayHaveEntity(text) {
		// Mastodon gives the concession only to URLs it will link, those
		// with a scheme; a bare example.com counts its characters.
		for _, u := range twtext.ExtractURLs(text) {
			if hasHTTPScheme(u.URL) {
				n += c.URLLength - (u.End - u.Start)
			}
		}
	}
	return n
}

// asciiWeightedV3 is twitter-text's v3 weighted length for ASCII text,
// without the per-code-point weighing: every ASCII character weighs 1, NFC
// leaves ASCII as is, no emoji sequence is all ASCII, and each URL counts
// 23 whatever its length. It reports false for non-ASCII text. FuzzLength
// checks it against twtext on every input.
func asciiWeightedV3(text string) (int, bool) {
	dot := false
	for i := 0; i < len(text); i++ {
		switch b := text[i]; {
		case b >= utf8.RuneSelf:
			return 0, false
		case b == '.':
			dot = true
		}
	}
	n := len(text)
	if dot { // a URL needs a '.'
		for _, u := range twtext.ExtractURLs(text) {
			n += 23 - (u.End - u.Start)
		}
	}
	return n, true
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }

func hasHTTPScheme(u string) bool {
	return len(u) >= 7 && strings.EqualFold(u[:7], "http://") ||
		len(u) >= 8 && strings.EqualFold(u[:8], "https://")
}

// surelyFits reports, from an upper bound cheaper than the count itself,
// that text is within limit as c counts it. False means "count it".
// The bounds: graphemes never outnumber code points; each URL (which needs
// a '.') adds at most URLLength (Mastodon) or, for X's v3 weighting, 23. A caller-supplied Weighting
// gets no shortcut, as its weights are unknown here.
func (c *compiled) surelyFits(text string, limit int) bool {
	if len(text) <= limit && c.Count == Graphemes {
		return true // bytes ≥ code points ≥ graphemes
	}
	switch c.Count {
	case Graphemes:
		return runeCount(text) <= limit
	case CodePoints:
		if c.URLLength == 0 {
			return false // the count is as cheap as any bound
		}
		return runeCount(text)+c.URLLength*strings.Count(text, ".") <= limit
	case Weighted:
		if c.Weighting != nil {
			return false
		}
		// v3 weighs a code point 1 or 2 and an emoji sequence 2, so ASCII
		// bytes at 1 and other code points at 2 bound the count (an emoji
		// sequence holds at least one non-ASCII code point), plus at most
		// 23 for each URL, which needs a '.'. NFC could add code points, so
		// the bound holds only for text already in NFC.
		n, dots, ascii := 0, 0, true
		for i := 0; i < len(text); {
			b := text[i]
			if b < utf8.RuneSelf {
				if b == '.' {
					dots++
				}
				n++
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && size == 1 {
				return false
			}
			ascii = false
			n += 2
			i += size
		}
		if n+23*dots > limit {
			return false
		}
		return ascii || isNFC(text)
	}
	return false
}
