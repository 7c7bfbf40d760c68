package hashtag

import (
	"bufio"
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

// wordSet is a set of lower-case NFC words. Looking up m[string(b)] with a
// []byte b does not allocate, which is what keeps Derive allocation-free.
type wordSet struct {
	m      map[string]struct{}
	maxLen int // longest word in bytes: longer words skip the lookup
}

func (s *wordSet) add(w string) {
	if s.m == nil {
		s.m = make(map[string]struct{})
	}
	s.m[w] = struct{}{}
	s.maxLen = max(s.maxLen, len(w))
}

func (s *wordSet) has(b []byte) bool {
	if len(b) > s.maxLen {
		return false
	}
	_, ok := s.m[string(b)]
	return ok
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
