package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dghubble/go-twitter/twitter"

	"github.com/sharekit/sharekit/hashtag"
)

func TestRoutesOK(t *testing.T) {
	h := New(Config{})
	seed := func(extra string) string {
		return `{"headline":` + jsonString(seedHeadline) + `,"url":` + jsonString(seedURL) + extra + `}`
	}
	tests := []struct {
		name, method, path, body string
		into                     any
	}{
		{"tags", "POST", "/v1/tags", `{"headline":` + jsonString(seedHeadline) + `}`, &TagsResponse{}},
		{"tags_options", "POST", "/v1/tags", `{"headline":` + jsonString(seedHeadline) + `,"options":{"style":"phrases","case":"lower","max":3}}`, &TagsResponse{}},
		{"links", "POST", "/v1/links", seed(`,"networks":["x","facebook"]`), &LinksResponse{}},
		{"links_default", "POST", "/v1/links", seed(`,"hashtags":["Gaza"],"via":"news"`), &LinksResponse{}},
		{"links_all", "POST", "/v1/links", seed(`,"hashtags":["Gaza"],"via":"news","all":true`), &LinksResponse{}},
		{"post_x", "POST", "/v1/post", seed(`,"network":"x","via":"news"`), &PostResponse{}},
		{"post_mastodon", "POST", "/v1/post", seed(`,"network":"mastodon","instance":"mastodon.social","hashtags":[]`), &PostResponse{}},
		{"extract", "POST", "/v1/extract", `{"text":"Troops to #Gaza for #peacebuilding https://example.com/#notatag"}`, &ExtractResponse{}},
		{"networks", "GET", "/v1/networks", "", &NetworksResponse{}},
		{"healthz", "GET", "/healthz", "", &HealthResponse{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := request(h, tt.method, tt.path, "application/json", tt.body)
			if w.Code != http.StatusOK {
				t.Fatalf("%s %s = %d; want 200 (body %s)", tt.method, tt.path, w.Code, w.Body)
			}
			if ct := w.Header().Get("Content-Type"); ct != "application/json" {
				t.Errorf("%s %s: Content-Type %q; want application/json", tt.method, tt.path, ct)
			}
			dec := json.NewDecoder(bytes.NewReader(w.Body.Bytes()))
			dec.DisallowUnknownFields()
			if err := dec.Decode(tt.into); err != nil {
				t.Fatalf("%s %s: response does not decode into %T: %v", tt.method, tt.path, tt.into, err)
			}
			golden(t, filepath.Join("testdata", "golden", tt.name+".json"), w.Body.Bytes())
		})
	}
}

// TestTagsSeed checks the seed headline's tags end to end, and that the
// line is the tags joined.
func TestTagsSeed(t *testing.T) {
	w := postJSON(New(Config{}), "/v1/tags", `{"headline":`+jsonString(seedHeadline)+`}`)
	var resp TagsResponse
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || w.Code != 200 {
		t.Fatalf("POST /v1/tags = %d %s (%v)", w.Code, w.Body, err)
	}
	if resp.Line != seedLine {
		t.Errorf("POST /v1/tags line = %q; want %q", resp.Line, seedLine)
	}
	var texts []string
	for _, tag := range resp.Tags {
		texts = append(texts, "#"+tag.Text)
		if tag.Start < 0 || tag.End > len(seedHeadline) || tag.Start >= tag.End {
			t.Errorf("tag %+v: span [%d,%d) not inside the %d-byte headline", tag, tag.Start, tag.End, len(seedHeadline))
		}
	}
	if got := strings.Join(texts, " "); got != resp.Line {
		t.Errorf("tags joined = %q; want the line %q", got, resp.Line)
	}
}

// TestTagsBest: with "best", /v1/tags answers Suggest's tags best first,
// and the headline's other word tags under "rest", none of them from the
// same words as a suggestion.
func TestTagsBest(t *testing.T) {
	for _, body := range []string{
		`{"headline":` + jsonString(seedHeadline) + `,"best":3}`,
		`{"headline":` + jsonString(seedHeadline) + `,"options":{"best":3}}`,
	} {
		w := postJSON(New(Config{}), "/v1/tags", body)
		var resp TagsResponse
		if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || w.Code != 200 {
			t.Fatalf("POST /v1/tags %s = %d %s (%v)", body, w.Code, w.Body, err)
		}
		if want := hashtag.New(hashtag.Options{Best: 3}).Line(seedHeadline); resp.Line != want {
			t.Errorf("POST /v1/tags %s line = %q; want %q", body, resp.Line, want)
		}
		var rest []string
		for _, r := range resp.Rest {
			rest = append(rest, r.Text)
		}
		if got, want := strings.Join(rest, " "), "Grateful offer send troops peacebuilding"; got != want {
			t.Errorf("POST /v1/tags %s rest = %q; want %q", body, got, want)
		}
		if len(resp.Tags) == 0 || resp.Tags[0].Kind != hashtag.KindPlace {
			t.Errorf("POST /v1/tags %s: first tag %+v; want a place (Pakistan)", body, resp.Tags)
		}
	}
	for _, body := range []string{`{"headline":"x","best":-1}`, `{"headline":"x","best":101}`, `{"headline":"x","options":{"best":1000}}`} {
		if w := postJSON(New(Config{}), "/v1/tags", body); w.Code != 400 {
			t.Errorf("POST /v1/tags %s = %d; want 400", body, w.Code)
		}
	}
}

