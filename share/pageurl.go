package share

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sharekit/sharekit/internal/ascii"
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
	for i := ascii.Graphic.Span(s); i < len(s); {
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
		case invisible(r):
			return fieldErr(field, s, "invisible or bidi control character "+quoteRune(r)+" at byte "+strconv.Itoa(i)+"; it would make the link read as another")
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
	if strings.IndexByte(auth, '%') >= 0 {
		// https://good.example%40evil.example/: browsers decode a host
		// before using it, so '%' hides what the host is.
		return fieldErr(field, s, "has '%' in its host; write the host as it is, not percent-encoded")
	}
	host, port, hasPort := splitAuthority(auth)
	if strings.HasPrefix(host, "[") && !hasPort && port != "" {
		return fieldErr(field, s, "junk after the IPv6 host")
	}
	if _, reason := checkHost(host); reason != "" {
		return fieldErr(field, s, reason)
	}
	if hasPort {
		if reason := checkPort(port); reason != "" {
			return fieldErr(field, s, reason)
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

// quoteRune names a rune as U+XXXX for error messages (not a hot path).
func quoteRune(r rune) string { return fmt.Sprintf("%U", r) }

// checkInstance turns Post.Instance (a server host such as "mastodon.social",
// tolerated with an http(s) scheme or a trailing slash) into an ASCII host
// for the share link's authority: a DNS host name (IDN hosts become
// punycode) or an IP literal, with an optional port from 1 to 65535.
// Anything else ("../", "a..b", a path, user info, port 70000) is refused.
func checkInstance(network, s string) (string, error) {
	const field = "Post.Instance"
	in := s
	if s == "" {
		return "", fieldErr(field, s, "missing; "+network+" shares through the user's own server: set a host such as mastodon.social")
	}
	if plainInstance(s) {
		return s, nil // the common case: a lower-case name, nothing to map
	}
	if i := strings.Index(s, "://"); i >= 0 {
		scheme := s[:i]
		if !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "http") {
			return "", fieldErr(field, in, "scheme "+strconv.Quote(scheme)+" not allowed; want a host such as mastodon.social")
		}
		s = s[i+3:]
	}
	s = strings.TrimSuffix(s, "/")
	if !utf8.ValidString(s) {
		return "", fieldErr(field, in, "invalid UTF-8")
	}
	if i := strings.IndexAny(s, "/?#@\\%"); i >= 0 {
		return "", fieldErr(field, in, "not a bare host[:port] ("+strconv.Quote(s[i:i+1])+" at byte "+strconv.Itoa(i)+"); want a host such as mastodon.social")
	}
	host, port, hasPort := splitAuthority(s)
	if strings.HasPrefix(host, "[") && !hasPort && port != "" {
		return "", fieldErr(field, in, "junk after the IPv6 host")
	}
	ascii, reason := checkHost(host)
	if reason != "" {
		return "", fieldErr(field, in, reason+"; want a host such as mastodon.social")
	}
	ascii = strings.ToLower(ascii)
	if !hasPort {
		return ascii, nil
	}
	if reason := checkPort(port); reason != "" {
		return "", fieldErr(field, in, reason)
	}
	return ascii + ":" + port, nil
}

// plainInstance reports, cheaply, an instance given as checkInstance
// returns it: a lower-case ASCII host name (see ldhName) without a port,
// whose last label is not a number.
func plainInstance(s string) bool {
	if !ldhName(s) || s[len(s)-1] == '.' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return false
		}
	}
	return !numeric(s[strings.LastIndexByte(s, '.')+1:])
}
