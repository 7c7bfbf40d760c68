package transforms

import (
	"fmt"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/sharekit/sharekit/hashtag"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Item)(nil)).Elem())
	register.DoFn1x1[string, Item](&tagHeadlineFn{})
	register.DoFn1x1[Item, Item](&tagItemFn{})
}

// Item is a headline with the URL of its article (optional) and its tags,
// without '#'. [Tags] fills Tags; [Links] and [Posts] share items.
type Item struct {
	Headline string
	URL      string
	Tags     []string
}

// Tags derives the tags of every headline, a PCollection of string or of
// [Item] (whose Tags it replaces), into a PCollection of Item, as
// hashtag.New(opts).Derive does and `sharekit batch` writes them: with
// opts.Best > 0, the Best tags an editor would post, best first. Tags
// panics, as beam.ParDo does, when opts are invalid or headlines hold
// anything else.
func Tags(s beam.Scope, headlines beam.PCollection, opts hashtag.Options) beam.PCollection {
	if _, err := hashtag.NewChecked(opts); err != nil {
		panic(fmt.Sprintf("sharekit Tags: %v", err))
	}
	s = s.Scope("sharekit.Tags")
	switch t := headlines.Type().Type(); t {
	case reflect.TypeOf(""):
		return beam.ParDo(s, &tagHeadlineFn{Opts: encoded(opts)}, headlines)
	case reflect.TypeOf(Item{}):
		return beam.ParDo(s, &tagItemFn{Opts: encoded(opts)}, headlines)
	default:
		panic(fmt.Sprintf("sharekit Tags: headlines are %v; want string or transforms.Item", t))
	}
}

type tagHeadlineFn struct {
	Opts string `json:"opts"` // hashtag.Options, encoded
	gen  *hashtag.Generator
}

func (fn *tagHeadlineFn) Setup() error {
	var err error
	fn.gen, err = newGenerator(fn.Opts)
	return err
}

func (fn *tagHeadlineFn) ProcessElement(headline string) Item {
	return Item{Headline: headline, Tags: tagTexts(fn.gen, headline)}
}

type tagItemFn struct {
	Opts string `json:"opts"` // hashtag.Options, encoded
	gen  *hashtag.Generator
}

func (fn *tagItemFn) Setup() error {
	var err error
	fn.gen, err = newGenerator(fn.Opts)
	return err
}

func newGenerator(encodedOpts string) (*hashtag.Generator, error) {
	var o hashtag.Options
	if err := decode(encodedOpts, &o); err != nil {
		return nil, err
	}
	return hashtag.NewChecked(o)
}

func (fn *tagItemFn) ProcessElement(it Item) Item {
	it.Tags = tagTexts(fn.gen, it.Headline)
	return it
}

// tagTexts are the tags of headline, never nil, so that an item without
// tags encodes as an empty list on every runner.
func tagTexts(gen *hashtag.Generator, headline string) []string {
	tags := gen.Derive(headline)
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = t.Text
	}
	return out
}
