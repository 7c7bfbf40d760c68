package twtext

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGeneratedFilesUpToDate runs the two generators that read npm
// packages, when the packages are at hand, and checks that they give the
// committed files: twemoji_tables.go from twemoji-parser 11.0.2 and the
// golden weights from twitter-text 3.1.0. Set TWITTER_TEXT_DIR to a
// directory where `npm install twitter-text@3.1.0` was run (it brings
// twemoji-parser 11.0.2 with it); without it there is nothing to compare
// against, and the test skips.
func TestGeneratedFilesUpToDate(t *testing.T) {
	dir := os.Getenv("TWITTER_TEXT_DIR")
	if dir == "" {
		t.Skip("skipping: set TWITTER_TEXT_DIR to a directory with node_modules/twitter-text@3.1.0 to regenerate and compare")
	}
	tmp := t.TempDir()
	gen := exec.Command("go", "run", "gen_twemoji.go", "-pkg", filepath.Join(dir, "node_modules", "twemoji-parser"), "-o", filepath.Join(tmp, "twemoji_tables.go"))
	if out, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("go run gen_twemoji.go: %v\n%s", err, out)
	}
	same(t, "twemoji_tables.go", filepath.Join(tmp, "twemoji_tables.go"))
	node := exec.Command("node", "testdata/adversarial.js", dir, tmp)
	if out, err := node.CombinedOutput(); err != nil {
		t.Fatalf("node testdata/adversarial.js: %v\n%s", err, out)
	}
	same(t, "testdata/adversarial.json", filepath.Join(tmp, "adversarial.json"))
	same(t, "testdata/sweep.json.gz", filepath.Join(tmp, "sweep.json.gz"))
}

// same fails t unless the files hold the same bytes (for .gz, the same
// bytes once decompressed).
func same(t *testing.T, committed, generated string) {
	t.Helper()
	read := func(name string) []byte {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Ext(name) == ".gz" {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				t.Fatal(err)
			}
		}
		return data
	}
	if !bytes.Equal(read(committed), read(generated)) {
		t.Errorf("%s differs from what its generator gives now; run go generate ./internal/twtext/", committed)
	}
}
