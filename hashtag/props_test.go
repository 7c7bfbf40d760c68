package hashtag

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// checkProperties asserts the invariants of Derive and Line on one input:
// valid UTF-8 NFC output, every tag valid and extracted back exactly, no
// case-insensitive duplicates, spans within the input, Line agreeing with
// Derive, Max respected.
func checkProperties(t testing.TB, g *Generator, in string) {
	t.Helper()
	tags := g.Derive(in)
	line := g.Line(in)
	var texts []string
	seen := make(map[string]bool)
	for _, tag := range tags {
		texts = append(texts, "#"+tag.Text)
		switch {
		case !utf8.ValidString(tag.Text):
			t.Errorf("Derive(%q): tag %q is not valid UTF-8", in, tag.Text)
		case !norm.NFC.IsNormalString(tag.Text):
			t.Errorf("Derive(%q): tag %q is not NFC", in, tag.Text)
		case !Valid(tag.Text):
			t.Errorf("Derive(%q): Valid(%q) = false; want true (a character X does not allow in hashtags, or no letter)", in, tag.Text)
		}
		if got := Extract("#" + tag.Text); len(got) != 1 || got[0].Text != tag.Text ||
			got[0].Indices[0] != 0 || got[0].Indices[1] != 1+utf8.RuneCountInString(tag.Text) {
			t.Errorf("Extract(%q) = %+v; want exactly that tag", "#"+tag.Text, got)
		}
		if k := strings.ToLower(tag.Text); seen[k] {
			t.Errorf("Derive(%q): duplicate tag %q", in, tag.Text)
		} else {
			seen[k] = true
		}
		if tag.Start < 0 || tag.End > len(in) || tag.Start >= tag.End {
			t.Errorf("Derive(%q): tag %q has span [%d,%d) outside the input (%d bytes)", in, tag.Text, tag.Start, tag.End, len(in))
		}
	}
	if want := strings.Join(texts, " "); line != want {
		t.Errorf("Line(%q) = %q; want %q (as Derive)", in, line, want)
	}
	if max := g.opts.Max; max > 0 && len(tags) > max {
		t.Errorf("Derive(%q) gave %d tags; want at most Max=%d", in, len(tags), max)
	}
}
