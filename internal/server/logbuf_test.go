package server

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer records each Write it gets.
type lockedBuffer struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	writes int
	err    error
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.writes++
	if l.err != nil {
		return 0, l.err
	}
	return l.buf.Write(p)
}

func TestBufferedLogKeepsEveryRecordWhole(t *testing.T) {
	var out lockedBuffer
	b := NewBufferedLog(&out, time.Hour) // only size and Close flush here
	const writers, each = 8, 2000
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				fmt.Fprintf(b, "writer=%d record=%d %s\n", w, i, strings.Repeat("x", i%50))
			}
		}()
	}
	wg.Wait()
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.buf.String(), "\n"), "\n")
	if len(lines) != writers*each {
		t.Fatalf("%d lines out; want %d", len(lines), writers*each)
	}
	seen := map[string]bool{}
	for _, l := range lines {
		var w, i int
		if _, err := fmt.Sscanf(l, "writer=%d record=%d", &w, &i); err != nil || l != fmt.Sprintf("writer=%d record=%d %s", w, i, strings.Repeat("x", i%50)) {
			t.Fatalf("line %q is not a whole record", l)
		}
		seen[l] = true
	}
	if len(seen) != writers*each {
		t.Errorf("%d distinct records; want %d", len(seen), writers*each)
	}
	if max := writers*each*70/logBufferSize + 2; out.writes > max {
		t.Errorf("%d writes for %d records; want batching (at most %d)", out.writes, writers*each, max)
	}
}

func TestBufferedLogFlushesOnItsOwn(t *testing.T) {
	var out lockedBuffer
	b := NewBufferedLog(&out, time.Millisecond)
	defer b.Close()
	fmt.Fprintln(b, "one record")
	// A deadline rather than a count of polls: on a loaded machine the
	// flusher may be scheduled late, and sleeps stretch; only "never" is
	// a failure.
	deadline := time.Now().Add(testWait)
	for {
		out.mu.Lock()
		got := out.buf.String()
		out.mu.Unlock()
		if got == "one record\n" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %v the record is still buffered (got %q)", testWait, got)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestBufferedLogReportsWriteErrors(t *testing.T) {
	out := lockedBuffer{err: errors.New("disk full")}
	b := NewBufferedLog(&out, time.Hour)
	fmt.Fprintln(b, "lost")
	if err := b.Flush(); err == nil || err.Error() != "disk full" {
		t.Errorf("Flush = %v; want disk full", err)
	}
	if _, err := b.Write([]byte("more\n")); err == nil {
		t.Errorf("Write after a failed flush = nil; want the error")
	}
	b.Close()
}

func TestBufferedLogLargeRecord(t *testing.T) {
	var out lockedBuffer
	b := NewBufferedLog(&out, time.Hour)
	b.Write([]byte("small\n"))
	big := strings.Repeat("y", 2*logBufferSize) + "\n"
	b.Write([]byte(big))
	b.Close()
	if got := out.buf.String(); got != "small\n"+big {
		t.Errorf("output has %d bytes; want the small record then the big one (%d bytes)", len(got), len("small\n"+big))
	}
}
