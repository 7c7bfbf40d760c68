package hashtag

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// twtextReady reports whether internal/twtext implements ValidHashtag and
// ExtractHashtags yet (it is written concurrently; until then its
// functions panic and the properties that need it are checked with
// localValid only).
var twtextReady = func() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	Valid("x")
	Extract("#x")
	return true
}()

// localValid mirrors the part of twitter-text's hashtag rule that tags must
// meet: only \p{L}\p{M}\p{Nd}, '_', ZWNJ, ZWJ, and at least one letter.
func localValid(tag string) bool {
	letter := false
	for _, r := range tag {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsMark(r), unicode.IsDigit(r), r == '_', r == '\u200c', r == '\u200d':
		default:
			return false
		}
	}
	return letter
}

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
		case !localValid(tag.Text):
			t.Errorf("Derive(%q): tag %q has a character X does not allow in hashtags, or no letter", in, tag.Text)
		}
		if twtextReady {
			if !Valid(tag.Text) {
				t.Errorf("Derive(%q): Valid(%q) = false; want true", in, tag.Text)
			}
			if got := Extract("#" + tag.Text); len(got) != 1 || got[0].Text != tag.Text ||
				got[0].Indices[0] != 0 || got[0].Indices[1] != 1+utf8.RuneCountInString(tag.Text) {
				t.Errorf("Extract(%q) = %+v; want exactly that tag", "#"+tag.Text, got)
			}
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
