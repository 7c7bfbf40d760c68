package thai

import (
	"flag"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/hashtag/segment/internal/segtest"
)

var update = flag.Bool("update", false, "rewrite golden files")

func isThai(r rune) bool { return unicode.Is(unicode.Thai, r) }

// TestConcurrentFirstUse segments from many goroutines at once while the
// word list loads (it runs first): all must see the same words, and -race
// must find nothing.
func TestConcurrentFirstUse(t *testing.T) {
	const run = "นายกรัฐมนตรีเดินทางเยือนญี่ปุ่น"
	var got [8]string
	var wg sync.WaitGroup
	for g := range got {
		wg.Go(func() { got[g] = segtest.Format(run, Segmenter{}.Segment(nil, run, "th")) })
	}
	wg.Wait()
	want := segtest.Format(run, Segmenter{}.Segment(nil, run, "th"))
	for g, s := range got {
		if s != want {
			t.Errorf("goroutine %d: Segment(%q) = %q; want %q", g, run, s, want)
		}
	}
}

func TestSegment(t *testing.T) {
	for _, c := range []struct{ run, want string }{
		{"นายกรัฐมนตรีเดินทางเยือนญี่ปุ่น", "นายก/word รัฐมนตรี/word เดินทาง/word เยือน/word ญี่ปุ่น/place"},
		{"การท่องเที่ยวไทยฟื้นตัว", "การ/func ท่องเที่ยว/word ไทย/place ฟื้นตัว/word"},
		// Country names from CLDR are places, whole when the list has them
		// in parts.
		{"ประธานาธิบดีเกาหลีใต้", "ประธานาธิบดี/word เกาหลีใต้/place"},
		{"สหรัฐอเมริกาและจีน", "สหรัฐอเมริกา/place และ/func จีน/place"},
		{"ยุโรป", "ยุโรป/place"},
		// ฯ stays with the word it abbreviates.
		{"กรุงเทพฯ", "กรุงเทพฯ/word"},
		// Function words and numerals from the project's lists.
		{"ทะเลล้อมรอบทั้งสามด้าน", "ทะเล/word ล้อม/word รอบ/word ทั้ง/func สาม/num ด้าน/word"},
		// A name the list lacks is one word, not letters.
		{"ทรัมป์ประกาศ", "ทรัมป์/word ประกาศ/word"},
		// Latin letters and digits are their own words.
		{"ฝุ่นPM2", "ฝุ่น/word PM/proper 2/num"},
		{"เกิน30จังหวัด", "เกิน/word 30/num จังหวัด/word"},
		{"ปี๒๕๖๗", "ปี/word ๒๕๖๗/num"},
		{"ไทย\u00adไทย", "ไทย/place ไทย/place"},
		{"", ""},
	} {
		segs := Segmenter{}.Segment(nil, c.run, "th")
		segtest.CheckSpans(t, c.run, segs)
		if got := segtest.Format(c.run, segs); got != c.want {
			t.Errorf("Segment(%q) = %q; want %q", c.run, got, c.want)
		}
	}
}

// TestClusterCuts checks that no cut splits a Thai character cluster.
func TestClusterCuts(t *testing.T) {
	for _, c := range []struct {
		text string
		cuts []int // byte offsets where a cut is allowed, besides 0 and the end
	}{
		{"กา", nil},             // า follows its consonant
		{"กิก", []int{6}},       // ิ is a combining vowel
		{"เกก", []int{6}},       // เ precedes its consonant
		{"ก่ำก", []int{9}},      // tone mark, then ำ
		{"กก", []int{3}},        // two consonants may part
		{"เทพฯก", []int{6, 12}}, // ฯ binds to the word before
	} {
		cut := clusterCuts(nil, c.text)
		var got []int
		for i := 1; i < len(c.text); i++ {
			if cut[i] {
				got = append(got, i)
			}
		}
		if !slices.Equal(got, c.cuts) {
			t.Errorf("clusterCuts(%q) allows cuts at %v; want %v", c.text, got, c.cuts)
		}
	}
}

