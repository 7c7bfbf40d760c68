package hashtag

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Tag is a derived hashtag. Text has no '#'. Start/End are the byte span in the
// input headline that the tag came from (end exclusive): for a compound from
// its first to its last part, for a phrase the whole phrase.
type Tag struct {
	Text       string `json:"text"`
	Start, End int    `json:"-"`
	Kind       Kind   `json:"kind"`
}

// Generator derives hashtags. It is safe for concurrent use: its settings
// never change after New, and the buffers it reuses come from a sync.Pool.
type Generator struct {
	opts      Options
	lang      language.Tag
	stop      wordSet
	special   unicode.SpecialCase // Turkish/Azeri dotted and dotless i; nil otherwise
	asciiCase bool                // ASCII letters case-map as plain ASCII in this language
	greek     bool                // lower-case word-final σ is ς
	elision   *wordSet
	pool      sync.Pool // *scratch

	code      string    // the base language: "en", "tr", or "" for none
	listsOnce sync.Once // Suggest's word lists, built on its first call
	lists     *suggestLists
}

// scratch is the per-call working memory, reused through Generator.pool so
// that a warmed-up Generator allocates nothing but its results.
type scratch struct {
	toks []token
	tags []tagRec
	buf  []byte
	tmp  []byte
	out  []byte
	key  []byte
	iter norm.Iter

	segs    []Segment // a Segmenter's answer, and the tokens made of it
	subToks []token

	dedup  []int32 // open-addressing table of kept-tag index+1 (see isDup)
	dedupN int     // how many kept tags the table holds (0: none built)
	lower  cases.Caser
	title  cases.Caser
	init   bool
}

// tagRec is a kept tag: its text is out[start:end] of the buffer being
// built; src0/src1 its span in the input.
type tagRec struct {
	start, end int32
	src0, src1 int32
	kind       uint8
	ascii      bool
}

// New returns a Generator for opts. It never fails: a Lang it cannot parse
// gets no stopword list and root casing rules, and out-of-range numbers and
// enums fall back to the defaults. Use NewChecked to be told instead.
func New(opts Options) *Generator {
	g := &Generator{opts: opts}
	if g.opts.Style < Words || g.opts.Style > Combined {
		g.opts.Style = Words
	}
	if g.opts.Case < CaseKeep || g.opts.Case > CaseLower {
		g.opts.Case = CaseKeep
	}
	g.opts.Max = max(g.opts.Max, 0)
	g.opts.Best = max(g.opts.Best, 0)
	g.opts.MinLength = max(g.opts.MinLength, 0)
	g.opts.Stopwords = append([]string(nil), opts.Stopwords...)

	lang := opts.Lang
	if lang == "" {
		lang = "en"
	}
	tag, err := language.Parse(lang)
	var unknown language.ValueError
	if err != nil && !errors.As(err, &unknown) {
		// A well-formed tag with an unregistered subtag (de-19010) still
		// names its language: Parse returns what it could read, so only a
		// malformed tag loses the stopword list.
		tag = language.Und
	}
	g.lang = tag
	base, _ := tag.Base()
	code := base.String()
	if tag == language.Und {
		code = ""
	}
	g.code = code
	switch code {
	case "tr", "az":
		g.special = unicode.TurkishCase
	case "el":
		g.greek = true
	}
	g.asciiCase = code != "tr" && code != "az" && code != "nl" // nl: IJ is one letter
	if e, ok := elisions[code]; ok {
		g.elision = new(wordSet)
		for _, w := range e {
			g.elision.add(w)
		}
	}
	if !opts.ReplaceStopwords && code != "" && code != connectorsFile {
		for _, w := range lists()[code] {
			g.stop.add(g.lowerString(w))
			if g.greek {
				// Greek written in capitals drops the tonos (ΑΠΟ for από),
				// so the word without it is the same stopword.
				if bare := withoutTonos(w); bare != w {
					g.stop.add(g.lowerString(bare))
				}
			}
		}
	}
	for _, w := range opts.Stopwords {
		g.stop.add(g.lowerString(w))
	}
	g.pool.New = func() any { return new(scratch) }
	return g
}

// NewChecked is New that reports invalid options as an *OptionError (see
// [Options.Check]). A well-formed language without a built-in stopword
// list (see Languages) is not an error.
func NewChecked(opts Options) (*Generator, error) {
	if err := opts.Check(); err != nil {
		return nil, err
	}
	return New(opts), nil
}

