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

// keep records dst[at:], the tag just written from the headline's
// s[src0:src1], as kept, unless it is a duplicate of a kept one (dedup.go);
// bit is its fingerprint. It reports whether the tag was kept.
func (e *emitter) keep(dst []byte, at, src0, src1 int, kind Kind, ascii bool, bit uint64) bool {
	if e.seen&bit != 0 && e.isDup(dst, dst[at:]) {
		return false
	}
	e.seen |= bit
	if n := e.nSmall; e.big == nil && n < len(e.small) {
		// Field by field: a record built on the stack and then copied is
		// read back with one wide load right after four narrow stores,
		// which the CPU cannot forward (a stall of a dozen cycles a tag).
		// (Fewer tags than dedupLinear have no dedup table to update.)
		p := &e.small[n]
		p.start, p.end, p.src0, p.src1 = int32(at), int32(len(dst)), int32(src0), int32(src1)
		p.kind, p.ascii = uint8(kind), ascii
		e.nSmall = n + 1
		return true
	}
	if e.big == nil {
		e.big = append(e.scratch().tags[:0], e.small[:e.nSmall]...)
	}
	e.big = append(e.big, tagRec{start: int32(at), end: int32(len(dst)), src0: int32(src0), src1: int32(src1), kind: uint8(kind), ascii: ascii})
	e.kept(dst)
	return true
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
	if !phrase && !t.is(tCompound) && g.stopwordText(e.s, t, dst[start:]) && !g.keepsAcronym(t.is(tAllCaps), e.shout) {
		return dst[:mark]
	}
	dst = e.recase(dst, start, ascii)
	if g.opts.MinLength > 0 && g.tooShort(utf8.RuneCount(dst[start:])) {
		return dst[:mark]
	}
	kind := KindWord
	if phrase {
		kind = KindPhrase
	} else if t.is(tCompound) {
		kind = KindCompound
	}
	if !e.keep(dst, start, t.start, toks[len(toks)-1].end, kind, ascii, e.fingerprint(dst[start:])) {
		return dst[:mark]
	}
	return dst
}

// addPlain is add for the commonest token, an ASCII word s[start:end] of
// letters and digits, at least one a letter, written as it is tagged (no
// apostrophe, hyphen or normalization), whose ASCII lower case is its
// lower case in the language (not a Turkish word with an I): the same
// filter rules, checked before the word is written, and one copy. k,
// unless 0, is the word packed by plainWord (up to 8 bytes); allCaps says
// it has only capitals and digits (NATO, G20).
func (e *emitter) addPlain(dst []byte, start, end int, k uint64, allCaps bool) []byte {
	g := e.g
	w := e.s[start:end]
	if g.tooShort(len(w)) { // ASCII: bytes are runes
		return dst
	}
	if g.isStopPlain(w, k) && !g.keepsAcronym(allCaps, e.shout) {
		return dst
	}
	mark := len(dst)
	dst = e.openTag(dst)
	at := len(dst)
	dst = append(dst, w...)
	if singleCasedLetter(dst[at:]) {
		return dst[:mark]
	}
	if g.opts.Case != CaseKeep {
		dst = e.recase(dst, at, true)
	}
	if !e.keep(dst, at, start, end, KindWord, true, fingerprintASCII(w)) {
		return dst[:mark]
	}
	return dst
}
