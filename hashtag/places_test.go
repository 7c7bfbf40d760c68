package hashtag

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestPlaceLists checks places/*.txt as data (a header, then one NFC name
// a line, sorted, no duplicates) and that Suggest finds every name as a
// place.
func TestPlaceLists(t *testing.T) {
	files, err := filepath.Glob("places/*.txt")
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
			if !strings.HasPrefix(lines[0], "# ") {
				t.Errorf("%s:1: want a '# ' header", path)
			}
			names := lines[1:]
			if !slices.IsSorted(names) {
				t.Errorf("%s is not sorted (LC_ALL=C sort)", path)
			}
			g := New(Options{Lang: lang})
			for i, name := range names {
				switch {
				case i > 0 && names[i-1] == name:
					t.Errorf("%s: %q twice", path, name)
				case strings.TrimSpace(name) != name || strings.Contains(name, "  ") || name == "":
					t.Errorf("%s: %q has stray spaces", path, name)
				case !norm.NFC.IsNormalString(name):
					t.Errorf("%s: %q is not NFC", path, name)
				}
				ss := g.Suggest(name, 1)
				if len(ss) == 0 || ss[0].Kind != KindPlace || ss[0].Start != 0 || ss[0].End != len(name) {
					t.Errorf("Suggest(%q) in %s = %+v; want the whole name as a place", name, lang, ss)
				}
			}
		})
	}
}
