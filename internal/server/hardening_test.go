package server

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// accessLog is a slog.Handler that sends each access-log record, as a map
// of its attributes, to a channel.
type accessLog struct{ c chan map[string]string }

func newAccessLog() accessLog { return accessLog{c: make(chan map[string]string, 256)} }

func (h accessLog) Enabled(context.Context, slog.Level) bool { return true }
func (h accessLog) Handle(_ context.Context, r slog.Record) error {
	if r.Message != "request" {
		return nil
	}
	m := map[string]string{}
	r.Attrs(func(a slog.Attr) bool { m[a.Key] = a.Value.String(); return true })
	select {
	case h.c <- m:
	default:
	}
	return nil
}
func (h accessLog) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h accessLog) WithGroup(string) slog.Handler      { return h }

// next returns the next access-log record for path.
func (h accessLog) next(t *testing.T, path string) map[string]string {
	t.Helper()
	for {
		m := receive(t, h.c, "access log of "+path)
		if m["path"] == path {
			return m
		}
	}
}

// TestLinksOneNetworkNeverSinksTheOthers: /v1/links with all networks and a
// URL too long for Bluesky answers 200 with Bluesky's error in its place
// and every other link; when no network can take the post it is a 400.
func TestLinksOneNetworkNeverSinksTheOthers(t *testing.T) {
	h := New(Config{})
	long := "https://example.com/" + strings.Repeat("a", 400)
	w := postJSON(h, "/v1/links", `{"headline":"Storm hits Brittany","url":"`+long+`","all":true}`)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d (%s); want 200 with bluesky's error in its place", w.Code, w.Body)
	}
	var resp LinksResponse
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		t.Fatal(err)
	}
	sawBluesky := false
	for _, l := range resp.Links {
		if l.Network == "bluesky" {
			sawBluesky = true
			if l.URL != "" || l.Error == "" || strings.HasPrefix(l.Error, "share:") {
				t.Errorf("bluesky = %+v; want an error without the share: prefix and no url", l)
			}
		} else if l.URL == "" || l.Error != "" {
			t.Errorf("%s = %+v; want its link", l.Network, l)
		}
	}
	if !sawBluesky || len(resp.Links) < 5 {
		t.Errorf("links = %+v; want every network, bluesky among them", resp.Links)
	}
	w = postJSON(h, "/v1/links", `{"headline":"Storm","url":"`+long+`","networks":["bluesky"]}`)
	checkProblem(t, "bluesky only", w, "/v1/links", http.StatusBadRequest)
	w = postJSON(h, "/v1/links", `{"headline":"Storm","url":"javascript:alert(1)","all":true}`)
	if p := checkProblem(t, "unsafe url", w, "/v1/links", http.StatusBadRequest); p.Field != "url" {
		t.Errorf("unsafe url problem field %q; want url", p.Field)
	}
}