// TestTagsLineMatchesHashtag checks the property that the line the server
// builds from the tags is what hashtag's own Line makes, for every option
// set and a few awkward headlines.
func TestTagsLineMatchesHashtag(t *testing.T) {
	h := New(Config{})
	headlines := []string{seedHeadline, "Troops to Gaza", "the of and", "Ünïcödé café in São Paulo", "COVID-19 cases rise in New York City", "a"}
	for _, style := range []string{"words", "phrases", "combined"} {
		for _, kase := range []string{"keep", "camel", "lower"} {
			for _, hl := range headlines {
				var o TagOptions
				if err := errors.Join(o.Style.UnmarshalText([]byte(style)), o.Case.UnmarshalText([]byte(kase))); err != nil {
					t.Fatal(err)
				}
				body, _ := json.Marshal(TagsRequest{Headline: hl, Options: o})
				w := postJSON(h, "/v1/tags", string(body))
				var resp TagsResponse
				if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || w.Code != 200 {
					t.Fatalf("POST /v1/tags %s = %d %s", body, w.Code, w.Body)
				}
				opts, _ := o.hashtagOptions("options")
				if want := hashtag.New(opts).Line(hl); resp.Line != want {
					t.Errorf("POST /v1/tags %s line = %q; want hashtag's Line %q", body, resp.Line, want)
				}
			}
		}
	}
}

func TestLinksFollowRequest(t *testing.T) {
	h := New(Config{})
	w := postJSON(h, "/v1/links", `{"headline":`+jsonString(seedHeadline)+`,"url":`+jsonString(seedURL)+`,"networks":["facebook","x"]}`)
	var resp LinksResponse
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || w.Code != 200 {
		t.Fatalf("POST /v1/links = %d %s (%v)", w.Code, w.Body, err)
	}
	if len(resp.Links) != 2 || resp.Links[0].Network != "facebook" || resp.Links[1].Network != "x" {
		t.Fatalf("links = %+v; want facebook then x", resp.Links)
	}
	if x := resp.Links[1].URL; !strings.HasPrefix(x, "https://x.com/intent/tweet?") || !strings.Contains(x, "news.example.com") {
		t.Errorf("x link = %q; want an x.com intent carrying the article URL", x)
	}
}

// TestLinksNetworkChoice checks that /v1/links picks networks as
// `sharekit links` does: none named gives the CLI's default (x, facebook,
// linkedin); all gives every network the request has the inputs for, in
// GET /v1/networks order, Mastodon only with an instance.
func TestLinksNetworkChoice(t *testing.T) {
	h := New(Config{})
	var nr NetworksResponse
	if err := json.Unmarshal(request(h, "GET", "/v1/networks", "", "").Body.Bytes(), &nr); err != nil {
		t.Fatal(err)
	}
	var every, everyButInstance []string
	for _, n := range nr.Networks {
		every = append(every, n.Name)
		if !n.NeedsInstance {
			everyButInstance = append(everyButInstance, n.Name)
		}
	}
	if !slices.Contains(every, "mastodon") || slices.Contains(everyButInstance, "mastodon") {
		t.Fatalf("GET /v1/networks = %+v; want mastodon listed with needs_instance", nr.Networks)
	}
	url := `"url":` + jsonString(seedURL)
	tests := []struct {
		name, body string
		want       []string
	}{
		{"default", `{` + url + `}`, []string{"x", "facebook", "linkedin"}},
		{"default_empty_list", `{` + url + `,"networks":[]}`, []string{"x", "facebook", "linkedin"}},
		{"default_ignores_instance", `{` + url + `,"instance":"mastodon.social"}`, []string{"x", "facebook", "linkedin"}},
		{"named", `{` + url + `,"networks":["mastodon","x"],"instance":"mastodon.social"}`, []string{"mastodon", "x"}},
		{"all_without_instance", `{` + url + `,"all":true}`, everyButInstance},
		{"all_with_instance", `{` + url + `,"all":true,"instance":"mastodon.social"}`, every},
		{"all_false", `{` + url + `,"all":false}`, []string{"x", "facebook", "linkedin"}},
		{"named_twice", `{` + url + `,"networks":["x","facebook","x"]}`, []string{"x", "facebook"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := postJSON(h, "/v1/links", tt.body)
			var lr LinksResponse
			if err := json.Unmarshal(w.Body.Bytes(), &lr); err != nil || w.Code != 200 {
				t.Fatalf("POST /v1/links %s = %d %s (%v)", tt.body, w.Code, w.Body, err)
			}
			var got []string
			for _, l := range lr.Links {
				got = append(got, l.Network)
				if l.Network == "mastodon" && !strings.HasPrefix(l.URL, "https://mastodon.social/") {
					t.Errorf("POST /v1/links %s: mastodon link %q; want one on mastodon.social", tt.body, l.URL)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("POST /v1/links %s gave links for %q; want %q", tt.body, got, tt.want)
			}
		})
	}

	// /v1/batch takes the same choice as query parameters.
	in := `{"headline":"Storm hits coast","url":` + jsonString(seedURL) + `}` + "\n"
	batchTests := []struct {
		name, query string
		want        []string
	}{
		{"all_without_instance", "all=true", everyButInstance},
		{"all_with_instance", "all=true&instance=mastodon.social", every},
		{"named_twice", "networks=x,facebook,x", []string{"x", "facebook"}},
		{"mastodon_with_instance", "networks=mastodon&instance=mastodon.social", []string{"mastodon"}},
	}
	for _, tt := range batchTests {
		t.Run("batch_"+tt.name, func(t *testing.T) {
			w := request(h, "POST", "/v1/batch?"+tt.query, "application/x-ndjson", in)
			var rec struct {
				Links map[string]string `json:"links"`
				Error string            `json:"error"`
			}
			if err := json.Unmarshal(w.Body.Bytes(), &rec); err != nil || w.Code != 200 || rec.Error != "" {
				t.Fatalf("POST /v1/batch?%s = %d %s (%v)", tt.query, w.Code, w.Body, err)
			}
			var got []string
			for n := range rec.Links {
				got = append(got, n)
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.want))
			if !slices.Equal(got, want) {
				t.Errorf("POST /v1/batch?%s gave links for %q; want %q", tt.query, got, want)
			}
		})
	}
}