// Options returns the options the Generator uses, after New's defaults.
func (g *Generator) Options() Options {
	o := g.opts
	o.Stopwords = append([]string(nil), o.Stopwords...)
	return o
}

var defaultGenerator = sync.OnceValue(func() *Generator { return New(Options{}) })

// Default returns the Generator that Line uses: New(Options{}), built once.
func Default() *Generator { return defaultGenerator() }

// Line returns the hashtags of headline with the default options, each with
// its '#', separated by single spaces: "#Grateful #Pakistan …".
func Line(headline string) string { return defaultGenerator().Line(headline) }

// Line returns the hashtags of headline, each with its '#', separated by
// single spaces, or "" when there are none.
func (g *Generator) Line(headline string) string {
	if g.opts.Best > 0 {
		return g.SuggestLine(headline, g.opts.Best)
	}
	// Short lines are built on the stack: the result string is then the
	// only allocation, and no scratch is fetched from the pool.
	var arr [256]byte
	e := emitter{g: g, s: headline, line: true}
	b := e.run(arr[:0])
	s := string(b)
	e.release()
	return s
}

// AppendLine appends what Line returns to dst. With a dst of enough
// capacity it does not allocate.
func (g *Generator) AppendLine(dst []byte, headline string) []byte {
	if g.opts.Best > 0 {
		return append(dst, g.SuggestLine(headline, g.opts.Best)...)
	}
	e := emitter{g: g, s: headline, line: true}
	dst = e.run(dst)
	e.release()
	return dst
}

// Derive returns the hashtags of headline in order, or nil when there are
// none. With Options.Best, they are Suggest's, best first.
func (g *Generator) Derive(headline string) []Tag {
	if g.opts.Best > 0 {
		var out []Tag
		for _, s := range g.Suggest(headline, g.opts.Best) {
			out = append(out, Tag{Text: s.Text, Start: s.Start, End: s.End, Kind: s.Kind})
		}
		return out
	}
	e := emitter{g: g, s: headline}
	sc := e.scratch()
	sc.buf = e.run(sc.buf[:0])
	defer e.release()
	tags := e.view()
	if len(tags) == 0 {
		return nil
	}
	text := string(sc.buf) // one allocation for all the tags' text
	out := make([]Tag, len(tags))
	for i, t := range tags {
		out[i] = Tag{Text: text[t.start:t.end], Start: int(t.src0), End: int(t.src1), Kind: Kind(t.kind)}
	}
	return out
}

func (g *Generator) get() *scratch { return g.pool.Get().(*scratch) }

func (g *Generator) put(sc *scratch) {
	// Do not keep the memory of a pathological input alive.
	if cap(sc.buf) > 64<<10 || cap(sc.tmp) > 64<<10 || cap(sc.out) > 64<<10 || cap(sc.dedup) > 16<<10 || cap(sc.toks) > 4096 || cap(sc.tags) > 4096 {
		return
	}
	g.pool.Put(sc)
}

// run appends the tags of e.s to dst, as a line ("#a #b") or, for Derive,
// as bare texts back to back; the tag records say where each one is.
func (e *emitter) run(dst []byte) []byte {
	g, s := e.g, e.s
	scan := newScanner(s, g.elision)
	if g.opts.Style != Words {
		return e.phrases(dst, &scan)
	}
	if g.opts.KeepAcronyms {
		e.shout = shouting(s, g.elision)
	}
	return e.words(dst, &scan)
}

// words is run for the Words style. A word tag depends on nothing the scanner carries
// from one token to the next (sentence starts, punctuation: those are for
// phrases), so ASCII is walked here directly and the commonest token, a
// plain ASCII word, goes to addPlain without becoming a token; the
// scanner takes over for anything else, from where the walk stands.
func (e *emitter) words(dst []byte, scan *scanner) []byte {
	s := e.s
	for i := 0; i < len(s) && !e.full(); {
		c := s[i]
		if wordByte[c]&wbWord == 0 {
			if c < utf8.RuneSelf {
				i++ // ASCII space or punctuation: between words
				continue
			}
			scan.i = i
			t, ok := scan.next()
			if !ok {
				break
			}
			t = e.acrossMiddleDot(t, scan)
			if t.is(tLetter) {
				dst = e.addToken(dst, t)
			}
			i = scan.i
			continue
		}
		if c|0x20 == 'h' || c|0x20 == 'w' {
			if skip := urlLength(s[i:]); skip > 0 {
				i += skip
				continue
			}
		}
		j, seen, k := plainWord(s, i)
		if j == len(s) || wordByte[s[j]]&wbEnd != 0 {
			if seen&(wbLower|wbUpper) != 0 { // a number alone is no tag
				if seen&wbUpper != 0 && e.g.special != nil && strings.IndexByte(s[i:j], 'I') >= 0 {
					// Turkish I lower-cases to ı: not an ASCII key.
					scan.i = i
					dst = e.add(dst, []token{scan.word()})
				} else {
					if j-i > 8 {
						k = 0
					}
					dst = e.addPlain(dst, i, j, k, seen&(wbLower|wbUpper) == wbUpper)
				}
			}
			i = j
			continue
		}
		scan.i = i
		if t := e.acrossMiddleDot(scan.word(), scan); t.is(tLetter) {
			dst = e.addToken(dst, t)
		}
		i = scan.i
	}
	return dst
}

