package share

import (
	"strconv"
	"strings"
	"sync"

	"github.com/sharekit/sharekit/internal/twtext"
)

// Post is what is shared. Only URL is required. Image, when set, is checked
// like URL for every network. share never writes to a Post or its slices,
// so one Post may be used from many goroutines at once.
type Post struct {
	URL      string   // the article, absolute http(s), at most MaxURLBytes
	Title    string   // the headline
	Text     string   // optional body/summary
	Hashtags []string // without '#' (a leading '#' is tolerated)
	Via      string   // X handle without '@'
	Related  []string // X handles without '@'
	Image    string   // for networks that take one (Pinterest, VK, Weibo)
	Instance string   // Mastodon server host, e.g. "mastodon.social"

	// InstanceLimit is the post limit of Instance's server, for networks
	// whose template has an {instance} (Mastodon): servers differ, and the
	// default (500 for Mastodon) is only the common one. 0 means the
	// network's Limit.
	InstanceLimit int

	UTM UTM
}

// Counting says how a network counts a post's length.
type Counting int

const (
	// CodePoints counts Unicode code points (what most networks call
	// characters). With Network.URLLength set, each http(s) URL counts
	// that many instead (Mastodon).
	CodePoints Counting = iota
	// Graphemes counts user-perceived characters: extended grapheme
	// clusters (UAX #29), as Bluesky does.
	Graphemes
	// Weighted counts as twitter-text's weightedLength does (X), under
	// Network.Weighting (nil means twitter-text's config v3).
	Weighted
)

func (c Counting) String() string {
	switch c {
	case CodePoints:
		return "code points"
	case Graphemes:
		return "graphemes"
	case Weighted:
		return "weighted"
	}
	return "Counting(" + strconv.Itoa(int(c)) + ")"
}

// Weighting is a twitter-text weighted-length configuration (the JSON of
// twitter-text's config/v2.json or v3.json). It is immutable and safe for
// concurrent use.
type Weighting struct{ c *twtext.Config }

// ParseWeighting parses a twitter-text configuration document.
func ParseWeighting(config []byte) (*Weighting, error) {
	c, err := twtext.ParseConfig(config)
	if err != nil {
		return nil, &FieldError{Field: "Network.Weighting", Reason: strings.TrimPrefix(err.Error(), "twtext: ")}
	}
	return &Weighting{c}, nil
}

// Length returns text's weighted length under w.
func (w *Weighting) Length(text string) int {
	if w == nil || w.c == nil {
		return v3().WeightedLength(text)
	}
	return w.c.WeightedLength(text)
}

// v3 is twitter-text's config v3, built once.
var v3 = sync.OnceValue(twtext.V3)

// Network describes a network: how its share link is built and how it
// counts a post. Built-in networks are listed by [Networks]; a caller adds
// its own with [Registry.Register], which keeps a copy. It is a plain value,
// safe to read from many goroutines.
type Network struct {
	Name  string // lower-case key: "x", "mastodon", …
	Title string // display name: "X", "Mastodon", …

	// Limit is the longest post the network accepts, as Count counts it;
	// Compose and the {text} of the link fit it. 0 means no limit that a
	// shared post can reach.
	Limit int
	// Count is how Length counts.
	Count Counting
	// ByteLimit, when > 0, is the most bytes of UTF-8 a post may have as
	// well, whatever Count says: Bluesky's lexicon caps a post at 300
	// graphemes and 3,000 bytes. Compose and the {text} of the link fit
	// both.
	ByteLimit int
	// URLLength, when > 0 and Count is not Weighted, is what each URL with
	// an http or https scheme counts (Mastodon: 23), whatever its length.
	URLLength int
	// Weighting is the twitter-text configuration for Count == Weighted;
	// nil means config v3 (X today).
	Weighting *Weighting
	// TitleLimit, when > 0, is the longest {title} the network accepts, in
	// code points (Hacker News 80, Reddit 300); longer headlines are
	// shortened at a word boundary with "…".
	TitleLimit int
	// ViaMention makes Compose end the post with " via @"+Post.Via: the
	// network's handles are X handles.
	ViaMention bool
	// ClosedTags writes each hashtag in the text closed on both sides,
	// "#topic#", as Weibo writes its topics.
	ClosedTags bool

	// Template is the share link, with placeholders in braces. A query value
	// is either literal or exactly one placeholder; a parameter whose value
	// is empty is left out. Every value goes through the one encoder
	// (percent-encoding as encodeURIComponent; %0D%0A line breaks in
	// mailto:). Placeholders:
	//
	//	{url}      the page URL, UTM-tagged when Post.UTM.Campaign is set
	//	{text}     the post as Compose builds it, without the parts the template
	//	           passes in parameters of their own ({url}, {hashtags}/{hashtag},
	//	           {via}), fitted so that the draft the network assembles
	//	           (text, URL, #tags, " via @handle") fits Limit
	//	{title}    the headline (shortened to TitleLimit)
	//	{summary}  Post.Text
	//	{body}     Post.Text, a blank line, the page URL: a message body
	//	{hashtags} the tags kept by fitting, comma-separated, without '#'
	//	{hashtag}  the first tag kept, with '#' (Facebook takes one)
	//	{via}      Post.Via, without '@'
	//	{related}  Post.Related, comma-separated
	//	{image}    Post.Image (validated as an http(s) URL)
	//	{instance} Post.Instance as an ASCII host; only in the host part
	//	{tag}      the post's first hashtag that is a valid topic tag (at
	//	           most 50 code points, no '.' or '&'), without '#'
	//	           (Threads); the tags stay in the text as well
	//
	// The scheme must be https, http, mailto or one of [AppSchemes] (sms,
	// viber, …), which open a messaging app; never javascript: or data:.
	Template string
}

// Placeholders returns the placeholders of n.Template in order, without
// braces (e.g. ["text", "url", "hashtags"]): what the network takes.
func (n Network) Placeholders() []string {
	var out []string
	s := n.Template
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return out
		}
		out = append(out, s[i+1:i+j])
		s = s[i+j+1:]
	}
}

// Link is one network's share URL. A plain value.
type Link struct {
	Network string `json:"network"`
	URL     string `json:"url"`

	// Err is why this network cannot take the post (a *NetworkError);
	// URL is then empty. It is not encoded: the CLI and the HTTP API write
	// it as an "error" message in the link's place.
	Err error `json:"-"`
}
