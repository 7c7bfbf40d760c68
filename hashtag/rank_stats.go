package hashtag

import (
	"bytes"
	"math"
)

// The rank stage's use of a publisher's statistics (Options.Stats, learned
// by Learn): the built-in rules guess how specific a word is from its
// length; an archive knows. statsAdjust runs at the end of rank, after
// every rule has scored its candidates, and
//
//   - raises a topic word the archive comes back to (a recurring topic is
//     what readers follow a hashtag for: #股市 in a financial paper), by
//     the log of its document frequency, up to the words in one headline
//     of fifty, which are everyday words rather than topics;
//   - decides a sentence's capitalized first word by how the archive
//     writes it inside sentences: a name (Geithner) or a common word
//     (Dozens);
//   - adds the multi-word names the archive learned (Boko Haram, قناة
//     السويس, दक्षिण कोरिया) as candidates, joined as render joins every
//     name: CamelCase, or '_' in scripts without case.
//
// Without statistics, or with statistics of another language, it does
// nothing: Suggest is exactly as before.

const (
	// recurringBonus is the most a topic word gains for how often the
	// archive uses it: log(df+1)/log(headlines+1) of it, so 0 for a word
	// never seen. Small next to the gaps between kinds (a topic word
	// never passes a name), it orders the topic words, whose scores the
	// rules give by length alone; in Chinese, where every word of two
	// characters scores the same, it decides.
	//
	// An earlier version did the opposite, lowering words by their idf
	// (prefer the rare, specific word). Measured on the editorial dev set,
	// that helped no language and cost Chinese its hit@1 (股市 "stock
	// market", common in a financial archive, fell behind 策略 "strategy";
	// 基金 "fund" behind 净流入 "net inflow"): rarity is not what makes a
	// word a tag; that editors tag the topics they cover is.
	recurringBonus = 0.2
	// everydayShare: a word in more headlines than this share is one the
	// archive uses every day, whatever the story (a generic word the lists
	// miss): it gains nothing.
	everydayShare = 0.02
	// dfMinHeadlines: below this many headlines an archive's document
	// frequencies are noise (a topic word of the week looks everyday, most
	// words were never seen), and they are not used; learned names are.
	dfMinHeadlines = 10000
	// recurringMinLen: a shorter word (one Chinese character, a word of
	// three letters) that recurs is most often a function word or a verb
	// the lists and the Segmenter did not mark, not a topic.
	recurringMinLen = 4
	// learnedName is the score of a learned multi-word name: above every
	// topic word and the phrases the built-in rules guess in scripts
	// without case (scoreChunk), below places and names the rules are sure
	// of; learnedStrength more for words that only occur together. Not
	// far above the rest, so that render's cutoff (a share of the best
	// score) keeps the other good tags of the headline.
	learnedName     = 3.6
	learnedStrength = 0.4
	// learnedLower is the score of a learned phrase written in lower case
	// in a cased script (prime minister): a topic of two words, not a
	// name.
	learnedLower = 3.2
	// caseNameShare and caseWordShare: a sentence's first word that the
	// archive capitalizes inside sentences at least this often is a name;
	// at most that often, a common word.
	caseNameShare = 0.8
	caseWordShare = 0.1
)

func (p *pipeline) statsAdjust() {
	st := p.g.opts.Stats
	if st == nil || st.lang != p.g.code || st.headlines == 0 {
		return
	}
	n := float64(st.headlines)
	logN := math.Log(n + 1)
	p.initialsByCase(st)
	for k := range p.cands {
		if st.headlines < dfMinHeadlines {
			break
		}
		c := &p.cands[k]
		if c.first != c.last || c.kind != KindTopic && c.kind != KindCompound {
			continue
		}
		w := &p.words[c.first]
		df := float64(st.words[string(p.lower(w))])
		if df > everydayShare*n || weightedLen(p.text(w)) < recurringMinLen {
			continue
		}
		c.score += recurringBonus * math.Log(df+1) / logN
	}
	p.learnedNames(st)
}

