package hashtag

import (
	"unicode"
	"unicode/utf8"
)

// tokFlags describe a token as the scanner saw it.
type tokFlags uint16

const (
	tASCII     tokFlags = 1 << iota // every kept character is ASCII
	tPlain                          // the tag text is exactly s[start:end] (nothing removed or joined)
	tCompound                       // hyphen-joined parts
	tLetter                         // has a letter (a token without one never becomes a tag)
	tCap                            // starts with an upper- or title-case letter
	tInnerCap                       // a later compound part starts upper case (al-Assad)
	tLower                          // starts with a lower-case letter
	tAllCaps                        // two or more cased letters, none lower case (US, NATO)
	tInitial                        // first word of a sentence or quotation: its capital means nothing
	tPunct                          // punctuation (not just space) since the previous token
	tStop                           // a stopword (set by the phrase pass)
	tConnector                      // a lower-case connector word (set by the phrase pass)
	tUsed                           // consumed by a phrase (set by the phrase pass)
	tApos                           // an apostrophe was removed (a contraction or possessive)
	tNorm                           // has a mark or a rune outside nfcSafe: normalize it
	tUpper                          // has an upper- or title-case letter
)

// token is a word of the headline: a byte span of the input and what the
// scanner learned about it on the way.
type token struct {
	start, end int
	flags      tokFlags
}

func (t token) is(f tokFlags) bool { return t.flags&f != 0 }

// scanner splits a headline into tokens in one pass. Bytes below 0x80 are
// classified by table; only other bytes are decoded. Invalid UTF-8 decodes
// to U+FFFD, a symbol, so it separates words and never reaches a tag.
//
// A word is a run of letters, digits and marks (a mark never starts one).
// Inside a word, between word characters: apostrophes are removed
// (Islamabad’s), hyphens join a compound (Israel-Hamas), ZWNJ/ZWJ and _ are
// kept, soft hyphens and other invisible format characters vanish, and the
// dots of a dotted acronym (U.S.) are removed. Everything else separates.
type scanner struct {
	s string
	i int
	// mark holds the flags the next token takes from what came before
	// it: tInitial (a sentence boundary or opening quote since the last
	// token) and tPunct (a non-space separator since the last token).
	mark      tokFlags
	prevSpace bool     // the previous character was a space (or the start)
	elision   *wordSet // elided articles (l’, d’, dell’) of French, Italian, Catalan
	// packed is, after next returned a plain ASCII word, its last (up
	// to) 8 bytes packed by plainWord; else 0. Suggest's tokenize keeps
	// it, so that classify packs no word a second time.
	packed uint64
	// seen is, with packed, the kinds of bytes (wb bits) of that word
	// (every kind when packed is 0): tokenize tells a word with a digit,
	// which may be a fragment, from one without (most), without reading
	// it again.
	seen uint8
}

func newScanner(s string, elision *wordSet) scanner {
	return scanner{s: s, mark: tInitial, prevSpace: true, elision: elision}
}

// decode returns the rune at s[i] and its class.
func decodeAt(s string, i int) (rune, int, class) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1, asciiClass[c]
	}
	if c >= 0xc2 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
		// Two bytes (Latin-1 to Arabic): decoded here, classified by
		// the small table.
		r := rune(c&0x1f)<<6 | rune(s[i+1]&0x3f)
		return r, 2, class(info2[r] & infoClass)
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return r, n, class(info(r) & infoClass)
}

// classAt returns the class of the rune at s[i], or clSep at the end.
func classAt(s string, i int) class {
	if i >= len(s) {
		return clSep
	}
	_, _, cl := decodeAt(s, i)
	return cl
}

// skipVanish returns the index after the vanishing characters at s[i:]
// (عاجـــل).
func skipVanish(s string, i int) int {
	for i < len(s) {
		_, n, cl := decodeAt(s, i)
		if cl != clVanish {
			return i
		}
		i += n
	}
	return i
}

func isWordClass(cl class) bool { return cl == clLetter || cl == clDigit || cl == clMark }

