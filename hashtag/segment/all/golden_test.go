package all_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/sharekit/sharekit/hashtag"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGoldenSegmented: with the segmenters registered, the Chinese,
// Japanese, Thai and Korean lines of testdata/headlines.txt get words, not
// clauses, in every style and in the suggestions
// (testdata/hashtag/segmented.golden; go test ./hashtag/segment/all -run
// GoldenSegmented -update to rewrite).
func TestGoldenSegmented(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "headlines.txt"))
	if err != nil {
		t.Skipf("skipping: %v", err)
	}
	var b strings.Builder
	for _, h := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		lang := ""
		for _, r := range h {
			switch {
			case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
				lang = "ja"
			case unicode.Is(unicode.Han, r) && lang == "":
				lang = "zh"
			case unicode.Is(unicode.Thai, r):
				lang = "th"
			case unicode.Is(unicode.Hangul, r):
				lang = "ko"
			}
		}
		if lang == "" {
			continue
		}
		b.WriteString(h + "\t" + lang)
		for _, o := range []hashtag.Options{{}, {Style: hashtag.Phrases}, {Best: 3}} {
			o.Lang = lang
			b.WriteString("\t" + hashtag.New(o).Line(h))
		}
		b.WriteByte('\n')
	}
	path := filepath.Join("..", "..", "..", "testdata", "hashtag", "segmented.golden")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./hashtag/segment/all -run GoldenSegmented -update to create it)", err)
	}
	if string(want) != b.String() {
		wl, gl := strings.Split(string(want), "\n"), strings.Split(b.String(), "\n")
		for i := range min(len(wl), len(gl)) {
			if wl[i] != gl[i] {
				t.Errorf("%s line %d:\n\t-%s\n\t+%s", path, i+1, wl[i], gl[i])
			}
		}
		if len(wl) != len(gl) {
			t.Errorf("%s has %d lines; want %d", path, len(gl), len(wl))
		}
	}
}

// TestMiddleDotInEveryStyle: with the segmenters, a katakana name stays
// whole across ・ in the Words and Phrases styles as in suggestions, and
// a list of places splits.
func TestMiddleDotInEveryStyle(t *testing.T) {
	for _, c := range []struct {
		style    hashtag.Style
		in, want string
	}{
		{hashtag.Words, "2007年度パ・リーグ公式戦日程決まる", "#年度 #パ・リーグ #公式戦 #日程 #決まる"},
		{hashtag.Words, "フランス紙、オサーマ・ビンラーディン容疑者死亡説を報道", "#フランス紙 #オサーマ・ビンラーディン #容疑者 #死亡説 #報道"},
		{hashtag.Phrases, "米国・カナダ首脳会談", "#米国 #カナダ #首脳 #会談"},
	} {
		if got := hashtag.New(hashtag.Options{Lang: "ja", Style: c.style}).Line(c.in); got != c.want {
			t.Errorf("%s Line(%q) = %q; want %q", c.style, c.in, got, c.want)
		}
	}
}
