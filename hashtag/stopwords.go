package hashtag

import (
	"bufio"
	"embed"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The stopword lists are plain text, one lower-case word a line, '#'
// comments, named by ISO 639-1 code. connectors.txt is not a language: it
// holds the lower-case words that may stand inside a name ("Board of Peace").
//
//go:embed stopwords/*.txt
var stopwordFiles embed.FS

const connectorsFile = "connectors"

// wordSet is a set of lower-case NFC words, built for the stopword lookup
// that runs once per word of every headline (a Go map lookup was a fifth of
// Line's time). Words of up to 8 bytes, nearly all stopwords, are packed
// into a uint64 and kept in an open-addressing table of integers; longer
// ones in one keyed by FNV-1a. A filter on (first byte, length) turns most
// content words away before either. Lookups take a string or []byte and
// do not allocate. It is read-only after construction, and then safe for
// concurrent use.
type wordSet struct {
	short  []uint64 // packed words ≤ 8 bytes; 0 marks an empty slot; len a power of two
	nShort int
	long   []wordSlot // words > 8 bytes; "" marks an empty slot
	nLong  int
	n      int
	maxLen int    // longest word in bytes
	lens   uint64 // bit i: some word is i bytes long (i < 64)
	// first[c] bit i: some word of i bytes starts with the ASCII byte c
	// (or, for a capital c, with its lower case). 256 entries, so that any
	// byte indexes it without a bounds check.
	first [256]uint64
}

type wordSlot struct {
	h uint32
	w string
}

// pack packs up to 8 bytes into an integer, ASCII-lower-casing them when
// lower is set. No word contains NUL, so distinct words pack distinctly.
func pack[T string | []byte](b T, lower bool) uint64 {
	var k uint64
	for i := 0; i < len(b); i++ {
		c := b[i]
		if lower && c-'A' < 26 {
			c += 'a' - 'A'
		}
		k = k<<8 | uint64(c)
	}
	return k
}

func slot(k uint64, mask int) int { return int((k*0x9e3779b97f4a7c15)>>40) & mask }

// fnv1a hashes a key (32-bit FNV-1a).
func fnv1a[T string | []byte](b T) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(b); i++ {
		h = (h ^ uint32(b[i])) * 16777619
	}
	return h
}

func (s *wordSet) add(w string) {
	if w == "" || s.has(w) {
		return
	}
	if len(w) <= 8 {
		if 2*(s.nShort+1) > len(s.short) {
			old := s.short
			s.short = make([]uint64, max(64, 4*len(old)))
			s.nShort = 0
			for _, k := range old {
				if k != 0 {
					s.insertShort(k)
				}
			}
		}
		s.insertShort(pack(w, false))
	} else {
		if 2*(s.nLong+1) > len(s.long) {
			old := s.long
			s.long = make([]wordSlot, max(16, 4*len(old)))
			s.nLong = 0
			for _, sl := range old {
				if sl.w != "" {
					s.insertLong(sl)
				}
			}
		}
		s.insertLong(wordSlot{fnv1a(w), w})
	}
	s.n++
	s.maxLen = max(s.maxLen, len(w))
	if len(w) < 64 {
		s.lens |= 1 << len(w)
		if c := w[0]; c < utf8.RuneSelf {
			s.first[c] |= 1 << len(w)
			if 'a' <= c && c <= 'z' {
				s.first[c-('a'-'A')] |= 1 << len(w) // so that a word as written is filtered without lower-casing
			}
		}
	}
}

func (s *wordSet) insertShort(k uint64) {
	mask := len(s.short) - 1
	i := slot(k, mask)
	for s.short[i] != 0 {
		i = (i + 1) & mask
	}
	s.short[i] = k
	s.nShort++
}

func (s *wordSet) insertLong(sl wordSlot) {
	mask := uint32(len(s.long) - 1)
	i := sl.h & mask
	for s.long[i].w != "" {
		i = (i + 1) & mask
	}
	s.long[i] = sl
	s.nLong++
}

