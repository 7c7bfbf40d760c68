package card

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestFetch(t *testing.T) {
	var gotUA string
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<head><meta property="og:title" content="Live"></head>`))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(strings.Repeat("a", 5000)))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{}`))
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ctx := context.Background()

	body, err := Fetch(ctx, srv.URL+"/page", FetchOptions{})
	if err != nil || !strings.Contains(string(body), "Live") {
		t.Fatalf("Fetch(/page) = %q, %v", body, err)
	}
	if gotUA != DefaultUserAgent {
		t.Errorf("User-Agent sent = %q; want %q", gotUA, DefaultUserAgent)
	}
	if _, err := Fetch(ctx, srv.URL+"/page", FetchOptions{UserAgent: "custom/1"}); err != nil || gotUA != "custom/1" {
		t.Errorf("User-Agent sent = %q (%v); want custom/1", gotUA, err)
	}
	if body, err := Fetch(ctx, srv.URL+"/big", FetchOptions{MaxBytes: 100}); err != nil || len(body) != 100 {
		t.Errorf("Fetch(/big, MaxBytes 100) read %d bytes (%v); want 100", len(body), err)
	}
	start := time.Now()
	if _, err := Fetch(ctx, srv.URL+"/slow", FetchOptions{Timeout: 100 * time.Millisecond}); err == nil || !strings.Contains(err.Error(), "within 100ms") {
		t.Errorf("Fetch(/slow) error = %v; want a timeout after 100ms", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Fetch(/slow) took %s; want it stopped at its timeout", d)
	}
	for _, tt := range []struct{ path, want string }{
		{"/json", "not an HTML page"},
		{"/gone", "410"},
	} {
		if _, err := Fetch(ctx, srv.URL+tt.path, FetchOptions{}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Fetch(%s) error = %v; want one saying %q", tt.path, err, tt.want)
		}
	}
	for _, bad := range []string{"file:///etc/passwd", "javascript:alert(1)", "/relative", "ftp://ex.com/"} {
		if _, err := Fetch(ctx, bad, FetchOptions{}); err == nil || !strings.Contains(err.Error(), "http or https") {
			t.Errorf("Fetch(%q) error = %v; want a refusal", bad, err)
		}
	}
}
