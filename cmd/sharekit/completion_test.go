package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// completions returns the candidates `sharekit __complete words…` gives,
// without their descriptions.
func completions(t *testing.T, words ...string) []string {
	t.Helper()
	var out bytes.Buffer
	if err := complete(newApp(nil, io.Discard, io.Discard), words, &out); err != nil {
		t.Fatalf("complete %q: %v", words, err)
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		if line != "" {
			cand, _, _ := strings.Cut(line, "\t")
			got = append(got, cand)
		}
	}
	return got
}

func TestComplete(t *testing.T) {
	tests := []struct {
		words   []string
		want    []string // all of these
		without []string // none of these
	}{
		{[]string{""}, []string{"tags", "links", "post", "extract", "batch", "completion", "serve", "help"}, []string{"__complete"}},
		{[]string{"-"}, []string{"--help", "--version"}, []string{"tags"}},
		{[]string{"completion", ""}, []string{"bash", "zsh", "fish"}, nil},
		{[]string{"help", ""}, []string{"tags", "batch"}, nil},
		{[]string{"tags", "--style", ""}, []string{"words", "phrases", "combined"}, nil},
		{[]string{"tags", "a headline", "--case", ""}, []string{"keep", "camel", "lower"}, nil},
		{[]string{"tags", "--format", ""}, []string{"text", "json", "jsonl"}, []string{"csv"}},
		{[]string{"batch", "--format", ""}, []string{"jsonl", "csv", "tsv", "text"}, nil},
		{[]string{"batch", "-i", ""}, []string{"txt", "csv", "tsv", "jsonl"}, nil},
		{[]string{"links", "-n", ""}, []string{"x", "facebook", "linkedin", "mastodon"}, nil},
		{[]string{"serve", "--log-format", ""}, []string{"text", "json"}, nil},
		{[]string{"tags", "--format=j"}, []string{"--format=text", "--format=json"}, nil},
		{[]string{"batch", "in.csv", ""}, []string{completeFiles}, nil},
		{[]string{"batch", "-o", ""}, []string{completeFiles}, nil},
		{[]string{"tags", "--stopwords", ""}, []string{completeFiles}, nil},
		{[]string{"tags", ""}, nil, []string{completeFiles, "--style"}},          // a headline: nothing to offer
		{[]string{"tags", "--", "-"}, nil, []string{"--style"}},                  // after --, no flags
		{[]string{"tags", "--max", ""}, nil, []string{"--style", completeFiles}}, // a number
	}
	for _, tt := range tests {
		got := completions(t, tt.words...)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("complete %q = %q; want %q among them", tt.words, got, w)
			}
		}
		for _, w := range tt.without {
			if slices.Contains(got, w) {
				t.Errorf("complete %q = %q; want no %q", tt.words, got, w)
			}
		}
	}
}

// TestCompleteEveryFlag: for every command, "-" completes every name of
// every flag the command has, and --help.
func TestCompleteEveryFlag(t *testing.T) {
	app := newApp(nil, io.Discard, io.Discard)
	for _, c := range app.Commands {
		got := completions(t, c.Name, "-")
		want := []string{"--help"}
		for _, f := range c.Flags {
			for _, n := range f.Names() {
				want = append(want, dashed(n))
			}
		}
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("complete %s - = %q; want %s", c.Name, got, w)
			}
		}
	}
}

// panicReader fails the test that reads it: completing must not read stdin.
type panicReader struct{ t *testing.T }

func (r panicReader) Read([]byte) (int, error) {
	r.t.Error("completion read stdin")
	return 0, io.EOF
}

