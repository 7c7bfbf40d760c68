package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// timing matches the run-dependent part of the batch summary.
var timing = regexp.MustCompile(`[0-9.]+s, [0-9]+ records/s`)

// goldenDir is testdata/cli at the module root, as an absolute path, since
// the tests chdir into it so that file names in outputs stay short.
var goldenDir, _ = filepath.Abs(filepath.Join("..", "..", "testdata", "cli"))

type appTest struct {
	name       string // also the golden file: testdata/cli/<name>.golden
	args       []string
	stdin      string
	wantCode   int
	wantStderr string // exact, after timings become "T"; "" means empty
	stderrHas  string // or: a substring it must have
}

var appTests = []appTest{
	// tags
	{name: "tags-args", args: []string{"tags", "Obama signs bill on gun control", "NASA launches Artemis II crew to the Moon"}},
	{name: "tags-stdin", args: []string{"tags"}, stdin: "Storm Ciarán hits Brittany\r\nFed holds interest rates steady\n"},
	{name: "tags-dash", args: []string{"tags", "First headline here", "-"}, stdin: "Second headline from stdin\n"},
	{name: "tags-json", args: []string{"tags", "--format", "json", "Obama signs bill on gun control", "the of a"}},
	{name: "tags-options", args: []string{"tags", "--style", "combined", "--case", "camel", "--max", "2", "--min-length", "3", "--fold", "--keep-acronyms", "NASA and the Université de Genève launch joint Moon mission"}},
	{name: "tags-lower", args: []string{"tags", "--case", "lower", "--lang", "en", "NASA Launches Artemis II"}},
	{name: "tags-stopwords", args: []string{"tags", "--stopwords", "stopwords.txt", "Obama signs bill, NASA launches rocket"}},
	{name: "tags-best", args: []string{"tags", "--best", "2", "Dozens dead after bus accident in Cameroon", "Board of Peace meets in Cairo", "‘Grateful to Pakistan’: US on Islamabad’s ‘offer’ to send troops to Gaza for peacebuilding"}},
	{name: "tags-best-json", args: []string{"tags", "--best", "3", "--format", "json", "--lang", "tr", "Denizli’de üç kişinin öldüğü iş cinayeti sonrası üç tutuklama"}},
	{name: "tags-best-negative", args: []string{"tags", "--best", "-1", "x"}, wantCode: 2, stderrHas: "--best must not be negative"},
	{name: "batch-best", args: []string{"batch", "--best", "2", "-n", "x,facebook", "in.csv"}, wantStderr: "sharekit: 3 records, 0 errors, T\n"},
	{name: "tags-replace-stopwords", args: []string{"tags", "--stopwords", "stopwords.txt", "--replace-stopwords", "Obama signs the bill"}},
	{name: "tags-jsonl", args: []string{"tags", "--format", "jsonl", "Obama signs bill on gun control"}},
	// links
	{name: "links-default", args: []string{"links", "--url", "https://news.example.com/artemis", "NASA launches Artemis II"}},
	{name: "links-json", args: []string{"links", "--url", "https://news.example.com/artemis", "--network", "x", "--via", "@nasa", "--utm-campaign", "launch", "--format", "json", "NASA launches Artemis II"}},
	{name: "links-all", args: []string{"links", "--url", "https://news.example.com/artemis", "--all", "--instance", "mastodon.social", "NASA launches Artemis II"}},
	{name: "links-stdin", args: []string{"links", "--url", "https://news.example.com/a", "-n", "x"}, stdin: "NASA launches Artemis II\nStorm Ciarán hits Brittany\n"},
	{name: "links-dash-and-args", args: []string{"links", "--url", "https://news.example.com/a", "-n", "x,facebook", "First headline", "-"}, stdin: "Second headline\n"},
	{name: "links-jsonl", args: []string{"links", "--format", "jsonl", "--url", "https://news.example.com/a", "-n", "x", "NASA launches Artemis II"}},
	// post
	{name: "post-x", args: []string{"post", "--url", "https://news.example.com/artemis", "NASA launches Artemis II crew to the Moon"}},
	{name: "post-json", args: []string{"post", "--network", "x", "--format", "json", "--via", "nasa", "--url", "https://news.example.com/artemis", "NASA launches Artemis II crew to the Moon"}},
	{name: "post-linkedin", args: []string{"post", "-n", "linkedin", "--url", "https://news.example.com/storm", "Storm Ciarán hits Brittany"}},
	{name: "post-stdin", args: []string{"post", "--url", "https://news.example.com/a"}, stdin: "NASA launches Artemis II\nStorm Ciarán hits Brittany\n"},
	{name: "post-dash", args: []string{"post", "--url", "https://news.example.com/a", "--format", "json", "-"}, stdin: "Storm Ciarán hits Brittany\n"},
	// extract
	{name: "extract-args", args: []string{"extract", "Storm over #Brittany tonight #weather", "no tags here"}},
	{name: "extract-stdin", args: []string{"extract"}, stdin: "#Artemis II lifts off #NASA\n"},
	// batch, every input and output format
	{name: "batch-txt", args: []string{"batch", "in.txt"}, wantStderr: "sharekit: 3 records, 0 errors, T\n"},
	{name: "batch-stdin", args: []string{"batch"}, stdin: "Obama signs bill on gun control\nNASA launches Artemis II\n", wantStderr: "sharekit: 2 records, 0 errors, T\n"},
	{name: "batch-csv-links", args: []string{"batch", "--network", "x,facebook,linkedin", "in.csv"}, wantStderr: "sharekit: 3 records, 0 errors, T\n"},
	{name: "batch-jsonl", args: []string{"batch", "-n", "x", "in.jsonl"}, wantStderr: "sharekit: 2 records, 0 errors, T\n"},
	{name: "batch-out-csv", args: []string{"batch", "--format", "csv", "-n", "x", "in.csv", "in.txt"}, wantStderr: "sharekit: 6 records, 0 errors, T\n"},
	{name: "batch-out-tsv", args: []string{"batch", "--format", "tsv", "in.csv"}, wantStderr: "sharekit: 3 records, 0 errors, T\n"},
	{name: "batch-out-text", args: []string{"batch", "--format", "text", "--max-line-bytes", "256", "in.txt", "bad.txt"}, wantCode: 1, wantStderr: "bad.txt:2: invalid UTF-8\nbad.txt:3: line longer than 256 bytes (first 256 bytes kept)\nsharekit: 9 records, 2 errors, T\n"},
	{name: "batch-input-format", args: []string{"batch", "-i", "csv", "--headline-column", "section", "--url-column", "url", "-"}, stdin: "section,url\nworld,\n", wantStderr: "sharekit: 1 record, 0 errors, T\n"},
	{name: "batch-jsonl-blank-line", args: []string{"batch", "-i", "jsonl", "-"}, stdin: "{\"headline\":\"Gaza talks resume\"}\n\n{\"headline\":\"Cairo summit\"}\n", wantCode: 1, wantStderr: "sharekit: 3 records, 1 error, T\n"},
	{name: "batch-bad-txt", args: []string{"batch", "--max-line-bytes", "256", "bad.txt"}, wantCode: 1, wantStderr: "sharekit: 6 records, 2 errors, T\n"},
	{name: "batch-bad-csv", args: []string{"batch", "-n", "x", "bad.csv"}, wantCode: 1, wantStderr: "sharekit: 5 records, 3 errors, T\n"},
	{name: "batch-unsafe-url-no-network", args: []string{"batch", "unsafe-url.csv"}, wantCode: 1, wantStderr: "sharekit: 3 records, 2 errors, T\n"},
	{name: "batch-bad-txt-allow-record-errors", args: []string{"batch", "--allow-record-errors", "--max-line-bytes", "256", "bad.txt"}, wantCode: 0, wantStderr: "sharekit: 6 records, 2 errors, T\n"},
	{name: "batch-missing-file-allow-record-errors", args: []string{"batch", "--allow-record-errors", "nope.txt", "in.txt"}, wantCode: 1, stderrHas: "sharekit: 1 of 2 inputs could not be read\n"},
	{name: "batch-fail-fast", args: []string{"batch", "--fail-fast", "-n", "x", "bad.csv"}, wantCode: 1, stderrHas: "sharekit: bad.csv:3: Post.URL: scheme"},
	// completion, help, version
	{name: "completion-bash", args: []string{"completion", "bash"}},
	{name: "completion-zsh", args: []string{"completion", "zsh"}},
	{name: "completion-fish", args: []string{"completion", "fish"}},
	{name: "help", args: []string{"--help"}},
	{name: "help-batch", args: []string{"batch", "--help"}},
	{name: "help-tags", args: []string{"help", "tags"}},
	{name: "help-links", args: []string{"links", "--help"}},
	{name: "help-post", args: []string{"post", "-h"}},
	{name: "help-extract", args: []string{"extract", "--help"}},
	{name: "help-completion", args: []string{"completion", "--help"}},
	{name: "help-serve", args: []string{"serve", "--help"}},
	{name: "help-flag-last", args: []string{"tags", "a headline", "--help"}},
	// usage errors: exit 2, the message and the usage line on stderr
	{name: "usage-unknown-flag", args: []string{"tags", "--bogus", "x"}, wantCode: 2, stderrHas: "sharekit: unknown flag --bogus (an argument that starts with '-' goes after --)\nusage: sharekit tags [options] [HEADLINE…]\n"},
	{name: "usage-bad-case", args: []string{"tags", "--case", "bogus", "x"}, wantCode: 2, stderrHas: "sharekit: --case: "},
	{name: "usage-negative-max", args: []string{"tags", "--max", "-1", "x"}, wantCode: 2, stderrHas: "--max must not be negative"},
	{name: "usage-bad-int", args: []string{"tags", "--max", "many", "x"}, wantCode: 2, stderrHas: "sharekit: --max: invalid value \"many\": want a whole number\n"},
	{name: "usage-bad-format", args: []string{"batch", "--format", "xml", "in.txt"}, wantCode: 2, stderrHas: "sharekit: --format \"xml\": want jsonl, csv, tsv, text or json\nusage: sharekit batch"},
	{name: "usage-bad-input-format", args: []string{"batch", "-i", "xml", "in.txt"}, wantCode: 2, stderrHas: "unknown input format \"xml\""},
	{name: "usage-bad-network", args: []string{"links", "--url", "https://e.com", "-n", "myspace", "x"}, wantCode: 2, stderrHas: "unknown network \"myspace\""},
	{name: "usage-missing-url", args: []string{"links", "a", "headline"}, wantCode: 2, stderrHas: "missing --url URL"},
	{name: "usage-unknown-command", args: []string{"frobnicate"}, wantCode: 2, stderrHas: "unknown command \"frobnicate\""},
	{name: "usage-unknown-command-root-usage", args: []string{"frob"}, wantCode: 2, wantStderr: "sharekit: unknown command \"frob\"\nusage: sharekit [global options] command [options] [arguments…]\nRun 'sharekit --help' for more.\n"},
	{name: "usage-root-unknown-flag", args: []string{"--bogus"}, wantCode: 2, wantStderr: "sharekit: unknown flag --bogus\nusage: sharekit [global options] command [options] [arguments…]\nRun 'sharekit --help' for more.\n"},
	{name: "usage-bad-lang", args: []string{"tags", "--lang", "!!", "x"}, wantCode: 2, stderrHas: "sharekit: --lang: \"!!\" is not a BCP 47 language tag (tag is not well-formed)\nusage: sharekit tags [options] [HEADLINE…]\n"},
	{name: "usage-bad-lang-subtag", args: []string{"tags", "--lang", "xx-!!", "x"}, wantCode: 2, stderrHas: "--lang: \"xx-!!\" is not a BCP 47 language tag"},
	{name: "usage-bad-lang-batch", args: []string{"batch", "--lang", "!!", "in.txt"}, wantCode: 2, stderrHas: "sharekit: --lang: "},
	{name: "usage-bad-lang-links", args: []string{"links", "--lang", "!!", "--url", "https://e.com", "x"}, wantCode: 2, stderrHas: "sharekit: --lang: "},
	{name: "tags-headline-help", args: []string{"tags", "help", "h"}},
	{name: "links-headline-h", args: []string{"links", "--url", "https://e.com/h", "-n", "x", "h"}},
	{name: "tags-lang-no-stopwords", args: []string{"tags", "--lang", "sw", "habari za Nairobi"}},
	{name: "usage-mastodon-no-instance", args: []string{"batch", "-n", "mastodon", "in.csv"}, wantCode: 2, stderrHas: "sharekit: --network mastodon needs --instance HOST\nusage: sharekit batch [options] [FILE…]\n"},
	{name: "usage-mastodon-no-instance-links", args: []string{"links", "-n", "x,mastodon", "--url", "https://e.com", "x"}, wantCode: 2, stderrHas: "sharekit: --network mastodon needs --instance HOST\nusage: sharekit links"},
	{name: "usage-mastodon-no-instance-post", args: []string{"post", "-n", "mastodon", "--url", "https://e.com", "x"}, wantCode: 2, stderrHas: "sharekit: --network mastodon needs --instance HOST\nusage: sharekit post"},
	{name: "usage-empty-network-list", args: []string{"batch", "-n", "", "in.csv"}, wantCode: 2, stderrHas: "sharekit: --network: no network named"},
	{name: "usage-empty-network-list-links", args: []string{"links", "-n", " , ", "--url", "https://e.com", "x"}, wantCode: 2, stderrHas: "sharekit: --network: no network named"},
	{name: "usage-all-with-network-links", args: []string{"links", "--url", "https://e.com", "--all", "-n", "x", "x"}, wantCode: 2, stderrHas: "sharekit: --all and --network cannot be used together\nusage: sharekit links"},
	{name: "usage-all-with-network-batch", args: []string{"batch", "--all", "--network", "x", "in.csv"}, wantCode: 2, stderrHas: "sharekit: --all and --network cannot be used together\nusage: sharekit batch"},
	{name: "links-network-dedupe", args: []string{"links", "--url", "https://news.example.com/artemis", "-n", "x,facebook,x", "-n", "FACEBOOK", "NASA launches Artemis II"}},
	{name: "batch-format-json", args: []string{"batch", "--format", "json", "in.txt"}, wantStderr: "sharekit: 3 records, 0 errors, T\n"},
	{name: "batch-max-line-units", args: []string{"batch", "--format", "text", "--max-line-bytes", "1KiB", "in.txt"}, wantStderr: "sharekit: 3 records, 0 errors, T\n"},
	{name: "usage-bad-max-line-bytes", args: []string{"batch", "--max-line-bytes", "64KB!", "in.txt"}, wantCode: 2, stderrHas: "sharekit: --max-line-bytes: \"64KB!\" is not a size"},
	{name: "usage-flag-needs-value", args: []string{"tags", "x", "--style"}, wantCode: 2, stderrHas: "sharekit: --style needs a value\n"},
	{name: "usage-unknown-flag-suggest", args: []string{"batch", "in.txt", "--ouptut", "x.jsonl"}, wantCode: 2, stderrHas: "sharekit: unknown flag --ouptut (did you mean --output?)\n"},
	{name: "usage-old-completion-request", args: []string{"batch", "in.txt", "--generate-bash-completion"}, wantCode: 2, stderrHas: "unknown flag --generate-bash-completion"},
	{name: "batch-network-dedupe", args: []string{"batch", "-n", "x,x", "in.jsonl"}, wantStderr: "sharekit: 2 records, 0 errors, T\n"},
	{name: "links-all-no-instance", args: []string{"links", "--url", "https://news.example.com/artemis", "--all", "NASA launches Artemis II"}},
	{name: "usage-unsafe-url-links", args: []string{"links", "--url", "javascript:alert(1)", "x"}, wantCode: 2, stderrHas: "sharekit: --url: scheme \"javascript\" not allowed; want http or https\nusage: sharekit links [options] [HEADLINE…]\n"},
	{name: "usage-unsafe-url-post", args: []string{"post", "--url", "/relative", "x"}, wantCode: 2, stderrHas: "sharekit: --url: is relative; want an absolute http or https URL\nusage: sharekit post [options] [HEADLINE…]\n"},
	{name: "usage-unsafe-url-post-json", args: []string{"post", "--format", "json", "--url", "javascript:alert(1)", "x"}, wantCode: 2, stderrHas: "usage: sharekit post"},
	{name: "usage-completion-shell", args: []string{"completion", "tcsh"}, wantCode: 2, stderrHas: "unknown shell \"tcsh\""},
	// run-time errors: exit 1, naming the file and the reason
	{name: "batch-missing-file", args: []string{"batch", "nope.txt", "in.txt"}, wantCode: 1, stderrHas: "sharekit: cannot read nope.txt: no such file or directory (skipped)\n"},
	{name: "batch-missing-file-summary", args: []string{"batch", "nope.txt", "in.txt"}, wantCode: 1, stderrHas: "sharekit: 1 of 2 inputs could not be read\n"},
	{name: "batch-missing-file-fail-fast", args: []string{"batch", "--fail-fast", "nope.txt", "in.txt"}, wantCode: 1, stderrHas: "sharekit: cannot read nope.txt: no such file or directory\n"},
	{name: "runtime-missing-stopwords", args: []string{"tags", "--stopwords", "nope.txt", "x"}, wantCode: 1, wantStderr: "sharekit: cannot read stopwords nope.txt: no such file or directory\n"},

	{name: "runtime-csv-no-column", args: []string{"batch", "--headline-column", "title", "in.csv"}, wantCode: 1, stderrHas: "sharekit: in.csv: header has no \"title\" column"},
}

