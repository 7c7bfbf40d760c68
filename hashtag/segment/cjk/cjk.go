package cjk

import (
	"unicode"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/hashtag/segment/internal/pieces"
)

func init() {
	hashtag.RegisterSegmenter(hashtag.ScriptHan, Segmenter{})
}

// Segmenter is the Chinese and Japanese [hashtag.Segmenter] this package
// registers. Its zero value is ready to use and safe for concurrent use;
// each language's dictionary is loaded on the first call that needs it.
type Segmenter struct{}

// Segment appends the words of run to dst (see [hashtag.Segmenter]). lang
// "ja" or "zh" picks the dictionary; with any other lang a run with Hiragana
// or Katakana is Japanese and any other run Chinese. Latin letters and
// digits in the run are words of their own; a ・ that does not join a
// Katakana name belongs to no word.
func (Segmenter) Segment(dst []hashtag.Segment, run, lang string) []hashtag.Segment {
	japanese := lang == "ja" || lang != "zh" && hasKana(run)
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
			if japanese {
				dst = segmentJapanese(dst, run, p.Start, p.End)
			} else {
				dst = segmentChinese(dst, run, p.Start, p.End)
			}
		}
	}
	return dst
}

// Known reports whether word is one entry of the dictionary of lang ("ja"
// or "zh"). Tests use it to tell a long dictionary word from a run left
// unsegmented.
func Known(word, lang string) bool {
	if lang == "ja" {
		return knownJapanese(word)
	}
	return knownChinese(word)
}

func hasKana(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana) && r != nakaguro {
			return true
		}
	}
	return false
}

// nakaguro is U+30FB KATAKANA MIDDLE DOT, which Japanese writes between the
// parts of a foreign name (ジェームス・ブラウン) and between the items of a
// list (米国・カナダ).
const nakaguro = '・'
