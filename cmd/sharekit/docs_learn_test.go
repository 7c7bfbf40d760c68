package main

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocsLearn runs every command docs/learn.md shows, in order, in one
// directory holding the files the page names, and checks that each prints
// the lines shown after it (nothing, when none are).
func TestDocsLearn(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "learn.md"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeArchive(t, dir, "archive.txt", "Boko Haram", "bird flu")
	if err := os.WriteFile(filepath.Join(dir, "today.txt"), []byte("Farmers fear bird flu outbreak\nBoko Haram frees hostages\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmds := learnDocCommands(string(doc))
	if len(cmds) < 5 {
		t.Fatalf("docs/learn.md shows %d commands; want the page's examples", len(cmds))
	}
	for _, c := range cmds {
		args, err := splitArgs(c.line)
		if err != nil || len(args) == 0 || args[0] != "sharekit" {
			t.Fatalf("docs/learn.md: cannot run %q: %v", c.line, err)
		}
		out, stderr, code := sharekitIn(t, dir, args[1:]...)
		if code != 0 {
			t.Errorf("docs/learn.md: %s: exit %d: %s", c.line, code, stderr)
			continue
		}
		if strings.TrimRight(out, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("docs/learn.md: %s printed\n%s\nwant\n%s", c.line, out, strings.Join(c.want, "\n"))
		}
	}
}

type learnDocCommand struct {
	line string
	want []string
}

// learnDocCommands finds the "$ " lines of the page's console blocks and the
// output lines after each.
func learnDocCommands(doc string) []learnDocCommand {
	var cmds []learnDocCommand
	in := false
	sc := bufio.NewScanner(strings.NewReader(doc))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "```console"):
			in = true
		case strings.HasPrefix(line, "```"):
			in = false
		case in && strings.HasPrefix(line, "$ "):
			cmds = append(cmds, learnDocCommand{line: strings.TrimPrefix(line, "$ ")})
		case in && len(cmds) > 0:
			cmds[len(cmds)-1].want = append(cmds[len(cmds)-1].want, line)
		}
	}
	return cmds
}

// splitArgs splits a command line at spaces, keeping "double-quoted"
// arguments whole: all the quoting the page uses.
func splitArgs(s string) ([]string, error) {
	var args []string
	var cur strings.Builder
	quoted, have := false, false
	for _, r := range s {
		switch {
		case r == '"':
			quoted, have = !quoted, true
		case r == ' ' && !quoted:
			if have {
				args = append(args, cur.String())
				cur.Reset()
				have = false
			}
		default:
			cur.WriteRune(r)
			have = true
		}
	}
	if quoted {
		return nil, errors.New("unclosed quote")
	}
	if have {
		args = append(args, cur.String())
	}
	return args, nil
}

// sharekitIn runs the binary in dir, without the caller's SHAREKIT_
// settings, and returns stdout, stderr and the exit status.
func sharekitIn(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "SHAREKIT_") {
			cmd.Env = append(cmd.Env, e)
		}
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return stdout.String(), stderr.String(), ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run %s: %v", args, err)
	}
	return stdout.String(), stderr.String(), 0
}
