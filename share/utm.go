package share

import (
	"net/url"
	"strings"
)

// UTM is optional campaign tagging of the shared URL. Tagging is on when
// Campaign is set; Source defaults to the network name, Medium to "social".
// Term and Content are added when set.
//
// Tagging keeps the URL's own query (byte for byte, empty pairs such as
// "a=1&&b=2&" included) and fragment, and
// replaces a utm_ parameter the URL already has rather than adding a second
// one. A plain value, safe for concurrent use.
type UTM struct {
	Source, Medium, Campaign, Term, Content string
}

// on reports whether tagging is asked for.
func (u UTM) on() bool { return u.Campaign != "" }

// Tag returns pageURL tagged for network, or pageURL unchanged when u.Campaign
// is empty. It does not validate pageURL; URL and Links do.
func (u UTM) Tag(network, pageURL string) string {
	if !u.on() {
		return pageURL
	}
	base, frag := pageURL, ""
	if i := strings.IndexByte(base, '#'); i >= 0 {
		base, frag = base[:i], base[i:]
	}
	base, query, hasQuery := strings.Cut(base, "?")
	src := u.Source
	if src == "" {
		src = network
	}
	med := u.Medium
	if med == "" {
		med = "social"
	}
	tags := [...]struct{ key, val string }{
		{"utm_source", src},
		{"utm_medium", med},
		{"utm_campaign", u.Campaign},
		{"utm_term", u.Term},
		{"utm_content", u.Content},
	}

	var scratch [64]byte
	var b strings.Builder
	b.Grow(len(pageURL) + 80 + 3*(len(src)+len(med)+len(u.Campaign)+len(u.Term)+len(u.Content)))
	b.WriteString(base)
	b.WriteByte('?')
	if hasQuery {
		// Keep the URL's own query as written (never decoded and
		// re-encoded), empty pairs included ("a=1&&b=2&"), less the utm_
		// pairs about to be set, each with its '&'.
		first := true
		for pair := range strings.SplitSeq(query, "&") {
			key, _, _ := strings.Cut(pair, "=")
			if k, err := url.QueryUnescape(key); err == nil {
				key = k
			}
			replaced := false
			for _, t := range tags {
				if t.val != "" && key == t.key {
					replaced = true
					break
				}
			}
			if replaced {
				continue
			}
			if !first {
				b.WriteByte('&')
			}
			b.WriteString(pair)
			first = false
		}
	}
	// A tag follows the kept query after one '&', none when the query
	// ends with its own (an empty last pair) or is empty.
	n := b.Len() - len(base) - 1
	if n > 0 && b.String()[b.Len()-1] == '&' {
		n = 0
	}
	for _, t := range tags {
		if t.val == "" {
			continue
		}
		if n > 0 {
			b.WriteByte('&')
		}
		b.WriteString(t.key)
		b.WriteByte('=')
		b.Write(appendEscaped(scratch[:0], t.val, false))
		n++
	}
	b.WriteString(frag)
	return b.String()
}
