package server

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

var sinkInt int

// benchHTTP posts body to path over loopback with parallel keep-alive
// clients: the cost a CMS plugin sees, minus the network.
func benchHTTP(b *testing.B, path, body string) {
	srv := httptest.NewServer(New(Config{MaxConcurrent: 4096}))
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256, MaxConnsPerHost: 256}}
	defer client.CloseIdleConnections()
	url := srv.URL + path
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	b.SetParallelism(8) // 8 × GOMAXPROCS clients, like a load generator's connections
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		n := 0
		for pb.Next() {
			resp, err := client.Post(url, "application/json", strings.NewReader(body))
			if err != nil {
				b.Error(err)
				return
			}
			m, _ := io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				b.Errorf("POST %s = %d", path, resp.StatusCode)
				return
			}
			n += int(m)
		}
		sinkInt += n
	})
}

func BenchmarkTagsHTTP(b *testing.B) {
	benchHTTP(b, "/v1/tags", `{"headline":`+jsonString(seedHeadline)+`}`)
}

func BenchmarkLinksHTTP(b *testing.B) {
	benchHTTP(b, "/v1/links", `{"headline":`+jsonString(seedHeadline)+`,"url":`+jsonString(seedURL)+`,"networks":["x","facebook","linkedin"]}`)
}

// BenchmarkTagsHandler is the handler alone, without the network: what
// the server adds on top of hashtag.Derive.
func BenchmarkTagsHandler(b *testing.B) {
	h := New(Config{})
	body := []byte(`{"headline":` + jsonString(seedHeadline) + `}`)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest("POST", "/v1/tags", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		sinkInt += w.Code
	}
}

// BenchmarkLinksHandler is /v1/links without the network.
func BenchmarkLinksHandler(b *testing.B) {
	h := New(Config{})
	body := []byte(`{"headline":` + jsonString(seedHeadline) + `,"url":` + jsonString(seedURL) + `,"networks":["x","facebook","linkedin"]}`)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest("POST", "/v1/links", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		sinkInt += w.Code
	}
}
