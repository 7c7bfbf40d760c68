package twtext

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// twitter-text matches top-level domains against lists it ships
// (tld_lib.yml). sharekit asks the ICANN section of the Public Suffix List
// maintained in golang.org/x/net/publicsuffix instead, so new TLDs are
// recognised when the module is updated and retired ones stop matching.

// maxTLDRunes bounds the length of a TLD candidate: the longest TLD,
// "xn--vermgensberatung-pwb", has 24 characters.
const maxTLDRunes = 24

// twoLetter caches the answer for every two-letter ASCII label, because the
// list spells some country codes only as wildcards ("*.ck"), which
// PublicSuffix cannot tell apart from unknown labels without an allocating
// probe, and two-letter words are common in prose.
var twoLetter = sync.OnceValue(func() *[26 * 26]bool {
	t := new([26 * 26]bool)
	var buf [4]byte
	buf[0], buf[1] = 'x', '.'
	for i := range t {
		buf[2], buf[3] = byte('a'+i/26), byte('a'+i%26)
		t[i] = icannTLD(string(buf[2:])) || icannWildcardTLD(string(buf[:]))
	}
	return t
})

// tldMemo remembers answers for labels seen before: PublicSuffix allocates
// on every call (it first tries the label as an IP address), and the same
// few TLDs recur in every text. A sync.Map keeps lookups free of shared
// writes, which matters when batch workers measure texts in parallel. It
// holds at most tldMemoMax labels so arbitrary text cannot grow it without
// limit.
var (
	tldMemo    sync.Map // string → bool
	tldMemoLen atomic.Int32
)

const tldMemoMax = 4096

func icannTLDMemo(label string) bool { return memoTLD(label, icannTLD) }

// memoTLD returns isTLD(label), remembered.
func memoTLD(label string, isTLD func(string) bool) bool {
	if v, ok := tldMemo.Load(label); ok {
		return v.(bool)
	}
	v := isTLD(label)
	if tldMemoLen.Load() < tldMemoMax && tldMemoLen.Add(1) <= tldMemoMax {
		tldMemo.Store(strings.Clone(label), v)
	}
	return v
}

// icannTLD reports whether the lower-case ASCII label is itself an ICANN
// public suffix, i.e. a top-level domain.
func icannTLD(label string) bool {
	ps, icann := publicsuffix.PublicSuffix(label)
	return icann && ps == label
}

// icannWildcardTLD reports whether probe ("x.tld") falls under an ICANN
// wildcard rule for tld.
func icannWildcardTLD(probe string) bool {
	ps, icann := publicsuffix.PublicSuffix(probe)
	return icann && ps == probe
}

// isTLD reports whether s, a candidate in any case and any script, is a
// top-level domain in the ICANN section of the Public Suffix List.
func isTLD(s string) bool {
	if len(s) < 2 {
		return false
	}
	ascii, lower := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			lower = false
		}
	}
	if ascii {
		if !lower {
			s = strings.ToLower(s)
		}
		if len(s) == 2 {
			a, b := s[0]-'a', s[1]-'a'
			return a < 26 && b < 26 && twoLetter()[int(a)*26+int(b)]
		}
		return icannTLDMemo(s)
	}
	return memoTLD(s, isIDNTLD)
}

// isIDNTLD is isTLD for a candidate that is not all ASCII.
func isIDNTLD(s string) bool {
	// Plain punycode, not IDNA mapping: twitter-text compares the text
	// itself, so "uk\uFE0F" or "b𝐀" must not fold into "uk" or "ba".
	a, err := idna.Punycode.ToASCII(strings.ToLower(s))
	if err != nil || strings.IndexByte(a, '.') >= 0 {
		return false
	}
	if icannTLD(a) {
		return true
	}
	return icannWildcardTLD("x." + a)
}

// matchTLD matches a top-level domain at text[i:limit] the way twitter-text's
// (validGTLD|validCCTLD|validPunycode) alternation does, returning the end
// of the match. A listed TLD must not be followed by an ASCII letter or
// digit, '@', '+' or '-'; the punycode form "xn--…" is accepted as is.
func matchTLD(text string, i, limit int) (int, bool) {
	// Candidates are the prefixes of the run of letters and digits at i,
	// longest first, as twitter-text's lists put "भारतम्" before its prefix
	// "भारत". Only prefixes that pass the lookahead are looked up, which for
	// ASCII is the whole run.
	var ends [maxTLDRunes]int
	n := 0
	for j := i; j < limit && n < maxTLDRunes; {
		c := text[j]
		if c < utf8.RuneSelf {
			if asciiClass[c]&cAlnum == 0 {
				break
			}
			j++
		} else {
			r, size := utf8.DecodeRuneInString(text[j:limit])
			if !isDomainChar(r) || !isTLDLetter(r) {
				break
			}
			j += size
		}
		ends[n] = j
		n++
	}
	for k := n - 1; k >= 0; k-- {
		if tldFollowOK(text, ends[k], limit) && isTLD(text[i:ends[k]]) {
			return ends[k], true
		}
	}
	if limit-i > 4 && strings.EqualFold(text[i:i+4], "xn--") {
		j := i + 4
		for j < limit && (text[j] == '-' || text[j] < utf8.RuneSelf && asciiClass[text[j]]&cAlnum != 0) {
			j++
		}
		if j > i+4 {
			return j, true
		}
	}
	return 0, false
}

// isTLDLetter reports whether r may appear in an internationalized TLD.
// Every IDN TLD in the ICANN section of the Public Suffix List is written in
// letters and combining marks only (the Root Zone Label Generation Rules
// admit nothing else), so no candidate holding another character (symbols,
// punctuation, invalid UTF-8) needs the costly punycode lookup.
func isTLDLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// tldFollowOK is the lookahead after a TLD: (?=[^0-9a-zA-Z@+-]|$).
func tldFollowOK(text string, j, limit int) bool {
	if j >= limit {
		return true
	}
	c := text[j]
	return c >= utf8.RuneSelf || asciiClass[c]&cAlnum == 0 && c != '@' && c != '+' && c != '-'
}
