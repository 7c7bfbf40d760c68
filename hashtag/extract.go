package hashtag

import (
	"github.com/dghubble/go-twitter/twitter"
	"github.com/sharekit/sharekit/internal/twtext"
)

// Valid reports whether tag (without '#') is valid as a hashtag on its own on
// X, by twitter-text's rules: hashtag characters only (letters, marks,
// decimal digits, '_', ZWNJ, ZWJ and a few others) and at least one letter.
func Valid(tag string) bool { return twtext.ValidHashtag(tag) }

// Extract returns the hashtags already in text, in order, as twitter-text's
// extractHashtagsWithIndices finds them (not those inside URLs). Indices are
// code points, as on X: Indices[0] is the '#', Indices[1] is exclusive.
func Extract(text string) []twitter.HashtagEntity {
	found := twtext.ExtractHashtags(text)
	if len(found) == 0 {
		return nil
	}
	out := make([]twitter.HashtagEntity, len(found))
	for i, h := range found {
		out[i] = twitter.HashtagEntity{Indices: twitter.Indices{h.Start, h.End}, Text: h.Text}
	}
	return out
}

// Camel joins the words of phrase into one CamelCase tag text: "Board of
// Peace" → "BoardOfPeace", "Israel-Hamas war" → "IsraelHamasWar". Every
// word keeps its own letters after the first (NATO stays NATO); words of
// scripts without case are joined with '_'. Punctuation, symbols and
// apostrophes are dropped and the text is normalized as Derive does; no
// words are dropped. The result may be "" or lack a letter, so check it
// with Valid before use as a hashtag.
func Camel(phrase string) string {
	g := defaultGenerator()
	var buf []byte
	scan := newScanner(phrase, nil)
	ascii, n := true, 0
	for {
		t, ok := scan.next()
		if !ok {
			break
		}
		if n > 0 && !t.is(tCap|tLower) && firstLetterUncased(phrase, t) {
			buf = append(buf, '_')
		}
		buf = g.writeToken(buf, phrase, t, true)
		ascii = ascii && t.is(tASCII)
		n++
	}
	if !ascii {
		buf, _, _ = normalizeTail(buf, 0, nil, nil, nil)
	}
	return string(buf)
}
