package twtext

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// Config is a weighted-length configuration in the format of twitter-text's
// config/v1.json, v2.json and v3.json: each code point weighs the weight of
// the first range holding it, or DefaultWeight; a URL weighs
// TransformedURLLength·Scale; with emoji parsing, an emoji sequence weighs
// DefaultWeight once. Lengths are reported divided by Scale.
//
// A Config is immutable once made by [ParseConfig], [V2] or [V3] and safe
// for concurrent use. The zero Config measures like V3.
type Config struct {
	version              int
	maxWeightedLength    int
	scale                int
	defaultWeight        int
	transformedURLLength int
	emojiParsingEnabled  bool
	ranges               []weightRange
	ascii                [utf8.RuneSelf]int32 // weight of each ASCII character, from ranges
	asciiWeight          int32                // the weight of every ASCII character if all weigh the same, else -1
}

type weightRange struct{ start, end, weight int }

// configJSON mirrors twitter-text's configuration files.
type configJSON struct {
	Version                int  `json:"version"`
	MaxWeightedTweetLength *int `json:"maxWeightedTweetLength"`
	Scale                  *int `json:"scale"`
	DefaultWeight          *int `json:"defaultWeight"`
	TransformedURLLength   *int `json:"transformedURLLength"`
	EmojiParsingEnabled    bool `json:"emojiParsingEnabled"`
	Ranges                 []struct {
		Start  int `json:"start"`
		End    int `json:"end"`
		Weight int `json:"weight"`
	} `json:"ranges"`
}

// ConfigError reports a configuration that cannot be used.
type ConfigError struct {
	Field string // JSON field at fault, "" for a syntax error
	Err   error
}

func (e *ConfigError) Error() string {
	if e.Field == "" {
		return "twtext: config: " + e.Err.Error()
	}
	return "twtext: config: " + e.Field + ": " + e.Err.Error()
}

func (e *ConfigError) Unwrap() error { return e.Err }

// ParseConfig parses a twitter-text configuration JSON document. Every
// field but version, emojiParsingEnabled and ranges is required, and scale
// and maxWeightedTweetLength must be positive.
func ParseConfig(data []byte) (*Config, error) {
	var j configJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return nil, &ConfigError{Err: err}
	}
	required := []struct {
		name     string
		v        *int
		positive bool
	}{
		{"maxWeightedTweetLength", j.MaxWeightedTweetLength, true},
		{"scale", j.Scale, true},
		{"defaultWeight", j.DefaultWeight, false},
		{"transformedURLLength", j.TransformedURLLength, false},
	}
	for _, f := range required {
		switch {
		case f.v == nil:
			return nil, &ConfigError{Field: f.name, Err: fmt.Errorf("missing")}
		case f.positive && *f.v <= 0, *f.v < 0:
			return nil, &ConfigError{Field: f.name, Err: fmt.Errorf("must be positive, got %d", *f.v)}
		}
	}
	c := &Config{
		version:              j.Version,
		maxWeightedLength:    *j.MaxWeightedTweetLength,
		scale:                *j.Scale,
		defaultWeight:        *j.DefaultWeight,
		transformedURLLength: *j.TransformedURLLength,
		emojiParsingEnabled:  j.EmojiParsingEnabled,
	}
	for i, r := range j.Ranges {
		if r.Start > r.End || r.Weight < 0 {
			return nil, &ConfigError{Field: fmt.Sprintf("ranges[%d]", i),
				Err: fmt.Errorf("want start <= end and weight >= 0, got %d-%d weight %d", r.Start, r.End, r.Weight)}
		}
		c.ranges = append(c.ranges, weightRange{r.Start, r.End, r.Weight})
	}
	return c.withASCII(), nil
}

// withASCII fills the ASCII weight table, so the common case skips the
// range search.
func (c *Config) withASCII() *Config {
	for b := range c.ascii {
		c.ascii[b] = int32(c.weight(rune(b)))
	}
	// Every configuration Twitter published weighs ASCII uniformly, which
	// lets Parse weigh a run of ASCII by its length.
	c.asciiWeight = c.ascii[0]
	for _, w := range c.ascii {
		if w != c.asciiWeight {
			c.asciiWeight = -1
		}
	}
	return c
}

// URLWeight is what every URL weighs under the v2 and v3 configurations
// (their transformedURLLength), whatever its length.
const URLWeight = 23

// Twitter's v2 and v3 configurations (config/v2.json, v3.json): 280
// weighted characters, Latin and common punctuation weigh 1, everything else
// 2, URLs 23. v3 also counts every emoji sequence as 2.
var (
	v2 = (&Config{
		version: 2, maxWeightedLength: 280, scale: 100, defaultWeight: 200, transformedURLLength: URLWeight,
		ranges: []weightRange{{0, 4351, 100}, {8192, 8205, 100}, {8208, 8223, 100}, {8242, 8247, 100}},
	}).withASCII()
	v3 = (&Config{
		version: 3, maxWeightedLength: 280, scale: 100, defaultWeight: 200, transformedURLLength: URLWeight,
		emojiParsingEnabled: true,
		ranges:              []weightRange{{0, 4351, 100}, {8192, 8205, 100}, {8208, 8223, 100}, {8242, 8247, 100}},
	}).withASCII()
)

// V2 returns twitter-text's v2 configuration: 280, emoji not discounted.
func V2() *Config { return v2 }

// V3 returns twitter-text's current (v3) configuration: 280, emoji discounted.
func V3() *Config { return v3 }

// Version returns the configuration's version number.
func (c *Config) Version() int { return c.version }

// MaxWeightedLength returns the longest valid weighted length (280 for v3).
func (c *Config) MaxWeightedLength() int { return c.maxWeightedLength }

// TransformedURLLength returns the weighted length of every URL (23 for v3).
func (c *Config) TransformedURLLength() int { return c.transformedURLLength }

// EmojiParsingEnabled reports whether emoji sequences count as one
// default-weight character.
func (c *Config) EmojiParsingEnabled() bool { return c.emojiParsingEnabled }

// weight returns the scaled weight of one UTF-16 code unit, as
// twitter-text's getCharacterWeight.
func (c *Config) weight(u rune) int {
	for _, r := range c.ranges {
		if int(u) >= r.start && int(u) <= r.end {
			return r.weight
		}
	}
	return c.defaultWeight
}
