package hashtag

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// The rank stage's use of a publisher's statistics (Options.Stats, learned
// by Learn): the built-in rules guess how specific a word is from its
// length; an archive knows. statsAdjust runs at the end of rank, after
// every rule has scored its candidates, and
//
//   - raises a topic word the archive comes back to (a recurring topic is
//     what readers follow a hashtag for: #股市 in a financial paper), by
//     the log of its document frequency, among the topic words only;
//   - decides a sentence's capitalized first word by how the archive
//     writes it inside sentences: a name (Geithner) or a common word
//     (Dozens), also where it opens a run of capitals (Sixteen Christian:
//     the name is Christian); in German, a noun or not (Erneut,
//     Digitaler);
//   - in a Title Case headline, where every word has a capital, takes the
//     "maybe a name" bonus from the words the archive writes in lower case
//     (Bailout, Details);
//   - in a sentence-case headline, ranks as a topic word a capitalized
//     word the rules took for a name that the archive writes in lower
//     case more often than not (Senators grill Geithner over Budget cuts:
//     #Geithner, not #Budget), but for the headline's best candidate;
//   - adds the multi-word names the archive learned (Boko Haram, قناة
//     السويس, दक्षिण कोरिया) as candidates, joined as render joins every
//     name: CamelCase, or '_' in scripts without case; never a piece of a
//     longer hyphenated compound; a lower-case one also where a
//     sentence's capital opens it (Swine flu), none that opens or ends
//     with a generic word (rocket launches); one that mixes capitals and
//     lower case only where the archive says it is a name all the same
//     (super Eagles, парад Победы, Бессмертный полк: learnedKind); and
//     one that holds a name the rules found, in most of the headlines
//     that name is in, takes that name's rank (قناة السويس الجديدة over
//     قناة السويس: extendedScore);
//   - shows a word in the base form the archive attests (доллара →
//     доллар, Hebrew and Arabic proclitics off: base_stats.go).
//
// Without statistics, or with statistics of another language, it does
// nothing: Suggest is exactly as before.

const (
	// recurringBonus is the most a topic word gains for how often the
	// archive uses it: log(df+1)/log(headlines+1) of it, so 0 for a word
	// never seen. It never lifts a topic word over a candidate of another
	// kind (recurringTopics), so it orders the topic words, whose scores the
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
	// dfMinHeadlines: below this many headlines document frequencies are
	// not used; learned names are. In a small archive the words that
	// recur among the topic candidates are mostly everyday verbs and
	// adjectives the lists miss: on 100 random lines each of archives of
	// 1,400 to 3,500 headlines (ko, hi, ur), the bonus changed a tenth of
	// the lines and as often for the worse (Urdu اضافہ "increase", گرفتار
	// "arrested", Hindi जरूरी "necessary", Korean 전국 "nationwide" over
	// the story's words) as for the better. In the archives of 10,000 and
	// more it was mixed too (better in Arabic, worse in German, where
	// names the rules rank as nouns fell behind recurring Mitarbeiter or
	// Stellen), and is kept there for the Chinese topics it orders.
	//
	// It was also the floor for an "everyday" share (words in more than
	// one headline of fifty gained nothing), a share that needs many
	// headlines to measure. Measured on the corpora, the topic words above
	// that share were each archive's main topics (基金 "fund" in a
	// financial archive at 3.2 %, Corona in German news of 2020–21 at
	// 5 %), while the everyday words the lists miss sat below it among the
	// topics (life 1.5 %, world 1.4 %, Turkish yazdı "wrote" 1.9 %): the
	// share told them apart no better than chance and cost the main topics
	// their place, so it is gone.
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
	// at most that often, a common word (nine times in ten in lower case:
	// room for the odd name that is also a word, Bush, Rice).
	caseNameShare = 0.8
	caseWordShare = 0.1
	// extendShare: a learned phrase that holds a candidate at least this
	// share of the candidate's occurrences is the name (extendedScore).
	extendShare = 0.5
)

func (p *pipeline) statsAdjust() {
	st := p.g.opts.Stats
	if st == nil || st.lang != p.g.code || st.headlines == 0 {
		return
	}
	p.initialsByCase(st)
	p.titleWordsByCase(st)
	if st.headlines >= dfMinHeadlines {
		p.recurringTopics(st)
	}
	p.learnedNames(st)
	p.baseFromArchive(st) // base_stats.go: after every score is set, for render's cutoff
}