// TestBatchRecordKeepsOtherNetworks: in /v1/batch, a record Bluesky cannot
// take keeps X's link.
func TestBatchRecordKeepsOtherNetworks(t *testing.T) {
	h := New(Config{})
	long := "https://example.com/" + strings.Repeat("a", 400)
	w := request(h, "POST", "/v1/batch?networks=x,bluesky", "application/x-ndjson", `{"headline":"Storm","url":"`+long+`"}`+"\n")
	var rec struct {
		Links  map[string]*string `json:"links"`
		Errors map[string]string  `json:"network_errors"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &rec); err != nil {
		t.Fatalf("record %s: %v", w.Body, err)
	}
	if rec.Links["x"] == nil || rec.Links["bluesky"] != nil || rec.Errors["bluesky"] == "" {
		t.Errorf("record %s; want x's link, bluesky null with its error", w.Body)
	}
}

// TestWorkStopsWhenClientGone: a request whose client has gone is not
// answered and is logged as 499, aborted; one past the write timeout gets
// a 503 and is logged aborted too.
func TestWorkStopsWhenClientGone(t *testing.T) {
	log := newAccessLog()
	h := New(Config{Logger: slog.New(log)})
	bodies := map[string]string{
		"/v1/links": `{"headline":"Storm hits Brittany","url":"https://example.com/a"}`,
		"/v1/post":  `{"headline":"Storm hits Brittany","url":"https://example.com/a","network":"x"}`,
		"/v1/tags":  `{"headline":"Storm hits Brittany"}`,
	}
	for _, path := range []string{"/v1/links", "/v1/post", "/v1/tags"} {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		req := httptest.NewRequestWithContext(ctx, "POST", path, strings.NewReader(bodies[path]))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Body.Len() != 0 {
			t.Errorf("%s: answered %q to a client that had gone", path, w.Body)
		}
		if m := log.next(t, path); m["status"] != "499" || m["aborted"] != "client gone" {
			t.Errorf("%s: access log %v; want status 499, aborted client gone", path, m)
		}
	}

	h = New(Config{Logger: slog.New(log), WriteTimeout: time.Nanosecond})
	w := postJSON(h, "/v1/links", `{"headline":"Storm","url":"https://example.com/a"}`)
	checkProblem(t, "past the write timeout", w, "/v1/links", http.StatusServiceUnavailable)
	if m := log.next(t, "/v1/links"); m["aborted"] != "timeout" {
		t.Errorf("access log %v; want aborted timeout", m)
	}
}

// stream is a /v1/batch request written by hand over a raw connection, so
// that each chunk of its body goes out when written: no client buffering
// between the test and the server.
type stream struct {
	conn net.Conn
	resp *http.Response
}

// TestStreamStopsWhenClientCancels: a client that closes its /v1/batch
// connection mid-stream ends the stream's work, logged as aborted.
func TestStreamStopsWhenClientCancels(t *testing.T) {
	log := newAccessLog()
	srv := httptest.NewServer(New(Config{Logger: slog.New(log)}))
	defer srv.Close()
	st := openStream(t, srv)
	st.send(`{"headline":"Storm hits Brittany"}` + "\n")
	st.close()
	if m := log.next(t, "/v1/batch"); m["aborted"] != "client gone" {
		t.Errorf("access log %v; want aborted client gone", m)
	}
}

// openStream starts a /v1/batch request on srv whose body stays open until
// close, and waits for its answer's headers.
func openStream(t *testing.T, srv *httptest.Server) *stream {
	t.Helper()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	conn.SetDeadline(time.Now().Add(testWait))
	io.WriteString(conn, "POST /v1/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n")
	st := &stream{conn: conn}
	// Two blank lines (the gzip sniffing wants two bytes): two error
	// records at once, and the stream's 200 with them.
	st.send("\n\n")
	req, _ := http.NewRequest("POST", "/v1/batch", nil)
	resp, err := http.ReadResponse(bufio.NewReader(conn), req)
	if err != nil {
		t.Fatalf("POST /v1/batch: %v", err)
	}
	st.resp = resp
	return st
}

// send writes b as one chunk of the body.
func (st *stream) send(b string) error {
	_, err := fmt.Fprintf(st.conn, "%x\r\n%s\r\n", len(b), b)
	return err
}

func (st *stream) close() { st.conn.Close() }

// TestTagsHaveRoomWhileStreamsAreFull: with every stream slot taken, a
// further stream gets 503 but /v1/tags is served, /readyz says saturated
// and /healthz stays 200.
func TestTagsHaveRoomWhileStreamsAreFull(t *testing.T) {
	srv := httptest.NewServer(New(Config{MaxStreams: 2, MaxConcurrent: 2}))
	defer srv.Close()
	var streams []*stream
	for range 2 {
		st := openStream(t, srv)
		defer st.close()
		streams = append(streams, st)
	}
	resp, err := srv.Client().Post(srv.URL+"/v1/batch", "application/x-ndjson", strings.NewReader("\n"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("third stream: status %d; want 503", resp.StatusCode)
	}
	for range 5 {
		resp, err = srv.Client().Post(srv.URL+"/v1/tags", "application/json", strings.NewReader(`{"headline":"Storm hits Brittany"}`))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("/v1/tags with every stream slot taken: status %d; want 200", resp.StatusCode)
		}
	}
	resp, err = srv.Client().Get(srv.URL + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	var ready ReadyResponse
	json.NewDecoder(resp.Body).Decode(&ready)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || ready.Status != "saturated" || ready.Streams != 2 {
		t.Errorf("/readyz = %d %+v; want 503 saturated with 2 streams", resp.StatusCode, ready)
	}
	resp, _ = srv.Client().Get(srv.URL + "/healthz")
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("/healthz = %d; want 200 (liveness)", resp.StatusCode)
	}
	for _, st := range streams {
		st.close()
	}
}

// TestReadyWhenIdle: /readyz is 200 on an idle server.
func TestReadyWhenIdle(t *testing.T) {
	w := request(New(Config{}), "GET", "/readyz", "", "")
	var ready ReadyResponse
	if err := json.Unmarshal(w.Body.Bytes(), &ready); err != nil || w.Code != 200 || ready.Status != "ready" || ready.MaxStreams != DefaultMaxStreams {
		t.Errorf("/readyz = %d %s; want 200 ready", w.Code, w.Body)
	}
}

// TestSilentStreamIsCut: a stream that sends nothing for BatchIdleTimeout
// is cut without its final chunk (the client sees an error, not a clean
// end) and logged as aborted; so is one that trickles below BatchMinRate.
func TestSilentStreamIsCut(t *testing.T) {
	for _, tt := range []struct {
		name    string
		cfg     Config
		trickle bool
		why     string
	}{
		{"silent", Config{BatchIdleTimeout: 100 * time.Millisecond, BatchMinRate: -1}, false, "no input for"},
		{"trickle", Config{BatchIdleTimeout: 300 * time.Millisecond, BatchMinRate: 1 << 20}, true, "input slower than"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			log := newAccessLog()
			tt.cfg.Logger = slog.New(log)
			srv := httptest.NewServer(New(tt.cfg))
			defer srv.Close()
			st := openStream(t, srv)
			defer st.close()
			stop := make(chan struct{})
			var wg sync.WaitGroup
			if tt.trickle {
				wg.Add(1)
				go func() {
					defer wg.Done()
					tick := time.NewTicker(20 * time.Millisecond)
					defer tick.Stop()
					for {
						select {
						case <-stop:
							return
						case <-tick.C:
							if err := st.send("\n"); err != nil {
								return
							}
						}
					}
				}()
			}
			done := make(chan error, 1)
			go func() {
				_, err := io.Copy(io.Discard, st.resp.Body)
				done <- err
			}()
			if err := receive(t, done, "the stream's end"); err == nil {
				t.Errorf("the stream ended cleanly; want it cut, so the client knows it is incomplete")
			}
			close(stop)
			st.close()
			wg.Wait()
			if m := log.next(t, "/v1/batch"); !strings.Contains(m["aborted"], tt.why) {
				t.Errorf("access log %v; want aborted %q", m, tt.why)
			}
		})
	}
}

// TestStreamsShareAMemoryBudget: a stream that does not fit the server's
// memory budget gets 503, and a stream's reservation is given back at its
// end; a line over 64 KiB grows into the budget and, when it cannot,
// becomes an error record.
func TestStreamsShareAMemoryBudget(t *testing.T) {
	h := New(Config{MemoryBudget: 1 << 10})
	w := request(h, "POST", "/v1/batch", "application/x-ndjson", `{"headline":"Storm"}`+"\n")
	checkProblem(t, "over the budget", w, "/v1/batch", http.StatusServiceUnavailable)

	s := New(Config{MaxBody: 1 << 30}).(*server)
	long := `{"headline":"` + strings.Repeat("storm ", 30<<10) + `"}` + "\n"
	w = request(s, "POST", "/v1/batch", "application/x-ndjson", `{"headline":"Storm"}`+"\n"+long)
	if w.Code != 200 || strings.Count(w.Body.String(), "\n") != 2 || strings.Contains(w.Body.String(), `"error"`) {
		t.Errorf("two lines under a 1 GiB limit: %d, %.200q; want two good records", w.Code, w.Body.String())
	}
	if used := s.mem.Used(); used != 0 {
		t.Errorf("%d bytes of the budget still held after the streams ended; want 0", used)
	}

	s = New(Config{MaxBody: 1 << 30, MemoryBudget: int64(streamBase(runtime.GOMAXPROCS(0))) + 1<<10}).(*server)
	w = request(s, "POST", "/v1/batch", "application/x-ndjson", long+`{"headline":"Bravo storm"}`+"\n")
	out := strings.Split(strings.TrimSpace(w.Body.String()), "\n")
	if len(out) != 2 || !strings.Contains(out[0], "memory budget") || !strings.Contains(out[1], "Bravo") {
		t.Errorf("a 180 KiB line with 1 KiB of budget left: %d lines, %.300q; want an error record, then the next line's", len(out), out)
	}
}

// TestJSONKeysMatchExactly: a key that names a field only when case is
// ignored, or a key given twice, is a 400 naming it, on every JSON route.
func TestJSONKeysMatchExactly(t *testing.T) {
	h := New(Config{})
	tests := []struct{ path, body, field string }{
		{"/v1/links", `{"url":"https://safe.example/a","URL":"https://other.example/b","headline":"x"}`, "URL"},
		{"/v1/post", `{"network":"x","url":"https://safe.example/a","Headline":"x"}`, "Headline"},
		{"/v1/tags", `{"headline":"a","headline":"b"}`, "headline"},
		{"/v1/tags", `{"headline":"a","options":{"Max":2}}`, "options.Max"},
		{"/v1/links", `{"url":"https://safe.example/a","utm":{"source":"a","Source":"b"}}`, "utm.Source"},
	}
	for _, tt := range tests {
		w := postJSON(h, tt.path, tt.body)
		if p := checkProblem(t, tt.body, w, tt.path, http.StatusBadRequest); p.Field != tt.field {
			t.Errorf("%s %s: field %q (%s); want %q", tt.path, tt.body, p.Field, p.Detail, tt.field)
		}
	}
	w := postJSON(h, "/v1/links", `{"url":"https://safe.example/a","headline":"x","networks":["x"]}`)
	if w.Code != 200 {
		t.Errorf("exact keys: %d %s; want 200", w.Code, w.Body)
	}
}

// TestOptionsMaxOutOfRangeSaysSo: a number a field cannot hold is named as
// such, not "must be a number, not number 1e30".
func TestOptionsMaxOutOfRangeSaysSo(t *testing.T) {
	for _, v := range []string{"1e30", "1.5", "99999999999999999999"} {
		w := postJSON(New(Config{}), "/v1/tags", `{"headline":"a","options":{"max":`+v+`}}`)
		p := checkProblem(t, v, w, "/v1/tags", http.StatusBadRequest)
		if p.Field != "options.max" || !strings.Contains(p.Detail, "whole number in range, not "+v) || strings.Contains(p.Detail, "not number") {
			t.Errorf("max %s: %+v; want options.max and a whole-number message", v, p)
		}
	}
}

// TestAllowedHosts: with AllowedHosts set, another Host gets 421 and the
// probes answer any Host; without, any Host is served.
func TestAllowedHosts(t *testing.T) {
	h := New(Config{AllowedHosts: []string{"news.example", ".cms.example"}})
	for _, tt := range []struct {
		host, path string
		want       int
	}{
		{"news.example", "/v1/networks", 200},
		{"NEWS.example:8080", "/v1/networks", 200},
		{"a.cms.example", "/v1/networks", 200},
		{"evil.example", "/v1/networks", http.StatusMisdirectedRequest},
		{"127.0.0.1:8080", "/", http.StatusMisdirectedRequest},
		{"10.0.0.7", "/healthz", 200},
		{"10.0.0.7", "/readyz", 200},
	} {
		req := httptest.NewRequest("GET", tt.path, nil)
		req.Host = tt.host
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != tt.want {
			t.Errorf("Host %s %s: status %d; want %d", tt.host, tt.path, w.Code, tt.want)
		}
	}
	req := httptest.NewRequest("GET", "/v1/networks", nil)
	req.Host = "anything.example"
	w := httptest.NewRecorder()
	New(Config{}).ServeHTTP(w, req)
	if w.Code != 200 {
		t.Errorf("no AllowedHosts: status %d; want any Host served", w.Code)
	}
}
