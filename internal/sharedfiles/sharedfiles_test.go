package sharedfiles

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPath(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "corpora"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "corpora", "a.txt"), []byte("x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("SHAREKIT_SHARED", dir)
	if got, err := Path("corpora", "a.txt"); err != nil || got != filepath.Join(dir, "corpora", "a.txt") {
		t.Errorf("Path(corpora, a.txt) = %q, %v; want the file under $SHAREKIT_SHARED", got, err)
	}
	if _, err := Path("corpora", "missing.txt"); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("Path(corpora, missing.txt) error = %v; want one naming the file", err)
	}
	t.Setenv("SHAREKIT_SHARED", filepath.Join(dir, "nowhere"))
	if _, ok := Root(); ok {
		t.Error("Root() reports a directory that does not exist")
	}
	if _, err := Path("corpora"); err == nil || !strings.Contains(err.Error(), "SHAREKIT_SHARED") {
		t.Errorf("Path with no shared data: error = %v; want one saying where it is looked for", err)
	}
}
