package hashtag

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"runtime"
	"strings"
	"sync"
	"unsafe"
)

// Learning a publisher's vocabulary from its own headlines: how many
// headlines each word appears in (document frequency), and which runs of
// two or three adjacent words occur together far more often than chance
// (multi-word names: Boko Haram, قناة السويس, दक्षिण कोरिया), and how words
// are written inside sentences. Suggest then joins the learned names, tells
// names from common words by their case, orders topic words by how often
// the archive comes back to them (rank_stats.go), and shows a word in the
// base form the archive attests (доллара → доллар: base_stats.go).
//
// Words are found exactly as Suggest finds them (the tokenize and classify
// stages of its pipeline), so a word learned is a word looked up. Counting
// is in bounded memory (topk.go: a count-min sketch and tables of the most
// frequent keys): an archive of any size costs the same.

// LearnOptions configures Learn and NewLearner. The zero value learns
// English with the defaults below.
type LearnOptions struct {
	// Lang is the archive's language, as Options.Lang ("" means "en"). The
	// statistics record it; Suggest uses them only for that language.
	Lang string

	// Segmenter splits Chinese, Japanese and Thai runs into words, as
	// Options.Segmenter. Use the one Suggest will use.
	Segmenter Segmenter

	// MinCount is the fewest headlines a word must appear in to be kept
	// (default 3): rarer ones say nothing reliable.
	MinCount int

	// MinPhraseCount is the fewest headlines a phrase (a learned name)
	// must appear in (default 5, and never fewer than MinCount). A
	// collocation score overrates rare pairs, so a name seen two or three
	// times in a small archive is as often chance; learning from the very
	// headlines one then tags (batch --learn) made such chance names
	// swallow better tags.
	MinPhraseCount int

	// MaxWords and MaxPhrases bound memory and the file: how many words,
	// and how many phrases of each length, are kept (defaults 1<<17 and
	// 1<<16; up to half as many again are held while counting); a sketch
	// of a 32-byte block for each (64 bytes on archives of many millions
	// of headlines) counts the rest, so that a key held late keeps the
	// count it had.
	MaxWords, MaxPhrases int

	// MaxLineBytes: Learn skips longer lines (default 64 KiB), as batch
	// does.
	MaxLineBytes int
}

// Defaults of LearnOptions.
const (
	DefaultLearnMinCount       = 3
	DefaultLearnMinPhraseCount = 5
	DefaultLearnMaxWords       = 1 << 17
	DefaultLearnMaxPhrases     = 1 << 16
)

const (
	// learnMaxWords is how many words of one line are learned from: a
	// headline has a few dozen; a line of thousands is not one, and must
	// not cost time out of proportion.
	learnMaxWords = 64
	// learnMaxWordBytes: a longer "word" is no word a tag is made of (a
	// URL-like run, a string of letters), and is not learned. Three of
	// them and two spaces stay under the file's key limit.
	learnMaxWordBytes = 256
	// phraseMinNPMI is how strongly the words of a phrase must go
	// together to be a name: normalized PMI is 1 for words that occur
	// only together, 0 for words independent of each other. 0.5 keeps
	// Boko Haram and South Korea, drops "police officer".
	phraseMinNPMI = 0.5
	// phraseSep joins the words of a phrase in keys; no word holds it.
	phraseSep = ' '
)

// Learner accumulates statistics one headline at a time, in bounded
// memory. Learn is a Learner fed from the lines of a reader; use a Learner
// directly to learn from records of other shapes (csv, jsonl).
// A Learner is not safe for concurrent use.
type Learner struct {
	g       *Generator
	opts    LearnOptions
	n       uint64
	words   *topK
	pairs   *topK
	triples *topK
	sketch  *sketch
	// The tables by pending.n: words (and their cases alone), pairs,
	// triples.
	tables [4]*topK
	// How often each word held was written with a capital and in lower
	// case inside a sentence, by its ref (topEntry.ref; counted from the
	// time the word is held): kept apart from the table, whose entries
	// are then 16 bytes, and read only for a word in a sentence.
	cases []wordCases
	key   []byte // a phrase's key, built when the phrase is admitted
	seen  keySet // the keys findKeys has found in its headline
	// Each headline's keys are counted when the next headline comes
	// (or the statistics are asked for): they are fetched from memory
	// meanwhile (prefetch), while the next headline's words are found,
	// rather than waited for. So two headlines are held, each with its
	// own pipeline (whose words the keys admitted take their text from):
	// heads[cur] is the one whose keys wait, if waiting.
	heads   [2]learnHeadline
	cur     int
	waiting bool
	fetch   [2 * learnMaxKeys]uintptr // the addresses prefetch fetches
	// How many keys the last headlines had, and how many of them the
	// tables did not hold (decaying by a sixteenth a headline): what Add
	// fetches of a headline's keys.
	looked, missed uint32
	done           bool // Finish let go of the counters
}

