// Package atomicfile writes an output file that replaces its target only
// when the output is whole: a [File] is written to a temporary file beside
// the target and renamed over it by [File.Commit]; [File.Abort] drops it, so
// a failed run never leaves half a file where a good one was.
//
// A target that is not a regular file (a device such as /dev/null, a FIFO,
// a socket, a descriptor the process already has such as /dev/stdout or the
// /dev/fd/63 of a shell's >(…)) is opened and written directly: renaming
// over /dev/null would replace the device with a file, and a pipe has no
// "whole output" to wait for.
//
// The replacement keeps the mode of the file it replaces; a symlink is
// followed, so the file it points to is replaced rather than the link.
// Temporary files left by a run that was killed (their process is gone)
// are removed by the next run that writes the same target.
package atomicfile
