//go:build purego || !(amd64 || arm64)

package hashtag

// prefetch does nothing here: this architecture's prefetch instruction
// is not written out (prefetch_amd64.s, prefetch_arm64.s), or the purego
// build tag asks for no assembly; and a load cannot stand in for it (the
// addresses are plain numbers). Learner.Add then waits for each line as
// it counts.
func prefetch(addrs []uintptr) {}
