package share

import (
	"os"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/sharekit/sharekit/internal/sharedfiles"
)

func TestLength(t *testing.T) {
	tests := []struct {
		network, text string
		want          int
	}{
		{"x", "", 0},
		{"x", "hello", 5},
		{"x", "東京", 4},
		{"x", "Hi http://test.co", 26},
		{"x", "see example.com", 27},                                // a URL without scheme counts 23 too
		{"x", "👩🏽‍🚀", 2},                                            // an emoji sequence weighs 2
		{"bluesky", "👩🏽‍🚀🇯🇵e\u0301", 3},                             // graphemes
		{"bluesky", "a\r\nb\n\r", 5},                                // CR LF is one grapheme
		{"threads", "👩🏽‍🚀", 4},                                      // code points
		{"mastodon", "Hi https://example.com/a/very/long/path", 26}, // URL counts 23
		{"mastodon", "Hi example.com/a/very/long/path", 31},         // no scheme: its characters
		{"unknown-network", "東京", 2},
	}
	for _, tt := range tests {
		t.Run(tt.network+"/"+tt.text, func(t *testing.T) {
			if got := Length(tt.network, tt.text); got != tt.want {
				t.Errorf("Length(%q, %q) = %d; want %d", tt.network, tt.text, got, tt.want)
			}
		})
	}
}

// validateFile is the part of twitter-text's validate.yml read here.
type validateFile struct {
	Tests map[string][]struct {
		Description string `yaml:"description"`
		Text        string `yaml:"text"`
		Expected    yaml.Node
	} `yaml:"tests"`
}

func readValidate(t *testing.T) validateFile {
	t.Helper()
	path, err := sharedfiles.Path("conformance", "twitter-text", "validate.yml")
	if err != nil {
		t.Skip(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v validateFile
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return v
}

// TestLengthConformance runs twitter-text's weighted-length cases through
// share's public API: Length("x", …) under config v3, and a network
// registered with config v2 for WeightedTweetsCounterTest.
func TestLengthConformance(t *testing.T) {
	v := readValidate(t)
	r := &Registry{}
	v2path, err := sharedfiles.Path("conformance", "twitter-text", "config", "v2.json")
	if err != nil {
		t.Skip(err)
	}
	v2data, err := os.ReadFile(v2path)
	if err != nil {
		t.Fatal(err)
	}
	w2, err := ParseWeighting(v2data)
	if err != nil {
		t.Fatalf("ParseWeighting(v2.json): %v", err)
	}
	if err := r.Register(Network{Name: "x-v2", Limit: 280, Count: Weighted, Weighting: w2, Template: "https://x.com/intent/tweet?text={text}"}); err != nil {
		t.Fatal(err)
	}
	suites := []struct{ name, network string }{
		{"WeightedTweetsWithDiscountedEmojiCounterTest", "x"},
		{"UnicodeDirectionalMarkerCounterTest", "x"},
		{"WeightedTweetsCounterTest", "x-v2"},
	}
	for _, s := range suites {
		cases := v.Tests[s.name]
		if len(cases) == 0 {
			t.Errorf("%s: no cases in validate.yml", s.name)
		}
		for _, tc := range cases {
			t.Run(s.name+"/"+tc.Description, func(t *testing.T) {
				var exp struct {
					WeightedLength int `yaml:"weightedLength"`
				}
				if err := tc.Expected.Decode(&exp); err != nil {
					t.Fatal(err)
				}
				if got := r.Length(s.network, tc.Text); got != exp.WeightedLength {
					t.Errorf("Length(%q, %q) = %d; want weightedLength %d", s.network, tc.Text, got, exp.WeightedLength)
				}
			})
		}
	}
}

func TestCountingString(t *testing.T) {
	for c, want := range map[Counting]string{CodePoints: "code points", Graphemes: "graphemes", Weighted: "weighted", 7: "Counting(7)"} {
		if got := c.String(); got != want {
			t.Errorf("Counting(%d).String() = %q; want %q", int(c), got, want)
		}
	}
}
