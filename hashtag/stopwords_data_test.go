package hashtag

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// These tests check the hand-made word lists in stopwords/ as data, without
// going through the loader: a list that is unsorted, padded or not NFC would
// otherwise fail silently as a word that never matches.

// stopwordDataFile is one parsed list: its words in file order, with the
// 1-based line number of each.
type stopwordDataFile struct {
	words []string
	lines []int
}

// readStopwordDataFile reads stopwords/name and reports every format problem
// it finds through t, so one run lists all of them.
func readStopwordDataFile(t *testing.T, name string) stopwordDataFile {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("stopwords", name))
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	switch {
	case !utf8.Valid(data):
		t.Fatalf("%s is not valid UTF-8", name)
	case bytes.HasPrefix(data, []byte("\uFEFF")):
		t.Errorf("%s starts with a byte order mark", name)
	case bytes.Contains(data, []byte("\r")):
		t.Errorf("%s has CR line endings; want LF only", name)
	case len(data) == 0 || data[len(data)-1] != '\n':
		t.Errorf("%s does not end with a newline", name)
	}
	var f stopwordDataFile
	sawWord := false
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		n := i + 1
		if strings.HasPrefix(line, "#") {
			// Comments form the header; one after the words is easy to
			// misread as a word that was switched off.
			if sawWord {
				t.Errorf("%s:%d: comment after the first word; keep comments in the header", name, n)
			}
			continue
		}
		switch {
		case line == "":
			t.Errorf("%s:%d: blank line", name, n)
			continue
		case strings.TrimSpace(line) != line:
			t.Errorf("%s:%d: %q has leading or trailing space", name, n, line)
		case strings.IndexFunc(line, unicode.IsSpace) >= 0:
			t.Errorf("%s:%d: %q holds more than one word", name, n, line)
		}
		if strings.ToLower(line) != line {
			t.Errorf("%s:%d: %q is not lower case; want %q", name, n, line, strings.ToLower(line))
		}
		if !norm.NFC.IsNormalString(line) {
			t.Errorf("%s:%d: %q is not NFC; want %q", name, n, line, norm.NFC.String(line))
		}
		// Apostrophes are stripped before lookup, so a listed "don't" could
		// never match; and invisible format characters (ZWNJ, ZWJ, soft
		// hyphen) are removed by normalization before lookup too.
		if i := strings.IndexFunc(line, func(r rune) bool {
			return r == '\'' || r == '\u2019' || r == '\u02BC' || unicode.Is(unicode.Cf, r)
		}); i >= 0 {
			r, _ := utf8.DecodeRuneInString(line[i:])
			t.Errorf("%s:%d: %q contains %U, which never survives normalization", name, n, line, r)
		}
		sawWord = true
		f.words = append(f.words, line)
		f.lines = append(f.lines, n)
	}
	return f
}

func TestStopwordDataFormat(t *testing.T) {
	entries, err := os.ReadDir("stopwords")
	if err != nil {
		t.Fatalf("ReadDir(stopwords): %v", err)
	}
	for _, e := range entries {
		name := e.Name()
		t.Run(name, func(t *testing.T) {
			if e.IsDir() || filepath.Ext(name) != ".txt" {
				t.Fatalf("stopwords/%s: want only <lang>.txt files", name)
			}
			f := readStopwordDataFile(t, name)
			if len(f.words) == 0 {
				t.Fatalf("%s has no words", name)
			}
			seen := make(map[string]int, len(f.words))
			for i, w := range f.words {
				if first, ok := seen[w]; ok {
					t.Errorf("%s:%d: %q duplicates line %d", name, f.lines[i], w, first)
				}
				seen[w] = f.lines[i]
				// Byte order is code point order for UTF-8, so the files
				// sort the same in Go, Python and `LC_ALL=C sort`.
				if i > 0 && f.words[i-1] > w {
					t.Errorf("%s:%d: %q comes after %q; want byte order", name, f.lines[i], w, f.words[i-1])
				}
			}
		})
	}
}