// next returns the next token, or false at the end of the input.
func (sc *scanner) next() (token, bool) {
	s := sc.s
	for sc.i < len(s) {
		var r rune
		var n int
		var cl class
		if c := s[sc.i]; c < utf8.RuneSelf {
			r, n, cl = rune(c), 1, asciiClass[c]
		} else {
			r, n, cl = decodeAt(s, sc.i)
		}
		switch cl {
		case clLetter, clDigit:
			// word's fast path, written out here so that a plain word
			// (most) pays no call. Whether a URL starts here is asked
			// only where one can: a plain run that stops at ':'
			// (http://) or that is no whole word (www.).
			if j, seen, k := plainWord(s, sc.i); plainEnds(s, j) || plainBeforeDot(s, sc.i, j, seen) {
				if j < len(s) && s[j] == ':' {
					if skip := urlLength(s[sc.i:]); skip > 0 {
						sc.i += skip
						sc.mark, sc.prevSpace = sc.mark|tPunct, false
						continue
					}
				}
				t := token{start: sc.i, end: j, flags: plainFlags(s, sc.i, j, seen) | sc.mark}
				sc.packed, sc.seen = k, seen
				sc.mark = 0
				if j < len(s) && s[j] == ' ' {
					// The space after a word (most words have one),
					// taken here rather than by the next call's loop.
					sc.i, sc.prevSpace = j+1, true
				} else {
					sc.i, sc.prevSpace = j, false
				}
				return t, true
			}
			if skip := urlLength(s[sc.i:]); skip > 0 {
				sc.i += skip
				sc.mark, sc.prevSpace = sc.mark|tPunct, false
				continue
			}
			sc.packed, sc.seen = 0, wbWord // (not known: any kind)
			return sc.word(), true
		case clSpace:
			sc.prevSpace = true
			if n == 1 { // runs of ASCII spaces
				sc.i++
				for sc.i < len(s) && s[sc.i] == ' ' {
					sc.i++
				}
				continue
			}
			sc.prevSpace = true
		case clVanish:
		default:
			if isBoundary(r) || (r == '"' || r == '\'' || r == '-') && sc.prevSpace {
				// " - " and an ASCII quote after a space open a new
				// sentence or quotation, like ':' and '“'.
				sc.mark |= tInitial
			}
			sc.mark, sc.prevSpace = sc.mark|tPunct, false
		}
		sc.i += n
	}
	return token{}, false
}

// urlLength returns how many bytes of a URL start s (http://, https://,
// www.), up to the next white space: a URL is not words.
func urlLength(s string) int {
	if len(s) < 4 || s[0]|0x20 != 'h' && s[0]|0x20 != 'w' {
		return 0
	}
	if !hasPrefixFold(s, "http://") && !hasPrefixFold(s, "https://") && !hasPrefixFold(s, "www.") {
		return 0
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			return i
		}
	}
	return len(s)
}

// hasPrefixFold reports whether s starts with prefix (lower case ASCII),
// its letters in either case. Only letters fold: setting bit 0x20 of a
// control character makes punctuation of it (0x1a is ':' then, 0x0f '/'),
// and "http\x1a//" was taken for a URL.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if c, p := s[i], prefix[i]; c != p && !('a' <= p && p <= 'z' && c == p-('a'-'A')) {
			return false
		}
	}
	return true
}

// Bits of wordByte: what an ASCII byte is inside a plain word.
const (
	wbLower = 1 << iota // a-z
	wbUpper             // A-Z
	wbDigit             // 0-9
	// wbEnd: after a run of ASCII letters and digits, a byte that makes
	// it certainly a whole, plain word: white space and the punctuation
	// that never continues a word (not ' - _ . ,).
	wbEnd
)

// wordByte classifies every byte value for the scanner's fast path, so
// that its loop costs one load and one test a byte. Bytes ≥ 0x80 are 0:
// neither word characters nor certain ends.
var wordByte = func() (t [256]uint8) {
	for c := range 128 {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = wbLower
		case 'A' <= c && c <= 'Z':
			t[c] = wbUpper
		case '0' <= c && c <= '9':
			t[c] = wbDigit
		case asciiClass[c] == clSpace || asciiClass[c] == clSep && c != '.' && c != ',':
			t[c] = wbEnd
		}
	}
	return t
}()