// addToken is add for a token of the Words style.
func (e *emitter) addToken(dst []byte, t token) []byte {
	if !t.is(tASCII) {
		if words, ok := e.segmented(t); ok {
			for _, u := range words {
				dst = e.add(dst, []token{u})
			}
			return dst
		}
	}
	if t.flags&(tPlain|tASCII) == tPlain|tASCII && (e.g.special == nil || strings.IndexByte(e.s[t.start:t.end], 'I') < 0) {
		// Not packed: a plain token can have a '_', which lowerBits
		// would not leave alone.
		return e.addPlain(dst, t.start, t.end, 0, t.is(tAllCaps))
	}
	return e.add(dst, []token{t})
}

// segmented splits a token of a script written without spaces into the
// words a Segmenter finds (segment.go), leaving out the function words and
// numbers it names. It reports false when t is no such run or no
// Segmenter is there for its script.
func (e *emitter) segmented(t token) ([]token, bool) {
	run := e.s[t.start:t.end]
	script := spacelessScript(run)
	if script == "" {
		return nil, false
	}
	seg := e.g.segmenterFor(script)
	if seg == nil {
		return nil, false
	}
	sc := e.scratch()
	sc.segs = seg.Segment(sc.segs[:0], run, e.g.code)
	words := sc.subToks[:0]
	last := 0
	for i, sg := range sc.segs {
		if sg.Start < last || sg.End <= sg.Start || sg.End > len(run) {
			continue // a Segmenter that breaks its contract loses the segment, not the headline
		}
		last = sg.End
		if sg.Kind == SegFunction || sg.Kind == SegNumber {
			continue
		}
		u := token{start: t.start + sg.Start, end: t.start + sg.End, flags: subFlags(run[sg.Start:sg.End])}
		if !u.is(tLetter) {
			continue // punctuation or a number the Segmenter passed on
		}
		if i == 0 {
			u.flags |= t.flags & (tInitial | tPunct)
		}
		words = append(words, u)
	}
	sc.subToks = words
	return words, true
}

// acrossMiddleDot extends a katakana token over ・ and the katakana token
// after it (パ・リーグ), when a Segmenter is there to decide whether that is
// one name: the scanner splits at the dot, which X accepts in a hashtag.
func (e *emitter) acrossMiddleDot(t token, scan *scanner) token {
	if t.is(tASCII) || e.g.segmenterFor(ScriptHan) == nil {
		return t
	}
	s := e.s
	for endsKatakana(s[t.start:t.end]) && strings.HasPrefix(s[t.end:], "・") && startsKatakana(s[t.end+len("・"):]) {
		save := *scan
		scan.i = t.end + len("・")
		u, ok := scan.next()
		if !ok || u.start != t.end+len("・") {
			*scan = save
			break
		}
		t.end = u.end
		t.flags = t.flags&^tPlain | u.flags&(tLetter|tNorm)
	}
	return t
}

// segmenterFor returns the Segmenter for runs of script: Options.Segmenter,
// else the registered one, else nil.
func (g *Generator) segmenterFor(script string) Segmenter {
	if g.opts.Segmenter != nil {
		return g.opts.Segmenter
	}
	return registeredSegmenter(script)
}

