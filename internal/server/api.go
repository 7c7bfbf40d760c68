package server

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/share"
)

// The request and response bodies of the /v1 routes. Their json tags are the
// API: openapi_test.go checks each one against openapi.json, in both
// directions, so the document cannot drift from the code. They are plain
// values, owned by the one request that decodes or encodes them.

// TagOptions are the hashtag options a request may set; they mirror the
// CLI's flags and [hashtag.Options]. The zero value means the defaults.
type TagOptions struct {
	Style            string   `json:"style,omitempty"` // words, phrases, combined
	Case             string   `json:"case,omitempty"`  // keep, camel, lower
	Lang             string   `json:"lang,omitempty"`  // BCP 47
	Max              int      `json:"max,omitempty"`
	MinLength        int      `json:"min_length,omitempty"`
	Fold             bool     `json:"fold,omitempty"`
	KeepAcronyms     bool     `json:"keep_acronyms,omitempty"`
	Stopwords        []string `json:"stopwords,omitempty"`
	ReplaceStopwords bool     `json:"replace_stopwords,omitempty"`
}

// UnmarshalJSON decodes o strictly, so that an unknown option is an error
// naming it as "options.<name>": encoding/json reports unknown fields
// without their path.
func (o *TagOptions) UnmarshalJSON(b []byte) error {
	type plain TagOptions
	return decodeStrict(b, (*plain)(o), "options")
}

// UnmarshalJSON decodes u strictly: see [TagOptions.UnmarshalJSON].
func (u *UTMJSON) UnmarshalJSON(b []byte) error {
	type plain UTMJSON
	return decodeStrict(b, (*plain)(u), "utm")
}

// Limits on option values: generous for real use, small enough that one
// request cannot make the server do unbounded work.
const (
	maxTagCount  = 1000
	maxStopwords = 10000
)

// hashtagOptions validates o and converts it; field is the JSON path of o
// in the request, for error messages.
func (o TagOptions) hashtagOptions(field string) (hashtag.Options, *Problem) {
	var opts hashtag.Options
	var err error
	if o.Style != "" {
		if opts.Style, err = hashtag.ParseStyle(o.Style); err != nil {
			return opts, fieldProblem(field+".style", fmt.Sprintf("style %q is not one of words, phrases, combined", o.Style))
		}
	}
	if o.Case != "" {
		if opts.Case, err = hashtag.ParseCase(o.Case); err != nil {
			return opts, fieldProblem(field+".case", fmt.Sprintf("case %q is not one of keep, camel, lower", o.Case))
		}
	}
	if o.Lang != "" {
		if err := hashtag.CheckLang(o.Lang); err != nil {
			// Only a syntax error gets here: a well-formed tag with no
			// registered subtags ("xx") is accepted, without stopwords.
			return opts, fieldProblem(field+".lang", fmt.Sprintf("lang %q is not a well-formed BCP 47 language tag (e.g. en, pt-BR)", o.Lang))
		}
	}
	if o.Max < 0 || o.Max > maxTagCount {
		return opts, fieldProblem(field+".max", fmt.Sprintf("max must be between 0 (no limit) and %d", maxTagCount))
	}
	if o.MinLength < 0 || o.MinLength > maxTagCount {
		return opts, fieldProblem(field+".min_length", fmt.Sprintf("min_length must be between 0 and %d", maxTagCount))
	}
	if len(o.Stopwords) > maxStopwords {
		return opts, fieldProblem(field+".stopwords", fmt.Sprintf("at most %d stopwords", maxStopwords))
	}
	opts.Lang = o.Lang
	opts.Max = o.Max
	opts.MinLength = o.MinLength
	opts.FoldDiacritics = o.Fold
	opts.KeepAcronyms = o.KeepAcronyms
	opts.Stopwords = o.Stopwords
	opts.ReplaceStopwords = o.ReplaceStopwords
	return opts, nil
}

// TagsRequest is the body of POST /v1/tags.
type TagsRequest struct {
	Headline string     `json:"headline"`
	Options  TagOptions `json:"options"`
	// Best, when positive, asks for the Best tags an editor would post,
	// best first (hashtag.Generator.Suggest, ranked with the server's
	// statistics, Config.Stats), instead of every tag in headline order.
	Best int `json:"best,omitempty"`
}

// TagsResponse answers POST /v1/tags.
type TagsResponse struct {
	Tags []TagJSON `json:"tags"`
	Line string    `json:"line"`
}

// TagJSON is one derived hashtag. Start and End are the UTF-8 byte span in
// the headline it came from, end exclusive.
type TagJSON struct {
	Text  string `json:"text"`
	Kind  string `json:"kind"` // word, compound, phrase
	Start int    `json:"start"`
	End   int    `json:"end"`
}

func kindName(k hashtag.Kind) string {
	switch k {
	case hashtag.KindWord:
		return "word"
	case hashtag.KindCompound:
		return "compound"
	case hashtag.KindPhrase:
		return "phrase"
	}
	return "word"
}

