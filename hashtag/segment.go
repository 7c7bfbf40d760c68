package hashtag

import (
	"strings"
	"sync"
)

// A Segmenter splits a run of text written without spaces between words
// (Chinese, Japanese, Thai) into words. The scanner cannot see word
// boundaries in such text without a dictionary, so without a Segmenter a
// run between spaces or punctuation is one word.
//
// Dictionaries are large, so none is linked into this package: a program
// enables one by importing the package that registers it, as image decoders
// are enabled:
//
//	import _ "github.com/sharekit/sharekit/hashtag/segment/cjk"
//
// or sets [Options.Segmenter] for one Generator. Implementations must be
// safe for concurrent use and deterministic.
type Segmenter interface {
	// Segment appends the words of run to dst and returns it. run is a
	// word run as the scanner found it: NFC, letters, marks and digits,
	// with no spaces. lang is the base language of Options.Lang ("zh",
	// "ja", "th", or "" when unknown); a segmenter may use it to choose
	// a dictionary. The segments must be in order, must not overlap, and
	// their spans are byte offsets into run (End exclusive). Bytes of run
	// that no segment covers separate words and are dropped.
	Segment(dst []Segment, run, lang string) []Segment
}

// Segment is one word of a run, as a Segmenter found it.
type Segment struct {
	Start, End int         // byte span in the run, End exclusive
	Kind       SegmentKind // what the dictionary knows of the word
}

// SegmentKind is what a Segmenter's dictionary says about a word. Rankers
// use it: names come first, function words are never tags.
type SegmentKind uint8

const (
	SegWord     SegmentKind = iota // a content word, or a word the dictionary does not know
	SegName                        // a person's name
	SegPlace                       // a place: country, city, region
	SegOrg                         // an organisation
	SegProper                      // another proper noun (work, event, brand)
	SegFunction                    // a particle, auxiliary, pronoun, classifier or other function word
	SegNumber                      // a number or a numeral with its classifier
	SegVerb                        // a verb, adjective or time word: a tag, but rarely the one an editor posts
)

// Scripts that RegisterSegmenter accepts: ISO 15924 codes of the scripts
// written without spaces between words. "Hani" covers Han, Hiragana and
// Katakana (Chinese and Japanese text mix them).
const (
	ScriptHan  = "Hani"
	ScriptThai = "Thai"
)

var segmenters struct {
	sync.RWMutex
	m map[string]Segmenter
}

// RegisterSegmenter makes s the Segmenter for runs of script (ScriptHan or
// ScriptThai) in every Generator whose Options.Segmenter is nil. It is
// meant to be called from the init function of the package that provides
// the dictionary; a later registration for the same script replaces an
// earlier one, and a nil s removes it.
func RegisterSegmenter(script string, s Segmenter) {
	segmenters.Lock()
	defer segmenters.Unlock()
	if segmenters.m == nil {
		segmenters.m = make(map[string]Segmenter)
	}
	if script != "" {
		script = strings.ToUpper(script[:1]) + strings.ToLower(script[1:])
	}
	if s == nil {
		delete(segmenters.m, script)
		return
	}
	segmenters.m[script] = s
}

// registeredSegmenter returns the Segmenter registered for script, or nil.
func registeredSegmenter(script string) Segmenter {
	segmenters.RLock()
	defer segmenters.RUnlock()
	return segmenters.m[script]
}

// segmenterFor returns the Segmenter for runs of script: Options.Segmenter,
// else the registered one, else nil.
func (g *Generator) segmenterFor(script string) Segmenter {
	if g.opts.Segmenter != nil {
		return g.opts.Segmenter
	}
	return registeredSegmenter(script)
}
