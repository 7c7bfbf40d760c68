package hashtag

import (
	"unicode/utf8"
)

// Duplicate tags, compared case-insensitively (equalFold, case.go): the
// first one stays. A fingerprint bit per kept tag turns most new tags away
// from any comparison; past dedupLinear tags a hash table keeps the check
// linear in the number of tags.

// fingerprint returns a bit that equal tags (as equalFold sees them)
// share, so that a tag whose bit no earlier tag has needs no comparing:
// from the lower-cased first and last runes (so "İyi" and "iyi" agree).
func (e *emitter) fingerprint(text []byte) uint64 {
	if isASCII(text) {
		return fingerprintASCII(text)
	}
	first, _ := utf8.DecodeRune(text)
	last, _ := utf8.DecodeLastRune(text)
	f, l := e.g.foldRune(first), e.g.foldRune(last)
	return 1 << ((uint(f)*7 + uint(l)*3) & 63)
}

func fingerprintASCII[T string | []byte](text T) uint64 {
	f, l := text[0], text[len(text)-1]
	if 'A' <= f && f <= 'Z' {
		f += 'a' - 'A'
	}
	if 'A' <= l && l <= 'Z' {
		l += 'a' - 'A'
	}
	return fingerprintBytes(f, l)
}

// fingerprintBytes is the fingerprint of an ASCII text whose first and
// last bytes, lower-cased, are f and l.
func fingerprintBytes(f, l byte) uint64 { return 1 << ((uint(f)*7 + uint(l)*3) & 63) }

// dedupLinear is how many tags are compared one by one; past it a hash
// table in the scratch keeps duplicate detection linear in the number of
// tags (a pathological input can have thousands).
const dedupLinear = 32

// isDup reports whether text equals (equalFold) a kept tag.
func (e *emitter) isDup(dst, text []byte) bool {
	tags := e.view()
	if len(tags) < dedupLinear {
		ascii := isASCII(text)
		for _, p := range tags {
			if (!(p.ascii && ascii) || int(p.end-p.start) == len(text)) && e.g.equalFold(dst[p.start:p.end], text, p.ascii && ascii) {
				return true
			}
		}
		return false
	}
	sc := e.scratch()
	if sc.dedupN != len(tags) {
		e.buildDedup(dst)
	}
	mask := uint64(len(sc.dedup) - 1)
	for i := e.g.foldHash(text) & mask; ; i = (i + 1) & mask {
		k := sc.dedup[i]
		if k == 0 {
			return false
		}
		if p := tags[k-1]; e.g.equalFold(dst[p.start:p.end], text, false) {
			return true
		}
	}
}

// buildDedup makes the hash table over the kept tags: a power of two in
// size, at most a quarter full, of kept-tag index+1 (0 is empty).
func (e *emitter) buildDedup(dst []byte) {
	sc, tags := e.scratch(), e.view()
	size := 64
	for size < 4*(len(tags)+1) {
		size *= 2
	}
	sc.dedup = append(sc.dedup[:0], make([]int32, size)...)
	for i := range tags {
		e.insertDedup(dst, i)
	}
	sc.dedupN = len(tags)
}

func (e *emitter) insertDedup(dst []byte, i int) {
	sc, p := e.sc, e.view()[i]
	mask := uint64(len(sc.dedup) - 1)
	k := e.g.foldHash(dst[p.start:p.end]) & mask
	for sc.dedup[k] != 0 {
		k = (k + 1) & mask
	}
	sc.dedup[k] = int32(i) + 1
}

// kept records, in the dedup table if there is one, the tag just kept.
func (e *emitter) kept(dst []byte) {
	if e.sc == nil || e.sc.dedupN == 0 {
		return
	}
	if n := e.count(); 4*(n+1) > len(e.sc.dedup) {
		e.buildDedup(dst)
	} else {
		e.insertDedup(dst, n-1)
		e.sc.dedupN = n
	}
}
