package hashtag

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tokenize stage: the scanner's tokens (scan.go), with runs of
// spaceless scripts split into words by a Segmenter and katakana names
// joined across the middle dot. Suggest's words (word, addRun) and the
// default styles' tokens (segmented, acrossMiddleDot) come from here.

// word is one word of the headline for Suggest.
type word struct {
	tok       token       // span and scanner flags (a sub-span for a segmented word)
	t0, t1    int32       // its text, as a tag would write it (NFC, apostrophes and hyphens removed), is pipeline.buf[t0:t1]
	b0, b1    int32       // its base form (base.go) is pipeline.buf[b0:b1]
	l0, l1    int32       // its text lower-cased in the language (appendLower), for the word lists, is pipeline.buf[l0:l1]
	packed    uint64      // that key packed (wordSet.hasShort), when it has at most 8 bytes (before classify: a plain word's last 8 bytes packed by the scanner, or 0)
	seg       SegmentKind // what a Segmenter's dictionary said, or SegWord
	caseless  bool        // its first letter has no case (Arabic, Devanagari, Han…)
	colon     bool        // a ':' follows it: the label of a "Topic: …" headline (looked for in the first labelWords words only)
	declined  bool        // its base form holds inside a name too, not only last (Верховной рады → ВерховнаяРада; declension.go)
	hyphen    bool        // a hyphen joins it to the next word, a part of the same compound (compounds.go)
	verbAsked uint8       // looksLikeVerb's answer, once asked (verbNo, verbYes), else 0 (grammar.go)
	lists     wordLists   // set by classify
}

// wordLists says which of the word lists (filter.go) hold a word.
type wordLists uint16

const (
	inStop        wordLists = 1 << iota // a stopword: never a tag alone
	inGeneric                           // a generic news word: a tag only if nothing better is there
	inTitle                             // an honorific or title (Mr, President): not part of a name
	inFragment                          // no word: a lone letter, a number, a unit (3tn, 28ю)
	inDeterminer                        // an article: the word after it is a noun (grammar.go)
	inConnector                         // may stand inside a name in lower case (Board of Peace)
	inCoordinator                       // joins two names (and, und): a connector that ends one
	inPlaceFirst                        // the first word of a place name the gazetteer knows
	inVerb                              // a verb by its form or its place (semitic.go, ethiopic.go), found once: never a tag of its own
	inAuxiliary                         // an auxiliary or modal verb (rank.go: auxiliaries): the word after it is a verb
	inDemonym                           // a demonym the lists map to its place (demonyms.go: English Australian → Australia)
)

func (w *word) is(l wordLists) bool { return w.lists&l != 0 }

// tokenize fills p.words from the scanner, splitting runs of scripts
// written without spaces with the Generator's Segmenter (if any).
func (p *pipeline) tokenize() {
	g, s := p.g, p.s
	// The headline itself opens p.buf, so that a word written as in the
	// headline (most are) is its text there and needs no copy.
	p.buf = append(p.buf[:0], s...)
	p.words = p.words[:0]
	p.hasParen = strings.IndexByte(s, '(') >= 0
	// The loop's state is one value in memory (the scanner's address is
	// taken), not loop-carried registers that every call in the loop
	// (two a word) saves and restores: each field is read where it is
	// needed, once.
	var run struct {
		scan        scanner
		cc          caseCount
		seen        tokFlags
		pending     token // a katakana run before a '・', joined with the next
		havePending bool
		yoruba      bool // addYorubaElided may take a plain word too
		// Each word is classified as it is added (classifyWord), when
		// the lists are there; a plain word by classifyPlain outside
		// Turkish, whose I is no ASCII i.
		plainLists bool
	}
	run.scan = newScanner(s, g.elision)
	scan := &run.scan
	run.yoruba = g.code == "yo"
	p.classified = p.lists != nil
	p.tally = 0
	run.plainLists = p.lists != nil && g.special == nil
	for {
		t, ok := scan.next()
		if !ok {
			break
		}
		run.cc.add(t)
		run.seen |= t.flags
		// パ・リーグ: the scanner splits at the middle dot; a Segmenter
		// sees the whole name and decides.
		if run.havePending {
			if t.start == run.pending.end+len("・") { // katakanaDot saw katakana there
				t.start = run.pending.start
				t.flags &^= tPlain
			} else {
				p.addRun(run.pending)
			}
			run.havePending = false
		}
		if t.flags&(tASCII|tPlain|tCompound) == tASCII|tPlain && !run.yoruba {
			// What addRun and addWord do with a plain ASCII word (most),
			// without the two calls: its text is the headline's. Its bytes
			// packed by the scanner, if it has at most 8, stand in
			// word.packed until classifyPlain (or classifyWord) lower-cases
			// them. (Of a longer word, the last 8: they read it only of a
			// word of at most 8 bytes.)
			//
			// The word is written in place, field by field, rather than
			// built whole and copied in by append: most of its bytes are
			// zeros (classify sets them later).
			n := len(p.words)
			if n == cap(p.words) {
				p.words = append(p.words, word{})
			}
			p.words = p.words[:n+1]
			w := &p.words[n]
			*w = word{}
			w.tok, w.seg, w.packed = t, SegWord, scan.packed
			w.t0, w.t1 = int32(t.start), int32(t.end)
			w.b0, w.b1 = w.t0, w.t1
			w.colon = n < labelWords && mayColonAfter(s, t.end) && colonAfter(s, t.end)
			if run.plainLists {
				p.classifyPlain(w, p.lists.lex, scan.seen)
				p.tally.add(w, 0) // (no plain word is caseless)
			} else if p.lists != nil {
				p.classifyWord(w, p.lists)
				p.tally.add(w, b2i(g.semitic))
			}
			continue
		}
		if !t.is(tASCII) && katakanaDot(s, t.end) {
			run.pending, run.havePending = t, true
			continue
		}
		p.addRun(t)
	}
	if run.havePending {
		p.addRun(run.pending)
	}
	p.shout = run.cc.shouting()
	p.seen = run.seen
}

