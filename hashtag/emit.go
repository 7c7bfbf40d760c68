package hashtag

import (
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// The render stage of the default styles (Words, Phrases, Combined): an
// emitter writes each candidate as a tag (tagtext.go), drops it if a
// filter rule says so (filter.go) or it is a duplicate (dedup.go), and
// keeps a record of it, as "#a #b" for Line or bare texts for Derive.

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

func (g *Generator) get() *scratch { return g.pool.Get().(*scratch) }

func (g *Generator) put(sc *scratch) {
	// Do not keep the memory of a pathological input alive.
	if cap(sc.buf) > 64<<10 || cap(sc.tmp) > 64<<10 || cap(sc.out) > 64<<10 || cap(sc.dedup) > 16<<10 || cap(sc.toks) > 4096 || cap(sc.tags) > 4096 {
		return
	}
	g.pool.Put(sc)
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
