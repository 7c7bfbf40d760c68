package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/sharekit/sharekit/internal/jsonscan"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// jsonContentType reports whether a Content-Type header names JSON.
// Parameters such as charset=utf-8 are allowed; JSON is UTF-8 by definition.
func jsonContentType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	return err == nil && mt == "application/json"
}

// decodeJSON reads exactly one JSON object of at most maxBody bytes from
// r into dst, refusing unknown fields. The returned Problem says which
// status applies: 415 for a body that is not JSON, 413 for one over the
// limit, 400 for anything malformed, naming the field when there is one.
func decodeJSON(w http.ResponseWriter, r *http.Request, maxBody int64, dst any) *Problem {
	if !jsonContentType(r.Header.Get("Content-Type")) {
		return problem(http.StatusUnsupportedMediaType, "Content-Type must be application/json")
	}
	if r.ContentLength > maxBody {
		return tooLarge(maxBody)
	}
	data, err := readBody(http.MaxBytesReader(w, r.Body, maxBody), r.ContentLength)
	if err != nil {
		return jsonProblem(err, maxBody)
	}
	// encoding/json matches keys without regard to case, the last one
	// winning: {"url":"https://safe.example/a","URL":"https://other.example/b"}
	// would build links for other.example. Keys must match exactly.
	if p := exactKeys(data, reflect.TypeOf(dst)); p != nil {
		return p
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return jsonProblem(err, maxBody)
	}
	// Exactly one value: anything but trailing white space is an error, so
	// that a concatenated second request is never silently dropped.
	if _, err := dec.Token(); err != io.EOF {
		if err == nil {
			return problem(http.StatusBadRequest, "body must hold a single JSON object")
		}
		return jsonProblem(err, maxBody)
	}
	return nil
}

// readBody reads all of r, in one allocation when the length is known.
func readBody(r io.Reader, length int64) ([]byte, error) {
	if length <= 0 {
		return io.ReadAll(r)
	}
	buf := bytes.NewBuffer(make([]byte, 0, length+1)) // +1: the read that finds EOF
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// nestedError is a decoding error inside the object at field.
type nestedError struct {
	field string
	err   error
}

func (e *nestedError) Error() string { return e.field + ": " + e.err.Error() }
func (e *nestedError) Unwrap() error { return e.err }

// decodeStrict decodes the JSON object b into dst refusing unknown fields,
// marking errors as being inside field.
func decodeStrict(b []byte, dst any, field string) error {
	if string(b) == "null" {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return &nestedError{field, err}
	}
	return nil
}

func tooLarge(maxBody int64) *Problem {
	return problem(http.StatusRequestEntityTooLarge, fmt.Sprintf("body is larger than the %d-byte limit", maxBody))
}

// jsonProblem turns an encoding/json error into a Problem whose detail a
// client can act on, without echoing Go type names.
func jsonProblem(err error, maxBody int64) *Problem {
	var nested *nestedError
	if errors.As(err, &nested) {
		p := jsonProblem(nested.err, maxBody)
		if p.Field != "" {
			p.Field = nested.field + "." + p.Field
		} else if p.Status == http.StatusBadRequest {
			p.Field = nested.field
		}
		if strings.HasPrefix(p.Detail, "body must be a JSON object") {
			p.Detail = "field " + strconv.Quote(nested.field) + " must be an object"
		}
		return p
	}
	var (
		maxErr    *http.MaxBytesError
		syntaxErr *json.SyntaxError
		typeErr   *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &maxErr):
		return tooLarge(maxBody)
	case errors.Is(err, io.EOF):
		return problem(http.StatusBadRequest, "body is empty; want a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return problem(http.StatusBadRequest, "body ends in the middle of a JSON value")
	case errors.As(err, &syntaxErr):
		return problem(http.StatusBadRequest, fmt.Sprintf("malformed JSON at byte %d", syntaxErr.Offset))
	case errors.As(err, &typeErr):
		if typeErr.Field == "" {
			return problem(http.StatusBadRequest, "body must be a JSON object, not "+typeErr.Value)
		}
		kind := jsonKind(typeErr.Type.Kind().String())
		if reflect.PointerTo(typeErr.Type).Implements(textUnmarshaler) {
			kind = "a string" // a name, as hashtag.Style reads it
		}
		if v, ok := strings.CutPrefix(typeErr.Value, "number "); ok && kind == "a number" {
			// A number all the same, but not one the field can hold
			// (1e30, 1.5, 99999999999999999999 for an integer).
			return fieldProblem(typeErr.Field, fmt.Sprintf("field %q must be a whole number in range, not %s", typeErr.Field, v))
		}
		return fieldProblem(typeErr.Field, fmt.Sprintf("field %q must be %s, not %s", typeErr.Field, kind, typeErr.Value))
	}
	if p := optionProblem("", err); p != nil {
		return p // a hashtag style or case name that is not one
	}
	// encoding/json reports unknown fields with an unexported error type.
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		name = strings.Trim(name, `"`)
		return fieldProblem(name, fmt.Sprintf("unknown field %q", name))
	}
	// A value that cannot be decoded by a field's own UnmarshalJSON or a
	// field-level error we did not foresee: still the client's input.
	return problem(http.StatusBadRequest, "invalid JSON body")
}

