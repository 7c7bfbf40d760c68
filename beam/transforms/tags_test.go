package transforms

import (
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/internal/batch"
	"github.com/sharekit/sharekit/share"
)

var sampleHeadlines = []string{
	"Obama visits Berlin to meet Merkel",
	"EU leaders agree on climate deal in Brussels",
	"",
	"東京で桜が満開",
}

// wantItems are the items Tags should give: what hashtag.Derive gives.
func wantItems(opts hashtag.Options, urls []string) []any {
	gen := hashtag.New(opts)
	var want []any
	for i, h := range sampleHeadlines {
		it := Item{Headline: h, Tags: tagTexts(gen, h)}
		if urls != nil {
			it.URL = urls[i]
		}
		want = append(want, it)
	}
	return want
}

func TestTags(t *testing.T) {
	for _, opts := range []hashtag.Options{{}, {Best: 2}, {Case: hashtag.CaseLower, Max: 2}} {
		t.Run("", func(t *testing.T) {
			want := wantItems(opts, nil)
			if len(want[0].(Item).Tags) == 0 {
				t.Fatal("the first sample headline has no tags: the test would check nothing")
			}
			p, s := beam.NewPipelineWithRoot()
			headlines := beam.CreateList(s, sampleHeadlines)
			passert.Equals(s, Tags(s, headlines, opts), want...)
			ptest.RunAndValidate(t, p)
		})
	}
}

func TestTagsOfItemsKeepsURL(t *testing.T) {
	urls := []string{"https://example.com/1", "https://example.com/2", "", "https://example.com/4"}
	var items []Item
	for i, h := range sampleHeadlines {
		items = append(items, Item{Headline: h, URL: urls[i], Tags: []string{"stale"}})
	}
	p, s := beam.NewPipelineWithRoot()
	passert.Equals(s, Tags(s, beam.CreateList(s, items), hashtag.Options{}), wantItems(hashtag.Options{}, urls)...)
	ptest.RunAndValidate(t, p)
}

func TestLinksAndPosts(t *testing.T) {
	networks := []string{"x", "bluesky"}
	post := share.Post{Via: "news", UTM: share.UTM{Campaign: "beam"}}
	items := []Item{
		{Headline: "Obama visits Berlin", URL: "https://example.com/a", Tags: []string{"Obama", "Berlin"}},
		{Headline: "Long URL", URL: "https://example.com/" + strings.Repeat("p", 400)}, // over Bluesky's post limit
		{Headline: "No URL"},
		{Headline: "Unsafe", URL: "javascript:alert(1)"},
	}
	// What the share package gives, item by item.
	set, err := share.NewSet(networks...)
	if err != nil {
		t.Fatal(err)
	}
	var links, posts, failures []any
	for _, it := range items {
		p := post
		p.URL, p.Title, p.Hashtags = it.URL, it.Headline, it.Tags
		if it.URL == "" {
			failures = append(failures, Failure{Headline: it.Headline, Error: "no URL"})
			continue
		}
		shared, err := set.Append(nil, p)
		if err != nil {
			failures = append(failures, Failure{URL: it.URL, Headline: it.Headline, Error: err.Error()})
			continue
		}
		for _, sh := range shared {
			if sh.Err != nil {
				failures = append(failures, Failure{URL: it.URL, Headline: it.Headline, Network: sh.Network, Error: batch.NetworkReason(sh.Err)})
				continue
			}
			links = append(links, Shared{URL: it.URL, Headline: it.Headline, Network: sh.Network, Text: sh.Link})
			posts = append(posts, Shared{URL: it.URL, Headline: it.Headline, Network: sh.Network, Text: sh.Post})
		}
	}
	if len(links) < 3 || len(failures) < 3 {
		t.Fatalf("the sample gives %d links and %d failures; want at least 3 of each", len(links), len(failures))
	}
	p, s := beam.NewPipelineWithRoot()
	col := beam.CreateList(s, items)
	gotLinks, linkFailures := Links(s, col, networks, post)
	gotPosts, postFailures := Posts(s, col, networks, post)
	passert.Equals(s, gotLinks, links...)
	passert.Equals(s, gotPosts, posts...)
	passert.Equals(s, linkFailures, failures...)
	passert.Equals(s, postFailures, failures...)
	ptest.RunAndValidate(t, p)
}
