package thai

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/sharekit/sharekit/hashtag"
)

var (
	//go:embed words.txt.gz
	wordsGz []byte
	//go:embed function.txt
	functionTxt string
	//go:embed numerals.txt
	numeralsTxt string
)

// thaiBase is the first code point of the Thai block; a Thai rune r is
// stored in the trie as the byte r-thaiBase (0-127).
const thaiBase = 0x0E00

// trie is a character trie over Thai code points. Node 0 is the root, whose
// children sit in a direct table; other nodes keep sorted edge lists, short
// in practice (a few children each).
type trie struct {
	root  [128]int32 // child of the root per Thai code point; 0 = none
	nodes []node
	edges []edge
	// maxRunes is the length of the longest word, in code points.
	maxRunes int
}

type node struct {
	first, n int32               // edges[first : first+n]
	word     bool                // a word ends here
	kind     hashtag.SegmentKind // its kind, when word
}

type edge struct {
	c     byte
	child int32
}

// child returns the node reached from n by Thai rune r, or 0.
func (t *trie) child(n int32, r rune) int32 {
	c := r - thaiBase
	if c < 0 || c >= 128 {
		return 0
	}
	if n == 0 {
		return t.root[c]
	}
	nd := &t.nodes[n]
	for _, e := range t.edges[nd.first : nd.first+nd.n] {
		if e.c == byte(c) {
			return e.child
		}
		if e.c > byte(c) {
			break
		}
	}
	return 0
}

var (
	loadOnce sync.Once
	dict     *trie
	loadErr  error
)

// loaded returns the dictionary, parsing it on the first call.
func loaded() (*trie, error) {
	loadOnce.Do(func() {
		dict, loadErr = load()
	})
	return dict, loadErr
}

// load builds the trie from the embedded lists. Words are inserted into a
// map-based tree first, then flattened with sorted edges.
func load() (*trie, error) {
	zr, err := gzip.NewReader(bytes.NewReader(wordsGz))
	if err != nil {
		return nil, fmt.Errorf("thai: reading words.txt.gz: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("thai: reading words.txt.gz: %w", err)
	}
	b := newBuilder()
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		b.add(sc.Text(), hashtag.SegWord)
	}
	addPlaces(b)
	for _, w := range listWords(numeralsTxt) {
		b.add(w, hashtag.SegNumber)
	}
	for _, w := range listWords(functionTxt) {
		b.add(w, hashtag.SegFunction)
	}
	return b.build(), nil
}

// addPlaces adds the Thai names of countries and world regions from CLDR
// (golang.org/x/text/language/display, which package hashtag links for its
// gazetteer anyway) as places: the word list has no parts of speech, and
// some names are not in it as one word (เกาหลีใต้, South Korea).
func addPlaces(b *builder) {
	namer := display.Regions(language.Thai)
	add := func(r language.Region) {
		// "คองโก - กินชาซา": a headline writes the first part.
		name, _, _ := strings.Cut(namer.Name(r), " ")
		b.add(name, hashtag.SegPlace)
	}
	for a := 'A'; a <= 'Z'; a++ {
		for c := 'A'; c <= 'Z'; c++ {
			if r, err := language.ParseRegion(string([]rune{a, c})); err == nil && r.IsCountry() {
				add(r)
			}
		}
	}
	// Continents and world regions (UN M.49): Africa, Europe, Asia…
	for _, code := range []string{"002", "005", "009", "019", "142", "150", "013", "021", "029", "030", "034", "035", "039", "145", "151", "154", "155"} {
		if r, err := language.ParseRegion(code); err == nil {
			add(r)
		}
	}
}

// listWords returns the words of a hand-written list: fields separated by
// spaces, '#' to the end of a line a comment.
func listWords(s string) []string {
	var words []string
	for _, line := range strings.Split(s, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		words = append(words, strings.Fields(line)...)
	}
	return words
}

type buildNode struct {
	children map[byte]*buildNode
	word     bool
	kind     hashtag.SegmentKind
}

type builder struct{ root buildNode }

func newBuilder() *builder { return &builder{} }

// add inserts word with kind; a later add of the same word sets its kind.
// Words with a code point outside the Thai block are skipped: the
// segmenter only ever walks Thai text.
func (b *builder) add(word string, kind hashtag.SegmentKind) {
	if word == "" {
		return
	}
	for _, r := range word {
		if r < thaiBase || r >= thaiBase+128 {
			return
		}
	}
	n := &b.root
	for _, r := range word {
		c := byte(r - thaiBase)
		if n.children == nil {
			n.children = make(map[byte]*buildNode)
		}
		next := n.children[c]
		if next == nil {
			next = &buildNode{}
			n.children[c] = next
		}
		n = next
	}
	n.word, n.kind = true, kind
}

func (b *builder) build() *trie {
	t := &trie{nodes: []node{{}}}
	var walk func(bn *buildNode, id int32, depth int)
	walk = func(bn *buildNode, id int32, depth int) {
		if bn.word && depth > t.maxRunes {
			t.maxRunes = depth
		}
		keys := make([]byte, 0, len(bn.children))
		for c := range bn.children {
			keys = append(keys, c)
		}
		slices.Sort(keys)
		ids := make([]int32, len(keys))
		for i, c := range keys {
			child := bn.children[c]
			ids[i] = int32(len(t.nodes))
			t.nodes = append(t.nodes, node{word: child.word, kind: child.kind})
		}
		if id == 0 {
			for i, c := range keys {
				t.root[c] = ids[i]
			}
		} else {
			t.nodes[id].first, t.nodes[id].n = int32(len(t.edges)), int32(len(keys))
			for i, c := range keys {
				t.edges = append(t.edges, edge{c: c, child: ids[i]})
			}
		}
		for i, c := range keys {
			walk(bn.children[c], ids[i], depth+1)
		}
	}
	walk(&b.root, 0, 0)
	return t
}

// lookup returns the kind of word and whether the dictionary has it.
func (t *trie) lookup(word string) (hashtag.SegmentKind, bool) {
	var n int32
	for _, r := range word {
		if n = t.child(n, r); n == 0 {
			return 0, false
		}
	}
	if n == 0 || !t.nodes[n].word {
		return 0, false
	}
	return t.nodes[n].kind, true
}