// wbWord is the bits of the bytes that make up a plain ASCII word.
const wbWord = wbLower | wbUpper | wbDigit

// lowerBits has 0x20 in every byte: ORed into the packed bytes of ASCII
// letters and digits it lower-cases the letters and leaves the digits.
const lowerBits = 0x2020202020202020

// plainWord scans the run of ASCII letters and digits at s[i:]. It returns
// where the run ends, which kinds of bytes (wb bits) it has, and its last
// (up to) 8 bytes packed big-endian (the whole run if it is that short).
// The run is a whole, plain word when end == len(s) or s[end] has wbEnd.
func plainWord(s string, i int) (end int, seen uint8, k uint64) {
	// (uint: i ≥ 0 too, so that s[i] needs no bounds check wherever
	// this inlines.)
	for ; uint(i) < uint(len(s)); i++ {
		c := s[i]
		m := wordByte[c]
		if m&wbWord == 0 {
			break
		}
		seen |= m
		k = k<<8 | uint64(c)
	}
	return i, seen, k
}

// The tokenizer's fast path: most words are plain, a run of ASCII letters
// and digits (plainWord) that ends where a word certainly ends (plainEnds).
// One tight loop gathers the kinds of bytes seen; the flags follow from
// those, by table (plainFlags). Each piece inlines, so that the two
// scanning methods that take this path (word, nextWord) pay no call for it.

// plainEnds reports whether a run of ASCII letters and digits that stops
// at s[j] is a whole plain word.
func plainEnds(s string, j int) bool { return j == len(s) || wordByte[s[j]]&wbEnd != 0 }

// plainBeforeDot reports whether a run of ASCII letters and digits s[i:j]
// that stops at a '.' or ',' (a word before a comma or a full stop:
// common) is a whole plain word all the same, as word would find: it has
// a letter (a dot or comma between digits makes a number, 4.25), two
// bytes at least (a dotted acronym, U.S., has one before each dot) and
// does not start with w or h (www. of a URL: next's URL test stays
// theirs).
func plainBeforeDot(s string, i, j int, seen uint8) bool {
	return j < len(s) && (s[j] == '.' || s[j] == ',') && j-i >= 2 && seen&(wbLower|wbUpper) != 0 && s[i]|0x20 != 'w' && s[i]|0x20 != 'h'
}

// plainFlags returns the flags of the plain word s[i:j], whose bytes are of
// the kinds seen (wb bits): those word would give it.
func plainFlags(s string, i, j int, seen uint8) tokFlags {
	f := plainKinds[seen&7] | plainStart[wordByte[s[i]]&7]
	if j-i < 2 {
		f &^= tAllCaps // one capital is no acronym
	}
	if f&(tLetter|tCap|tLower) == tLetter {
		f |= firstLetterCase(s[i:j]) // 2024elections, 5G
	}
	return f
}

// plainKinds gives the flags of a plain word by the kinds of bytes (wb
// bits) it has: a letter; a capital; only capitals and digits (NATO, G20:
// tAllCaps if two or more of them).
var plainKinds = func() (t [8]tokFlags) {
	for seen := range t {
		f := tASCII | tPlain
		if seen&(wbLower|wbUpper) != 0 {
			f |= tLetter
		}
		if seen&wbUpper != 0 {
			f |= tUpper
			if seen&wbLower == 0 {
				f |= tAllCaps
			}
		}
		t[seen] = f
	}
	return t
}()

// plainStart gives the case flag of a plain word by the kind (wb bits) of
// its first byte; one starting with a digit takes its first letter's.
var plainStart = [8]tokFlags{wbUpper: tCap, wbLower: tLower}