func TestStopwordDataLanguages(t *testing.T) {
	// The languages the README promises, with the size range the lists were
	// written to: wide enough for every function word of a headline, small
	// enough that no content word crept in.
	tests := []struct {
		file     string
		min, max int
	}{
		{"en.txt", 100, 250},
		{"de.txt", 100, 250},
		{"fr.txt", 100, 250},
		{"es.txt", 100, 250},
		{"pt.txt", 100, 250},
		{"it.txt", 100, 250},
		{"nl.txt", 100, 250},
		{"ru.txt", 100, 250},
		{"tr.txt", 50, 150},
		{"ar.txt", 50, 150},
		{"ur.txt", 50, 150},
		{"fa.txt", 50, 150},
		{"hi.txt", 50, 150},
		{"id.txt", 50, 150},
		{"connectors.txt", 20, 100},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f := readStopwordDataFile(t, tt.file)
			if n := len(f.words); n < tt.min || n > tt.max {
				t.Errorf("%s has %d words; want %d to %d", tt.file, n, tt.min, tt.max)
			}
		})
	}
}

func TestStopwordDataWords(t *testing.T) {
	// Words that must or must not be in a list. The English entries pin the
	// project's reference headline:
	//   ‘Grateful to Pakistan’: US on Islamabad’s ‘offer’ to send troops to Gaza for peacebuilding
	//   → #Grateful #Pakistan #Islamabads #offer #send #troops #Gaza #peacebuilding
	// and keep contractions whose apostrophe-less form is a real word
	// (I'll → ill, we'll → well, she'd → shed) out of the list.
	tests := []struct {
		name string
		file string
		word string
		want bool
	}{
		{"seed function word to", "en.txt", "to", true},
		{"seed function word us", "en.txt", "us", true},
		{"seed function word on", "en.txt", "on", true},
		{"seed function word for", "en.txt", "for", true},
		{"seed content word grateful", "en.txt", "grateful", false},
		{"seed content word pakistan", "en.txt", "pakistan", false},
		{"seed content word islamabads", "en.txt", "islamabads", false},
		{"seed content word offer", "en.txt", "offer", false},
		{"seed content word send", "en.txt", "send", false},
		{"seed content word troops", "en.txt", "troops", false},
		{"seed content word gaza", "en.txt", "gaza", false},
		{"seed content word peacebuilding", "en.txt", "peacebuilding", false},
		{"contraction don't", "en.txt", "dont", true},
		{"contraction isn't", "en.txt", "isnt", true},
		{"contraction they're", "en.txt", "theyre", true},
		{"auxiliary were", "en.txt", "were", true},
		{"I'll is the word ill", "en.txt", "ill", false},
		{"we'll is the word well", "en.txt", "well", false},
		{"she'll is the word shell", "en.txt", "shell", false},
		{"he'll is the word hell", "en.txt", "hell", false},
		{"she'd is the word shed", "en.txt", "shed", false},
		{"we'd is the word wed", "en.txt", "wed", false},
		{"reporting verb says", "en.txt", "says", false},
		{"reporting verb said", "en.txt", "said", false},
		{"German ß kept", "de.txt", "außer", true},
		{"Turkish dotless ı", "tr.txt", "için", true},
		{"Turkish question particle mı", "tr.txt", "mı", true},
		{"Urdu genitive کا", "ur.txt", "کا", true},
		{"Urdu copula ہے", "ur.txt", "ہے", true},
		{"Arabic preposition في", "ar.txt", "في", true},
		{"Hindi postposition में", "hi.txt", "में", true},
		{"connector of", "connectors.txt", "of", true},
		{"connector de", "connectors.txt", "de", true},
		{"connector van", "connectors.txt", "van", true},
		{"connector al", "connectors.txt", "al", true},
		{"connector and", "connectors.txt", "and", true},
		{"connector on joins no names", "connectors.txt", "on", false},
	}
	lists := map[string][]string{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, ok := lists[tt.file]
			if !ok {
				words = readStopwordDataFile(t, tt.file).words
				lists[tt.file] = words
			}
			if got := slices.Contains(words, tt.word); got != tt.want {
				t.Errorf("%s contains %q = %v; want %v", tt.file, tt.word, got, tt.want)
			}
		})
	}
}
