package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// writeArchive writes a small headline archive in which each of names
// appears in 10 headlines among filler words, and returns its path.
func writeArchive(t *testing.T, dir, file string, names ...string) string {
	t.Helper()
	fill := []string{"floods", "budget", "strike", "vaccine", "election", "court", "market", "drought"}
	var b strings.Builder
	for k, name := range names {
		for i := range 10 {
			fmt.Fprintf(&b, "%s %s %s\n", fill[(i+k)%len(fill)], name, fill[(i+k+3)%len(fill)])
		}
	}
	for i := range 10 {
		fmt.Fprintf(&b, "%s %s\n", fill[i%len(fill)], fill[(i+2)%len(fill)])
	}
	path := filepath.Join(dir, file)
	data := []byte(b.String())
	switch {
	case strings.HasSuffix(file, ".csv"):
		data = []byte("id,headline\n")
		for i, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
			data = fmt.Appendf(data, "%d,%s\n", i, line)
		}
	case strings.HasSuffix(file, ".jsonl.gz"):
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
			fmt.Fprintf(zw, `{"headline":%q}`+"\n", line)
		}
		zw.Close()
		data = z.Bytes()
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestLearnThenTags runs the binary: learn a file, then use it.
func TestLearnThenTags(t *testing.T) {
	dir := t.TempDir()
	const headline = "Villagers flee as Boko Haram attacks"
	for _, file := range []string{"archive.txt", "archive.csv", "archive.jsonl.gz"} {
		t.Run(file, func(t *testing.T) {
			in := writeArchive(t, dir, file, "Boko Haram", "Rio Grande")
			stats := filepath.Join(dir, file+".skl")
			_, stderr, code := sharekit(t, "", "learn", "--no-progress", "-o", stats, in)
			if code != 0 || !strings.Contains(stderr, "learned en from 30 headlines") {
				t.Fatalf("sharekit learn -o %s %s: exit %d, stderr %q; want 0 and a summary of 30 headlines", stats, in, code, stderr)
			}
			out, stderr, code := sharekit(t, "", "tags", "--stats", stats, headline)
			if code != 0 || !strings.HasPrefix(out, "#BokoHaram") {
				t.Errorf("sharekit tags --stats: %q, exit %d, stderr %q; want #BokoHaram first", out, code, stderr)
			}
			out, _, _ = sharekit(t, "", "tags", "--stats", stats, "--format", "json", headline)
			var rec tagsRecord
			if err := json.Unmarshal([]byte(out), &rec); err != nil || len(rec.Tags) == 0 || rec.Tags[0] != "BokoHaram" {
				t.Errorf("sharekit tags --stats --format json: %q (%v); want tags starting with BokoHaram", out, err)
			}
		})
	}
	// Without --stats, --best ranks without statistics: no learned name.
	if out, _, _ := sharekit(t, "", "tags", "--best", "3", headline); strings.Contains(out, "BokoHaram") && !strings.Contains(headline, "Boko Haram") {
		t.Errorf("sharekit tags --best 3: %q", out)
	}
}

// TestLearnDeterministicFile: two runs over the same input write the same
// bytes.
func TestLearnDeterministicFile(t *testing.T) {
	dir := t.TempDir()
	in := writeArchive(t, dir, "a.txt", "boko haram", "قناة السويس", "rio grande valley")
	var files [2][]byte
	for i := range files {
		out := filepath.Join(dir, fmt.Sprintf("%d.skl", i))
		if _, stderr, code := sharekit(t, "", "learn", "-o", out, in); code != 0 {
			t.Fatalf("learn: exit %d: %s", code, stderr)
		}
		files[i], _ = os.ReadFile(out)
	}
	if len(files[0]) == 0 || !bytes.Equal(files[0], files[1]) {
		t.Errorf("two runs of sharekit learn over the same input wrote different files (%d and %d bytes)", len(files[0]), len(files[1]))
	}
}

