//go:build (amd64 || arm64) && !purego

package hashtag

// prefetch asks the processor to bring the cache line of each address
// into its caches, without waiting for them: the loads that need them
// come later, after other work (Learner.Add: the next headline's words).
// A load instead would hold up every instruction after it until its line
// came. The addresses are plain numbers (no pointers for the garbage
// collector to mind, nor write barriers to store them): one may be stale,
// as nothing is read from it.
//
//go:noescape
func prefetch(addrs []uintptr)
