package cjk

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"

	"github.com/sharekit/sharekit/hashtag/segment/internal/pieces"
	"github.com/sharekit/sharekit/hashtag/segment/internal/segtest"
)

// formatMorphs writes words as "surface/id" ("surface/?id" for an
// unknown word), the form both tokenizers are compared in.
func formatMorphs(input string, words []jaMorph) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		unknown := ""
		if !w.known {
			unknown = "?"
		}
		fmt.Fprintf(&b, "%s/%s%d", input[w.start:w.end], unknown, w.id)
	}
	return b.String()
}

// kagomeMorphs is what kagome's own tokenizer finds in input, in the
// form jaLattice gives it.
func kagomeMorphs(tb testing.TB, input string) []jaMorph {
	tk, err := tokenizer.New(japanese(), tokenizer.OmitBosEos())
	if err != nil {
		tb.Fatal(err)
	}
	var words []jaMorph
	for _, t := range tk.Tokenize(input) {
		words = append(words, jaMorph{start: t.Position, end: t.Position + len(t.Surface), id: t.ID, known: t.Class == tokenizer.KNOWN})
	}
	return words
}

// checkSameMorphs reports an error unless jaLattice and kagome's
// tokenizer find the same words in input.
func checkSameMorphs(tb testing.TB, la *jaLattice, input string) bool {
	tb.Helper()
	got := formatMorphs(input, la.tokenize(japanese(), ja.tables, input))
	want := formatMorphs(input, kagomeMorphs(tb, input))
	if got != want {
		tb.Errorf("tokenize(%q) = %q; kagome's tokenizer gives %q", input, got, want)
		return false
	}
	return true
}

// TestLatticeMatchesKagome checks that jaLattice finds kagome's words,
// span for span and entry for entry, in the pieces the segmenter hands it
// from every shared Japanese headline, and from Chinese ones (Kanji the
// dictionary often lacks) and Korean ones (a script it has no words of).
func TestLatticeMatchesKagome(t *testing.T) {
	for _, file := range []string{"headlines-ja.txt", "headlines-zh.txt", "headlines-ko.txt"} {
		t.Run(file, func(t *testing.T) {
			la := new(jaLattice)
			n, failed := 0, 0
			for _, line := range segtest.CorpusLines(t, file, 4000) {
				for _, p := range pieces.Split(nil, line) {
					if p.Class != pieces.Script {
						continue
					}
					n++
					if !checkSameMorphs(t, la, line[p.Start:p.End]) {
						if failed++; failed == 10 {
							t.Fatal("too many differences")
						}
					}
				}
			}
			t.Logf("%d pieces tokenized alike", n)
		})
	}
}

func FuzzLatticeMatchesKagome(f *testing.F) {
	for _, s := range []string{"訃報ジェームス・ブラウン氏", "2007年度パ・リーグ公式戦日程決まる", "宮城県沖で強い地震", "ﾆｭｰｽ", "\xff漢\x80", "\ufffd漢字\ufffd", "ア\u0301イ", "한국어", ""} {
		f.Add(s)
	}
	// Runs of a grouping class longer than kagome's longest unknown word
	// (1,024 characters), where an unknown word cannot reuse the end the
	// previous start found.
	f.Add(strings.Repeat("ア", 1100) + "です")
	f.Add("漢" + strings.Repeat("ぁ", 1030) + "\ufffdぁぁ")
	japanese() // load before the first input (see FuzzSegment)
	f.Fuzz(func(t *testing.T, input string) {
		checkSameMorphs(t, new(jaLattice), input)
	})
}

// TestFirstSteps checks the table of first steps against the walk it
// replaces: for every character of the Basic Multilingual Plane, the
// state its UTF-8 bytes lead to in the double array and the word it
// spells alone.
func TestFirstSteps(t *testing.T) {
	d := japanese()
	da := d.Index.Da
	for r := rune(0); r < 0x10000; r++ {
		want := jaStep{state: -1, word: -1}
		if r != 0 && utf8.ValidRune(r) {
			state, ok := 0, true
			for _, c := range []byte(string(r)) {
				q := int(da[state].Base) + int(c)
				if q < 0 || q >= len(da) || int(da[q].Check) != state {
					ok = false
					break
				}
				state = q
			}
			if ok {
				want = jaStep{state: int32(state), word: int32(daWord(da, state))}
			}
		}
		if got := ja.tables.first[r]; got != want {
			t.Errorf("first step over %U = %+v; walking its bytes gives %+v", r, got, want)
		}
	}
}
