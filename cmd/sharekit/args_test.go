package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestGNUArgs(t *testing.T) {
	app := newApp(nil, io.Discard, io.Discard)
	tests := []struct {
		name string
		in   []string
		want []string // nil: an error
	}{
		{"flags first stay", []string{"tags", "--style", "phrases", "a b"}, []string{"tags", "--style", "phrases", "--", "a b"}},
		{"flag after argument", []string{"tags", "a b", "--style", "phrases"}, []string{"tags", "--style", "phrases", "--", "a b"}},
		{"flag=value", []string{"tags", "a", "--style=phrases", "b"}, []string{"tags", "--style=phrases", "--", "a", "b"}},
		{"bool takes no value", []string{"tags", "a", "--fold", "b"}, []string{"tags", "--fold", "--", "a", "b"}},
		{"short alias with value", []string{"batch", "in.csv", "-o", "out.jsonl", "-n", "x"}, []string{"batch", "-o", "out.jsonl", "-n", "x", "--", "in.csv"}},
		{"single-dash long flag", []string{"tags", "a", "-max", "2"}, []string{"tags", "-max", "2", "--", "a"}},
		{"value that looks like a flag", []string{"tags", "--max", "-1", "a"}, []string{"tags", "--max", "-1", "--", "a"}},
		{"dash is an argument", []string{"tags", "-", "--fold"}, []string{"tags", "--fold", "--", "-"}},
		{"double dash ends flags", []string{"tags", "--fold", "--", "-5 degrees in Oslo", "--style"}, []string{"tags", "--fold", "--", "-5 degrees in Oslo", "--style"}},
		{"no arguments", []string{"batch", "--fail-fast"}, []string{"batch", "--fail-fast"}},
		{"help anywhere", []string{"tags", "a headline", "--help"}, []string{"tags", "--help"}},
		{"root flags untouched", []string{"--version"}, []string{"--version"}},
		{"unknown command untouched", []string{"frob", "--x"}, []string{"frob", "--x"}},
		{"help command untouched", []string{"help", "tags"}, []string{"help", "tags"}},
		{"unknown flag", []string{"tags", "a", "--bogus"}, nil},
		{"argument starting with dash", []string{"tags", "-5 degrees"}, nil},
		{"value missing at the end", []string{"tags", "a", "--style"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := gnuArgs(app, append([]string{"sharekit"}, tt.in...))
			if tt.want == nil {
				if err == nil {
					t.Errorf("gnuArgs(%q) = %q; want an error", tt.in, got)
				}
				return
			}
			if err != nil || !slices.Equal(got[1:], tt.want) {
				t.Errorf("gnuArgs(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

// TestFlagsAnywhere runs every command twice, flags before and after the
// arguments: the output must be the same, and what the flags ask for must
// have happened (not, as before, the flags read as headlines).
func TestFlagsAnywhere(t *testing.T) {
	t.Chdir(goldenDir)
	clearEnv(t)
	tests := []struct {
		name        string
		first, last []string
		stdin       string
		check       string // a substring stdout must have, proving the flags applied
	}{
		{"tags", []string{"tags", "--style", "phrases", "Board of Peace meets in Cairo"}, []string{"tags", "Board of Peace meets in Cairo", "--style", "phrases"}, "", "#BoardOfPeace"},
		{"links", []string{"links", "--url", "https://e.com/a", "-n", "x", "NASA launches Artemis II"}, []string{"links", "NASA launches Artemis II", "--url", "https://e.com/a", "-n", "x"}, "", "x\thttps://x.com/intent/tweet?"},
		{"post", []string{"post", "--format", "json", "--url", "https://e.com/a", "Storm hits Brittany"}, []string{"post", "Storm hits Brittany", "--url=https://e.com/a", "--format", "json"}, "", `"network":"x"`},
		{"extract", []string{"extract", "--", "-5 degrees in #Oslo"}, []string{"extract", "--", "-5 degrees in #Oslo"}, "", `"text":"Oslo"`},
		{"batch", []string{"batch", "--network", "x", "--format", "csv", "in.csv"}, []string{"batch", "in.csv", "--network", "x", "--format", "csv"}, "", "x_link"},
		{"completion", []string{"completion", "fish"}, []string{"completion", "fish"}, "", "__sharekit_complete"},
		{"dash headline after --", []string{"tags", "--", "-5 degrees in Oslo"}, []string{"tags", "--", "-5 degrees in Oslo"}, "", "#Oslo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out [2]string
			for i, args := range [][]string{tt.first, tt.last} {
				var stdout, stderr bytes.Buffer
				app := newApp(strings.NewReader(tt.stdin), &stdout, &stderr)
				if code := exitCode(execute(context.Background(), app, append([]string{"sharekit"}, args...)), &stderr); code != 0 {
					t.Fatalf("sharekit %q: exit status %d, stderr %q", args, code, stderr.String())
				}
				out[i] = stdout.String()
			}
			if out[0] != out[1] {
				t.Errorf("flags last gave\n%s\nflags first gave\n%s", out[1], out[0])
			}
			if !strings.Contains(out[1], tt.check) {
				t.Errorf("sharekit %q = %q; want it to contain %q", tt.last, out[1], tt.check)
			}
		})
	}
}

// TestServeFlagsAfterArgument: serve takes no argument; a flag typed after
// a stray one is read as a flag, and only the stray one is refused, before
// anything listens.
func TestServeFlagsAfterArgument(t *testing.T) {
	var stdout, stderr bytes.Buffer
	app := newApp(strings.NewReader(""), &stdout, &stderr)
	code := exitCode(execute(context.Background(), app, []string{"sharekit", "serve", "stray", "--max-body", "1MiB"}), &stderr)
	if want := `serve takes no arguments, got ["stray"]`; code != exitUsage || !strings.Contains(stderr.String(), want) {
		t.Errorf("serve stray --max-body 1MiB: status %d, stderr %q; want 2 and %q", code, stderr.String(), want)
	}
}

// TestProcessFlagsLast is the issue's own example, run as a process: -o
// after the input file writes the file and nothing to stdout, and the
// output file is not read as an input.
func TestProcessFlagsLast(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	if err := os.WriteFile(out, []byte("stale\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := sharekit(t, "", "batch", "in.txt", "-o", out, "--no-progress")
	if code != 0 || stdout != "" {
		t.Fatalf("batch in.txt -o FILE: status %d, stdout %q, stderr %q; want 0 and nothing on stdout", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "3 records") {
		t.Errorf("stderr %q; want 3 records (in.txt only)", stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil || bytes.Count(data, []byte("\n")) != 3 {
		t.Errorf("%s = %q, %v; want the 3 records", out, data, err)
	}
	stdout, _, code = sharekit(t, "", "tags", "Board of Peace meets in Cairo", "--style", "phrases")
	if code != 0 || strings.Contains(stdout, "#style") {
		t.Errorf("tags HEADLINE --style phrases = %q (status %d); want the flag applied", stdout, code)
	}
}

func clearEnv(t *testing.T) {
	t.Helper()
	for _, e := range os.Environ() {
		if k, _, _ := strings.Cut(e, "="); strings.HasPrefix(k, "SHAREKIT_") {
			t.Setenv(k, "")
			os.Unsetenv(k)
		}
	}
}

// TestHelpConsistent holds every command's --help to one shape, beyond its
// golden file: no urfave/cli placeholders or switch defaults, --help
// listed, examples given, and flag lines short enough to read.
func TestHelpConsistent(t *testing.T) {
	app := newApp(nil, io.Discard, io.Discard)
	for _, c := range app.Commands {
		var out bytes.Buffer
		a := newApp(strings.NewReader(""), &out, io.Discard)
		if code := exitCode(execute(context.Background(), a, []string{"sharekit", c.Name, "--help"}), io.Discard); code != 0 {
			t.Fatalf("%s --help: status %d", c.Name, code)
		}
		help := out.String()
		for _, bad := range []string{"(default: false)", " value ", " value,", "[ --", "`", "[command options]"} {
			if strings.Contains(help, bad) {
				t.Errorf("%s --help has %q:\n%s", c.Name, bad, help)
			}
		}
		for _, want := range []string{"   --help, -h", "Examples:\n", "USAGE:\n   sharekit " + c.Name + " [options]"} {
			if !strings.Contains(help, want) {
				t.Errorf("%s --help lacks %q", c.Name, want)
			}
		}
		for _, f := range c.Flags {
			if _, usage := flagHelp(f); len(usage) > 110 {
				t.Errorf("%s --%s: description of %d characters; keep it under 110 and move detail to the command's description", c.Name, f.Names()[0], len(usage))
			}
		}
	}
}
