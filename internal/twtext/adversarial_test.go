package twtext

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

//go:generate node testdata/adversarial.js

// weightCase is one text of the adversarial set with what twitter-text
// 3.1.0's parseTweet says of it.
type weightCase struct {
	Rule           string `json:"rule"`
	Text           string `json:"text"`
	WeightedLength int    `json:"weightedLength"`
	Valid          bool   `json:"valid"`
}

// loadWeightCases reads a golden file written by testdata/adversarial.js.
func loadWeightCases(t *testing.T, name string) []weightCase {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	var doc struct {
		Source string
		Cases  []weightCase
	}
	if err := json.NewDecoder(r).Decode(&doc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !strings.HasPrefix(doc.Source, "twitter-text 3.1.0 ") || len(doc.Cases) == 0 {
		t.Fatalf("%s: source %q with %d cases; want twitter-text 3.1.0's weights", name, doc.Source, len(doc.Cases))
	}
	return doc.Cases
}

// TestAdversarialWeights guards the weighted length against undercounting
// emoji: on texts built from twitter-text's rules (ZWJ chains of any
// length, tag sequences, lone and doubled skin tones, keycaps, every
// regional-indicator pair, variation selectors, invalid characters, and a
// sweep of the symbol and emoji blocks), Parse gives the weightedLength and
// valid that the real npm twitter-text 3.1.0 gave (testdata/adversarial.js).
func TestAdversarialWeights(t *testing.T) {
	c := V3()
	for _, file := range []string{"adversarial.json", "sweep.json.gz"} {
		t.Run(file, func(t *testing.T) {
			bad := 0
			for _, tc := range loadWeightCases(t, file) {
				r := c.Parse(tc.Text)
				if r.WeightedLength != tc.WeightedLength || r.Valid != tc.Valid {
					bad++
					if bad <= 20 {
						t.Errorf("%s: Parse(%+q) = %d, valid %v; twitter-text 3.1.0 says %d, valid %v",
							tc.Rule, tc.Text, r.WeightedLength, r.Valid, tc.WeightedLength, tc.Valid)
					}
				}
			}
			if bad > 20 {
				t.Errorf("… %d cases differ in all", bad)
			}
		})
	}
}

// TestEmojiChainWeighsItsParts guards the cases of issue 10: a chain of
// emoji of any length weighs what its parts weigh, not 2. The weights are
// what twitter-text 3.1.0's parseTweet gives.
func TestEmojiChainWeighsItsParts(t *testing.T) {
	woman, zwj := "\U0001F469", "\u200D"
	tests := []struct {
		name string
		text string
		want int
	}{
		{"1001 women joined by ZWJ and a URL", strings.Repeat(woman+zwj, 1000) + woman + " https://example.com/a", 3026},
		{"black flag, 1000 tag characters and a cancel tag", "\U0001F3F4" + strings.Repeat("\U000E0061", 1000) + "\U000E007F", 2004},
		{"500 hearts joined by ZWJ", strings.Repeat("\u2764\uFE0F"+zwj, 499) + "\u2764\uFE0F", 1499},
		{"family, known", "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466", 2},
	}
	for _, tt := range tests {
		if got := V3().WeightedLength(tt.text); got != tt.want {
			t.Errorf("%s: WeightedLength = %d; want %d", tt.name, got, tt.want)
		}
	}
}