// NewLearner returns a Learner for opts, or an error naming the bad
// option (a malformed Lang, a negative count).
func NewLearner(opts LearnOptions) (*Learner, error) {
	switch {
	case opts.MinCount < 0:
		return nil, &OptionError{Field: "MinCount", Value: opts.MinCount}
	case opts.MinPhraseCount < 0:
		return nil, &OptionError{Field: "MinPhraseCount", Value: opts.MinPhraseCount}
	case opts.MaxWords < 0:
		return nil, &OptionError{Field: "MaxWords", Value: opts.MaxWords}
	case opts.MaxPhrases < 0:
		return nil, &OptionError{Field: "MaxPhrases", Value: opts.MaxPhrases}
	case opts.MaxLineBytes < 0:
		return nil, &OptionError{Field: "MaxLineBytes", Value: opts.MaxLineBytes}
	}
	if opts.Lang != "" {
		if err := checkLang(opts.Lang); err != nil {
			return nil, &OptionError{Field: "Lang", Value: fmt.Sprintf("%q", opts.Lang), Err: err}
		}
	}
	if opts.MinCount == 0 {
		opts.MinCount = DefaultLearnMinCount
	}
	if opts.MinPhraseCount == 0 {
		opts.MinPhraseCount = DefaultLearnMinPhraseCount
	}
	opts.MinPhraseCount = max(opts.MinPhraseCount, opts.MinCount)
	if opts.MaxWords == 0 {
		opts.MaxWords = DefaultLearnMaxWords
	}
	if opts.MaxPhrases == 0 {
		opts.MaxPhrases = DefaultLearnMaxPhrases
	}
	if opts.MaxLineBytes == 0 {
		opts.MaxLineBytes = 64 << 10
	}
	// One sketch for words, pairs and triples (their hashes differ), a
	// block of 16 counters for each key the tables keep: 8 MB at the
	// defaults (16 MB once a counter passes 65535: sketch).
	sk := newSketch(opts.MaxWords + 2*opts.MaxPhrases)
	// A key enters a table at its second headline, unless one is enough.
	admit := uint32(min(opts.MinCount, 2))
	l := &Learner{
		g:       learnGenerator(opts),
		opts:    opts,
		words:   newTopK(opts.MaxWords, admit, sk),
		pairs:   newTopK(opts.MaxPhrases, admit, sk),
		triples: newTopK(opts.MaxPhrases, admit, sk),
		sketch:  sk,
	}
	l.tables = [4]*topK{l.words, l.words, l.pairs, l.triples}
	return l, nil
}

// learnGenerator returns the Generator whose pipeline a Learner of opts
// finds words with. AsWritten: words are learned by their lower-cased
// text, so the base forms classify would make are not needed.
//
// Those of the first languages learned are kept and shared (a Generator
// is safe for concurrent use): making one builds its word lists, which
// cost every Learn a millisecond again, and more work for the garbage
// collector. A Learner with a Segmenter makes its own.
func learnGenerator(opts LearnOptions) *Generator {
	if opts.Segmenter != nil {
		return New(Options{Lang: opts.Lang, Segmenter: opts.Segmenter, AsWritten: true})
	}
	learnGenerators.Lock()
	defer learnGenerators.Unlock()
	if g, ok := learnGenerators.byLang[opts.Lang]; ok {
		return g
	}
	g := New(Options{Lang: opts.Lang, AsWritten: true})
	if learnGenerators.byLang == nil {
		learnGenerators.byLang = map[string]*Generator{}
	}
	// (Bounded: Lang is the caller's, any well-formed tag.)
	if len(learnGenerators.byLang) < learnGeneratorsKept {
		learnGenerators.byLang[opts.Lang] = g
	}
	return g
}

var learnGenerators struct {
	sync.Mutex
	byLang map[string]*Generator
}

// learnGeneratorsKept is how many languages' Generators learnGenerator
// keeps.
const learnGeneratorsKept = 16