// learnedNames adds the runs of two or three words that the statistics
// know as names, or raises a candidate of the same span to their score.
func (p *pipeline) learnedNames(st *Stats) {
	if len(st.phrases) == 0 {
		return
	}
	ws := p.words
	have := len(p.cands)
	for i := range ws {
		if _, ok := st.firsts[string(p.lower(&ws[i]))]; !ok {
			continue
		}
		for n := 3; n >= 2; n-- {
			last := i + n - 1
			if last >= len(ws) || !p.learnable(ws, i, last) {
				continue
			}
			key := p.key[:0]
			for j := i; j <= last; j++ {
				if j > i {
					key = append(key, phraseSep)
				}
				key = append(key, p.lower(&ws[j])...)
			}
			p.key = key
			ph, ok := st.phrases[string(key)]
			if !ok {
				continue
			}
			if alt, ok := p.uninflectedPhrase(st, last, ph); ok {
				ph = alt
			}
			score, kind := p.learnedKind(i, last)
			if score == 0 {
				continue
			}
			score += learnedStrength*float64(ph.strength)/255 + bonusPerWord*float64(n-1)
			found := false
			for k := range have {
				if c := &p.cands[k]; c.first == i && c.last == last {
					c.score, found = max(c.score, score), true
				}
			}
			if !found {
				p.add(i, last, kind)
				p.cands[len(p.cands)-1].score = score
			}
		}
	}
}

// uninflectedPhrase handles a learned phrase whose last word has one of
// the language's case endings (placeEndings: German New Yorks, Russian
// Южной Кореи) while the archive knows the phrase without it at least as
// often: that is the name, and a tag names it in its base form. It makes
// the last word's base form the uninflected one and returns the stats of
// the uninflected phrase. p.key holds the phrase's key.
func (p *pipeline) uninflectedPhrase(st *Stats, last int, ph phraseStat) (phraseStat, bool) {
	w := &p.words[last]
	text := p.text(w)
	for _, e := range p.g.lists.placeEndings {
		if !bytes.HasSuffix(p.key, []byte(e[0])) || !bytes.HasSuffix(text, []byte(e[0])) || len(text) <= len(e[0])+2 {
			continue
		}
		n := len(p.key) - len(e[0])
		p.key = append(p.key[:n], e[1]...)
		alt, ok := st.phrases[string(p.key)]
		p.key = append(p.key[:n], e[0]...)
		if !ok || alt.count < ph.count {
			continue
		}
		b0 := len(p.buf)
		p.buf = append(p.buf, text[:len(text)-len(e[0])]...)
		p.buf = append(p.buf, e[1]...)
		w.b0, w.b1 = int32(b0), int32(len(p.buf))
		return alt, true
	}
	return ph, false
}

// learnedKind says how a learned phrase of words[first:last+1] ranks in
// this headline: a name when its words are caseless or all capitalized, a
// topic of two or three words when all are in lower case (prime minister),
// and nothing (score 0) when capitals and lower case mix, where the
// archive's "name" is most often a name and the verb after it (RKI meldet),
// or when its last word has a verb's ending.
func (p *pipeline) learnedKind(first, last int) (float64, Kind) {
	caps, lower := 0, 0
	for j := first; j <= last; j++ {
		w := &p.words[j]
		switch {
		case w.caseless:
		case w.tok.is(tCap | tAllCaps):
			caps++
		default:
			lower++
		}
	}
	lang := p.g.baseLang()
	switch {
	case caps > 0 && lower > 0, p.looksLikeVerb(&p.words[last]), p.words[last].seg == SegVerb:
		return 0, 0
	case lower > 0:
		return learnedLower, KindPhrase
	case caps > 0 && (lang == "de" || lang == "lb"):
		// German capitalizes every noun: capitals mark no name, but a
		// phrase of nouns, each of which rank gives bonusNounDe.
		return learnedLower + bonusNounDe, KindPhrase
	}
	return learnedName, KindName
}

// initialsByCase decides the capitalized first word of a sentence, whose
// capital says nothing, by how the archive writes it inside sentences: a
// name when it is nearly always capitalized there (Geithner), a topic word
// when it is nearly always in lower case (Dozens, Frühere). Words seen
// inside sentences fewer than twice the minimum count keep the rules'
// score.
func (p *pipeline) initialsByCase(st *Stats) {
	if lang := p.g.baseLang(); lang == "de" || lang == "lb" {
		return // every noun has a capital
	}
	for k := range p.cands {
		c := &p.cands[k]
		if !c.initial || c.kind != KindName || c.first != c.last {
			continue
		}
		w := &p.words[c.first]
		cs := st.cases[string(p.lower(w))]
		n := cs.capital + cs.lower
		if n < 2*st.minCount {
			continue
		}
		switch share := float64(cs.capital) / float64(n); {
		case share >= caseNameShare:
			c.score = max(c.score, scoreName-bonusPerWord)
		case share <= caseWordShare:
			c.kind = KindTopic
			c.score = min(c.score, scoreTopic+topicBonus(p.text(w)))
		}
	}
}
