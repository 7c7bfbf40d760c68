package hashtag

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sharekit/sharekit/internal/sharedfiles"
)

// content is what st holds, as maps, read from its index's entries (not
// looked up).
func content(st *Stats) (words map[string]uint32, cases map[string]caseStat, phrases map[string]phraseStat) {
	words, cases, phrases = map[string]uint32{}, map[string]caseStat{}, map[string]phraseStat{}
	for _, e := range st.idx.entries {
		if e.isWord {
			words[e.key] = e.df
		}
		if e.cases != (caseStat{}) {
			cases[e.key] = e.cases
		}
		if e.isPhrase {
			phrases[e.key] = e.phrase
		}
	}
	return words, cases, phrases
}

// sameStats reports whether a and b hold the same statistics. Their
// indexes are compared by content: each is seeded at random and laid out
// in the order its maker's maps gave, and checkIndex checks what they
// answer.
func sameStats(a, b *Stats) bool {
	if a.lang != b.lang || a.headlines != b.headlines || a.minCount != b.minCount || a.Words() != b.Words() || a.Phrases() != b.Phrases() {
		return false
	}
	wa, ca, pa := content(a)
	wb, cb, pb := content(b)
	return reflect.DeepEqual(wa, wb) && reflect.DeepEqual(ca, cb) && reflect.DeepEqual(pa, pb)
}

// askIndex looks key up through Suggest's accessors, as Suggest passes
// keys: in a buffer with other bytes behind them (junk, which the
// index must not read as part of the key), and, in turn, in a slice with
// no room behind (the index's other path for short keys).
func askIndex(st *Stats, key string, roomy bool) (df uint32, cs caseStat, ph phraseStat, isPhrase, opens bool) {
	b := roomyBytes(key, roomy)
	ph, isPhrase = st.phrase(b)
	return st.df(b), st.caseOf(b), ph, isPhrase, st.idx.find(b).opens
}

// checkIndex checks that looking keys up in st's index (hash, probe,
// compare) answers as its content says, for every key it holds and keys
// near them (longer, shorter, with a NUL or a phraseSep more, in
// capitals), mostly not held.
func checkIndex(t *testing.T, st *Stats) {
	t.Helper()
	words, cases, phrases := content(st)
	if len(words) != st.Words() || len(phrases) != st.Phrases() {
		t.Errorf("Words %d, Phrases %d; the index holds %d and %d", st.Words(), st.Phrases(), len(words), len(phrases))
	}
	checkIndexAgainst(t, st, words, cases, phrases)
}

// checkIndexAgainst is checkIndex with the maps st was made with.
func checkIndexAgainst(t *testing.T, st *Stats, words map[string]uint32, cases map[string]caseStat, phrases map[string]phraseStat) {
	t.Helper()
	firsts := map[string]bool{}
	for k := range phrases {
		first, _, _ := strings.Cut(k, string(rune(phraseSep)))
		firsts[first] = true
	}
	var held []string
	for k := range words {
		held = append(held, k)
	}
	for k := range cases {
		held = append(held, k)
	}
	for k := range phrases {
		held = append(held, k)
	}
	for k := range firsts {
		held = append(held, k)
	}
	keys := map[string]bool{"": true, "\x00": true}
	for _, k := range held {
		keys[k] = true
		near := []string{k + "s", k + "\x00", k + string(rune(phraseSep)), "x" + k, strings.ToUpper(k)}
		if k != "" {
			near = append(near, k[:len(k)-1], k[1:], k[:len(k)-1]+"\x00")
		}
		for _, n := range near {
			keys[n] = true // held or not
		}
	}
	bad := 0
	for k := range keys {
		wantPh, wantIs := phrases[k]
		if df, is := st.DocFreq(k), st.IsPhrase(strings.Split(k, string(rune(phraseSep)))...); df != int(words[k]) || is != wantIs {
			t.Errorf("key %q: DocFreq %d, IsPhrase %v; want %d, %v", k, df, is, words[k], wantIs)
		}
		for _, roomy := range []bool{true, false} {
			df, cs, ph, is, opens := askIndex(st, k, roomy)
			if df != words[k] || cs != cases[k] || ph != wantPh || is != wantIs || opens != firsts[k] {
				bad++
				if bad <= 5 {
					t.Errorf("key %q (room behind it %v): index says df %d, cases %v, phrase %v %v, opens %v; maps say %d, %v, %v %v, %v",
						k, roomy, df, cs, ph, is, opens, words[k], cases[k], wantPh, wantIs, firsts[k])
				}
			}
		}
	}
	if bad > 5 {
		t.Errorf("... %d keys answered wrong in all", bad)
	}
	// The filters never say no to a phrase held: its first two words
	// start a phrase of its length.
	for k := range phrases {
		ws := strings.Split(k, string(rune(phraseSep)))
		for _, roomy := range []bool{true, false} {
			first, second := roomyBytes(ws[0], roomy), roomyBytes(ws[1], roomy)
			if got := st.phraseStarts(first, second); got&(1<<len(ws)) == 0 {
				t.Errorf("phrase %q (room behind %v): phraseStarts %q %q = %#b, without bit %d", k, roomy, ws[0], ws[1], got, len(ws))
			}
		}
	}
}

