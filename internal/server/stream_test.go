package server

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestBatchIsFullDuplex reads answers while the request body is still
// open: a CMS can stream a feed through /v1/batch without either side
// buffering all of it. internal/batch hands records to its workers in
// chunks of up to 512, so the first answers come once a chunk is full (or
// the input ends); batchChunk records are enough to fill one.
func TestBatchIsFullDuplex(t *testing.T) {
	srv := httptest.NewServer(New(Config{}))
	defer srv.Close()
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", srv.URL+"/v1/batch?max=2", pr)
	req.Header.Set("Content-Type", "application/x-ndjson")
	type result struct {
		resp *http.Response
		err  error
	}
	got := make(chan result, 1)
	go func() {
		r, err := http.DefaultClient.Do(req)
		got <- result{r, err}
	}()
	const batchChunk = 512
	go func() {
		io.WriteString(pw, `{"headline":"Troops to Gaza for peacebuilding"}`+"\n")
		io.WriteString(pw, strings.Repeat(`{"headline":"Filler"}`+"\n", batchChunk))
	}()
	// If the server waited for the whole body, this would hang: the
	// deadline turns that into a failure instead.
	timer := time.AfterFunc(testWait, func() { pw.CloseWithError(io.ErrClosedPipe) })
	defer timer.Stop()
	res := <-got
	if res.err != nil {
		t.Fatalf("POST /v1/batch: %v", res.err)
	}
	defer res.resp.Body.Close()
	lines := bufio.NewScanner(res.resp.Body)
	if !lines.Scan() {
		t.Fatalf("no first record before the body ended: %v", lines.Err())
	}
	if first := lines.Text(); !strings.Contains(first, "Gaza") {
		t.Errorf("first record = %s; want the first headline's", first)
	}
	io.WriteString(pw, `{"headline":"Pakistan offers troops"}`+"\n")
	pw.Close()
	n := 1
	last := ""
	for lines.Scan() {
		n++
		last = lines.Text()
	}
	if want := batchChunk + 2; n != want || !strings.Contains(last, "Pakistan") {
		t.Errorf("%d records, the last %s; want %d, the last the final headline's", n, last, want)
	}
}

// TestSlowHeadersAreCut checks that Serve applies ReadHeaderTimeout: a
// client that never finishes its headers (slowloris) loses the connection
// instead of holding it.
func TestSlowHeadersAreCut(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("skipping: cannot listen on loopback: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, ln, Config{ReadHeaderTimeout: 50 * time.Millisecond}) }()
	defer func() { cancel(); <-served }()

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	io.WriteString(conn, "POST /v1/tags HTTP/1.1\r\nHost: x\r\n") // and nothing more
	conn.SetReadDeadline(time.Now().Add(testWait))
	_, err = io.Copy(io.Discard, conn)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("the connection was still open after %v; want it cut after the 50 ms ReadHeaderTimeout", testWait)
	}
}
