package cjk

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-ego/gse"

	"github.com/sharekit/sharekit/hashtag"
)

var zh struct {
	once sync.Once
	seg  gse.Segmenter
	dict *zhDict
}

// chinese returns gse's dictionary, loaded from its embedded simplified
// and traditional Chinese dictionaries (jieba's) on the first call.
func chinese() *zhDict {
	zh.once.Do(func() {
		// LoadDictEmbed only fails on a file it cannot read; the embedded
		// dictionaries are strings, so it cannot.
		_ = zh.seg.LoadDictEmbed("zh")
		zh.dict = newZhDict(&zh.seg)
	})
	return zh.dict
}

// segmentChinese appends the words of run[start:end], a piece without
// Latin letters or digits, as gse's dictionary segmentation finds them
// (the path through the dictionary's words of highest joint frequency).
// A ・ is never part of a word.
func segmentChinese(dst []hashtag.Segment, run string, start, end int) []hashtag.Segment {
	dict := chinese()
	c := zhCutters.Get().(*zhCutter)
	defer zhCutters.Put(c)
	for start < end {
		part := run[start:end]
		if i := strings.IndexRune(part, nakaguro); i >= 0 {
			part = part[:i]
		}
		for _, s := range c.cut(dict, part) {
			w := hashtag.Segment{Start: start + s.Start, End: start + s.End, Kind: s.Kind}
			if !hasWordRune(run[w.Start:w.End]) {
				continue // a format character (soft hyphen, ZWJ) the scanner kept
			}
			// A name the dictionary lacks comes out a character at a time,
			// each tagged a name (肖 磊): one name.
			if last := len(dst) - 1; last >= 0 && w.Kind == hashtag.SegName && dst[last].Kind == hashtag.SegName &&
				dst[last].End == w.Start && w.End-w.Start <= utf8.UTFMax && dst[last].End-dst[last].Start <= utf8.UTFMax {
				dst[last].End = w.End
				continue
			}
			dst = append(dst, w)
		}
		start += len(part)
		for strings.HasPrefix(run[start:end], string(nakaguro)) {
			start += len(string(nakaguro))
		}
	}
	return dst
}

// chineseKind maps a jieba part-of-speech tag (the ICTCLAS tag set) to a
// SegmentKind.
func chineseKind(pos string) hashtag.SegmentKind {
	switch pos {
	case "nr", "nrfg", "nrt":
		return hashtag.SegName
	case "ns", "nsf":
		return hashtag.SegPlace
	case "nt":
		return hashtag.SegOrg
	case "nz":
		return hashtag.SegProper
	case "m", "mq":
		return hashtag.SegNumber
	case "v", "vd", "vg", "vi", "vq", // verb (vn, a verbal noun, stays a word)
		"a", "ad", "ag", // adjective (an, an adjectival noun, stays a word)
		"t", "tg": // time word (明日, 今年)
		return hashtag.SegVerb
	case "q", // classifier
		"r", "rr", "rz", // pronoun
		"p",                                             // preposition
		"c",                                             // conjunction
		"u", "uj", "ul", "uv", "ud", "ug", "uz", "usuo", // particle
		"y", "e", "o", // modal particle, interjection, onomatopoeia
		"d", "f": // adverb, localizer (上 中 后)
		return hashtag.SegFunction
	}
	return hashtag.SegWord
}

func knownChinese(word string) bool {
	// Find also reports prefixes of words, with frequency 0.
	freq, _, ok := chinese().dict.Find([]byte(word))
	return ok && freq > 0
}
