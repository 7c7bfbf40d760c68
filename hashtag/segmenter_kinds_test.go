package hashtag

import "testing"

// kindSegmenter returns each run whole, of the kind it is given: a
// Segmenter is the caller's code, and its kinds are any SegmentKind.
type kindSegmenter SegmentKind

func (k kindSegmenter) Segment(dst []Segment, run, lang string) []Segment {
	return append(dst, Segment{End: len(run), Kind: SegmentKind(k)})
}

// TestSegmenterKindOutOfRange: a kind no constant names (a newer
// Segmenter's, or a bug in one) is a word the dictionary says nothing
// of, as before segKinds, not a panic in Suggest or Learner.Add (an
// index out of range in singles, candidates.go, while segKinds had one
// entry a known kind).
func TestSegmenterKindOutOfRange(t *testing.T) {
	for _, kind := range []SegmentKind{SegVerb + 1, 200, 255} {
		g := New(Options{Lang: "ja", Segmenter: kindSegmenter(kind)})
		want := New(Options{Lang: "ja", Segmenter: kindSegmenter(SegWord)}).SuggestLine("東京で地震", 3)
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("kind %d: Suggest panics: %v", kind, r)
				}
			}()
			if got := g.SuggestLine("東京で地震", 3); got != want {
				t.Errorf("kind %d: Suggest = %q, want %q (as a word the dictionary does not know)", kind, got, want)
			}
		}()
	}
}
