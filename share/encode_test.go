package share

import (
	"net/url"
	"strings"
	"testing"
)

func TestEscape(t *testing.T) {
	tests := []struct {
		name, in string
		crlf     bool
		want     string
	}{
		{"unreserved", "AZaz09-_.!~*'()", false, "AZaz09-_.!~*'()"},
		{"space", "a b", false, "a%20b"},
		{"plus", "a+b", false, "a%2Bb"},
		{"hash", "#tag", false, "%23tag"},
		{"amp-eq", "a=1&b=2", false, "a%3D1%26b%3D2"},
		{"percent", "100%", false, "100%25"},
		{"slash-colon-query", "https://x/?y", false, "https%3A%2F%2Fx%2F%3Fy"},
		{"newline", "a\nb", false, "a%0Ab"},
		{"mailto-newline", "a\nb", true, "a%0D%0Ab"},
		{"mailto-crlf", "a\r\nb", true, "a%0D%0Ab"},
		{"mailto-cr", "a\rb", true, "a%0D%0Ab"},
		{"utf8", "é東🚀", false, "%C3%A9%E6%9D%B1%F0%9F%9A%80"},
		{"invalid-utf8", "a\xffb", false, "a%EF%BF%BDb"},
		{"truncated-utf8", "\xe6\x9d", false, "%EF%BF%BD%EF%BF%BD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := escape(tt.in, tt.crlf); got != tt.want {
				t.Errorf("escape(%q, %v) = %q; want %q", tt.in, tt.crlf, got, tt.want)
			}
			if n := escapedLen(tt.in, tt.crlf); n < len(tt.want) && !strings.Contains(tt.want, "EF%BF%BD") {
				t.Errorf("escapedLen(%q) = %d; want ≥ %d", tt.in, n, len(tt.want))
			}
		})
	}
}

// TestEscapeRoundTrip checks that net/url's QueryUnescape gives back every
// valid UTF-8 string the encoder wrote.
func TestEscapeRoundTrip(t *testing.T) {
	for _, s := range []string{"", "plain", "a b+c&d=e#f%g", "東京 🚀", "‏עברית‎ + العربية", "tab\there"} {
		got, err := url.QueryUnescape(escape(s, false))
		if err != nil || got != s {
			t.Errorf("QueryUnescape(escape(%q)) = %q, %v; want %q", s, got, err, s)
		}
	}
}

func TestUTMTag(t *testing.T) {
	tests := []struct {
		name, url string
		utm       UTM
		want      string
	}{
		{"off", "https://ex.com/a?b=1", UTM{Source: "s"}, "https://ex.com/a?b=1"},
		{"plain", "https://ex.com/a", UTM{Campaign: "spring"}, "https://ex.com/a?utm_source=x&utm_medium=social&utm_campaign=spring"},
		{"keeps-query-fragment", "https://ex.com/a?b=1&c=%20#frag", UTM{Campaign: "c"},
			"https://ex.com/a?b=1&c=%20&utm_source=x&utm_medium=social&utm_campaign=c#frag"},
		{"replaces", "https://ex.com/?utm_source=old&k=v&utm_campaign=old", UTM{Campaign: "new"},
			"https://ex.com/?k=v&utm_source=x&utm_medium=social&utm_campaign=new"},
		{"keeps-other-utm", "https://ex.com/?utm_term=t0", UTM{Campaign: "c"},
			"https://ex.com/?utm_term=t0&utm_source=x&utm_medium=social&utm_campaign=c"},
		{"all-fields-encoded", "https://ex.com/#f", UTM{Source: "news letter", Medium: "e&mail", Campaign: "a+b", Term: "t#", Content: "é"},
			"https://ex.com/?utm_source=news%20letter&utm_medium=e%26mail&utm_campaign=a%2Bb&utm_term=t%23&utm_content=%C3%A9#f"},
		{"empty-query", "https://ex.com/?", UTM{Campaign: "c"}, "https://ex.com/?utm_source=x&utm_medium=social&utm_campaign=c"},
		{"keeps-empty-pairs", "https://ex.com/?a=1&&b=2&", UTM{Campaign: "c"},
			"https://ex.com/?a=1&&b=2&utm_source=x&utm_medium=social&utm_campaign=c"},
		{"keeps-empty-pairs-around-replaced", "https://ex.com/?&utm_source=old&&a", UTM{Campaign: "c"},
			"https://ex.com/?&&a&utm_source=x&utm_medium=social&utm_campaign=c"},
		{"question-in-fragment", "https://ex.com/p#a?b", UTM{Campaign: "c"}, "https://ex.com/p?utm_source=x&utm_medium=social&utm_campaign=c#a?b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.utm.Tag("x", tt.url); got != tt.want {
				t.Errorf("%+v.Tag(x, %q) =\n %q\nwant\n %q", tt.utm, tt.url, got, tt.want)
			}
		})
	}
}
