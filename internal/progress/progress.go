// Package progress shows how far a long run has read its inputs: a bar on
// stderr by bytes read against the inputs' total size, or a spinner when
// that is unknown (a pipe). By default a bar is shown only on a terminal,
// since a bar in a log file is noise.
package progress

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Mode says when to show a bar.
type Mode int

const (
	Auto Mode = iota // when the writer is a terminal
	On               // always (--progress)
	Off              // never (--no-progress)
)

// Bar is a progress bar, or nil for none: every method of a nil *Bar does
// nothing, so callers need no check. It is not safe for concurrent use.
type Bar struct{ pb *progressbar.ProgressBar }

// New returns a bar on w for total bytes (-1: unknown, a spinner) under
// mode, or nil when there should be none.
func New(w io.Writer, mode Mode, total int64, description string) *Bar {
	switch mode {
	case Off:
		return nil
	case Auto:
		f, ok := w.(*os.File)
		if !ok || !term.IsTerminal(int(f.Fd())) {
			return nil
		}
	}
	return &Bar{pb: progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(description),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowTotalBytes(true),
		progressbar.OptionSetWidth(20),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
	)}
}

// Reader returns r counting what is read from it on b (r itself for a nil
// b).
func (b *Bar) Reader(r io.Reader) io.Reader {
	if b == nil {
		return r
	}
	return io.TeeReader(r, b.pb)
}

// Finish completes the bar and clears it from the terminal.
func (b *Bar) Finish() {
	if b != nil {
		b.pb.Finish()
	}
}

// InputSize is the total size of the files named, "-" being stdin, for a
// bar: -1 when any is not a regular file whose size is known (a pipe, a
// stdin that is no *os.File, a file that cannot be read).
func InputSize(files []string, stdin io.Reader) int64 {
	var size int64
	for _, name := range files {
		var fi os.FileInfo
		var err error
		if name == "-" {
			f, ok := stdin.(*os.File)
			if !ok {
				return -1
			}
			fi, err = f.Stat()
		} else {
			fi, err = os.Stat(name)
		}
		if err != nil || !fi.Mode().IsRegular() {
			return -1
		}
		size += fi.Size()
	}
	return size
}