// roomyBytes is key as bytes, with junk behind them or no room at all.
func roomyBytes(key string, roomy bool) []byte {
	b := []byte(key)[:len(key):len(key)]
	if roomy {
		b = append(b, "\xffjunk\x00\x01after"...)[:len(key)]
	}
	return b
}

// TestPhraseStartsFilters: the filters say no to most pairs of words
// that start no phrase (else they spare nothing), and the starts filter
// does so on its own to most pairs whose first word opens some phrase
// (those the opens filter lets through).
func TestPhraseStartsFilters(t *testing.T) {
	st := sampleStats(t)
	words, _, phrases := content(st)
	starts, opens := map[[2]string]bool{}, map[string]bool{}
	for k := range phrases {
		ws := strings.Split(k, string(rune(phraseSep)))
		starts[[2]string{ws[0], ws[1]}] = true
		opens[ws[0]] = true
	}
	var list []string
	for w := range words {
		list = append(list, w)
	}
	// ask counts the pairs that start no phrase and those of them the
	// filters let through.
	pairs, yes := 0, 0
	ask := func(a, b string) {
		if starts[[2]string{a, b}] {
			return
		}
		pairs++
		if st.phraseStarts([]byte(a), []byte(b)) != 0 {
			yes++
		}
	}
	for i, a := range list {
		for _, b := range list[i+1 : min(i+40, len(list))] {
			ask(a, b)
		}
	}
	if pairs < 1000 || yes*10 > pairs {
		t.Errorf("phraseStarts says maybe to %d of %d pairs that start no phrase; want at most a tenth", yes, pairs)
	}
	t.Logf("%d of %d pairs that start no phrase pass the filters", yes, pairs)
	pairs, yes = 0, 0
	for a := range opens {
		for _, b := range list[:min(1000, len(list))] {
			ask(a, b)
		}
	}
	if pairs < 1000 || yes*10 > pairs {
		t.Errorf("phraseStarts says maybe to %d of %d pairs whose first word opens a phrase but not with the second; want at most a tenth", yes, pairs)
	}
	t.Logf("%d of %d pairs whose first word opens another phrase pass the starts filter", yes, pairs)
}

// statsOf makes a Stats of these maps, as ReadStats and the Learner do.
func statsOf(words map[string]uint32, cases map[string]caseStat, phrases map[string]phraseStat) *Stats {
	return (&Stats{lang: "en", headlines: 100, minCount: 1, words: words, cases: cases, phrases: phrases}).index()
}