// addRun adds token t as one word, or as the words a Segmenter finds in it
// (in p.segs).
func (p *pipeline) addRun(t token) {
	s := p.s
	// compounds.go: VW-Tarifverhandlungen is two words; yoruba.go: l’Abuja
	// is Abuja. Tested here first so that other words pay no call.
	if t.is(tCompound) && p.splitCompound(t) || p.g.code == "yo" && p.addYorubaElided(t) {
		return
	}
	if t.is(tASCII) {
		p.addWord(t, SegWord)
		return
	}
	if seg := p.g.runSegmenter(s[t.start:t.end]); seg != nil {
		p.segs = seg.Segment(p.segs[:0], s[t.start:t.end], p.g.baseLang())
		last := t.start
		for i, sg := range p.segs {
			if !validSegment(sg, last-t.start, t.end-t.start) {
				continue
			}
			// A segment has its own case: NASA in NASA2018年に… is in
			// capitals, 宇宙 is not. Only the first segment follows the
			// punctuation before the run: "โรงละคร… is โรง after a quote,
			// ละคร after โรง.
			sub := token{start: t.start + sg.Start, end: t.start + sg.End, flags: t.flags &^ (tPlain | tCompound | tInitial | tPunct | tCap | tLower | tAllCaps | tUpper | tInnerCap | tLetter)}
			if i == 0 {
				sub.flags |= t.flags & (tInitial | tPunct)
			}
			sub.flags |= subFlags(s[sub.start:sub.end])
			p.addWord(sub, sg.Kind)
			last = sub.end
		}
		return
	}
	// Korean: the ㆍ dot (U+318D) is a letter to Unicode but lists words
	// (카레ㆍ컵라면값).
	if i := indexRune(s[t.start:t.end], 'ㆍ'); i > 0 {
		a := token{start: t.start, end: t.start + i, flags: t.flags &^ tPlain}
		b := token{start: t.start + i + len("ㆍ"), end: t.end, flags: t.flags &^ (tPlain | tInitial)}
		p.addWord(a, SegWord)
		if b.start < b.end {
			p.addRun(b)
		}
		return
	}
	p.addWord(t, SegWord)
}

// text is the text of w.
func (p *pipeline) text(w *word) []byte { return p.buf[w.t0:w.t1] }

// lower is the text of w lower-cased in the language.
func (p *pipeline) lower(w *word) []byte { return p.buf[w.l0:w.l1] }

// base is the base form of w.
func (p *pipeline) base(w *word) []byte { return p.buf[w.b0:w.b1] }

// renderSpan appends the text of t as a tag would write it to dst: removed
// characters dropped, compound parts capitalized, NFC.
func (p *pipeline) renderSpan(dst []byte, t token) []byte {
	mark := len(dst)
	dst = p.g.writeToken(dst, p.s, t, false)
	if t.is(tNorm) || !t.is(tASCII) {
		dst, p.tmp, p.out = normalizeTail(dst, mark, p.tmp, p.out, &p.iter)
	}
	return dst
}

// subFlags gives the case and letter flags of a segment of a run.
func subFlags(w string) tokFlags {
	var f tokFlags
	upper, lower := 0, 0
	for i, r := range w {
		if unicode.IsLetter(r) {
			f |= tLetter
			up, low := unicode.IsUpper(r), unicode.IsLower(r)
			if i == 0 && up {
				f |= tCap
			} else if i == 0 && low {
				f |= tLower
			}
			if up {
				upper++
			} else if low {
				lower++
			}
		}
		if r >= utf8.RuneSelf {
			f |= tNorm
		}
	}
	if upper >= 2 && lower == 0 {
		f |= tAllCaps
	}
	if upper > 0 {
		f |= tUpper
	}
	if isASCIIString(w) {
		f |= tASCII
		f &^= tNorm
		plain := true
		for i := 0; i < len(w); i++ {
			plain = plain && wordByte[w[i]]&wbWord != 0
		}
		if plain {
			f |= tPlain // nothing for writeToken to drop
		}
	}
	return f
}

