//go:build amd64 || arm64

package hashtag

import "unsafe"

// prefetch asks the processor to bring the cache line of each address
// into its caches, without waiting for them: the loads that need them
// come later, after other work (Learner.Add: the next headline's words).
// A load instead would hold up every instruction after it until its line
// came. An address may be stale; nothing is read from it.
//
//go:noescape
func prefetch(addrs []unsafe.Pointer)
