package hashtag

import (
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are the inputs of the table tests, plus a few hostile ones.
var fuzzSeeds = []string{
	seed,
	"Board of Peace meets in Cairo",
	"Israel-Hamas peace-building COVID-19 2024-elections",
	"ＧＡＺＡ Cafe\u0301 ﬁnd Govern\u00adment \ufeffOil\u200bprices",
	"می\u200cخواهد क्\u200dया غَزَّة عاجـــل น้ำท่วม 「我们不会放弃」",
	"U.S. AT&T 4.25% €1.8bn ’90s rock’n’roll K-팝 غزة-رفح",
	"Gaza\xff\xfe\xc0talks \u0301\u200d- -x- '' ’’",
	"ELECTION RESULTS: OPPOSITION WINS",
	"L’Assemblée d’Italia İZMİR ΣΕΙΣΜΟΣ",
	"https://x.y www.z #tag @handle ﷺ ⑴",
	"000000000ΰ00", // title case of ΰ is not NFC
}

// FuzzDerive checks the properties of checkProperties on any input, under
// a few option sets.
func FuzzDerive(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	gens := []*Generator{
		New(Options{}),
		New(Options{Style: Phrases, KeepAcronyms: true}),
		New(Options{Style: Combined, Case: CaseCamel, FoldDiacritics: true, Max: 5, MinLength: 2}),
		New(Options{Lang: "tr", Case: CaseLower}),
		New(Options{Lang: "fr", Style: Combined}),
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, g := range gens {
			checkProperties(t, g, s)
		}
		c := Camel(s)
		if !utf8.ValidString(c) {
			t.Errorf("Camel(%q) = %q; not valid UTF-8", s, c)
		}
		if c != "" && !Valid(c) && hasLetter([]byte(c)) {
			t.Errorf("Camel(%q) = %q; has characters X does not allow in hashtags", s, c)
		}
	})
}

// FuzzExtract checks that Extract never panics and that its code-point
// indices slice back to '#' + the tag's text.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
		f.Add(Line(s))
	}
	f.Add("#Gaza #غزة #COVID19 ＃fullwidth #_ #123 x#y https://a.b/#frag")
	f.Fuzz(func(t *testing.T, s string) {
		runes := []rune(s)
		for _, h := range Extract(s) {
			i, j := h.Indices[0], h.Indices[1]
			if i < 0 || j > len(runes) || i >= j {
				t.Fatalf("Extract(%q): indices %v outside the %d code points", s, h.Indices, len(runes))
			}
			if got := string(runes[i+1 : j]); got != h.Text || (runes[i] != '#' && runes[i] != '＃') {
				t.Errorf("Extract(%q): indices %v slice to %q; want '#'+%q", s, h.Indices, string(runes[i:j]), h.Text)
			}
			if !utf8.ValidString(h.Text) {
				t.Errorf("Extract(%q): tag %q is not valid UTF-8", s, h.Text)
			}
		}
	})
}

// FuzzSuggest checks Suggest's invariants (checkSuggestions) on any input,
// with generators of several languages.
func FuzzSuggest(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 3)
	}
	f.Add("Board of Peace meets in Cairo", 1)
	f.Add("قناة السويس الجديدة", 5)
	for _, v := range statsVocab {
		f.Add(v, 5)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = n % 8
		for _, g := range append(suggestGens(), suggestStatsGens()...) {
			checkSuggestions(t, g, s, n)
		}
	})
}
