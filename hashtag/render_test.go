package hashtag

import (
	"strings"
	"testing"
)

// TestSuggestAllocations: Suggest allocates under once a call, which
// AllocsPerRun rounds down: a tag written as in the headline is that part
// of it, the others are cut from a block of textsBlock bytes, and its
// result from a block of resultsBlock suggestions, both shared with the
// next calls.
func TestSuggestAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("skipping: the race detector makes sync.Pool drop items")
	}
	g := Default()
	tests := []struct {
		headline string
		allocs   float64
	}{
		{"Tesla shares jump 12% after record deliveries", 0},               // Tesla, deliveries, shares: as written
		{"Board of Peace to meet in Cairo as Israel-Hamas truce holds", 0}, // BoardOfPeace, IsraelHamas
		{"Kenya's runners sweep Boston Marathon podium", 0},                // BostonMarathon, Kenya (base form)
		{"", 0},
	}
	for _, tt := range tests {
		g.Suggest(tt.headline, 3) // the pipeline and the lists, once
		if n := testing.AllocsPerRun(100, func() { _ = g.Suggest(tt.headline, 3) }); n != tt.allocs {
			t.Errorf("Suggest(%q) allocates %v times; want %v", tt.headline, n, tt.allocs)
		}
	}
	for _, tt := range tests[:1] {
		h := tt.headline
		for _, s := range g.Suggest(h, 3) {
			if s.Text != h[s.Start:s.End] {
				t.Errorf("Suggest(%q): %q is not written as in the headline (%q); pick another headline for this test", h, s.Text, h[s.Start:s.End])
			}
		}
	}
}

// TestSuggestTextsKept: the texts of a result cut from the shared block
// (keepText) stay as they were while later calls fill the block and the
// next ones.
func TestSuggestTextsKept(t *testing.T) {
	g := Default()
	headlines := []string{
		"Board of Peace to meet in Cairo as Israel-Hamas truce holds",
		"Kenya's runners sweep Boston Marathon podium",
		"Julianne Moore Cries In Times Square",
		"New York’s mayor visits Islamabad’s Red Zone",
	}
	type kept struct {
		got  []Suggestion
		want []string
	}
	var all []kept
	for i := range 3 * textsBlock / 8 { // several blocks' worth of tags
		ss := g.Suggest(headlines[i%len(headlines)], 3)
		k := kept{got: ss}
		for _, s := range ss {
			k.want = append(k.want, strings.Clone(s.Text))
		}
		all = append(all, k)
	}
	for _, k := range all {
		for j, s := range k.got {
			if s.Text != k.want[j] {
				t.Fatalf("a result's text changed from %q to %q after later calls", k.want[j], s.Text)
			}
		}
	}
}
