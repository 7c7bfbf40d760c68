package atomicfile

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// File is an output being written: an *os.File (the temporary file, or the
// target itself when it is written directly) until Commit or Abort. It is
// not safe for concurrent use.
type File struct {
	*os.File
	target  string // the file replaced: the name given, its symlinks resolved
	existed bool
	direct  bool // written in place: no temporary file, nothing to rename
	done    bool // committed or aborted
}

// Create starts an output that will replace name. Errors read "cannot write
// NAME: reason".
func Create(name string) (*File, error) {
	if fi, err := os.Stat(name); err == nil && (!fi.Mode().IsRegular() || isDescriptorPath(name)) {
		if fi.IsDir() {
			return nil, fmt.Errorf("cannot write %s: is a directory", name)
		}
		// No O_CREATE and no O_TRUNC: the target exists, and truncating a
		// regular file behind /dev/fd/N is for the shell that opened it.
		f, err := os.OpenFile(name, os.O_WRONLY, 0)
		if err != nil {
			return nil, writeErr(name, err)
		}
		return &File{File: f, target: name, existed: true, direct: true}, nil
	}
	target, err := resolveLinks(name)
	if err != nil {
		return nil, writeErr(name, err)
	}
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	removeStaleTemps(dir, base)
	mode, existed := os.FileMode(0o666), false // a new file: the umask decides, as for any file a program creates
	if fi, err := os.Stat(target); err == nil {
		mode, existed = fi.Mode().Perm(), true
	}
	f, err := createTemp(dir, base, mode)
	if err != nil {
		return nil, writeErr(name, err)
	}
	if existed {
		// The replacement keeps the mode of the file it replaces.
		if err := f.Chmod(mode); err != nil {
			f.Close()
			os.Remove(f.Name())
			return nil, writeErr(name, err)
		}
	}
	return &File{File: f, target: target, existed: existed}, nil
}

// Commit closes the output and puts it in the target's place. After Commit,
// Abort does nothing.
func (a *File) Commit() error {
	a.done = true
	if err := a.File.Close(); err != nil {
		if !a.direct {
			os.Remove(a.Name())
		}
		return writeErr(a.target, err)
	}
	if a.direct {
		return nil
	}
	if err := os.Rename(a.Name(), a.target); err != nil {
		os.Remove(a.Name())
		return writeErr(a.target, err)
	}
	return nil
}

// Abort drops the output, leaving the target as it was (see [File.Untouched]);
// after Commit, or a first Abort, it does nothing. Deferred, it cleans up on
// any way out.
func (a *File) Abort() {
	if a.done {
		return
	}
	a.done = true
	a.File.Close()
	if !a.direct {
		os.Remove(a.Name())
	}
}

// Untouched says what became of the target of an aborted output: "left
// unchanged", "not written", or, for a target written directly, that it
// has the output so far.
func (a *File) Untouched() string {
	if a.direct {
		return "was written directly (not a regular file) and has the output so far"
	}
	if a.existed {
		return "left unchanged"
	}
	return "not written"
}

// writeErr is "cannot write NAME: reason", without the *PathError wrapping
// whose text would repeat the (temporary) name.
func writeErr(name string, err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("cannot write %s: %w", name, err)
}

// isDescriptorPath reports a name for a descriptor this process already has
// (/dev/stdout, /dev/fd/3, the /dev/fd/63 of a shell's >(…)): its links lead
// into /proc/self/fd and to names like "pipe:[1234]" that are no path, so
// they must be opened as given.
func isDescriptorPath(name string) bool {
	switch name {
	case "/dev/stdout", "/dev/stderr":
		return true
	}
	return strings.HasPrefix(name, "/dev/fd/") || strings.HasPrefix(name, "/proc/self/fd/")
}

// tempPrefix is how the temporary file for base begins: ".base.tmp-", then
// the process id and a random part, so that a later run can tell a temporary
// file of a process that is gone (killed before it could clean up) from one
// still being written.
func tempPrefix(base string) string { return "." + base + ".tmp-" }

// createTemp creates a new temporary file for base in dir, opened with
// perm, which the umask then narrows (os.CreateTemp always uses 0600).
func createTemp(dir, base string, perm os.FileMode) (*os.File, error) {
	var err error
	for range 100 {
		name := filepath.Join(dir, fmt.Sprintf("%s%d-%d", tempPrefix(base), os.Getpid(), rand.Uint32()))
		var f *os.File
		f, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, os.ErrExist) {
			return f, err
		}
	}
	return nil, err
}

// removeStaleTemps removes the temporary files for base in dir that a run
// killed before it could clean up left behind (SIGKILL, a power cut): those
// whose process is gone, and that this user owns. A file whose process
// still runs is another run's, and left alone.
func removeStaleTemps(dir, base string) {
	matches, _ := filepath.Glob(filepath.Join(dir, globEscape(tempPrefix(base))+"*"))
	for _, m := range matches {
		rest := strings.TrimPrefix(filepath.Base(m), tempPrefix(base))
		pidText, _, ok := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		if !ok || err != nil || pid <= 0 || pid == os.Getpid() {
			continue
		}
		if ownedByUs(m) && !processAlive(pid) {
			os.Remove(m)
		}
	}
}

// globEscape escapes the characters filepath.Match treats specially.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// resolveLinks follows symlinks from name, so that an output onto a link
// replaces the file it points to (which the user meant) rather than the
// link. A dangling link resolves to the path it names, which is then
// created.
func resolveLinks(name string) (string, error) {
	if p, err := filepath.EvalSymlinks(name); err == nil {
		return p, nil
	}
	p := name
	for range 40 { // the kernel's own limit on a chain of links
		fi, err := os.Lstat(p)
		if errors.Is(err, os.ErrNotExist) {
			return p, nil
		}
		if err != nil {
			return "", err
		}
		if fi.Mode()&os.ModeSymlink == 0 {
			return p, nil
		}
		dest, err := os.Readlink(p)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(p), dest)
		}
		p = dest
	}
	return "", fmt.Errorf("too many levels of symbolic links")
}
