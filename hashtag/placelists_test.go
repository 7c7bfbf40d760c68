package hashtag

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestPlaceListFormat checks places/*.txt: a header that says the list was
// written for this project, then one NFC name a line, single spaces, no
// duplicates; and every name is a place to the gazetteer of its language.
func TestPlaceListFormat(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("places", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no place lists: %v", err)
	}
	for _, path := range files {
		lang := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(lang, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
			if !strings.HasPrefix(lines[0], "# ") || !strings.Contains(lines[0], "Written for this project") {
				t.Errorf("%s:1: want a '# ' header saying the list was written for this project", path)
			}
			seen := map[string]int{}
			gz := New(Options{Lang: lang}).gazetteer()
			for n, line := range lines[1:] {
				n += 2
				switch {
				case line == "" || strings.HasPrefix(line, "#"):
					t.Errorf("%s:%d: blank line or comment after the header", path, n)
				case strings.TrimSpace(line) != line || strings.Contains(line, "  "):
					t.Errorf("%s:%d: %q has stray spaces", path, n, line)
				case !norm.NFC.IsNormalString(line):
					t.Errorf("%s:%d: %q is not NFC", path, n, line)
				case seen[line] > 0:
					t.Errorf("%s:%d: %q duplicates line %d", path, n, line, seen[line])
				case !gz.names[line]:
					t.Errorf("%s:%d: %q is not a place to the %s gazetteer", path, n, line, lang)
				}
				seen[line] = n
			}
		})
	}
}
