package cjk

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/hashtag/segment/internal/segtest"
)

var update = flag.Bool("update", false, "rewrite golden files")

func isHanOrKana(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// TestConcurrentFirstUse segments from many goroutines at once while the
// dictionaries load (it runs first, so they are not loaded yet): every
// goroutine must see the same words, and -race must find nothing.
func TestConcurrentFirstUse(t *testing.T) {
	runs := []struct{ run, lang string }{{"史玉柱做网络游戏", "zh"}, {"訃報ジェームス・ブラウン氏", "ja"}}
	want := make([]string, len(runs))
	got := make([][8]string, len(runs))
	var wg sync.WaitGroup
	for i, r := range runs {
		for g := range 8 {
			wg.Go(func() {
				got[i][g] = segtest.Format(r.run, Segmenter{}.Segment(nil, r.run, r.lang))
			})
		}
	}
	wg.Wait()
	for i, r := range runs {
		want[i] = segtest.Format(r.run, Segmenter{}.Segment(nil, r.run, r.lang))
		for g, s := range got[i] {
			if s != want[i] {
				t.Errorf("goroutine %d: Segment(%q) = %q; want %q", g, r.run, s, want[i])
			}
		}
	}
}

func TestSegment(t *testing.T) {
	for _, c := range []struct{ run, lang, want string }{
		// Chinese: the longest dictionary words, names from the tags.
		{"史玉柱做网络游戏", "zh", "史玉柱/name 做/verb 网络游戏/word"},
		{"国务院发布新一轮稳经济措施", "zh", "国务院/org 发布/verb 新一轮/proper 稳/verb 经济/word 措施/word"},
		{"联合国秘书长呼吁加沙立即停火", "zh", "联合国/org 秘书长/word 呼吁/verb 加沙/place 立即/func 停火/verb"},
		{"台北市宣布停班停課", "zh", "台北市/place 宣布/verb 停/verb 班/word 停課/verb"},
		// A name the dictionary lacks, tagged a character at a time.
		{"肖磊", "zh", "肖磊/name"},
		// Latin letters and digits glued to Han are words of their own.
		{"NBA停摆可能性为50", "zh", "NBA/proper 停摆/verb 可能性/word 为/word 50/num"},
		{"中国女排3比1战胜巴西队", "zh", "中国女排/org 3/num 比/func 1/num 战胜/word 巴西队/org"},
		{"iPhone销量", "zh", "iPhone/word 销量/word"},
		// Japanese: ・ keeps names whole and splits lists.
		{"2007年度パ・リーグ公式戦日程決まる", "ja", "2007/num 年度/word パ・リーグ/org 公式戦/word 日程/word 決まる/word"},
		{"オサーマ・ビンラーディン", "ja", "オサーマ・ビンラーディン/proper"},
		{"訃報ジェームス・ブラウン氏", "ja", "訃報/word ジェームス・ブラウン/name 氏/func"},
		{"アメリカ・イリノイの大学", "ja", "アメリカ/place イリノイ/place の/func 大学/word"},
		{"米国・カナダ産牛肉", "ja", "米国/place カナダ/place 産/func 牛肉/word"},
		{"ゲーム・アニメ", "ja", "ゲーム/word アニメ/word"},
		// Japanese joins: place + unit, surname + given name, noun + suffix.
		{"宮城県沖で強い地震", "ja", "宮城県/place 沖/word で/func 強い/word 地震/word"},
		{"安倍晋三首相", "ja", "安倍晋三/name 首相/word"},
		{"反則金で済むはずが罰金", "ja", "反則金/word で/func 済む/word はず/func が/func 罰金/word"},
		// Light verbs carry grammar.
		{"動力源とした", "ja", "動力源/word と/func し/func た/func"},
		{"ＮＨＫ世論調査", "ja", "ＮＨＫ/proper 世論/word 調査/word"},
		{"今季５０本塁打を達成", "ja", "今季/word ５０/num 本塁打/word を/func 達成/word"},
		// Without a language: kana makes a run Japanese, else Chinese.
		{"日銀、マイナス金利", "", "日銀/org マイナス/word 金利/word"},
		{"习近平", "", "习近平/name"},
		// ・ in Chinese text separates.
		{"中国・日本", "zh", "中国/place 日本/place"},
		{"", "", ""},
		{"・", "ja", ""},
		// Format characters the scanner keeps are no word on their own.
		{"网络\u00ad游戏", "zh", "网络/word 游戏/word"},
	} {
		segs := Segmenter{}.Segment(nil, c.run, c.lang)
		segtest.CheckSpans(t, c.run, segs)
		if got := segtest.Format(c.run, segs); got != c.want {
			t.Errorf("Segment(%q, %q) = %q; want %q", c.run, c.lang, got, c.want)
		}
	}
}

// lineLang is the language a caller would pass for a headline: Japanese
// when it has kana, else Chinese.
func lineLang(line string) string {
	if hasKana(line) {
		return "ja"
	}
	return "zh"
}

func TestGolden(t *testing.T) {
	var b strings.Builder
	for _, line := range segtest.HeadlineLines(t, isHanOrKana) {
		lang := lineLang(line)
		for _, run := range segtest.Runs(line, isHanOrKana) {
			segs := Segmenter{}.Segment(nil, run, lang)
			segtest.CheckSpans(t, run, segs)
			b.WriteString(lang + "\t" + run + "\t" + segtest.Format(run, segs) + "\n")
		}
	}
	segtest.Golden(t, filepath.Join("testdata", "headlines.golden"), b.String(), *update)
}

// maxWordRunes is the longest word, in code points, that a segment may be
// without being one entry of the dictionary.
const maxWordRunes = 12

// dotJoinedName reports whether w is a name joined at ・ whose every part
// is short or one dictionary word (フアン・アントニオ・サマランチ): a whole name
// is one tag however long.
func dotJoinedName(w, lang string) bool {
	if !strings.ContainsRune(w, nakaguro) {
		return false
	}
	for _, part := range strings.Split(w, string(nakaguro)) {
		if utf8.RuneCountInString(part) > maxWordRunes && !Known(part, lang) {
			return false
		}
	}
	return true
}

// TestCorpusProperties segments the first 2,000 shared headlines of each
// language and checks that every segment is valid and that no segment
// longer than maxWordRunes is other than one dictionary word or a name
// joined at ・ (Latin and digit runs aside: they are words by script, not
// by dictionary).
func TestCorpusProperties(t *testing.T) {
	for _, c := range []struct{ file, lang string }{
		{"headlines-zh.txt", "zh"},
		{"headlines-ja.txt", "ja"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			lines := segtest.CorpusLines(t, c.file, 2000)
			var runs, total, long int
			for _, line := range lines {
				for _, run := range segtest.Runs(line, isHanOrKana) {
					runs++
					segs := Segmenter{}.Segment(nil, run, c.lang)
					if !segtest.CheckSpans(t, run, segs) {
						continue
					}
					total += len(segs)
					for _, s := range segs {
						w := run[s.Start:s.End]
						if utf8.RuneCountInString(w) <= maxWordRunes || strings.IndexFunc(w, isHanOrKana) < 0 {
							continue
						}
						long++
						if !Known(w, c.lang) && !dotJoinedName(w, c.lang) {
							t.Errorf("segment %q of %q has %d characters and is not one word of the dictionary", w, run, utf8.RuneCountInString(w))
						}
					}
				}
			}
			t.Logf("%d lines, %d runs, %d segments, %d longer than %d characters", len(lines), runs, total, long, maxWordRunes)
		})
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"a\u00ad", "\u200d", "史玉柱做网络游戏", "NBA停摆可能性为50", "パ・リーグ", "・・ア・", "ア・イ・ウ", "安倍晋三", "ｰ・ｰ", "\xff漢", "漢\u0301字", "ﾆｭｰｽ"} {
		f.Add(s, "ja")
		f.Add(s, "zh")
	}
	// Load both dictionaries before the first input: a fuzzing worker
	// that takes seconds on one input is taken for hung.
	Segmenter{}.Segment(nil, "漢字", "zh")
	Segmenter{}.Segment(nil, "かな", "ja")
	f.Fuzz(func(t *testing.T, run, lang string) {
		segs := Segmenter{}.Segment(nil, run, lang)
		if segtest.CheckSpans(t, run, segs) {
			segtest.CheckWords(t, run, segs)
		}
	})
}

