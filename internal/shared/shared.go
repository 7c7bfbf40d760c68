// Package shared locates the data that lives beside a sharekit checkout in
// ../shared (twitter-text conformance data, real headline corpora). That data
// is never copied into the project: a user's clone does not have it, so tests
// and benchmarks that use it skip with a message saying what is missing.
package shared

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// Root returns the ../shared directory next to the module root, or the
// directory named by $SHAREKIT_SHARED. It reports whether it exists.
func Root() (string, bool) {
	if dir := os.Getenv("SHAREKIT_SHARED"); dir != "" {
		return dir, isDir(dir)
	}
	mod, err := moduleRoot()
	if err != nil {
		return "", false
	}
	dir := filepath.Join(mod, "..", "shared")
	return dir, isDir(dir)
}

// Path returns the path of a file or directory under ../shared, skipping tb
// with a clear message when it is not there.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	root, ok := Root()
	p := filepath.Join(append([]string{root}, elem...)...)
	if !ok {
		tb.Skipf("skipping: shared data %s not found (it lives beside the checkout in ../shared, or set SHAREKIT_SHARED)", filepath.Join(elem...))
	}
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipping: shared data %s not found: %v", p, err)
	}
	return p
}

func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("shared: go.mod not found above the working directory")
		}
		dir = parent
	}
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
