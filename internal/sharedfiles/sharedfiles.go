// Package sharedfiles locates the data that lives beside a sharekit
// checkout in ../shared (twitter-text conformance data, real headline
// corpora, the editorial dev set). That data is never copied into the
// project: a user's clone does not have it, so tests and benchmarks that
// use it skip, with the error Path returns as the reason.
package sharedfiles

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
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

// Path returns the path of a file or directory under ../shared, or an
// error saying what is missing and where it is looked for: a test skips
// with it (t.Skip(err)).
func Path(elem ...string) (string, error) {
	root, ok := Root()
	if !ok {
		return "", fmt.Errorf("skipping: shared data %s not found (it lives beside the checkout in ../shared, or set SHAREKIT_SHARED)", filepath.Join(elem...))
	}
	p := filepath.Join(append([]string{root}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("skipping: shared data %s not found: %w", p, err)
	}
	return p, nil
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
			return "", errors.New("sharedfiles: go.mod not found above the working directory")
		}
		dir = parent
	}
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
