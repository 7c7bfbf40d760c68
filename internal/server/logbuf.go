package server

import (
	"io"
	"sync"
	"time"
)

// logBufferSize is how much BufferedLog holds before it writes: a few
// hundred access-log lines.
const logBufferSize = 32 << 10

// BufferedLog batches log records into fewer, larger writes: one system
// call per flush instead of one per request, which under load is a sizable
// share of the server's CPU. It writes when its buffer passes 32 KiB, every
// interval, and on Flush and Close, so a record is at most interval late.
// Each Write must be whole records (slog handlers write one record per
// call). It is safe for concurrent use.
type BufferedLog struct {
	mu   sync.Mutex
	w    io.Writer
	buf  []byte
	err  error // the first write error, reported by later calls
	stop chan struct{}
	done chan struct{}
}

// NewBufferedLog returns a BufferedLog writing to w, flushing every
// interval (at least every millisecond). Close it to stop its flusher.
func NewBufferedLog(w io.Writer, interval time.Duration) *BufferedLog {
	b := &BufferedLog{w: w, buf: make([]byte, 0, logBufferSize), stop: make(chan struct{}), done: make(chan struct{})}
	interval = max(interval, time.Millisecond)
	go func() {
		defer close(b.done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				b.Flush()
			case <-b.stop:
				return
			}
		}
	}()
	return b
}

// Write buffers p, writing the buffer out first when p would overflow it.
func (b *BufferedLog) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err != nil {
		return 0, b.err
	}
	if len(b.buf)+len(p) > logBufferSize {
		b.flushLocked()
		if len(p) > logBufferSize { // too big to batch
			if _, err := b.w.Write(p); err != nil && b.err == nil {
				b.err = err
			}
			return len(p), b.err
		}
	}
	b.buf = append(b.buf, p...)
	return len(p), b.err
}

// Flush writes out what is buffered.
func (b *BufferedLog) Flush() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.flushLocked()
	return b.err
}

func (b *BufferedLog) flushLocked() {
	if len(b.buf) == 0 || b.err != nil {
		return
	}
	if _, err := b.w.Write(b.buf); err != nil {
		b.err = err
	}
	b.buf = b.buf[:0]
}

// Close stops the flusher and writes out what is buffered. Writes after
// Close still work, unbatched by time: call Flush.
func (b *BufferedLog) Close() error {
	select {
	case <-b.stop:
	default:
		close(b.stop)
	}
	<-b.done
	return b.Flush()
}
