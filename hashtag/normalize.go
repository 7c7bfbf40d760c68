package hashtag

import (
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Character classes used by the scanner. ASCII is classified by table; other
// runes by the unicode package (see classify).
type class uint8

const (
	clSep    class = iota // ends a word: spaces, punctuation, symbols, emoji
	clLetter              // \p{L}
	clDigit               // \p{Nd}
	clMark                // \p{M}: continues a word, never starts one
	clJoiner              // ZWNJ, ZWJ: kept between word characters (Persian, Indic)
	clVanish              // soft hyphen, BOM, bidi controls, variation selectors: dropped
	clApos                // ’ ' ʼ ＇ ׳ ״: removed inside a word, a quote outside
	clHyphen              // - ‐ ‑ – ־ －: joins a compound between word characters
	clUnder               // _: kept between word characters
	clSpace               // a separator that is white space (incl. ZWSP)
)

var asciiClass = func() (t [128]class) {
	for c := 0; c < 128; c++ {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			t[c] = clLetter
		case '0' <= c && c <= '9':
			t[c] = clDigit
		case c == '\'':
			t[c] = clApos
		case c == '-':
			t[c] = clHyphen
		case c == '_':
			t[c] = clUnder
		case c == ' ', c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
			t[c] = clSpace
		}
	}
	return t
}()

// runeInfo packs what the scanner needs to know of a rune: its class in
// the low bits, and whether it is an upper- (or title-) or lower-case
// letter, and whether it is safe to skip NFC for (see nfcSafe).
type runeInfo uint8

const (
	infoClass runeInfo = 0x0f
	infoUpper runeInfo = 0x10
	infoLower runeInfo = 0x20
	infoSafe  runeInfo = 0x40
)

// bmpInfo caches runeInfo for the Basic Multilingual Plane, built on first
// use (a few milliseconds): the unicode package's range tables are binary
// searches, and a headline in Cyrillic or Arabic asks them for every
// letter.
var (
	bmpOnce  sync.Once
	bmpTable atomic.Pointer[[0x10000]runeInfo]
)

func buildBMP() {
	t := new([0x10000]runeInfo)
	for r := rune(0); r < 0x10000; r++ {
		t[r] = computeInfo(r)
	}
	bmpTable.Store(t)
}

func computeInfo(r rune) runeInfo {
	i := runeInfo(classify(r))
	if unicode.IsUpper(r) || unicode.IsTitle(r) {
		i |= infoUpper
	} else if unicode.IsLower(r) {
		i |= infoLower
	}
	if nfcSafe(r) {
		i |= infoSafe
	}
	return i
}

// info2 is runeInfo for the runes of one and two UTF-8 bytes (Latin-1,
// Latin Extended, Greek, Cyrillic, Hebrew, Arabic), built at start-up:
// 2 KB that stay in cache where the BMP table's 64 KB would not.
var info2 = func() (t [0x800]runeInfo) {
	for r := range rune(len(t)) {
		t[r] = computeInfo(r)
	}
	return t
}()

// info returns the runeInfo of a non-ASCII rune.
func info(r rune) runeInfo {
	if r < 0x800 {
		return info2[r]
	}
	if r < 0x10000 {
		t := bmpTable.Load() // a plain load once built: cheaper than Once.Do per rune
		if t == nil {
			bmpOnce.Do(buildBMP)
			t = bmpTable.Load()
		}
		return t[r]
	}
	return computeInfo(r)
}

// nfcSafe reports whether r, in a word without combining marks, can be
// left as it is by NFC: it is NFC_QC=Yes and never the second half of a
// composition. These are the letter blocks of the scripts sharekit meets
// most; everything else goes through the norm package's quick check.
func nfcSafe(r rune) bool {
	switch {
	case 0x00c0 <= r && r <= 0x024f, // Latin-1 letters, Latin Extended-A and -B
		0x0388 <= r && r <= 0x03ff,                                                         // Greek
		0x0400 <= r && r <= 0x052f,                                                         // Cyrillic
		0x05d0 <= r && r <= 0x05ea,                                                         // Hebrew letters
		0x0620 <= r && r <= 0x064a, 0x066e <= r && r <= 0x06d3, 0x06fa <= r && r <= 0x06ff, // Arabic letters
		0x0660 <= r && r <= 0x0669, 0x06f0 <= r && r <= 0x06f9, // Arabic-Indic digits
		0x0904 <= r && r <= 0x0939, 0x0966 <= r && r <= 0x096f, // Devanagari letters, digits
		0x0900 <= r && r <= 0x0903, 0x093e <= r && r <= 0x094d, // Devanagari signs: no compositions, ccc 0 but virama's 9
		0x0e01 <= r && r <= 0x0e30, 0x0e32 <= r && r <= 0x0e33, 0x0e40 <= r && r <= 0x0e46, 0x0e50 <= r && r <= 0x0e59, // Thai
		0x3041 <= r && r <= 0x3096, 0x30a1 <= r && r <= 0x30fa, 0x30fc <= r && r <= 0x30ff, // kana
		0x4e00 <= r && r <= 0x9fff, // CJK ideographs
		0xac00 <= r && r <= 0xd7a3: // Hangul syllables
		return (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) && !compatRune(r)
	}
	return false
}

