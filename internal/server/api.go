package server

import (
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"strings"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/share"
)

// The request and response bodies of the /v1 routes. Their json tags are the
// API: openapi_test.go checks each one against openapi.json, in both
// directions, so the document cannot drift from the code. They are plain
// values, owned by the one request that decodes or encodes them.

// UnmarshalJSON decodes u strictly: see [TagOptions.UnmarshalJSON].
func (u *UTMJSON) UnmarshalJSON(b []byte) error {
	type plain UTMJSON
	return decodeStrict(b, (*plain)(u), "utm")
}

// TagsRequest is the body of POST /v1/tags. Best, when more than 0, is
// options.best: the tags are the best N suggestions, best first.
type TagsRequest struct {
	Headline string     `json:"headline"`
	Best     int        `json:"best,omitempty"`
	Options  TagOptions `json:"options"`
}

// TagsResponse answers POST /v1/tags. With best, Rest holds the other
// tags of the headline (every content word, in headline order, less the
// suggested ones), for an editor to add.
type TagsResponse struct {
	Tags []TagJSON `json:"tags"`
	Line string    `json:"line"`
	Rest []TagJSON `json:"rest,omitempty"`
}

// TagJSON is one derived hashtag and the span of the headline it came
// from, end exclusive, in both units a client may need: Indices in code
// points (as Twitter's entities and /v1/extract count), Bytes in UTF-8
// bytes (for Go, Rust, or slicing the raw request). Start and End are
// Bytes again, kept for clients written before the named spans.
type TagJSON struct {
	Text    string       `json:"text"`
	Kind    hashtag.Kind `json:"kind"` // word, compound, phrase; with best also name, place, organization, acronym, topic, generic
	Start   int          `json:"start"`
	End     int          `json:"end"`
	Indices [2]int       `json:"indices"`
	Bytes   [2]int       `json:"bytes"`
}

// UTMJSON is the optional campaign tagging of the shared URL.
type UTMJSON struct {
	Source   string `json:"source,omitempty"`
	Medium   string `json:"medium,omitempty"`
	Campaign string `json:"campaign,omitempty"`
	Term     string `json:"term,omitempty"`
	Content  string `json:"content,omitempty"`
}

// PostFields are the parts of a share.Post that /v1/links and /v1/post take.
// Hashtags omitted (or null) means "derive them from the headline with
// Options"; an empty array means no hashtags.
type PostFields struct {
	Headline string    `json:"headline"`
	URL      string    `json:"url"`
	Text     string    `json:"text,omitempty"`
	Hashtags *[]string `json:"hashtags,omitempty"`
	Via      string    `json:"via,omitempty"`
	Related  []string  `json:"related,omitempty"`
	Image    string    `json:"image,omitempty"`
	Instance string    `json:"instance,omitempty"`
	// InstanceLimit is the post limit of Instance's server (Mastodon
	// servers differ); 0 means the network's usual limit.
	InstanceLimit int        `json:"instance_limit,omitempty"`
	UTM           *UTMJSON   `json:"utm,omitempty"`
	Options       TagOptions `json:"options"`
}

// LinksRequest is the body of POST /v1/links. Its network choice mirrors
// `sharekit links`: no networks means the CLI's default (x, facebook,
// linkedin); All, like --all, means every network the
// request has the inputs for (all but Mastodon without an instance), in
// GET /v1/networks order. Naming networks and setting All is a 400.
type LinksRequest struct {
	PostFields
	Networks []string `json:"networks,omitempty"`
	All      bool     `json:"all,omitempty"`
}

// LinksResponse answers POST /v1/links: one entry per network asked, in
// order. A network that cannot take the post (a URL too long for
// Bluesky's 300 characters, say) has its Error in its place and no URL;
// every other network still has its link. When no network could take it,
// the answer is a 400 instead.
type LinksResponse struct {
	Links []LinkJSON `json:"links"`
}

// LinkJSON is one network's share link, or why that network cannot take
// the post: exactly one of URL and Error is set.
type LinkJSON struct {
	Network string `json:"network"`
	URL     string `json:"url,omitempty"`
	Error   string `json:"error,omitempty"`
}

// PostRequest is the body of POST /v1/post.
type PostRequest struct {
	PostFields
	Network string `json:"network"`
}

// PostResponse answers POST /v1/post: the post as composed for one
// network, its length as that network counts it (X: the weighted
// twitter-text length) and the network's limit.
type PostResponse struct {
	Network  string        `json:"network"`
	Text     string        `json:"text"`
	Length   int           `json:"length"`
	Limit    int           `json:"limit"`
	Over     bool          `json:"over"`
	Entities *EntitiesJSON `json:"entities,omitempty"`
}