// addWord renders t and appends it to p.words.
func (p *pipeline) addWord(t token, kind SegmentKind) {
	s := p.s
	t0, t1 := t.start, t.end // p.buf[:len(s)] is s (tokenize)
	if !t.is(tPlain) || !t.is(tASCII) {
		t0 = len(p.buf)
		p.buf = p.renderSpan(p.buf, t)
		t1 = len(p.buf)
	}
	if t1 == t0 {
		return
	}
	caseless := !t.is(tASCII) && firstLetterUncased(s, t)
	p.anyCaseless = p.anyCaseless || caseless
	p.words = append(p.words, word{tok: t, t0: int32(t0), t1: int32(t1), b0: int32(t0), b1: int32(t1), seg: kind,
		caseless: caseless, colon: len(p.words) < labelWords && mayColonAfter(s, t.end) && colonAfter(s, t.end)})
	if p.lists != nil {
		w := &p.words[len(p.words)-1]
		p.classifyWord(w, p.lists)
		p.tally.add(w, b2i(p.g.semitic))
	}
}

// mayColonAfter is false where colonAfter(s, j) is sure to be: an ASCII
// byte other than a space or ':' follows, or a space and then such a
// byte (most words). It inlines, so most words pay no call.
func mayColonAfter(s string, j int) bool {
	if j < len(s) && s[j] == ' ' {
		j++
	}
	return j >= len(s) || s[j] == ' ' || s[j] == ':' || s[j] >= utf8.RuneSelf
}

// colonAfter reports whether a ':' follows s[:j], spaces allowed: the
// label of "Emploi : comment …".
func colonAfter(s string, j int) bool {
	for j < len(s) {
		switch c := s[j]; {
		case c == ' ':
			j++
		case c == ':':
			return true
		case c < utf8.RuneSelf:
			return false
		default:
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == '：' {
				return true
			}
			if r != '\u00a0' {
				return false
			}
			j += n
		}
	}
	return false
}

// spacelessScript returns ScriptHan or ScriptThai when w has letters of
// scripts written without spaces between words, else "". It runs on every
// non-ASCII word of every headline (Line too), so it tests code point
// ranges rather than Unicode tables.
func spacelessScript(w string) string {
	for _, r := range w {
		switch {
		case r < 0x0e00:
		case r <= 0x0e7f:
			return ScriptThai
		case 0x3040 <= r && r <= 0x30ff, 0x31f0 <= r && r <= 0x31ff, // kana
			0x3400 <= r && r <= 0x4dbf, 0x4e00 <= r && r <= 0x9fff, 0xf900 <= r && r <= 0xfaff, // Han
			0xff66 <= r && r <= 0xff9f,   // halfwidth katakana
			0x20000 <= r && r <= 0x3134f: // Han, supplementary planes
			return ScriptHan
		}
	}
	return ""
}

// katakanaDot reports whether a katakana name may go on across the middle
// dot after s[:end] (パ・リーグ): s[:end] ends in katakana, "・" and
// katakana follow. The scanner splits there, since ・ is punctuation;
// Suggest joins the two sides, and so do the default styles when a
// Segmenter is there to decide. X accepts the dot in a hashtag (writeToken
// keeps it).
func katakanaDot(s string, end int) bool {
	return endsKatakana(s[:end]) && strings.HasPrefix(s[end:], "・") && startsKatakana(s[end+len("・"):])
}

// runSegmenter returns the Segmenter for run, a token, when it is of a
// script written without spaces (spacelessScript) and there is one for
// that script; else nil.
func (g *Generator) runSegmenter(run string) Segmenter {
	script := spacelessScript(run)
	if script == "" {
		return nil
	}
	return g.segmenterFor(script)
}

// validSegment reports whether sg, in a run of n bytes whose previous
// segment ended at last, keeps the Segmenter contract: in order, not
// empty, inside the run. A Segmenter that breaks it loses the segment, not
// the headline.
func validSegment(sg Segment, last, n int) bool {
	return sg.Start >= last && sg.End > sg.Start && sg.End <= n
}

func startsKatakana(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Katakana, r)
}

func endsKatakana(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return unicode.Is(unicode.Katakana, r) && r != '・'
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func indexRune(s string, r rune) int {
	for i, q := range s {
		if q == r {
			return i
		}
	}
	return -1
}

// baseLang is the base language of Options.Lang ("en" by default), "" if
// it has none.
func (g *Generator) baseLang() string { return g.code }

// segmented splits a token of a script written without spaces into the
// words a Segmenter finds (segment.go), leaving out the function words and
// numbers it names. It reports false when t is no such run or no
// Segmenter is there for its script.
func (e *emitter) segmented(t token) ([]token, bool) {
	run := e.s[t.start:t.end]
	seg := e.g.runSegmenter(run)
	if seg == nil {
		return nil, false
	}
	sc := e.scratch()
	sc.segs = seg.Segment(sc.segs[:0], run, e.g.code)
	words := sc.subToks[:0]
	last := 0
	for i, sg := range sc.segs {
		if !validSegment(sg, last, len(run)) {
			continue
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
	for katakanaDot(s, t.end) {
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
