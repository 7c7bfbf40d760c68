package hashtag

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"golang.org/x/text/language"
)

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

	// Kinds that only Suggest gives: what the tag names.
	KindName         // a person's or other proper name (Julianne Moore)
	KindPlace        // a country, region or place (South Korea)
	KindOrganization // an organisation, as a dictionary knows it
	KindAcronym      // a word in capitals (NATO, COVID19)
	KindTopic        // a specific topic word (earthquake, peacebuilding)
	KindGeneric      // a generic news word, suggested only for want of better (dead)
)

var (
	styleNames = []string{"words", "phrases", "combined"}
	caseNames  = []string{"keep", "camel", "lower"}
	kindNames  = []string{"word", "compound", "phrase", "name", "place", "organization", "acronym", "topic", "generic"}
)

// StyleNames and CaseNames are the names ParseStyle and ParseCase accept, in
// the order of the constants (for CLI help and API documentation).
func StyleNames() []string { return append([]string(nil), styleNames...) }

// CaseNames: see [StyleNames].
func CaseNames() []string { return append([]string(nil), caseNames...) }

// ParseError reports a name that is not one of a setting's values. Callers
// (the CLI, the HTTP API) show Valid to the user.
type ParseError struct {
	What  string   // "style", "case" or "kind"
	Name  string   // what was given
	Valid []string // what would have been accepted
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("hashtag: unknown %s %q (want one of %s)", e.What, e.Name, strings.Join(e.Valid, ", "))
}

func parseName(what, s string, names []string) (int, error) {
	for i, n := range names {
		if strings.EqualFold(s, n) {
			return i, nil
		}
	}
	return 0, &ParseError{What: what, Name: s, Valid: append([]string(nil), names...)}
}

func name(names []string, what string, i int) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return fmt.Sprintf("%s(%d)", what, i)
}

// ParseStyle parses "words", "phrases" or "combined" (case-insensitive); ""
// means Words. A bad name gives a *ParseError.
func ParseStyle(s string) (Style, error) {
	if s == "" {
		return Words, nil
	}
	i, err := parseName("style", s, styleNames)
	return Style(i), err
}

// ParseCase parses "keep", "camel" or "lower" (case-insensitive); "" means
// CaseKeep. A bad name gives a *ParseError.
func ParseCase(s string) (Case, error) {
	if s == "" {
		return CaseKeep, nil
	}
	i, err := parseName("case", s, caseNames)
	return Case(i), err
}

// ParseKind parses a Kind's name: "word", "compound", "phrase", "name",
// "place", "organization", "acronym", "topic" or "generic".
func ParseKind(s string) (Kind, error) {
	i, err := parseName("kind", s, kindNames)
	return Kind(i), err
}

func (s Style) String() string { return name(styleNames, "Style", int(s)) }
func (c Case) String() string  { return name(caseNames, "Case", int(c)) }
func (k Kind) String() string  { return name(kindNames, "Kind", int(k)) }