// EntitiesJSON are the entities X finds in a composed post: the subset of
// the Twitter API v1.1 entities object that a composed post can hold
// (hashtags, urls, user_mentions), with Twitter's field names, so a client
// that reads Twitter's entities reads these. Unlike go-twitter's
// twitter.Entities (which `sharekit post --format json` prints) it leaves
// out what a post that was never sent has no value for: media, symbols,
// unwound URLs, user ids. Indices are code-point offsets in text, end
// exclusive, as twitter-text and the Twitter API report them.
type EntitiesJSON struct {
	Hashtags     []EntityJSON        `json:"hashtags"`
	URLs         []URLEntityJSON     `json:"urls"`
	UserMentions []MentionEntityJSON `json:"user_mentions"`
}

// EntityJSON is one hashtag entity: Twitter's {text, indices}, text
// without the '#'.
type EntityJSON struct {
	Text    string `json:"text"`
	Indices [2]int `json:"indices"`
}

// FoundHashtagJSON is a hashtag /v1/extract found: Twitter's {text,
// indices} (code points, from the '#') and the same span in UTF-8 bytes,
// as /v1/tags gives both.
type FoundHashtagJSON struct {
	Text    string `json:"text"`
	Indices [2]int `json:"indices"`
	Bytes   [2]int `json:"bytes"`
}

// URLEntityJSON is one URL entity as Twitter reports it. A composed post is
// not shortened, so url and expanded_url are both the URL in the text;
// display_url is how X shows it (no scheme, cut with "…").
type URLEntityJSON struct {
	URL         string `json:"url"`
	DisplayURL  string `json:"display_url"`
	ExpandedURL string `json:"expanded_url"`
	Indices     [2]int `json:"indices"`
}

// MentionEntityJSON is one @mention (the "via @handle" of a post), the
// screen name without the '@'; indices start at the '@'.
type MentionEntityJSON struct {
	ScreenName string `json:"screen_name"`
	Indices    [2]int `json:"indices"`
}

// ExtractRequest is the body of POST /v1/extract.
type ExtractRequest struct {
	Text string `json:"text"`
}

// ExtractResponse answers POST /v1/extract: spans start at the '#', end
// exclusive.
type ExtractResponse struct {
	Hashtags []FoundHashtagJSON `json:"hashtags"`
}

// NetworksResponse answers GET /v1/networks.
type NetworksResponse struct {
	Networks []NetworkJSON `json:"networks"`
}

// NetworkJSON describes one network. Limit is its post length limit, 0
// when it has none. NeedsInstance is set for networks whose links need
// the user's server (Mastodon): /v1/links leaves them out of "all" when
// the request gives no instance, and the editor page asks only for what
// it can show.
type NetworkJSON struct {
	Name          string `json:"name"`
	Title         string `json:"title"`
	Limit         int    `json:"limit"`
	NeedsInstance bool   `json:"needs_instance"`
}

// HealthResponse answers GET /healthz.
type HealthResponse struct {
	Status string `json:"status"`
}

func (s *server) handleTags(w http.ResponseWriter, r *http.Request) {
	var req TagsRequest
	if p := decodeJSON(w, r, s.cfg.MaxBody, &req); p != nil {
		writeProblem(w, r, p)
		return
	}
	if strings.TrimSpace(req.Headline) == "" {
		writeProblem(w, r, fieldProblem("headline", "headline is required"))
		return
	}
	if req.Best < 0 || req.Best > maxBest {
		writeProblem(w, r, fieldProblem("best", fmt.Sprintf("best must be between 0 and %d", maxBest)))
		return
	}
	if req.Best > 0 {
		req.Options.Best = req.Best
	}
	g, p := s.generator(req.Options, "options")
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	tags := g.Derive(req.Headline)
	if gone(w, r) {
		return
	}
	resp := NewTagsResponse(req.Headline, tags)
	if req.Options.Best > 0 {
		resp.Rest = NewTagsResponse(req.Headline, s.restTags(req.Options, req.Headline, tags)).Tags
	}
	writeJSON(w, http.StatusOK, &resp)
}

