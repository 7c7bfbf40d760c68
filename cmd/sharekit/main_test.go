package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
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

// TestProcessOutputKeptOnFailure: -o replaces the file only when every input
// was read to its end; otherwise the old file stays, stderr says so, and no
// temporary file is left behind. Each case starts from a good file whose
// content no run here could produce.
func TestProcessOutputKeptOnFailure(t *testing.T) {
	dir := t.TempDir()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	for i := range 5000 {
		fmt.Fprintf(zw, "Headline number %d about the storm over Brittany\n", i)
	}
	zw.Close()
	truncated := filepath.Join(dir, "tr.txt.gz")
	if err := os.WriteFile(truncated, gz.Bytes()[:gz.Len()/2], 0o644); err != nil {
		t.Fatal(err)
	}
	const good = "the good output of an earlier run\n"
	tests := []struct {
		name      string
		args      []string
		stderrHas []string
	}{
		{"truncated gzip", []string{"batch", truncated}, []string{"tr.txt.gz: line ", ": unexpected EOF\n", " records, 0 errors, "}},
		{"fail-fast stop", []string{"batch", "--fail-fast", "-n", "x", "bad.csv"}, []string{"bad.csv:3: Post.URL: "}},
		{"missing input", []string{"batch", "nothere.txt"}, []string{"cannot read nothere.txt: no such file or directory (skipped)"}},
		{"missing input among good ones", []string{"batch", "in.txt", "nothere.txt"}, []string{"1 of 2 inputs could not be read"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, "good.jsonl")
			if err := os.WriteFile(out, []byte(good), 0o644); err != nil {
				t.Fatal(err)
			}
			args := append([]string{tt.args[0], "-o", out}, tt.args[1:]...)
			_, stderr, code := sharekit(t, "", args...)
			if code != 1 {
				t.Errorf("sharekit %q exit status = %d; want 1 (stderr %q)", args, code, stderr)
			}
			for _, want := range append(tt.stderrHas, "sharekit: "+out+" left unchanged\n") {
				if !strings.Contains(stderr, want) {
					t.Errorf("sharekit %q stderr = %q; want it to contain %q", args, stderr, want)
				}
			}
			if now, _ := os.ReadFile(out); string(now) != good {
				t.Errorf("sharekit %q changed %s to %d bytes; want it left as it was", args, out, len(now))
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 2 {
				t.Errorf("%s holds %d entries after the run; want good.jsonl and tr.txt.gz, no temporary file", dir, len(entries))
			}
		})
	}
}

// TestProcessRunTimeErrorOnStdout: without -o the records read before a
// run-time error are on stdout, the summary counts them, and the error
// names the file and the line where reading stopped.
func TestProcessRunTimeErrorOnStdout(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	for i := range 5000 {
		fmt.Fprintf(zw, "Headline number %d about the storm over Brittany\n", i)
	}
	zw.Close()
	path := filepath.Join(t.TempDir(), "tr.txt.gz")
	if err := os.WriteFile(path, gz.Bytes()[:gz.Len()/2], 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := sharekit(t, "", "batch", path)
	n := strings.Count(stdout, "\n")
	if code != 1 || n == 0 || n >= 5000 {
		t.Fatalf("batch on a truncated gzip: status %d, %d records; want 1 and some records (stderr %q)", code, n, stderr)
	}
	for _, want := range []string{fmt.Sprintf("sharekit: %d records, 0 errors, ", n), fmt.Sprintf("sharekit: %s: line %d: unexpected EOF\n", path, n+1)} {
		if !strings.Contains(stderr, want) {
			t.Errorf("batch on a truncated gzip: stderr %q; want it to contain %q", stderr, want)
		}
	}
}

// TestProcessOutputSymlink: -o onto a symlink replaces the file it points
// to and leaves the link a link.
func TestProcessOutputSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.jsonl")
	link := filepath.Join(dir, "link.jsonl")
	if err := os.WriteFile(real, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.jsonl", link); err != nil {
		t.Skip(err)
	}
	if _, stderr, code := sharekit(t, "", "batch", "-o", link, "in.txt"); code != 0 {
		t.Fatalf("batch -o %s: status %d, stderr %q", link, code, stderr)
	}
	fi, err := os.Lstat(link)
	if err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("after batch -o, %s is %v (%v); want still a symlink", link, fi.Mode(), err)
	}
	got, _ := os.ReadFile(real)
	if bytes.Count(got, []byte("\n")) != 3 {
		t.Errorf("batch -o through a link wrote %q to its target; want 3 records", got)
	}
	if fi, _ := os.Stat(real); fi.Mode().Perm() != 0o600 {
		t.Errorf("target mode = %v; want the old file's 0600 kept", fi.Mode().Perm())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("%s holds %d entries; want the file and the link only", dir, len(entries))
	}
}

