//go:build !amd64 && !arm64

package hashtag

import "unsafe"

// prefetch brings the cache line of each address into the caches, here
// by loading a byte of each: this architecture's prefetch instruction is
// not written out (prefetch_amd64.s, prefetch_arm64.s).
func prefetch(addrs []unsafe.Pointer) {
	var sink byte
	for _, a := range addrs {
		sink += *(*byte)(a)
	}
	prefetchSink += sink
}

var prefetchSink byte
