package cjk

import (
	"strings"
	"testing"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/hashtag/segment/internal/pieces"
	"github.com/sharekit/sharekit/hashtag/segment/internal/segtest"
)

// gseCut is the cut of piece by gse's own Segment, in the form zhCutter
// gives it.
func gseCut(piece string) []hashtag.Segment {
	chinese()
	var segs []hashtag.Segment
	for _, s := range zh.seg.Segment([]byte(piece)) {
		segs = append(segs, hashtag.Segment{Start: s.Start(), End: s.End(), Kind: chineseKind(s.Token().Pos())})
	}
	return segs
}

// checkSameCut reports an error unless zhCutter and gse's Segment cut
// piece alike.
func checkSameCut(tb testing.TB, c *zhCutter, piece string) bool {
	tb.Helper()
	got := segtest.Format(piece, c.cut(chinese(), piece))
	want := segtest.Format(piece, gseCut(piece))
	if got != want {
		tb.Errorf("cut(%q) = %q; gse's Segment gives %q", piece, got, want)
		return false
	}
	return true
}

// scriptPieces returns the pieces of line the Chinese segmenter hands the
// dictionary: the Script pieces of pieces.Split, cut at ・.
func scriptPieces(line string) []string {
	var out []string
	for _, p := range pieces.Split(nil, line) {
		if p.Class != pieces.Script {
			continue
		}
		for part := range strings.SplitSeq(line[p.Start:p.End], string(nakaguro)) {
			if part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// TestCutMatchesGse checks that the cut is gse's, word for word and kind
// for kind, on every shared headline in Chinese and Japanese (Kanji runs go
// through the Chinese dictionary too) and on Greek and Russian text, whose
// letters gse takes a run at a time.
func TestCutMatchesGse(t *testing.T) {
	for _, file := range []string{"headlines-zh.txt", "headlines-ja.txt", "sentences-el.txt", "headlines-ru.txt"} {
		t.Run(file, func(t *testing.T) {
			c := new(zhCutter)
			n, failed := 0, 0
			for _, line := range segtest.CorpusLines(t, file, 5000) {
				for _, piece := range scriptPieces(line) {
					n++
					if !checkSameCut(t, c, piece) {
						if failed++; failed == 10 {
							t.Fatal("too many differences")
						}
					}
				}
			}
			t.Logf("%d pieces cut alike", n)
		})
	}
}

func FuzzCutMatchesGse(f *testing.F) {
	for _, s := range []string{"史玉柱做网络游戏", "国务院发布新一轮稳经济措施", "台北市宣布停班停課", "Ωμέγα漢字", "Привет世界", "\xff漢\x80", "½²漢", "肖磊", ""} {
		f.Add(s)
	}
	chinese() // load before the first input (see FuzzSegment)
	f.Fuzz(func(t *testing.T, s string) {
		// Only Script pieces reach the cut: gse would take Latin letters
		// in lower case and look them up (A轮 is a word).
		for _, piece := range scriptPieces(s) {
			checkSameCut(t, new(zhCutter), piece)
		}
	})
}