// emitter writes tags for one call of Line, AppendLine or Derive. It lives
// on the caller's stack; it fetches a scratch from the pool only when it
// needs one (non-ASCII text, phrases, recasing, more than 16 tags).
type emitter struct {
	g    *Generator
	sc   *scratch
	s    string
	line bool
	seen uint64 // fingerprint bits of the kept tags (see add)

	// The kept tags: in small while they fit, then in big (the scratch's).
	// big never points into small, so the emitter can stay on the stack.
	small  [16]tagRec
	nSmall int
	big    []tagRec
	// shout: the headline is written in capitals, so all-caps words are
	// not acronyms (KeepAcronyms ignores them) and capitals mark no names.
	shout bool
}

func (e *emitter) full() bool { return e.g.opts.Max > 0 && e.count() >= e.g.opts.Max }

func (e *emitter) scratch() *scratch {
	if e.sc == nil {
		e.sc = e.g.get()
		e.sc.dedupN = 0
	}
	return e.sc
}

// release returns the scratch, if one was taken, to the pool.
func (e *emitter) release() {
	if e.sc != nil {
		if e.big != nil {
			e.sc.tags = e.big[:0]
		}
		e.g.put(e.sc)
		e.sc = nil
	}
}

func (e *emitter) count() int {
	if e.big != nil {
		return len(e.big)
	}
	return e.nSmall
}

// view returns the kept tags.
func (e *emitter) view() []tagRec {
	if e.big != nil {
		return e.big
	}
	return e.small[:e.nSmall]
}

func (e *emitter) push(r tagRec) {
	if e.big == nil && e.nSmall < len(e.small) {
		e.small[e.nSmall] = r
		e.nSmall++
		return
	}
	if e.big == nil {
		e.big = append(e.scratch().tags[:0], e.small[:e.nSmall]...)
	}
	e.big = append(e.big, r)
}

// openTag starts a tag in line output ("#", after a space from the tag
// before it); Derive output needs no separator.
func (e *emitter) openTag(dst []byte) []byte {
	if !e.line {
		return dst
	}
	if e.count() > 0 {
		dst = append(dst, ' ')
	}
	return append(dst, '#')
}

// add writes the tag made of toks (one token, or a phrase) to dst and keeps
// it if it passes: not a stopword (a single word), has a letter, long
// enough, not a duplicate. Otherwise dst is returned as it was.
func (e *emitter) add(dst []byte, toks []token) []byte {
	g := e.g
	if e.full() {
		return dst
	}
	mark := len(dst)
	dst = e.openTag(dst)
	start := len(dst)
	phrase := len(toks) > 1
	ascii, needNorm := true, false
	for k, t := range toks {
		if k > 0 && !t.is(tCap|tLower) && firstLetterUncased(e.s, t) {
			// Scripts without case cannot show the word boundary with a
			// capital; X users write Arabic-script phrases with '_'.
			dst = append(dst, '_')
		}
		dst = g.writeToken(dst, e.s, t, phrase)
		ascii = ascii && t.is(tASCII)
		needNorm = needNorm || t.is(tNorm)
	}
	if needNorm {
		sc := e.scratch()
		dst, sc.tmp, sc.out = normalizeTail(dst, start, sc.tmp, sc.out, &sc.iter)
		if !hasLetter(dst[start:]) {
			return dst[:mark]
		}
	}
	t := toks[0]
	if singleCasedLetter(dst[start:]) {
		return dst[:mark] // "AT&T" → AT, T: a letter alone is not a word
	}
	fast := ascii && g.special == nil // ASCII lower case is the language's
	if !phrase && !t.is(tCompound) && (fast && hasASCII(&g.stop, dst[start:]) || !fast && g.isStopText(dst[start:], t.is(tUpper)) ||
		t.is(tApos) && g.contraction(e.s, t)) &&
		!(g.opts.KeepAcronyms && t.is(tAllCaps) && !e.shout) {
		return dst[:mark]
	}
	dst = e.recase(dst, start, ascii)
	if g.opts.MinLength > 0 && utf8.RuneCount(dst[start:]) < g.opts.MinLength {
		return dst[:mark]
	}
	text := dst[start:]
	bit := e.fingerprint(text)
	if e.seen&bit != 0 && e.isDup(dst, text) {
		return dst[:mark]
	}
	kind := KindWord
	if phrase {
		kind = KindPhrase
	} else if t.is(tCompound) {
		kind = KindCompound
	}
	e.seen |= bit
	e.push(tagRec{start: int32(start), end: int32(len(dst)), src0: int32(t.start), src1: int32(toks[len(toks)-1].end), kind: uint8(kind), ascii: ascii})
	e.kept(dst)
	return dst
}

