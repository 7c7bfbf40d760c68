package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// fuzzRoutes are the routes FuzzAPI posts to, with their content types.
var fuzzRoutes = []struct{ path, ctype string }{
	{"/v1/tags", "application/json"},
	{"/v1/links", "application/json"},
	{"/v1/post", "application/json"},
	{"/v1/extract", "application/json"},
	{"/v1/batch", "application/x-ndjson"},
	{"/v1/networks", "application/json"},
}

// FuzzAPI posts random bodies to every route: whatever arrives, the answer
// is never a 5xx (a panic would be recovered into a 500 and fail here), and
// every error is a well-formed problem.
func FuzzAPI(f *testing.F) {
	seeds := []string{
		`{"headline":` + jsonString(seedHeadline) + `}`,
		`{"headline":"a","options":{"style":"phrases","case":"camel","lang":"de","max":2,"min_length":3,"fold":true,"keep_acronyms":true,"stopwords":["a"],"replace_stopwords":true}}`,
		`{"headline":` + jsonString(seedHeadline) + `,"url":` + jsonString(seedURL) + `,"networks":["x","facebook"],"via":"news","utm":{"campaign":"c"}}`,
		`{"headline":"a","url":"https://example.com/","network":"x","hashtags":["Gaza","#peace"],"text":"body"}`,
		`{"headline":"a","url":"javascript:alert(1)","network":"mastodon","instance":"mastodon.social","instance_limit":500}`,
		`{"text":"#Gaza #peacebuilding https://example.com/#x ＃全角 #١٢٣"}`,
		`{"headline":"<img src=x onerror=alert(1)>","url":"https://example.com/?a=<b>&c=\"d\""}`,
		"{\"headline\":\"a\"}\n{\"headline\":\"b\",\"url\":\"https://example.com/\"}\nnot json\n",
		`{"headline":"a","options":{"max":-1}}`,
		`{"headline":"\ud800","hashtags":null}`,
		`{"url":"https://user:pw@example.com/","hashtags":[""]}`,
		`[]`, `null`, ``, `{`, `{"headline":1e999}`, "\xff\xfe",
		`{"url":"https://safe.example/a","URL":"https://other.example/b","h\u0065adline":"a","headline":"b"}`,
		`{"headline":"a","options":{"Max":1,"max":2},"hashtags":[{"x":1}],"utm":[{"a":[]}]}`,
	}
	for i, s := range seeds {
		for r := range fuzzRoutes {
			f.Add(uint8(r+i), []byte(s))
		}
	}
	h := New(Config{MaxBody: 64 << 10})
	f.Fuzz(func(t *testing.T, route uint8, body []byte) {
		rt := fuzzRoutes[int(route)%len(fuzzRoutes)]
		req := httptest.NewRequest(http.MethodPost, rt.path, bytes.NewReader(body))
		req.Header.Set("Content-Type", rt.ctype)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code >= 500 {
			t.Fatalf("POST %s %q = %d; want no 5xx: %s", rt.path, body, w.Code, w.Body)
		}
		ct := w.Header().Get("Content-Type")
		switch {
		case w.Code >= 400:
			var p Problem
			if ct != "application/problem+json" || json.Unmarshal(w.Body.Bytes(), &p) != nil || p.Status != w.Code {
				t.Fatalf("POST %s %q = %d with %q %s; want a problem", rt.path, body, w.Code, ct, w.Body)
			}
		case rt.path == "/v1/batch":
			for _, line := range strings.Split(strings.TrimSuffix(w.Body.String(), "\n"), "\n") {
				if line != "" && !json.Valid([]byte(line)) {
					t.Fatalf("POST /v1/batch %q: output line %q is not JSON", body, line)
				}
			}
		default:
			if !json.Valid(w.Body.Bytes()) {
				t.Fatalf("POST %s %q = %d with invalid JSON %s", rt.path, body, w.Code, w.Body)
			}
		}
	})
}
