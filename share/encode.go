package share

import "unicode/utf8"

// unreserved marks the ASCII bytes that encodeURIComponent leaves alone:
// A–Z a–z 0–9 - _ . ! ~ * ' ( ). Everything else is percent-encoded, so
// space is %20 (never +), + is %2B, # is %23 and & is %26. The same set is
// safe in mailto: query values (RFC 6068 qchar allows !'()* and ~).
var unreserved = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for _, c := range "-_.!~*'()" {
		t[c] = true
	}
	return t
}()

const upperhex = "0123456789ABCDEF"

// escapedLen returns an upper bound of the encoded length of s: used to size
// the builder once.
func escapedLen(s string, crlf bool) int {
	n := len(s)
	for i := 0; i < len(s); i++ {
		if !unreserved[s[i]] {
			n += 2
			if crlf && (s[i] == '\n' || s[i] == '\r') {
				n += 3
			}
		}
	}
	return n
}

// appendEscaped is the one encoder for every query value: percent-encoding
// as encodeURIComponent does. Invalid UTF-8 is replaced by U+FFFD, never
// passed on. With crlf (mailto: bodies, RFC 6068 §5) a line break is written
// as %0D%0A; otherwise "\n" is %0A. It appends to a byte slice rather than
// a strings.Builder because a link is mostly %XX triples, and three appends
// to a slice cost less than three Builder calls.
func appendEscaped(dst []byte, s string, crlf bool) []byte {
	start := 0 // s[start:i] is a run of unreserved bytes not yet written
	for i := 0; i < len(s); {
		c := s[i]
		if unreserved[c] {
			i++
			continue
		}
		dst = append(dst, s[start:i]...)
		if c < utf8.RuneSelf {
			switch {
			case crlf && c == '\r':
				dst = append(dst, "%0D%0A"...)
				if i+1 < len(s) && s[i+1] == '\n' {
					i++
				}
			case crlf && c == '\n':
				dst = append(dst, "%0D%0A"...)
			default:
				dst = append(dst, '%', upperhex[c>>4], upperhex[c&15])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, "%EF%BF%BD"...)
			i++
			start = i
			continue
		}
		for j := i; j < i+size; j++ {
			dst = append(dst, '%', upperhex[s[j]>>4], upperhex[s[j]&15])
		}
		i += size
		start = i
	}
	return append(dst, s[start:]...)
}

// escape is appendEscaped into a new string: encoded on the stack when it
// fits, so the string is the one allocation.
func escape(s string, crlf bool) string {
	var buf [512]byte
	return string(appendEscaped(buf[:0], s, crlf))
}
