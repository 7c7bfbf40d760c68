package share

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// docRow is the part of a network's row in docs/share-bar.md that comes
// from the code: name, display name, endpoint, parameters, limit.
func docRow(n Network) string {
	endpoint, query, _ := strings.Cut(n.Template, "?")
	params := strings.ReplaceAll(query, "&", " &")
	limit := "—"
	if n.Limit > 0 {
		limit = strconv.Itoa(n.Limit) + " " + n.Count.String()
		if n.URLLength > 0 {
			limit += ", URL = " + strconv.Itoa(n.URLLength)
		}
	}
	if n.TitleLimit > 0 {
		if limit == "—" {
			limit = ""
		} else {
			limit += "; "
		}
		limit += "title ≤ " + strconv.Itoa(n.TitleLimit)
	}
	return "| `" + n.Name + "` | " + n.Title + " | `" + endpoint + "` | `" + params + "` | " + limit + " |"
}

// TestDocsNetworkTable keeps the network table of docs/share-bar.md in
// step with the code: every network, in order, with its endpoint,
// parameters and limit as the package has them (the source column is the
// doc's own).
func TestDocsNetworkTable(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "docs", "share-bar.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []string
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "<!-- networks -->":
			in = true
		case line == "<!-- /networks -->":
			in = false
		case in && strings.HasPrefix(line, "| `"):
			// Drop the last column, the source.
			i := strings.LastIndex(strings.TrimSuffix(line, " |"), " | ")
			rows = append(rows, line[:i]+" |")
		}
	}
	nets := Networks()
	if len(rows) != len(nets) {
		t.Fatalf("docs/share-bar.md lists %d networks; the package has %d", len(rows), len(nets))
	}
	for i, n := range nets {
		if want := docRow(n); rows[i] != want {
			t.Errorf("docs/share-bar.md row %d:\n got: %s\nwant: %s", i+1, rows[i], want)
		}
	}
}