// TestCompleteNeverRuns: a completion request for a batch over a file, with
// -o, reads nothing, writes no file and prints candidates only.
func TestCompleteNeverRuns(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	if err := os.WriteFile(in, []byte("Storm hits Brittany\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.jsonl")
	var stdout, stderr bytes.Buffer
	code := run([]string{"sharekit", completeCommand, "batch", in, "-o", out, "--"}, panicReader{t}, &stdout, &stderr)
	if code != 0 || stderr.Len() > 0 {
		t.Errorf("__complete: status %d, stderr %q", code, stderr.String())
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("__complete batch -o %s wrote the file", out)
	}
	if strings.Contains(stdout.String(), "Brittany") || !strings.Contains(stdout.String(), "--output") {
		t.Errorf("__complete stdout = %q; want flags, not records", stdout.String())
	}
}

// shellDir returns a directory holding the built binary as "sharekit", for
// a PATH, and the completion script for shell, or skips.
func shellDir(t *testing.T, shell string) (string, string) {
	t.Helper()
	if _, err := exec.LookPath(shell); err != nil {
		t.Skipf("%s is not installed (.ci/run installs it): its completion script is not tested here", shell)
	}
	dir := t.TempDir()
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "sharekit"), data, 0o755); err != nil {
		t.Fatal(err)
	}
	script, _, code := sharekit(t, "", "completion", shell)
	if code != 0 {
		t.Fatalf("completion %s: status %d", shell, code)
	}
	path := filepath.Join(dir, "completion."+shell)
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	// A file to complete, in the directory the shell runs in.
	work := filepath.Join(dir, "work")
	if err := os.Mkdir(work, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(work, "headlines.csv"), []byte("headline\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, path
}

// shellRun runs a script in shell with dir first on PATH, in dir/work.
func shellRun(t *testing.T, dir, shell string, args ...string) string {
	t.Helper()
	cmd := exec.Command(shell, args...)
	cmd.Dir = filepath.Join(dir, "work")
	cmd.Env = append(os.Environ(), "PATH="+dir+string(os.PathListSeparator)+os.Getenv("PATH"), "HOME="+dir, "XDG_CONFIG_HOME="+dir, "XDG_DATA_HOME="+dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("%s %q: %v\nstderr: %s", shell, args, err, stderr.String())
		}
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("%s %q: no answer in 30s", shell, args)
	}
	return stdout.String()
}

// shellCases are completion requests and what each must offer, the same
// for every shell.
var shellCases = []struct {
	line string // what was typed, the cursor at the end
	want []string
	not  []string
}{
	{"sharekit li", []string{"links"}, []string{"tags"}},
	{"sharekit completion ", []string{"bash", "zsh", "fish"}, nil},
	{"sharekit tags --st", []string{"--style", "--stopwords"}, []string{"--url"}},
	{"sharekit batch headlines.csv --out", []string{"--output"}, nil},
	{"sharekit links --url https://e.com x --net", []string{"--network"}, nil},
	{"sharekit post --for", []string{"--format"}, nil},
	{"sharekit extract --he", []string{"--help"}, nil},
	{"sharekit serve --max-b", []string{"--max-body"}, nil},
	{"sharekit batch --format c", []string{"csv"}, []string{"jsonl"}},
	{"sharekit batch head", []string{"headlines.csv"}, nil},
	{"sharekit batch -o head", []string{"headlines.csv"}, nil},
}

func checkShellAnswer(t *testing.T, shell, line, answer string, want, not []string) {
	t.Helper()
	got := strings.Fields(answer)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s: %q completes to %q; want %q", shell, line, got, w)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("%s: %q completes to %q; want no %q", shell, line, got, w)
		}
	}
}

// TestBashCompletion sources the bash script and calls its function as
// bash's completion would, with COMP_WORDS and COMP_CWORD set.
func TestBashCompletion(t *testing.T) {
	dir, script := shellDir(t, "bash")
	for _, tc := range shellCases {
		words := strings.Split(tc.line, " ")
		var quoted []string
		for _, w := range words {
			quoted = append(quoted, shellQuote(w))
		}
		prog := "source " + shellQuote(script) + "\n" +
			"COMP_WORDS=(" + strings.Join(quoted, " ") + ")\n" +
			"COMP_CWORD=" + itoa(len(words)-1) + "\n" +
			"_sharekit_complete\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
		checkShellAnswer(t, "bash", tc.line, shellRun(t, dir, "bash", "--norc", "-c", prog), tc.want, tc.not)
	}
}

