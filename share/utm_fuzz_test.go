package share

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzUTMKeepsQuery: tagging keeps the page URL's own query byte for byte
// (empty pairs included) when it has no utm_ key, puts the tags after it,
// and keeps the fragment.
func FuzzUTMKeepsQuery(f *testing.F) {
	for _, q := range []string{"a=1&&b=2&", "", "&", "x", "a=%20&b=+", "&&&"} {
		f.Add(q, "frag", "spring")
	}
	f.Fuzz(func(t *testing.T, query, frag, campaign string) {
		if campaign == "" || strings.ContainsAny(query, "#") || strings.Contains(strings.ToLower(query), "utm") {
			return
		}
		page := "https://ex.com/p?" + query
		if frag != "" {
			page += "#" + frag
		}
		got := UTM{Campaign: campaign}.Tag("x", page)
		if !strings.HasPrefix(got, "https://ex.com/p?"+query) {
			t.Fatalf("Tag(%q) = %q; want the query kept byte for byte", page, got)
		}
		rest := strings.TrimPrefix(got, "https://ex.com/p?"+query)
		if frag != "" && !strings.HasSuffix(rest, "#"+frag) {
			t.Fatalf("Tag(%q) = %q; want the fragment kept", page, got)
		}
		tags, _, _ := strings.Cut(rest, "#")
		if strings.HasPrefix(tags, "&&") || (query != "" && !strings.HasSuffix(query, "&") && !strings.HasPrefix(tags, "&")) {
			t.Fatalf("Tag(%q) = %q; want the tags after exactly one '&'", page, got)
		}
		v, err := url.ParseQuery(strings.TrimPrefix(tags, "&"))
		if err != nil || v.Get("utm_source") != "x" || utf8.ValidString(campaign) && v.Get("utm_campaign") != campaign {
			t.Fatalf("Tag(%q) = %q; want utm_source=x and utm_campaign=%q after the query (%v)", page, got, campaign, err)
		}
	})
}
