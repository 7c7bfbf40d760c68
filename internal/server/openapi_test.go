package server

import (
	"bytes"
	"encoding"
	"encoding/json"
	"io"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// openAPIDoc is openapi.json, decoded loosely.
type openAPIDoc map[string]any

func loadOpenAPI(t *testing.T) openAPIDoc {
	t.Helper()
	b, err := files.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc openAPIDoc
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("openapi.json is not JSON: %v", err)
	}
	return doc
}

func obj(v any) map[string]any { m, _ := v.(map[string]any); return m }

// resolve follows a local $ref.
func (d openAPIDoc) resolve(t *testing.T, s map[string]any) map[string]any {
	t.Helper()
	for s != nil {
		ref, ok := s["$ref"].(string)
		if !ok {
			return s
		}
		name, ok := strings.CutPrefix(ref, "#/components/")
		if !ok {
			t.Fatalf("$ref %q is not local", ref)
		}
		kind, n, _ := strings.Cut(name, "/")
		s = obj(obj(obj(d["components"])[kind])[n])
		if s == nil {
			t.Fatalf("$ref %q points nowhere", ref)
		}
	}
	return s
}

// properties returns a schema's properties, including those of its allOf parts.
func (d openAPIDoc) properties(t *testing.T, s map[string]any) map[string]any {
	s = d.resolve(t, s)
	props := map[string]any{}
	for k, v := range obj(s["properties"]) {
		props[k] = v
	}
	for _, part := range asSlice(s["allOf"]) {
		for k, v := range d.properties(t, obj(part)) {
			props[k] = v
		}
	}
	return props
}

func asSlice(v any) []any { s, _ := v.([]any); return s }

// schemaTypes returns the JSON Schema "type" of s as a list.
func schemaTypes(s map[string]any) []string {
	switch v := s["type"].(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, x.(string))
		}
		return out
	}
	return nil
}

// jsonFields lists a struct's JSON fields, flattening embedded structs.
func jsonFields(typ reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			for k, v := range jsonFields(f.Type) {
				out[k] = v
			}
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	return out
}

// matchSchema checks, recursively, that the Go type typ and the schema s
// have the same fields with compatible types.
func (d openAPIDoc) matchSchema(t *testing.T, where string, typ reflect.Type, s map[string]any) {
	t.Helper()
	s = d.resolve(t, s)
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	types := schemaTypes(s)
	want := map[reflect.Kind]string{
		reflect.String: "string", reflect.Bool: "boolean", reflect.Int: "integer", reflect.Int64: "integer",
		reflect.Slice: "array", reflect.Array: "array", reflect.Struct: "object",
	}[typ.Kind()]
	if typ.Implements(reflect.TypeFor[encoding.TextMarshaler]()) {
		want = "string" // encoding/json writes it as its text (hashtag.Kind: "word")
	}
	if want == "" {
		t.Errorf("%s: Go type %s has no JSON Schema mapping in this test", where, typ)
		return
	}
	if want != "object" || len(types) > 0 {
		if !slices.Contains(types, want) {
			t.Errorf("%s: schema type %v; the Go type %s wants %q", where, types, typ, want)
		}
	}
	switch typ.Kind() {
	case reflect.Slice, reflect.Array:
		items := obj(s["items"])
		if items == nil {
			t.Errorf("%s: array schema without items", where)
			return
		}
		d.matchSchema(t, where+"[]", typ.Elem(), items)
	case reflect.Struct:
		fields := jsonFields(typ)
		props := d.properties(t, s)
		for name, ft := range fields {
			ps, ok := props[name]
			if !ok {
				t.Errorf("%s: field %q of %s is not in openapi.json", where, name, typ)
				continue
			}
			d.matchSchema(t, where+"."+name, ft, obj(ps))
		}
		for name := range props {
			if _, ok := fields[name]; !ok {
				t.Errorf("%s: openapi.json documents %q, which %s does not have", where, name, typ)
			}
		}
	}
}