func TestPostCountsLikeX(t *testing.T) {
	h := New(Config{})
	w := postJSON(h, "/v1/post", `{"headline":`+jsonString(seedHeadline)+`,"url":`+jsonString(seedURL)+`,"network":"x","via":"@news"}`)
	var resp PostResponse
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || w.Code != 200 {
		t.Fatalf("POST /v1/post = %d %s (%v)", w.Code, w.Body, err)
	}
	if resp.Limit != 280 || resp.Length <= 0 || resp.Over != (resp.Length > resp.Limit) {
		t.Errorf("post = %+v; want limit 280, a positive length and over = length > limit", resp)
	}
	if !strings.Contains(resp.Text, seedURL) {
		t.Errorf("post text %q does not carry the URL", resp.Text)
	}
	e := resp.Entities
	if e == nil || len(e.URLs) != 1 || len(e.UserMentions) != 1 || len(e.Hashtags) == 0 {
		t.Fatalf("post entities = %+v; want hashtags, the one URL and the via mention", e)
	}
	// Indices are code points into the text and slice back to the entity,
	// starting at the '#' or '@' as the Twitter API's do.
	runes := []rune(resp.Text)
	slice := func(what string, ix [2]int) string {
		t.Helper()
		if ix[0] < 0 || ix[1] > len(runes) || ix[0] >= ix[1] {
			t.Errorf("%s indices %v out of the %d-code-point text %q", what, ix, len(runes), resp.Text)
			return ""
		}
		return string(runes[ix[0]:ix[1]])
	}
	for _, h := range e.Hashtags {
		if got := slice("hashtag", h.Indices); got != "#"+h.Text {
			t.Errorf("hashtag %+v slices to %q; want %q", h, got, "#"+h.Text)
		}
	}
	u := e.URLs[0]
	if got := slice("url", u.Indices); got != u.URL || u.URL != seedURL || u.ExpandedURL != seedURL {
		t.Errorf("url entity %+v slices to %q; want url and expanded_url %q", u, got, seedURL)
	}
	if u.DisplayURL == "" || strings.Contains(u.DisplayURL, "://") {
		t.Errorf("url entity display_url %q; want the URL without its scheme", u.DisplayURL)
	}
	m := e.UserMentions[0]
	if got := slice("mention", m.Indices); got != "@news" || m.ScreenName != "news" {
		t.Errorf("mention %+v slices to %q; want screen_name news at @news", m, got)
	}
}

// TestPostEntitiesSpeakTwitter decodes /v1/post's entities into
// go-twitter's twitter.Entities, the types `sharekit post --format json`
// prints: every field the API sends must land in a Twitter field of the
// same meaning, so a client that reads Twitter API entities reads these.
func TestPostEntitiesSpeakTwitter(t *testing.T) {
	w := postJSON(New(Config{}), "/v1/post", `{"headline":`+jsonString(seedHeadline)+`,"url":`+jsonString(seedURL)+`,"network":"x","via":"news"}`)
	var raw struct {
		Entities json.RawMessage `json:"entities"`
	}
	var ours PostResponse
	if err := json.Unmarshal(w.Body.Bytes(), &raw); err != nil || w.Code != 200 {
		t.Fatalf("POST /v1/post = %d %s (%v)", w.Code, w.Body, err)
	}
	_ = json.Unmarshal(w.Body.Bytes(), &ours)
	var tw twitter.Entities
	dec := json.NewDecoder(bytes.NewReader(raw.Entities))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&tw); err != nil {
		t.Fatalf("entities %s do not decode as twitter.Entities: %v", raw.Entities, err)
	}
	var back EntitiesJSON
	back.Hashtags = []EntityJSON{}
	back.URLs = []URLEntityJSON{}
	back.UserMentions = []MentionEntityJSON{}
	for _, h := range tw.Hashtags {
		back.Hashtags = append(back.Hashtags, EntityJSON{Text: h.Text, Indices: h.Indices})
	}
	for _, u := range tw.Urls {
		back.URLs = append(back.URLs, URLEntityJSON{URL: u.URL, DisplayURL: u.DisplayURL, ExpandedURL: u.ExpandedURL, Indices: u.Indices})
	}
	for _, m := range tw.UserMentions {
		back.UserMentions = append(back.UserMentions, MentionEntityJSON{ScreenName: m.ScreenName, Indices: m.Indices})
	}
	if !reflect.DeepEqual(&back, ours.Entities) {
		t.Errorf("entities read as twitter.Entities = %+v; want what was sent, %+v", back, *ours.Entities)
	}
}