// fingerprint returns a bit that equal tags (as equalFold sees them)
// share, so that a tag whose bit no earlier tag has needs no comparing:
// from the lower-cased first and last runes (so "İyi" and "iyi" agree).
func (e *emitter) fingerprint(text []byte) uint64 {
	if isASCII(text) {
		return fingerprintASCII(text)
	}
	first, _ := utf8.DecodeRune(text)
	last, _ := utf8.DecodeLastRune(text)
	f, l := e.g.foldRune(first), e.g.foldRune(last)
	return 1 << ((uint(f)*7 + uint(l)*3) & 63)
}

func fingerprintASCII[T string | []byte](text T) uint64 {
	f, l := text[0], text[len(text)-1]
	if 'A' <= f && f <= 'Z' {
		f += 'a' - 'A'
	}
	if 'A' <= l && l <= 'Z' {
		l += 'a' - 'A'
	}
	return fingerprintBytes(f, l)
}

// fingerprintBytes is the fingerprint of an ASCII text whose first and
// last bytes, lower-cased, are f and l.
func fingerprintBytes(f, l byte) uint64 { return 1 << ((uint(f)*7 + uint(l)*3) & 63) }

// foldRune maps r to a representative of the runes equalFold treats as
// equal to it: the smallest rune of its case-folding orbit, with the
// Turkish dotted and dotless i put in the orbit of i.
func (g *Generator) foldRune(r rune) rune {
	if r < 0x800 {
		return rune(fold2[r])
	}
	return computeFold(r)
}

// fold2 holds foldRune for the runes of one and two UTF-8 bytes (Latin,
// Greek, Cyrillic, Hebrew, Arabic): their SimpleFold orbits, walked for
// every fingerprint and comparison, were a tenth of the time on those
// scripts.
var fold2 = func() (t [0x800]uint16) {
	for r := range rune(len(t)) {
		t[r] = uint16(computeFold(r))
	}
	return t
}()

// lower2 holds unicode.ToLower for the runes of one and two UTF-8 bytes;
// there, Turkish casing differs only for I, İ and ı, which are not looked
// up in it.
var lower2 = func() (t [0x800]uint16) {
	for r := range rune(len(t)) {
		t[r] = uint16(unicode.ToLower(r))
	}
	return t
}()

func computeFold(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	if r == 'ı' || r == 'İ' {
		return 'I'
	}
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}

// dedupLinear is how many tags are compared one by one; past it a hash
// table in the scratch keeps duplicate detection linear in the number of
// tags (a pathological input can have thousands).
const dedupLinear = 32

// isDup reports whether text equals (equalFold) a kept tag.
func (e *emitter) isDup(dst, text []byte) bool {
	tags := e.view()
	if len(tags) < dedupLinear {
		ascii := isASCII(text)
		for _, p := range tags {
			if (!(p.ascii && ascii) || int(p.end-p.start) == len(text)) && e.g.equalFold(dst[p.start:p.end], text, p.ascii && ascii) {
				return true
			}
		}
		return false
	}
	sc := e.scratch()
	if sc.dedupN != len(tags) {
		e.buildDedup(dst)
	}
	mask := uint64(len(sc.dedup) - 1)
	for i := e.g.foldHash(text) & mask; ; i = (i + 1) & mask {
		k := sc.dedup[i]
		if k == 0 {
			return false
		}
		if p := tags[k-1]; e.g.equalFold(dst[p.start:p.end], text, false) {
			return true
		}
	}
}

// buildDedup makes the hash table over the kept tags: a power of two in
// size, at most a quarter full, of kept-tag index+1 (0 is empty).
func (e *emitter) buildDedup(dst []byte) {
	sc, tags := e.scratch(), e.view()
	size := 64
	for size < 4*(len(tags)+1) {
		size *= 2
	}
	sc.dedup = append(sc.dedup[:0], make([]int32, size)...)
	for i := range tags {
		e.insertDedup(dst, i)
	}
	sc.dedupN = len(tags)
}

func (e *emitter) insertDedup(dst []byte, i int) {
	sc, p := e.sc, e.view()[i]
	mask := uint64(len(sc.dedup) - 1)
	k := e.g.foldHash(dst[p.start:p.end]) & mask
	for sc.dedup[k] != 0 {
		k = (k + 1) & mask
	}
	sc.dedup[k] = int32(i) + 1
}

