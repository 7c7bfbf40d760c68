package hashtag

import "unicode/utf8"

// The rank stage of Suggest: a score per candidate. Names an editor would
// tag come first (places, people, organisations, multi-word names), then
// acronyms, then topic words, longer and rarer ones first; generic news
// words last.

// Scores of the kinds of candidate; the rest of rank adjusts them.
const (
	scorePlace         = 6.0
	scoreListedPlace   = 5.5 // a place from places/, not CLDR, in a script with capitals
	scoreName          = 5.5 // a multi-word name, or a capitalized word inside a sentence
	scoreTitleName     = 4.5 // a multi-word name in a Title Case headline, found without capitals
	penaltyGenericOpen = 1.0 // such a name opened by a generic word (New Evidence)
	bonusSubject       = 0.5 // the one word before the verb of an English Title Case headline (Rihanna Looks …)
	bonusTitleCap      = 0.5 // a topic word's capital in Title Case: it may still be a name's
	scoreAcronym       = 4.5
	scoreDictName      = 5.0 // a proper noun as a Segmenter's dictionary knows it
	scoreInitial       = 3.0 // a capitalized word at a sentence start: maybe a name, maybe not
	scoreChunk         = 3.3 // a phrase of two words in a script without case
	scoreNounPhrase    = 4.2 // a noun phrase of two lower-case words (food crisis), plus bonusPerWord
	scoreTopic         = 2.0 // plus a bonus for length
	scoreGeneric       = 0.5
	bonusLabel         = 2.5  // the label before a ':' that opens the headline: its topic
	bonusPerWord       = 0.2  // a longer name is a more specific one
	bonusCompoundName  = 0.3  // a Chinese or Japanese compound that holds a name (横浜市長選挙) over the name alone
	cutoffFraction     = 0.72 // a candidate scoring under this share of the best is not suggested
	bonusNoun          = 0.5  // a topic word right after an article
	bonusNounDe        = 1.5  // a German word with a capital: a noun, and German nouns are long compounds that say much
	penaltyVerb        = 1.0  // a topic word with a verb's ending
	penaltyLowerDe     = 1.5  // a lower-case German word: not a noun
	penaltyShort       = 1.0  // a topic word of one or two letters (in an alphabet)
	topicRuneBonus     = 0.1  // per code point of a topic word, up to topicRuneCap
	topicRuneCap       = 10
	ideographWeight    = 3 // a Han or Hangul character carries as much as three letters
)

// rank scores every candidate.
func (p *pipeline) rank() {
	// (Not with an archive: statsAdjust reads every score.)
	p.score(p.g.opts.Stats == nil)
	if p.g.opts.Stats != nil {
		// (Tested here: most Generators have no archive, and a call
		// to a function that does nothing costs an instruction cache
		// line.)
		p.statsAdjust() // rank_stats.go: what a publisher's archive says
		p.top = bestScore(p.cands)
	}
}

