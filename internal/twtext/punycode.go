package twtext

import "unicode/utf8"

// punycodeLength returns the length of label after IDNA ToASCII encoding
// as punycode.js's toASCII does it: unchanged when ASCII, otherwise "xn--"
// followed by the RFC 3492 encoding. Only the length is needed, to check the
// 63-byte DNS label limit, so nothing is built.
//
// Encoding takes time proportional to the label's length times its number of
// distinct code points, so a label that cannot fit is not encoded: every
// code point costs at least one output character, and the result is then
// only a lower bound above maxLabelLength.
func punycodeLength(label string) int {
	if isASCII(label) {
		return len(label)
	}
	basic, total := 0, 0
	for i := 0; i < len(label); {
		r, size := utf8.DecodeRuneInString(label[i:])
		if r < utf8.RuneSelf {
			basic++
		}
		total++
		i += size
	}
	if basic == total {
		return len(label)
	}
	if len("xn--")+total > maxLabelLength {
		return len("xn--") + total
	}
	const (
		base, tmin, tmax = 36, 1, 26
		skew, damp       = 38, 700
	)
	out := basic
	if basic > 0 {
		out++ // delimiter
	}
	n, delta, bias := rune(0x80), 0, 72
	for h := basic; h < total; {
		// The smallest code point not yet handled.
		m := rune(utf8.MaxRune + 1)
		for _, r := range label {
			if r >= n && r < m {
				m = r
			}
		}
		delta += int(m-n) * (h + 1)
		n = m
		for _, r := range label {
			if r < n {
				delta++
				continue
			}
			if r != n {
				continue
			}
			q := delta
			for k := base; ; k += base {
				t := k - bias
				if t < tmin {
					t = tmin
				} else if t > tmax {
					t = tmax
				}
				if q < t {
					break
				}
				out++
				q = (q - t) / (base - t)
			}
			out++
			// adapt
			d := delta
			if h == basic {
				d /= damp
			} else {
				d /= 2
			}
			d += d / (h + 1)
			k := 0
			for d > ((base-tmin)*tmax)/2 {
				d /= base - tmin
				k += base
			}
			bias = k + (base-tmin+1)*d/(d+skew)
			delta = 0
			h++
		}
		delta++
		n++
	}
	return len("xn--") + out
}

// utf16Len returns the length of s in UTF-16 code units, the unit of
// twitter-text's JavaScript string lengths.
func utf16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r > 0xFFFF {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return n
}