// recurringTopics raises the topic words the archive comes back to, by
// the log of their document frequency (recurringBonus). The bonus orders
// topic words among themselves: it never lifts one over a candidate of
// another kind that the rules ranked at or above it (in German, where a
// noun's capital gives topic words an acronym's score, RKI or VW stays
// ahead of a recurring Beschäftigte), since the rules' kinds say more
// about what is a tag than how often a word recurs.
func (p *pipeline) recurringTopics(st *Stats) {
	n := float64(st.headlines)
	logN := math.Log(n + 1)
	recurs := func(c *candidate) bool {
		return c.first == c.last && (c.kind == KindTopic || c.kind == KindCompound)
	}
	// The other kinds' scores, sorted once: the ceiling of each topic
	// word is then a binary search, not a pass over every candidate (a
	// headline of thousands of words would make that quadratic).
	others := p.scores[:0]
	for k := range p.cands {
		if c := &p.cands[k]; !recurs(c) {
			others = append(others, c.score)
		}
	}
	slices.Sort(others)
	p.scores = others
	// A topic word under render's cutoff even with the whole bonus is
	// never suggested: the best score only grows from here (this bonus
	// and learned names raise scores, nothing after lowers one), so
	// neither its lookup nor its bonus is needed.
	cut := cutoffFraction*bestScore(p.cands) - recurringBonus
	for k := range p.cands {
		c := &p.cands[k]
		if !recurs(c) || c.score < cut {
			continue
		}
		w := &p.words[c.first]
		df := float64(st.df(p.lower(w)))
		if weightedLen(p.text(w)) < recurringMinLen {
			continue
		}
		score := c.score + recurringBonus*math.Log(df+1)/logN
		// The lowest score of another kind at or above this word's.
		if j, _ := slices.BinarySearch(others, c.score); j < len(others) {
			score = min(score, others[j])
		}
		c.score = score
	}
}