func TestBatchLearn(t *testing.T) {
	dir := t.TempDir()
	in := writeArchive(t, dir, "a.txt", "Boko Haram")
	out, stderr, code := sharekit(t, "", "batch", "--learn", "--format", "text", "--no-progress", in)
	if code != 0 || !strings.Contains(out, "#BokoHaram") {
		t.Errorf("sharekit batch --learn: exit %d, stdout %q, stderr %q; want #BokoHaram lines", code, out, stderr)
	}
	stats := filepath.Join(dir, "a.skl")
	sharekit(t, "", "learn", "-o", stats, in)
	out2, _, _ := sharekit(t, "", "batch", "--stats", stats, "--format", "text", "--no-progress", in)
	if out2 != out {
		t.Errorf("batch --stats (learned from the same file) differs from batch --learn")
	}
}

func TestLearnErrors(t *testing.T) {
	dir := t.TempDir()
	in := writeArchive(t, dir, "a.txt", "boko haram")
	ar := filepath.Join(dir, "ar.skl")
	if _, stderr, code := sharekit(t, "", "learn", "--lang", "ar", "-o", ar, in); code != 0 {
		t.Fatalf("learn --lang ar: exit %d: %s", code, stderr)
	}
	good, _ := os.ReadFile(ar)
	corrupt := filepath.Join(dir, "corrupt.skl")
	os.WriteFile(corrupt, append(bytes.Clone(good[:len(good)/2]), 0, 1, 2, 3), 0o644)
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		want  string // in stderr
	}{
		{"no output", "", []string{"learn", in}, exitUsage, "--output FILE is required"},
		{"bad min count", "", []string{"learn", "--min-count", "0", "-o", filepath.Join(dir, "x.skl"), in}, exitUsage, "--min-count must be at least 1"},
		{"bad lang", "", []string{"learn", "--lang", "!!", "-o", filepath.Join(dir, "x.skl"), in}, exitUsage, "--lang"},
		{"missing input", "", []string{"learn", "-o", filepath.Join(dir, "x.skl"), filepath.Join(dir, "nope.txt")}, exitFailed, "cannot read"},
		{"foreign stats", "", []string{"tags", "--stats", in, "x"}, exitFailed, "not a sharekit statistics file"},
		{"corrupt stats", "", []string{"tags", "--stats", corrupt, "x"}, exitFailed, "corrupt statistics file"},
		{"missing stats", "", []string{"tags", "--stats", filepath.Join(dir, "nope.skl"), "x"}, exitFailed, "cannot read stats"},
		{"other language", "", []string{"tags", "--stats", ar, "--lang", "en", "x"}, exitUsage, `learned for language "ar", not --lang en`},
		{"batch learn on stdin", "a\n", []string{"batch", "--learn"}, exitUsage, "--learn reads the input twice and cannot with stdin"},
		{"batch learn and stats", "", []string{"batch", "--learn", "--stats", ar, in}, exitUsage, "use one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := sharekit(t, tt.stdin, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("sharekit %q: exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.code, tt.want)
			}
		})
	}
	// A failed learn leaves no file behind.
	if _, err := os.Stat(filepath.Join(dir, "x.skl")); !os.IsNotExist(err) {
		t.Errorf("a failed learn left x.skl: %v", err)
	}
}

