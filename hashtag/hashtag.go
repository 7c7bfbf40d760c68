package hashtag

import "github.com/dghubble/go-twitter/twitter"

// Style chooses which tags Derive makes.
type Style int

const (
	Words    Style = iota // one tag per content word (default)
	Phrases               // CamelCase tags for names and phrases
	Combined              // phrase tags, then the remaining word tags
)

// Case chooses how tag text is cased.
type Case int

const (
	CaseKeep  Case = iota // as written (default)
	CaseCamel             // each word capitalized, joined
	CaseLower             // lower case
)

// Kind says how a tag was made.
type Kind int

const (
	KindWord     Kind = iota // a single word
	KindCompound             // hyphen-joined words
	KindPhrase               // a name or phrase of several words
)

// Options configures a Generator. The zero value means English defaults.
type Options struct {
	Style            Style    `json:"style,omitempty"`
	Case             Case     `json:"case,omitempty"`
	Lang             string   `json:"lang,omitempty"` // BCP 47; "" means "en"
	Max              int      `json:"max,omitempty"`  // 0 means no limit
	MinLength        int      `json:"min_length,omitempty"`
	FoldDiacritics   bool     `json:"fold,omitempty"`
	KeepAcronyms     bool     `json:"keep_acronyms,omitempty"`
	Stopwords        []string `json:"stopwords,omitempty"` // added to (or replacing) the language's list
	ReplaceStopwords bool     `json:"replace_stopwords,omitempty"`
}

// Tag is a derived hashtag. Text has no '#'. Start/End are the byte span in the
// input headline that the tag came from (end exclusive).
type Tag struct {
	Text       string `json:"text"`
	Start, End int    `json:"-"`
	Kind       Kind   `json:"kind"`
}

// Generator derives hashtags. It is safe for concurrent use.
type Generator struct{}

func New(opts Options) *Generator                 { panic("hashtag: not implemented") }
func (g *Generator) Derive(headline string) []Tag { panic("hashtag: not implemented") }
func (g *Generator) Line(headline string) string  { panic("hashtag: not implemented") }
func Line(headline string) string                 { panic("hashtag: not implemented") }
func Valid(tag string) bool                       { panic("hashtag: not implemented") }
func Extract(text string) []twitter.HashtagEntity { panic("hashtag: not implemented") }
func Camel(phrase string) string                  { panic("hashtag: not implemented") }
func ParseStyle(s string) (Style, error)          { panic("hashtag: not implemented") }
func ParseCase(s string) (Case, error)            { panic("hashtag: not implemented") }
