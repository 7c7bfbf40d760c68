//go:build oracle

// Differential test against the npm package twitter-text@3.1.0, run by hand
// from the module root:
//
//	(cd internal/twtext/testdata/oracle && npm install)
//	TWTEXT_ORACLE=$PWD/internal/twtext/testdata/oracle go test -tags oracle -run TestOracle ./internal/twtext/
//
// testdata/oracle holds batch.js, which reads a JSON array of strings
// (argv[2]) and writes, per string, extractUrlsWithIndices,
// extractHashtagsWithIndices, parseTweet and isValidHashtag results as JSON
// (argv[3]), and the package.json that pins twitter-text. The test reports
// every difference; the known ones (a few dozen of 20,000: URL naming and
// emoji corner cases) are listed in doc.go.

package twtext

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"strings"
	"testing"
	"unicode/utf16"
)

var frags = []string{"http://", "https://", "HTTP://", "www.", "example", ".com", ".co", ".jp", ".co.uk", ".みんな", "t.co/", "abc", "/path", "/a_(b)", "(", ")", "?q=1&x=y", "#", "＃", "#tag", "#123", "@user", "$", ".", ",", "-", "_", "/", ":", ":8080", " ", " ", "\n", "😀", "👨‍👩‍👧", "🇯🇵", "1⃣", "#️⃣", "©", "®️", "✌︎", "🏻", "日本語", "中文", "한국", "русский", "é", "É", "\u0301", "e\u0301", "\u202A", "\u2066", "\uFFFE", "\uFEFF", "foo", "bar", "twitter", "xn--ls8h", ".bz2", "ß", "ı", "·", "&", "'", "\"", "!", "…", "–", "—", "\u200d", "\u200c", "\ufe0f", "٣", "अ", "ि", "ক", "𠀡", "𝐀", "a.b", "e.g.", "U.S.", "3.14", ".org/", ".xyz", ".tv"}

func randomText(r *rand.Rand) string {
	var b strings.Builder
	n := 1 + r.Intn(12)
	for i := 0; i < n; i++ {
		b.WriteString(frags[r.Intn(len(frags))])
	}
	return b.String()
}

func u16(s string, byteOff int) int { return len(utf16.Encode([]rune(s[:byteOff]))) }

func TestOracle(t *testing.T) {
	r := rand.New(rand.NewSource(int64(len(os.Getenv("SEED")) + 1)))
	var inputs []string
	for i := 0; i < 20000; i++ {
		inputs = append(inputs, randomText(r))
	}
	if f := os.Getenv("ORACLE_EXTRA"); f != "" {
		data, _ := os.ReadFile(f)
		for _, l := range strings.Split(string(data), "\n") {
			if l != "" {
				inputs = append(inputs, l)
			}
		}
	}
	in, _ := json.Marshal(inputs)
	os.WriteFile("/tmp/oracle_in.json", in, 0o644)
	dir := os.Getenv("TWTEXT_ORACLE")
	if dir == "" {
		t.Skip("skipping: set TWTEXT_ORACLE to a directory with batch.js and node_modules/twitter-text@3.1.0")
	}
	cmd := exec.Command("node", dir+"/batch.js", "/tmp/oracle_in.json", "/tmp/oracle_out.json")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node: %v %s", err, out)
	}
	data, _ := os.ReadFile("/tmp/oracle_out.json")
	var outs []struct {
		URLs [][]any `json:"urls"`
		Tags [][]any `json:"tags"`
		P    []any   `json:"p"`
		V    *bool   `json:"v"`
	}
	json.Unmarshal(data, &outs)
	fails := map[string]int{}
	for i, s := range inputs {
		o := outs[i]
		var gu, wu, gt, wt []string
		for _, u := range ExtractURLs(s) {
			gu = append(gu, fmt.Sprint(u.URL, u16(s, u.ByteStart), u16(s, u.ByteEnd)))
		}
		for _, u := range o.URLs {
			wu = append(wu, fmt.Sprint(u...))
		}
		for _, h := range ExtractHashtags(s) {
			gt = append(gt, fmt.Sprint(h.Text, u16(s, h.ByteStart), u16(s, h.ByteEnd)))
		}
		for _, h := range o.Tags {
			wt = append(wt, fmt.Sprint(h...))
		}
		if fmt.Sprint(gu) != fmt.Sprint(wu) {
			if fails["url"]++; fails["url"] < 15 {
				t.Errorf("URLs %q:\n got %q\nwant %q", s, gu, wu)
			}
		}
		if fmt.Sprint(gt) != fmt.Sprint(wt) {
			if fails["tag"]++; fails["tag"] < 15 {
				t.Errorf("tags %q:\n got %q\nwant %q", s, gt, wt)
			}
		}
		p := V3().Parse(s)
		gp := fmt.Sprint([]any{p.WeightedLength, p.Valid, p.Permillage, p.ValidRangeEnd, p.DisplayRangeEnd})
		if gp != fmt.Sprint(o.P) {
			if fails["parse"]++; fails["parse"] < 15 {
				t.Errorf("parse %q:\n got %s\nwant %v", s, gp, o.P)
			}
		}
		if o.V != nil && ValidHashtag(s[1:]) != *o.V {
			if fails["valid"]++; fails["valid"] < 15 {
				t.Errorf("ValidHashtag(%q) = %v; want %v", s[1:], !*o.V, *o.V)
			}
		}
	}
	t.Logf("%d inputs, failures %v", len(inputs), fails)
}
