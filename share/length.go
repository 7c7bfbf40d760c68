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
		return c.Weighting.Length(text)
	case Graphemes:
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

func runeCount(s string) int { return utf8.RuneCountInString(s) }

func hasHTTPScheme(u string) bool {
	return len(u) >= 7 && strings.EqualFold(u[:7], "http://") ||
		len(u) >= 8 && strings.EqualFold(u[:8], "https://")
}