// kept records, in the dedup table if there is one, the tag just kept.
func (e *emitter) kept(dst []byte) {
	if e.sc == nil || e.sc.dedupN == 0 {
		return
	}
	if n := e.count(); 4*(n+1) > len(e.sc.dedup) {
		e.buildDedup(dst)
	} else {
		e.insertDedup(dst, n-1)
		e.sc.dedupN = n
	}
}

// foldHash hashes text by its foldRune representatives, so that texts
// equalFold treats as equal hash alike.
func (g *Generator) foldHash(text []byte) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(text[i:])
		}
		h = (h ^ uint64(g.foldRune(r))) * 1099511628211
		i += n
	}
	return h
}

// addPlain is add for the commonest token, an ASCII word s[start:end] of
// letters and digits, at least one a letter, written as it is tagged (no
// apostrophe, hyphen or normalization), whose ASCII lower case is its
// lower case in the language (not a Turkish word with an I): checked
// before it is written, and written with one copy. k, unless 0, is the word of up to 8 letters and digits packed by
// plainWord; acronym says it has only capitals and digits (NATO, G20).
func (e *emitter) addPlain(dst []byte, start, end int, k uint64, acronym bool) []byte {
	g := e.g
	w := e.s[start:end]
	if len(w) == 1 || len(w) < g.opts.MinLength {
		return dst // a letter alone is not a word
	}
	var stop bool
	var bit uint64
	if k != 0 {
		// k is the word: lower-cased, it is the stopword key, and its
		// first and last bytes give the fingerprint, without rereading.
		k |= lowerBits >> (64 - 8*len(w))
		f := byte(k >> (8 * (len(w) - 1)))
		stop = g.stop.first[f&0x7f]&(1<<len(w)) != 0 && g.stop.hasShort(k)
		bit = fingerprintBytes(f, byte(k))
	} else {
		stop = hasASCII(&g.stop, w)
		bit = fingerprintASCII(w)
	}
	if stop && !(g.opts.KeepAcronyms && acronym && !e.shout) {
		return dst
	}
	mark := len(dst)
	dst = e.openTag(dst)
	at := len(dst)
	dst = append(dst, w...)
	if g.opts.Case != CaseKeep {
		dst = e.recase(dst, at, true)
	}
	text := dst[at:]
	if e.seen&bit != 0 && e.isDup(dst, text) {
		return dst[:mark]
	}
	e.seen |= bit
	if n := e.nSmall; e.big == nil && n < len(e.small) {
		// Field by field: a record built on the stack and then copied is
		// read back with one wide load right after four narrow stores,
		// which the CPU cannot forward (a stall of a dozen cycles a tag).
		p := &e.small[n]
		p.start, p.end, p.src0, p.src1 = int32(at), int32(len(dst)), int32(start), int32(end)
		p.kind, p.ascii = uint8(KindWord), true
		e.nSmall = n + 1
	} else {
		e.push(tagRec{start: int32(at), end: int32(len(dst)), src0: int32(start), src1: int32(end), kind: uint8(KindWord), ascii: true})
		e.kept(dst)
	}
	return dst
}

// singleCasedLetter reports whether b is one letter of a script with case.
// (One Han or Thai character can be a word; one Latin letter is not.)
func singleCasedLetter(b []byte) bool {
	if len(b) == 1 {
		return asciiClass[b[0]&0x7f] == clLetter && b[0] < utf8.RuneSelf
	}
	if len(b) > utf8.UTFMax {
		return false
	}
	r, n := utf8.DecodeRune(b)
	return n == len(b) && (unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r))
}

// contraction reports whether t is a stopword with a clitic: I’ll, we’d,
// who’s, can’t. A possessive of a content word (Islamabad’s) is not.
func (g *Generator) contraction(s string, t token) bool {
	for j := t.start; j < t.end; {
		_, n, cl := decodeAt(s, j)
		if cl == clApos {
			switch clitic := s[j+n : t.end]; {
			case len(clitic) <= 2 && (strings.EqualFold(clitic, "s") || strings.EqualFold(clitic, "ll") ||
				strings.EqualFold(clitic, "d") || strings.EqualFold(clitic, "re") || strings.EqualFold(clitic, "ve") ||
				strings.EqualFold(clitic, "m") || strings.EqualFold(clitic, "t")):
				return inSet(g, &g.stop, s[t.start:j])
			}
			return false
		}
		j += n
	}
	return false
}