func classify(r rune) class {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	switch r {
	case '\u2019', '\u02bc', '\uff07', '\u05f3', '\u05f4':
		// ʼ is a letter (Lm) in Unicode but written as an apostrophe;
		// Hebrew geresh/gershayim sit inside acronyms (צה״ל) and are not
		// letters, so they are dropped like apostrophes.
		return clApos
	case '\u2010', '\u2011', '\u2013', '\u05be', '\uff0d', '\ufe63':
		// Unspaced en dashes join like hyphens (Israel–Hamas); spaced ones
		// never touch two word characters, so they separate.
		return clHyphen
	case '\u200c', '\u200d':
		return clJoiner
	case '\u200b':
		return clSpace
	case '\u00ad', '\ufeff', '\u2060', '\u180e', '\u0640':
		// U+0640 is the Arabic tatweel, a stretching stroke (عاجـــل).
		return clVanish
	}
	switch {
	case unicode.IsLetter(r):
		return clLetter
	case unicode.IsDigit(r):
		return clDigit
	case isVariationSelector(r):
		return clVanish
	case unicode.IsMark(r):
		return clMark
	case unicode.Is(unicode.Cf, r):
		return clVanish // bidi marks and embeddings, tag characters, …
	case unicode.IsSpace(r), unicode.Is(unicode.Zs, r):
		return clSpace
	}
	return clSep
}

func isVariationSelector(r rune) bool {
	return '\ufe00' <= r && r <= '\ufe0f' || '\U000e0100' <= r && r <= '\U000e01ef'
}

// isBoundary reports whether a separator ends a sentence or opens a quote,
// so that the capital of the next word carries no signal (see doc.go).
func isBoundary(r rune) bool {
	switch r {
	case '.', '!', '?', ':', ';', '|', '\u2014', '\u2013', '\u2026',
		'\u2018', '\u201c', '\u201e', '\u00ab', '\u300c', '\u300e', '\u300a',
		'\u3002', '\uff01', '\uff1f', '\uff1a', '\u061f', '\u06d4', '\u0964':
		return true
	}
	return false
}

