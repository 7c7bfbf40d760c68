package share

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

// TestLinkNeverOverMaxLinkBytes guards the link length limit: on every
// network, a post with a 1 MB body, a long non-ASCII headline, tags and the
// longest page URL gives a link of at most MaxLinkBytes or a
// *LinkTooLongError naming the network, never a longer link.
func TestLinkNeverOverMaxLinkBytes(t *testing.T) {
	long := Post{
		URL:      "https://example.com/" + strings.Repeat("a", MaxURLBytes-len("https://example.com/")),
		Title:    strings.Repeat("Zürich café ", 2000),
		Text:     strings.Repeat("Markets rally as the central bank holds rates steady.\n", 20000),
		Hashtags: []string{"economy", "rates"},
		Via:      "sharekit",
		Image:    "https://example.com/i.jpg",
		Instance: "m.example",
	}
	short := long
	short.URL = "https://example.com/ünïcödé/" + strings.Repeat("ö", 80)
	for _, n := range Networks() {
		for _, p := range []Post{long, short} {
			link, err := URL(n.Name, p)
			var tooLong *LinkTooLongError
			var limit *LimitError
			switch {
			case errors.As(err, &limit):
				// The URL alone is over the network's post limit.
			case errors.As(err, &tooLong):
				if tooLong.Network != n.Name || tooLong.Max != MaxLinkBytes || tooLong.Length <= MaxLinkBytes {
					t.Errorf("URL(%s) error %+v; want the network, its length and MaxLinkBytes", n.Name, tooLong)
				}
			case err != nil:
				t.Fatalf("URL(%s): %v", n.Name, err)
			case len(link) > MaxLinkBytes:
				t.Errorf("URL(%s) = %d bytes; want at most %d", n.Name, len(link), MaxLinkBytes)
			}
		}
	}
}

// TestLinkTextFittedIntoRoomLeft guards that a network whose text limit is
// far beyond what a link holds (WhatsApp: 65,536 characters) gets its text
// shortened to the room the link has, not an error.
func TestLinkTextFittedIntoRoomLeft(t *testing.T) {
	p := Post{URL: "https://example.com/a", Title: "Headline", Text: strings.Repeat("naïve words ", 100000)}
	for _, name := range []string{"whatsapp", "telegram", "x", "threads", "bluesky", "weibo"} {
		link, err := URL(name, p)
		if err != nil {
			t.Errorf("URL(%s) with a 1.2 MB body: %v; want a link with the text shortened", name, err)
			continue
		}
		if len(link) > MaxLinkBytes {
			t.Errorf("URL(%s) = %d bytes; want at most %d", name, len(link), MaxLinkBytes)
		}
		if name == "whatsapp" && len(link) < MaxLinkBytes-64 {
			t.Errorf("URL(whatsapp) = %d bytes; want the text to fill the room up to %d", len(link), MaxLinkBytes)
		}
	}
}

// TestRelatedHandlesOverMaxLinkBytes guards the case: 60,000
// related handles made a 529 KB X link. Handles are not shortened, so it is
// a *LinkTooLongError for x, named once in the message, also through
// Links.
func TestRelatedHandlesOverMaxLinkBytes(t *testing.T) {
	related := make([]string, 60000)
	for i := range related {
		related[i] = "user" + strconv.Itoa(i)
	}
	p := Post{URL: "https://example.com/a", Title: "T", Related: related}
	_, err := URL("x", p)
	var tooLong *LinkTooLongError
	if !errors.As(err, &tooLong) || tooLong.Network != "x" {
		t.Fatalf("URL(x, 60,000 related) error = %v; want a *LinkTooLongError for x", err)
	}
	if _, err := URL("facebook", p); err != nil {
		t.Errorf("URL(facebook) with related handles it does not use: %v", err)
	}
	_, err = Links(p, "x")
	if err == nil || strings.Count(err.Error(), "x: ") != 1 {
		t.Errorf("Links(x) error = %v; want one that names x once", err)
	}
}

// TestNetworkErrorNamesNetworkOnce guards against doubled prefixes
// ("share: bluesky: bluesky: …") when the cause names the network too.
func TestNetworkErrorNamesNetworkOnce(t *testing.T) {
	for _, cause := range []error{
		&LimitError{Network: "bluesky", Length: 400, Limit: 300},
		&LinkTooLongError{Network: "bluesky", Length: 9000, Max: MaxLinkBytes},
		fieldErr("Post.URL", "", "missing"),
	} {
		msg := (&NetworkError{Network: "bluesky", Err: cause}).Error()
		if strings.Count(msg, "bluesky") != 1 || strings.Count(msg, "share:") != 1 {
			t.Errorf("NetworkError wrapping %T = %q; want \"share: bluesky: \" once", cause, msg)
		}
	}
}