// firstLetterCase returns tCap or tLower for the case of the first ASCII
// letter of w.
func firstLetterCase(w string) tokFlags {
	for q := 0; q < len(w); q++ {
		switch wordByte[w[q]] {
		case wbUpper:
			return tCap
		case wbLower:
			return tLower
		}
	}
	return 0
}

// nextWord is next for the Words style, whose tags depend on nothing the
// scanner carries from one token to the next (sentence starts and
// punctuation are for phrases: tInitial and tPunct mean nothing here).
// ASCII between words is skipped by table, and a plain word comes with k,
// its bytes packed by plainWord (0 when longer than 8); anything else is
// scanned as next does.
func (sc *scanner) nextWord() (t token, k uint64, ok bool) {
	s, i := sc.s, sc.i
	for i < len(s) {
		c := s[i]
		if wordByte[c]&wbWord == 0 {
			if c < utf8.RuneSelf {
				i++ // ASCII space or punctuation: between words
				continue
			}
			sc.i = i
			t, ok := sc.next()
			return t, 0, ok
		}
		if c|0x20 == 'h' || c|0x20 == 'w' {
			if skip := urlLength(s[i:]); skip > 0 {
				i += skip
				continue
			}
		}
		if j, seen, k := plainWord(s, i); plainEnds(s, j) {
			sc.i = j
			if j-i > 8 {
				k = 0
			}
			return token{start: i, end: j, flags: plainFlags(s, i, j, seen)}, k, true
		}
		sc.i = i
		return sc.word(), 0, true
	}
	sc.i = i
	return token{}, 0, false
}