var sink []hashtag.Segment

func benchmarkCorpus(b *testing.B, file, lang string) {
	lines := segtest.CorpusLines(b, file, 2000)
	var runs []string
	size := 0
	for _, line := range lines {
		for _, run := range segtest.Runs(line, isHanOrKana) {
			runs = append(runs, run)
			size += len(run)
		}
	}
	Segmenter{}.Segment(nil, runs[0], lang) // load outside the timing
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, run := range runs {
			sink = Segmenter{}.Segment(sink[:0], run, lang)
		}
	}
}

func BenchmarkSegmentChinese(b *testing.B)  { benchmarkCorpus(b, "headlines-zh.txt", "zh") }
func BenchmarkSegmentJapanese(b *testing.B) { benchmarkCorpus(b, "headlines-ja.txt", "ja") }

// firstCallEnv names the language a helper process segments once when the
// first-call benchmarks start the test binary again.
const firstCallEnv = "SHAREKIT_CJK_FIRST_CALL"

// TestHelperFirstCall is the child of BenchmarkFirstCall: a fresh process
// that segments one run, so the dictionary loads from nothing.
func TestHelperFirstCall(t *testing.T) {
	lang := os.Getenv(firstCallEnv)
	if lang == "" {
		t.Skip("skipping: only run as the helper process of BenchmarkFirstCall")
	}
	run := map[string]string{"zh": "史玉柱做网络游戏", "ja": "訃報ジェームス・ブラウン氏"}[lang]
	if segs := (Segmenter{}).Segment(nil, run, lang); len(segs) < 2 {
		t.Fatalf("Segment(%q, %q) = %v; want words", run, lang, segs)
	}
}

// BenchmarkFirstCall measures the cost of the first call in a process:
// loading the dictionary, plus the start of a test binary (a few ms; see
// the "none" row).
func BenchmarkFirstCall(b *testing.B) {
	for _, lang := range []string{"none", "zh", "ja"} {
		b.Run(lang, func(b *testing.B) {
			for b.Loop() {
				cmd := exec.Command(os.Args[0], "-test.run=^TestHelperFirstCall$")
				if lang != "none" {
					cmd.Env = append(os.Environ(), firstCallEnv+"="+lang)
				}
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("helper process: %v\n%s", err, out)
				}
			}
		})
	}
}

func TestIsHan(t *testing.T) {
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if isHan(r) && !unicode.IsLetter(r) {
			t.Errorf("isHan(%U) but it is no letter", r)
		}
	}
}