// MarshalText gives the name ParseStyle accepts, so Options reads and writes
// as {"style":"phrases"} in JSON.
func (s Style) MarshalText() ([]byte, error) {
	if s < Words || s > Combined {
		return nil, fmt.Errorf("hashtag: invalid Style %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText is the inverse of MarshalText.
func (s *Style) UnmarshalText(b []byte) error {
	v, err := ParseStyle(string(b))
	if err == nil {
		*s = v
	}
	return err
}

// MarshalText gives the name ParseCase accepts.
func (c Case) MarshalText() ([]byte, error) {
	if c < CaseKeep || c > CaseLower {
		return nil, fmt.Errorf("hashtag: invalid Case %d", int(c))
	}
	return []byte(c.String()), nil
}

// UnmarshalText is the inverse of MarshalText.
func (c *Case) UnmarshalText(b []byte) error {
	v, err := ParseCase(string(b))
	if err == nil {
		*c = v
	}
	return err
}

// MarshalText gives the name ParseKind accepts.
func (k Kind) MarshalText() ([]byte, error) {
	if k < KindWord || k > KindGeneric {
		return nil, fmt.Errorf("hashtag: invalid Kind %d", int(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText is the inverse of MarshalText.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}

// Options configures a Generator. The zero value means English defaults:
// the Words style, case as written, English stopwords, no limit.
type Options struct {
	Style            Style    `json:"style,omitempty"`
	Case             Case     `json:"case,omitempty"`
	Lang             string   `json:"lang,omitempty"`       // BCP 47; "" means "en"
	Max              int      `json:"max,omitempty"`        // 0 means no limit
	MinLength        int      `json:"min_length,omitempty"` // in code points; shorter tags are dropped
	FoldDiacritics   bool     `json:"fold,omitempty"`
	KeepAcronyms     bool     `json:"keep_acronyms,omitempty"`
	Stopwords        []string `json:"stopwords,omitempty"` // added to (or replacing) the language's list
	ReplaceStopwords bool     `json:"replace_stopwords,omitempty"`

	// Best, when more than 0, makes Derive, Line and AppendLine give the
	// Best tags an editor would post, best first (Suggest), instead of
	// every content word in headline order; Style, Max and MinLength then
	// do not apply. Every caller that passes Options through (the CLI's
	// --best, the API's "best", batch records) gets suggestions this way.
	Best int `json:"best,omitempty"`

	// AsWritten keeps Suggest's tags as the headline writes them, without
	// base forms (Islamabads, not Islamabad; İstanbul’da, not İstanbul).
	// Derive and Line always keep words as written.
	AsWritten bool `json:"as_written,omitempty"`

	// Segmenter splits runs of Chinese, Japanese and Thai text into
	// words; nil means the one registered for the run's script (see
	// RegisterSegmenter), if any.
	Segmenter Segmenter `json:"-"`

	// Stats, learned from a publisher's own headlines (Learn, ReadStats),
	// make Suggest join the multi-word names they know, tell a name from a
	// common word at a sentence's start, and rank the archive's everyday
	// words lower; nil, or statistics of another language, change
	// nothing. See rank_stats.go.
	Stats *Stats `json:"-"`
}

// OptionError reports an invalid field of Options (from NewChecked).
type OptionError struct {
	Field string // the Go field name: "Lang", "Max", …
	Value any
	Err   error // the cause, if any (e.g. from language.Parse)
}

func (e *OptionError) Error() string {
	msg := fmt.Sprintf("hashtag: invalid Options.%s %v", e.Field, e.Value)
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

func (e *OptionError) Unwrap() error { return e.Err }

// Key is the field's JSON name ("min_length" for MinLength): what the HTTP
// API calls the option and, with '-' for '_', the CLI's flag. Callers that
// report the error on their own surface name it by Key.
func (e *OptionError) Key() string {
	f, ok := reflect.TypeFor[Options]().FieldByName(e.Field)
	if !ok {
		return strings.ToLower(e.Field)
	}
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	return name
}

// ErrNegative is the Err of an *OptionError for a count below zero (Max,
// MinLength, Best).
var ErrNegative = errors.New("must not be negative")

// Check reports the first invalid field of o as an *OptionError: an unknown
// Style or Case value, a negative Max, MinLength or Best (Err is
// [ErrNegative]), or a Lang that is not BCP 47 (see [CheckLang]). It is
// what [NewChecked] adds to [New]; callers that build Generators later, or
// cache them, check with it first.
func (o Options) Check() error { return o.check() }

// check validates o.
func (o *Options) check() error {
	switch {
	case o.Style < Words || o.Style > Combined:
		return &OptionError{Field: "Style", Value: int(o.Style)}
	case o.Case < CaseKeep || o.Case > CaseLower:
		return &OptionError{Field: "Case", Value: int(o.Case)}
	case o.Max < 0:
		return &OptionError{Field: "Max", Value: o.Max, Err: ErrNegative}
	case o.MinLength < 0:
		return &OptionError{Field: "MinLength", Value: o.MinLength, Err: ErrNegative}
	case o.Best < 0:
		return &OptionError{Field: "Best", Value: o.Best, Err: ErrNegative}
	}
	if o.Lang != "" {
		if err := checkLang(o.Lang); err != nil {
			return &OptionError{Field: "Lang", Value: fmt.Sprintf("%q", o.Lang), Err: err}
		}
	}
	return nil
}

// CheckLang reports whether lang is a well-formed BCP 47 tag: nil if it
// is, else the syntax error. A tag whose subtags are well-formed but not in
// the IANA registry ("xx", "zz-ZZ", "de-19010") is accepted: Options.Lang
// promises that any well-formed tag works, a language without a stopword
// list simply has none, and a registry lookup would reject private-use and
// newly registered codes. Only syntax errors ("!!", "xx-!!") are refused.
func CheckLang(lang string) error {
	return checkLang(lang)
}

func checkLang(lang string) error {
	_, err := language.Parse(lang)
	var unknown language.ValueError
	if err == nil || errors.As(err, &unknown) {
		return nil
	}
	return err
}