// score scores every candidate and sets p.top. With ceilings, a topic
// word whose ceiling (topicCeiling) is under render's cutoff of the best
// score so far (which only grows) can never be suggested: it is given
// its ceiling, not the work of the rules that would lower it. Names and
// places come first among the candidates and set the bar: in English
// news, about half of the topic words stop there.
func (p *pipeline) score(ceilings bool) {
	// The language's rules, settled once, not per candidate.
	code := p.g.code
	// (One value, not three flags: the loop below keeps few in
	// registers.)
	var lang rankLang
	switch code {
	case "de", "lb":
		lang = rankGerman
	case "el":
		lang = rankGreek
	case "th":
		lang = rankThai
	}
	// (rank adds no candidate: the slice is read once, not again after
	// every call.)
	cands := p.cands
	top := -1.0 // the best score but for a label's bonus, for render's cutoff
	raise := topicRaise(lang == rankGerman, p.semitic())
	for k := range cands {
		c := &cands[k]
		words := c.last - c.first + 1
		if c.joined {
			words = 1 // one word of the headline, however many segments
		}
		switch c.kind {
		case KindPlace:
			c.score = scorePlace
			if c.listed == listingYes || c.listed == listingAsk && p.listedPlace(c) {
				// Florida, Cairo, Hamburg: a city or province ranks
				// with the names beside it, not over them as a
				// country does (Board of Peace meets in Cairo).
				c.score = scoreListedPlace
			}
		case KindName:
			switch {
			case words > 1 && p.title && p.words[c.first].is(inGeneric):
				// New Evidence, Big Win: a generic word opens few
				// names (New York is the gazetteer's).
				c.score = scoreTitleName - penaltyGenericOpen
			case words > 1 && p.title:
				c.score = scoreTitleName
			case words > 1 && p.placeInName(c):
				// Afrique de l’Ouest, Bronzes du Bénin, Afrique Avenir:
				// the name says more than the place inside it.
				c.score = scorePlace - bonusPerWord*float64(words-1) // as the place, and first for being longer
			case words > 1:
				c.score = scoreName
			case p.words[c.first].seg != SegWord || c.joined:
				c.score = scoreDictName
			case c.initial:
				c.score = scoreInitial
			default:
				c.score = scoreName - bonusPerWord
			}
		case KindPhrase:
			c.score = scoreChunk
			if !p.words[c.first].caseless {
				c.score = scoreNounPhrase
			}
		case KindOrganization:
			c.score = scoreDictName
		case KindAcronym:
			c.score = scoreAcronym
		case KindGeneric:
			c.score = scoreGeneric
		default:
			w := &p.words[c.first]
			wl := len(p.text(w)) // ASCII: one byte, one code point
			switch {
			case c.joined:
				wl = weightedLen([]byte(p.s[c.start:c.end]))
			case !w.tok.is(tASCII):
				wl = weightedLen(p.text(w))
			}
			c.score = scoreTopic + topicRuneBonus*float64(min(wl, topicRuneCap))
			if ceiling := p.topicCeiling(c, w, words, raise); ceilings && ceiling < cutoffFraction*top {
				if raise < bonusNoun && p.afterDeterminer(c.first) {
					ceiling += bonusNoun - raise // a noun's, after an article
				}
				if ceiling < cutoffFraction*top {
					c.score = ceiling
					continue
				}
			}
			if p.title && w.tok.is(tCap) {
				c.score += bonusTitleCap // in Title Case a capital may still be a name's
				// (Only a sentence's first word can be the subject: the
				// others pay no call.)
				if words == 1 && w.tok.is(tInitial) && p.subjectInTitleCase(c.first) {
					c.score += bonusSubject
				}
			}
			if words == 1 && wl <= 2 && !p.spaceless(w) {
				c.score -= penaltyShort // "iş", "ni": too short to say what the story is
			}
			if words == 1 {
				switch {
				case lang == rankGerman && w.tok.is(tCap) && !p.title && !germanAdjective(p.lower(w), w.tok):
					// German writes every noun with a capital: it says
					// what an article says elsewhere.
					c.score += bonusNounDe
				case lang == rankGreek && (p.looksLikeVerb(w) || p.afterVerbParticle(c.first)):
					// Greek του, της, τους are pronouns as well as
					// articles (η επιφάνειά του έλκονται): a verb's
					// ending says more than the word before it.
					c.score -= penaltyVerb
				case p.afterDeterminer(c.first):
					c.score += bonusNoun
				case p.looksLikeVerb(w), p.title && p.afterAuxiliary(c.first), p.g.english && adverb(p.lower(w)),
					lang == rankThai && p.thaiModifier(c.first): // thai.go: อย่างรุนแรง
					c.score -= penaltyVerb
				case p.semitic():
					c.score += p.semiticTopicBonus(c.first)
				}
				if lang == rankGerman && (w.tok.is(tLower) || germanAdjective(p.lower(w), w.tok)) {
					c.score -= penaltyLowerDe
				}
			}
		}
		if words > 1 {
			c.score += bonusPerWord * float64(words-1)
		}
		c.score += c.bonus
		if p.hasParen && p.isGloss(c) {
			c.score = scoreGeneric // gloss.go: ทะเลดวงจันทร์ (Maria)
		}
		if c.label && c.kind != KindGeneric && !p.notNounDe(c) {
			c.score += bonusLabel
		}
		// (Here, where the score is at hand, rather than in a loop of
		// render's own. Branches: few candidates are labels, and the
		// best so far seldom changes.)
		s := c.score
		if c.label {
			s -= bonusLabel
		}
		if s > top {
			top = s
		}
	}
	p.top = top
}

// rankLang is a language with rules of its own in rank's scores of
// topic words.
type rankLang uint8

const (
	rankOther rankLang = iota
	rankGerman
	rankGreek
	rankThai
)

