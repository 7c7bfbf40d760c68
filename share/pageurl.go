package share

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
)

// MaxURLBytes is the longest page URL accepted, after UTM tagging: longer
// URLs are cut or refused by browsers and by the networks' own forms.
const MaxURLBytes = 2048

// CheckURL reports whether raw is a page URL every link builder accepts as
// Post.URL: absolute http or https with a host, no user info, no spaces or
// control characters, valid UTF-8, at most [MaxURLBytes] (before UTM
// tagging). It returns nil or the same [*FieldError] (Field "Post.URL") that
// [URL], [Links] and [Set.Append] return for it, so a caller can refuse an
// unsafe URL without building a link. Safe for concurrent use.
func CheckURL(raw string) error {
	return checkURL("Post.URL", raw)
}

// checkURL validates a page URL (or image URL) for field: absolute http or
// https with a host, no user info, no control characters or spaces, at most
// MaxURLBytes, valid UTF-8. It does not decode or re-encode anything: the URL
// is passed on byte for byte, so an already-encoded URL is never
// double-encoded. It is hand-written rather than net/url.Parse because the
// checks differ (we refuse what url.Parse accepts, such as spaces, user info
// or relative references) and because it does not allocate.
func checkURL(field, s string) error {
	if s == "" {
		return fieldErr(field, s, "missing; want an absolute http or https URL")
	}
	if len(s) > MaxURLBytes {
		return fieldErr(field, s, "is "+strconv.Itoa(len(s))+" bytes; at most "+strconv.Itoa(MaxURLBytes))
	}
	for i := plainPrefix(s, '!'); i < len(s); {
		c := s[i]
		if urlPlain[c] {
			i++ // the common case: printable ASCII other than space
			continue
		}
		if c < utf8.RuneSelf {
			switch {
			case c < 0x20 || c == 0x7f:
				return fieldErr(field, s, "control character "+quoteRune(rune(c))+" at byte "+strconv.Itoa(i))
			case c == ' ':
				return fieldErr(field, s, "space at byte "+strconv.Itoa(i)+"; encode it as %20")
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return fieldErr(field, s, "invalid UTF-8 at byte "+strconv.Itoa(i))
		case unicode.IsControl(r):
			return fieldErr(field, s, "control character "+quoteRune(r)+" at byte "+strconv.Itoa(i))
		case unicode.IsSpace(r):
			return fieldErr(field, s, "space "+quoteRune(r)+" at byte "+strconv.Itoa(i))
		}
		i += size
	}
	colon := strings.IndexByte(s, ':')
	if colon <= 0 {
		return fieldErr(field, s, "is relative; want an absolute http or https URL")
	}
	scheme := s[:colon]
	if !strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") {
		// (http and https have no '/', '?' or '#': only other "schemes"
		// need the look for a relative reference with a ':' further on.)
		if pathDelim(scheme) >= 0 {
			return fieldErr(field, s, "is relative; want an absolute http or https URL")
		}
		return fieldErr(field, s, "scheme "+strconv.Quote(scheme)+" not allowed; want http or https")
	}
	rest := s[colon+1:]
	if !strings.HasPrefix(rest, "//") {
		return fieldErr(field, s, "has no host; want "+scheme+"://host/…")
	}
	auth := rest[2:]
	if end := pathDelim(auth); end >= 0 {
		auth = auth[:end]
	}
	if strings.IndexByte(auth, '@') >= 0 {
		// https://trusted.example@evil.example/ is a phishing pattern, and
		// share links never need credentials.
		return fieldErr(field, s, "has user info (before @); not allowed")
	}
	host, port := auth, ""
	if strings.HasPrefix(host, "[") {
		end := strings.IndexByte(host, ']')
		if end < 0 {
			return fieldErr(field, s, "host has an unclosed [")
		}
		host, port = auth[:end+1], auth[end+1:]
		if port != "" && port[0] != ':' {
			return fieldErr(field, s, "junk after the IPv6 host")
		}
		if !validIPv6Literal(host[1 : len(host)-1]) {
			return fieldErr(field, s, "host "+strconv.Quote(host)+" is not an IPv6 address")
		}
	} else if i := strings.LastIndexByte(host, ':'); i >= 0 {
		host, port = auth[:i], auth[i:]
		if !validHost(host) {
			return fieldErr(field, s, "host "+strconv.Quote(host)+" has characters a host cannot have")
		}
	} else if !validHost(host) {
		return fieldErr(field, s, "host "+strconv.Quote(host)+" has characters a host cannot have")
	}
	if host == "" {
		return fieldErr(field, s, "has no host")
	}
	if port != "" {
		for _, c := range []byte(port[1:]) {
			if c < '0' || c > '9' {
				return fieldErr(field, s, "port "+strconv.Quote(port[1:])+" is not a number")
			}
		}
	}
	return nil
}

