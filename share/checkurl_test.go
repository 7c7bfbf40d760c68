package share

import (
	"errors"
	"strings"
	"testing"
)

// TestCheckURL checks that CheckURL gives, for every URL, exactly the error
// (or nil) a link builder gives for it as Post.URL: it is the same check,
// not a copy.
func TestCheckURL(t *testing.T) {
	tests := []struct {
		name, url string
		reason    string // "" when the URL is accepted
	}{
		{"https", "https://example.com/a?b=1&c=2#d", ""},
		{"encoded", "https://ex.com/a%20b?q=%2B1&r=2#frag", ""},
		{"idn", "https://bücher.example/straße?q=ü", ""},
		{"ipv6-port", "http://[::1]:8080/", ""},
		{"max-length", "https://example.com/" + strings.Repeat("a", MaxURLBytes-20), ""},
		{"empty", "", "missing"},
		{"javascript", "javascript:alert(1)", `scheme "javascript" not allowed`},
		{"data", "data:text/html,x", `scheme "data" not allowed`},
		{"relative", "/news/1", "is relative"},
		{"no-host", "https:///path", "has no host"},
		{"space", "https://example.com/a b", "space at byte 21"},
		{"newline", "https://example.com/a\nb", "control character U+000A"},
		{"userinfo", "https://bank.example@evil.example/", "user info"},
		{"bad-utf8", "https://example.com/\xff", "invalid UTF-8"},
		{"too-long", "https://example.com/" + strings.Repeat("a", MaxURLBytes), "bytes; at most 2048"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckURL(tt.url)
			_, linkErr := URL("facebook", Post{URL: tt.url})
			if tt.reason == "" {
				if err != nil || linkErr != nil {
					t.Fatalf("CheckURL(%q) = %v (URL: %v); want nil", tt.url, err, linkErr)
				}
				return
			}
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("CheckURL(%q) = %v; want a *FieldError", tt.url, err)
			}
			if fe.Field != "Post.URL" || !strings.Contains(fe.Reason, tt.reason) {
				t.Errorf("CheckURL(%q) = %q; want field Post.URL, reason containing %q", tt.url, err, tt.reason)
			}
			if linkErr == nil || linkErr.Error() != err.Error() {
				t.Errorf("CheckURL(%q) = %q; URL(facebook) error = %v; want the same", tt.url, err, linkErr)
			}
		})
	}
}

// TestPlainPrefix checks the eight-bytes-at-a-time scan against a byte
// loop, with every byte value at every position of a word and after it.
func TestPlainPrefix(t *testing.T) {
	naive := func(s string, lo byte) int {
		i := 0
		for i < len(s) && lo <= s[i] && s[i] <= '~' {
			i++
		}
		return i
	}
	for _, lo := range []byte{' ', '!'} {
		for c := 0; c < 256; c++ {
			for pos := 0; pos < 17; pos++ {
				b := []byte(strings.Repeat("ab~!x(", 3))
				b[pos] = byte(c)
				s := string(b)
				if got, want := plainPrefix(s, lo), naive(s, lo); got != want {
					t.Fatalf("plainPrefix(%q, %q) = %d; want %d", s, lo, got, want)
				}
			}
		}
	}
}

// TestPlainLine checks plainLine's fast paths against what cleanLine does:
// plain exactly when cleaning changes nothing.
func TestPlainLine(t *testing.T) {
	for _, s := range []string{
		"", "a", " a", "a ", "Central bank holds rates steady and signals",
		"twelve bytes  then a double space", "abcdefg  h", "abcdefgh  ", "abcdefg h i",
		"abcdefgh\tijklmnop", "abcdefghijklmno\x7fp", "é  x", "Bücher  und mehr", "naïve text",
		"abcdefghijklmnop é", "e\u0301", "a\u00a0b", "a\u2028b",
	} {
		if got, want := plainLine(s), cleanLine(s) == s; got != want {
			t.Errorf("plainLine(%q) = %v; want %v (cleanLine gives %q)", s, got, want, cleanLine(s))
		}
	}
}
