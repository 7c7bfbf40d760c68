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
// leaves ASCII as is, no emoji sequence is all ASCII, and each URL weighs
// twtext.URLWeight whatever its length. It reports false for non-ASCII
// text. FuzzLength checks it against twtext on every input.
func asciiWeightedV3(text string) (int, bool) {
	if !isASCII(text) {
		return 0, false
	}
	n := len(text)
	if strings.IndexByte(text, '.') >= 0 { // a URL needs a '.'
		for _, u := range twtext.ExtractURLs(text) {
			n += twtext.URLWeight - (u.End - u.Start)
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
// that text is within limit as c counts it: the bound of [compiled.fitsMeasure]
// over text's measure. False means "count it".
func (c *compiled) surelyFits(text string, limit int) bool {
	if len(text) <= limit && (c.Count == Graphemes || c.Count == CodePoints && c.URLLength == 0) {
		// fitsMeasure's bound with bytes for the count, which they bound
		// (bytes ≥ code points ≥ graphemes): decided without a pass.
		return true
	}
	return c.fitsMeasure(measureOf(text), 0, limit)
}
