package twtext

import (
	"strings"
	"unicode/utf8"
)

// ExtractHashtags returns the hashtags in text, in order, as twitter-text's
// extractHashtagsWithIndices finds them: '#' or '＃' not preceded by a
// letter, digit, mark, '_' or '&', followed by letters, marks, digits and a
// few joiners of which at least one is a letter or mark, and not followed
// by another hash sign or "://". Hashtags that overlap a URL are dropped.
//
// It allocates nothing when text has no hashtag.
func ExtractHashtags(text string) []Hashtag {
	var tags []Hashtag
	for i := 0; i < len(text); {
		j, size := nextHashSign(text, i)
		if j < 0 {
			break
		}
		i = j + size
		end, ok := matchHashtag(text, j, size)
		if !ok {
			continue
		}
		// Whether accepted or not, the match consumed the tag.
		i = end
		if endsBadly(text[end:]) {
			continue
		}
		if tags == nil {
			tags = make([]Hashtag, 0, 4)
		}
		tags = append(tags, Hashtag{Text: text[j+size : end], ByteStart: j, ByteEnd: end})
	}
	if len(tags) == 0 {
		return nil
	}
	if tagNearDot(tags, text) {
		tags = dropURLOverlaps(tags, text)
	}
	pos, cp := 0, 0
	for k := range tags {
		t := &tags[k]
		cp += utf8.RuneCountInString(text[pos:t.ByteStart])
		t.Start = cp
		cp += utf8.RuneCountInString(text[t.ByteStart:t.ByteEnd])
		t.End = cp
		pos = t.ByteEnd
	}
	return tags
}

// nextHashSign returns the position and size of the next '#' or '＃' at or
// after i, or -1.
func nextHashSign(text string, i int) (int, int) {
	for ; i < len(text); i++ {
		switch text[i] {
		case '#':
			return i, 1
		case 0xEF: // first byte of '＃'
			if strings.HasPrefix(text[i:], "＃") {
				return i, len("＃")
			}
		}
	}
	return -1, 0
}

// matchHashtag matches validHashtag with its hash sign at text[j:j+size]
// and returns the end of the tag.
func matchHashtag(text string, j, size int) (int, bool) {
	// hashtagBoundary: the start of the text, a variation selector, or any
	// character that could not continue a hashtag (and is not '&', so that
	// "&#39;" is not a hashtag).
	if j > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:j])
		if r != 0xFE0E && r != 0xFE0F && (r == '&' || isHashtagAlnum(r)) {
			return 0, false
		}
	}
	return scanTag(text, j+size)
}

// scanTag scans the tag after a hash sign: (?!\uFE0F|\u20E3) then the run
// of hashtag characters, which must hold a letter or mark.
func scanTag(text string, i int) (int, bool) {
	alpha := false
	j := i
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if asciiClass[c]&cHashtagAlnum == 0 {
				break
			}
			alpha = alpha || 'a' <= c|0x20 && c|0x20 <= 'z'
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if j == i && (r == 0xFE0F || r == 0x20E3) {
			return 0, false // a keycap or emoji "#️⃣", not a hashtag
		}
		if !isHashtagAlnum(r) {
			break
		}
		alpha = alpha || isHashtagAlpha(r)
		j += size
	}
	return j, alpha
}

// endsBadly is endHashtagMatch: a tag directly followed by a hash sign or
// "://" is not a hashtag ("#a#b", "#http://…").
func endsBadly(after string) bool {
	return strings.HasPrefix(after, "#") || strings.HasPrefix(after, "＃") || strings.HasPrefix(after, "://")
}

// dropURLOverlaps removes hashtags that overlap URLs the way twitter-text's
// removeOverlappingEntities does: entities in order of start, each dropped
// when it overlaps the last one kept.
func dropURLOverlaps(tags []Hashtag, text string) []Hashtag {
	var buf [8]urlSpan
	urls := appendURLSpans(buf[:0], text)
	if len(urls) == 0 {
		return tags
	}
	kept := tags[:0]
	prevEnd := -1
	u := 0
	for _, t := range tags {
		for u < len(urls) && urls[u].start < t.ByteStart {
			if urls[u].start >= prevEnd {
				prevEnd = urls[u].end
			}
			u++
		}
		if t.ByteStart >= prevEnd {
			kept = append(kept, t)
			prevEnd = t.ByteEnd
		}
	}
	return kept
}

// tagNearDot reports whether any hashtag shares a run of non-space text
// with a '.'. A URL never spans a space and always holds a '.', so only then
// can one overlap a hashtag, and the URL scan, the expensive part of
// extraction, is skipped for the common space-separated "#tag".
func tagNearDot(tags []Hashtag, text string) bool {
	runStart, dot, k := 0, false, 0
	for i := 0; i <= len(text); {
		r, size := rune(' '), 1
		if i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				r = rune(c)
			} else {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
		}
		switch {
		case r == '.':
			dot = true
		case isSpace(r):
			// The run [runStart, i) ends here.
			for k < len(tags) && tags[k].ByteStart < i {
				if dot && tags[k].ByteStart >= runStart {
					return true
				}
				k++
			}
			if k == len(tags) {
				return false
			}
			runStart, dot = i+size, false
		}
		i += size
	}
	return false
}

// ValidHashtag reports whether tag (without '#') is a hashtag on its own:
// twitter-text's isValidHashtag("#" + tag), which holds when extracting
// hashtags from "#" + tag yields exactly tag. It allocates nothing.
func ValidHashtag(tag string) bool {
	end, ok := scanTag(tag, 0)
	// A whole tag has no '.', so it can hold no URL to overlap.
	return ok && end == len(tag)
}
