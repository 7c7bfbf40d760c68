package card

import (
	"bytes"
	"context"
	"image"
	"image/jpeg"
	pngenc "image/png"
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

func TestImageSize(t *testing.T) {
	var png, jpg bytes.Buffer
	if err := pngenc.Encode(&png, image.NewGray(image.Rect(0, 0, 400, 300))); err != nil {
		t.Fatal(err)
	}
	if err := jpeg.Encode(&jpg, image.NewRGBA(image.Rect(0, 0, 1200, 630)), nil); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/a.png":
			w.Write(png.Bytes())
		case "/b.jpg":
			w.Write(jpg.Bytes())
		case "/c.webp":
			w.Write([]byte("RIFF\x00\x00\x00\x00WEBPVP8 "))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	for _, tt := range []struct {
		path    string
		w, h    int
		errHas  string
		options FetchOptions
	}{
		{path: "/a.png", w: 400, h: 300},
		{path: "/b.jpg", w: 1200, h: 630},
		{path: "/b.jpg", options: FetchOptions{MaxBytes: 10}, errHas: "EOF"},
		{path: "/c.webp", errHas: "not a PNG, JPEG or GIF"},
		{path: "/gone.png", errHas: "404"},
	} {
		w, h, err := ImageSize(context.Background(), srv.URL+tt.path, tt.options)
		if tt.errHas != "" {
			if err == nil || !strings.Contains(err.Error(), tt.errHas) {
				t.Errorf("ImageSize(%s) error = %v; want one saying %q", tt.path, err, tt.errHas)
			}
			continue
		}
		if err != nil || w != tt.w || h != tt.h {
			t.Errorf("ImageSize(%s) = %d×%d, %v; want %d×%d", tt.path, w, h, err, tt.w, tt.h)
		}
	}
}