// restTags is every word tag of headline (the options without best) that
// is not among the suggested tags: neither the same text nor from the same
// words (Islamabads beside the suggested Islamabad).
func (s *server) restTags(o TagOptions, headline string, suggested []hashtag.Tag) []hashtag.Tag {
	o.Best = 0
	g, p := s.generator(o, "options")
	if p != nil {
		return nil
	}
	rest := []hashtag.Tag{}
	for _, t := range g.Derive(headline) {
		dup := false
		for _, u := range suggested {
			dup = dup || strings.EqualFold(t.Text, u.Text) || t.Start < u.End && u.Start < t.End
		}
		if !dup {
			rest = append(rest, t)
		}
	}
	return rest
}

// sharePost validates f and builds the share.Post it describes, deriving
// hashtags from the headline when the request gave none.
func (s *server) sharePost(f *PostFields) (share.Post, *Problem) {
	p := share.Post{
		URL:      f.URL,
		Title:    f.Headline,
		Text:     f.Text,
		Via:      strings.TrimPrefix(f.Via, "@"),
		Related:  f.Related,
		Image:    f.Image,
		Instance: f.Instance,
	}
	if f.InstanceLimit < 0 {
		return share.Post{}, fieldProblem("instance_limit", "instance_limit must not be negative")
	}
	p.InstanceLimit = f.InstanceLimit
	if f.UTM != nil {
		p.UTM = share.UTM{Source: f.UTM.Source, Medium: f.UTM.Medium, Campaign: f.UTM.Campaign, Term: f.UTM.Term, Content: f.UTM.Content}
	}
	if f.Hashtags != nil {
		p.Hashtags = make([]string, 0, len(*f.Hashtags))
		for i, t := range *f.Hashtags {
			t = strings.TrimPrefix(strings.TrimPrefix(t, "#"), "＃")
			if !hashtag.Valid(t) {
				return p, fieldProblem(fmt.Sprintf("hashtags[%d]", i), fmt.Sprintf("%q is not a valid hashtag", t))
			}
			p.Hashtags = append(p.Hashtags, t)
		}
		return p, nil
	}
	g, prob := s.generator(f.Options, "options")
	if prob != nil {
		return p, prob
	}
	if f.Headline != "" {
		for _, t := range g.Derive(f.Headline) {
			p.Hashtags = append(p.Hashtags, t.Text)
		}
	}
	return p, nil
}

// shareInput checks what /v1/links and /v1/bar both take: the page URL,
// the networks (share.Select's rule) and the post.
func (s *server) shareInput(req *LinksRequest) ([]string, share.Post, *Problem) {
	if strings.TrimSpace(req.URL) == "" {
		return nil, share.Post{}, fieldProblem("url", "url is required")
	}
	networks, p := selectNetworks(req.Networks, req.All, req.Instance, true)
	if p != nil {
		return nil, share.Post{}, p
	}
	post, p := s.sharePost(&req.PostFields)
	return networks, post, p
}

func (s *server) handleLinks(w http.ResponseWriter, r *http.Request) {
	var req LinksRequest
	if p := decodeJSON(w, r, s.cfg.MaxBody, &req); p != nil {
		writeProblem(w, r, p)
		return
	}
	networks, post, p := s.shareInput(&req)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	// One network at a time, so that a request whose client has gone stops
	// between networks rather than after all of them.
	resp := LinksResponse{Links: make([]LinkJSON, 0, len(networks))}
	var firstErr error
	failed := 0
	for _, n := range networks {
		if gone(w, r) {
			return
		}
		links, err := share.Links(post, n)
		if err != nil {
			failed++
			if firstErr == nil {
				firstErr = err
			}
		}
		resp.Links = append(resp.Links, newLinkJSON(links[0]))
	}
	if gone(w, r) {
		return
	}
	if failed > 0 && failed == len(networks) {
		// No network could take the post: the post is at fault (an
		// unsafe URL, a bad handle), and the first error says how.
		writeProblem(w, r, shareProblem(firstErr))
		return
	}
	writeJSON(w, http.StatusOK, &resp)
}

func (s *server) handlePost(w http.ResponseWriter, r *http.Request) {
	var req PostRequest
	if p := decodeJSON(w, r, s.cfg.MaxBody, &req); p != nil {
		writeProblem(w, r, p)
		return
	}
	if req.Network == "" {
		writeProblem(w, r, fieldProblem("network", "network is required; GET /v1/networks lists them"))
		return
	}
	if _, ok := share.Lookup(req.Network); !ok {
		writeProblem(w, r, fieldProblem("network", fmt.Sprintf("unknown network %q; GET /v1/networks lists them", req.Network)))
		return
	}
	if strings.TrimSpace(req.Headline) == "" && strings.TrimSpace(req.Text) == "" && strings.TrimSpace(req.URL) == "" {
		writeProblem(w, r, fieldProblem("headline", "headline, text or url is required"))
		return
	}
	post, p := s.sharePost(&req.PostFields)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	if gone(w, r) {
		return
	}
	d, err := share.Draft(req.Network, post)
	if gone(w, r) {
		return
	}
	if err != nil {
		writeProblem(w, r, shareProblem(err))
		return
	}
	resp := NewPostResponse(d)
	writeJSON(w, http.StatusOK, &resp)
}

