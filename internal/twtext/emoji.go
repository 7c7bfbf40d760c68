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
	n, emoji := emojiElement(s, r, n)
	// ZWJ followed by another pictograph continues the sequence.
	for {
		zwj, size := utf8.DecodeRuneInString(s[n:])
		if zwj != 0x200D {
			break
		}
		next, size2 := utf8.DecodeRuneInString(s[n+size:])
		if !unicode.Is(extendedPictographic, next) {
			break
		}
		n, _ = emojiElement(s, next, n+size+size2)
		emoji = true
	}
	if !emoji {
		return 0
	}
	return n
}

// emojiElement consumes what may follow the pictograph r that ends at
// s[:n]: a presentation selector U+FE0F, a skin-tone modifier, or the tag
// characters of a subdivision flag. It reports whether r is then displayed
// as an emoji.
func emojiElement(s string, r rune, n int) (int, bool) {
	presentation := unicode.Is(emojiPresentation, r)
	emoji := presentation
	next, size := utf8.DecodeRuneInString(s[n:])
	// twemoji knows U+FE0F after text-style pictographs and after the BMP
	// ones that have a text style too ("⌚️"), not after "😀".
	if next == 0xFE0F && (!presentation || r <= 0xFFFF) {
		n += size
		emoji = true
		next, size = utf8.DecodeRuneInString(s[n:])
	}
	if isSkinTone(next) && (presentation || textModifierBase(r)) {
		n += size
		emoji = true
	}
	if r == 0x1F3F4 { // 🏴 + tag letters + cancel tag: 🏴󠁧󠁢󠁳󠁣󠁴󠁿
		k := n
		for {
			t, size := utf8.DecodeRuneInString(s[k:])
			if 0xE0020 <= t && t <= 0xE007E {
				k += size
				continue
			}
			if t == 0xE007F && k > n {
				n = k + size
			}
			break
		}
	}
	return n, emoji
}

func isSkinTone(r rune) bool { return 0x1F3FB <= r && r <= 0x1F3FF }

// textModifierBase reports the text-style pictographs that take skin tones
// (Emoji_Modifier_Base without Emoji_Presentation): ☝ ⛹ ✌ ✍.
func textModifierBase(r rune) bool { return r == 0x261D || r == 0x26F9 || r == 0x270C || r == 0x270D }

func isRegionalIndicator(r rune) bool { return 0x1F1E6 <= r && r <= 0x1F1FF }