// TestProcessNotGzip: a .gz name over plain text is read as text, with one
// warning on stderr.
func TestProcessNotGzip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.txt.gz")
	if err := os.WriteFile(path, []byte("Storm hits Brittany\nFed holds rates\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := sharekit(t, "", "batch", path)
	want := "sharekit: " + path + ": not gzip data; reading it as plain text\n"
	if code != 0 || strings.Count(stdout, "\n") != 2 || strings.Count(stderr, want) != 1 {
		t.Errorf("batch %s: status %d, stdout %q, stderr %q; want 0, 2 records and the warning once", path, code, stdout, stderr)
	}
}

// TestProcessBadLangFromEnv: a bad SHAREKIT_LANG names --lang, so the user
// can find where the value came from.
func TestProcessBadLangFromEnv(t *testing.T) {
	cmd := exec.Command(bin, "tags", "x")
	cmd.Dir = goldenDir
	cmd.Env = append(os.Environ(), "SHAREKIT_LANG=!!")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.HasPrefix(stderr.String(), "sharekit: --lang: ") {
		t.Errorf("SHAREKIT_LANG=!! sharekit tags x: %v, stderr %q; want exit 2 and \"sharekit: --lang: …\"", err, stderr.String())
	}
}

// TestProcessOutputSpecial: -o onto something that is not a regular file
// writes to it in place: a FIFO gets the records, /dev/null stays a device,
// /dev/stdout is the process's stdout; a directory is a usage error before
// any input is read.
func TestProcessOutputSpecial(t *testing.T) {
	want, _, _ := sharekit(t, "", "batch", "in.txt")

	t.Run("fifo", func(t *testing.T) {
		dir := t.TempDir()
		fifo := filepath.Join(dir, "out.fifo")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Skip(err)
		}
		got := make(chan []byte)
		go func() {
			f, err := os.Open(fifo) // blocks until sharekit opens it to write
			if err != nil {
				got <- nil
				return
			}
			defer f.Close()
			b, _ := io.ReadAll(f)
			got <- b
		}()
		stdout, stderr, code := sharekit(t, "", "batch", "-o", fifo, "in.txt")
		if b := <-got; code != 0 || string(b) != want || stdout != "" {
			t.Errorf("batch -o FIFO: status %d, read %q, stdout %q, stderr %q; want 0 and %q through the FIFO", code, b, stdout, stderr, want)
		}
		if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
			t.Errorf("after batch -o, %s is %v (%v); want still a FIFO", fifo, fi.Mode(), err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("%s holds %d entries; want the FIFO only, no temporary file", dir, len(entries))
		}
	})

	t.Run("dev-null", func(t *testing.T) {
		if _, stderr, code := sharekit(t, "", "batch", "-o", os.DevNull, "in.txt"); code != 0 {
			t.Errorf("batch -o %s: status %d, stderr %q; want 0", os.DevNull, code, stderr)
		}
		if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
			t.Fatalf("after batch -o, %s is %v (%v); want still a character device", os.DevNull, fi.Mode(), err)
		}
	})

	t.Run("dev-stdout", func(t *testing.T) {
		if _, err := os.Stat("/dev/stdout"); err != nil {
			t.Skip(err)
		}
		stdout, stderr, code := sharekit(t, "", "batch", "-o", "/dev/stdout", "in.txt")
		if code != 0 || stdout != want {
			t.Errorf("batch -o /dev/stdout: status %d, stdout %q, stderr %q; want 0 and %q", code, stdout, stderr, want)
		}
	})

	t.Run("directory", func(t *testing.T) {
		dir := t.TempDir()
		stdout, stderr, code := sharekit(t, "", "batch", "-o", dir, "in.txt")
		wantErr := "sharekit: -o " + dir + ": is a directory\nusage: sharekit batch"
		if code != 2 || stdout != "" || !strings.HasPrefix(stderr, wantErr) {
			t.Errorf("batch -o DIR: status %d, stdout %q, stderr %q; want 2 and %q", code, stdout, stderr, wantErr)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("batch -o DIR left %d entries in it; want none", len(entries))
		}
	})
}

// TestProcessInterrupt: SIGTERM and SIGINT stop a batch -o run the same
// way: status 130, the summary so far and "interrupted" on stderr (not
// "context canceled"), no temporary file left, the old output unchanged.
func TestProcessInterrupt(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "huge.txt")
	var b bytes.Buffer
	for i := range 200000 {
		fmt.Fprintf(&b, "Headline number %d about the storm over Brittany and the Fed\n", i)
	}
	if err := os.WriteFile(in, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			out := filepath.Join(dir, "out.jsonl")
			const old = "the output of an earlier run\n"
			if err := os.WriteFile(out, []byte(old), 0o644); err != nil {
				t.Fatal(err)
			}
			// One worker, so the run lasts long enough to be stopped.
			cmd := exec.Command(bin, "batch", "--workers", "1", "-n", "x,facebook,linkedin", "-o", out, in, in, in)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Wait until the temporary file has records: the run is under way.
			for range 200 {
				if tmp, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.tmp-*")); len(tmp) > 0 {
					if fi, err := os.Stat(tmp[0]); err == nil && fi.Size() > 0 {
						break
					}
				}
				time.Sleep(10 * time.Millisecond)
			}
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 130 {
				t.Errorf("batch -o stopped by %v: %v; want exit status 130 (stderr %q)", sig, err, stderr.String())
			}
			for _, want := range []string{" records, 0 errors, ", "sharekit: interrupted\n", "sharekit: " + out + " left unchanged\n"} {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("batch -o stopped by %v: stderr %q; want it to contain %q", sig, stderr.String(), want)
				}
			}
			if strings.Contains(stderr.String(), "context canceled") {
				t.Errorf("batch -o stopped by %v: stderr %q; want no \"context canceled\"", sig, stderr.String())
			}
			if tmp, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.tmp-*")); len(tmp) > 0 {
				t.Errorf("batch -o stopped by %v left %q; want no temporary file", sig, tmp)
			}
			if now, _ := os.ReadFile(out); string(now) != old {
				t.Errorf("batch -o stopped by %v changed %s; want it left as it was", sig, out)
			}
		})
	}
}
