package share

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/sharekit/sharekit/internal/ascii"
)

// cleanLine makes s one line of text: invalid UTF-8 replaced by U+FFFD,
// every run of white space (line breaks included) one space, other control
// characters and the characters of notText dropped, trimmed, NFC (the form
// X counts in). Format characters (ZWJ, bidi marks) are kept: RTL text and
// emoji need them.
func cleanLine(s string) string {
	if plainLine(s) {
		return s // the common case: no allocation
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r), notText(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// plainLine reports whether cleanLine would return s unchanged, cheaply for
// ASCII.
func plainLine(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	i, prevSpace := plainWords(s)
	if i < 0 {
		return false // a double space
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return utf8.ValidString(s) && !hasSpaceOrControl(s[i:]) && !strings.Contains(s[i:], "  ") && isNFC(s)
		}
		if c < 0x20 || c == 0x7f || c == ' ' && prevSpace {
			return false
		}
		prevSpace = c == ' '
	}
	return true
}

// plainWords passes the prefix of s that is printable ASCII, the bulk of an
// ASCII headline, eight bytes at a time. It returns the length passed and
// whether its last byte is a space, or -1 when it holds a double space.
func plainWords(s string) (n int, space bool) {
	n = ascii.Printable.Span(s)
	// A plain loop: strings.Contains(s[:n], "  ") calls IndexByte once a
	// space on a headline longer than 64 bytes, twice the cost.
	for i := 1; i < n; i++ {
		if s[i] == ' ' && s[i-1] == ' ' {
			return -1, false
		}
	}
	return n, n > 0 && s[n-1] == ' '
}

// notText reports U+FEFF (a byte-order mark, found inside words of real
// headlines pasted from files) and the noncharacters U+FFFE and U+FFFF:
// none is text, and twitter-text calls a tweet holding any of them invalid,
// so every composed text drops them.
func notText(r rune) bool { return r == 0xFEFF || r == 0xFFFE || r == 0xFFFF }

func hasSpaceOrControl(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && (unicode.IsSpace(r) || unicode.IsControl(r) || notText(r)) || r < 0x20 || r == 0x7f {
			return true
		}
	}
	return false
}

// cleanBlock is cleanLine for text that keeps its line breaks (Post.Text in
// {summary} and {body}): CRLF, CR and NEL become LF, tab, vertical tab and
// form feed a space, other controls
// dropped, each line's trailing space and the block's outer blank lines
// trimmed.
func cleanBlock(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteByte('\n') // NEL is a line break, not a control to drop
		case r == '\t' || r == '\v' || r == '\f':
			// Tab, vertical tab and form feed separate words: dropped as
			// controls they would glue them ("one\ftwo" → "onetwo").
			b.WriteByte(' ')
		case unicode.IsControl(r), notText(r):
		default:
			b.WriteRune(r)
		}
	}
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return norm.NFC.String(strings.TrimSpace(strings.Join(lines, "\n")))
}

// cleanTag checks one hashtag (a leading '#' tolerated) and returns it
// without '#'. A tag must be one token: no space, '#', ',' or control
// character, or it could not be kept whole in a post or a comma list.
func cleanTag(i int, s string) (string, error) {
	if plainTag(s) {
		return s, nil // the common case: no allocation
	}
	field := func() string { return "Post.Hashtags[" + strconv.Itoa(i) + "]" }
	t := strings.TrimPrefix(strings.TrimSpace(s), "#")
	if !utf8.ValidString(t) {
		return "", fieldErr(field(), s, "invalid UTF-8")
	}
	if strings.ContainsFunc(t, notText) {
		t = strings.Map(func(r rune) rune {
			if notText(r) {
				return -1
			}
			return r
		}, t)
	}
	for _, r := range t {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '#' || r == ',' || r == '\uFF03' {
			return "", fieldErr(field(), s, "a tag is one word; "+quoteRune(r)+" not allowed")
		}
	}
	if t != "" && !isNFC(t) {
		t = norm.NFC.String(t)
	}
	return t, nil
}

// plainTag reports whether s is a non-empty ASCII word (letters, digits,
// '_'), which cleanTag returns as is.
func plainTag(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// cleanHandle checks an X handle (a leading '@' tolerated): 1 to 15 of
// A–Z a–z 0–9 _.
func cleanHandle(field, s string) (string, error) {
	if plainTag(s) && len(s) <= 15 {
		return s, nil // the common case: no allocation
	}
	h := strings.TrimPrefix(strings.TrimSpace(s), "@")
	if h == "" || len(h) > 15 {
		return "", fieldErr(field, s, "want an X handle of 1 to 15 letters, digits or '_'")
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			return "", fieldErr(field, s, "want an X handle of 1 to 15 letters, digits or '_'")
		}
	}
	return h, nil
}

// isNFC reports whether s is in NFC. QuickSpanString answers without
// allocating, where IsNormalString allocates a buffer on every call.
func isNFC(s string) bool { return norm.NFC.QuickSpanString(s) == len(s) }