// Learn reads headlines from r, one a line (UTF-8, \n or \r\n), and
// returns what they say: the document frequency of their words and the
// multi-word names among them. Memory is bounded by opts whatever the size
// of r; the same input always gives the same statistics, byte for byte
// once written. A line longer than MaxLineBytes is skipped; a read error is
// returned.
func Learn(r io.Reader, opts LearnOptions) (*Stats, error) {
	l, err := NewLearner(opts)
	if err != nil {
		return nil, err
	}
	// The input is read in large chunks, each made a string once: the
	// lines are substrings of it, and Add needs no copy of each.
	maxLine := l.opts.MaxLineBytes + len("\r")
	buf := make([]byte, max(learnChunk, 2*(maxLine+1)))
	have := 0         // an unfinished line at buf[:have]
	skipping := false // inside a line too long to keep, until its end
	first := true
	add := func(line string) {
		if skipping {
			skipping = false // the end of a long line
			return
		}
		if len(line) > maxLine {
			first = false
			return
		}
		if first {
			line = strings.TrimPrefix(line, "\ufeff")
			first = false
		}
		l.Add(strings.TrimSuffix(line, "\r"))
	}
	for {
		n, err := r.Read(buf[have:])
		if n > 0 {
			chunk := buf[:have+n]
			have = len(chunk)
			if end := bytes.LastIndexByte(chunk, '\n'); end >= 0 {
				lines := string(chunk[:end])
				for {
					line, rest, more := strings.Cut(lines, "\n")
					add(line)
					if !more {
						break
					}
					lines = rest
				}
				have = copy(buf, chunk[end+1:])
			}
			if have > maxLine {
				// Too long already: dropped as it streams past, never
				// gathered.
				skipping, have, first = true, 0, false
			}
		}
		if err == io.EOF {
			if have > 0 {
				add(string(buf[:have]))
			}
			return l.Finish(), nil
		}
		if err != nil {
			return nil, fmt.Errorf("hashtag: learn: %w", err)
		}
	}
}

// learnChunk is how much of its input Learn reads at a time.
const learnChunk = 256 << 10

// Add learns from one headline.
func (l *Learner) Add(headline string) {
	if l.done {
		return
	}
	l.n++
	hd := &l.heads[l.cur^1] // (heads[cur] waits, if a headline does)
	if hd.p == nil {
		hd.p = new(pipeline)
	}
	l.findKeys(hd, headline)
	// The keys of the headline before, fetched while this one's were
	// found, are counted first: headlines are counted in the order they
	// came, so the statistics are those counting each at once would make.
	l.flush()
	l.cur ^= 1
	l.fetchKeys(hd)
	l.waiting = true
}

// learnHeadline is a headline whose keys Add has found and not counted
// yet: its pipeline (reused for headline after headline: a Learner is used
// by one goroutine, so it needs no sync.Pool round trip a headline as
// Suggest does; its buffers grow to the longest line, at most
// MaxLineBytes), its words and its keys.
type learnHeadline struct {
	p    *pipeline
	ws   []word
	np   int
	pend [learnMaxKeys]pending
}

