// Package segtest holds the checks the segmenter packages share in their
// tests: finding the runs of a script in a line, checking segment spans,
// golden files and reading the shared corpora.
package segtest

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/internal/sharedfiles"
)

// Runs returns the maximal runs of word characters of line (letters,
// marks, digits, and U+30FB ・ between Katakana, as the scanner passes it)
// that contain at least one rune for which in reports true: the runs a
// scanner hands a Segmenter of that script.
func Runs(line string, in func(rune) bool) []string {
	var runs []string
	start, has := -1, false
	flush := func(end int) {
		if start >= 0 && has {
			runs = append(runs, line[start:end])
		}
		start, has = -1, false
	}
	for i, r := range line {
		word := unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == '・'
		if !word || r == utf8.RuneError {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
		}
		has = has || in(r)
	}
	flush(len(line))
	return runs
}

// CheckSpans reports every segment of run that is out of order, overlaps
// the one before it, is empty, lies outside the run or does not start and
// end on a rune boundary. It returns whether all were valid.
func CheckSpans(tb testing.TB, run string, segs []hashtag.Segment) bool {
	tb.Helper()
	// Character boundaries as decoding finds them: a stray continuation
	// byte of invalid UTF-8 is a character of its own.
	starts := make(map[int]bool, len(run)+1)
	for i := range run {
		starts[i] = true
	}
	starts[len(run)] = true
	prev := 0
	for i, s := range segs {
		switch {
		case s.Start < prev:
			tb.Errorf("segment %d of %q starts at %d, before the end %d of the one before it", i, run, s.Start, prev)
		case s.End <= s.Start:
			tb.Errorf("segment %d of %q is empty or reversed: [%d,%d)", i, run, s.Start, s.End)
		case s.End > len(run):
			tb.Errorf("segment %d of %q ends at %d, past the run's %d bytes", i, run, s.End, len(run))
		case !starts[s.Start] || !starts[s.End]:
			tb.Errorf("segment %d of %q, [%d,%d), splits a character", i, run, s.Start, s.End)
		default:
			prev = s.End
			continue
		}
		return false
	}
	return true
}

var kindNames = [...]string{
	hashtag.SegWord:     "word",
	hashtag.SegName:     "name",
	hashtag.SegPlace:    "place",
	hashtag.SegOrg:      "org",
	hashtag.SegProper:   "proper",
	hashtag.SegFunction: "func",
	hashtag.SegNumber:   "num",
	hashtag.SegVerb:     "verb",
}

// KindName names k as golden files and test messages show it.
func KindName(k hashtag.SegmentKind) string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// Format renders the segments of run as "word/kind word/kind".
func Format(run string, segs []hashtag.Segment) string {
	var b strings.Builder
	for i, s := range segs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(run[s.Start:s.End])
		b.WriteByte('/')
		b.WriteString(KindName(s.Kind))
	}
	return b.String()
}

// Golden compares got with the file at path, or rewrites the file when
// update is set. On a difference it lists the first differing lines.
func Golden(t *testing.T, path, got string, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) == got {
		return
	}
	wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
	var diff strings.Builder
	shown := 0
	for i := 0; i < max(len(wl), len(gl)) && shown < 10; i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			diff.WriteString("-" + w + "\n+" + g + "\n")
			shown++
		}
	}
	t.Errorf("%s differs (run go test -update if the change is intended):\n%s", path, diff.String())
}

// HeadlineLines returns the lines of the repository's testdata/headlines.txt
// that contain a rune for which in reports true.
func HeadlineLines(t *testing.T, in func(rune) bool) []string {
	t.Helper()
	path := filepath.Join("..", "..", "..", "testdata", "headlines.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("skipping: %s not found: %v", path, err)
	}
	var lines []string
	for _, line := range strings.Split(string(data), "\n") {
		if strings.IndexFunc(line, in) >= 0 {
			lines = append(lines, line)
		}
	}
	return lines
}

// CorpusLines returns up to max lines of ../shared/corpora/name, skipping
// the test when the shared data is absent.
func CorpusLines(tb testing.TB, name string, max int) []string {
	tb.Helper()
	path, err := sharedfiles.Path("corpora", name)
	if err != nil {
		tb.Skip(err)
	}
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("skipping: %v", err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() && len(lines) < max {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("reading %s: %v", name, err)
	}
	return lines
}

// CheckWords reports every segment of run without a letter or a digit: a
// sign or a format character alone is never a word.
func CheckWords(tb testing.TB, run string, segs []hashtag.Segment) {
	tb.Helper()
	for i, s := range segs {
		if s.Start < 0 || s.End > len(run) || s.Start >= s.End {
			continue // CheckSpans reports it
		}
		if strings.IndexFunc(run[s.Start:s.End], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			tb.Errorf("segment %d of %q, %q, has no letter or digit", i, run, run[s.Start:s.End])
		}
	}
}
