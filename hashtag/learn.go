package hashtag

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
)

// Learning a publisher's vocabulary from its own headlines: how many
// headlines each word appears in (document frequency), and which runs of
// two or three adjacent words occur together far more often than chance
// (multi-word names: Boko Haram, قناة السويس, दक्षिण कोरिया). Suggest then
// prefers rare, specific words and joins the learned names (rank_stats.go).
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

	// MinCount is the fewest headlines a word or phrase must appear in to
	// be kept (default 3): rarer ones say nothing reliable.
	MinCount int

	// MaxWords and MaxPhrases bound memory and the file: how many words,
	// and how many phrases of each length, are held at once (defaults
	// 1<<17 and 1<<16); a sketch four counters wide for each counts the
	// rest, so that a key held late keeps the count it had.
	MaxWords, MaxPhrases int

	// MaxLineBytes: Learn skips longer lines (default 64 KiB), as batch
	// does.
	MaxLineBytes int
}

// Defaults of LearnOptions.
const (
	DefaultLearnMinCount   = 3
	DefaultLearnMaxWords   = 1 << 17
	DefaultLearnMaxPhrases = 1 << 16
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
	g        *Generator
	opts     LearnOptions
	n        uint64
	words    *topK
	pairs    *topK
	triples  *topK
	sketch   *sketch
	caseSpan [2][][2]int32 // words capitalized, and in lower case, inside a sentence
	keys     []byte        // this headline's keys, back to back
	spans    [][2]int32    // the keys in keys, for sorting and dropping repeats
	gramSpan [][2]int32
	hashes   []uint64 // of the keys in spans, for finding repeats
}

// NewLearner returns a Learner for opts, or an error naming the bad
// option (a malformed Lang, a negative count).
func NewLearner(opts LearnOptions) (*Learner, error) {
	switch {
	case opts.MinCount < 0:
		return nil, &OptionError{Field: "MinCount", Value: opts.MinCount}
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
	if opts.MaxWords == 0 {
		opts.MaxWords = DefaultLearnMaxWords
	}
	if opts.MaxPhrases == 0 {
		opts.MaxPhrases = DefaultLearnMaxPhrases
	}
	if opts.MaxLineBytes == 0 {
		opts.MaxLineBytes = 64 << 10
	}
	// One sketch for words, pairs and triples (their keys differ), four
	// counters for each key the tables hold: 16 MB at the defaults.
	sk := newSketch(4 * (opts.MaxWords + 2*opts.MaxPhrases))
	return &Learner{
		// AsWritten: words are learned by their lower-cased text, so the
		// base forms classify would make are not needed.
		g:       New(Options{Lang: opts.Lang, Segmenter: opts.Segmenter, AsWritten: true}),
		opts:    opts,
		words:   newTopK(opts.MaxWords, sk),
		pairs:   newTopK(opts.MaxPhrases, sk),
		triples: newTopK(opts.MaxPhrases, sk),
		sketch:  sk,
	}, nil
}

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
	// A buffer that holds the longest line kept: a longer one is skipped
	// as it streams past, never gathered.
	br := bufio.NewReaderSize(r, l.opts.MaxLineBytes+2)
	first, skipping := true, false
	for {
		line, err := br.ReadSlice('\n')
		switch {
		case err == bufio.ErrBufferFull:
			skipping = true
			continue
		case skipping:
			skipping = false // the end of a long line
		case len(line) > 0:
			if first {
				line = bytes.TrimPrefix(line, []byte("\ufeff"))
			}
			line = bytes.TrimSuffix(line, []byte("\n"))
			line = bytes.TrimSuffix(line, []byte("\r"))
			l.Add(string(line))
		}
		first = false
		if err == io.EOF {
			return l.Stats(), nil
		}
		if err != nil {
			return nil, fmt.Errorf("hashtag: learn: %w", err)
		}
	}
}

// Add learns from one headline.
func (l *Learner) Add(headline string) {
	l.n++
	p := l.g.getPipeline(headline)
	defer l.g.putPipeline(p)
	p.tokenize()
	p.classify()
	ws := p.words
	if len(ws) > learnMaxWords {
		ws = ws[:learnMaxWords]
	}
	l.keys, l.spans, l.gramSpan = l.keys[:0], l.spans[:0], l.gramSpan[:0]
	l.caseSpan[0], l.caseSpan[1] = l.caseSpan[0][:0], l.caseSpan[1][:0]
	// Capitals inside a sentence mean something only where not every
	// word has one.
	sentenceCase := !p.shout && !p.titleCase()
	for i := range ws {
		w := &ws[i]
		if w.is(inStop|inFragment) || len(p.lower(w)) > learnMaxWordBytes {
			continue
		}
		key := l.addKey(p.lower(w))
		l.spans = append(l.spans, key)
		if sentenceCase && !w.caseless && !w.tok.is(tInitial|tAllCaps) {
			switch {
			case w.tok.is(tCap):
				l.caseSpan[0] = append(l.caseSpan[0], key)
			case w.tok.is(tLower):
				l.caseSpan[1] = append(l.caseSpan[1], key)
			}
		}
		// The phrases of two and three words ending here.
		for n := 2; n <= 3 && i-n+1 >= 0; n++ {
			if !p.learnable(ws, i-n+1, i) {
				break
			}
			a := int32(len(l.keys))
			for j := i - n + 1; j <= i; j++ {
				if j > i-n+1 {
					l.keys = append(l.keys, phraseSep)
				}
				l.keys = append(l.keys, p.lower(&ws[j])...)
			}
			l.gramSpan = append(l.gramSpan, [2]int32{a, int32(len(l.keys))})
		}
	}
	l.count(l.spans, l.words, nil, 0)
	l.count(l.gramSpan, l.pairs, l.triples, 0)
	// How a word is written is counted in the sketch alone, under other
	// seeds than the word itself, and looked up for the words kept.
	l.count(l.caseSpan[0], nil, nil, seedCapital)
	l.count(l.caseSpan[1], nil, nil, seedLower)
}