func TestErrors(t *testing.T) {
	h := New(Config{})
	long := strings.Repeat("a", 300)
	tests := []struct {
		name, method, path, ctype, body string
		status                          int
		field                           string
	}{
		{"not_found", "GET", "/nope", "", "", 404, ""},
		{"not_found_v1", "POST", "/v1/nope", "application/json", "{}", 404, ""},
		{"method_tags", "GET", "/v1/tags", "", "", 405, ""},
		{"method_page", "DELETE", "/", "", "", 405, ""},
		{"method_options_without_cors", "OPTIONS", "/v1/tags", "", "", 405, ""},
		{"no_content_type", "POST", "/v1/tags", "", `{"headline":"x"}`, 415, ""},
		{"text_plain", "POST", "/v1/tags", "text/plain", `{"headline":"x"}`, 415, ""},
		{"form", "POST", "/v1/links", "application/x-www-form-urlencoded", "url=x", 415, ""},
		{"empty", "POST", "/v1/tags", "application/json", "", 400, ""},
		{"malformed", "POST", "/v1/tags", "application/json", `{"headline":`, 400, ""},
		{"syntax", "POST", "/v1/tags", "application/json", `{"headline" "x"}`, 400, ""},
		{"array", "POST", "/v1/tags", "application/json", `["x"]`, 400, ""},
		{"two_values", "POST", "/v1/tags", "application/json", `{"headline":"a"}{"headline":"b"}`, 400, ""},
		{"unknown_field", "POST", "/v1/tags", "application/json", `{"headline":"a","colour":1}`, 400, "colour"},
		{"unknown_option", "POST", "/v1/tags", "application/json", `{"headline":"a","options":{"styel":"words"}}`, 400, "options.styel"},
		{"wrong_type", "POST", "/v1/tags", "application/json", `{"headline":5}`, 400, "headline"},
		{"wrong_option_type", "POST", "/v1/tags", "application/json", `{"headline":"a","options":{"max":"3"}}`, 400, "options.max"},
		{"no_headline", "POST", "/v1/tags", "application/json", `{"headline":"  "}`, 400, "headline"},
		{"bad_style", "POST", "/v1/tags", "application/json", `{"headline":"a","options":{"style":"poetry"}}`, 400, "options.style"},
		{"bad_case", "POST", "/v1/tags", "application/json", `{"headline":"a","options":{"case":"upper"}}`, 400, "options.case"},
		{"style_number", "POST", "/v1/tags", "application/json", `{"headline":"a","options":{"style":1}}`, 400, "options.style"},
		{"links_bad_style", "POST", "/v1/links", "application/json", `{"url":"https://example.com/","options":{"style":"poetry"}}`, 400, "options.style"},
		{"batch_bad_case", "POST", "/v1/batch?case=upper", "application/x-ndjson", `{"headline":"x"}`, 400, "case"},
		{"batch_negative_best", "POST", "/v1/batch?best=-1", "application/x-ndjson", `{"headline":"x"}`, 400, "best"},
		{"too_many_best", "POST", "/v1/tags", "application/json", `{"headline":"a","options":{"best":101}}`, 400, "options.best"},
		{"bad_lang", "POST", "/v1/tags", "application/json", `{"headline":"a","options":{"lang":"` + long + `"}}`, 400, "options.lang"},
		{"bad_lang_syntax", "POST", "/v1/tags", "application/json", `{"headline":"a","options":{"lang":"xx-!!"}}`, 400, "options.lang"},
		{"batch_bad_lang", "POST", "/v1/batch?lang=!!", "application/x-ndjson", `{"headline":"x"}`, 400, "lang"},
		{"negative_max", "POST", "/v1/tags", "application/json", `{"headline":"a","options":{"max":-1}}`, 400, "options.max"},
		{"huge_min_length", "POST", "/v1/tags", "application/json", `{"headline":"a","options":{"min_length":1000000}}`, 400, "options.min_length"},
		{"links_no_url", "POST", "/v1/links", "application/json", `{"headline":"a"}`, 400, "url"},
		{"links_all_and_networks", "POST", "/v1/links", "application/json", `{"url":"https://example.com/","all":true,"networks":["x"]}`, 400, "all"},
		{"links_all_wrong_type", "POST", "/v1/links", "application/json", `{"url":"https://example.com/","all":"yes"}`, 400, "all"},
		{"links_unknown_network", "POST", "/v1/links", "application/json", `{"url":"https://example.com/","networks":["x","myspace"]}`, 400, "networks[1]"},
		{"links_unknown_network_after_blank", "POST", "/v1/links", "application/json", `{"url":"https://example.com/","networks":["","myspace"]}`, 400, "networks[1]"},
		{"links_mastodon_no_instance", "POST", "/v1/links", "application/json", `{"url":"https://example.com/","networks":["x","mastodon"]}`, 400, "instance"},
		{"links_blank_networks", "POST", "/v1/links", "application/json", `{"url":"https://example.com/","networks":[" "]}`, 400, "networks"},
		{"links_javascript_url", "POST", "/v1/links", "application/json", `{"url":"javascript:alert(1)"}`, 400, "url"},
		{"links_bad_hashtag", "POST", "/v1/links", "application/json", `{"url":"https://example.com/","hashtags":["ok","not a tag"]}`, 400, "hashtags[1]"},
		{"links_negative_instance_limit", "POST", "/v1/links", "application/json", `{"url":"https://example.com/","instance_limit":-5}`, 400, "instance_limit"},
		{"post_no_network", "POST", "/v1/post", "application/json", `{"headline":"a"}`, 400, "network"},
		{"post_unknown_network", "POST", "/v1/post", "application/json", `{"headline":"a","network":"myspace"}`, 400, "network"},
		{"post_nothing", "POST", "/v1/post", "application/json", `{"network":"x"}`, 400, "headline"},
		{"post_bad_url", "POST", "/v1/post", "application/json", `{"network":"x","headline":"a","url":"ftp://example.com/x"}`, 400, "url"},
		{"extract_wrong_type", "POST", "/v1/extract", "application/json", `{"text":["#a"]}`, 400, "text"},
		{"batch_content_type", "POST", "/v1/batch", "text/csv", "headline\nx\n", 415, ""},
		{"batch_unknown_param", "POST", "/v1/batch?colour=red", "application/x-ndjson", `{"headline":"x"}`, 400, "colour"},
		{"batch_bad_max", "POST", "/v1/batch?max=lots", "application/x-ndjson", `{"headline":"x"}`, 400, "max"},
		{"batch_bad_style", "POST", "/v1/batch?style=poetry", "application/x-ndjson", `{"headline":"x"}`, 400, "style"},
		{"batch_unknown_network", "POST", "/v1/batch?networks=x,myspace", "application/x-ndjson", `{"headline":"x"}`, 400, "networks"},
		{"batch_mastodon_no_instance", "POST", "/v1/batch?networks=mastodon", "application/x-ndjson", `{"headline":"x","url":"https://example.com/"}`, 400, "instance"},
		{"batch_all_and_networks", "POST", "/v1/batch?all=true&networks=x", "application/x-ndjson", `{"headline":"x"}`, 400, "all"},
		{"batch_bad_all", "POST", "/v1/batch?all=yes", "application/x-ndjson", `{"headline":"x"}`, 400, "all"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := request(h, tt.method, tt.path, tt.ctype, tt.body)
			what := tt.method + " " + tt.path + " " + tt.body
			path, _, _ := strings.Cut(tt.path, "?")
			p := checkProblem(t, what, w, path, tt.status)
			if p.Field != tt.field {
				t.Errorf("%s: problem field %q; want %q (detail %q)", what, p.Field, tt.field, p.Detail)
			}
			if tt.status == 405 {
				if allow := w.Header().Get("Allow"); allow == "" {
					t.Errorf("%s: 405 without an Allow header", what)
				}
			}
		})
	}
}

