package server

import (
	"testing"

	"github.com/sharekit/sharekit/hashtag"
)

// TestSpansInBothUnits: every span /v1/tags and /v1/extract give in bytes
// and in code points covers the same text.
func TestSpansInBothUnits(t *testing.T) {
	texts := []string{
		"Storm Ciarán hits Brittany",
		"Zürich, São Paulo and 東京 sign a climate pact",
		"🚀 NASA launches Artemis II — crew of four",
		"#Ciarán hits #Brittany 🌧 tonight #météo",
		"",
	}
	g := hashtag.New(hashtag.Options{Style: hashtag.Combined})
	for _, text := range texts {
		runes := []rune(text)
		check := func(what string, indices, bytes [2]int) {
			t.Helper()
			if bytes[0] < 0 || bytes[1] > len(text) || indices[1] > len(runes) || bytes[0] > bytes[1] || indices[0] > indices[1] {
				t.Fatalf("%q: %s span out of range: indices %v, bytes %v", text, what, indices, bytes)
			}
			if b, c := text[bytes[0]:bytes[1]], string(runes[indices[0]:indices[1]]); b != c {
				t.Errorf("%q: %s bytes %v = %q; indices %v = %q", text, what, bytes, b, indices, c)
			}
		}
		for _, tag := range NewTagsResponse(text, g.Derive(text)).Tags {
			check("tag "+tag.Text, tag.Indices, tag.Bytes)
			if tag.Start != tag.Bytes[0] || tag.End != tag.Bytes[1] {
				t.Errorf("%q: tag %s start/end %d,%d differ from bytes %v", text, tag.Text, tag.Start, tag.End, tag.Bytes)
			}
		}
		for _, h := range NewExtractResponse(text).Hashtags {
			check("extracted "+h.Text, h.Indices, h.Bytes)
			if got := text[h.Bytes[0]:h.Bytes[1]]; got != "#"+h.Text && got != "＃"+h.Text {
				t.Errorf("%q: extracted %s spans %q", text, h.Text, got)
			}
		}
	}
}
