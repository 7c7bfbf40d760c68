package hashtag

import (
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"
)

// Suggestion is a tag an editor would post for a headline, as Suggest
// ranks them.
type Suggestion struct {
	Text  string  `json:"text"`  // the tag, without '#'
	Start int     `json:"start"` // byte span in the headline it came from, End exclusive
	End   int     `json:"end"`
	Kind  Kind    `json:"kind"`  // name, place, organization, acronym, topic, …
	Score float64 `json:"score"` // higher is better; only the order within one headline means anything
}

// Suggest returns up to n tags an editor would post for headline, best
// first: named entities and multi-word names (people, places,
// organisations, events), then acronyms and specific topic words; generic
// news words (says, dead, new) only when nothing else is there. n ≤ 0
// means 3.
//
// Unlike Derive, Suggest puts tags in base form where a rule is sure
// (Islamabad’s → Islamabad, Turkish İstanbul’da → İstanbul, Hebrew and
// Arabic proclitics off names, Korean particles off nouns), finds
// multi-word names without relying on capitals (CLDR names of countries
// and regions in the headline's language, see golang.org/x/text/language/display),
// and finds names in Title Case and capitals. It returns fewer than n tags
// rather than weak ones: a candidate far below the best one is left out.
//
// The options Style, Max and MinLength of Derive do not apply; Lang, Case,
// FoldDiacritics, Stopwords and Segmenter do. The result is deterministic;
// Suggest is safe for concurrent use.
//
// The result is the caller's: appending to it copies it, and its texts
// never change. To allocate nothing a call, results and the texts of tags
// not written as in the headline are cut from small blocks shared with
// later calls, so a caller who keeps one result keeps about a kilobyte
// alive until it lets go.
func (g *Generator) Suggest(headline string, n int) []Suggestion {
	if n <= 0 {
		n = 3
	}
	p := g.getPipeline(headline)
	p.tokenize()       // tokenize.go: words, and words of spaceless scripts by Segmenter
	p.classify()       // filter.go: stopwords, generic words, titles, fragments
	p.candidates()     // candidates.go: names, places, acronyms, topic words
	p.rank()           // rank.go: a score per candidate
	out := p.render(n) // render.go: the best, as tags
	// Not deferred: a pipeline lost to a panic is only not reused.
	g.putPipeline(p)
	return out
}

// SuggestLine is Suggest as one line of tags, "#a #b", best first.
func (g *Generator) SuggestLine(headline string, n int) string {
	var b strings.Builder
	for i, s := range g.Suggest(headline, n) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('#')
		b.WriteString(s.Text)
	}
	return b.String()
}

// Suggest is Default().Suggest.
func Suggest(headline string, n int) []Suggestion { return defaultGenerator().Suggest(headline, n) }

// SuggestionTexts returns the texts of ss, in order.
func SuggestionTexts(ss []Suggestion) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

// pipeline is one headline on its way through Suggest's stages, with the
// buffers they reuse from one headline to the next.
type pipeline struct {
	g     *Generator
	s     string
	words []word
	cands []candidate
	shout bool // written in capitals
	title bool // Title Case: capitals mark no names

	// A summary of the headline, made once by tokenize, so that no word
	// or candidate pays for a rule that cannot fire in it: a gloss is in
	// parentheses (gloss.go), a possessive or a case after an apostrophe
	// needs a word with tApos (places), and phrases of caseless words
	// need a caseless word (chunks).
	hasParen    bool
	seen        tokFlags // the flags of every token, ORed
	anyCaseless bool     // some word is caseless (word.caseless)

	buf      []byte // the words' texts and base forms (word.t0, word.b0)
	key      []byte // gazetteer keys
	tmp, out []byte // normalization scratch
	iter     norm.Iter
	segs     []Segment
	taken    []bool // semiticNames' scratch

	order []int32      // render: the candidates that pass the cutoff, best first
	block []Suggestion // render: what is left of the block results come from
	sel   selection    // render: the tags chosen

	scores []float64 // rank_stats: the scores of candidates of other kinds than topic words
	spans  []int32   // rank_stats: the candidates by first word (learnedNames), heads then links

	top   float64 // rank: the best score but for a label's bonus, which render's cutoff is a share of
	texts []byte  // render: what is left of the block of text the results' tags are cut from (render.go: keepText)

	// lists are the Generator's word lists, set by reset (Suggest,
	// Learn), so that tokenize classifies each word as it adds it, while
	// the word is at hand (classifyWord), and classify has only what
	// needs the words around left to do. A pipeline made otherwise has
	// none and tokenize classifies nothing: gazetteerKey's, which makes
	// the gazetteer's keys while the lists are being built.
	lists      *suggestLists
	classified bool // tokenize classified every word
	// tally counts the words for titleCase, when tokenize classified
	// them.
	tally titleTally
}

var pipelines = sync.Pool{New: func() any { return new(pipeline) }}

func (g *Generator) getPipeline(s string) *pipeline {
	p := pipelines.Get().(*pipeline)
	p.reset(g, s)
	return p
}

// reset readies p, reused, for headline s of g.
func (p *pipeline) reset(g *Generator, s string) {
	p.g, p.s = g, s
	p.words, p.cands = p.words[:0], p.cands[:0]
	p.shout, p.title = false, false
	p.seen, p.anyCaseless = 0, false
	p.lists = g.suggestLists()
}

func (g *Generator) putPipeline(p *pipeline) {
	// Do not keep the memory of a pathological input alive.
	if cap(p.buf) > 64<<10 || cap(p.words) > 4096 || cap(p.cands) > 8192 || cap(p.texts) > 64<<10 {
		return
	}
	p.g, p.s, p.lists = nil, "", nil
	pipelines.Put(p)
}

// byScore orders candidates best first; ties go to the one earlier in the
// headline, then the longer one, so the order is deterministic.
func byScore(a, b *candidate) int {
	switch {
	case a.score != b.score:
		if a.score > b.score {
			return -1
		}
		return 1
	case a.start != b.start:
		return a.start - b.start
	default:
		return b.end - a.end
	}
}
