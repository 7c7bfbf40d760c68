package hashtag

import (
	"unicode"
	"unicode/utf8"
)

// The tokenize stage of Suggest: the scanner's tokens (scan.go), with runs
// of spaceless scripts split into words by a Segmenter, and what the
// later stages need to know of each word.

// word is one word of the headline for Suggest.
type word struct {
	tok      token       // span and scanner flags (a sub-span for a segmented word)
	t0, t1   int32       // its text, as a tag would write it (NFC, apostrophes and hyphens removed), is pipeline.buf[t0:t1]
	b0, b1   int32       // its base form (base.go) is pipeline.buf[b0:b1]
	l0, l1   int32       // its text lower-cased in the language (appendLower), for the word lists, is pipeline.buf[l0:l1]
	packed   uint64      // that key packed (wordSet.hasShort), when it has at most 8 bytes
	seg      SegmentKind // what a Segmenter's dictionary said, or SegWord
	caseless bool        // its first letter has no case (Arabic, Devanagari, Han…)
	colon    bool        // a ':' follows it: the label of a "Topic: …" headline
	declined bool        // its base form holds inside a name too, not only last (Верховной рады → ВерховнаяРада; declension.go)
	hyphen   bool        // a hyphen joins it to the next word, a part of the same compound (compounds.go)
	lists    wordLists   // set by classify
}

// wordLists says which of the word lists (filter.go) hold a word.
type wordLists uint8

const (
	inStop     wordLists = 1 << iota // a stopword: never a tag alone
	inGeneric                        // a generic news word: a tag only if nothing better is there
	inTitle                          // an honorific or title (Mr, President): not part of a name
	inFragment                       // no word: a lone letter, a number, a unit (3tn, 28ю)
	inVerb                           // a verb by its form or its place (semitic.go, ethiopic.go), found once: never a tag of its own
)

func (w *word) is(l wordLists) bool { return w.lists&l != 0 }

// tokenize fills p.words from the scanner, splitting runs of scripts
// written without spaces with the Generator's Segmenter (if any).
func (p *pipeline) tokenize() {
	g, s := p.g, p.s
	p.buf = p.buf[:0]
	p.words = p.words[:0]
	scan := newScanner(s, g.elision)
	caps, cased := 0, 0
	segs := p.segs
	var pending token // a katakana run before a '・', joined with the next
	havePending := false
	for {
		t, ok := scan.next()
		if !ok {
			break
		}
		if t.is(tCap | tLower) {
			cased++
		}
		if t.is(tAllCaps) {
			caps++
		}
		// パ・リーグ: the scanner splits at the middle dot; a Segmenter
		// sees the whole name and decides.
		if havePending {
			if !t.is(tASCII) && t.start == pending.end+len("・") && s[pending.end:t.start] == "・" && startsKatakana(s[t.start:t.end]) {
				t.start = pending.start
				t.flags &^= tPlain
			} else {
				segs = p.addRun(pending, segs)
			}
			havePending = false
		}
		if !t.is(tASCII) && endsKatakana(s[t.start:t.end]) && t.end+len("・") < len(s) && s[t.end:t.end+len("・")] == "・" {
			pending, havePending = t, true
			continue
		}
		segs = p.addRun(t, segs)
	}
	if havePending {
		segs = p.addRun(pending, segs)
	}
	p.segs = segs
	p.shout = caps >= 3 && 5*caps >= 4*cased
}

// addRun adds token t as one word, or as the words a Segmenter finds in it.
func (p *pipeline) addRun(t token, segs []Segment) []Segment {
	s := p.s
	if p.splitCompound(t) || p.addYorubaElided(t) { // compounds.go: VW-Tarifverhandlungen is two words; yoruba.go: l’Abuja is Abuja
		return segs
	}
	if t.is(tASCII) {
		p.addWord(t, SegWord)
		return segs
	}
	if script := spacelessScript(s[t.start:t.end]); script != "" {
		if seg := p.g.segmenterFor(script); seg != nil {
			segs = seg.Segment(segs[:0], s[t.start:t.end], p.g.baseLang())
			last := t.start
			for i, sg := range segs {
				if sg.Start < last-t.start || sg.End <= sg.Start || t.start+sg.End > t.end {
					continue // a Segmenter that breaks its contract loses the segment, not the headline
				}
				// A segment has its own case: NASA in NASA2018年に… is in
				// capitals, 宇宙 is not.
				// Only the first segment follows the punctuation before
				// the run: "โรงละคร… is โรง after a quote, ละคร after โรง.
				sub := token{start: t.start + sg.Start, end: t.start + sg.End, flags: t.flags &^ (tPlain | tCompound | tInitial | tPunct | tCap | tLower | tAllCaps | tUpper | tInnerCap | tLetter)}
				if i == 0 {
					sub.flags |= t.flags & (tInitial | tPunct)
				}
				sub.flags |= subFlags(s[sub.start:sub.end])
				p.addWord(sub, sg.Kind)
				last = sub.end
			}
			return segs
		}
	}
	// Korean: the ㆍ dot (U+318D) is a letter to Unicode but lists words
	// (카레ㆍ컵라면값).
	if i := indexRune(s[t.start:t.end], 'ㆍ'); i > 0 {
		a := token{start: t.start, end: t.start + i, flags: t.flags &^ tPlain}
		b := token{start: t.start + i + len("ㆍ"), end: t.end, flags: t.flags &^ (tPlain | tInitial)}
		p.addWord(a, SegWord)
		if b.start < b.end {
			p.addRun(b, segs)
		}
		return segs
	}
	p.addWord(t, SegWord)
	return segs
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
	t0 := len(p.buf)
	p.buf = p.renderSpan(p.buf, t)
	if len(p.buf) == t0 {
		return
	}
	w := word{tok: t, t0: int32(t0), t1: int32(len(p.buf)), seg: kind, caseless: !t.is(tASCII) && firstLetterUncased(s, t)}
	w.b0, w.b1 = w.t0, w.t1
	// A ':' after the word (spaces allowed): "Emploi : comment …".
	for j := t.end; j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		if r == ':' || r == '：' {
			w.colon = true
		}
		if r != ' ' && r != '\u00a0' {
			break
		}
		j += n
	}
	p.words = append(p.words, w)
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
