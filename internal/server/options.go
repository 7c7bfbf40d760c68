package server

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/sharekit/sharekit/hashtag"
)

// TagOptions are the hashtag options a request may set: [hashtag.Options]
// itself, read by its JSON tags (style and case by hashtag's own names) and
// checked by [hashtag.Options.Check], so that the API, the CLI and the
// library accept the same values. The zero value means the defaults.
type TagOptions hashtag.Options

// UnmarshalJSON decodes o strictly, so that an unknown option is an error
// naming it as "options.<name>": encoding/json reports unknown fields
// without their path.
func (o *TagOptions) UnmarshalJSON(b []byte) error {
	type plain TagOptions
	return decodeStrict(b, (*plain)(o), "options")
}

// Server policy: limits on option values that hashtag itself does not
// have, generous for real use, small enough that one request cannot make
// the server do unbounded work.
const (
	maxTagCount  = 1000
	maxStopwords = 10000
	maxBest      = 100
)

// hashtagOptions checks o, hashtag's rules and then the server's limits,
// and returns it as hashtag.Options; field is the JSON path of o in the
// request ("" for the query parameters of /v1/batch), for errors.
func (o *TagOptions) hashtagOptions(field string) (hashtag.Options, *Problem) {
	opts := hashtag.Options(*o)
	if err := opts.Check(); err != nil {
		return opts, optionProblem(field, err)
	}
	switch {
	case opts.Max > maxTagCount:
		return opts, fieldProblem(joinPath(field, "max"), fmt.Sprintf("max must be between 0 (no limit) and %d", maxTagCount))
	case opts.MinLength > maxTagCount:
		return opts, fieldProblem(joinPath(field, "min_length"), fmt.Sprintf("min_length must be between 0 and %d", maxTagCount))
	case opts.Best > maxBest:
		return opts, fieldProblem(joinPath(field, "best"), fmt.Sprintf("best must be between 0 (every word, in headline order) and %d", maxBest))
	case len(opts.Stopwords) > maxStopwords:
		return opts, fieldProblem(joinPath(field, "stopwords"), fmt.Sprintf("at most %d stopwords", maxStopwords))
	}
	return opts, nil
}

// optionProblem maps hashtag's errors for an option (a *ParseError for a
// style or case name, an *OptionError from Check) to a 400 naming the field
// under path; it returns nil for any other error.
func optionProblem(path string, err error) *Problem {
	var pe *hashtag.ParseError
	var oe *hashtag.OptionError
	switch {
	case errors.As(err, &pe):
		return fieldProblem(joinPath(path, pe.What), fmt.Sprintf("%s %q is not one of %s", pe.What, pe.Name, strings.Join(pe.Valid, ", ")))
	case errors.As(err, &oe) && oe.Field == "Lang":
		// Only a syntax error gets here: a well-formed tag with no
		// registered subtags ("xx") is accepted, without stopwords.
		return fieldProblem(joinPath(path, oe.Key()), fmt.Sprintf("lang %v is not a well-formed BCP 47 language tag (e.g. en, pt-BR)", oe.Value))
	case errors.As(err, &oe) && oe.Err != nil:
		return fieldProblem(joinPath(path, oe.Key()), fmt.Sprintf("%s %v, got %v", oe.Key(), oe.Err, oe.Value))
	case errors.As(err, &oe):
		return fieldProblem(joinPath(path, oe.Key()), fmt.Sprintf("%s %v is not valid", oe.Key(), oe.Value))
	}
	return nil
}

// textUnmarshaler is the interface hashtag.Style and hashtag.Case read
// their names by.
var textUnmarshaler = reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()