// zshCapture asks zsh's own completion system (compinit, the script's
// compdef, _describe and _files) for the candidates of each line of the
// file $REQUESTS, typed with a TAB into one interactive zsh on a
// pseudo-terminal (zpty), then dropped with ^C. compadd is wrapped to print
// what it adds, between << and >> lines; "== n" starts request n.
const zshCapture = `zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z 'PROMPT= ; RPROMPT= ; autoload -Uz compinit && compinit -u -D'
zpty -w z "source ${SCRIPT}"
zpty -w z 'compadd() { builtin compadd -O __hits "$@"; print -rl -- "<<" "${__hits[@]}" ">>" }'
zpty -w z 'print -r -- READY'
zpty -r z line '*READY*'
zpty -w z 'print -r -- READY2'
zpty -r z line '*READY2*'
integer n=0
for request in "${(@f)$(<${REQUESTS})}"; do
  print -r -- "== $((n++))"
  zpty -n -w z "${request}"$'\t'
  integer i=0 quiet=0 seen=0
  while (( i++ < 200 && quiet < 6 )); do
    got=0
    while zpty -r -t z line; do
      got=1
      print -r -- "$line"
      [[ $line == '>>'* ]] && seen=1
    done 2>/dev/null
    if (( got == 0 && seen )); then (( quiet++ )); else quiet=0; fi
    sleep 0.05
  done
  zpty -n -w z $'\C-c'
  # The terminal discards what is typed before zsh has dealt with the ^C:
  # on a loaded machine the next request lost its first letter ("harekit
  # batch …"). Wait for the new prompt's line editor, which turns
  # bracketed paste on (ESC [?2004h), for up to 5 s.
  integer w=0
  buf=
  while (( w++ < 100 )); do
    if zpty -r -t z line; then
      buf+=$line
      [[ $buf == *$'\e[?2004h'* ]] && break
    else
      sleep 0.05
    fi
  done 2>/dev/null
  while zpty -r -t z line; do :; done 2>/dev/null
done
zpty -d z
`

// TestZshCompletion loads the zsh script into an interactive zsh with
// compinit and presses TAB after each request: zsh's whole completion
// system, prefix matching included.
func TestZshCompletion(t *testing.T) {
	dir, script := shellDir(t, "zsh")
	capture := filepath.Join(dir, "capture.zsh")
	var lines strings.Builder
	for _, tc := range shellCases {
		lines.WriteString(tc.line + "\n")
	}
	for name, text := range map[string]string{capture: zshCapture, filepath.Join(dir, "lines.txt"): lines.String()} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("SCRIPT", script)
	t.Setenv("REQUESTS", filepath.Join(dir, "lines.txt"))
	out := shellRun(t, dir, "zsh", "-f", capture)
	answers := make([][]string, len(shellCases))
	replied := make([]bool, len(shellCases))
	n, in := -1, false
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimRight(line, "\r")
		switch {
		case strings.HasPrefix(line, "== "):
			n, _ = strconv.Atoi(strings.TrimPrefix(line, "== "))
			in = false
		case n < 0 || n >= len(shellCases):
		case line == "<<":
			in, replied[n] = true, true
		case line == ">>":
			in = false
		case in:
			answers[n] = append(answers[n], line)
		}
	}
	for i, tc := range shellCases {
		if !replied[i] {
			t.Errorf("zsh: %q: no completion came back (zsh printed %q)", tc.line, out)
			continue
		}
		checkShellAnswer(t, "zsh", tc.line, strings.Join(answers[i], "\n"), tc.want, tc.not)
	}
}

// TestFishCompletion loads the fish script and asks fish itself with
// `complete -C`, the whole completion engine.
func TestFishCompletion(t *testing.T) {
	dir, script := shellDir(t, "fish")
	for _, tc := range shellCases {
		prog := "source " + shellQuote(script) + "\ncomplete -C " + shellQuote(tc.line) + "\n"
		out := shellRun(t, dir, "fish", "--no-config", "-c", prog)
		if strings.Contains(out, "`") {
			t.Errorf("fish: %q descriptions have backticks: %q", tc.line, out)
		}
		var answer []string
		for _, line := range strings.Split(out, "\n") {
			cand, _, _ := strings.Cut(line, "\t")
			answer = append(answer, cand)
		}
		checkShellAnswer(t, "fish", tc.line, strings.Join(answer, "\n"), tc.want, tc.not)
	}
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func itoa(n int) string { return strconv.Itoa(n) }