// equalFold compares two tag texts case-insensitively: runes are the same
// if they lower-case alike in the language (İl, il) or are simple case
// folds of each other (Σ, σ, ς).
func (g *Generator) equalFold(a, b []byte, ascii bool) bool {
	if ascii {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			x, y := a[i], b[i]
			if x != y && (x|0x20 != y|0x20 || x|0x20 < 'a' || x|0x20 > 'z') {
				return false
			}
		}
		return true
	}
	for len(a) > 0 && len(b) > 0 {
		r, n := utf8.DecodeRune(a)
		q, m := utf8.DecodeRune(b)
		a, b = a[n:], b[m:]
		if r == q {
			continue
		}
		// Runes equal by the rules below always have the same foldRune
		// (that is what makes the fingerprint and foldHash sound), so
		// most unequal texts are told apart here, by table.
		if g.foldRune(r) != g.foldRune(q) {
			return false
		}
		if g.toLower(r) == g.toLower(q) || unicode.ToLower(r) == unicode.ToLower(q) {
			continue
		}
		f := unicode.SimpleFold(r)
		for f != r && f != q {
			f = unicode.SimpleFold(f)
		}
		if f != q {
			return false
		}
	}
	return len(a) == 0 && len(b) == 0
}

// recase applies FoldDiacritics and Case to dst[start:].
func (e *emitter) recase(dst []byte, start int, ascii bool) []byte {
	g := e.g
	if g.opts.FoldDiacritics && !ascii {
		sc := e.scratch()
		dst, sc.tmp, sc.out = foldTail(dst, start, sc.tmp, sc.out, &sc.iter)
		ascii = isASCII(dst[start:])
	}
	switch g.opts.Case {
	case CaseLower:
		if ascii && g.asciiCase {
			for i := start; i < len(dst); i++ {
				if c := dst[i]; 'A' <= c && c <= 'Z' {
					dst[i] = c + 'a' - 'A'
				}
			}
			return dst
		}
		sc := e.scratch()
		sc.casers(g.lang)
		dst, sc.tmp, sc.out = transformTail(dst, start, sc.tmp, sc.out, sc.lower)
	case CaseCamel:
		if ascii && g.asciiCase {
			for i := start; i < len(dst); i++ {
				if c := dst[i]; 'a' <= c && c <= 'z' {
					dst[i] = c - ('a' - 'A')
					break
				} else if 'A' <= c && c <= 'Z' {
					break
				}
			}
			return dst
		}
		sc := e.scratch()
		sc.casers(g.lang)
		dst, sc.tmp, sc.out = transformTail(dst, start, sc.tmp, sc.out, sc.title)
	default:
		return dst
	}
	// Case mappings need not give NFC (title-case ΰ is Ϋ + U+0301).
	sc := e.scratch()
	sc.tmp = append(sc.tmp[:0], dst[start:]...)
	if norm.NFC.QuickSpan(sc.tmp) != len(sc.tmp) {
		dst = appendNFC(dst[:start], sc.tmp, &sc.iter)
	}
	return dst
}

func (sc *scratch) casers(lang language.Tag) {
	if !sc.init {
		sc.lower = cases.Lower(lang)
		sc.title = cases.Title(lang, cases.NoLower)
		sc.init = true
	}
}

// firstLetterUncased reports whether the first letter of t has no case.
func firstLetterUncased(s string, t token) bool {
	for i := t.start; i < t.end; {
		r, n, cl := decodeAt(s, i)
		if cl == clLetter {
			return !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
		}
		i += n
	}
	return false
}

