package batch

import (
	"encoding/json"
	"errors"
	"github.com/sharekit/sharekit/internal/jsonscan"
)

var (
	errJSON         = errors.New("jsonl: not a valid JSON object")
	errJSONHeadline = errors.New(`jsonl: no "headline" string`)
	errJSONURL      = errors.New(`jsonl: "url" is not a string`)
)

// member is one "key":value of a JSON object, as byte offsets into the line.
type member struct {
	keyStart, keyEnd, valStart, valEnd int
}

// ours are the keys a good output record sets itself. An input member with
// one of these keys is dropped from the pass-through, so that the output has
// no duplicate keys; every other member is copied byte for byte.
var ours = map[string]bool{
	"file": true, "line": true, "headline": true, "url": true, "tags": true,
	"links": true, "posts": true, "network_errors": true, "error": true, "input": true,
}

// oursFolded maps each of ours, lower-cased, to itself: a record key that
// differs from one of ours only in case is refused.
var oursFolded = func() map[string]string {
	m := map[string]string{}
	for k := range ours {
		m[k] = k
	}
	return m
}()

// scanObject splits a JSON object into its members. b must already be known
// valid JSON (json.Valid), which lets this loop only find boundaries instead
// of checking syntax a second time.
func scanObject(b []byte, ms []member) ([]member, error) {
	i := jsonscan.SkipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return ms, errJSON
	}
	i = jsonscan.SkipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return ms, nil
	}
	for i < len(b) {
		var m member
		m.keyStart = i
		i = jsonscan.SkipString(b, i)
		m.keyEnd = i
		i = jsonscan.SkipSpace(b, i)
		i = jsonscan.SkipSpace(b, i+1) // the colon
		m.valStart = i
		i = skipValue(b, i)
		m.valEnd = i
		ms = append(ms, m)
		i = jsonscan.SkipSpace(b, i)
		if i >= len(b) || b[i] == '}' {
			break
		}
		i = jsonscan.SkipSpace(b, i+1) // the comma
	}
	return ms, nil
}

// skipValue returns the offset just past the value starting at b[i].
func skipValue(b []byte, i int) int {
	if i >= len(b) {
		return i
	}
	switch b[i] {
	case '"':
		return jsonscan.SkipString(b, i)
	case '{', '[':
		depth := 0
		for ; i < len(b); i++ {
			switch b[i] {
			case '"':
				i = jsonscan.SkipString(b, i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
		}
		return i
	default: // number, true, false, null
		return jsonscan.SkipScalar(b, i)
	}
}

// jsonString decodes the JSON string literal s, without allocating when it
// has no escapes (the common case).
func jsonString(s []byte) (string, bool) {
	if len(s) < 2 || s[0] != '"' {
		return "", false
	}
	plain := true
	for _, c := range s[1 : len(s)-1] {
		if c == '\\' {
			plain = false
			break
		}
	}
	if plain {
		return string(s[1 : len(s)-1]), true
	}
	var out string
	if err := json.Unmarshal(s, &out); err != nil {
		return "", false
	}
	return out, true
}

// jsonKeyIs reports whether the raw key literal k decodes to name.
func jsonKeyIs(k []byte, name string) bool {
	if len(k) == len(name)+2 && string(k[1:len(k)-1]) == name {
		return true
	}
	for _, c := range k {
		if c == '\\' {
			s, ok := jsonString(k)
			return ok && s == name
		}
	}
	return false
}

// jsonKey decodes a raw key literal.
func jsonKey(k []byte) string {
	s, _ := jsonString(k)
	return s
}