// TestApp runs every command in-process with buffers: golden stdout, the
// exit status, and stderr.
func TestApp(t *testing.T) {
	t.Chdir(goldenDir)
	// The environment must not change the defaults under test.
	for _, e := range os.Environ() {
		if k, _, _ := strings.Cut(e, "="); strings.HasPrefix(k, "SHAREKIT_") {
			t.Setenv(k, "")
			os.Unsetenv(k)
		}
	}
	for _, tt := range appTests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			app := newApp(strings.NewReader(tt.stdin), &stdout, &stderr)
			code := exitCode(execute(context.Background(), app, append([]string{"sharekit"}, tt.args...)), &stderr)
			errText := timing.ReplaceAllString(stderr.String(), "T")
			if code != tt.wantCode {
				t.Errorf("sharekit %q exit status = %d; want %d (stderr: %s)", tt.args, code, tt.wantCode, errText)
			}
			switch {
			case tt.stderrHas != "":
				if !strings.Contains(errText, tt.stderrHas) {
					t.Errorf("sharekit %q stderr = %q; want it to contain %q", tt.args, errText, tt.stderrHas)
				}
			case errText != tt.wantStderr:
				t.Errorf("sharekit %q stderr = %q; want %q", tt.args, errText, tt.wantStderr)
			}
			if tt.wantCode == 2 && stdout.Len() > 0 {
				t.Errorf("sharekit %q wrote %q to stdout on a usage error; want nothing", tt.args, stdout.String())
			}
			if tt.wantCode != 2 && tt.stderrHas == "" || tt.wantCode == 1 && strings.HasPrefix(tt.name, "batch") {
				checkGolden(t, tt.name, stdout.Bytes())
			}
		})
	}
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join(goldenDir, name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("stdout differs from %s (go test -update rewrites it):\n%s", path, diff(want, got))
	}
}

// diff shows the first lines that differ, which is what a reader of a failed
// golden test needs.
func diff(want, got []byte) string {
	w := strings.Split(string(want), "\n")
	g := strings.Split(string(got), "\n")
	var b strings.Builder
	for i, shown := 0, 0; i < max(len(w), len(g)) && shown < 5; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n- %s\n+ %s\n", i+1, wl, gl)
			shown++
		}
	}
	return b.String()
}