func TestStatsIndexMatchesMaps(t *testing.T) {
	t.Run("sample", func(t *testing.T) {
		st := sampleStats(t)
		checkIndex(t, st)
		read := readBack(t, st)
		checkIndex(t, read)
	})
	t.Run("zero", func(t *testing.T) {
		// A Stats never made (the zero value) holds nothing, and says so.
		var st Stats
		if st.DocFreq("x") != 0 || st.IsPhrase("a", "b") || st.Words() != 0 || st.Phrases() != 0 {
			t.Errorf("a zero Stats holds something")
		}
	})
	t.Run("empty", func(t *testing.T) {
		st := statsOf(map[string]uint32{}, map[string]caseStat{}, map[string]phraseStat{})
		checkIndex(t, st)
		if st.Words() != 0 || st.Phrases() != 0 {
			t.Errorf("empty statistics hold %d words, %d phrases", st.Words(), st.Phrases())
		}
	})
	t.Run("collisions", func(t *testing.T) {
		// Keys of at most 8 bytes that differ only in trailing NUL bytes
		// share their first 8 bytes, so their hash, whatever the seed:
		// only the comparison tells them apart. Long keys that share
		// their first and last 8 bytes and length differ in the middle.
		words := map[string]uint32{"ab": 1, "ab\x00": 2, "ab\x00\x00\x00\x00\x00\x00": 3, "abcdefgh": 4, "abcdefghi": 5, "abcdefghi\x00": 6}
		cases := map[string]caseStat{"ab": {1, 0}, "ab\x00": {0, 2}, "only cased": {3, 3}}
		phrases := map[string]phraseStat{"abcdefgh one ijklmnop": {7, 1}, "abcdefgh two ijklmnop": {8, 2}, "ab\x00 x": {9, 3}, "nothere abc": {10, 4}}
		for _, k := range []string{"abcdefghXijklmnop", "abcdefghYijklmnop", "abcdefgh12345678", "abcdefgh12345679", "abcdefgh1", "abcdefgh2"} {
			words[k] = uint32(len(k)) // same ends, other middle; same head, other tail
		}
		for i := range 40 {
			// Many keys of one length sharing a head: a long probe run.
			words["abcdefgh"+strings.Repeat("z", i)+"tail"] = uint32(10 + i)
		}
		st := statsOf(words, cases, phrases)
		checkIndexAgainst(t, st, words, cases, phrases)
		if w, c, p := content(st); !reflect.DeepEqual(w, words) || !reflect.DeepEqual(c, cases) || !reflect.DeepEqual(p, phrases) {
			t.Errorf("the index holds other content than the maps it was made of")
		}
	})
	t.Run("corpora", func(t *testing.T) {
		root, ok := sharedfiles.Root()
		if !ok {
			t.Skip("../shared is not here: the corpora's statistics are not checked")
		}
		files, _ := filepath.Glob(filepath.Join(root, "corpora", "*.txt"))
		if len(files) == 0 {
			t.Skip("no corpora in ../shared")
		}
		for _, file := range files {
			if testing.Short() && corpusLang(file) != "en" {
				continue
			}
			t.Run(filepath.Base(file), func(t *testing.T) {
				data, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				st := learnString(t, string(data), LearnOptions{Lang: corpusLang(file)})
				checkIndex(t, st)
			})
		}
	})
}

// readBack writes st and reads it again.
func readBack(t *testing.T, st *Stats) *Stats {
	t.Helper()
	got, err := ReadStats(strings.NewReader(string(encodeStats(t, st))))
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestStatsIndexProbes: the collisions above are probed past, not only
// found at their home slot; and the table stays at most half full, which
// is what keeps a lookup of a key not held short.
func TestStatsIndexProbes(t *testing.T) {
	st := sampleStats(t)
	idx := &st.idx
	if len(idx.entries) == 0 || 2*len(idx.entries) > len(idx.slots) {
		t.Fatalf("%d entries in %d slots; want some, at most half", len(idx.entries), len(idx.slots))
	}
	displaced := 0
	for i, s := range idx.slots {
		if s == 0 {
			continue
		}
		e := &idx.entries[uint32(s)-1]
		b := []byte(e.key)
		head, tail := keyEnds(b)
		if home := idx.hash(head, tail, b) & idx.mask; home != uint64(i) {
			displaced++
		}
	}
	if displaced == 0 {
		t.Errorf("no entry of %d is away from its home slot: the probing is not tested", len(idx.entries))
	}
}

// TestStatsEntryMatches: an entry is told from keys that share its
// hash's inputs but one: the first 8 bytes and the last 8 bytes and the
// length (the middle differs), or trailing NUL bytes.
func TestStatsEntryMatches(t *testing.T) {
	tests := []struct {
		entry, key string
		want       bool
	}{
		{"abcdefghXijklmnop", "abcdefghXijklmnop", true},
		{"abcdefghXijklmnop", "abcdefghYijklmnop", false},
		{"abcdefgh0123456789ijklmnop", "abcdefgh0123456788ijklmnop", false},
		{"abcdefgh0123456789ijklmnop", "abcdefgh0123456789ijklmnop", true},
		{"abcdefgh12345678", "abcdefgh12345678", true},
		{"abcdefgh12345678", "abcdefgh12345679", false},
		{"ab", "ab", true},
		{"ab", "ab\x00", false},
		{"ab\x00", "ab", false},
		{"abcdefgh", "abcdefgh\x00", false},
		{"boko haram", "boko haram", true},
		{"boko haram", "boko harak", false},
	}
	for _, tt := range tests {
		eb, kb := []byte(tt.entry), []byte(tt.key)
		head, tail := keyEnds(eb)
		e := statsEntry{key: tt.entry, head: head, tail: tail}
		head, tail = keyEnds(kb)
		if got := e.matches(head, tail, kb); got != tt.want {
			t.Errorf("entry %q matches key %q: %v, want %v", tt.entry, tt.key, got, tt.want)
		}
	}
}
