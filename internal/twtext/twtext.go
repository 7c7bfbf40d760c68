// Package twtext implements the parts of Twitter's twitter-text library that
// sharekit needs: URL recognition, hashtag extraction and validation, and the
// weighted tweet length. It is internal because its API follows twitter-text's
// concepts rather than sharekit's; hashtag and share expose it.
package twtext

// URL is a URL recognised in text, as twitter-text's extractUrlsWithIndices
// reports it. Start/End are code-point offsets (end exclusive);
// ByteStart/ByteEnd are the same span in bytes.
type URL struct {
	URL                string
	Start, End         int
	ByteStart, ByteEnd int
}

// Hashtag is a hashtag found in text. Text excludes the '#'. Start/End are
// code-point offsets starting at the '#' (end exclusive); ByteStart/ByteEnd
// are the same span in bytes.
type Hashtag struct {
	Text               string
	Start, End         int
	ByteStart, ByteEnd int
}

// ExtractURLs returns the URLs in text, in order (twitter-text extractUrlsWithIndices).
func ExtractURLs(text string) []URL { panic("twtext: not implemented") }

// ExtractHashtags returns the hashtags in text, in order, excluding those inside URLs
// (twitter-text extractHashtagsWithIndices).
func ExtractHashtags(text string) []Hashtag { panic("twtext: not implemented") }

// ValidHashtag reports whether tag (without '#') is a valid hashtag on its own.
func ValidHashtag(tag string) bool { panic("twtext: not implemented") }

// Config is a weighted-length configuration (twitter-text config/v2.json, v3.json).
type Config struct{}

// ParseConfig parses a twitter-text configuration JSON document.
func ParseConfig(data []byte) (*Config, error) { panic("twtext: not implemented") }

// V3 returns twitter-text's current (v3) configuration: 280, emoji discounted.
func V3() *Config { panic("twtext: not implemented") }

// WeightedLength returns text's length as twitter-text's parseTweet reports
// weightedLength under c.
func (c *Config) WeightedLength(text string) int { panic("twtext: not implemented") }
