// Package jsonscan finds the boundaries of values in JSON already known to
// be valid (json.Valid), without decoding them: what the server's exact-key
// check and batch's jsonl reader both need, on every request and record.
// Its functions take an offset into b and return the offset past what they
// skipped; they never read past len(b).
package jsonscan

// SkipSpace returns the offset of the first byte at or after b[i] that is
// not JSON white space.
func SkipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// SkipString returns the offset just past the string starting at b[i] (a
// '"').
func SkipString(b []byte, i int) int {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return i
}

// SkipScalar returns the offset just past the number, true, false or null
// starting at b[i].
func SkipScalar(b []byte, i int) int {
	for i < len(b) {
		switch b[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i
		}
		i++
	}
	return i
}