// jsonKind names a Go kind the way a JSON client thinks of it.
func jsonKind(k string) string {
	switch k {
	case "string":
		return "a string"
	case "bool":
		return "a boolean"
	case "slice", "array":
		return "an array"
	case "struct", "map":
		return "an object"
	case "ptr":
		return "an array or null"
	}
	if strings.HasPrefix(k, "int") || strings.HasPrefix(k, "uint") || strings.HasPrefix(k, "float") {
		return "a number"
	}
	return "a different type"
}

// exactKeys walks the JSON value data against the Go type t and refuses an
// object key that names one of t's fields only when case is ignored
// ("URL" for "url") or that appears twice: encoding/json would take either
// for the field, the last one winning. Keys t does not know at all are
// left to DisallowUnknownFields; malformed JSON to the decoder. It works on
// the bytes, without allocating unless it finds a fault.
func exactKeys(data []byte, t reflect.Type) *Problem {
	if !json.Valid(data) {
		return nil // the decoder says what is wrong, and where
	}
	_, p := walkKeys(data, jsonscan.SkipSpace(data, 0), t, "")
	return p
}

// walkKeys checks the value starting at data[i] (valid JSON) and returns
// the offset just past it; path names it, for errors.
func walkKeys(data []byte, i int, t reflect.Type, path string) (int, *Problem) {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch data[i] {
	case '{':
		var fs *fieldSet
		if t != nil && t.Kind() == reflect.Struct {
			fs = fieldsOf(t)
		}
		var seen uint64 // by field index; our request types have far fewer than 64
		i = jsonscan.SkipSpace(data, i+1)
		for data[i] != '}' {
			end := jsonscan.SkipString(data, i)
			key := data[i+1 : end-1]
			if bytes.IndexByte(key, '\\') >= 0 {
				var k string
				_ = json.Unmarshal(data[i:end], &k)
				key = []byte(k)
			}
			i = jsonscan.SkipSpace(data, end)
			i = jsonscan.SkipSpace(data, i+1) // the colon
			var ft reflect.Type
			sub := ""
			if fs != nil {
				k := fs.index(key)
				switch {
				case k < 0:
					for _, name := range fs.names {
						if strings.EqualFold(name, string(key)) {
							f := joinPath(path, string(key))
							return 0, fieldProblem(f, fmt.Sprintf("unknown field %q; keys are case-sensitive: did you mean %q?", key, name))
						}
					}
				case k < 64 && seen&(1<<k) != 0:
					f := joinPath(path, string(key))
					return 0, fieldProblem(f, fmt.Sprintf("field %q appears twice", key))
				default:
					if k < 64 {
						seen |= 1 << k
					}
					ft = fs.types[k]
					if c := data[i]; c == '{' || c == '[' {
						sub = joinPath(path, string(key))
					}
				}
			}
			var p *Problem
			if i, p = walkKeys(data, i, ft, sub); p != nil {
				return 0, p
			}
			i = jsonscan.SkipSpace(data, i)
			if data[i] == ',' {
				i = jsonscan.SkipSpace(data, i+1)
			}
		}
		return i + 1, nil
	case '[':
		var elem reflect.Type
		if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
			elem = t.Elem()
		}
		i = jsonscan.SkipSpace(data, i+1)
		for n := 0; data[i] != ']'; n++ {
			sub := ""
			if c := data[i]; elem != nil && (c == '{' || c == '[') {
				sub = fmt.Sprintf("%s[%d]", path, n)
			}
			var p *Problem
			if i, p = walkKeys(data, i, elem, sub); p != nil {
				return 0, p
			}
			i = jsonscan.SkipSpace(data, i)
			if data[i] == ',' {
				i = jsonscan.SkipSpace(data, i+1)
			}
		}
		return i + 1, nil
	case '"':
		return jsonscan.SkipString(data, i), nil
	}
	return jsonscan.SkipScalar(data, i), nil
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// fieldSet is a struct type's JSON field names and types, flattening
// embedded structs as encoding/json does. Built once per type.
type fieldSet struct {
	names []string
	types []reflect.Type
}

func (fs *fieldSet) index(key []byte) int {
	for k, n := range fs.names {
		if n == string(key) {
			return k
		}
	}
	return -1
}

var fieldSets sync.Map // reflect.Type → *fieldSet

func fieldsOf(t reflect.Type) *fieldSet {
	if fs, ok := fieldSets.Load(t); ok {
		return fs.(*fieldSet)
	}
	fs := &fieldSet{}
	var add func(t reflect.Type)
	add = func(t reflect.Type) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
				add(f.Type)
				continue
			}
			if name == "" {
				name = f.Name
			}
			fs.names = append(fs.names, name)
			fs.types = append(fs.types, f.Type)
		}
	}
	add(t)
	fieldSets.Store(t, fs)
	return fs
}