// Seeds of the hashes under which the sketch counts a word's cases.
const (
	seedCapital = 0x9e3779b97f4a7c15
	seedLower   = 0xc2b2ae3d27d4eb4f
)

// learnable reports whether words[first:last+1] may form a name: content
// words (no stopword, fragment or title) with nothing but space between
// them, not all generic.
func (p *pipeline) learnable(ws []word, first, last int) bool {
	generic := true
	for j := first; j <= last; j++ {
		w := &ws[j]
		if w.is(inStop|inFragment|inTitle) || len(p.lower(w)) > learnMaxWordBytes {
			return false
		}
		if j > first && w.tok.is(tPunct) && w.tok.start != ws[j-1].tok.end {
			return false // punctuation between (segments of one run touch)
		}
		generic = generic && w.is(inGeneric)
	}
	return !generic
}

func (l *Learner) addKey(k []byte) [2]int32 {
	a := int32(len(l.keys))
	l.keys = append(l.keys, k...)
	return [2]int32{a, int32(len(l.keys))}
}

// count adds each distinct key of spans once (document frequency): to two
// when the key has one separator, to three when it has two, to the sketch
// alone when two is nil; seed sets the hashes apart. Repeats are
// found by a hash of each key against the keys before it: a headline has
// a few dozen keys, and comparing 64-bit hashes costs less than sorting
// them.
func (l *Learner) count(spans [][2]int32, two, three *topK, seed uint64) {
	hashes := l.hashes[:0]
next:
	for _, s := range spans {
		k := l.keys[s[0]:s[1]]
		h := fnv64(k) ^ seed
		for j, o := range hashes {
			if o == h && bytes.Equal(k, l.keys[spans[j][0]:spans[j][1]]) {
				hashes = append(hashes, h) // keep hashes aligned with spans
				continue next
			}
		}
		hashes = append(hashes, h)
		switch {
		case two == nil:
			l.sketch.add(h)
		case three != nil && bytes.Count(k, []byte{phraseSep}) == 2:
			three.add(k, h)
		default:
			two.add(k, h)
		}
	}
	l.hashes = hashes
}

// Headlines is how many headlines the Learner has seen.
func (l *Learner) Headlines() int64 { return int64(l.n) }

// Stats returns the statistics learned so far. The Learner may go on
// learning; the Stats returned does not change.
func (l *Learner) Stats() *Stats {
	minCount := uint32(l.opts.MinCount)
	st := &Stats{
		lang:      l.g.code,
		headlines: l.n,
		minCount:  minCount,
		words:     make(map[string]uint32),
		cases:     make(map[string]caseStat),
		phrases:   make(map[string]phraseStat),
	}
	// An estimate can exceed the number of headlines (a key's counters
	// shared with others'); no word is in more headlines than there are.
	atMost := uint32(min(l.n, uint64(^uint32(0))))
	for _, s := range l.words.slots {
		if c := min(s.count, atMost); c >= minCount {
			st.words[s.key] = c
			h := fnv64([]byte(s.key))
			if cs := (caseStat{capital: min(l.sketch.estimate(h^seedCapital), c), lower: min(l.sketch.estimate(h^seedLower), c)}); cs != (caseStat{}) {
				st.cases[s.key] = cs
			}
		}
	}
	n := float64(l.n)
	for _, s := range l.pairs.slots {
		c := min(s.count, atMost)
		if c < minCount {
			continue
		}
		a, b, _ := bytes.Cut([]byte(s.key), []byte{phraseSep})
		if v := npmi(c, st.words[string(a)], st.words[string(b)], n); v >= phraseMinNPMI {
			st.phrases[s.key] = phraseStat{count: c, strength: strength(v)}
		}
	}
	for _, s := range l.triples.slots {
		c := min(s.count, atMost)
		if c < minCount {
			continue
		}
		i := bytes.IndexByte([]byte(s.key), phraseSep)
		j := bytes.LastIndexByte([]byte(s.key), phraseSep)
		ab, bc := s.key[:j], s.key[i+1:]
		a, c3 := s.key[:i], s.key[j+1:]
		// A name of three words holds together at either cut, and is how
		// both its two-word parts are mostly used: "Security Council ratifies"
		// is the Security Council and a verb.
		cab, cbc := l.pairs.count(ab), l.pairs.count(bc)
		v := min2(npmi(c, cab, st.words[c3], n), npmi(c, st.words[a], cbc, n))
		if v >= phraseMinNPMI && 2*uint64(c) >= uint64(max(cab, cbc)) {
			st.phrases[s.key] = phraseStat{count: c, strength: strength(v)}
		}
	}
	return st.index()
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