// findKeys finds the words of headline, as Suggest finds them, and the
// keys to count of them, in hd.
func (l *Learner) findKeys(hd *learnHeadline, headline string) {
	p := hd.p
	p.reset(l.g, headline)
	// The words, as Suggest finds them: its tokenize and classify stages.
	p.tokenize()
	p.classify()
	ws := p.words
	if len(ws) > learnMaxWords {
		ws = ws[:learnMaxWords]
	}
	l.seen.reset()
	// Capitals inside a sentence mean something only where not every
	// word has one.
	sentenceCase := !p.shout && !p.titleCase()
	pend := &hd.pend
	np := 0
	// Each word is hashed once; the hashes of the phrases ending at a
	// word are made of its hash and those of the words before, carried
	// from word to word with their phraseFlags (learnable's rule).
	var (
		h1     uint64 // the hash of the word before
		pair1  uint64 // the hash of the pair ending at the word before, when linked (phraseLinked)
		f1, f2 uint8  // the phraseFlags of the word before and the one before it
	)
	prevEnd := 0
	if len(ws) > 0 {
		prevEnd = ws[0].tok.start
	}
	for i := range ws {
		w := &ws[i]
		f := phraseFlags(w, prevEnd)
		prevEnd = w.tok.end
		var h uint64
		if w.lists&(inStop|inFragment) == 0 && w.l1-w.l0 <= learnMaxWordBytes {
			if n := int(w.l1 - w.l0); n <= 8 && w.l1 >= 8 {
				h = shortWordHash(packEnding(p.buf, int(w.l1), n)) // (as p.wordHash)
			} else {
				h = p.wordHash(w)
			}
			var cased uint8
			if sentenceCase && !w.caseless && !w.tok.is(tInitial|tAllCaps) {
				cased = caseOf(w.tok)
			}
			if l.seen.add(h) {
				pend[np&(learnMaxKeys-1)] = pending{hash: h, last: int32(i), n: 1, cased: cased}
				np++
			} else if cased != 0 {
				// Seen before in this headline: its case alone may be new.
				if cased = repeatCase(pend[:np], h, w.tok); cased != 0 {
					pend[np&(learnMaxKeys-1)] = pending{hash: h, last: int32(i), n: 0, cased: cased}
					np++
				}
			}
			// The phrases of two and three words ending here
			// (learnable(ws, i-n+1, i)): the flags of a phrase's words
			// ANDed, and of its words after the first.
			if i >= 1 && phraseLinked(f&f1, f) {
				pair := combine(h1, h)
				// (A triple whose last two words are both generic is not
				// counted, though learnable would take it: its last two
				// words are never counted as a pair, so stats could not
				// score it — npmi of a part not known is -1 — and would
				// drop it. Counting it would cost a key for nothing.)
				if phraseOK(f&f1, f) {
					if l.seen.add(pair) {
						pend[np&(learnMaxKeys-1)] = pending{hash: pair, last: int32(i), n: 2}
						np++
					}
					// A learnable triple is linked at its first two words
					// too (they may both be generic): pair1 is their hash.
					if i >= 2 && phraseOK(f&f1&f2, f&f1) {
						triple := combine(pair1, h)
						if l.seen.add(triple) {
							pend[np&(learnMaxKeys-1)] = pending{hash: triple, last: int32(i), n: 3}
							np++
						}
					}
				}
				pair1 = pair
			} else {
				pair1 = 0
			}
		}
		h1 = h
		f2, f1 = f1, f
	}
	hd.ws, hd.np = ws, np
	p.s = "" // the headline (a part of Learn's chunk of input) is not kept
}

// fetchKeys has the processor fetch what counting h's keys will read, to
// be counted at the next Add: each key costs a cache miss or two in tables
// of megabytes, and a load that waits for one holds up everything after
// it. Fetched while the next headline's words are found, they are there
// when counted.
//
// A key the table holds is counted without the sketch, so its sketch
// block need not be fetched. Where most keys are held (a long run over a
// stable vocabulary) only the table entry is; where many keys are new
// (the start of a run, a long tail), both. The share of the last
// headlines' keys not held decides (a decaying average): under a quarter
// (about half in a first pass over the English corpus, a tenth from the
// third pass on). Which way never changes what is counted.
//
// Measured against touching each key's lines by loads just before
// counting them (test binaries alternated, the median of the paired
// ratios): BenchmarkLearnerAdd -18 % in wall time (14 pairs), -14 % in
// CPU time (10 pairs); BenchmarkLearn -4 % in wall time (24 pairs, within
// its noise), -20 % in CPU time (10 pairs); sharekit learn of a long tail
// of 1.5 M lines -11 % in wall time (5 pairs). Fetching the sketch block
// of every key too, or of none, was slower in both (BenchmarkLearn's CPU
// time +14 %). (An entry is 16 bytes now, never across two lines.)
//
// A filter of the keys each table holds, to fetch one line a key (the
// table entry of a key held, the sketch block of one not held), was
// measured and dropped: a key not held that its count then admits
// reads its entry anyway, not fetched, and those misses were as many as
// the filter spared (cachegrind, 4 MB last level, 150 k long-tail lines:
// 91 k spared, 92 k at admissions, 55 k in the filter; 1.5 M lines: 6.85
// misses a headline with it, 6.81 without, and 5 % more instructions).
func (l *Learner) fetchKeys(h *learnHeadline) {
	sk := l.sketch
	both := 4*l.missed >= l.looked
	n := 0
	for j := range h.pend[:h.np] {
		k := &h.pend[j]
		t := l.tables[k.n&3]
		l.fetch[n] = uintptr(unsafe.Pointer(&t.table[k.hash&t.mask]))
		n++
		if both {
			l.fetch[n] = sk.block(k.hash)
			n++
		}
	}
	prefetch(l.fetch[:n])
}