// writeToken appends the text of t: removed characters dropped, compound
// parts (and, with capFirst, the first part) starting with a capital, and
// '_' between compound parts whose script has no case.
func (g *Generator) writeToken(dst []byte, s string, t token, capFirst bool) []byte {
	if t.is(tPlain) && !capFirst {
		return append(dst, s[t.start:t.end]...)
	}
	partStart := capFirst || t.is(tCompound)
	joined := false // a hyphen was just removed
	for j := t.start; j < t.end; {
		c := s[j]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case clLetter:
				if partStart && 'a' <= c && c <= 'z' {
					if c == 'i' && g.special != nil {
						dst = append(dst, "İ"...)
						partStart, joined = false, false
						j++
						continue
					}
					c -= 'a' - 'A'
				}
				dst = append(dst, c)
				partStart, joined = false, false
			case clDigit:
				dst = append(dst, c)
				partStart, joined = false, false
			case clUnder:
				dst = append(dst, c)
			case clHyphen:
				// After a digit the boundary is visible already: 2024-elections
				// → 2024elections, COVID-19 → COVID19.
				partStart, joined = !endsWithDigit(dst), true
			}
			j++
			continue
		}
		r, n, cl := decodeAt(s, j)
		j += n
		switch cl {
		case clLetter:
			if partStart {
				if unicode.IsLower(r) {
					r = g.toTitle(r)
				} else if joined && !unicode.IsUpper(r) && !unicode.IsTitle(r) {
					dst = append(dst, '_')
				}
			}
			dst = utf8.AppendRune(dst, r)
			partStart, joined = false, false
		case clDigit:
			dst = utf8.AppendRune(dst, r)
			partStart, joined = false, false
		case clMark, clJoiner:
			dst = utf8.AppendRune(dst, r)
		case clHyphen:
			partStart, joined = !endsWithDigit(dst), true
		case clSep:
			// パ・リーグ: a Segmenter keeps a katakana name whole across the
			// middle dot, which X accepts in a hashtag; the scanner's own
			// tokens never hold a separator.
			if r == '・' && endsKatakana(string(dst)) && startsKatakana(s[j:t.end]) {
				dst = utf8.AppendRune(dst, r)
			}
		}
	}
	return dst
}

func endsWithDigit(b []byte) bool {
	r, _ := utf8.DecodeLastRune(b)
	return r < utf8.RuneSelf && '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r)
}

func (g *Generator) toTitle(r rune) rune {
	if g.special != nil {
		return g.special.ToTitle(r)
	}
	return unicode.ToTitle(r)
}

func (g *Generator) toLower(r rune) rune {
	if g.special != nil {
		return g.special.ToLower(r)
	}
	return unicode.ToLower(r)
}

// isStopText is isStop for a word that is known to be in lower case
// already unless upper is set: it then needs no lower-casing.
func (g *Generator) isStopText(text []byte, upper bool) bool {
	if upper || g.stop.n == 0 {
		return g.isStop(text)
	}
	return has(&g.stop, text)
}

// isStop reports whether text is a stopword.
func (g *Generator) isStop(text []byte) bool { return inSet(g, &g.stop, text) }

// inSet looks text up in set, lower-cased with the language's rules, without
// allocating: the key is built in a stack buffer.
func inSet[T string | []byte](g *Generator, set *wordSet, text T) bool {
	if len(text) > 2*set.maxLen+4 || set.n == 0 {
		return false
	}
	var buf [128]byte
	return has(set, appendLower(g, buf[:0], text))
}

// appendLower appends text lower-cased with the language's rules (the
// form the word sets hold) to dst.
func appendLower[T string | []byte](g *Generator, k []byte, text T) []byte {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && (c != 'I' || g.special == nil) {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			k = append(k, c)
			i++
			continue
		}
		if c0 := text[i]; c0&0xe0 == 0xc0 && i+1 < len(text) && text[i+1]&0xc0 == 0x80 && c0 >= 0xc2 {
			// Two bytes (Cyrillic, Greek, Arabic, Latin with marks): by
			// table, except the Turkish İ and ı.
			if r := rune(c0&0x1f)<<6 | rune(text[i+1]&0x3f); r != 'İ' && r != 'ı' || g.special == nil {
				k = utf8.AppendRune(k, rune(lower2[r]))
				i += 2
				continue
			}
		}
		r, n := utf8.DecodeRune([]byte(text[i:min(i+utf8.UTFMax, len(text))]))
		k = utf8.AppendRune(k, g.toLower(r))
		i += n
	}
	if g.greek && len(k) >= 2 && k[len(k)-2] == 0xcf && k[len(k)-1] == 0x83 { // σ
		k[len(k)-1] = 0x82 // ς
	}
	return k
}

// withoutTonos returns w without the Greek accent (U+0301 after NFD),
// recomposed.
func withoutTonos(w string) string {
	d := norm.NFD.String(w)
	if !strings.ContainsRune(d, '\u0301') {
		return w
	}
	return norm.NFC.String(strings.ReplaceAll(d, "\u0301", ""))
}

// lowerString lower-cases a stopword the way inSet lower-cases keys.
func (g *Generator) lowerString(w string) string {
	b := make([]byte, 0, len(w))
	for _, r := range w {
		b = utf8.AppendRune(b, g.toLower(r))
	}
	if g.greek && bytes.HasSuffix(b, []byte("σ")) {
		b = append(b[:len(b)-len("σ")], "ς"...)
	}
	return string(b)
}