func TestMaxBody(t *testing.T) {
	const limit = 256
	h := New(Config{MaxBody: limit})
	fit := func(n int) string { // a valid request of exactly n bytes
		s := `{"headline":"Gaza"}`
		return s[:len(s)-1] + strings.Repeat(" ", n-len(s)) + "}"
	}
	t.Run("at_limit", func(t *testing.T) {
		if w := postJSON(h, "/v1/tags", fit(limit)); w.Code != 200 {
			t.Errorf("a %d-byte body under a %d-byte limit = %d; want 200 (%s)", limit, limit, w.Code, w.Body)
		}
	})
	t.Run("over_limit", func(t *testing.T) {
		checkProblem(t, "body one byte over", postJSON(h, "/v1/tags", fit(limit+1)), "/v1/tags", 413)
	})
	t.Run("over_limit_chunked", func(t *testing.T) {
		// No Content-Length: the limit must hold while reading.
		req := httptest.NewRequest("POST", "/v1/links", io.MultiReader(strings.NewReader(fit(limit*4))))
		req.ContentLength = -1
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		checkProblem(t, "chunked body over the limit", w, "/v1/links", 413)
	})
	t.Run("batch_excepted", func(t *testing.T) {
		var body strings.Builder
		n := 0
		for body.Len() <= 4*limit {
			body.WriteString(`{"headline":"Troops to Gaza for peacebuilding"}` + "\n")
			n++
		}
		w := request(h, "POST", "/v1/batch", "application/x-ndjson", body.String())
		if w.Code != 200 {
			t.Fatalf("POST /v1/batch with a %d-byte body (limit %d) = %d; want 200 (%s)", body.Len(), limit, w.Code, w.Body)
		}
		if got := strings.Count(w.Body.String(), "\n"); got != n {
			t.Errorf("POST /v1/batch: %d output lines for %d input lines", got, n)
		}
	})
}

