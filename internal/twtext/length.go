package twtext

import (
	"math"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Result is twitter-text's parseTweet result. Ranges are inclusive and, as
// in twitter-text, measured in UTF-16 code units of the original text.
type Result struct {
	WeightedLength int  // weighted length, in characters (scaled down)
	Valid          bool // non-empty, within the limit, no invalid characters
	Permillage     int  // weighted length per mille of the limit
	// ValidRangeEnd is the last UTF-16 index still within the limit.
	ValidRangeStart, ValidRangeEnd int
	// DisplayRangeEnd is the last UTF-16 index of the text.
	DisplayRangeStart, DisplayRangeEnd int
}

// WeightedLength returns text's length as twitter-text's parseTweet reports
// weightedLength under c. Weights that are not whole multiples of the scale
// are rounded down at the end, where twitter-text returns a fraction.
func (c *Config) WeightedLength(text string) int { return c.Parse(text).WeightedLength }

// Parse measures text as twitter-text's parseTweet does: NFC-normalize,
// count each URL as TransformedURLLength, each emoji sequence (when
// enabled) as DefaultWeight, every other code point by its range weight.
// It allocates only to normalize text that is not already NFC.
func (c *Config) Parse(text string) Result {
	if c.scale <= 0 {
		c = v3 // the zero Config measures like V3
	}
	normalized := text
	ascii := isASCII(text)
	// QuickSpanString, unlike IsNormalString, does not allocate; it may stop
	// early on text that is normal after all, which String then returns.
	if !ascii && norm.NFC.QuickSpanString(text) < len(text) {
		normalized = norm.NFC.String(text)
	}
	var buf [8]urlSpan
	urls := appendURLSpans(buf[:0], normalized)

	t := tally{max: c.maxWeightedLength * c.scale, valid: true}
	// No emoji sequence is all ASCII: ASCII text needs no search.
	scan := !ascii && c.emojiParsingEnabled
	emoji := emojiScanner{text: normalized, start: -1}
	for i := 0; i < len(normalized); {
		for len(urls) > 0 && urls[0].start < i {
			urls = urls[1:] // began inside an emoji sequence: weighed as text
		}
		if len(urls) > 0 && urls[0].start == i {
			s := normalized[i:urls[0].end]
			i = urls[0].end
			urls = urls[1:]
			units := len(s)
			if !ascii {
				units = utf16Len(s)
			}
			t.add(c.transformedURLLength*c.scale, units, s)
			continue
		}
		// A URL is looked for first, then an emoji sequence, as parseTweet
		// does.
		es := len(normalized)
		if scan {
			var ee int
			if es, ee = emoji.next(i); es == i {
				s := normalized[i:ee]
				i = ee
				t.add(c.defaultWeight, utf16Len(s), s)
				continue
			}
		}
		// ASCII up to the next URL or emoji sequence at once.
		stop := len(normalized)
		if len(urls) > 0 {
			stop = urls[0].start
		}
		stop = min(stop, es)
		j := stop
		if !ascii {
			j = i + indexNonASCII(normalized[i:stop])
		}
		if j > i {
			if w := int(c.asciiWeight); w >= 0 {
				t.addRun(w, j-i)
			} else {
				for k := i; k < j; k++ {
					t.weighted += int(c.ascii[normalized[k]])
					if t.valid && t.weighted <= t.max {
						t.validIndex = t.u16 + k - i
					}
				}
				t.u16 += j - i
			}
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(normalized[i:])
		s := normalized[i : i+size]
		i += size
		if r > 0xFFFF {
			// twitter-text weighs the low surrogate of a pair.
			t.add(c.weight(0xDC00+(r-0x10000)&0x3FF), 2, s)
		} else {
			t.add(c.weight(r), 1, s)
		}
	}
	weighted, valid, validIndex, u16 := t.weighted, t.valid, t.validIndex, t.u16
	max := t.max

	length := float64(weighted) / float64(c.scale)
	res := Result{
		WeightedLength: weighted / c.scale,
		Valid:          valid && weighted > 0 && weighted <= max,
		Permillage:     int(math.Floor(length / float64(c.maxWeightedLength) * 1000)),
		ValidRangeEnd:  validIndex,
	}
	n := len(text)
	if !ascii {
		n = utf16Len(text)
	}
	if n > 0 {
		res.DisplayRangeEnd = n - 1
		// twitter-text shifts the valid range by the length normalization
		// removed, however far into the text that happened.
		res.ValidRangeEnd += n - u16
	}
	return res
}

// tally accumulates parseTweet's running state.
type tally struct {
	max        int  // scaled limit
	weighted   int  // scaled weighted length so far
	valid      bool // no invalid character seen
	u16        int  // UTF-16 length counted so far
	validIndex int  // UTF-16 index of the last character within the limit
}

// add counts a character or entity s of the given weight and UTF-16 length.
// Like twitter-text it checks only the last code unit for invalid
// characters, and the entity ends the valid range if it fits.
func (t *tally) add(weight, units int, s string) {
	t.weighted += weight
	t.u16 += units
	if t.valid {
		r, _ := utf8.DecodeLastRuneInString(s)
		t.valid = !isInvalidChar(r)
	}
	if t.valid && t.weighted <= t.max {
		t.validIndex = t.u16 - 1
	}
}

// addRun counts n characters of weight w, each one code unit and none
// invalid. Weights are not negative, so the characters within the limit are
// a prefix of the run.
func (t *tally) addRun(w, n int) {
	before := t.weighted
	t.weighted += w * n
	if t.valid && before <= t.max {
		fit := n
		if w > 0 {
			fit = min(n, (t.max-before)/w)
		}
		if fit > 0 {
			t.validIndex = t.u16 + fit - 1
		}
	}
	t.u16 += n
}

func isASCII(s string) bool { return indexNonASCII(s) == len(s) }

// indexNonASCII returns the index of the first byte of s that is not ASCII,
// or len(s). It tests eight bytes at a time.
func indexNonASCII(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if (s[i]|s[i+1]|s[i+2]|s[i+3]|s[i+4]|s[i+5]|s[i+6]|s[i+7])&0x80 != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return i
}
