package twtext

import "unicode"

// Character classes of twitter-text's regular expressions (js/src/regexp in
// twitter-text 3.1.0), as predicates. ASCII is answered from one table so the
// scanners stay cheap on the common case.

const (
	cPunct        = 1 << iota // twitter-text "punct": not allowed inside domain labels
	cSpace                    // twitter-text "spaces"
	cPathGen                  // validGeneralUrlPathChars
	cPathEnd                  // validUrlPathEndingChars
	cQuery                    // validUrlQueryChars
	cQueryEnd                 // validUrlQueryEndingChars
	cAlnum                    // [A-Za-z0-9]
	cHashtagAlnum             // hashtag letters, marks, numerals, '_'
)

var asciiClass = func() (t [128]uint8) {
	for _, c := range "!'#%&()*+,\\-./:;<=>?@[]^_{|}~$" {
		t[c] |= cPunct
	}
	for c := 0x09; c <= 0x0D; c++ {
		t[c] |= cSpace
	}
	t[' '] |= cSpace
	for _, c := range "!*';:=+,.$/%#[]-_~@|&" {
		t[c] |= cPathGen
	}
	for _, c := range "+-=_#/" {
		t[c] |= cPathEnd
	}
	for _, c := range "!?*'@();:&=+$/%#[]-_.,~|" {
		t[c] |= cQuery
	}
	for _, c := range "-_&=#/" {
		t[c] |= cQueryEnd
	}
	for c := '0'; c <= 'z'; c++ {
		if c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c {
			t[c] |= cAlnum | cPathGen | cPathEnd | cQuery | cQueryEnd | cHashtagAlnum
		}
	}
	t['_'] |= cHashtagAlnum
	return t
}()

func isASCIIAlnum(r rune) bool { return r < 0x80 && asciiClass[r]&cAlnum != 0 }

// isSpace reports twitter-text's "spaces" group.
func isSpace(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&cSpace != 0
	}
	switch {
	case r == 0x85, r == 0xA0, r == 0x1680, r == 0x180E,
		0x2000 <= r && r <= 0x200A,
		r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// isInvalidChar reports twitter-text's invalid characters, which make a
// tweet invalid and may not precede or appear in a URL.
func isInvalidChar(r rune) bool { return r == 0xFFFE || r == 0xFEFF || r == 0xFFFF }

// isDomainChar reports validDomainChars: anything but punctuation, spaces,
// invalid characters and directional formatting characters. Note that it admits letters of every script,
// symbols and even '"', which is how twitter-text finds "example.com" in
// "これはexample.comです".
func isDomainChar(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&(cPunct|cSpace) == 0
	}
	return !isSpace(r) && !isInvalidChar(r) && !isDirectional(r)
}

// isDirectional reports twitter-text's directionalMarkersGroup: the
// embedding, override, isolate and mark characters of bidirectional text.
func isDirectional(r rune) bool {
	return 0x202A <= r && r <= 0x202E || 0x2066 <= r && r <= 0x2069 || r == 0x061C || r == 0x200E || r == 0x200F
}

// isURLPreceding reports validUrlPrecedingChars: a URL may not directly
// follow a letter or digit, '@', '$' or '#' (full-width forms included).
func isURLPreceding(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&cAlnum == 0 && r != '@' && r != '$' && r != '#'
	}
	return r != '＠' && r != '＃' && !isInvalidChar(r)
}

// isLatinAccent reports twitter-text's latinAccentChars.
func isLatinAccent(r rune) bool {
	switch {
	case 0xC0 <= r && r <= 0xD6, 0xD8 <= r && r <= 0xF6, 0xF8 <= r && r <= 0x24F,
		0x300 <= r && r <= 0x36F, 0x1E00 <= r && r <= 0x1EFF:
		return true
	}
	switch r {
	case 0x253, 0x254, 0x256, 0x257, 0x259, 0x25B, 0x263, 0x268, 0x26F, 0x272, 0x289, 0x28B, 0x2BB:
		return true
	}
	return false
}

func isCyrillic(r rune) bool { return 0x400 <= r && r <= 0x4FF }

// isPathChar reports validGeneralUrlPathChars.
func isPathChar(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&cPathGen != 0
	}
	return r == 0x2013 || isCyrillic(r) || isLatinAccent(r)
}

// isPathEnd reports the single characters of validUrlPathEndingChars.
func isPathEnd(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&cPathEnd != 0
	}
	return isCyrillic(r) || isLatinAccent(r)
}

// isASCIIDomainChar reports the label characters of validAsciiDomain.
func isASCIIDomainChar(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&cAlnum != 0 || r == '-'
	}
	return isLatinAccent(r)
}

// isHashtagAlpha reports hashtagAlpha: a Unicode letter or mark.
func isHashtagAlpha(r rune) bool {
	if r < 0x80 {
		return 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// isHashtagAlnum reports hashtagAlphaNumeric: letters, marks, decimal
// digits and twitter-text's hashtagSpecialChars.
func isHashtagAlnum(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&cHashtagAlnum != 0
	}
	switch r {
	case 0x200C, 0x200D, 0xA67E, 0x05BE, 0x05F3, 0x05F4, 0xFF5E, 0x301C,
		0x309B, 0x309C, 0x30A0, 0x30FB, 0x3003, 0x0F0B, 0x0F0C, 0x00B7:
		return true
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.Is(unicode.Nd, r)
}
