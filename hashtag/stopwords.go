package hashtag

import (
	"bufio"
	"unicode/utf8"
	"embed"
	"path"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"
)

// The stopword lists are plain text, one lower-case word a line, '#'
// comments, named by ISO 639-1 code. connectors.txt is not a language: it
// holds the lower-case words that may stand inside a name ("Board of Peace").
//
//go:embed stopwords/*.txt
var stopwordFiles embed.FS

const connectorsFile = "connectors"

// wordSet is a set of lower-case NFC words: an open-addressing hash table
// with a length filter in front, because stopword lookup runs once per word
// of every headline and a Go map lookup was a fifth of Line's time. Lookups
// take a []byte and do not allocate. It is read-only after construction
// and then safe for concurrent use.
type wordSet struct {
	slots  []wordSlot // len is a power of two, at most half full
	n      int
	maxLen int    // longest word in bytes
	lens   uint64 // bit i: some word is i bytes long (i < 64)
	// first[c] bit i: some word of i bytes starts with the ASCII byte c.
	// Most content words fail this test and skip hashing altogether.
	first [128]uint64
}

type wordSlot struct {
	h uint32
	w string // "" marks an empty slot
}

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
	if 2*(s.n+1) > len(s.slots) {
		old := s.slots
		s.slots = make([]wordSlot, max(16, 4*len(old)))
		s.n = 0
		for _, sl := range old {
			if sl.w != "" {
				s.insert(sl)
			}
		}
	}
	s.insert(wordSlot{fnv1a(w), w})
	s.maxLen = max(s.maxLen, len(w))
	if len(w) < 64 {
		s.lens |= 1 << len(w)
		if w[0] < utf8.RuneSelf {
			s.first[w[0]] |= 1 << len(w)
		}
	}
}

func (s *wordSet) insert(sl wordSlot) {
	mask := uint32(len(s.slots) - 1)
	i := sl.h & mask
	for s.slots[i].w != "" {
		i = (i + 1) & mask
	}
	s.slots[i] = sl
	s.n++
}

// has reports whether b is in the set.
func has[T string | []byte](s *wordSet, b T) bool {
	if len(b) > s.maxLen || len(b) < 64 && s.lens&(1<<len(b)) == 0 {
		return false
	}
	h := fnv1a(b)
	mask := uint32(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &s.slots[i]
		if sl.w == "" {
			return false
		}
		if sl.h == h && sl.w == string(b) {
			return true
		}
	}
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

// hasASCII reports whether the lower case of b, a non-empty ASCII word,
// is in the set.
func hasASCII[T string | []byte](s *wordSet, b T) bool {
	c := b[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	if len(b) >= 64 || s.first[c&0x7f]&(1<<len(b)) == 0 {
		return false
	}
	h := fnv1aLower(b)
	mask := uint32(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &s.slots[i]
		if sl.w == "" {
			return false
		}
		if sl.h == h && len(sl.w) == len(b) && equalLowerASCII(sl.w, b) {
			return true
		}
	}
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
var lists = sync.OnceValue(func() map[string][]string {
	out := make(map[string][]string)
	entries, _ := stopwordFiles.ReadDir("stopwords")
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".txt")
		f, err := stopwordFiles.Open(path.Join("stopwords", e.Name()))
		if err != nil {
			continue // cannot happen with embed.FS; an empty list is the safe fallback
		}
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
})

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