func TestGolden(t *testing.T) {
	var b strings.Builder
	for _, line := range segtest.HeadlineLines(t, isThai) {
		for _, run := range segtest.Runs(line, isThai) {
			segs := Segmenter{}.Segment(nil, run, "th")
			segtest.CheckSpans(t, run, segs)
			b.WriteString(run + "\t" + segtest.Format(run, segs) + "\n")
		}
	}
	segtest.Golden(t, filepath.Join("testdata", "headlines.golden"), b.String(), *update)
}

// maxWordRunes is the longest word, in code points, that a segment may be
// without being one entry of the word list.
const maxWordRunes = 12

// TestCorpusProperties segments the shared Thai sentences and checks that
// every segment is valid and that a segment longer than maxWordRunes is a
// word of the list. The one allowed exception is a stretch no word covers
// (a transliterated name: โจฮันเนสเบิร์ก, Johannesburg), kept whole because
// cutting it anywhere would give fragments; those must stay rare (under 1
// in 1,000 segments), or the matching is gluing words it should part.
func TestCorpusProperties(t *testing.T) {
	lines := segtest.CorpusLines(t, "sentences-th.txt", 2000)
	var runs, total, long, unknownLong int
	for _, line := range lines {
		for _, run := range segtest.Runs(line, isThai) {
			runs++
			segs := Segmenter{}.Segment(nil, run, "th")
			if !segtest.CheckSpans(t, run, segs) {
				continue
			}
			total += len(segs)
			for _, s := range segs {
				w := run[s.Start:s.End]
				if utf8.RuneCountInString(w) <= maxWordRunes {
					continue
				}
				long++
				if !Known(w) {
					unknownLong++
					t.Logf("segment %q of %q has %d characters and is not a word of the list", w, run, utf8.RuneCountInString(w))
				}
			}
		}
	}
	t.Logf("%d lines, %d runs, %d segments, %d longer than %d characters, %d of them not in the list", len(lines), runs, total, long, maxWordRunes, unknownLong)
	if unknownLong*1000 > total {
		t.Errorf("%d of %d segments are longer than %d characters and not in the list; want under 1 in 1,000", unknownLong, total, maxWordRunes)
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"a\u00ad", "\u200d", "นายกรัฐมนตรีเดินทางเยือนญี่ปุ่น", "กรุงเทพฯ", "ฝุ่นPM2", "ๆๆฯ", "เเเ", "\xffก", "ก\u0e31\u0e31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, run string) {
		segs := Segmenter{}.Segment(nil, run, "th")
		if segtest.CheckSpans(t, run, segs) {
			segtest.CheckWords(t, run, segs)
		}
	})
}

var sink []hashtag.Segment

func BenchmarkSegment(b *testing.B) {
	lines := segtest.CorpusLines(b, "sentences-th.txt", 2000)
	var runs []string
	size := 0
	for _, line := range lines {
		for _, run := range segtest.Runs(line, isThai) {
			runs = append(runs, run)
			size += len(run)
		}
	}
	Segmenter{}.Segment(nil, runs[0], "th") // load outside the timing
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, run := range runs {
			sink = Segmenter{}.Segment(sink[:0], run, "th")
		}
	}
}

// BenchmarkLoad measures the first call's cost: parsing the word list.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestUnknownNames: a stretch the word list lacks is a proper noun, with the
// short words maximal matching covered it with; a lone unknown letter is
// not.
func TestUnknownNames(t *testing.T) {
	for _, c := range []struct{ run, want string }{
		{"ในบิชเคก", "ใน/func บิ/proper ช/proper เค/proper ก/proper"},
		{"เว็บพร็อกซี่", "เว็บ/word พร็/proper อก/proper ซี่/proper"},
		// Known words are left alone.
		{"เทศกาลดนตรี", "เทศกาล/word ดนตรี/word"},
	} {
		segs := Segmenter{}.Segment(nil, c.run, "th")
		segtest.CheckSpans(t, c.run, segs)
		if got := segtest.Format(c.run, segs); got != c.want {
			t.Errorf("Segment(%q) = %q; want %q", c.run, got, c.want)
		}
	}
}
