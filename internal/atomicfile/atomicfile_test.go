package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// leftovers lists what is in dir besides the names given.
func leftovers(t *testing.T, dir string, want ...string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var extra []string
	for _, e := range entries {
		if !strings.Contains(strings.Join(want, "\x00"), e.Name()) {
			extra = append(extra, e.Name())
		}
	}
	return extra
}

func TestCommitAndAbort(t *testing.T) {
	tests := []struct {
		name      string
		before    string // "" for no file
		commit    bool
		want      string // the target's content after; "" with exists false
		exists    bool
		untouched string
	}{
		{"new file, committed", "", true, "new", true, ""},
		{"new file, aborted", "", false, "", false, "not written"},
		{"replaced, committed", "old", true, "new", true, ""},
		{"replaced, aborted", "old", false, "old", true, "left unchanged"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			target := filepath.Join(dir, "out.jsonl")
			if tt.before != "" {
				if err := os.WriteFile(target, []byte(tt.before), 0o640); err != nil {
					t.Fatal(err)
				}
			}
			f, err := Create(target)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Abort()
			fmt.Fprint(f, "new")
			if tt.before != "" && readFile(t, target) != tt.before {
				t.Errorf("while writing, %s changed; want the old %q until Commit", target, tt.before)
			}
			if tt.commit {
				if err := f.Commit(); err != nil {
					t.Fatal(err)
				}
			} else {
				f.Abort()
				if got := f.Untouched(); got != tt.untouched {
					t.Errorf("Untouched() = %q; want %q", got, tt.untouched)
				}
			}
			f.Abort() // after either, a no-op
			b, err := os.ReadFile(target)
			if exists := err == nil; exists != tt.exists || exists && string(b) != tt.want {
				t.Errorf("after the run %s = %q (exists %t); want %q (exists %t)", target, b, exists, tt.want, tt.exists)
			}
			if extra := leftovers(t, dir, "out.jsonl"); len(extra) > 0 {
				t.Errorf("left behind %q; want no temporary file", extra)
			}
			if tt.before != "" && tt.commit && runtime.GOOS != "windows" {
				if fi, err := os.Stat(target); err != nil || fi.Mode().Perm() != 0o640 {
					t.Errorf("replacement mode = %v (%v); want the old file's 0640", fi.Mode().Perm(), err)
				}
			}
		})
	}
}

// TestSymlinkTarget checks that an output onto a symlink replaces the file
// it points to and keeps the link.
func TestSymlinkTarget(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.txt")
	link := filepath.Join(dir, "link.txt")
	if err := os.WriteFile(real, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.txt", link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	f, err := Create(link)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprint(f, "new")
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, real); got != "new" {
		t.Errorf("%s = %q; want %q", real, got, "new")
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("%s is no longer a symlink (%v)", link, err)
	}
}

// TestDirectTarget checks that a device is written in place, never renamed
// over.
func TestDirectTarget(t *testing.T) {
	if _, err := os.Stat(os.DevNull); err != nil || runtime.GOOS == "windows" {
		t.Skip("no", os.DevNull)
	}
	f, err := Create(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprint(f, "discarded")
	f.Abort()
	if got := f.Untouched(); !strings.Contains(got, "written directly") {
		t.Errorf("Untouched() = %q; want it to say the target was written directly", got)
	}
	if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode().IsRegular() {
		t.Errorf("%s is now a regular file (%v)", os.DevNull, err)
	}
}

func TestCreateDirectory(t *testing.T) {
	dir := t.TempDir()
	if _, err := Create(dir); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("Create(%q) error = %v; want one saying it is a directory", dir, err)
	}
}

// TestStaleTemps checks that a temporary file of a process that is gone is
// removed by the next Create of the same target, and that one of a live
// process (this one's parent stands in) is left alone.
func TestStaleTemps(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("no process check here: every temporary file is taken as live")
	}
	dir := t.TempDir()
	target := filepath.Join(dir, "out[1].csv") // glob characters in the name
	dead := filepath.Join(dir, fmt.Sprintf("%s%d-1", tempPrefix("out[1].csv"), 1<<30))
	live := filepath.Join(dir, fmt.Sprintf("%s%d-2", tempPrefix("out[1].csv"), os.Getppid()))
	for _, name := range []string{dead, live} {
		if err := os.WriteFile(name, []byte("partial"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	f, err := Create(target)
	if err != nil {
		t.Fatal(err)
	}
	f.Abort()
	if _, err := os.Stat(dead); err == nil {
		t.Errorf("%s (its process is gone) is still there", filepath.Base(dead))
	}
	if _, err := os.Stat(live); err != nil {
		t.Errorf("%s (its process runs) was removed: %v", filepath.Base(live), err)
	}
}
