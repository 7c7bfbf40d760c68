package hashtag

import "unicode/utf8"

// The rank stage of Suggest: a score per candidate. Names an editor would
// tag come first (places, people, organisations, multi-word names), then
// acronyms, then topic words, longer and rarer ones first; generic news
// words last.

// Scores of the kinds of candidate; the rest of rank adjusts them.
const (
	scorePlace      = 6.0
	scoreName       = 5.5 // a multi-word name, or a capitalized word inside a sentence
	scoreTitleName  = 4.5 // a multi-word name in a Title Case headline, found without capitals
	scoreAcronym    = 4.5
	scoreDictName   = 5.0 // a proper noun as a Segmenter's dictionary knows it
	scoreInitial    = 3.0 // a capitalized word at a sentence start: maybe a name, maybe not
	scoreChunk      = 3.3 // a phrase of two words in a script without case
	scoreTopic      = 2.0 // plus a bonus for length
	scoreGeneric    = 0.5
	bonusLabel      = 2.5  // the label before a ':' that opens the headline: its topic
	bonusPerWord    = 0.2  // a longer name is a more specific one
	cutoffFraction  = 0.72 // a candidate scoring under this share of the best is not suggested
	bonusNoun       = 0.5  // a topic word right after an article
	penaltyVerb     = 1.0  // a topic word with a verb's ending
	penaltyLowerDe  = 1.5  // a lower-case German word: not a noun
	penaltyShort    = 1.0  // a topic word of one or two letters (in an alphabet)
	topicRuneBonus  = 0.1  // per code point of a topic word, up to topicRuneCap
	topicRuneCap    = 10
	ideographWeight = 3 // a Han or Hangul character carries as much as three letters
)

// rank scores every candidate.
func (p *pipeline) rank() {
	for k := range p.cands {
		c := &p.cands[k]
		words := c.last - c.first + 1
		switch c.kind {
		case KindPlace:
			c.score = scorePlace
		case KindName:
			switch {
			case words > 1 && p.title:
				c.score = scoreTitleName
			case words > 1:
				c.score = scoreName
			case p.words[c.first].seg != SegWord:
				c.score = scoreDictName
			case c.initial:
				c.score = scoreInitial
			default:
				c.score = scoreName - bonusPerWord
			}
		case KindPhrase:
			c.score = scoreChunk
		case KindOrganization:
			c.score = scoreDictName
		case KindAcronym:
			c.score = scoreAcronym
		case KindGeneric:
			c.score = scoreGeneric
		default:
			w := &p.words[c.first]
			wl := len(p.text(w)) // ASCII: one byte, one code point
			if !w.tok.is(tASCII) {
				wl = weightedLen(p.text(w))
			}
			c.score = scoreTopic + topicRuneBonus*float64(min(wl, topicRuneCap))
			if p.title && w.tok.is(tCap) {
				c.score += 0.5 // in Title Case a capital may still be a name's
			}
			if words == 1 && wl <= 2 && !p.spaceless(w) {
				c.score -= penaltyShort // "iş", "ni": too short to say what the story is
			}
			if words == 1 {
				switch {
				case p.afterDeterminer(c.first):
					c.score += bonusNoun
				case p.looksLikeVerb(w):
					c.score -= penaltyVerb
				}
				if w.tok.is(tLower) && (p.g.code == "de" || p.g.code == "lb") {
					c.score -= penaltyLowerDe
				}
			}
		}
		if words > 1 {
			c.score += bonusPerWord * float64(words-1)
		}
		if c.label && c.kind != KindGeneric {
			c.score += bonusLabel
		}
	}
	p.statsAdjust() // rank_stats.go: what a publisher's archive says
}

// topicBonus prefers longer, so more specific, topic words.
func topicBonus(text []byte) float64 {
	return topicRuneBonus * float64(min(weightedLen(text), topicRuneCap))
}

// weightedLen is the length of text in code points, a Han or Hangul
// character counting as ideographWeight: 서울 says as much as a word of six
// letters.
func weightedLen(text []byte) int {
	n := 0
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		i += size
		if r >= 0x1100 && (isHan(r) || isHangul(r)) {
			n += ideographWeight
		} else {
			n++
		}
	}
	return n
}

func isHan(r rune) bool    { return 0x4e00 <= r && r <= 0x9fff || 0x3400 <= r && r <= 0x4dbf }
func isHangul(r rune) bool { return 0xac00 <= r && r <= 0xd7a3 }

// spaceless reports whether w is a word of a script written without spaces
// (a Han character can be a whole word).
func (p *pipeline) spaceless(w *word) bool {
	return !w.tok.is(tASCII) && spacelessScript(p.s[w.tok.start:w.tok.end]) != ""
}