// word scans the token starting at sc.i, which is a letter or digit.
func (sc *scanner) word() token {
	s := sc.s
	t := token{start: sc.i, flags: tASCII | tPlain | sc.mark}
	sc.mark, sc.prevSpace = 0, false

	// Fast path: most words are ASCII letters and digits ending at a space
	// or plain punctuation.
	if j, seen, _ := plainWord(s, sc.i); plainEnds(s, j) {
		t.end, t.flags = j, t.flags|plainFlags(s, sc.i, j, seen)
		sc.i = j
		return t
	}

	upper, lower := 0, 0
	partStart := true // the next letter starts the token or a compound part
	first := true     // no letter seen yet
	seg := 0          // word characters since the token start or the last dot
	number := false   // a decimal or thousands separator between digits
	digits := 0
	j := sc.i
loop:
	for j < len(s) {
		var r rune
		var n int
		var cl class
		if c := s[j]; c < utf8.RuneSelf {
			r, n, cl = rune(c), 1, asciiClass[c]
		} else {
			r, n, cl = decodeAt(s, j)
		}
		switch cl {
		case clLetter:
			isUp, isLow := false, false
			if r < utf8.RuneSelf {
				isUp, isLow = 'A' <= r && r <= 'Z', 'a' <= r && r <= 'z'
			} else {
				in := info(r)
				isUp, isLow = in&infoUpper != 0, in&infoLower != 0
				t.flags &^= tASCII
				if in&infoSafe == 0 {
					t.flags |= tNorm
				}
			}
			if isUp {
				upper++
			} else if isLow {
				lower++
			}
			if first {
				first = false
				if isUp {
					t.flags |= tCap
				} else if isLow {
					t.flags |= tLower
				}
			} else if partStart && isUp {
				t.flags |= tInnerCap
			}
			t.flags |= tLetter
			partStart = false
			seg++
			// Most bytes of a headline are lower-case ASCII letters
			// inside a word: take them in one tight loop.
			k := j + n
			for k < len(s) && s[k]-'a' < 26 {
				k++
			}
			lower += k - j - n
			seg += k - j - n
			// So are letters of two bytes in Cyrillic, Greek, Arabic,
			// Hebrew text: those that need no normalization are taken
			// by table here, without the switch.
			for k+1 < len(s) {
				c0, c1 := s[k], s[k+1]
				if c0 < 0xc2 || c0 > 0xdf || c1&0xc0 != 0x80 {
					break
				}
				in := info2[rune(c0&0x1f)<<6|rune(c1&0x3f)]
				if in&(infoClass|infoSafe) != runeInfo(clLetter)|infoSafe {
					break
				}
				if in&infoUpper != 0 {
					upper++
				} else if in&infoLower != 0 {
					lower++
				}
				t.flags &^= tASCII
				seg++
				k += 2
			}
			j = k
			continue
		case clDigit:
			if r >= utf8.RuneSelf {
				t.flags &^= tASCII
				if info(r)&infoSafe == 0 {
					t.flags |= tNorm
				}
			}
			digits++
			partStart = false
			seg++
		case clMark:
			t.flags &^= tASCII
			if info(r)&infoSafe == 0 {
				t.flags |= tNorm
			}
		case clJoiner:
			if !isWordClass(classAt(s, j+n)) {
				break loop
			}
			t.flags &^= tASCII
		case clVanish:
			// Skip the whole run of vanishing characters at once: looking
			// past it from each of them would be quadratic.
			k := skipVanish(s, j+n)
			if !isWordClass(classAt(s, k)) {
				break loop
			}
			t.flags &^= tPlain
			j = k
			continue
		case clUnder:
			if nc := classAt(s, j+n); nc != clLetter && nc != clDigit {
				break loop
			}
		case clHyphen:
			if nc := classAt(s, j+n); nc != clLetter && nc != clDigit {
				break loop
			}
			t.flags |= tCompound
			t.flags &^= tPlain
			partStart = true
		case clApos:
			if classAt(s, j+n) != clLetter {
				break loop
			}
			if sc.elision != nil && t.flags&tCompound == 0 && sc.elided(s[t.start:j]) {
				// French l’Ukraine, Italian dell’Italia: the article is a
				// separate (stop) word, the token restarts after it.
				t.start = j + n
				t.flags = t.flags&(tInitial|tPunct) | tASCII | tPlain
				upper, lower, partStart, first, seg = 0, 0, true, true, 0
				break
			}
			t.flags &^= tPlain
			t.flags |= tApos
		default:
			// A number with a decimal or thousands separator (4.25%, €1.8bn,
			// 700,000) is a quantity, not a word: the whole token goes.
			if (r == '.' || r == ',' || r == '\u066b' || r == '\u066c') && seg > 0 && t.flags&tLetter == 0 &&
				j > 0 && classAt(s, j+n) == clDigit && isDigitBefore(s, j) {
				number = true
				break
			}
			// A dotted acronym: single letters each followed by a dot (U.S.,
			// J.K.). The dots go, the letters stay one word.
			if r == '.' && seg == 1 && classAt(s, j+1) == clLetter {
				_, ln, _ := decodeAt(s, j+1)
				if after := j + 1 + ln; after >= len(s) || s[after] == '.' || !isWordClass(classAt(s, after)) {
					t.flags &^= tPlain
					seg = 0
					break
				}
			}
			break loop
		}
		j += n
	}
	t.end = j
	sc.i = j
	if lower == 0 && (upper >= 2 || upper == 1 && digits > 0) {
		t.flags |= tAllCaps // NATO, COVID-19, G20
	}
	if upper > 0 {
		t.flags |= tUpper
	}
	if number {
		t.flags &^= tLetter
	}
	return t
}

// isDigitBefore reports whether the rune ending at s[j] is a decimal digit.
func isDigitBefore(s string, j int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	return r < utf8.RuneSelf && '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r)
}

// elided reports whether w, the start of a word before an apostrophe, is an
// elided article or preposition of the scanner's language.
func (sc *scanner) elided(w string) bool {
	if len(w) > 8 {
		return false
	}
	var buf [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false
		}
		buf[i] = c | 0x20
	}
	return has(sc.elision, buf[:len(w)])
}

// elisions lists, per language, the words that elide before a vowel and are
// written joined to the next word with an apostrophe.
var elisions = map[string][]string{
	"fr": {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"},
	"it": {"l", "d", "c", "un", "dell", "dall", "nell", "sull", "all", "coll", "quest", "quell", "tutt"},
	"ca": {"l", "d", "s", "n", "m", "t"},
}
