package thai

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/hashtag/segment/internal/pieces"
)

func init() {
	hashtag.RegisterSegmenter(hashtag.ScriptThai, Segmenter{})
}

// Segmenter is the Thai [hashtag.Segmenter] this package registers. Its
// zero value is ready to use and safe for concurrent use; the word list is
// loaded on the first call to Segment.
type Segmenter struct{}

// Segment appends the words of run to dst (see [hashtag.Segmenter]). lang
// is not used: every Thai run is segmented the same way.
func (Segmenter) Segment(dst []hashtag.Segment, run, lang string) []hashtag.Segment {
	var buf [8]pieces.Piece
	for _, p := range pieces.Split(buf[:0], run) {
		switch p.Class {
		case pieces.Latin:
			kind := hashtag.SegWord
			if pieces.AllUpper(run[p.Start:p.End]) {
				kind = hashtag.SegProper
			}
			dst = append(dst, hashtag.Segment{Start: p.Start, End: p.End, Kind: kind})
		case pieces.Digit:
			dst = append(dst, hashtag.Segment{Start: p.Start, End: p.End, Kind: hashtag.SegNumber})
		default:
			dst = segmentThai(dst, run, p.Start, p.End)
		}
	}
	return dst
}

// Known reports whether word is one entry of the word list. Tests use it to
// tell a long dictionary word from a run left unsegmented.
func Known(word string) bool {
	t, err := loaded()
	if err != nil {
		return false
	}
	_, ok := t.lookup(word)
	return ok
}

// step is the best way found to segment the text up to one offset.
type step struct {
	unknown int32 // bytes covered by no dictionary word
	words   int32 // words used
	from    int32 // offset where the last word starts; -1 = unreachable
	known   bool  // the last word is a dictionary word
	kind    hashtag.SegmentKind
}

func (s step) better(unknown, words int32) bool {
	return s.from < 0 || unknown < s.unknown || unknown == s.unknown && words < s.words
}

