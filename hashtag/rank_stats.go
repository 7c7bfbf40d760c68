package hashtag

import "math"

// The rank stage's use of a publisher's statistics (Options.Stats, learned
// by Learn): the built-in rules guess how specific a word is from its
// length; an archive knows. statsAdjust runs at the end of rank, after
// every rule has scored its candidates, and
//
//   - lowers a topic word by its inverse document frequency: a word the
//     archive uses every day (police, talks) loses the bonus the rules give
//     a long word, one rare in the archive (earthquake) keeps it;
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
	// idfShare is the share of a topic word's length bonus (topicBonus,
	// which only guesses at rarity) that its normalized idf takes over: 0
	// for a word in every headline, 1 for one the archive never saw. The
	// bonus keeps its range, so a rare topic word still ranks below names.
	idfShare = 0.5
	// idfMinHeadlines: below this many headlines an archive's document
	// frequencies are noise (a topic word of the week looks everyday, most
	// words were never seen), and idf is not used; learned names are.
	idfMinHeadlines = 10000
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
		if st.headlines < idfMinHeadlines {
			break
		}
		c := &p.cands[k]
		if c.first != c.last || c.kind != KindTopic && c.kind != KindCompound {
			continue
		}
		// Only down: a word the archive uses often loses its length bonus
		// (up to all of idfShare of it); a rare one keeps what it has,
		// since on an archive's scale "rare" is mostly "not seen yet".
		w := &p.words[c.first]
		df := float64(st.words[string(p.lower(w))])
		idf := math.Log((n+1)/(df+1)) / logN
		c.score += min(0, idfShare*(topicRuneBonus*topicRuneCap*idf-topicBonus(p.text(w))))
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
	case caps > 0 && lower > 0, p.looksLikeVerb(&p.words[last]):
		return 0, 0
	case lower > 0, caps > 0 && (lang == "de" || lang == "lb"):
		// German capitalizes every noun: capitals mark no name.
		return learnedLower, KindPhrase
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