// suggestedTags are suggestions as tags of the kinds the API names: a
// suggestion of several words is a phrase, a hyphenated one a compound,
// any other a word.
func suggestedTags(headline string, ss []hashtag.Suggestion) []hashtag.Tag {
	tags := make([]hashtag.Tag, len(ss))
	for i, s := range ss {
		kind := hashtag.KindWord
		switch {
		case s.Kind == hashtag.KindCompound:
			kind = hashtag.KindCompound
		case s.Kind == hashtag.KindPhrase || strings.ContainsAny(headline[s.Start:s.End], " \u00a0"):
			kind = hashtag.KindPhrase
		}
		tags[i] = hashtag.Tag{Text: s.Text, Kind: kind, Start: s.Start, End: s.End}
	}
	return tags
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

// defaultNetworks are the networks /v1/links answers when the request names
// none: the default of `sharekit links --network`, so the two agree.
// Shared by every request, never written.
var defaultNetworks = []string{"x", "facebook", "linkedin"}

// LinksResponse answers POST /v1/links.
type LinksResponse struct {
	Links []share.Link `json:"links"`
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

// ExtractResponse answers POST /v1/extract. Indices are code-point offsets
// in text starting at the '#', end exclusive.
type ExtractResponse struct {
	Hashtags []EntityJSON `json:"hashtags"`
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
	g, p := s.generator(req.Options, "options")
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	if req.Best < 0 || req.Best > maxTagCount {
		writeProblem(w, r, fieldProblem("best", fmt.Sprintf("best must be between 0 and %d", maxTagCount)))
		return
	}
	var tags []hashtag.Tag
	if req.Best > 0 {
		tags = suggestedTags(req.Headline, g.Suggest(req.Headline, req.Best))
	} else {
		tags = g.Derive(req.Headline)
	}
	resp := TagsResponse{Tags: make([]TagJSON, len(tags))}
	// The line is built from the tags rather than by g.Line, which would
	// derive them a second time; TestTagsLineMatchesHashtag holds the two equal.
	var line strings.Builder
	for i, t := range tags {
		resp.Tags[i] = TagJSON{Text: t.Text, Kind: kindName(t.Kind), Start: t.Start, End: t.End}
		if i > 0 {
			line.WriteByte(' ')
		}
		line.WriteByte('#')
		line.WriteString(t.Text)
	}
	resp.Line = line.String()
	writeJSON(w, http.StatusOK, &resp)
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

func (s *server) handleLinks(w http.ResponseWriter, r *http.Request) {
	var req LinksRequest
	if p := decodeJSON(w, r, s.cfg.MaxBody, &req); p != nil {
		writeProblem(w, r, p)
		return
	}
	if strings.TrimSpace(req.URL) == "" {
		writeProblem(w, r, fieldProblem("url", "url is required"))
		return
	}
	networks := uniqueNetworks(req.Networks)
	switch {
	case req.All && len(networks) > 0:
		writeProblem(w, r, fieldProblem("all", "all and networks exclude each other: name the networks or ask for all"))
		return
	case req.All:
		// Every network this request has the inputs for: a Mastodon link
		// needs the user's server, so it is left out when no instance is
		// given rather than failing the whole request.
		for _, n := range s.networks {
			if req.Instance == "" && s.needsInstance[n.Name] {
				continue
			}
			networks = append(networks, n.Name)
		}
	case len(networks) == 0:
		networks = defaultNetworks
	default:
		for i, n := range networks {
			if !s.known[n] {
				writeProblem(w, r, fieldProblem(fmt.Sprintf("networks[%d]", i), fmt.Sprintf("unknown network %q; GET /v1/networks lists them", n)))
				return
			}
		}
	}
	post, p := s.sharePost(&req.PostFields)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	links, err := share.Links(post, networks...)
	if err != nil {
		writeProblem(w, r, shareProblem(err))
		return
	}
	if links == nil {
		links = []share.Link{}
	}
	writeJSON(w, http.StatusOK, &LinksResponse{Links: links})
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
	if !s.known[req.Network] {
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
	d, err := share.Draft(req.Network, post)
	if err != nil {
		writeProblem(w, r, shareProblem(err))
		return
	}
	resp := PostResponse{Network: d.Network, Text: d.Text, Length: d.Length, Limit: d.Limit, Over: d.Limit > 0 && d.Length > d.Limit}
	if e := d.Entities; e != nil {
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
	}
	writeJSON(w, http.StatusOK, &resp)
}

func (s *server) handleExtract(w http.ResponseWriter, r *http.Request) {
	var req ExtractRequest
	if p := decodeJSON(w, r, s.cfg.MaxBody, &req); p != nil {
		writeProblem(w, r, p)
		return
	}
	found := hashtag.Extract(req.Text)
	resp := ExtractResponse{Hashtags: make([]EntityJSON, len(found))}
	for i, h := range found {
		resp.Hashtags[i] = EntityJSON{Text: h.Text, Indices: h.Indices}
	}
	writeJSON(w, http.StatusOK, &resp)
}

func (s *server) handleNetworks(w http.ResponseWriter, r *http.Request) {
	resp := NetworksResponse{Networks: make([]NetworkJSON, len(s.networks))}
	for i, n := range s.networks {
		resp.Networks[i] = NetworkJSON{Name: n.Name, Title: n.Title, Limit: n.Limit, NeedsInstance: s.needsInstance[n.Name]}
	}
	writeJSON(w, http.StatusOK, &resp)
}

func (s *server) handleHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, &HealthResponse{Status: "ok"})
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
