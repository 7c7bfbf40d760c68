package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// bin is the sharekit binary TestMain builds once, to run as a process where
// in-process runs cannot show the behaviour: real stdin and pipes, -o, exit
// statuses seen by a shell.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sharekit-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	bin = filepath.Join(dir, "sharekit")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// sharekit runs the binary with stdin and returns stdout, stderr and the
// exit status.
func sharekit(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = goldenDir
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "SHAREKIT_") {
			cmd.Env = append(cmd.Env, e) // the defaults under test, not the caller's
		}
	}
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run %s: %v", args, err)
	}
	return stdout.String(), stderr.String(), code
}

func TestProcessExitStatus(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  int
	}{
		{"all good", []string{"batch", "in.txt"}, "", 0},
		{"some records failed", []string{"batch", "bad.txt"}, "", 1},
		{"unreadable file", []string{"batch", "nope.txt"}, "", 1},
		{"unknown flag", []string{"batch", "--nope"}, "", 2},
		{"bad value", []string{"tags", "--case", "bogus", "x"}, "", 2},
		{"version", []string{"--version"}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, stderr, code := sharekit(t, tt.stdin, tt.args...); code != tt.want {
				t.Errorf("sharekit %q exit status = %d; want %d (stderr %q)", tt.args, code, tt.want, stderr)
			}
		})
	}
}

// TestProcessPipe: stdin in, stdout out, one record per line, the same as
// the in-process run of the same file.
func TestProcessPipe(t *testing.T) {
	in, err := os.ReadFile(filepath.Join(goldenDir, "in.txt"))
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := sharekit(t, string(in), "batch", "--format", "text")
	if code != 0 || strings.Count(stdout, "\n") != 3 {
		t.Errorf("batch from stdin: status %d, stdout %q, stderr %q; want 3 lines", code, stdout, stderr)
	}
	tagsOut, _, _ := sharekit(t, string(in), "tags", "-")
	if stdout != tagsOut {
		t.Errorf("batch --format text = %q; tags = %q; want the same lines", stdout, tagsOut)
	}
	if strings.Contains(stderr, "\r") || strings.Contains(stderr, "[") {
		t.Errorf("stderr %q has a progress bar; want none when stderr is not a terminal", stderr)
	}
}

func TestProcessProgressForced(t *testing.T) {
	_, stderr, code := sharekit(t, "", "batch", "--progress", "in.txt")
	if code != 0 || !strings.Contains(stderr, "sharekit batch") {
		t.Errorf("batch --progress: status %d, stderr %q; want a progress bar", code, stderr)
	}
	_, stderr, _ = sharekit(t, "", "batch", "--no-progress", "in.txt")
	if strings.Contains(stderr, "sharekit batch") {
		t.Errorf("batch --no-progress: stderr %q; want no progress bar", stderr)
	}
}

func TestProcessGzip(t *testing.T) {
	dir := t.TempDir()
	plain, _, _ := sharekit(t, "", "batch", "in.csv")
	in, err := os.ReadFile(filepath.Join(goldenDir, "in.csv"))
	if err != nil {
		t.Fatal(err)
	}
	gzPath := filepath.Join(dir, "in.csv.gz")
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(in)
	zw.Close()
	if err := os.WriteFile(gzPath, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	got, stderr, code := sharekit(t, "", "batch", gzPath)
	got = strings.ReplaceAll(got, gzPath, "in.csv")
	if code != 0 || got != plain {
		t.Errorf("batch %s: status %d (stderr %q), output\n%s\nwant the same as for in.csv:\n%s", gzPath, code, stderr, got, plain)
	}
}

// TestProcessOutputFile: -o writes the file; a failed run leaves what was
// there and no temporary file behind.
func TestProcessOutputFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	stdout, stderr, code := sharekit(t, "", "batch", "-o", out, "in.txt")
	if code != 0 || stdout != "" {
		t.Fatalf("batch -o: status %d, stdout %q, stderr %q; want 0 and nothing on stdout", code, stdout, stderr)
	}
	good, err := os.ReadFile(out)
	if err != nil || bytes.Count(good, []byte("\n")) != 3 {
		t.Fatalf("batch -o wrote %q, %v; want 3 records", good, err)
	}
	if _, stderr, code := sharekit(t, "", "batch", "-o", out, "in.txt", "nope.txt"); code != 1 || !strings.Contains(stderr, "nope.txt") {
		t.Errorf("batch -o with a missing input: status %d, stderr %q; want 1 naming nope.txt", code, stderr)
	}
	if now, _ := os.ReadFile(out); !bytes.Equal(now, good) {
		t.Errorf("a failed run changed %s to %q; want it left as it was", out, now)
	}
	// Records that fail still have their output: the file is written.
	if _, _, code := sharekit(t, "", "batch", "-o", out, "bad.txt"); code != 1 {
		t.Errorf("batch -o bad.txt: status %d; want 1", code)
	}
	if now, _ := os.ReadFile(out); bytes.Count(now, []byte("\n")) != 6 {
		t.Errorf("batch -o bad.txt wrote %q; want its 6 records", now)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%s holds %d entries; want only out.jsonl, no temporary files", dir, len(entries))
	}
}

func TestProcessUnreadable(t *testing.T) {
	dir := t.TempDir() // a directory opens but cannot be read as a file
	_, stderr, code := sharekit(t, "", "batch", dir)
	if code != 1 || !strings.Contains(stderr, dir) || !strings.Contains(stderr, "is a directory") {
		t.Errorf("batch on a directory: status %d, stderr %q; want 1, naming it and saying why", code, stderr)
	}
}
