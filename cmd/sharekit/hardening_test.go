//go:build unix

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestLinksOneNetworkNeverSinksTheOthers: `links --all` with a URL too long
// for Bluesky prints every other link and Bluesky's error in its place, in
// text and JSON, and exits 1; a URL no network can take is still exit 2.
func TestLinksOneNetworkNeverSinksTheOthers(t *testing.T) {
	long := "https://example.com/" + strings.Repeat("a", 400)
	stdout, stderr, code := sharekit(t, "", "links", "--all", "--url", long, "Storm hits Brittany")
	if code != 1 || !strings.Contains(stderr, "1 of ") {
		t.Errorf("links --all: status %d, stderr %q; want 1 saying how many networks failed", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) < 5 {
		t.Fatalf("links --all printed %q; want a line per network", stdout)
	}
	for _, l := range lines {
		network, rest, _ := strings.Cut(l, "\t")
		if network == "bluesky" != strings.HasPrefix(rest, "error: ") {
			t.Errorf("line %q: want bluesky's error and every other network's link", l)
		}
	}

	stdout, _, code = sharekit(t, "", "links", "--format", "json", "-n", "x,bluesky", "--url", long, "Storm hits Brittany")
	var resp struct{ Links []map[string]string }
	err := json.Unmarshal([]byte(stdout), &resp)
	links := resp.Links
	if err != nil || code != 1 {
		t.Fatalf("links --format json: status %d, %q, %v; want 1 and JSON", code, stdout, err)
	}
	if len(links) != 2 || links[0]["url"] == "" || links[1]["error"] == "" || links[1]["url"] != "" {
		t.Errorf("links --format json = %v; want x's url and bluesky's error", links)
	}

	if _, _, code := sharekit(t, "", "links", "--url", "javascript:alert(1)", "Storm"); code != 2 {
		t.Errorf("links with an unsafe --url: status %d; want 2 (usage)", code)
	}
}

// TestBatchDirectoryAmongInputsIsSkipped: a directory among the inputs is
// skipped and reported as a missing file is, and the inputs after it are
// read.
func TestBatchDirectoryAmongInputsIsSkipped(t *testing.T) {
	dir := t.TempDir()
	stdout, stderr, code := sharekit(t, "", "batch", "--format", "text", "in.txt", dir, "in.txt")
	if code != 1 || !strings.Contains(stderr, "cannot read "+dir+": is a directory (skipped)") {
		t.Errorf("status %d, stderr %q; want 1 and the directory reported as skipped", code, stderr)
	}
	if n := strings.Count(stdout, "\n"); n != 6 {
		t.Errorf("%d output lines; want 6, both in.txt read around the directory", n)
	}
}

// TestBatchOutputRespectsUmask: a new -o file is created with the umask
// applied (0600 under umask 077), not 0644.
func TestBatchOutputRespectsUmask(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	if _, stderr, code := sharekit(t, "", "batch", "-o", out, "in.txt"); code != 0 {
		t.Fatalf("batch -o: status %d, %s", code, stderr)
	}
	fi, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("-o file mode %v under umask 077; want 0600", perm)
	}
}

// TestBatchCleansStaleTemporaryFiles: a temporary file that a killed run
// left beside the -o target is removed by the next run; one whose process
// still runs is left alone.
func TestBatchCleansStaleTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	// A process id that is gone: one past the highest possible.
	stale := filepath.Join(dir, fmt.Sprintf(".out.jsonl.tmp-%d-123", 1<<22+1))
	live := filepath.Join(dir, fmt.Sprintf(".out.jsonl.tmp-%d-456", os.Getpid()))
	for _, f := range []string{stale, live} {
		if err := os.WriteFile(f, []byte("partial"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if _, stderr, code := sharekit(t, "", "batch", "-o", out, "in.txt"); code != 0 {
		t.Fatalf("batch -o: status %d, %s", code, stderr)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("%s of a process that is gone is still there; want it removed", stale)
	}
	if _, err := os.Stat(live); err != nil {
		t.Errorf("%s of a live process was removed: %v; want it left alone", live, err)
	}
}

// TestBatchTSVAndFormulaFlags: --tsv-quoted reads the Excel dialect (by
// default a quote is a quote), and --keep-formulas writes cells as they are.
func TestBatchTSVAndFormulaFlags(t *testing.T) {
	in := "headline\turl\n\"Brotherhood\" facing troubled times\t\n"
	stdout, _, code := sharekit(t, in, "batch", "-i", "tsv", "-")
	if code != 0 || !strings.Contains(stdout, `"headline":"\"Brotherhood\" facing troubled times"`) {
		t.Errorf("literal tsv: status %d, %q; want the quotes read as text", code, stdout)
	}
	_, _, code = sharekit(t, in, "batch", "-i", "tsv", "--tsv-quoted", "-")
	if code != 1 {
		t.Errorf("--tsv-quoted: status %d; want 1, the stray quote an error record", code)
	}
	in = "=SUM(A1)\n"
	stdout, _, _ = sharekit(t, in, "batch", "-f", "csv", "-")
	if !strings.Contains(stdout, "\n-,1,'=SUM(A1),") {
		t.Errorf("csv output %q; want the formula neutralised with a leading '", stdout)
	}
	stdout, _, _ = sharekit(t, in, "batch", "-f", "csv", "--keep-formulas", "-")
	if !strings.Contains(stdout, ",=SUM(A1),") {
		t.Errorf("--keep-formulas csv output %q; want the cell as it is", stdout)
	}
}

// TestBatchNetworkErrorKeepsOtherLinks: in `batch --network x,bluesky` a URL
// Bluesky cannot take keeps X's link in the record, Bluesky's error in its
// place, and the run exits 1 (0 with --allow-record-errors).
func TestBatchNetworkErrorKeepsOtherLinks(t *testing.T) {
	in := `{"headline":"Storm hits Brittany","url":"https://example.com/` + strings.Repeat("a", 400) + `"}` + "\n"
	stdout, _, code := sharekit(t, in, "batch", "-i", "jsonl", "-n", "x,bluesky", "-")
	var rec struct {
		Links  map[string]*string `json:"links"`
		Errors map[string]string  `json:"network_errors"`
	}
	if err := json.Unmarshal([]byte(stdout), &rec); err != nil || code != 1 {
		t.Fatalf("status %d, %q, %v; want 1 and one JSON record", code, stdout, err)
	}
	if rec.Links["x"] == nil || rec.Links["bluesky"] != nil || rec.Errors["bluesky"] == "" {
		t.Errorf("record %s; want x's link, bluesky null with its error", stdout)
	}
	if _, _, code := sharekit(t, in, "batch", "-i", "jsonl", "-n", "x,bluesky", "--allow-record-errors", "-"); code != 0 {
		t.Errorf("--allow-record-errors: status %d; want 0", code)
	}
}
