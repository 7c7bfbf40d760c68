package share

import (
	"net/netip"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
)

// checkHost validates the host of a page URL or a Mastodon instance and
// returns it in ASCII, as a browser would connect to it: a DNS name (IDN
// labels in punycode, lower case), an IPv4 address, or an IPv6 literal in
// brackets. A host that is none of these, or that only a lenient parser
// would take, gets the reason it is refused.
//
// Names go through IDNA's lookup profile (UTS #46 with the STD3 rules:
// letters, digits and '-' only, no label starting or ending with '-'),
// which refuses what browsers refuse and what disguises a link: '%', ';',
// '&', quotes and brackets in a host, "ex..com", "-ex.com". Invisible and
// bidi control characters, which IDNA would quietly map away (so that
// "ex\u200bample.com" looks like one host and is another's twin), are
// refused before it, as are empty labels, which it lets through.
func checkHost(host string) (ascii, reason string) {
	if host == "" {
		return "", "has no host"
	}
	if host[0] == '[' {
		if host[len(host)-1] != ']' {
			return "", "host has an unclosed ["
		}
		a, err := netip.ParseAddr(host[1 : len(host)-1])
		if err != nil || !a.Is6() || a.Zone() != "" {
			return "", "host " + strconv.Quote(host) + " is not an IPv6 address"
		}
		return host, ""
	}
	ascii = host
	if !ldhName(host) {
		// Not a plain ASCII name: the full checks, each with its reason.
		if i := strings.IndexFunc(host, invisible); i >= 0 {
			r, _ := utf8.DecodeRuneInString(host[i:])
			return "", "host has the invisible character " + quoteRune(r)
		}
		if !ldhHost(host) {
			var err error
			if ascii, err = idna.Lookup.ToASCII(host); err != nil {
				return "", "host " + strconv.Quote(host) + " is not a valid host name (" + strings.TrimPrefix(err.Error(), "idna: ") + ")"
			}
		}
		name := strings.TrimSuffix(ascii, ".") // a fully qualified name may end in '.'
		if len(name) == 0 || len(name) > 253 {
			return "", "host " + strconv.Quote(host) + " is not a valid host name (empty or over 253 bytes)"
		}
		for label := range strings.SplitSeq(name, ".") {
			if label == "" || len(label) > 63 {
				return "", "host " + strconv.Quote(host) + " has an empty label or one over 63 bytes"
			}
		}
	}
	name := strings.TrimSuffix(ascii, ".")
	if last := name[strings.LastIndexByte(name, '.')+1:]; numeric(last) {
		// Browsers read a name whose last label is a number as an IPv4
		// address, and refuse it when it is not a valid one.
		if a, err := netip.ParseAddr(name); err != nil || !a.Is4() {
			return "", "host " + strconv.Quote(host) + " is not a valid IPv4 address"
		}
	}
	return ascii, ""
}

// ldhName reports, in one pass, whether h is a host name that needs no
// further check: ASCII labels of letters, digits and '-' of 1 to 63 bytes,
// none starting or ending with '-' or holding "--" in its third and fourth
// bytes, at most 253 bytes without a final '.'. This is the usual host,
// which IDNA's lookup profile would return as it is, apart from case.
func ldhName(h string) bool {
	n := len(h)
	if n > 0 && h[n-1] == '.' {
		n--
	}
	if n == 0 || n > 253 {
		return false
	}
	start := 0
	for i := 0; i <= n; i++ {
		if i < n && h[i] != '.' {
			c := h[i]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
			continue
		}
		k := i - start
		if k == 0 || k > 63 || h[start] == '-' || h[i-1] == '-' || k >= 4 && h[start+2] == '-' && h[start+3] == '-' {
			return false
		}
		start = i + 1
	}
	return true
}