func TestOpenAPIMatchesServer(t *testing.T) {
	doc := loadOpenAPI(t)
	if v, _ := doc["openapi"].(string); !strings.HasPrefix(v, "3.1.") {
		t.Errorf("openapi = %q; want 3.1.x", v)
	}
	paths := obj(doc["paths"])
	served := map[string]bool{}
	for _, rt := range routeTable() {
		served[rt.Path+" "+strings.ToLower(rt.Method)] = true
		where := rt.Method + " " + rt.Path
		op := obj(obj(paths[rt.Path])[strings.ToLower(rt.Method)])
		if op == nil {
			t.Errorf("%s is served but not in openapi.json", where)
			continue
		}
		responses := obj(op["responses"])
		if rt.Req != nil {
			s := obj(obj(obj(obj(op["requestBody"])["content"])["application/json"])["schema"])
			if s == nil {
				t.Errorf("%s: no application/json request body in openapi.json", where)
			} else {
				doc.matchSchema(t, where+" request", reflect.TypeOf(rt.Req), s)
			}
		}
		if rt.Resp != nil {
			s := obj(obj(obj(obj(responses["200"])["content"])["application/json"])["schema"])
			if s == nil {
				t.Errorf("%s: no application/json 200 response in openapi.json", where)
			} else {
				doc.matchSchema(t, where+" response", reflect.TypeOf(rt.Resp), s)
			}
		}
		var codes []string
		if strings.HasPrefix(rt.Path, "/v1/") {
			codes = append(codes, "401", "405", "503")
			if rt.Method == "POST" {
				codes = append(codes, "400", "415")
			}
			if rt.Req != nil {
				codes = append(codes, "413")
			}
		}
		for _, c := range codes {
			if responses[c] == nil {
				t.Errorf("%s: openapi.json does not document status %s", where, c)
			}
		}
	}
	for p, ops := range paths {
		for m := range obj(ops) {
			if !served[p+" "+m] {
				t.Errorf("openapi.json documents %s %s, which the server does not serve", strings.ToUpper(m), p)
			}
		}
	}
	problem := obj(obj(doc["components"])["schemas"])["Problem"]
	doc.matchSchema(t, "Problem", reflect.TypeOf(Problem{}), obj(problem))
}

func TestOpenAPIBatchParameters(t *testing.T) {
	doc := loadOpenAPI(t)
	op := obj(obj(obj(doc["paths"])["/v1/batch"])["post"])
	var documented []string
	for _, p := range asSlice(op["parameters"]) {
		if obj(p)["in"] == "query" {
			documented = append(documented, obj(p)["name"].(string))
		}
	}
	served := slices.Clone(batchParams)
	sort.Strings(documented)
	sort.Strings(served)
	if !slices.Equal(documented, served) {
		t.Errorf("/v1/batch query parameters in openapi.json = %v; the server takes %v", documented, served)
	}
}

// TestOpenAPIRefsResolve walks the whole document: every $ref must point
// at something, so tools that load it do not fail.
func TestOpenAPIRefsResolve(t *testing.T) {
	doc := loadOpenAPI(t)
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if _, ok := v["$ref"]; ok {
				doc.resolve(t, v)
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(map[string]any(doc))
}

// TestOpenAPINoDuplicateKeys: encoding/json keeps the last of two equal
// keys without a word, and a merge can leave two; tools that read the
// document (redocly, openapi-typescript) refuse it.
func TestOpenAPINoDuplicateKeys(t *testing.T) {
	doc, err := files.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(doc))
	type frame struct {
		object bool
		keys   map[string]bool
		key    bool // the next string token is a key
	}
	var stack []*frame
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{', '[':
				if top != nil && top.object {
					top.key = true
				}
				stack = append(stack, &frame{object: v == '{', keys: map[string]bool{}, key: v == '{'})
			default:
				stack = stack[:len(stack)-1]
			}
			continue
		case string:
			if top != nil && top.object && top.key {
				if top.keys[v] {
					t.Errorf("openapi.json: key %q twice in one object (at byte %d)", v, dec.InputOffset())
				}
				top.keys[v] = true
				top.key = false
				continue
			}
		}
		if top != nil && top.object {
			top.key = true
		}
	}
}
