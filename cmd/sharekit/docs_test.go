package main

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The docs test: every ```console block in README.md and docs/*.md is a
// transcript. Each "$ " line (with the lines that continue it after a
// trailing \ or |) is run by bash with the built sharekit first on PATH, in
// a directory where testdata/ is the module's, and its output (stdout and
// stderr together) must be the lines that follow it, up to the next "$ ".
// Timings in batch summaries are the only thing not compared. A block that
// calls the API (localhost:8080) gets a `sharekit serve` of its own on a
// free port, with the flags of a `<!-- serve: FLAGS -->` line just above
// the block. Commands that need curl or jq skip when they are absent.
//
// So the docs cannot drift: change an output, and this test names the page,
// the line and the difference.

// docTiming matches what changes from run to run in a batch summary.
var docTiming = regexp.MustCompile(`[0-9.]+s, [0-9]+ records/s`)

type docCommand struct {
	file string
	path string
	line int // of the "$ "
	end  int // the command's last line
	cmd  string
	want string
	// indent is the block's own, in a list item: not part of the lines.
	indent string
}

type docBlock struct {
	file     string
	line     int
	serve    []string // flags for serve; nil when the block calls no API
	commands []docCommand
}

// docBlocks reads the console blocks of a Markdown file.
func docBlocks(t *testing.T, path string) []docBlock {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(path)
	if filepath.Base(filepath.Dir(path)) == "docs" {
		name = "docs/" + name
	}
	var blocks []docBlock
	var cur *docBlock
	var serve []string
	hasServe := false
	var cmd *docCommand
	continued := false
	indent := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if cur == nil {
			switch {
			case strings.HasPrefix(line, "<!-- serve:"):
				serve = strings.Fields(strings.TrimSuffix(strings.TrimPrefix(line, "<!-- serve:"), "-->"))
				hasServe = true
			case strings.TrimLeft(line, " ") == "```console":
				indent = line[:len(line)-len("```console")]
				cur = &docBlock{file: name, line: n}
				if hasServe {
					cur.serve = append([]string{}, serve...)
				}
				hasServe, serve = false, nil
			case strings.TrimSpace(line) != "":
				hasServe, serve = false, nil
			}
			continue
		}
		line = strings.TrimPrefix(line, indent)
		if line == "```" {
			if cmd != nil {
				cur.commands = append(cur.commands, *cmd)
			}
			blocks = append(blocks, *cur)
			cur, cmd, continued = nil, nil, false
			continue
		}
		switch {
		case continued:
			cmd.cmd += "\n" + line
			cmd.end = n
		case strings.HasPrefix(line, "$ "):
			if cmd != nil {
				cur.commands = append(cur.commands, *cmd)
			}
			cmd = &docCommand{file: name, path: path, line: n, end: n, cmd: strings.TrimPrefix(line, "$ "), indent: indent}
		case cmd == nil:
			t.Errorf("%s:%d: console block text before any $ command: %q", name, n, line)
		default:
			cmd.want += line + "\n"
		}
		trimmed := strings.TrimSpace(line)
		continued = cmd != nil && cmd.want == "" && (strings.HasSuffix(trimmed, `\`) || strings.HasSuffix(trimmed, "|"))
		if cmd != nil && strings.Contains(cmd.cmd, "localhost:8080") && cur.serve == nil {
			cur.serve = []string{}
		}
	}
	if cur != nil {
		t.Errorf("%s:%d: console block never closed", name, cur.line)
	}
	return blocks
}

// ownDocTest are the pages whose commands need files of their own, made
// by a test of their own (docs/learn.md: TestDocsLearn writes the archive
// it learns from).
var ownDocTest = map[string]bool{"learn.md": true}

func TestDocs(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	pages = append([]string{filepath.Join(root, "README.md")}, pages...)

	// The commands run where testdata/ is the module's and sharekit is
	// the binary under test.
	work := t.TempDir()
	if err := os.Symlink(filepath.Join(root, "testdata"), filepath.Join(work, "testdata")); err != nil {
		t.Fatal(err)
	}
	binDir := filepath.Dir(bin)

	ran := 0
	var updates []docUpdate
	defer func() {
		if *update {
			applyDocUpdates(t, updates)
		}
	}()
	for _, page := range pages {
		if ownDocTest[filepath.Base(page)] {
			continue
		}
		for _, b := range docBlocks(t, page) {
			t.Run(fmt.Sprintf("%s:%d", b.file, b.line), func(t *testing.T) {
				addr := ""
				if b.serve != nil {
					if _, err := exec.LookPath("curl"); err != nil {
						t.Skip("skipping: curl is not installed (.ci/run installs it)")
					}
					addr = startServe(t, b.serve)
				}
				for _, c := range b.commands {
					if got, ok := runDocCommand(t, c, work, binDir, addr); !ok {
						updates = append(updates, docUpdate{c, got})
					}
					ran++
				}
			})
		}
	}
	if ran == 0 {
		t.Skip("skipping: no console block ran")
	}
}

// runDocCommand runs c and compares its output with the page's; it
// returns the output and whether they are the same.
func runDocCommand(t *testing.T, c docCommand, work, binDir, addr string) (string, bool) {
	t.Helper()
	for _, tool := range []string{"jq", "curl"} {
		if strings.Contains(c.cmd, tool+" ") {
			if _, err := exec.LookPath(tool); err != nil {
				t.Skipf("skipping %s:%d: %s is not installed (.ci/run installs it)", c.file, c.line, tool)
			}
		}
	}
	script := c.cmd
	if addr != "" {
		script = strings.ReplaceAll(script, "localhost:8080", addr)
	}
	cmd := exec.Command("bash", "-c", "set -o pipefail; "+script)
	cmd.Dir = work
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "SHAREKIT_") && !strings.HasPrefix(e, "PATH=") {
			cmd.Env = append(cmd.Env, e)
		}
	}
	cmd.Env = append(cmd.Env, "PATH="+binDir+string(os.PathListSeparator)+os.Getenv("PATH"), "LC_ALL=C.UTF-8")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("%s:%d: %s: no end in 60s", c.file, c.line, c.cmd)
	}
	raw := out.String()
	if addr != "" {
		raw = strings.ReplaceAll(raw, addr, "localhost:8080")
	}
	got := docTiming.ReplaceAllString(raw, "T")
	want := docTiming.ReplaceAllString(c.want, "T")
	if got != want {
		if *update {
			return raw, false
		}
		t.Errorf("%s:%d: $ %s\noutput differs from the page (go test ./cmd/sharekit -run TestDocs -update rewrites it; review the diff):\n%s", c.file, c.line, c.cmd, diff([]byte(want), []byte(got)))
	}
	return got, true
}

// docUpdate is a transcript to rewrite with what the command printed.
type docUpdate struct {
	c   docCommand
	got string
}

// applyDocUpdates rewrites the output lines of each command in its page,
// from the last to the first so that line numbers stay right. Timings
// are written as they came.
func applyDocUpdates(t *testing.T, updates []docUpdate) {
	byPath := map[string][]docUpdate{}
	for _, u := range updates {
		byPath[u.c.path] = append(byPath[u.c.path], u)
	}
	for path, us := range byPath {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		for i := len(us) - 1; i >= 0; i-- {
			u := us[i]
			n := strings.Count(u.c.want, "\n")
			out := strings.Split(strings.TrimSuffix(u.got, "\n"), "\n")
			if u.got == "" {
				out = nil
			}
			for j := range out {
				out[j] = u.c.indent + out[j]
			}
			lines = append(lines[:u.c.end], append(out, lines[u.c.end+n:]...)...)
		}
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// startServe starts the built sharekit serve with flags on a free loopback
// port, waits until it answers, and stops it when the test ends.
func startServe(t *testing.T, flags []string) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	cmd := exec.Command(bin, append([]string{"serve", "--addr", addr}, flags...)...)
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	})
	for i := 0; i < 100; i++ {
		if resp, err := http.Get("http://" + addr + "/healthz"); err == nil {
			resp.Body.Close()
			return addr
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("sharekit serve %q did not answer on %s:\n%s", flags, addr, logs.String())
	return ""
}
