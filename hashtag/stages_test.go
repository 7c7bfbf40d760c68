package hashtag

import (
	"testing"

	"github.com/sharekit/sharekit/internal/sharedfiles"
)

// wordsByToken is the Words style without its fast path: every token the
// scanner's general next gives goes through add. The fast path
// (scanner.nextWord, plainWord, addPlain) must give the same tags: it may
// only share the rules, never have rules of its own.
func (e *emitter) wordsByToken(dst []byte, scan *scanner) []byte {
	for !e.full() {
		t, ok := scan.next()
		if !ok {
			break
		}
		t = e.acrossMiddleDot(t, scan)
		switch {
		case !t.is(tLetter):
		case t.is(tASCII):
			dst = e.add(dst, []token{t})
		default:
			dst = e.addToken(dst, t)
		}
	}
	return dst
}

// fastPathOptions are option sets under which every filter rule of the
// fast path is in play.
var fastPathOptions = []Options{
	{},
	{KeepAcronyms: true},
	{Case: CaseLower},
	{Case: CaseCamel, FoldDiacritics: true, MinLength: 3},
	{MinLength: 4, Max: 3},
	{Lang: "tr", KeepAcronyms: true},
	{Lang: "fr", Stopwords: []string{"Gaza", "us"}},
	{ReplaceStopwords: true},
}

// checkFastPath reports where the Words style and wordsByToken disagree
// on headline h, in Line and in Derive form.
func checkFastPath(t *testing.T, g *Generator, h string) {
	t.Helper()
	for _, line := range []bool{true, false} {
		fast := emitter{g: g, s: h, line: line}
		scan := newScanner(h, g.elision)
		if g.opts.KeepAcronyms {
			fast.shout = shouting(h, g.elision)
		}
		got := string(fast.words(nil, &scan))
		gotTags := append([]tagRec(nil), fast.view()...)
		fast.release()

		slow := emitter{g: g, s: h, line: line, shout: fast.shout}
		scan = newScanner(h, g.elision)
		want := string(slow.wordsByToken(nil, &scan))
		wantTags := append([]tagRec(nil), slow.view()...)
		slow.release()

		if got != want {
			t.Errorf("Options %+v, %q: the fast path gives %q; token by token %q", g.opts, h, got, want)
			continue
		}
		if len(gotTags) != len(wantTags) {
			t.Errorf("Options %+v, %q: the fast path keeps %d tags; token by token %d", g.opts, h, len(gotTags), len(wantTags))
			continue
		}
		for i := range gotTags {
			a, b := gotTags[i], wantTags[i]
			if a.start != b.start || a.end != b.end || a.src0 != b.src0 || a.src1 != b.src1 || a.kind != b.kind {
				t.Errorf("Options %+v, %q: tag %d is %+v by the fast path; %+v token by token", g.opts, h, i, a, b)
			}
		}
	}
}

// TestWordsFastPathSharesRules checks that the Words style's fast path
// gives what the general path gives, on the table, fuzz and benchmark
// headlines and, when present, the shared corpora.
func TestWordsFastPathSharesRules(t *testing.T) {
	hs := append(append([]string(nil), fuzzSeeds...), builtinHeadlines...)
	hs = append(hs, "Turkey's İZMİR and Iğdır: IŞİD", "AT&T I A b 2024 G20 5G iPhone X_Y tO", "US TO SEND TROOPS TO GAZA", "WHO says IT and US are in")
	if root, ok := sharedfiles.Root(); ok {
		for _, name := range []string{"english-headlines.txt", "headlines-tr.txt", "headlines-fr.txt"} {
			lines := readLines(t, root+"/corpora/"+name)
			hs = append(hs, lines[:min(len(lines), 500)]...)
		}
	} else {
		t.Log("no ../shared/corpora: checking the built-in headlines only")
	}
	for _, o := range fastPathOptions {
		g := New(o)
		for _, h := range hs {
			checkFastPath(t, g, h)
		}
	}
}

// FuzzWordsFastPath is TestWordsFastPathSharesRules on any input.
func FuzzWordsFastPath(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	var gens []*Generator
	for _, o := range fastPathOptions {
		gens = append(gens, New(o))
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, g := range gens {
			checkFastPath(t, g, s)
		}
	})
}