// learnedNames adds the runs of two or three words that the statistics
// know as names, or raises a candidate of the same span to their score.
func (p *pipeline) learnedNames(st *Stats) {
	if st.Phrases() == 0 {
		return
	}
	ws := p.words
	have := len(p.cands)
	// The candidates there were, by first word: a list for each word
	// (head[i], then next[k]), so that a learned name finds the candidate
	// of its span among the few that start where it does, not among all
	// of them (a headline of thousands of learned names made that
	// quadratic).
	need := len(ws) + have
	if cap(p.spans) < need {
		p.spans = make([]int32, need)
	}
	head, next := p.spans[:len(ws)], p.spans[len(ws):need]
	for i := range head {
		head[i] = -1
	}
	for k := have - 1; k >= 0; k-- {
		first := p.cands[k].first
		next[k], head[first] = head[first], int32(k)
	}
	for i := range ws {
		// A name of two or three words starts with two content words
		// with nothing but space between them (learnable): asked
		// first, it spares most words the lookup.
		if i+1 == len(ws) {
			break
		}
		if next := phraseFlags(&ws[i+1], ws[i].tok.end); !phraseLinked(phraseFlags(&ws[i], 0)&next, next) {
			continue
		}
		// The lengths of the learned names that may start here, by the
		// statistics' filters: most words start none, and the rest
		// mostly not with the word after; they are spared checking the
		// run (learnable) and building and looking up a key.
		starts := st.phraseStarts(p.lower(&ws[i]), p.lower(&ws[i+1]))
		if starts == 0 {
			continue
		}
		for n := 3; n >= 2; n-- {
			last := i + n - 1
			if last >= len(ws) || starts&(1<<n) == 0 || !p.learnable(ws, i, last) {
				continue
			}
			if i > 0 && ws[i-1].hyphen || ws[last].hyphen {
				// A piece of a longer hyphenated compound
				// (Tage-Inzidenz of Sieben-Tage-Inzidenz): the compound
				// is one word, and a tag of part of it is a fragment.
				continue
			}
			ph, ok := st.phrase(p.phraseKey(i, last))
			if !ok || p.trailingLabel(i, last) {
				continue
			}
			score, kind, headed := p.learnedKind(st, ph, i, last)
			if score == 0 {
				continue
			}
			// (After learnedKind: a phrase that is no tag leaves its
			// words as they are.)
			if alt, ok := p.uninflectedPhrase(st, last, ph); ok {
				ph = alt
			}
			if headed {
				score = max(score, p.namedScore(last, head, next, have))
			}
			score += learnedStrength*float64(ph.strength)/255 + bonusPerWord*float64(n-1)
			score = max(score, p.extendedScore(st, ph, i, last, head, next, have))
			found := false
			for k := head[i]; k >= 0; k = next[k] {
				if c := &p.cands[k]; c.last == last {
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

// trailingLabel reports whether words[first:last+1] is all a headline's
// last brackets hold: a label of the kind of story, (组图) "photo set",
// (视频) "video", which an archive learns because it recurs, not a tag.
func (p *pipeline) trailingLabel(first, last int) bool {
	before := trimSpaceRight(p.s[:p.words[first].tok.start])
	open, n := utf8.DecodeLastRuneInString(before)
	closer := labelCloser(open)
	if n == 0 || closer == 0 {
		return false // (most phrases stop here, with no further look)
	}
	after := trimSpaceLeft(p.s[p.words[last].tok.end:])
	r, m := utf8.DecodeRuneInString(after)
	return m > 0 && r == closer && trimSpaceLeft(after[m:]) == ""
}

// labelCloser is the bracket that closes one a label opens with, or 0.
func labelCloser(open rune) rune {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	case '（':
		return '）'
	case '【':
		return '】'
	case '［':
		return '］'
	}
	return 0
}

// trimSpaceRight and trimSpaceLeft take the spaces (ASCII and the
// ideographic U+3000) off an end of s.
func trimSpaceRight(s string) string {
	for {
		switch {
		case strings.HasSuffix(s, " "), strings.HasSuffix(s, "\t"):
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "\u3000"):
			s = s[:len(s)-len("\u3000")]
		default:
			return s
		}
	}
}

func trimSpaceLeft(s string) string {
	for {
		switch {
		case strings.HasPrefix(s, " "), strings.HasPrefix(s, "\t"):
			s = s[1:]
		case strings.HasPrefix(s, "\u3000"):
			s = s[len("\u3000"):]
		default:
			return s
		}
	}
}

// extendedScore is the score of a candidate the rules made strictly inside
// the learned phrase words[first:last+1] that the phrase extends: one
// that is inside the phrase in at least extendShare (half) of the
// archive's headlines that hold it. The archive then says the longer run is the name
// (قناة السويس الجديدة "the New Suez Canal" over the place قناة السويس,
// Urdu مالی سال "fiscal year" over the country مالی), and it takes the
// rank of the candidate it holds; 0 when there is none. A candidate's
// occurrences are its document frequency for a word, its count for a
// learned phrase, else those of its rarest word (at least as many).
func (p *pipeline) extendedScore(st *Stats, ph phraseStat, first, last int, head, next []int32, have int) float64 {
	best, at := 0.0, int32(-1)
	for j := first; j <= last; j++ {
		for k := head[j]; k >= 0; k = next[k] {
			c := &p.cands[k]
			// A label's bonus orders it first but is not the rank of
			// what holds it (render leaves the bonus out of its cutoff).
			score := c.score - float64(b2i(c.label))*bonusLabel
			if int(k) >= have || c.last > last || c.first == first && c.last == last || score <= best {
				continue
			}
			// A word not held (0) is one the statistics cannot judge.
			if n := p.occurrences(st, c.first, c.last); n > 0 && float64(ph.count) >= extendShare*float64(n) {
				best, at = score, k
			}
		}
	}
	if at < 0 {
		return 0
	}
	c := &p.cands[at]
	// Each word it adds is a generic one (الجديدة "new") or one found
	// mostly in the phrase too: a word common without it (佳能 "Canon"
	// before its camera line IXUS) is a thing of its own.
	for j := first; j <= last; j++ {
		if j >= c.first && j <= c.last || p.words[j].is(inGeneric) {
			continue
		}
		if float64(ph.count) < extendShare*float64(st.df(p.lower(&p.words[j]))) {
			return 0
		}
	}
	// A phrase that holds a second name or place beside the one it
	// extends joins two (العراق وسوريا "Iraq and Syria", فرنسا
	// وبريطانيا): a list, not a name.
	for j := first; j <= last; j++ {
		for k := head[j]; k >= 0; k = next[k] {
			o := &p.cands[k]
			if int(k) < have && o.last <= last && (o.last < c.first || o.first > c.last) && namedKind(o.kind) {
				return 0
			}
		}
	}
	return best
}

// namedKind: a candidate that names one thing (a person, place,
// organization or acronym), not a topic.
func namedKind(k Kind) bool {
	return k == KindName || k == KindPlace || k == KindOrganization || k == KindAcronym
}

// phraseKey builds in p.key, and returns, the key under which the
// statistics hold the words[first:last+1] as a phrase: their lower-cased
// texts joined by phraseSep, as the Learner joins them.
func (p *pipeline) phraseKey(first, last int) []byte {
	key := p.key[:0]
	for j := first; j <= last; j++ {
		if j > first {
			key = append(key, phraseSep)
		}
		key = append(key, p.lower(&p.words[j])...)
	}
	p.key = key
	return key
}

// occurrences is how many headlines of the archive hold words[first:last+1],
// as far as the statistics tell (see extendedScore).
func (p *pipeline) occurrences(st *Stats, first, last int) uint32 {
	if first < last {
		if ph, ok := st.phrase(p.phraseKey(first, last)); ok {
			return ph.count
		}
	}
	n := ^uint32(0)
	for j := first; j <= last; j++ {
		n = min(n, st.df(p.lower(&p.words[j])))
	}
	return n
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
		alt, ok := st.phrase(p.key)
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
	return p.attestedPhrase(st, last, ph)
}

// phraseEndings are endings a learned phrase's last word may have beside
// its grammar's (archiveGrammars) where the phrase is its base form: in
// Turkish, the case endings after a compound's possessive, with the
// buffer n (trafik kazasında → trafik kazası, yurt dışından → yurt dışı),
// and the instrumental.
var phraseEndings = map[string][]archiveEnding{
	"tr": {end("ndan"), end("nden"), end("nda"), end("nde"), end("na"), end("ne"), end("nı"), end("ni"), end("nu"), end("nü"),
		end("yla"), end("yle"), end("la"), end("le")},
}

// attestedPhrase is uninflectedPhrase with the endings of the language's
// archiveGrammar (and phraseEndings), in the languages where the last
// word of a name is no head and keeps its ending (not headFinal: Курс
// доллара, İş Bankası): a learned phrase whose last word has one of them
// is the phrase the archive learned with that word in a base form, where
// it learned one in at least 1/archiveBaseShare as many headlines (Turkish
// sosyal medyada "in social media" → sosyal medya), the most frequent if
// several. A word with a base form of its own already (a rule's), in
// capitals, or written otherwise than its lower case ends, is left alone;
// Greek's second stem (stemAlt) is not tried.
func (p *pipeline) attestedPhrase(st *Stats, last int, ph phraseStat) (phraseStat, bool) {
	gr := archiveGrammars[p.g.code]
	if gr == nil || gr.headFinal {
		return ph, false
	}
	w := &p.words[last]
	lower := p.lower(w)
	if len(lower) == 0 || w.tok.is(tAllCaps) || w.b0 != w.t0 || w.b1 != w.t1 {
		return ph, false
	}
	n := len(p.key) - len(lower)
	if n <= 0 || !bytes.HasSuffix(p.key, lower) {
		return ph, false
	}
	best, bestEnd, bestBase := ph, "", ""
	found := false
	try := func(e archiveEnding) {
		if len(lower) <= len(e.suffix) || !bytes.HasSuffix(lower, []byte(e.suffix)) {
			return
		}
		stem := lower[:len(lower)-len(e.suffix)]
		if c := utf8.RuneCount(stem); c < gr.minStem || c < e.minStem || gr.agrees != nil && !gr.agrees(stem, e.suffix) {
			return
		}
		for _, b := range e.bases {
			if gr.veto != nil && gr.veto(stem, e.suffix, b) {
				continue
			}
			p.key = append(p.key[:len(p.key)-len(e.suffix)], b...)
			alt, ok := st.phrase(p.key)
			p.key = append(p.key[:n], lower...)
			if ok && archiveBaseShare*alt.count >= ph.count && (!found || alt.count > best.count) {
				best, bestEnd, bestBase, found = alt, e.suffix, b, true
			}
		}
	}
	for _, e := range gr.byLast[lower[len(lower)-1]] {
		try(e)
	}
	for _, e := range phraseEndings[p.g.code] {
		try(e)
	}
	if !found {
		return ph, false
	}
	text := p.text(w)
	if !bytes.HasSuffix(text, []byte(bestEnd)) {
		return ph, false // written otherwise than its lower case
	}
	b0 := len(p.buf)
	p.buf = append(p.buf, text[:len(text)-len(bestEnd)]...)
	p.buf = append(p.buf, bestBase...)
	w.b0, w.b1 = int32(b0), int32(len(p.buf))
	return best, true
}

// learnedKind says how a learned phrase of words[first:last+1] ranks in
// this headline: a name when its words are caseless or all capitalized, a
// topic of two or three words when all are in lower case (prime minister,
// also where a sentence's capital opens it: Swine flu), and nothing (score
// 0) when capitals and lower case mix, where the archive's "name" is most
// often a name and the verb after it (RKI meldet), when its last word has
// a verb's ending, or when a lower-case phrase opens or ends with a
// generic word (a formula of news: first time, rocket launches).
//
// Three mixes of case are names all the same, told by the archive's
// counts: a name the headline writes with a lower-case word that the
// archive capitalizes (super Eagles, Kurban bayramı: capitalInArchive);
// and, in the languages that capitalize only a name's first word
// (firstCapitalOnly), a head noun in lower case before a name (Russian
// парад Победы: headNounName), and a capitalized first word before a
// lower-case one the archive finds nearly only in the phrase (Бессмертный
// полк, Jeux olympiques: firstWordName). The head noun's phrase reports
// headed: it names what the name's candidate names, and takes its rank.
//
// Measured on the corpora (Suggest(h, 3) of every line with its corpus's
// statistics), the three changed 28 lines of 158,332 (en 3, tr 4, yo 2,
// ru 15, fr 4), 26 judged better, 2 the same, none worse; the editorial
// dev set is unchanged (its lines hold none of these phrases).
func (p *pipeline) learnedKind(st *Stats, ph phraseStat, first, last int) (score float64, kind Kind, headed bool) {
	caps, lower, named := 0, 0, 0
	for j := first; j <= last; j++ {
		w := &p.words[j]
		switch {
		case w.caseless:
		case w.tok.is(tCap | tAllCaps):
			caps++
		default:
			lower++
			if p.capitalInArchive(st, w) {
				named++
			}
		}
	}
	if caps > 0 && lower > 0 && named == lower {
		// A name's word in lower case (super Eagles, Lizzy anjorin,
		// Kurban bayramı, Space shuttle): the archive writes it with a
		// capital inside sentences, so the headline's lower case is a
		// slip or a house style, not a verb after a name (meldet, says:
		// the archive writes those in lower case). Only beside a
		// capital: a phrase all in lower case here is a topic (twitter
		// hesabı), capitalized or not elsewhere.
		caps, lower = caps+lower, 0
	}
	if caps == 1 && lower == 1 && last == first+1 && firstCapitalOnly(p.g.baseLang()) {
		if p.headNounName(st, first) {
			return learnedName, KindName, true
		}
		if p.firstWordName(st, ph, first) {
			return learnedName, KindName, false
		}
	}
	if caps == 1 && lower == last-first && p.sentenceCapital(st, first) {
		// Swine flu, Курс доллара: a lower-case phrase that opens a
		// sentence, whose capital is the sentence's (the archive writes
		// the word in lower case), is the phrase it is inside a
		// sentence. A capitalized word after it (Hunger Games, Große
		// Koalition) leaves the phrase a name.
		caps, lower = 0, lower+1
	}
	lang := p.g.baseLang()
	switch {
	case caps > 0 && lower > 0, p.looksLikeVerb(&p.words[last]), p.words[last].seg == SegVerb,
		p.g.code == "ar" && p.arabicVerb(st, first):
		return 0, 0, false
	case lower > 0 && (p.words[first].is(inGeneric) || p.words[last].is(inGeneric)):
		// A lower-case phrase that opens or ends with a generic word
		// (first time, new era, İlk kez, Dikkat çeken) is a formula of
		// news, not a topic: like the word, never the tag.
		return 0, 0, false
	case lower > 0:
		return learnedLower, KindPhrase, false
	case caps > 0 && (lang == "de" || lang == "lb") && (p.genericNounDe(st, first) || p.genericNounDe(st, last)):
		// The same formula in German, where the capital is the noun's:
		// Millionen Euro, Milliarden Dollar (a sum, on 49 of the German
		// corpus's lines, never what the story is about). A generic
		// adjective the archive writes in lower case is capitalized only
		// in a name, which stays (Große Koalition).
		return 0, 0, false
	case caps > 0 && (lang == "de" || lang == "lb"):
		// German capitalizes every noun: capitals mark no name, but a
		// phrase of nouns, each of which rank gives bonusNounDe.
		return learnedLower + bonusNounDe, KindPhrase, false
	}
	return learnedName, KindName, false
}

// arabicVerb reports whether words[i], in Arabic, is a verb by its shape
// (semiticVerb: the imperfect's ي or ت) that the archive never writes with
// the article ال, as it writes a noun of the same shape (تمور "dates":
// التمور; تركي "Turki", a name, and "Turkish": التركي). A learned phrase
// that opens with a verb is a clause of the news, its verb and object
// (يحتفل بزواجه "celebrates his wedding", تقيم حفل معايدة "holds an Eid
// party"), not a name.
func (p *pipeline) arabicVerb(st *Stats, i int) bool {
	w := &p.words[i]
	if !p.looksLikeVerb(w) {
		return false
	}
	lower := p.lower(w)
	if r, n := utf8.DecodeRune(lower); (r == 'و' || r == 'ف') && len(lower) > n {
		lower = lower[n:] // ويحتفل: "and" before the verb
	}
	n := len(p.buf)
	p.buf = append(append(p.buf, "ال"...), lower...)
	df := st.df(p.buf[n:])
	p.buf = p.buf[:n]
	return df == 0
}

// initialsByCase decides the capitalized first word of a sentence, whose
// capital says nothing, by how the archive writes it inside sentences: a
// name when it is nearly always capitalized there (Geithner), a topic word
// when it is nearly always in lower case (Dozens, Frühere). Words seen
// inside sentences fewer than twice the minimum count keep the rules'
// score. The same pass finds the capitalized words that the archive writes
// in lower case more often than not, for commonNamesByCase.
func (p *pipeline) initialsByCase(st *Stats) {
	if lang := p.g.baseLang(); lang == "de" || lang == "lb" {
		p.germanInitialsByCase(st) // every noun has a capital
		return
	}
	// The words commonNamesByCase may rank as topic words are looked up in
	// the same pass, and most headlines have none: it runs only for those.
	sentence := !p.title && !p.shout
	common := p.spans[:0]
	for k, n := 0, len(p.cands); k < n; k++ {
		if c := &p.cands[k]; c.kind == KindName && c.first < c.last && !p.title {
			p.nameAfterInitial(st, k)
			continue
		}
		c := &p.cands[k]
		if c.kind != KindName || c.first != c.last {
			continue
		}
		w := &p.words[c.first]
		// An acronym, or iPhone, EvrenselPazar: their case is their own.
		capital := sentence && !c.label && c.b1 <= c.b0 && w.tok.is(tCap) && !w.tok.is(tAllCaps|tInnerCap) && !w.caseless
		if !c.initial && !capital {
			continue
		}
		cs := st.caseOf(p.lower(w))
		n, ok := cs.seen(st.minCount)
		if !ok {
			continue
		}
		switch share := float64(cs.capital) / float64(n); {
		case !c.initial:
		case share >= caseNameShare:
			c.score = max(c.score, scoreName-bonusPerWord)
		case share <= caseWordShare:
			c.kind = KindTopic
			c.score = min(c.score, scoreTopic+topicBonus(p.text(w)))
		}
		if capital && c.kind == KindName && 2*cs.capital < n {
			common = append(common, int32(k))
		}
	}
	p.spans = common
	if len(common) > 0 {
		p.commonNamesByCase(common)
	}
}

// titleWordsByCase: in a Title Case headline every word has a capital,
// and rank gives the topic words one (bonusTitleCap) for it may be a
// name's. A word the archive writes in lower case inside sentences nine
// times in ten is a common word, and loses it: the names and the words
// the archive cannot judge (never seen inside a sentence) stand ahead,
// and render's cutoff drops common words next to a clear name (Geithner
// Is Pressed for Bailout Details: #Geithner, not #Bailout #Details).
//
// The other way, a word the archive nearly always capitalizes made a
// name, was tried and dropped: case counts from headlines that only look
// like sentences are noisy (Character, capitalized in 10 of 11), and a
// word made a name split the Title Case names holding it (Taylor out of
// Taylor Swift, Wars out of Star Wars).
func (p *pipeline) titleWordsByCase(st *Stats) {
	if !p.title || p.shout {
		return // in capitals, no word's case says anything; German is never Title Case here
	}
	for k := range p.cands {
		c := &p.cands[k]
		if c.kind != KindTopic || c.first != c.last {
			continue
		}
		w := &p.words[c.first]
		if !w.tok.is(tCap) || w.caseless {
			continue
		}
		cs := st.caseOf(p.lower(w))
		n, ok := cs.seen(st.minCount)
		if !ok {
			continue
		}
		if float64(cs.capital) <= caseWordShare*float64(n) {
			c.score -= bonusTitleCap
		}
	}
}

// commonNamesByCase: in a sentence-case headline the rules take a
// capitalized word for a name (or, at a sentence's start, for a maybe-name
// that the archive did not decide: initialsByCase). A word the archive
// writes in lower case inside sentences more often than capitalized is a
// common word capitalized for emphasis, after a colon, or as a fragment
// of a longer name the rules did not join (Secretary of State, Minister of
// Culture, Turkish Bakanlık "ministry", Bilet "ticket", Peki "well"): it
// ranks as the topic word it is, which next to a real name falls under
// render's cutoff. Not the headline's best candidate (render's cutoff is
// a share of the best score, and a lower best lets weaker words in: Limon
// alone became three), nor in a headline without a lower-case content
// word, whose capitals may be Title Case that titleCase did not count as
// such (Norway Slides Into Recession). German capitalizes every noun.
// common holds the candidates initialsByCase found written so in the
// archive: single capitalized words the rules took for names, in a
// headline that is neither Title Case nor capitals.
//
// Measured with each corpus's statistics (Suggest(h,3) of every line): 753
// of 158,332 lines changed (Turkish 534, English 174, Yoruba 24, Spanish
// 16, Greek 3, French 2); of 175 judged as an editor, 70 better (Peki,
// Bakanlık, Home of Home Minister, Post of Post-Kyoto out), 30 worse (a
// surname that is also a word: Turkish Işık, Sürücü; a topic capitalized
// after a colon or for emphasis: Ekonomi, Covid-19, Tsunami), 75 the same.
// No editorial dev line changed.
func (p *pipeline) commonNamesByCase(common []int32) {
	best, top := p.bestCandidate()
	// Under render's cutoff a word is not suggested whatever its kind,
	// and the best score only grows from here (learned names raise
	// scores, nothing lowers one).
	cut := cutoffFraction * top
	sentence := 0 // 0 not known yet, 1 yes, 2 no
	for _, k := range common {
		c := &p.cands[k]
		if int(k) == best || c.score < cut {
			continue
		}
		if sentence == 0 {
			sentence = 2 - b2i(p.hasLowerWord())
		}
		if sentence == 2 {
			return
		}
		c.kind = KindTopic
		c.score = min(c.score, scoreTopic+topicBonus(p.text(&p.words[c.first])))
	}
}

// hasLowerWord reports whether the headline has a content word in lower
// case: its capitals then mark something.
func (p *pipeline) hasLowerWord() bool {
	for i := range p.words {
		if w := &p.words[i]; w.tok.is(tLower) && !w.tok.is(tCap) && !w.is(inStop) && !w.caseless {
			return true
		}
	}
	return false
}

// bestCandidate returns the index of the candidate render considers first
// and the best score but for a label's bonus (bestScore), in one pass.
func (p *pipeline) bestCandidate() (int, float64) {
	cands := p.cands
	best, high, top := 0, cands[0].score, -1.0
	for k := range cands {
		c := &cands[k]
		s := c.score
		if s > high || s == high && byScore(c, &cands[best]) < 0 { // (byScore only on a tie)
			best, high = k, s
		}
		if c.label {
			s -= bonusLabel
		}
		if s > top { // (not max, whose NaN and -0 cases cost instructions on every candidate)
			top = s
		}
	}
	return best, top
}

// germanInitialsByCase: German writes every noun with a capital, so a
// word the archive nearly always writes in lower case inside sentences is
// no noun (weiter, geht, frühere, flotter: an adverb, a verb, an
// adjective), and its capital at a sentence's start is the sentence's.
// It ranks as the lower-case word it is: without the bonus rank gives a
// German noun, with the penalty it gives a lower-case German word (the
// rules guess this only for adjectives' endings, germanAdjective).
func (p *pipeline) germanInitialsByCase(st *Stats) {
	for k := range p.cands {
		c := &p.cands[k]
		if c.kind != KindTopic || c.first != c.last || c.label {
			continue
		}
		w := &p.words[c.first]
		if !w.tok.is(tInitial) || !w.tok.is(tCap) {
			continue
		}
		cs := st.caseOf(p.lower(w))
		n, ok := cs.seen(st.minCount)
		if !ok || float64(cs.capital) > caseWordShare*float64(n) {
			continue
		}
		if !germanAdjective(p.lower(w), w.tok) {
			c.score -= bonusNounDe + penaltyLowerDe
		}
	}
}

// sentenceCapital reports whether word i's capital is only the
// sentence's: it opens a sentence (not in capitals), and the archive writes
// it in lower case inside sentences.
func (p *pipeline) sentenceCapital(st *Stats, i int) bool {
	w := &p.words[i]
	return w.tok.is(tInitial) && !w.tok.is(tAllCaps) && p.lowerInArchive(st, w)
}

// genericNounDe reports whether words[i] is a generic word that the
// archive does not write in lower case nine times in ten: in German, a
// noun (Millionen), not an adjective whose capital marks a name (Große).
func (p *pipeline) genericNounDe(st *Stats, i int) bool {
	w := &p.words[i]
	return w.is(inGeneric) && !p.lowerInArchive(st, w)
}

// lowerInArchive reports whether w, capitalized here, is a word the
// archive writes in lower case inside sentences nine times in ten, seen
// there at least twice the minimum count.
func (p *pipeline) lowerInArchive(st *Stats, w *word) bool {
	if !w.tok.is(tCap) || w.caseless {
		return false
	}
	cs := st.caseOf(p.lower(w))
	n, ok := cs.seen(st.minCount)
	return ok && float64(cs.capital) <= caseWordShare*float64(n)
}

// nameAfterInitial: a run of capitalized words that opens a sentence
// takes its first word's capital from the sentence, and the rules join
// that word to the name after it (Sixteen Christian, Local al-Qaida,
// Yoruba Àjọ WHO "the organisation WHO"). When the archive writes the word
// in lower case inside sentences nine times in ten, the name is the rest
// of the run, which takes the run's score less a word's bonus; the run
// itself ranks as a generic word. A name may open with a common word
// (Golden Gate): when the archive learned the two words as a phrase, or
// writes the rest in lower case too, the run stays. All capitals say
// nothing of case and are left alone.
func (p *pipeline) nameAfterInitial(st *Stats, k int) {
	c := p.cands[k]
	w := &p.words[c.first]
	if !w.tok.is(tInitial) || w.tok.is(tAllCaps) || c.b1 > c.b0 || !p.lowerInArchive(st, w) {
		return
	}
	// A name may open with a common word (Yeni Şafak, Gelir İdaresi):
	// the archive then knows the two as a phrase.
	if _, ok := st.phrase(p.phraseKey(c.first, c.first+1)); ok {
		return
	}
	first := c.first + 1
	for first <= c.last && p.words[first].is(inStop) {
		first++ // Lanzan de … : a name does not open with a stopword
	}
	if first > c.last {
		return
	}
	for j := first; j <= c.last; j++ {
		if p.lowerInArchive(st, &p.words[j]) {
			return // Yeni Şafak, Gelir İdaresi: the rest is common words too, and the run is the name
		}
	}
	score := c.score - bonusPerWord*float64(first-c.first)
	p.cands[k].score = scoreGeneric
	for j := range p.cands {
		if o := &p.cands[j]; o.first == first && o.last == c.last {
			o.score = max(o.score, score)
			return
		}
	}
	p.add(first, c.last, KindName)
	p.cands[len(p.cands)-1].score = score
}

// capitalInArchive reports whether w, in lower case here, is a word the
// archive capitalizes inside sentences at least caseNameShare of the time
// (league, eagles in a Yoruba archive that writes them in English names),
// seen there at least twice the minimum count: a name's word, as
// initialsByCase decides a sentence's first word. The share is the name
// share of that rule, not one of its own: a majority (half) was tried,
// and on the corpora it joined, besides names (papa Francisco, Milli
// piyango), a Turkish sentence's capitalized first word to the word after
// it (Adil kullanım, Art arda, Güle güle), words that Turkish news often
// capitalizes inside names of their own.
func (p *pipeline) capitalInArchive(st *Stats, w *word) bool {
	if w.caseless || w.tok.is(tCap|tAllCaps) {
		return false
	}
	cs := st.caseOf(p.lower(w))
	n, ok := cs.seen(st.minCount)
	return ok && float64(cs.capital) >= caseNameShare*float64(n)
}

// firstCapitalOnly reports whether the language capitalizes only the
// first word of a name of several words and writes a name's head noun in
// lower case (Russian Бессмертный полк, парад Победы; French Jeux
// olympiques, guerre d'Algérie; Spanish papa Francisco): East Slavic,
// Bulgarian and the Romance languages. There a mix of case in a name is
// the rule, not a name and the verb after it.
func firstCapitalOnly(lang string) bool {
	switch lang {
	case "ru", "uk", "be", "bg", "fr", "es", "it", "pt", "ca", "ro":
		return true
	}
	return false
}

// headNounName reports whether words i and i+1, in lower case and
// capitalized, are a head noun and the name it is of (Russian парад
// Победы "the Victory parade", Spanish papa Francisco), in a language
// that writes such a noun in lower case (firstCapitalOnly). The archive
// must say so for both words: the first written in lower case inside
// sentences at least caseNameShare of the time, the second capitalized as
// often (each seen there at least twice the minimum count), and the first
// not generic and without a verb's ending (посетил Москву "visited
// Moscow"). The first must also have recurringMinLen letters or more, a
// guard that changes no corpus line: the short words it was meant for
// are a stopword, which opens no learned phrase (French de France), or
// English in a Yoruba archive (in Nigeria), to which the rule does not
// apply. Where the case of a name's words is the other way (English,
// Turkish, German), a lower-case word before a name is mostly a verb or
// an adjective (Turkish direnen Flormar "the resisting Flormar workers",
// oylar HDP'ye "votes to the HDP").
func (p *pipeline) headNounName(st *Stats, i int) bool {
	h, nm := &p.words[i], &p.words[i+1]
	if h.caseless || h.tok.is(tCap|tAllCaps) || h.is(inGeneric) || p.looksLikeVerb(h) || weightedLen(p.text(h)) < recurringMinLen {
		return false
	}
	if !nm.tok.is(tCap) || nm.tok.is(tInitial|tAllCaps) {
		return false
	}
	ch := st.caseOf(p.lower(h))
	nh, ok := ch.seen(st.minCount)
	if !ok || float64(ch.lower) < caseNameShare*float64(nh) {
		return false
	}
	cn := st.caseOf(p.lower(nm))
	nn, ok := cn.seen(st.minCount)
	return ok && float64(cn.capital) >= caseNameShare*float64(nn)
}

// namedScore is the best score of a candidate the rules made of word i
// alone that names someone or something (namedKind), but for a label's
// bonus; 0 when there is none. The candidates that start at i are
// head[i], then next[k], among the first have.
func (p *pipeline) namedScore(i int, head, next []int32, have int) float64 {
	best := 0.0
	for k := head[i]; k >= 0; k = next[k] {
		if c := &p.cands[k]; int(k) < have && c.last == i && namedKind(c.kind) {
			best = max(best, c.score-float64(b2i(c.label))*bonusLabel)
		}
	}
	return best
}

// firstWordName reports whether words i and i+1, capitalized and in lower
// case, are a name that capitalizes its first word only (Бессмертный полк
// "the Immortal Regiment", Ночных волков "of the Night Wolves", Jeux
// olympiques), in a language that writes names so (firstCapitalOnly): the
// learned phrase ph holds the lower-case word in at least caseNameShare
// of the headlines it is in (a verb or a common noun after a name, Путин
// заявил "Putin said", is found in many headlines without it), and it has
// no verb's ending.
//
// The capital must be the name's: not a sentence's (Стало известно "it
// became known", learned as often as the names), but an opening quote's
// is (акции «Бессмертный полк»): Russian news quotes such names. Nor a
// word the rules declined, whose base form render would show before the
// noun as written (Восточного партнерства → ВосточныйПартнерства, an
// adjective that no longer agrees).
func (p *pipeline) firstWordName(st *Stats, ph phraseStat, i int) bool {
	f, w := &p.words[i], &p.words[i+1]
	if !f.tok.is(tCap) || f.tok.is(tAllCaps) || f.is(inGeneric) || f.declined || f.tok.is(tInitial) && !quoteBefore(p.s, f.tok.start) {
		return false
	}
	if w.caseless || !w.tok.is(tLower) || w.is(inGeneric) || p.looksLikeVerb(w) {
		return false
	}
	return float64(ph.count) >= caseNameShare*float64(st.df(p.lower(w)))
}