func (s *server) handleExtract(w http.ResponseWriter, r *http.Request) {
	var req ExtractRequest
	if p := decodeJSON(w, r, s.cfg.MaxBody, &req); p != nil {
		writeProblem(w, r, p)
		return
	}
	resp := NewExtractResponse(req.Text)
	if gone(w, r) {
		return
	}
	writeJSON(w, http.StatusOK, &resp)
}

func (s *server) handleNetworks(w http.ResponseWriter, r *http.Request) {
	resp := NetworksResponse{Networks: make([]NetworkJSON, len(s.networks))}
	for i, n := range s.networks {
		resp.Networks[i] = NetworkJSON{Name: n.Name, Title: n.Title, Limit: n.Limit, NeedsInstance: n.NeedsInstance()}
	}
	writeJSON(w, http.StatusOK, &resp)
}

func (s *server) handleHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, &HealthResponse{Status: "ok"})
}

// ReadyResponse answers GET /readyz: whether the server has room for more
// work, and how full each of its limits is.
type ReadyResponse struct {
	Status         string `json:"status"` // ready or saturated
	Requests       int    `json:"requests"`
	MaxRequests    int    `json:"max_requests"`
	Streams        int    `json:"streams"`
	MaxStreams     int    `json:"max_streams"`
	MemoryBytes    int64  `json:"memory_bytes"`
	MaxMemoryBytes int64  `json:"max_memory_bytes"`
}

// handleReady is readiness, where /healthz is liveness: 503 when short
// requests, streams or the memory budget are at their limit, so that a
// load balancer sends new work elsewhere until there is room.
func (s *server) handleReady(w http.ResponseWriter, r *http.Request) {
	resp := ReadyResponse{
		Status:   "ready",
		Requests: len(s.sem), MaxRequests: cap(s.sem),
		Streams: len(s.streams), MaxStreams: cap(s.streams),
		MemoryBytes: s.mem.Used(), MaxMemoryBytes: s.mem.max,
	}
	status := http.StatusOK
	if resp.Requests >= resp.MaxRequests || resp.Streams >= resp.MaxStreams ||
		resp.MemoryBytes+int64(streamBase(runtime.GOMAXPROCS(0))) > resp.MaxMemoryBytes {
		resp.Status, status = "saturated", http.StatusServiceUnavailable
		w.Header().Set("Retry-After", "1")
	}
	writeJSON(w, status, &resp)
}

// shareProblem turns an error from package share into a 400: share only
// fails on its input (an unsafe URL, a handle it cannot use, a URL too long
// for the network), and its messages name the field and the reason.
func shareProblem(err error) *Problem {
	msg := strings.ToValidUTF8(strings.TrimPrefix(err.Error(), "share: "), "\uFFFD")
	p := problem(http.StatusBadRequest, msg)
	var fe *share.FieldError
	if errors.As(err, &fe) {
		// Name the field as the request does, not as Go does.
		if f := jsonField(fe.Field); f != "" {
			p.Field = f
			p.Detail = f + ": " + strings.ToValidUTF8(fe.Reason, "\uFFFD")
		}
	}
	return p
}

// jsonField maps share's Go field paths ("Post.Hashtags[2]", "Post.UTM.Campaign")
// to the request's JSON names ("hashtags[2]", "utm.campaign").
func jsonField(goField string) string {
	f, ok := strings.CutPrefix(goField, "Post.")
	if !ok {
		return ""
	}
	name, rest, _ := strings.Cut(f, "[")
	if rest != "" {
		rest = "[" + rest
	}
	names := map[string]string{
		"URL": "url", "Title": "headline", "Text": "text", "Hashtags": "hashtags", "Via": "via",
		"Related": "related", "Image": "image", "Instance": "instance", "InstanceLimit": "instance_limit",
		"UTM.Source": "utm.source", "UTM.Medium": "utm.medium", "UTM.Campaign": "utm.campaign",
		"UTM.Term": "utm.term", "UTM.Content": "utm.content",
	}
	if j, ok := names[name]; ok {
		return j + rest
	}
	return strings.ToLower(name) + rest
}