func (s *wordSet) hasShort(k uint64) bool {
	if s.nShort == 0 {
		return false
	}
	mask := len(s.short) - 1
	for i := slot(k, mask); ; i = (i + 1) & mask {
		switch s.short[i] {
		case k:
			return true
		case 0:
			return false
		}
	}
}

// hasLong looks up b, whose bytes (lower-cased with lower) hash to h.
func hasLong[T string | []byte](s *wordSet, b T, h uint32, lower bool) bool {
	if s.nLong == 0 {
		return false
	}
	mask := uint32(len(s.long) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &s.long[i]
		if sl.w == "" {
			return false
		}
		if sl.h == h && len(sl.w) == len(b) && (lower && equalLowerASCII(sl.w, b) || !lower && sl.w == string(b)) {
			return true
		}
	}
}

// has reports whether b (already lower case) is in the set.
func has[T string | []byte](s *wordSet, b T) bool {
	if len(b) > s.maxLen || len(b) < 64 && s.lens&(1<<len(b)) == 0 {
		return false
	}
	if len(b) <= 8 {
		return s.hasShort(pack(b, false))
	}
	return hasLong(s, b, fnv1a(b), false)
}

// fnv1aLower is fnv1a of the ASCII lower case of b.
func fnv1aLower[T string | []byte](b T) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(b); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// hasASCII reports whether the ASCII lower case of b, a non-empty word, is
// in the set.
func hasASCII[T string | []byte](s *wordSet, b T) bool {
	c := b[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	if len(b) >= 64 || s.first[c&0x7f]&(1<<len(b)) == 0 {
		return false
	}
	if len(b) <= 8 {
		return s.hasShort(pack(b, true))
	}
	return hasLong(s, b, fnv1aLower(b), true)
}

// hasPlain reports whether the ASCII lower case of w, letters and digits,
// is in the set; k, unless 0, is w packed (pack(w, false)), which makes
// the lookup one probe.
func (s *wordSet) hasPlain(w string, k uint64) bool {
	if k == 0 {
		return hasASCII(s, w)
	}
	return s.hasShort(k | lowerBits>>(64-8*len(w)))
}

// equalLowerASCII reports whether lower is the ASCII lower case of b.
func equalLowerASCII[T string | []byte](lower string, b T) bool {
	for i := range len(b) {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

func (s *wordSet) has(w string) bool {
	if s.n == 0 {
		return false
	}
	return has(s, w)
}

// lists parses every embedded file once, on first use.
var lists = sync.OnceValue(func() map[string][]string { return readLists(stopwordFiles, "stopwords") })

// readLists reads the word lists dir/*.txt of fsys: one word a line, '#'
// comments, NFC; a list's name is its file's without .txt.
func readLists(fsys embed.FS, dir string) map[string][]string {
	out := make(map[string][]string)
	entries, _ := fsys.ReadDir(dir)
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		f, err := fsys.Open(path.Join(dir, e.Name()))
		if err != nil {
			continue // cannot happen with embed.FS; an empty list is the safe fallback
		}
		name := strings.TrimSuffix(e.Name(), ".txt")
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			if w := strings.TrimSpace(line); w != "" {
				out[name] = append(out[name], norm.NFC.String(w))
			}
		}
		f.Close()
	}
	return out
}

// Languages returns the languages (ISO 639-1 codes, sorted) that have a
// built-in stopword list. Other languages work, with no stopwords.
func Languages() []string {
	var langs []string
	for name := range lists() {
		if name != connectorsFile {
			langs = append(langs, name)
		}
	}
	slices.Sort(langs)
	return langs
}

// Stopwords returns the built-in stopword list of a language (an ISO 639-1
// code, as Languages lists), or nil.
func Stopwords(lang string) []string {
	if lang == connectorsFile {
		return nil
	}
	return slices.Clone(lists()[lang])
}

var connectors = sync.OnceValue(func() *wordSet {
	s := new(wordSet)
	for _, w := range lists()[connectorsFile] {
		s.add(w)
	}
	return s
})