// flush counts the keys of the headline that waits, if one does.
func (l *Learner) flush() {
	if !l.waiting {
		return
	}
	l.waiting = false
	h := &l.heads[l.cur]
	p, ws, pend, np := h.p, h.ws, &h.pend, h.np
	missed := uint32(0)
	for j := range pend[:np] {
		k := &pend[j]
		t := l.tables[k.n&3]
		// The key where the table would hold it, fetched by fetchKeys:
		// most keys, and a lookup would reload it.
		e := &t.table[k.hash&t.mask]
		fresh := false
		switch {
		case e.hash == k.hash:
			e.count += uint32(b2i(k.n != 0))
		case k.n == 0:
			e = t.find(k.hash)
		default:
			e, fresh = t.add(k.hash)
			missed += uint32(b2i(e == nil || fresh))
		}
		if fresh {
			key := l.key[:0]
			for j := k.last - int32(k.n) + 1; j <= k.last; j++ {
				if j > k.last-int32(k.n)+1 {
					key = append(key, phraseSep)
				}
				key = append(key, p.lower(&ws[j])...)
			}
			t.setKey(e, key)
			l.key = key
			if k.n == 1 {
				// A word admitted: a new ref is the next (words are
				// admitted here only), or one let go, whose cases start
				// anew.
				if int(e.ref) < len(l.cases) {
					l.cases[e.ref] = wordCases{}
				} else {
					l.cases = append(l.cases, wordCases{})
				}
			}
		}
		if e != nil && k.n <= 1 && k.cased != 0 {
			c := &l.cases[e.ref]
			c.capital += uint32(k.cased & pendCapital)
			c.lower += uint32(k.cased&pendLower) >> 1
		}
	}
	// In sixteenths of a key, so that the halving does not stop at 15.
	l.looked = l.looked - l.looked>>4 + uint32(np)<<4
	l.missed = l.missed - l.missed>>4 + missed<<4
}

// wordCases is how often a word was written with a capital and in lower
// case inside a sentence.
type wordCases struct{ capital, lower uint32 }

// wordHash is wordHash(p.lower(w)). A short text is packed by one load
// of the 8 bytes that end with it, or begin with it, where p.buf has
// them: most words, and cheaper than packing byte by byte. (Add makes the
// first case itself, the most common by far: a call a word cost more
// than the load.)
func (p *pipeline) wordHash(w *word) uint64 {
	l0, l1 := int(w.l0), int(w.l1)
	n := l1 - l0
	switch {
	case n > 8:
		return longWordHash(p.buf[l0:l1])
	case l1 >= 8:
		return shortWordHash(packEnding(p.buf, l1, n))
	case l0+8 <= len(p.buf):
		return shortWordHash(binary.BigEndian.Uint64(p.buf[l0:l0+8]) >> (64 - 8*n))
	}
	return wordHash(p.buf[l0:l1])
}

// packEnding is pack(buf[end-n:end]), n at most 8 and end at least 8.
func packEnding(buf []byte, end, n int) uint64 {
	return binary.BigEndian.Uint64(buf[end-8:end]) & (^uint64(0) >> (64 - 8*n))
}

// caseOf is the case a word's first letter counts for: pendCapital,
// pendLower or 0.
func caseOf(t token) uint8 {
	switch {
	case t.is(tCap):
		return pendCapital
	case t.is(tLower):
		return pendLower
	}
	return 0
}

// repeatCase is the case to count for a word of hash h counted before in
// the headline (its keys in pend), written as t: its case if that case
// was not counted yet in the headline, else 0 (document frequency counts
// a case once a headline too).
func repeatCase(pend []pending, h uint64, t token) uint8 {
	var counted uint8 // 1<<case, of each case counted
	for _, k := range pend {
		if k.hash == h && k.n <= 1 {
			counted |= 1 << k.cased
		}
	}
	switch {
	case t.is(tCap) && counted&(1<<pendCapital) == 0:
		return pendCapital
	case t.is(tLower) && counted&(1<<pendLower) == 0:
		return pendLower
	}
	return 0
}

// learnMaxKeys bounds the keys of a headline: a word (or its case alone),
// a pair and a triple ending at each of learnMaxWords words, rounded up
// to a power of two.
const learnMaxKeys = 256

