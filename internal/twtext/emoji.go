package twtext

import (
	"unicode"
	"unicode/utf8"
)

//go:generate go run gen_emoji.go

// emojiLength returns the byte length of the emoji sequence at the start of
// s, or 0. It stands in for the twemoji-parser expression that
// twitter-text's parseTweet uses: a keycap ("1⃣", "#️⃣"), a flag (a pair of
// regional indicators), a pictograph with emoji presentation, or a
// pictograph made an emoji by U+FE0F, a skin-tone modifier or a tag
// sequence, joined by ZWJ to further pictographs ("👨‍👩‍👧‍👦"). A lone text-style
// pictograph such as "©" is not an emoji; "©️" is.
func emojiLength(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case r < utf8.RuneSelf:
		if !('0' <= r && r <= '9' || r == '#' || r == '*') {
			return 0
		}
		// Keycap: [0-9#*] U+FE0F? U+20E3.
		k := n
		if next, size := utf8.DecodeRuneInString(s[k:]); next == 0xFE0F {
			k += size
		}
		if next, size := utf8.DecodeRuneInString(s[k:]); next == 0x20E3 {
			return k + size
		}
		return 0
	case isRegionalIndicator(r):
		if next, size := utf8.DecodeRuneInString(s[n:]); isRegionalIndicator(next) {
			return n + size
		}
		return n
	case !unicode.Is(extendedPictographic, r):
		return 0
	}
	emoji := unicode.Is(emojiPresentation, r)
	for {
		k, qualified := emojiSuffix(s, n)
		n = k
		emoji = emoji || qualified
		// ZWJ followed by another pictograph continues the sequence.
		zwj, size := utf8.DecodeRuneInString(s[n:])
		if zwj != 0x200D {
			break
		}
		next, size2 := utf8.DecodeRuneInString(s[n+size:])
		if !unicode.Is(extendedPictographic, next) {
			break
		}
		n += size + size2
		emoji = true
	}
	if !emoji {
		return 0
	}
	return n
}

// emojiSuffix consumes the presentation selector, skin-tone modifiers and
// tag characters after a pictograph at s[n:], reporting whether they make
// it an emoji.
func emojiSuffix(s string, n int) (int, bool) {
	qualified := false
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		switch {
		case r == 0xFE0F, 0x1F3FB <= r && r <= 0x1F3FF, 0xE0020 <= r && r <= 0xE007F:
			qualified = true
			n += size
			continue
		}
		break
	}
	return n, qualified
}

func isRegionalIndicator(r rune) bool { return 0x1F1E6 <= r && r <= 0x1F1FF }