// tagRune reports whether r may appear in a tag we emit: the part of
// twitter-text's hashtag alphabet we use (\p{L}\p{M}\p{Nd} _ ZWNJ ZWJ, and
// the katakana middle dot ・ that X allows), minus variation selectors,
// which only ever decorate emoji.
func tagRune(r rune) bool {
	if r < utf8.RuneSelf {
		c := asciiClass[r]
		return c == clLetter || c == clDigit || c == clUnder
	}
	if r == '\u200c' || r == '\u200d' || r == '・' {
		return true // ・ only ever reaches a tag inside a katakana name (writeToken)
	}
	if isVariationSelector(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// hasLetter reports whether b contains a letter: a tag needs one.
func hasLetter(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if asciiClass[c] == clLetter {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if unicode.IsLetter(r) {
			return true
		}
		i += n
	}
	return false
}

// isASCII reports whether b is all ASCII.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// compatRune reports whether r is one of the compatibility characters
// that tags unfold: fullwidth and halfwidth forms (ＧＡＺＡ, ﾆｭｰｽ),
// ligatures (ﬁ) and presentation forms (Arabic, Hebrew), mathematical
// alphanumerics. Full NFKC would go further and also rewrite characters
// that are ordinary spellings in their script (Thai น้ำ's sara am).
func compatRune(r rune) bool {
	return 0xff00 <= r && r <= 0xffef || 0xfb00 <= r && r <= 0xfdff || 0xfe70 <= r && r <= 0xfeff ||
		0x1d400 <= r && r <= 0x1d7ff || r == 0x17f
}

// normalizeTail brings dst[mark:] to the form tags are emitted in: the
// compatibility characters above unfolded, anything that is not a tag
// character removed (an unfolding can produce punctuation or spaces, e.g.
// ﷺ), then NFC. tmp and out are scratch space, returned for reuse; dst
// itself is never handed to the norm package (whose buffers keep it
// alive), so that it may live on the caller's stack.
func normalizeTail(dst []byte, mark int, tmp, out []byte, it *norm.Iter) ([]byte, []byte, []byte) {
	compat := false
	for i := mark; i < len(dst); {
		if dst[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(dst[i:])
		if compatRune(r) {
			compat = true
			break
		}
		i += n
	}
	if compat {
		tmp = append(tmp[:0], dst[mark:]...)
		dst = dst[:mark]
		for i := 0; i < len(tmp); {
			r, n := utf8.DecodeRune(tmp[i:])
			if compatRune(r) {
				out = norm.NFKC.Append(out[:0], tmp[i:i+n]...)
				dst = append(dst, out...)
			} else {
				dst = append(dst, tmp[i:i+n]...)
			}
			i += n
		}
	}
	w := mark
	for i := mark; i < len(dst); {
		r, n := utf8.DecodeRune(dst[i:])
		if (r != utf8.RuneError || n > 1) && tagRune(r) {
			w += copy(dst[w:], dst[i:i+n])
		}
		i += n
	}
	dst = dst[:w]
	tmp = append(tmp[:0], dst[mark:]...) // QuickSpan, too, would keep dst alive
	if norm.NFC.QuickSpan(tmp) != len(tmp) {
		dst = appendNFC(dst[:mark], tmp, it)
	}
	return dst, tmp, out
}

// appendNFC appends the NFC form of src to dst through it, a reused
// iterator: norm's Append and IsNormal allocate their reorder buffer on
// every call that is not a quick pass, and Indic text often is not.
func appendNFC(dst, src []byte, it *norm.Iter) []byte {
	if it == nil {
		it = new(norm.Iter)
	}
	it.Init(norm.NFC, src)
	for !it.Done() {
		dst = append(dst, it.Next()...)
	}
	return dst
}

// foldTable holds the Latin letters that do not decompose under NFD but
// have a customary base-letter spelling.
var foldTable = map[rune]string{
	'ß': "ss", 'ẞ': "SS", 'ø': "o", 'Ø': "O", 'ł': "l", 'Ł': "L",
	'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'đ': "d", 'Đ': "D",
	'ð': "d", 'Ð': "D", 'þ': "th", 'Þ': "Th", 'ı': "i", 'ħ': "h", 'Ħ': "H",
	'ŀ': "l", 'Ŀ': "L", 'ŧ': "t", 'Ŧ': "T",
}

// foldTail removes diacritics from the Latin letters of dst[mark:] (São →
// Sao, Zürich → Zurich, ß → ss). Marks on other scripts are letters' vowels
// or consonant modifiers (Devanagari matras, Arabic harakat, Thai vowels),
// not decoration, so they stay.
func foldTail(dst []byte, mark int, tmp, out []byte, it *norm.Iter) ([]byte, []byte, []byte) {
	if isASCII(dst[mark:]) {
		return dst, tmp, out
	}
	out = append(out[:0], dst[mark:]...)
	tmp = norm.NFD.Append(tmp[:0], out...)
	dst = dst[:mark]
	latinBase := false
	for i := 0; i < len(tmp); {
		r, n := utf8.DecodeRune(tmp[i:])
		i += n
		if unicode.Is(unicode.Mn, r) {
			if !latinBase {
				dst = utf8.AppendRune(dst, r)
			}
			continue
		}
		latinBase = unicode.Is(unicode.Latin, r)
		if s, ok := foldTable[r]; ok {
			dst = append(dst, s...)
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	tmp = append(tmp[:0], dst[mark:]...)
	if norm.NFC.QuickSpan(tmp) != len(tmp) {
		dst = appendNFC(dst[:mark], tmp, it)
	}
	return dst, tmp, out
}

// transformTail applies t (a cases.Caser) to dst[mark:]. It transforms
// between the two scratch buffers, never into dst, so that dst (which may
// be on the caller's stack) is not handed to an interface method.
func transformTail(dst []byte, mark int, tmp, out []byte, t transform.Transformer) ([]byte, []byte, []byte) {
	tmp = append(tmp[:0], dst[mark:]...)
	out = out[:0]
	t.Reset()
	src := tmp
	for {
		if cap(out)-len(out) < len(src)+8 {
			out = append(out, make([]byte, len(src)+8)...)[:len(out)]
		}
		nDst, nSrc, err := t.Transform(out[len(out):cap(out)], src, true)
		out = out[:len(out)+nDst]
		src = src[nSrc:]
		if err != transform.ErrShortDst {
			if err == nil {
				// Casers do not fail on valid UTF-8; on an error the text
				// stays uncased rather than lost.
				dst = append(dst[:mark], out...)
			}
			return dst, tmp, out
		}
	}
}
