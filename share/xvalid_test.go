package share

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sharekit/sharekit/internal/twtext"
)

// TestComposedTextDropsInvalidChars guards that no composed text keeps
// U+FEFF, U+FFFE or U+FFFF, which real Yoruba headlines carry inside words
// and which make twitter-text call a tweet invalid: not the post of any
// network, not a hashtag, not the link's text.
func TestComposedTextDropsInvalidChars(t *testing.T) {
	p := Post{
		URL:      "https://example.com/a",
		Title:    "Ìjọba\uFEFF àpapọ̀ \uFFFEkéde\uFFFF ètò",
		Text:     "Ọ̀rọ̀\uFEFF\nmíràn",
		Hashtags: []string{"Nàìjíríà\uFEFF"},
	}
	for _, n := range Networks() {
		p := p
		p.Instance = "m.example"
		post, err := Compose(n.Name, p)
		if err != nil {
			t.Fatalf("Compose(%s): %v", n.Name, err)
		}
		link, err := URL(n.Name, p)
		if err != nil {
			t.Fatalf("URL(%s): %v", n.Name, err)
		}
		for _, bad := range []string{"\uFEFF", "\uFFFE", "\uFFFF"} {
			if strings.Contains(post, bad) {
				t.Errorf("Compose(%s) = %+q; keeps %+q", n.Name, post, bad)
			}
			if enc := escape(bad, false); strings.Contains(link, enc) {
				t.Errorf("URL(%s) = %q; keeps %s", n.Name, link, enc)
			}
		}
	}
	d, err := Draft("x", p)
	if err != nil {
		t.Fatal(err)
	}
	if !twtext.V3().Parse(d.Text).Valid {
		t.Errorf("Draft(x).Text = %+q; twitter-text calls it invalid", d.Text)
	}
}

// TestDraftNeverFitsWhatXRefuses guards that X's length never undercounts:
// for every text of twtext's adversarial set (weights from the real
// twitter-text 3.1.0), Length("x") is twitter-text's weightedLength, and a
// Draft built from it as a headline is one X accepts: within 280 as
// twitter-text counts it, and valid.
func TestDraftNeverFitsWhatXRefuses(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "internal", "twtext", "testdata", "adversarial.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Cases []struct {
			Rule           string
			Text           string
			WeightedLength int
		}
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	v3 := twtext.V3()
	for _, tc := range doc.Cases {
		if got := Length("x", tc.Text); got != tc.WeightedLength {
			t.Errorf("%s: Length(x, %+q) = %d; twitter-text 3.1.0 says %d", tc.Rule, tc.Text, got, tc.WeightedLength)
		}
		for _, p := range []Post{
			{URL: "https://example.com/a", Title: tc.Text},
			{URL: "https://example.com/a", Title: strings.Repeat(tc.Text+" ", 40)},
			{URL: "https://example.com/a", Title: "News", Text: tc.Text, Hashtags: []string{"a", "b"}, Via: "sharekit"},
		} {
			d, err := Draft("x", p)
			if err != nil {
				t.Fatalf("%s: Draft(x): %v", tc.Rule, err)
			}
			r := v3.Parse(d.Text)
			if d.Length != r.WeightedLength || r.WeightedLength > 280 || !r.Valid {
				t.Errorf("%s: Draft(x) = %+q, length %d; twitter-text counts %d (valid %v) of 280", tc.Rule, d.Text, d.Length, r.WeightedLength, r.Valid)
			}
		}
	}
}