func TestBatchStreamsOneRecordPerLine(t *testing.T) {
	h := New(Config{})
	in := strings.Join([]string{
		`{"headline":` + jsonString(seedHeadline) + `,"url":` + jsonString(seedURL) + `}`,
		`{"headline":"Troops to Gaza"}`,
		`not json at all`,
		`{"headline":"Last one","url":"javascript:alert(1)"}`,
	}, "\n") + "\n"
	w := request(h, "POST", "/v1/batch?networks=x,facebook&style=words", "application/x-ndjson", in)
	if w.Code != 200 {
		t.Fatalf("POST /v1/batch = %d; want 200 (%s)", w.Code, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); ct != "application/x-ndjson" {
		t.Errorf("POST /v1/batch: Content-Type %q; want application/x-ndjson", ct)
	}
	lines := strings.Split(strings.TrimSuffix(w.Body.String(), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("POST /v1/batch: %d output lines for 4 input lines:\n%s", len(lines), w.Body)
	}
	for i, l := range lines {
		if !json.Valid([]byte(l)) {
			t.Errorf("output line %d is not JSON: %s", i+1, l)
		}
	}
	if !strings.Contains(lines[0], "Pakistan") {
		t.Errorf("first output line %s does not belong to the first input", lines[0])
	}
}

func TestToken(t *testing.T) {
	const token = "s3cret-token"
	h := New(Config{Token: token})
	body := `{"text":"#Gaza"}`
	tests := []struct {
		name, auth string
		status     int
	}{
		{"none", "", 401},
		{"wrong", "Bearer nope", 401},
		{"prefix", "Bearer s3cret", 401},
		{"basic", "Basic " + token, 401},
		{"right", "Bearer " + token, 200},
		{"lower_scheme", "bearer " + token, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w *httptest.ResponseRecorder
			if tt.auth == "" {
				w = postJSON(h, "/v1/extract", body)
			} else {
				w = postJSON(h, "/v1/extract", body, "Authorization", tt.auth)
			}
			if tt.status == 401 {
				checkProblem(t, "Authorization "+tt.auth, w, "/v1/extract", 401)
				if !strings.HasPrefix(w.Header().Get("WWW-Authenticate"), "Bearer") {
					t.Errorf("401 without a Bearer WWW-Authenticate header")
				}
				if strings.Contains(w.Body.String(), token) {
					t.Errorf("401 body mentions the token")
				}
			} else if w.Code != tt.status {
				t.Errorf("Authorization %q = %d; want %d", tt.auth, w.Code, tt.status)
			}
		})
	}
	t.Run("every_v1_route", func(t *testing.T) {
		for _, rt := range routeTable() {
			if !strings.HasPrefix(rt.Path, "/v1/") {
				continue
			}
			checkProblem(t, rt.Method+" "+rt.Path+" without token", request(h, rt.Method, rt.Path, "application/json", "{}"), rt.Path, 401)
		}
	})
	t.Run("open_routes", func(t *testing.T) {
		for _, p := range []string{"/", "/app.js", "/app.css", "/openapi.json", "/healthz"} {
			if w := request(h, "GET", p, "", ""); w.Code != 200 {
				t.Errorf("GET %s with a token configured but not sent = %d; want 200", p, w.Code)
			}
		}
	})
}

func TestCORS(t *testing.T) {
	const cms = "https://cms.example.com"
	t.Run("off_by_default", func(t *testing.T) {
		w := postJSON(New(Config{}), "/v1/extract", `{"text":"#a"}`, "Origin", cms)
		if v := w.Header().Get("Access-Control-Allow-Origin"); v != "" {
			t.Errorf("CORS off: Access-Control-Allow-Origin %q; want none", v)
		}
	})
	h := New(Config{CORSOrigin: cms + ", https://other.example", Token: "t"})
	t.Run("allowed_origin", func(t *testing.T) {
		w := postJSON(h, "/v1/extract", `{"text":"#a"}`, "Origin", cms, "Authorization", "Bearer t")
		if w.Code != 200 || w.Header().Get("Access-Control-Allow-Origin") != cms {
			t.Errorf("allowed origin: %d, Access-Control-Allow-Origin %q; want 200 and %q", w.Code, w.Header().Get("Access-Control-Allow-Origin"), cms)
		}
	})
	t.Run("preflight_without_token", func(t *testing.T) {
		w := request(h, "OPTIONS", "/v1/links", "", "", "Origin", cms, "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type")
		if w.Code != 204 {
			t.Fatalf("preflight = %d; want 204 (%s)", w.Code, w.Body)
		}
		for k, want := range map[string]string{
			"Access-Control-Allow-Origin":  cms,
			"Access-Control-Allow-Methods": "GET, POST",
			"Access-Control-Allow-Headers": "Authorization, Content-Type",
		} {
			if got := w.Header().Get(k); got != want {
				t.Errorf("preflight %s = %q; want %q", k, got, want)
			}
		}
	})
	t.Run("other_origin", func(t *testing.T) {
		w := postJSON(h, "/v1/extract", `{"text":"#a"}`, "Origin", "https://evil.example", "Authorization", "Bearer t")
		if v := w.Header().Get("Access-Control-Allow-Origin"); v != "" {
			t.Errorf("other origin: Access-Control-Allow-Origin %q; want none", v)
		}
		p := request(h, "OPTIONS", "/v1/links", "", "", "Origin", "https://evil.example", "Access-Control-Request-Method", "POST")
		checkProblem(t, "preflight from another origin", p, "/v1/links", 403)
	})
}

func TestConcurrencyCap(t *testing.T) {
	h := New(Config{MaxConcurrent: 1})
	pr, pw := io.Pipe()
	done := make(chan int)
	go func() {
		req := httptest.NewRequest("POST", "/v1/tags", pr)
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		done <- w.Code
	}()
	// Once the first request is reading its body it holds the only slot.
	if _, err := pw.Write([]byte(`{"headline":`)); err != nil {
		t.Fatal(err)
	}
	w := postJSON(h, "/v1/tags", `{"headline":"x"}`)
	checkProblem(t, "second request over the cap", w, "/v1/tags", 503)
	if w.Header().Get("Retry-After") == "" {
		t.Errorf("503 without Retry-After")
	}
	if w := request(h, "GET", "/healthz", "", ""); w.Code != 200 {
		t.Errorf("GET /healthz at the cap = %d; want 200 (health checks are not capped)", w.Code)
	}
	pw.Write([]byte(`""}`))
	pw.Close()
	if code := receive(t, done, "the first request's answer"); code != 400 {
		t.Errorf("first request = %d; want 400 (empty headline)", code)
	}
	if w := postJSON(h, "/v1/tags", `{"headline":""}`); w.Code == 503 {
		t.Errorf("the slot was not released after the first request")
	}
}

func TestPanicBecomesBare500(t *testing.T) {
	var logs bytes.Buffer
	s := New(Config{Logger: slog.New(slog.NewTextHandler(&logs, nil))}).(*server)
	s.routes["/boom"] = map[string]*route{"GET": {handle: func(*server, http.ResponseWriter, *http.Request) {
		panic("secret internal state")
	}}}
	w := request(s, "GET", "/boom", "", "")
	checkProblem(t, "panicking handler", w, "/boom", 500)
	if strings.Contains(w.Body.String(), "secret") {
		t.Errorf("500 body %s reveals the panic", w.Body)
	}
	if !strings.Contains(logs.String(), "secret internal state") || !strings.Contains(logs.String(), "stack=") {
		t.Errorf("the panic and its stack were not logged:\n%s", logs.String())
	}
}

func TestAccessLog(t *testing.T) {
	var logs bytes.Buffer
	h := New(Config{Token: "hunter2", Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	postJSON(h, "/v1/extract", `{"text":"#a"}`, "Authorization", "Bearer hunter2")
	var rec map[string]any
	if err := json.Unmarshal(logs.Bytes(), &rec); err != nil {
		t.Fatalf("access log is not one JSON record: %v\n%s", err, logs.String())
	}
	for _, k := range []string{"method", "path", "status", "bytes", "duration", "remote"} {
		if _, ok := rec[k]; !ok {
			t.Errorf("access log record lacks %q: %s", k, logs.String())
		}
	}
	if rec["path"] != "/v1/extract" || rec["status"] != float64(200) {
		t.Errorf("access log record %v; want path /v1/extract, status 200", rec)
	}
	if strings.Contains(logs.String(), "hunter2") {
		t.Errorf("access log contains the token")
	}
}

func TestPage(t *testing.T) {
	h := New(Config{})
	for _, tt := range []struct{ path, ctype string }{
		{"/", "text/html; charset=utf-8"},
		{"/app.js", "text/javascript; charset=utf-8"},
		{"/app.css", "text/css; charset=utf-8"},
		{"/openapi.json", "application/json"},
	} {
		w := request(h, "GET", tt.path, "", "")
		if w.Code != 200 || w.Header().Get("Content-Type") != tt.ctype {
			t.Errorf("GET %s = %d %q; want 200 %q", tt.path, w.Code, w.Header().Get("Content-Type"), tt.ctype)
		}
		if w.Header().Get("Content-Security-Policy") != contentSecurityPolicy {
			t.Errorf("GET %s: Content-Security-Policy %q; want %q", tt.path, w.Header().Get("Content-Security-Policy"), contentSecurityPolicy)
		}
		if w.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: no X-Content-Type-Options: nosniff", tt.path)
		}
		etag := w.Header().Get("ETag")
		if c := request(h, "GET", tt.path, "", "", "If-None-Match", etag); c.Code != 304 {
			t.Errorf("GET %s with If-None-Match %s = %d; want 304", tt.path, etag, c.Code)
		}
	}
	if w := request(h, "HEAD", "/", "", ""); w.Code != 200 || w.Body.Len() != 0 {
		t.Errorf("HEAD / = %d with %d body bytes; want 200 and none", w.Code, w.Body.Len())
	}
}

// TestPageIsCSPClean checks statically what the CSP would refuse and what
// would let input become markup: inline script or style, inline event
// handlers, external resources, and HTML-parsing DOM calls.
func TestPageIsCSPClean(t *testing.T) {
	html, _ := files.ReadFile("web/index.html")
	js, _ := files.ReadFile("web/app.js")
	css, _ := files.ReadFile("web/app.css")
	for _, bad := range []string{"@import", "url("} {
		if bytes.Contains(css, []byte(bad)) {
			t.Errorf("app.css uses %q", bad)
		}
	}
	for _, bad := range []string{"<script>", "style=", " onclick", " onload", " onerror", `src="http`, `href="http`, `src="//`, `href="//`, "<style"} {
		if bytes.Contains(html, []byte(bad)) {
			t.Errorf("index.html contains %q, which the CSP forbids or which loads from elsewhere", bad)
		}
	}
	for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "http://", "https://"} {
		if bytes.Contains(js, []byte(bad)) {
			t.Errorf("app.js uses %q", bad)
		}
	}
}

func TestGracefulShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("skipping: cannot listen on loopback: %v", err)
	}
	base := "http://" + ln.Addr().String()
	msgs := make(chan string, 16)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, ln, Config{MaxConcurrent: 1, Logger: slog.New(chanHandler{msgs})}) }()
	waitLog(t, msgs, "listening")

	// A request whose body is still arriving when shutdown begins.
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", base+"/v1/tags", pr)
	req.Header.Set("Content-Type", "application/json")
	type result struct {
		code int
		err  error
	}
	first := make(chan result, 1)
	go func() {
		r, err := http.DefaultClient.Do(req)
		if err != nil {
			first <- result{0, err}
			return
		}
		io.Copy(io.Discard, r.Body)
		r.Body.Close()
		first <- result{r.StatusCode, nil}
	}()
	if _, err := pw.Write([]byte(`{"headline":`)); err != nil {
		t.Fatal(err)
	}
	// The server caps concurrency at 1, so a probe gets 503 exactly when
	// the first request is inside its handler.
	probe := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	// A deadline rather than a probe count: on a loaded machine (CI under
	// -race) the first request can take a while to be scheduled, and a
	// pause between probes keeps them from crowding it out.
	deadline := time.Now().Add(testWait)
	for {
		r, err := probe.Post(base+"/v1/tags", "application/json", strings.NewReader(`{"headline":""}`))
		if err != nil {
			t.Fatalf("probe: %v", err)
		}
		r.Body.Close()
		if r.StatusCode == http.StatusServiceUnavailable {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the first request never reached its handler")
		}
		time.Sleep(time.Millisecond)
	}

	cancel()
	waitLog(t, msgs, "shutting down")
	if _, err := pw.Write([]byte(`""}`)); err != nil {
		t.Fatalf("finishing the in-flight body after shutdown began: %v", err)
	}
	pw.Close()
	if r := receive(t, first, "the in-flight request's answer"); r.err != nil || r.code != http.StatusBadRequest {
		t.Errorf("in-flight request during shutdown = %d, %v; want its own answer (400)", r.code, r.err)
	}
	if err := receive(t, served, "Serve returning after shutdown"); err != nil {
		t.Errorf("Serve after shutdown = %v; want nil", err)
	}
	if _, err := probe.Get(base + "/healthz"); err == nil {
		t.Errorf("GET /healthz after shutdown succeeded; want the listener closed")
	}
}