// pending is a key of the headline to count: a word or phrase of n words
// ending at word last, and for a word, a case to count (n 0: the case
// alone, of a word counted before in the headline).
type pending struct {
	hash  uint64
	last  int32
	n     int8
	cased uint8
}

const (
	pendCapital = 1 + iota
	pendLower
)

// learnable reports whether words[first:last+1] may form a name: content
// words (no stopword, fragment or title) with nothing but space between
// them, not all generic.
func (p *pipeline) learnable(ws []word, first, last int) bool {
	all, joined := ^uint8(0), uint8(phraseJoined)
	for j := first; j <= last; j++ {
		f := phraseFlags(&ws[j], ws[max(j-1, 0)].tok.end)
		all &= f
		if j > first {
			joined &= f
		}
	}
	return phraseOK(all, joined)
}

// phraseFlags is word w's part in learnable's rule; prevEnd is where the
// word before it ends. Learner.Add takes it once a word and combines it
// for the two phrases ending there, where learnable would look at each
// word again. Made by arithmetic, not branches: whether a word is a
// stopword is as good as random to the processor.
func phraseFlags(w *word, prevEnd int) uint8 {
	f := b2i(w.lists&(inStop|inFragment|inTitle) == 0 && w.l1-w.l0 <= learnMaxWordBytes) * phrasePart
	f |= int(w.lists&inGeneric) / int(inGeneric) * phraseGeneric
	// Punctuation between it and the word before ends a phrase (segments
	// of one run touch).
	f |= b2i(w.tok.flags&tPunct == 0 || w.tok.start == prevEnd) * phraseJoined
	return uint8(f)
}

// phraseOK is learnable's answer from the flags of a phrase's words ANDed
// (all), and of its words after the first (joined).
func phraseOK(all, joined uint8) bool {
	return phraseLinked(all, joined) && all&phraseGeneric == 0
}

// phraseLinked is phraseOK but for the generic words: content words with
// nothing but space between them.
func phraseLinked(all, joined uint8) bool {
	return all&phrasePart != 0 && joined&phraseJoined != 0
}

// Bits of phraseFlags.
const (
	phrasePart    = 1 << iota // a content word, not too long
	phraseGeneric             // a generic word
	phraseJoined              // nothing but space since the word before
)

// keySet is the set of the keys counted in one headline (document
// frequency counts a key once a headline): open addressing over a small
// table, emptied by a new generation rather than cleared.
type keySet struct {
	gen   uint32
	hash  [keySetSize]uint64
	stamp [keySetSize]uint32
}

// keySetSize holds every key of a headline of learnMaxWords words (a word,
// a pair and a triple each) at most a fifth full.
const keySetSize = 1024

func (k *keySet) reset() {
	k.gen++
	if k.gen == 0 { // wrapped: stamps of old generations could match
		clear(k.stamp[:])
		k.gen = 1
	}
}

// add adds h and reports whether it was new.
func (k *keySet) add(h uint64) bool {
	for i := h & (keySetSize - 1); ; i = (i + 1) & (keySetSize - 1) {
		if k.stamp[i] != k.gen {
			k.stamp[i], k.hash[i] = k.gen, h
			return true
		}
		if k.hash[i] == h {
			return false
		}
	}
}

// Headlines is how many headlines the Learner has seen.
func (l *Learner) Headlines() int64 { return int64(l.n) }

// Stats returns the statistics learned so far. The Learner may go on
// learning; the Stats returned does not change.
func (l *Learner) Stats() *Stats { return l.stats(false) }

// Finish returns the statistics learned, as Stats does, and lets go of the
// Learner's counters before it builds them, so that a long run's memory
// does not peak at its end. The Learner learns nothing after: Add does
// nothing, and Stats and Finish return empty statistics.
func (l *Learner) Finish() *Stats { return l.stats(true) }