// topicRaise is the most that the language's own rules for a topic word
// of one word raise its score by (topicCeiling adds a noun's after an
// article, and Title Case's): German nouns' capital, or what
// semiticTopicBonus gives.
func topicRaise(german, semitic bool) float64 {
	switch {
	case german:
		return bonusNounDe
	case semitic:
		return maxSemiticTopicBonus
	}
	return 0
}

// topicCeiling is the most rank can score topic word c, its first word
// w, scored so far by its length only: with every bonus that may apply
// (raise is topicRaise's) and none of the penalties, but for a noun's
// after an article, which rank adds where the ceiling would leave the
// word out otherwise (afterDeterminer is asked of few words).
// TestTopicCeiling holds them to the scores of the corpora's topic words.
func (p *pipeline) topicCeiling(c *candidate, w *word, words int, raise float64) float64 {
	ceiling := c.score + raise + bonusPerWord*float64(words-1) + c.bonus
	if p.title && w.tok.is(tCap) {
		ceiling += bonusTitleCap
		if w.tok.is(tInitial) { // (only a sentence's first word can be the subject)
			ceiling += bonusSubject
		}
	}
	if c.label {
		ceiling += bonusLabel
	}
	if p.hasParen {
		ceiling = max(ceiling, scoreGeneric) // a gloss's
	}
	return ceiling + 1e-9 // (the same sums in another order may round apart)
}

// bestScore is the best score of cands but for a label's bonus, as rank
// finds it while scoring.
func bestScore(cands []candidate) float64 {
	top := -1.0
	for k := range cands {
		s := cands[k].score
		if cands[k].label {
			s -= bonusLabel
		}
		top = max(top, s)
	}
	return top
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

// auxiliaries are, per language, the verbs that most often follow the
// subject of a headline (Geithner Is Pressed …). They are in the lexicon
// (inAuxiliary): classify's one lookup of a word tells.
var auxiliaries = map[string][]string{
	"en": {"is", "are", "was", "were", "has", "have", "had", "will", "can", "could", "may", "might", "should", "would", "does", "did"},
}

// subjectInTitleCase reports whether word i opens an English Title Case
// headline and a verb follows it (Rihanna Looks Flawless …): the one word
// before the verb is the subject, and a headline's subject is most often
// the person or thing it is about.
func (p *pipeline) subjectInTitleCase(i int) bool {
	if !p.g.english || !p.words[i].tok.is(tInitial) || i+1 >= len(p.words) {
		return false
	}
	next := &p.words[i+1]
	if next.tok.is(tPunct) || next.tok.is(tApos) {
		return false
	}
	return next.is(inAuxiliary) || verbForm(p.lower(next)) && next.is(inGeneric)
}

// placeInName reports whether the multi-word name c, in a Latin script,
// holds a place the gazetteer found, and no hyphen joins its words
// (Israel-Hamas is two names, not one).
func (p *pipeline) placeInName(c *candidate) bool {
	if r, _ := utf8.DecodeRune(p.text(&p.words[c.first])); r >= 0x250 {
		return false // Latin letters end at U+024F
	}
	for i := c.first; i < c.last; i++ {
		if p.words[i].hyphen {
			return false
		}
	}
	// The sentence's first word may have its capital for being first
	// (Neighbours of Niger, Guerre Ukraine): then only a place that
	// opens the name counts (Afrique Avenir).
	initial := p.words[c.first].tok.is(tInitial)
	for k := range p.cands {
		if o := &p.cands[k]; o.kind == KindPlace && o.first >= c.first && o.last <= c.last && (o.first != c.first || o.last != c.last) && (!initial || o.first == c.first) {
			return true
		}
	}
	return false
}

// listedPlace reports whether the place c, written with capitals, is a
// name only a places/ list has (a city, a province), not a country.
func (p *pipeline) listedPlace(c *candidate) bool {
	if p.words[c.first].caseless || c.joined {
		return false
	}
	key := p.key[:0]
	for i := c.first; i <= c.last; i++ {
		if i > c.first {
			key = append(key, ' ')
		}
		key = appendLower(p.g, key, p.base(&p.words[i]))
	}
	p.key = key
	return p.g.lists.gaz.lists[string(key)]
}

// afterAuxiliary reports whether word i of an English headline follows an
// auxiliary or modal verb (Crowd Will Test …, Is Pressed): it is a verb
// itself.
func (p *pipeline) afterAuxiliary(i int) bool {
	if !p.g.english || i == 0 || p.words[i].tok.is(tPunct) {
		return false
	}
	return p.words[i-1].is(inAuxiliary)
}