// waitLog reads server messages until want arrives, failing the test if it
// has not within testWait.
func waitLog(t *testing.T, msgs chan string, want string) {
	t.Helper()
	deadline := time.NewTimer(testWait)
	defer deadline.Stop()
	for {
		select {
		case m := <-msgs:
			if m == want {
				return
			}
		case <-deadline.C:
			t.Fatalf("the server did not log %q within %v", want, testWait)
		}
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// golden compares got with the golden file, or rewrites it under -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("response differs from %s (go test -update rewrites it):\n got: %s\nwant: %s", path, got, want)
	}
}

// TestUnregisteredLang checks that a well-formed BCP 47 tag is accepted even
// when its subtags are not registered: it gets no stopword list.
func TestUnregisteredLang(t *testing.T) {
	h := New(Config{})
	for _, lang := range []string{"xx", "zz-ZZ"} {
		body := `{"headline":"The storm","options":{"lang":"` + lang + `"}}`
		if w := postJSON(h, "/v1/tags", body); w.Code != 200 {
			t.Errorf("POST /v1/tags %s = %d %s; want 200", body, w.Code, w.Body)
		}
		if w := request(h, "POST", "/v1/batch?lang="+lang, "application/x-ndjson", `{"headline":"The storm"}`); w.Code != 200 || strings.Contains(w.Body.String(), `"error"`) {
			t.Errorf("POST /v1/batch?lang=%s = %d %s; want 200 without an error record", lang, w.Code, w.Body)
		}
	}
}