// urlPlain marks the bytes checkURL passes without a second look:
// printable ASCII except space.
var urlPlain = func() (t [256]bool) {
	for c := '!'; c <= '~'; c++ {
		t[c] = true
	}
	return t
}()

// pathDelim is strings.IndexAny(s, "/?#") without building the byte set on
// every call: the index of the first byte that ends a URL's authority.
func pathDelim(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '/' || c == '?' || c == '#' {
			return i
		}
	}
	return -1
}

// plainPrefix returns the length of the longest prefix of s made of bytes
// from lo to '~' (lo is ' ' or '!'), eight bytes at a time: the bulk of a
// page URL or an ASCII headline, passed without a look at each byte.
func plainPrefix(s string, lo byte) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		del := w ^ (ones * 0x7f) // a zero byte where w has DEL
		// Any byte ≥ 0x80, any byte < lo (exact for bytes < 0x80), any DEL.
		if w&highs != 0 || (w-ones*uint64(lo))&^w&highs != 0 || (del-ones)&^del&highs != 0 {
			break
		}
	}
	for i < len(s) && lo <= s[i] && s[i] <= '~' {
		i++
	}
	return i
}

// validHost accepts registered names, IPv4 addresses, percent-encoded and
// internationalized (IDN) hosts. It refuses the delimiters and the characters
// RFC 3986 does not allow in a host.
func validHost(h string) bool {
	for i := 0; i < len(h); i++ {
		c := h[i]
		if c >= utf8.RuneSelf {
			continue // IDN: checked as valid UTF-8, free of spaces/controls above
		}
		if !hostByte[c] {
			return false
		}
	}
	return true
}

// hostByte marks the ASCII bytes validHost allows in a host.
var hostByte = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			strings.IndexByte("-._~%!$&'()*+,;=", byte(c)) >= 0
	}
	return t
}()

func validIPv6Literal(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' || c == ':' || c == '.') {
			return false
		}
	}
	return true
}

// quoteRune names a rune as U+XXXX for error messages (not a hot path).
func quoteRune(r rune) string { return fmt.Sprintf("%U", r) }

// checkInstance turns Post.Instance (a server host such as "mastodon.social",
// tolerated with a scheme or a trailing slash) into an ASCII host for the
// share link's authority: IDN hosts become punycode, anything that is not a
// bare host[:port] is refused.
func checkInstance(network, s string) (string, error) {
	const field = "Post.Instance"
	in := s
	if s == "" {
		return "", fieldErr(field, s, "missing; "+network+" shares through the user's own server: set a host such as mastodon.social")
	}
	if i := strings.Index(s, "://"); i >= 0 {
		scheme := s[:i]
		if !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "http") {
			return "", fieldErr(field, in, "scheme "+strconv.Quote(scheme)+" not allowed; want a host such as mastodon.social")
		}
		s = s[i+3:]
	}
	s = strings.TrimSuffix(s, "/")
	host, port := s, ""
	if i := strings.LastIndexByte(s, ':'); i >= 0 {
		host, port = s[:i], s[i+1:]
		if port == "" {
			return "", fieldErr(field, in, "empty port")
		}
		for _, c := range []byte(port) {
			if c < '0' || c > '9' {
				return "", fieldErr(field, in, "port "+strconv.Quote(port)+" is not a number")
			}
		}
	}
	if host == "" {
		return "", fieldErr(field, in, "missing host")
	}
	if !utf8.ValidString(host) {
		return "", fieldErr(field, in, "invalid UTF-8")
	}
	if plainHost(host) && port == "" && len(s) == len(in) {
		return host, nil // the common case: nothing to map, no allocation
	}
	ascii, err := idna.Lookup.ToASCII(host)
	if err != nil {
		return "", fieldErr(field, in, "not a host name: "+err.Error())
	}
	for _, c := range []byte(ascii) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.') {
			return "", fieldErr(field, in, "not a host name; want a host such as mastodon.social")
		}
	}
	if port != "" {
		return ascii + ":" + port, nil
	}
	return ascii, nil
}

// plainHost reports whether h is already a lower-case ASCII host name that
// IDNA mapping would return unchanged: labels of a–z 0–9 '-', not starting
// or ending with '-', no empty label.
func plainHost(h string) bool {
	if h == "" || len(h) > 253 {
		return false
	}
	for label := range strings.SplitSeq(h, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		if len(label) >= 4 && label[2] == '-' && label[3] == '-' {
			return false // xn-- and other reserved forms: let idna check them
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}
