package hashtag

import "testing"

// TestSuggestAllocations: Suggest allocates at most one string, for the
// tags not written as in the headline (a tag written so is that part of
// the headline), and its result only once in resultsBlock suggestions:
// under one allocation a call, which AllocsPerRun rounds down.
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
		{"Board of Peace to meet in Cairo as Israel-Hamas truce holds", 1}, // BoardOfPeace, IsraelHamas
		{"Kenya's runners sweep Boston Marathon podium", 1},                // BostonMarathon, Kenya (base form)
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