func (l *Learner) stats(release bool) *Stats {
	minCount := uint32(l.opts.MinCount)
	l.flush() // the last headline's keys
	if l.done {
		return (&Stats{lang: l.g.code, minCount: minCount, words: map[string]uint32{}, cases: map[string]caseStat{}, phrases: map[string]phraseStat{}}).index()
	}
	// An estimate can exceed the number of headlines (a key's counters
	// shared with others'); no word is in more headlines than there are.
	atMost := uint32(min(l.n, uint64(^uint32(0))))
	words, pairs, triples := l.words.entries(minCount), l.pairs.entries(minCount), l.triples.entries(minCount)
	// The counts of each triple's two-word parts, while the tables and the
	// sketch are there: a part no longer held has its count in the sketch.
	parts := make([][2]uint32, len(triples))
	for i, e := range triples {
		key := l.triples.key(&e)
		a, rest, _ := strings.Cut(key, string(rune(phraseSep)))
		b, c, _ := strings.Cut(rest, string(rune(phraseSep)))
		ha, hb, hc := wordHash([]byte(a)), wordHash([]byte(b)), wordHash([]byte(c))
		parts[i] = [2]uint32{
			min(l.pairs.countOrEstimate(combine(ha, hb)), atMost),
			min(l.pairs.countOrEstimate(combine(hb, hc)), atMost),
		}
	}
	if release {
		l.release()
		// Collect the counters now, before the maps below are made:
		// otherwise they are still on the heap when it peaks, and the
		// peak is the counters and the statistics together.
		runtime.GC()
	}
	// Maps made at their size: one that grows leaves the tables it
	// outgrew to the garbage collector, at the moment memory peaks.
	st := &Stats{
		lang:      l.g.code,
		headlines: l.n,
		minCount:  minCount,
		words:     make(map[string]uint32, len(words)),
		cases:     make(map[string]caseStat, len(words)),
		phrases:   make(map[string]phraseStat),
	}
	for _, e := range words {
		if c := min(e.count, atMost); c >= minCount {
			key := l.words.key(&e)
			st.words[key] = c
			if cs := (caseStat{capital: min(l.cases[e.ref].capital, c), lower: min(l.cases[e.ref].lower, c)}); cs != (caseStat{}) {
				st.cases[key] = cs
			}
		}
	}
	n := float64(l.n)
	phraseMin := uint32(l.opts.MinPhraseCount)
	for _, e := range pairs {
		c := min(e.count, atMost)
		if c < phraseMin {
			continue
		}
		key := l.pairs.key(&e)
		a, b, _ := strings.Cut(key, string(rune(phraseSep)))
		if v := npmi(c, st.words[a], st.words[b], n); v >= phraseMinNPMI {
			st.phrases[key] = phraseStat{count: c, strength: strength(v)}
		}
	}
	for i, e := range triples {
		c := min(e.count, atMost)
		if c < phraseMin {
			continue
		}
		key := l.triples.key(&e)
		first := strings.IndexByte(key, phraseSep)
		last := strings.LastIndexByte(key, phraseSep)
		a, c3 := key[:first], key[last+1:]
		// A name of three words holds together at either cut, and is how
		// both its two-word parts are mostly used: "Security Council ratifies"
		// is the Security Council and a verb.
		cab, cbc := parts[i][0], parts[i][1]
		v := min2(npmi(c, cab, st.words[c3], n), npmi(c, st.words[a], cbc, n))
		if v >= phraseMinNPMI && 2*uint64(c) >= uint64(max(cab, cbc)) {
			st.phrases[key] = phraseStat{count: c, strength: strength(v)}
		}
	}
	if release {
		for _, t := range []*topK{l.words, l.pairs, l.triples} {
			t.text, t.refs = nil, nil
		}
		l.cases = nil
	}
	return st.index()
}

// release lets go of the counters; the key texts stay until the
// statistics are built.
func (l *Learner) release() {
	l.done = true
	l.sketch, l.heads = nil, [2]learnHeadline{}
	for _, t := range []*topK{l.words, l.pairs, l.triples} {
		t.sketch, t.table, t.counts, t.free = nil, nil, nil, nil
	}
}

// npmi is the normalized pointwise mutual information of x and y that
// occur together in cxy of n headlines, alone in cx and cy: 1 when they
// only occur together, 0 when independent. A count not known (0) gives -1.
func npmi(cxy, cx, cy uint32, n float64) float64 {
	if cxy == 0 || cx == 0 || cy == 0 || float64(cxy) >= n {
		return -1
	}
	pxy := float64(cxy) / n
	pmi := math.Log(pxy / (float64(cx) / n * float64(cy) / n))
	return pmi / -math.Log(pxy)
}

func min2(a, b float64) float64 { return math.Min(a, b) }

// strength maps an NPMI in [0, 1] to a byte, so the file stores no float
// (whose last bits could differ between machines).
func strength(v float64) uint8 { return uint8(math.Round(math.Max(0, math.Min(1, v)) * 255)) }