// ldhHost reports whether h is already what IDNA's lookup profile would
// return it as, apart from case, without asking it: labels of ASCII letters,
// digits and '-', none starting or ending with '-' or holding "--" in its
// third and fourth bytes (an xn-- label, which IDNA must decode to check).
// Empty labels are checked by the caller.
func ldhHost(h string) bool {
	start := 0
	for i := 0; i <= len(h); i++ {
		if i < len(h) && h[i] != '.' {
			c := h[i]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
			continue
		}
		if label := h[start:i]; label != "" {
			if label[0] == '-' || label[len(label)-1] == '-' || len(label) >= 4 && label[2] == '-' && label[3] == '-' {
				return false
			}
		}
		start = i + 1
	}
	return true
}

// numeric reports a label browsers take as a number: decimal digits, or
// 0x and hex digits.
func numeric(label string) bool {
	if len(label) >= 2 && label[0] == '0' && (label[1] == 'x' || label[1] == 'X') {
		label = label[2:]
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
				return false
			}
		}
		return true
	}
	for i := 0; i < len(label); i++ {
		if label[i] < '0' || label[i] > '9' {
			return false
		}
	}
	return label != ""
}

// checkPort validates a port (without its ':'): 1 to 65535 in decimal.
func checkPort(port string) (reason string) {
	if port == "" {
		return "empty port after ':'"
	}
	n := 0
	for i := 0; i < len(port); i++ {
		c := port[i]
		if c < '0' || c > '9' {
			return "port " + strconv.Quote(port) + " is not a number"
		}
		if n = n*10 + int(c-'0'); n > 65535 {
			return "port " + strconv.Quote(port) + " is out of range; want 1 to 65535"
		}
	}
	if n == 0 {
		return "port 0 is out of range; want 1 to 65535"
	}
	return ""
}

// invisible reports characters that do not show or that reorder what is
// shown around them: format characters (bidi embeddings, overrides,
// isolates and marks; zero-width space, joiners; the byte-order mark; soft
// hyphen; tags), variation selectors, and the blank fillers of Hangul. In a
// URL they make a link read as another: "https://example.com/\u202Efdp.exe"
// shows as ".../exe.pdf". A URL that needs one can carry it
// percent-encoded.
func invisible(r rune) bool {
	if r < 0xAD {
		return false
	}
	switch {
	case unicode.Is(unicode.Cf, r),
		0xFE00 <= r && r <= 0xFE0F, 0xE0100 <= r && r <= 0xE01EF, 0x180B <= r && r <= 0x180F,
		r == 0x034F, r == 0x115F, r == 0x1160, r == 0x17B4, r == 0x17B5, r == 0x3164, r == 0xFFA0:
		return true
	}
	return false
}

// ASCIIHost returns the host of the page URL raw as a browser connects to
// it: IDN labels in punycode and lower case ("https://bücher.example/" gives
// "xn--bcher-kva.example"), IP addresses as written. An editor shows it
// beside a link so that a look-alike host (a Cyrillic "а" for a Latin "a")
// cannot pass for another. raw must pass [CheckURL]; otherwise the error is
// CheckURL's. Safe for concurrent use.
func ASCIIHost(raw string) (string, error) {
	if err := CheckURL(raw); err != nil {
		return "", err
	}
	host, _, _ := splitAuthority(authority(raw))
	ascii, _ := checkHost(host)
	return strings.ToLower(ascii), nil
}

// authority returns the authority of s, an absolute URL with "//": what
// lies between "//" and the first '/', '?' or '#'.
func authority(s string) string {
	auth := s[strings.Index(s, "//")+2:]
	if end := pathDelim(auth); end >= 0 {
		auth = auth[:end]
	}
	return auth
}

// splitAuthority splits an authority without user info into host and port
// (without ':'); hasPort reports a ':' even when the port after it is
// empty.
func splitAuthority(auth string) (host, port string, hasPort bool) {
	if strings.HasPrefix(auth, "[") {
		if end := strings.IndexByte(auth, ']'); end >= 0 {
			host, rest := auth[:end+1], auth[end+1:]
			if strings.HasPrefix(rest, ":") {
				return host, rest[1:], true
			}
			return host, rest, false // junk after ']' is the caller's to refuse
		}
		return auth, "", false
	}
	if i := strings.LastIndexByte(auth, ':'); i >= 0 {
		return auth[:i], auth[i+1:], true
	}
	return auth, "", false
}