type scratch struct {
	cut   []bool
	steps []step
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// segmentThai appends the words of run[start:end] by maximal matching: the
// cut with the fewest bytes outside dictionary words, then the fewest words.
func segmentThai(dst []hashtag.Segment, run string, start, end int) []hashtag.Segment {
	t, err := loaded()
	if err != nil {
		return append(dst, hashtag.Segment{Start: start, End: end, Kind: hashtag.SegWord})
	}
	text := run[start:end]
	n := len(text)
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.cut = clusterCuts(sc.cut[:0], text)
	if cap(sc.steps) < n+1 {
		sc.steps = make([]step, n+1)
	}
	steps := sc.steps[:n+1]
	for i := range steps {
		steps[i] = step{from: -1}
	}
	steps[0] = step{from: 0}
	cut := sc.cut
	for i := 0; i < n; i++ {
		if !cut[i] || steps[i].from < 0 {
			continue
		}
		base := steps[i]
		if i > 0 && base.from == int32(i) {
			continue
		}
		// Every dictionary word that starts here and ends on a cut.
		var nd int32
		for j := i; j < n; {
			r, size := utf8.DecodeRuneInString(text[j:])
			if nd = t.child(nd, r); nd == 0 {
				break
			}
			j += size
			if !t.nodes[nd].word {
				continue
			}
			// ฯ (abbreviation) and ๆ (repetition) belong to the word
			// before them: กรุงเทพฯ is กรุงเทพ abbreviated.
			e := j
			for e < n && (strings.HasPrefix(text[e:], "ฯ") || strings.HasPrefix(text[e:], "ๆ")) {
				e += len("ฯ")
			}
			if cut[e] && steps[e].better(base.unknown, base.words+1) {
				steps[e] = step{unknown: base.unknown, words: base.words + 1, from: int32(i), known: true, kind: t.nodes[nd].kind}
			}
		}
		// Or one cluster no word covers.
		k := i + 1
		for k < n && !cut[k] {
			k++
		}
		if u := base.unknown + int32(k-i); steps[k].better(u, base.words+1) {
			steps[k] = step{unknown: u, words: base.words + 1, from: int32(i)}
		}
	}
	// Walk back from the end, then emit in order, merging neighbouring
	// unknown clusters into one word.
	first := len(dst)
	for j := n; j > 0; {
		s := steps[j]
		seg := hashtag.Segment{Start: start + int(s.from), End: start + j, Kind: s.kind}
		if !s.known {
			seg.Kind = hashtag.SegWord
			if last := len(dst) - 1; last >= first && dst[last].Kind == unknownKind && dst[last].Start == seg.End {
				dst[last].Start = seg.Start
				j = int(s.from)
				continue
			}
			seg.Kind = unknownKind
		}
		dst = append(dst, seg)
		j = int(s.from)
	}
	reverse(dst[first:])
	markUnknownNames(dst[first:], run)
	// A stretch of format characters alone (a soft hyphen, ZWJ: the scanner
	// keeps some inside words) is no word.
	out := dst[:first]
	for _, s := range dst[first:] {
		if hasLetter(run[s.Start:s.End]) {
			out = append(out, s)
		}
	}
	return out
}

// letters counts the letters of s (Thai consonants and the vowels written
// as letters; not the combining marks).
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// markUnknownNames gives the words the list lacks their kind. Thai writes
// foreign names by sound (บิชเคก, ทรัมป์), and a name the list lacks is
// what most unknown stretches of news text are: such a stretch is a
// proper noun (hashtag.SegProper). Maximal matching covers as much of it
// as it can with short words of the list (บิ ช เค ก: บิ and เค are
// words), so the short content words on either side of an unknown
// stretch belong to the name too; they keep their segments, and a ranker
// may join neighbouring proper nouns into one tag. A single unknown letter
// with nothing around it is no name. Every unknown segment ends as
// SegWord or SegProper.
func markUnknownNames(segs []hashtag.Segment, run string) {
	for i := 0; i < len(segs); i++ {
		if segs[i].Kind != unknownKind {
			continue
		}
		if letters(run[segs[i].Start:segs[i].End]) == 0 {
			segs[i].Kind = hashtag.SegWord // format characters: dropped later
			continue
		}
		lo, hi := i, i
		for lo > 0 && nameShard(segs[lo-1], run, 2) {
			lo--
		}
		for hi+1 < len(segs) && (segs[hi+1].Kind == unknownKind || nameShard(segs[hi+1], run, 3)) {
			hi++
		}
		kind := hashtag.SegWord
		if letters(run[segs[lo].Start:segs[hi].End]) >= 3 {
			kind = hashtag.SegProper
		}
		for k := lo; k <= hi; k++ {
			if segs[k].Kind == unknownKind || kind == hashtag.SegProper {
				segs[k].Kind = kind
			}
		}
		i = hi
	}
}

// nameShard reports whether s is a short content word of the list, as
// maximal matching takes out of a name it does not know: a syllable of at
// most max code points. Before the unknown stretch only two are taken
// (บิ of บิชเคก): a word of three there is as often a word of its own
// before the name (ทีม "team", นาย "Mr").
func nameShard(s hashtag.Segment, run string, max int) bool {
	return s.Kind == hashtag.SegWord && utf8.RuneCountInString(run[s.Start:s.End]) <= max
}

// unknownKind marks, while segments are built, a word the dictionary does
// not have, so neighbouring ones merge; markUnknownNames gives it its kind.
const unknownKind hashtag.SegmentKind = 255

func reverse(s []hashtag.Segment) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// clusterCuts appends to cut, for each byte offset 0..len(text), whether a
// word may end there: at a rune boundary that does not split a Thai
// character cluster.
func clusterCuts(cut []bool, text string) []bool {
	for i := 0; i <= len(text); i++ {
		cut = append(cut, false)
	}
	cut[0], cut[len(text)] = true, true
	prev := rune(-1)
	for i, r := range text {
		if i > 0 {
			cut[i] = !bindsBackward(r) && !bindsForward(prev)
		}
		prev = r
	}
	return cut
}

// bindsBackward reports whether r cannot start a cluster: combining vowels
// and tone marks, and the vowels and signs written after their consonant.
func bindsBackward(r rune) bool {
	switch r {
	case 'ะ', 'า', 'ำ', 'ๅ', 'ฯ', 'ๆ':
		return true
	}
	return unicode.Is(unicode.Mn, r)
}

// bindsForward reports whether r cannot end a cluster: the vowels written
// before the consonant they follow in speech.
func bindsForward(r rune) bool {
	return 'เ' <= r && r <= 'ไ'
}
