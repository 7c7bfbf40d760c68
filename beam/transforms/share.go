package transforms

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/sharekit/sharekit/internal/batch"
	"github.com/sharekit/sharekit/share"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Shared)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Failure)(nil)).Elem())
	register.DoFn3x0[Item, func(Shared), func(Failure)](&shareFn{})
	register.Emitter1[Shared]()
	register.Emitter1[Failure]()
}

// Shared is one item's share link or post on one network.
type Shared struct {
	URL      string // the item's article
	Headline string
	Network  string
	Text     string // the link (Links) or the post text (Posts)
}

// Failure is an item one network could not take (a URL over its
// limit, an unsafe URL, no URL at all), with the reason.
type Failure struct {
	URL      string
	Headline string
	Network  string // "" when no network could take it
	Error    string
}

// Links returns the share link of every [Item] on every network of
// networks, with post as the template (Via, UTM, Instance): the links
// `sharekit batch` writes under "links". Items a network cannot take are
// in failures, one per item and network (or one per item, with no
// network, when its URL is missing or unsafe). Links panics, as beam.ParDo
// does, for an unknown network.
func Links(s beam.Scope, items beam.PCollection, networks []string, post share.Post) (links, failures beam.PCollection) {
	return shareItems(s.Scope("sharekit.Links"), items, networks, post, false)
}

// Posts is [Links] for the post texts: what `sharekit batch` writes under
// "posts".
func Posts(s beam.Scope, items beam.PCollection, networks []string, post share.Post) (posts, failures beam.PCollection) {
	return shareItems(s.Scope("sharekit.Posts"), items, networks, post, true)
}

func shareItems(s beam.Scope, items beam.PCollection, networks []string, post share.Post, posts bool) (beam.PCollection, beam.PCollection) {
	if _, err := share.NewSet(networks...); err != nil || len(networks) == 0 {
		panic(fmt.Sprintf("sharekit: networks %q: %v", networks, err))
	}
	return beam.ParDo2(s, &shareFn{Networks: networks, Post: encoded(post), Posts: posts}, items)
}

type shareFn struct {
	Networks []string `json:"networks"`
	Post     string   `json:"post"`  // share.Post, encoded
	Posts    bool     `json:"posts"` // post texts rather than links

	post   share.Post
	set    *share.Set
	shared []share.Shared
}

func (fn *shareFn) Setup() error {
	if err := decode(fn.Post, &fn.post); err != nil {
		return err
	}
	var err error
	fn.set, err = share.NewSet(fn.Networks...)
	return err
}

func (fn *shareFn) ProcessElement(it Item, emit func(Shared), fail func(Failure)) {
	if it.URL == "" {
		fail(Failure{URL: it.URL, Headline: it.Headline, Error: "no URL"})
		return
	}
	p := fn.post
	p.URL, p.Title, p.Hashtags = it.URL, it.Headline, slices.Clone(it.Tags)
	var err error
	fn.shared, err = fn.set.Append(fn.shared[:0], p)
	if err != nil {
		fail(Failure{URL: it.URL, Headline: it.Headline, Error: err.Error()})
		return
	}
	for _, sh := range fn.shared {
		if sh.Err != nil {
			fail(Failure{URL: it.URL, Headline: it.Headline, Network: sh.Network, Error: batch.NetworkReason(sh.Err)})
			continue
		}
		text := sh.Link
		if fn.Posts {
			text = sh.Post
		}
		emit(Shared{URL: it.URL, Headline: it.Headline, Network: sh.Network, Text: text})
	}
}