// TestServeStatsReload runs `sharekit serve --stats` as a process, sends
// it SIGHUP after replacing the file, and checks that suggestions change
// while requests keep being answered throughout.
func TestServeStatsReload(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: starts a server process")
	}
	dir := t.TempDir()
	stats := filepath.Join(dir, "news.skl")
	for _, f := range []struct{ name, archive string }{{"old.skl", "quiet news"}, {"new.skl", "bird flu"}} {
		in := writeArchive(t, dir, f.name+".txt", f.archive)
		if _, stderr, code := sharekit(t, "", "learn", "-o", filepath.Join(dir, f.name), in); code != 0 {
			t.Fatalf("learn: %s", stderr)
		}
	}
	copyFile(t, filepath.Join(dir, "old.skl"), stats)

	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--log-format", "json", "--stats", stats)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	}()
	logs := make(chan map[string]any, 100)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			var rec map[string]any
			if json.Unmarshal(sc.Bytes(), &rec) == nil {
				logs <- rec
			}
		}
		close(logs)
	}()
	waitLog := func(msg string) map[string]any {
		t.Helper()
		timeout := time.After(10 * time.Second)
		for {
			select {
			case rec, ok := <-logs:
				if !ok {
					t.Fatalf("server exited before logging %q", msg)
				}
				if rec["msg"] == msg {
					return rec
				}
			case <-timeout:
				t.Fatalf("no %q in the server's log after 10s", msg)
			}
		}
	}
	waitLog("stats loaded")
	url := "http://" + waitLog("listening")["addr"].(string) + "/v1/tags"
	ask := func() (string, error) {
		resp, err := http.Post(url, "application/json", strings.NewReader(`{"headline":"Farmers fear bird flu outbreak","best":3}`))
		if err != nil {
			return "", err
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			return "", fmt.Errorf("status %d: %s", resp.StatusCode, body)
		}
		return string(body), nil
	}
	if body, err := ask(); err != nil || strings.Contains(body, "BirdFlu") {
		t.Fatalf("before the reload: %s, %v; want an answer without BirdFlu", body, err)
	}

	// Requests in a loop while the file is replaced and reloaded: none
	// may fail.
	var stop atomic.Bool
	var wg sync.WaitGroup
	var failures atomic.Int64
	var answered atomic.Int64
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				if _, err := ask(); err != nil {
					failures.Add(1)
					t.Errorf("a request during the reload failed: %v", err)
				}
				answered.Add(1)
			}
		}()
	}
	copyFile(t, filepath.Join(dir, "new.skl"), stats)
	cmd.Process.Signal(syscall.SIGHUP)
	waitLog("stats reloaded")
	body, err := ask()
	stop.Store(true)
	wg.Wait()
	if err != nil || !strings.Contains(body, `"text":"BirdFlu"`) {
		t.Errorf("after the reload: %s, %v; want BirdFlu", body, err)
	}
	if answered.Load() == 0 || failures.Load() > 0 {
		t.Errorf("%d requests answered, %d failed during the reload; want some answered and none failed", answered.Load(), failures.Load())
	}

	// A broken file on reload is logged; the statistics in use stay.
	os.WriteFile(stats, []byte("not stats"), 0o644)
	cmd.Process.Signal(syscall.SIGHUP)
	waitLog("stats reload failed; keeping the statistics in use")
	if body, err := ask(); err != nil || !strings.Contains(body, `"text":"BirdFlu"`) {
		t.Errorf("after a failed reload: %s, %v; want the statistics before it (BirdFlu)", body, err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	// Write then rename, as a deploy would: the server never reads half a file.
	tmp := to + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, to); err != nil {
		t.Fatal(err)
	}
}

// TestLearnStdin: no file, or "-", reads stdin; "-o -" writes to stdout.
func TestLearnStdin(t *testing.T) {
	dir := t.TempDir()
	archive, err := os.ReadFile(writeArchive(t, dir, "a.txt", "Boko Haram"))
	if err != nil {
		t.Fatal(err)
	}
	fromFile := filepath.Join(dir, "file.skl")
	sharekit(t, "", "learn", "-o", fromFile, filepath.Join(dir, "a.txt"))
	want, _ := os.ReadFile(fromFile)
	for _, args := range [][]string{{"learn", "-o", "-"}, {"learn", "-o", "-", "-"}} {
		out, stderr, code := sharekit(t, string(archive), args...)
		if code != 0 || out != string(want) {
			t.Errorf("sharekit %q < a.txt: exit %d, %d bytes (stderr %q); want the %d bytes learned from the file", args, code, len(out), stderr, len(want))
		}
	}
}
