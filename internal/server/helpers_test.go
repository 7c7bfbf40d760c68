package server

import (
	"context"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

// The seed the issue and the browser test use.
const (
	seedHeadline = "‘Grateful to Pakistan’: US on Islamabad’s ‘offer’ to send troops to Gaza for peacebuilding"
	seedURL      = "https://news.example.com/world/pakistan-gaza-troops"
	seedLine     = "#Grateful #Pakistan #Islamabads #offer #send #troops #Gaza #peacebuilding"
)

// request runs one request through h in-process.
func request(h http.Handler, method, path, ctype, body string, header ...string) *httptest.ResponseRecorder {
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, path, r)
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func postJSON(h http.Handler, path, body string, header ...string) *httptest.ResponseRecorder {
	return request(h, http.MethodPost, path, "application/json", body, header...)
}

// checkProblem asserts that w is a well-formed problem answer with status.
func checkProblem(t *testing.T, what string, w *httptest.ResponseRecorder, path string, status int) Problem {
	t.Helper()
	if w.Code != status {
		t.Fatalf("%s: status %d; want %d (body %s)", what, w.Code, status, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); ct != "application/problem+json" {
		t.Errorf("%s: Content-Type %q; want application/problem+json", what, ct)
	}
	var p Problem
	dec := json.NewDecoder(w.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		t.Fatalf("%s: problem body does not decode: %v", what, err)
	}
	if p.Status != status || p.Title != http.StatusText(status) || p.Type != "about:blank" || p.Instance != path || p.Detail == "" {
		t.Errorf("%s: problem %+v; want status %d, title %q, type about:blank, instance %q and a detail", what, p, status, http.StatusText(status), path)
	}
	for _, leak := range []string{"goroutine ", ".go:", "panic", "runtime."} {
		if strings.Contains(p.Detail, leak) {
			t.Errorf("%s: problem detail %q leaks internals (%q)", what, p.Detail, leak)
		}
	}
	return p
}

// chanHandler is a slog.Handler that sends each message to a channel, so
// tests can wait for the server to reach a point without sleeping.
type chanHandler struct{ c chan string }

func (h chanHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h chanHandler) Handle(_ context.Context, r slog.Record) error {
	if r.Message == "request" {
		return nil // access logs would crowd out the messages tests wait for
	}
	select {
	case h.c <- r.Message:
	default:
	}
	return nil
}
func (h chanHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h chanHandler) WithGroup(string) slog.Handler      { return h }

// testWait bounds every wait on the server in these tests: long enough for
// a loaded machine under -race, short enough that a hang fails the test
// with a message instead of running into go test's timeout.
const testWait = 30 * time.Second

// receive returns the next value from c, failing the test if none comes
// within testWait: a deadline, not an iteration count, so a slow machine
// only waits longer.
func receive[T any](t *testing.T, c <-chan T, what string) T {
	t.Helper()
	timer := time.NewTimer(testWait)
	defer timer.Stop()
	select {
	case v := <-c:
		return v
	case <-timer.C:
		t.Fatalf("%s: nothing after %v", what, testWait)
		panic("unreachable")
	}
}
