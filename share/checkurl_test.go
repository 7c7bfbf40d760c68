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
		// Hosts browsers refuse or that disguise a link (issue 10, item 14).
		{"fqdn", "https://example.com./a", ""},
		{"ipv4", "http://192.0.2.1:8080/", ""},
		{"punycode", "https://xn--bcher-kva.example/", ""},
		{"upper-case", "https://EXAMPLE.com/", ""},
		{"rlo-in-host", "https://exa\u202emple.com/", "invisible or bidi control character U+202E"},
		{"rlo-in-path", "https://example.com/\u202Efdp.exe", "invisible or bidi control character U+202E"},
		{"zwsp-in-host", "https://ex\u200bample.com/", "invisible or bidi control character U+200B"},
		{"bom-in-host", "https://ex\ufeffample.com/", "invisible or bidi control character U+FEFF"},
		{"bom-in-query", "https://example.com/?q=\ufeff", "invisible or bidi control character U+FEFF"},
		{"lri-in-path", "https://example.com/a\u2066b", "U+2066"},
		{"soft-hyphen", "https://pay\u00adpal.com/", "U+00AD"},
		{"variation-selector", "https://example.com/\ufe0f", "U+FE0F"},
		{"at-encoded", "https://good.com%40evil.com/", "'%' in its host"},
		{"percent-host", "https://%65xample.com/", "'%' in its host"},
		{"semicolon", "https://ex;ample.com/", "not a valid host name"},
		{"ampersand", "https://ex&ample.com/", "not a valid host name"},
		{"quote", "https://ex'ample.com/", "not a valid host name"},
		{"parens", "https://ex(ample).com/", "not a valid host name"},
		{"underscore", "https://ex_ample.com/", "not a valid host name"},
		{"double-dot", "https://ex..com/", "empty label"},
		{"leading-dot", "https://.ex.com/", "empty label"},
		{"leading-hyphen", "https://-ex.com/", "not a valid host name"},
		{"trailing-hyphen", "https://ex-.com/", "not a valid host name"},
		{"bad-punycode", "https://xn--zz.com/", "not a valid host name"},
		{"long-label", "https://" + strings.Repeat("a", 64) + ".com/", "over 63 bytes"},
		{"bad-ipv4", "http://1.2.3.999/", "not a valid IPv4 address"},
		{"numeric-tld", "http://example.123/", "not a valid IPv4 address"},
		{"empty-port", "https://example.com:/", "empty port"},
		{"port-zero", "https://example.com:0/", "out of range"},
		{"port-over", "https://example.com:65536/", "out of range"},
		{"port-huge", "https://example.com:99999999999999999999/", "out of range"},
		{"port-max", "https://example.com:65535/", ""},
		{"port-letters", "https://example.com:8o/", "not a number"},
		{"ipv6-zone", "http://[fe80::1%25eth0]/", "'%' in its host"},
		{"ipv6-bad", "http://[::g]/", "not an IPv6 address"},
		{"ipv6-junk", "http://[::1]x/", "junk after the IPv6 host"},
		{"ipv6-unclosed", "http://[::1/", "unclosed ["},
		{"backslash", "https://evil.com\\.good.com/", "not a valid host name"},
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

// TestCheckInstance guards the Mastodon instance check: a DNS host name or
// an IP literal, with an optional port from 1 to 65535, given as is, with
// an http(s) scheme or a trailing slash; nothing that would make the link
// point elsewhere ("../", "a..b", a path, user info).
func TestCheckInstance(t *testing.T) {
	tests := []struct {
		in, want string // want "" for refused; reason then holds part of the error
		reason   string
	}{
		{"mastodon.social", "mastodon.social", ""},
		{"https://mastodon.social/", "mastodon.social", ""},
		{"Mastodon.Social", "mastodon.social", ""},
		{"bücher.example", "xn--bcher-kva.example", ""},
		{"m.example:8443", "m.example:8443", ""},
		{"192.0.2.1:443", "192.0.2.1:443", ""},
		{"[2001:db8::1]:8443", "[2001:db8::1]:8443", ""},
		{"../", "", "empty label"},
		{"..", "", "empty label"},
		{"a..b", "", "empty label"},
		{"m.example/../evil", "", "not a bare host"},
		{"m.example?x", "", "not a bare host"},
		{"user@m.example", "", "not a bare host"},
		{"m.example:65536", "", "out of range"},
		{"m.example:0", "", "out of range"},
		{"m.example:", "", "empty port"},
		{"m.example:http", "", "not a number"},
		{"-m.example", "", "not a valid host name"},
		{"m_x.example", "", "not a valid host name"},
		{"m\u200b.example", "", "invisible character U+200B"},
		{"[::1", "", "unclosed ["},
		{"ftp://m.example", "", `scheme "ftp" not allowed`},
	}
	for _, tt := range tests {
		got, err := checkInstance("mastodon", tt.in)
		if tt.want != "" {
			if err != nil || got != tt.want {
				t.Errorf("checkInstance(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
			continue
		}
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != "Post.Instance" || !strings.Contains(fe.Reason, tt.reason) {
			t.Errorf("checkInstance(%q) = %q, %v; want a Post.Instance error containing %q", tt.in, got, err, tt.reason)
		}
	}
}

// TestASCIIHost guards the host an editor shows beside a link: IDN hosts
// in punycode, so that a look-alike cannot pass for the host it imitates.
func TestASCIIHost(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://bücher.example/straße", "xn--bcher-kva.example"},
		{"https://p\u0430ypal.com/login", "xn--pypal-4ve.com"}, // Cyrillic а
		{"https://Example.COM:8443/a", "example.com"},
		{"http://[::1]:8080/", "[::1]"},
		{"http://192.0.2.1/", "192.0.2.1"},
	}
	for _, tt := range tests {
		if got, err := ASCIIHost(tt.url); err != nil || got != tt.want {
			t.Errorf("ASCIIHost(%q) = %q, %v; want %q", tt.url, got, err, tt.want)
		}
	}
	if _, err := ASCIIHost("https://ex..com/"); err == nil || err.Error() != CheckURL("https://ex..com/").Error() {
		t.Errorf("ASCIIHost(bad URL) error = %v; want CheckURL's", err)
	}
}
