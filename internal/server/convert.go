package server

import (
	"strings"
	"unicode/utf8"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/internal/batch"
	"github.com/sharekit/sharekit/share"
)

// The response bodies are built here, outside the handlers, so that
// `sharekit` prints the same JSON as the API for the same input: one shape
// for a CMS plugin and a shell script.

// NewTagsResponse is the /v1/tags answer for tags derived from headline.
func NewTagsResponse(headline string, tags []hashtag.Tag) TagsResponse {
	resp := TagsResponse{Tags: make([]TagJSON, len(tags))}
	spans := make([]int, 0, 2*len(tags))
	for _, t := range tags {
		spans = append(spans, t.Start, t.End)
	}
	points := codePoints(headline, spans)
	// The line is built from the tags rather than by Generator.Line, which
	// would derive them a second time; TestTagsLineMatchesHashtag holds the
	// two equal.
	var line strings.Builder
	for i, t := range tags {
		resp.Tags[i] = TagJSON{
			Text: t.Text, Kind: t.Kind, Start: t.Start, End: t.End,
			Bytes:   [2]int{t.Start, t.End},
			Indices: [2]int{points[2*i], points[2*i+1]},
		}
		if i > 0 {
			line.WriteByte(' ')
		}
		line.WriteByte('#')
		line.WriteString(t.Text)
	}
	resp.Line = line.String()
	return resp
}

// NewExtractResponse is the /v1/extract answer for text.
func NewExtractResponse(text string) ExtractResponse {
	found := hashtag.Extract(text)
	resp := ExtractResponse{Hashtags: make([]FoundHashtagJSON, len(found))}
	points := make([]int, 0, 2*len(found))
	for _, h := range found {
		points = append(points, h.Indices[0], h.Indices[1])
	}
	bytes := byteOffsets(text, points)
	for i, h := range found {
		resp.Hashtags[i] = FoundHashtagJSON{Text: h.Text, Indices: h.Indices, Bytes: [2]int{bytes[2*i], bytes[2*i+1]}}
	}
	return resp
}

// NewPostResponse is the /v1/post answer for a composed post.
func NewPostResponse(d share.Composed) PostResponse {
	resp := PostResponse{Network: d.Network, Text: d.Text, Length: d.Length, Limit: d.Limit, Over: d.Limit > 0 && d.Length > d.Limit}
	e := d.Entities
	if e == nil {
		return resp
	}
	resp.Entities = &EntitiesJSON{
		Hashtags:     make([]EntityJSON, 0, len(e.Hashtags)),
		URLs:         make([]URLEntityJSON, 0, len(e.Urls)),
		UserMentions: make([]MentionEntityJSON, 0, len(e.UserMentions)),
	}
	for _, h := range e.Hashtags {
		resp.Entities.Hashtags = append(resp.Entities.Hashtags, EntityJSON{Text: h.Text, Indices: h.Indices})
	}
	for _, u := range e.Urls {
		resp.Entities.URLs = append(resp.Entities.URLs, URLEntityJSON{URL: u.URL, DisplayURL: u.DisplayURL, ExpandedURL: u.ExpandedURL, Indices: u.Indices})
	}
	for _, m := range e.UserMentions {
		resp.Entities.UserMentions = append(resp.Entities.UserMentions, MentionEntityJSON{ScreenName: m.ScreenName, Indices: m.Indices})
	}
	return resp
}

// codePoints converts ascending UTF-8 byte offsets in s to code-point
// offsets, in one pass over s.
func codePoints(s string, offsets []int) []int {
	out := make([]int, len(offsets))
	b, n := 0, 0
	for i, off := range offsets {
		if off < b { // not ascending: start over (never for derived tags)
			b, n = 0, 0
		}
		n += utf8.RuneCountInString(s[b:min(off, len(s))])
		b = min(off, len(s))
		out[i] = n
	}
	return out
}

// byteOffsets converts ascending code-point offsets in s to UTF-8 byte
// offsets, in one pass over s.
func byteOffsets(s string, points []int) []int {
	out := make([]int, len(points))
	b, n := 0, 0
	for i, p := range points {
		if p < n {
			b, n = 0, 0
		}
		for n < p && b < len(s) {
			_, size := utf8.DecodeRuneInString(s[b:])
			b += size
			n++
		}
		out[i] = b
	}
	return out
}

// NewLinksResponse is the /v1/links answer for links built by share.Links:
// each failed network has its error in its place.
func NewLinksResponse(links []share.Link) LinksResponse {
	resp := LinksResponse{Links: make([]LinkJSON, len(links))}
	for i, l := range links {
		resp.Links[i] = newLinkJSON(l)
	}
	return resp
}

func newLinkJSON(l share.Link) LinkJSON {
	if l.Err != nil {
		return LinkJSON{Network: l.Network, Error: strings.ToValidUTF8(batch.NetworkReason(l.Err), "\uFFFD")}
	}
	return LinkJSON{Network: l.Network, URL: l.URL}
}
