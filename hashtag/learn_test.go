package hashtag

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/sharekit/sharekit/internal/sharedfiles"
)

// archive makes a small synthetic archive: each name appears, in the
// order given, in headlines of its own with rotating filler words, so its
// words occur only together while the fillers occur everywhere; then come
// headlines of fillers alone.
func archive(names, fillers []string, each int) string {
	var b strings.Builder
	k := 0
	for _, name := range names {
		for i := range each {
			f1, f2 := fillers[k%len(fillers)], fillers[(k+3)%len(fillers)]
			k++
			if i%2 == 0 {
				fmt.Fprintf(&b, "%s %s %s\n", f1, name, f2)
			} else {
				fmt.Fprintf(&b, "%s %s %s\n", name, f1, f2)
			}
		}
	}
	// Headlines of fillers alone: a name is not in every headline.
	for i := range each {
		fmt.Fprintf(&b, "%s %s\n", fillers[i%len(fillers)], fillers[(i+5)%len(fillers)])
	}
	return b.String()
}

// checkHolds reports each tag of want that got, what call returned,
// lacks, and each tag of not that it holds.
func checkHolds(t *testing.T, call string, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s = %q; want %s in it", call, got, w)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("%s = %q; want no %s", call, got, w)
		}
	}
}

// repeatLines makes n headlines of format, each with the next of fill.
func repeatLines(format string, fill []string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, format+"\n", fill[i%len(fill)])
	}
	return b.String()
}

var (
	enFillers = []string{"floods", "budget", "strike", "vaccine", "election", "court", "market", "drought", "protest", "tariffs", "wildfire"}
	deFillers = []string{"Hochwasser", "Haushalt", "Streik", "Impfstoff", "Wahl", "Gericht", "Markt", "Dürre", "Protest", "Zölle", "Waldbrand"}
	arFillers = []string{"اشتباكات", "انتخابات", "فيضانات", "اقتصاد", "احتجاجات", "محكمة", "ميزانية", "جفاف"}
)

func learnString(t testing.TB, text string, opts LearnOptions) *Stats {
	t.Helper()
	st, err := Learn(strings.NewReader(text), opts)
	if err != nil {
		t.Fatalf("Learn: %v", err)
	}
	return st
}

func TestLearnFindsNames(t *testing.T) {
	tests := []struct {
		lang    string
		text    string
		phrases [][]string // learned
		not     [][]string // not learned: filler pairs, which meet by chance
	}{
		{"en", archive([]string{"boko haram", "tottenham hotspur", "rio grande valley"}, enFillers, 12),
			[][]string{{"boko", "haram"}, {"tottenham", "hotspur"}, {"rio", "grande", "valley"}},
			[][]string{{"floods", "boko"}, {"haram", "floods"}}},
		{"ar", archive([]string{"قناة السويس", "بوكو حرام"}, arFillers, 12),
			[][]string{{"قناة", "السويس"}, {"بوكو", "حرام"}},
			[][]string{{"اشتباكات", "قناة"}}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			st := learnString(t, tt.text, LearnOptions{Lang: tt.lang})
			if st.Lang() != tt.lang {
				t.Errorf("Lang() = %q; want %q", st.Lang(), tt.lang)
			}
			if want := int64(strings.Count(tt.text, "\n")); st.Headlines() != want {
				t.Errorf("Headlines() = %d; want %d", st.Headlines(), want)
			}
			for _, p := range tt.phrases {
				if !st.IsPhrase(p...) {
					t.Errorf("IsPhrase(%q) = false; want true", p)
				}
			}
			for _, p := range tt.not {
				if st.IsPhrase(p...) {
					t.Errorf("IsPhrase(%q) = true; want false", p)
				}
			}
		})
	}
}

func TestLearnDocumentFrequency(t *testing.T) {
	// "storm" twice in one headline counts once; "the" is a stopword and
	// "2026" a number: neither is a word to learn.
	st := learnString(t, "Storm storm hits the coast\nstorm in 2026\r\nStorm again\n\ufeffno storm here\nCalm day\n", LearnOptions{MinCount: 1})
	for _, tt := range []struct {
		word string
		want int
	}{{"storm", 4}, {"calm", 1}, {"the", 0}, {"2026", 0}, {"Storm", 0}} {
		if got := st.DocFreq(tt.word); got != tt.want {
			t.Errorf("DocFreq(%q) = %d; want %d", tt.word, got, tt.want)
		}
	}
}

// TestLearnCompoundKeysLowerCase: a compound's key is its text lower-cased,
// however the headline writes it. The tag capitalizes a compound's parts
// (same-sex → SameSex), and a compound written without a capital once
// kept those capitals in its key: learned as "SameSex", never found by a
// lookup of the lower-cased word, nor by a word list.
func TestLearnCompoundKeysLowerCase(t *testing.T) {
	st := learnString(t, "Court backs same-sex marriage\nSame-sex marriage vote\nnew e-mail rules\nE-mail outage\ncovid-19 cases rise\n", LearnOptions{MinCount: 1})
	for _, tt := range []struct {
		word string
		want int
	}{{"samesex", 2}, {"email", 2}, {"covid19", 1}, {"SameSex", 0}, {"EMail", 0}, {"Covid19", 0}} {
		if got := st.DocFreq(tt.word); got != tt.want {
			t.Errorf("DocFreq(%q) = %d; want %d", tt.word, got, tt.want)
		}
	}
}

func TestLearnSkipsLongLines(t *testing.T) {
	text := "quake rocks city\n" + strings.Repeat("filler ", 100) + "\nquake again\n"
	st := learnString(t, text, LearnOptions{MinCount: 1, MaxLineBytes: 64})
	if got := st.DocFreq("filler"); got != 0 {
		t.Errorf("DocFreq(filler) = %d; want 0: the long line is skipped", got)
	}
	if got := st.DocFreq("quake"); got != 2 {
		t.Errorf("DocFreq(quake) = %d; want 2", got)
	}
}

// TestLearnReadsInChunks: Learn reads its input in chunks; a reader that
// gives one byte at a time, so that lines and long lines straddle every
// chunk boundary, gives the same statistics as one that gives it all.
func TestLearnReadsInChunks(t *testing.T) {
	text := "\ufeffquake rocks city\r\n" + strings.Repeat("filler ", 100) + "\n" + readTestHeadlines(t) + "quake again"
	o := LearnOptions{MinCount: 1, MaxLineBytes: 200}
	want := encodeStats(t, learnString(t, text, o))
	st, err := Learn(iotest.OneByteReader(strings.NewReader(text)), o)
	if err != nil {
		t.Fatalf("Learn: %v", err)
	}
	if !bytes.Equal(encodeStats(t, st), want) {
		t.Errorf("Learn of a one-byte reader gave other statistics than of the whole text")
	}
	if st.DocFreq("filler") != 0 || st.DocFreq("quake") != 2 {
		t.Errorf("DocFreq(filler), DocFreq(quake) = %d, %d; want 0 (a long line is skipped), 2", st.DocFreq("filler"), st.DocFreq("quake"))
	}
}

func TestLearnBoundedMemory(t *testing.T) {
	text := readTestHeadlines(t)
	st := learnString(t, text, LearnOptions{MinCount: 1, MaxWords: 16, MaxPhrases: 8})
	if st.Words() > 16 || st.Phrases() > 16 {
		t.Errorf("Words() = %d, Phrases() = %d; want at most 16 each (MaxWords 16, MaxPhrases 8 of each length)", st.Words(), st.Phrases())
	}
	if st.Words() == 0 {
		t.Errorf("Words() = 0; want the most frequent words kept")
	}
}

func TestLearnOptionErrors(t *testing.T) {
	for _, o := range []LearnOptions{{Lang: "!!"}, {MinCount: -1}, {MaxWords: -1}, {MaxPhrases: -2}, {MaxLineBytes: -1}} {
		if _, err := NewLearner(o); err == nil {
			t.Errorf("NewLearner(%+v) = nil error; want an *OptionError", o)
		}
	}
}

func readTestHeadlines(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/headlines.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestLearnDeterministic: the same input gives the same bytes, also when
// the counters are full and keys replace each other.
func TestLearnDeterministic(t *testing.T) {
	text := readTestHeadlines(t)
	for _, o := range []LearnOptions{{MinCount: 1}, {MinCount: 1, MaxWords: 50, MaxPhrases: 20}} {
		var a, b bytes.Buffer
		if _, err := learnString(t, text, o).WriteTo(&a); err != nil {
			t.Fatal(err)
		}
		if _, err := learnString(t, text, o).WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%+v: two runs over the same input wrote different bytes", o)
		}
	}
}

func TestSuggestUsesLearnedNames(t *testing.T) {
	tests := []struct {
		lang, text, headline, want string
	}{
		{"ar", archive([]string{"قناة السويس"}, arFillers, 12), "احتجاجات جديدة قرب قناة السويس", "قناة_السويس"},
		{"en", archive([]string{"Boko Haram"}, enFillers, 12), "Villagers flee as Boko Haram attacks", "BokoHaram"},
		{"en", archive([]string{"bird flu"}, enFillers, 12), "Farmers fear bird flu outbreak", "BirdFlu"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			st := learnString(t, tt.text, LearnOptions{Lang: tt.lang})
			got := SuggestionTexts(New(Options{Lang: tt.lang, Stats: st}).Suggest(tt.headline, 3))
			if !slices.Contains(got, tt.want) {
				t.Errorf("Suggest(%q) with stats = %q; want it to hold %q", tt.headline, got, tt.want)
			}
		})
	}
}

// TestSuggestWithoutStatsUnchanged: no statistics, or statistics of another
// language, leave every suggestion as it was.
func TestSuggestWithoutStatsUnchanged(t *testing.T) {
	text := readTestHeadlines(t)
	fr := learnString(t, text, LearnOptions{Lang: "fr", MinCount: 1})
	plain, other := New(Options{}), New(Options{Stats: fr})
	for _, h := range strings.Split(text, "\n") {
		a, b := plain.Suggest(h, 3), other.Suggest(h, 3)
		if !slices.Equal(a, b) {
			t.Errorf("Suggest(%q) with French stats for English = %v; want %v as without", h, b, a)
		}
	}
}

// TestSuggestWithStatsProperties: with statistics learned from the very
// headlines, every suggestion is still valid, inside the headline, and
// none is given twice.
func TestSuggestWithStatsProperties(t *testing.T) {
	text := readTestHeadlines(t)
	g := New(Options{Stats: learnString(t, text, LearnOptions{MinCount: 2})})
	for _, h := range strings.Split(text, "\n") {
		seen := map[string]bool{}
		for _, s := range g.Suggest(h, 5) {
			if !Valid(s.Text) || s.Start < 0 || s.End > len(h) || s.Start >= s.End || seen[s.Text] {
				t.Errorf("Suggest(%q) gave %+v: want a valid tag, once, spanning the headline", h, s)
			}
			seen[s.Text] = true
		}
	}
}

// FuzzLearn: whatever the input, Learn gives statistics that write and
// read back as they were, and the same statistics twice.
func FuzzLearn(f *testing.F) {
	f.Add("Boko Haram attacks\nboko haram again\nBoko Haram\n", uint8(1))
	f.Add("قناة السويس\nقناة السويس تفتح\n\xff\xfe\r\n", uint8(2))
	f.Add(strings.Repeat("x", 300)+" y\n"+strings.Repeat("x", 300)+" y\n", uint8(1))
	f.Fuzz(func(t *testing.T, text string, minCount uint8) {
		o := LearnOptions{MinCount: int(minCount%4) + 1, MaxWords: 8, MaxPhrases: 4}
		st, err := Learn(strings.NewReader(text), o)
		if err != nil {
			t.Fatalf("Learn: %v", err)
		}
		data := encodeStats(t, st)
		back, err := ReadStats(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("ReadStats of what Learn wrote: %v", err)
		}
		if !sameStats(back, st) {
			t.Fatalf("learned statistics changed on a round trip")
		}
		checkIndex(t, back)
		again, _ := Learn(strings.NewReader(text), o)
		if !bytes.Equal(encodeStats(t, again), data) {
			t.Fatalf("Learn gave other bytes the second time")
		}
	})
}

// TestSuggestDecidesInitialsByCase: a sentence's first word is a name when
// the archive capitalizes it inside sentences, a common word when it
// writes it in lower case there.
func TestSuggestDecidesInitialsByCase(t *testing.T) {
	var b strings.Builder
	for i := range 12 {
		f := enFillers[i%len(enFillers)]
		fmt.Fprintf(&b, "Markets await Geithner on %s\n", f)
		fmt.Fprintf(&b, "Officials say dozens hurt in %s\n", f)
	}
	st := learnString(t, b.String(), LearnOptions{})
	g := New(Options{Stats: st})
	for _, tt := range []struct {
		headline, word string
		kind           Kind
	}{
		{"Geithner pressed on bailout details", "Geithner", KindName},
		{"Dozens flee as wildfire spreads", "Dozens", KindTopic},
	} {
		for _, s := range g.Suggest(tt.headline, 5) {
			if s.Text == tt.word && s.Kind != tt.kind {
				t.Errorf("Suggest(%q) with stats: %s is a %s; want %s", tt.headline, s.Text, s.Kind, tt.kind)
			}
		}
	}
	if got := SuggestionTexts(g.Suggest("Geithner pressed on bailout details", 3)); len(got) == 0 || got[0] != "Geithner" {
		t.Errorf("Suggest with stats = %q; want Geithner first", got)
	}
}

// TestSuggestBaseFormOfLearnedPhrase: a learned phrase in a case ending
// (German genitive New Yorks, Turkish locative sosyal medyada "in social
// media") is suggested in the form the archive knows too (New York,
// sosyal medya), as the rules suggest places in their base form; where
// the archive never has the phrase so, or in under a quarter as many
// headlines, it stays as written (Russian курс доллара "the dollar's
// rate": курс доллар is no phrase).
func TestSuggestBaseFormOfLearnedPhrase(t *testing.T) {
	deFill := []string{"Streik", "Wahl", "Haushalt", "Hochwasser", "Gericht", "Markt", "Impfstoff", "Dürre", "Protest", "Zölle"}
	trFill := []string{"grev", "seçim", "bütçe", "sel", "mahkeme", "piyasa", "aşı", "kuraklık", "protesto", "gümrük"}
	ruFill := []string{"забастовка", "выборы", "бюджет", "наводнение", "суд", "рынок", "вакцина", "засуха", "протест", "пошлины"}
	tests := []struct {
		lang, text, headline string
		learned              [][]string // phrases the archive must hold
		want, not            string
	}{
		{"de", archive([]string{"New York", "New York", "New Yorks"}, deFill, 12) + archive(nil, deFill, 200),
			"Die Taxifahrer New Yorks streiken", [][]string{{"new", "yorks"}, {"new", "york"}}, "NewYork", "NewYorks"},
		{"tr", archive([]string{"sosyal medya", "sosyal medyada"}, trFill, 12) + archive(nil, trFill, 200),
			"Sosyal medyada yeni akım", [][]string{{"sosyal", "medyada"}, {"sosyal", "medya"}}, "SosyalMedya", "SosyalMedyada"},
		// After a compound's possessive the ending takes a buffer n.
		{"tr", archive([]string{"trafik kazası", "trafik kazasında"}, trFill, 12) + archive(nil, trFill, 200),
			"Trafik kazasında iki yaralı", [][]string{{"trafik", "kazasında"}, {"trafik", "kazası"}}, "TrafikKazası", "TrafikKazasında"},
		// The base form in under a quarter as many headlines: a slip
		// of the archive, not the phrase.
		{"tr", archive([]string{"sosyal medyada"}, trFill, 48) + archive([]string{"sosyal medya"}, trFill, 11) + archive(nil, trFill, 200),
			"Sosyal medyada yeni akım", [][]string{{"sosyal", "medyada"}, {"sosyal", "medya"}}, "SosyalMedyada", "SosyalMedya"},
		{"ru", archive([]string{"курс доллара"}, ruFill, 12) + archive(nil, ruFill, 200),
			"Аналитики: курс доллара снова вырос", [][]string{{"курс", "доллара"}}, "КурсДоллара", "КурсДоллар"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.want, func(t *testing.T) {
			st := learnString(t, tt.text, LearnOptions{Lang: tt.lang})
			for _, ph := range tt.learned {
				if !st.IsPhrase(ph...) {
					t.Fatalf("IsPhrase(%q) = false; want it learned", ph)
				}
			}
			got := SuggestionTexts(New(Options{Lang: tt.lang, Stats: st}).Suggest(tt.headline, 3))
			if !slices.Contains(got, tt.want) || slices.Contains(got, tt.not) {
				t.Errorf("Suggest(%q) with stats = %q; want %s, not %s", tt.headline, got, tt.want, tt.not)
			}
		})
	}
}

// TestSuggestPrefersRecurringTopics: among topic words the rules score
// alike, the one the archive comes back to ranks first, however often
// (an archive's main topic may be in one headline of twenty).
func TestSuggestPrefersRecurringTopics(t *testing.T) {
	const headline = "New tariffs threaten vaccine supply"
	for _, tt := range []struct {
		name             string
		vaccine, tariffs int
		first            string
	}{
		{"vaccine recurs", 100, 0, "vaccine"},
		{"tariffs recur", 0, 100, "tariffs"},
		{"tariffs in one of twenty", 100, dfMinHeadlines / 20 * 3, "tariffs"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st := learnString(t, recurringArchive("plans", map[string]int{"vaccine": tt.vaccine, "tariffs": tt.tariffs}), LearnOptions{})
			got := SuggestionTexts(New(Options{Stats: st}).Suggest(headline, 3))
			if len(got) == 0 || got[0] != tt.first {
				t.Errorf("Suggest(%q) with stats = %q; want %s first", headline, got, tt.first)
			}
		})
	}
}

// recurringArchive makes an archive of dfMinHeadlines headlines of
// invented words around verb, with each word of words appended to the
// given number of them.
func recurringArchive(verb string, words map[string]int) string {
	var b strings.Builder
	syl := []string{"ka", "lo", "mi", "nu", "pe", "ra", "si", "to"}
	for i := range dfMinHeadlines {
		fmt.Fprintf(&b, "%s%s%s %s %s%s", syl[i%8], syl[i/8%8], syl[i/64%8], verb, syl[i/512%8], syl[i%7])
		for _, w := range slices.Sorted(maps.Keys(words)) {
			if i < words[w] {
				b.WriteString(" " + w)
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestRecurringTopicStaysBelowOtherKinds: the recurring-topic bonus
// orders topic words among themselves; a German noun (a topic with a
// noun's bonus) that recurs does not pass an acronym the rules rank
// alike.
func TestRecurringTopicStaysBelowOtherKinds(t *testing.T) {
	const headline = "Streit bei BMW Beschäftigte fordern Zuschläge"
	g := New(Options{Lang: "de"})
	score := func(ss []Suggestion, text string) (float64, bool) {
		for _, s := range ss {
			if s.Text == text {
				return s.Score, true
			}
		}
		return 0, false
	}
	plain := g.Suggest(headline, 5)
	acr, ok1 := score(plain, "BMW")
	noun, ok2 := score(plain, "Beschäftigte")
	if !ok1 || !ok2 || noun > acr {
		t.Fatalf("without stats: %v; want BMW at or above Beschäftigte (the premise)", plain)
	}
	st := learnString(t, recurringArchive("plant", map[string]int{"Beschäftigte": 300}), LearnOptions{Lang: "de"})
	with := New(Options{Lang: "de", Stats: st}).Suggest(headline, 5)
	// The same statistics raise it where no other kind is near.
	const alone = "Streit um Zuschläge für Beschäftigte"
	a, _ := score(g.Suggest(alone, 5), "Beschäftigte")
	b, _ := score(New(Options{Lang: "de", Stats: st}).Suggest(alone, 5), "Beschäftigte")
	if b <= a {
		t.Errorf("Suggest(%q): Beschäftigte scores %.3f with stats, %.3f without; want a bonus", alone, b, a)
	}
	if s, _ := score(with, "Beschäftigte"); s > acr {
		t.Errorf("with stats Beschäftigte scores %.3f over BMW's %.3f", s, acr)
	}
}

// TestSuggestJudgesWordsByArchiveCase: in Title Case, a word the archive
// writes in lower case loses the bonus of a capital that may be a name's
// (a word it never saw keeps it); in German, a sentence's first word the
// archive writes in lower case is no noun.
func TestSuggestJudgesWordsByArchiveCase(t *testing.T) {
	var en, de strings.Builder
	for i := range 12 {
		f := enFillers[i%len(enFillers)]
		fmt.Fprintf(&en, "Regulators weigh bailout terms after %s\n", f)
		fmt.Fprintf(&de, "Die Lage ist erneut ernst nach %s\n", []string{"Streik", "Wahl", "Hochwasser", "Dürre"}[i%4])
	}
	const title = "Lawmakers Fight Over The Bailout Of Zorblinski"
	score := func(g *Generator, headline, text string) (float64, bool) {
		for _, s := range g.Suggest(headline, 8) {
			if s.Text == text {
				return s.Score, true
			}
		}
		return 0, false
	}
	enPlain, enStats := New(Options{}), New(Options{Stats: learnString(t, en.String(), LearnOptions{})})
	a, ok := score(enPlain, title, "Bailout")
	if !ok {
		t.Fatalf("Suggest(%q) without stats has no Bailout (the premise)", title)
	}
	if b, ok := score(enStats, title, "Bailout"); ok && b >= a {
		t.Errorf("Bailout in Title Case scores %.2f with stats, %.2f without; want lower or cut", b, a)
	}
	a, _ = score(enPlain, title, "Zorblinski")
	if b, ok := score(enStats, title, "Zorblinski"); !ok || a != b {
		t.Errorf("Zorblinski (unseen) scores %.2f with stats, %.2f without; want the same", b, a)
	}
	const initial = "Erneut Proteste in Leipzig"
	dePlain, deStats := New(Options{Lang: "de"}), New(Options{Lang: "de", Stats: learnString(t, de.String(), LearnOptions{Lang: "de"})})
	if a, ok := score(dePlain, initial, "Erneut"); !ok {
		t.Errorf("Suggest(%q) without stats has no Erneut (the premise)", initial)
	} else if b, ok := score(deStats, initial, "Erneut"); ok && b >= a {
		t.Errorf("Erneut scores %.2f with stats, %.2f without; want lower or cut", b, a)
	}
}

// TestSuggestCommonCapitals: inside a sentence-case headline the rules
// take a capitalized word for a name; one the archive writes in lower case
// inside sentences is a common word (Budget for emphasis), ranks as a
// topic word and, next to a real name, is not suggested. The headline's
// best candidate stays (a lower best would let weaker words in), as do the
// capitals of a headline without a lower-case content word (they may be
// Title Case), and a word the archive capitalizes or has not seen keeps
// the rules' rank. Each case compares the whole of Suggest(h, 5): the
// rule changes which words pass render's cutoff, not only the one word.
func TestSuggestCommonCapitals(t *testing.T) {
	var b strings.Builder
	for i := range 12 {
		f := enFillers[i%len(enFillers)]
		fmt.Fprintf(&b, "Council delays the budget vote after %s\n", f)
		fmt.Fprintf(&b, "Markets await Geithner on %s\n", f)
	}
	plain, stats := New(Options{}), New(Options{Stats: learnString(t, b.String(), LearnOptions{})})
	for _, tt := range []struct {
		headline      string
		without, want []string // Suggest(h, 5) without and with the statistics
	}{
		{"Senators grill Geithner over Budget cuts", []string{"Geithner", "Budget"}, []string{"Geithner"}},
		// As a topic word the best would let Senators, vote and cuts in.
		{"Senators vote on Budget cuts", []string{"Budget"}, []string{"Budget"}},
		{"Senators grill Zorblinski over Budget cuts", []string{"Zorblinski", "Budget"}, []string{"Zorblinski"}},
		{"Geithner and the Budget", []string{"Budget"}, []string{"Geithner", "Budget"}},
	} {
		if got := SuggestionTexts(plain.Suggest(tt.headline, 5)); !slices.Equal(got, tt.without) {
			t.Errorf("Suggest(%q) without stats = %q; want %q (the premise)", tt.headline, got, tt.without)
			continue
		}
		if got := SuggestionTexts(stats.Suggest(tt.headline, 5)); !slices.Equal(got, tt.want) {
			t.Errorf("Suggest(%q) with stats = %q; want %q", tt.headline, got, tt.want)
		}
	}
}

// TestLearnerFinish: Finish gives the statistics Stats gives, and the
// Learner learns nothing after.
func TestLearnerFinish(t *testing.T) {
	l, err := NewLearner(LearnOptions{MinCount: 1, MaxWords: 64, MaxPhrases: 32})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range strings.Split(readTestHeadlines(t), "\n") {
		l.Add(h)
	}
	want := encodeStats(t, l.Stats())
	if got := encodeStats(t, l.Finish()); !bytes.Equal(got, want) {
		t.Errorf("Finish gave other statistics than Stats")
	}
	l.Add("Boko Haram attacks")
	if st := l.Stats(); st.Words() != 0 || st.Headlines() != 0 {
		t.Errorf("after Finish: Stats has %d words of %d headlines; want none", st.Words(), st.Headlines())
	}
}

// TestLearnerStatsMidway: Add counts a headline's keys when the next one
// comes (learn.go: fetchKeys), so Stats counts the last one itself: it
// has every headline added so far, the last one's words too, and asking
// changes nothing of what is learned after.
func TestLearnerStatsMidway(t *testing.T) {
	lines := strings.Split(readTestHeadlines(t), "\n")
	opts := LearnOptions{MinCount: 1, MaxWords: 64, MaxPhrases: 32}
	asked, err := NewLearner(opts)
	if err != nil {
		t.Fatal(err)
	}
	quiet, _ := NewLearner(opts)
	for i, h := range lines {
		asked.Add(h)
		quiet.Add(h)
		if i%7 == 0 {
			if st := asked.Stats(); st.Headlines() != int64(i+1) {
				t.Fatalf("after %d headlines: Stats has %d", i+1, st.Headlines())
			}
		}
	}
	if got, want := encodeStats(t, asked.Finish()), encodeStats(t, quiet.Finish()); !bytes.Equal(got, want) {
		t.Errorf("a Learner asked for Stats along the way learned other statistics than one not asked")
	}
	one, _ := NewLearner(LearnOptions{MinCount: 1})
	one.Add("Zorblinski wins")
	if st := one.Stats(); st.DocFreq("zorblinski") != 1 {
		t.Errorf("Stats after one headline: zorblinski in %d headlines; want 1", st.DocFreq("zorblinski"))
	}
}

// TestLearnedNameNotPartOfCompound: a learned phrase that is a piece of a
// longer hyphenated compound (Tage Inzidenz of Sieben-Tage-Inzidenz) is
// not suggested: the compound is one word.
func TestLearnedNameNotPartOfCompound(t *testing.T) {
	fillers := []string{"Streik", "Wahl", "Haushalt", "Hochwasser", "Gericht", "Markt", "Impfstoff", "Dürre", "Protest", "Zölle"}
	text := archive([]string{"Sieben-Tage-Inzidenz"}, fillers, 20) + archive(nil, fillers, 200)
	st := learnString(t, text, LearnOptions{Lang: "de"})
	if !st.IsPhrase("tage", "inzidenz") {
		t.Fatalf("IsPhrase(tage inzidenz) = false; want it learned (the premise)")
	}
	got := SuggestionTexts(New(Options{Lang: "de", Stats: st}).Suggest("Sieben-Tage-Inzidenz steigt in Bayern", 3))
	if slices.Contains(got, "TageInzidenz") {
		t.Errorf("Suggest with stats = %q; want no TageInzidenz", got)
	}
}

// TestSuggestNameAfterCommonInitial: a run of capitalized words that
// opens a sentence, whose first word the archive writes in lower case, is
// a name without that word; unless the archive knows the two as a phrase.
func TestSuggestNameAfterCommonInitial(t *testing.T) {
	// "golden" in lower case inside sentences ten times as often as in
	// Golden Zorbl, a name the archive learns: among many headlines, so
	// that the two words go together far more often than chance.
	var b strings.Builder
	for i := range 60 {
		f := enFillers[i%len(enFillers)]
		if i < 12 {
			fmt.Fprintf(&b, "Rescuers free twelve miners after %s\n", f)
		}
		if i < 6 {
			fmt.Fprintf(&b, "Voters back Golden Zorbl over %s\n", f)
		}
		fmt.Fprintf(&b, "Officials say golden rules on %s hold\n", f)
	}
	b.WriteString(archive(nil, enFillers, 2000))
	st := learnString(t, b.String(), LearnOptions{})
	if !st.IsPhrase("golden", "zorbl") {
		t.Fatalf("IsPhrase(golden zorbl) = false; want it learned (the premise)")
	}
	g := New(Options{Stats: st})
	for _, tt := range []struct{ headline, want, not string }{
		{"Twelve Zorbonian miners rescued in Chile", "Zorbonian", "TwelveZorbonian"},
		{"Golden Zorbl wins vote in Chile", "GoldenZorbl", "Zorbl"},
	} {
		plain := SuggestionTexts(New(Options{}).Suggest(tt.headline, 3))
		got := SuggestionTexts(g.Suggest(tt.headline, 3))
		if !slices.Contains(got, tt.want) || slices.Contains(got, tt.not) {
			t.Errorf("Suggest(%q) with stats = %q (without: %q); want %s, not %s", tt.headline, got, plain, tt.want, tt.not)
		}
	}
}

// TestWordHashInPlace: Learn hashes a short word from one load of the
// headline's buffer, and the statistics hash a key's text again (phrases'
// parts): both must agree, for every word of every language.
func TestWordHashInPlace(t *testing.T) {
	sets := map[string][]string{"en": strings.Split(readTestHeadlines(t), "\n")}
	if root, ok := sharedfiles.Root(); ok {
		files, _ := filepath.Glob(filepath.Join(root, "corpora", "headlines-*.txt"))
		for _, f := range files {
			lang := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "headlines-"), ".txt")
			if lang == "ja" || lang == "zh" || lang == "th" {
				continue // words from a Segmenter, which this package has none of
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(string(data), "\n")
			sets[lang] = lines[:min(len(lines), 3000)]
		}
	}
	for lang, lines := range sets {
		g := New(Options{Lang: lang, AsWritten: true})
		p := new(pipeline)
		short := 0
		for _, line := range lines {
			p.reset(g, line)
			p.tokenize()
			p.classify()
			for i := range p.words {
				w := &p.words[i]
				text := p.lower(w)
				short += b2i(len(text) <= 8)
				if got, want := p.wordHash(w), wordHash(text); got != want {
					t.Fatalf("%s: %q in %q: hashed %x in place, %x from its text", lang, text, line, got, want)
				}
			}
		}
		if short == 0 {
			t.Errorf("%s: no word of 8 bytes or fewer: the test tests nothing", lang)
		}
	}
}

// TestWordHashSpreads: words that differ in one byte, or in length, hash
// apart, in the low bits (table and sketch blocks) and the high ones
// (sketch counters).
func TestWordHashSpreads(t *testing.T) {
	seen := map[uint64]string{}
	low := map[uint64]int{}
	words := 0
	for _, base := range []string{"a", "boko", "haram", "nigeria", "schoolgirls", "internationally", "مقاتلون", "дональд"} {
		for i := range len(base) {
			for c := 0; c < 256; c++ {
				b := []byte(base)
				b[i] = byte(c)
				for _, text := range [][]byte{b, append(b, 'x'), b[:i]} {
					if bytes.IndexByte(text, 0) >= 0 || len(text) == 0 {
						continue // no word holds a NUL byte
					}
					h := wordHash(text)
					if h == 0 {
						t.Fatalf("%q hashes to 0, the empty entry", text)
					}
					if other, ok := seen[h]; ok && other != string(text) {
						t.Fatalf("%q and %q hash alike (%x)", other, text, h)
					}
					if _, ok := seen[h]; !ok {
						seen[h] = string(text)
						low[h&1023]++
						words++
					}
				}
			}
		}
	}
	// Spread over 1024 low values, no value takes many times its share.
	for v, n := range low {
		if share := words / 1024; n > 4*share+8 {
			t.Errorf("%d of %d words hash to %d in the low bits (a share is %d)", n, words, v, share)
		}
	}
}

// TestLearnGeneratorShared: Learners of one language share a Generator,
// other languages have their own, and a Learner with a Segmenter makes
// its own (the Generator is made of the Segmenter).
func TestLearnGeneratorShared(t *testing.T) {
	// From an empty cache: the tests before may have learned as many
	// languages as it keeps, and German would not be kept then.
	learnGenerators.Lock()
	learnGenerators.byLang = nil
	learnGenerators.Unlock()
	de1, de2 := learnGenerator(LearnOptions{Lang: "de"}), learnGenerator(LearnOptions{Lang: "de"})
	if de1 != de2 {
		t.Error("two Learners of German made a Generator each")
	}
	if fr := learnGenerator(LearnOptions{Lang: "fr"}); fr == de1 || fr.code != "fr" {
		t.Errorf("French got the Generator of %q", fr.code)
	}
	if g := learnGenerator(LearnOptions{Lang: "de", Segmenter: wholeRuns{}}); g == de1 || g.opts.Segmenter == nil {
		t.Error("a Learner with a Segmenter got the shared Generator")
	}
	if !de1.opts.AsWritten {
		t.Error("the Learner's Generator makes base forms it does not need")
	}
}

// TestLearnedTrailingLabel: what a headline's last brackets hold is a
// label of its kind, (组图) "photo set", which an archive learns as a
// phrase because it recurs: no tag. Elsewhere, in brackets before more of
// the headline too, the phrase is one.
func TestLearnedTrailingLabel(t *testing.T) {
	var b strings.Builder
	for i, place := range []string{"北京", "上海", "广州", "深圳", "南京", "武汉"} {
		fmt.Fprintf(&b, "%s新楼盘开盘(组图)\n%s暴雨成灾（组图）\n", place, place)
		fmt.Fprintf(&b, "%s股市%d\n", place, i)
	}
	opts := LearnOptions{Lang: "zh", Segmenter: eachRune{}}
	st := learnString(t, b.String()+b.String(), opts)
	if !st.IsPhrase("组", "图") {
		t.Fatal("组图 is not a learned phrase; the test needs it")
	}
	g := New(Options{Lang: "zh", Segmenter: eachRune{}, Stats: st})
	tests := []struct {
		headline string
		want     bool
	}{
		{"杭州新楼盘开盘(组图)", false},
		{"杭州新楼盘开盘 【组图】 ", false},
		{"杭州组图展开幕", true},
		// Brackets before more of the headline hold no label of it.
		{"杭州(组图)新楼盘开盘", true},
	}
	for _, tt := range tests {
		if got := SuggestionTexts(g.Suggest(tt.headline, 5)); slices.Contains(got, "组图") != tt.want {
			t.Errorf("Suggest(%q) with stats = %q; want 组图 in it: %v", tt.headline, got, tt.want)
		}
	}
}

// eachRune is a Segmenter that makes each letter a word.
type eachRune struct{}

func (eachRune) Segment(dst []Segment, run, lang string) []Segment {
	for i, r := range run {
		dst = append(dst, Segment{Start: i, End: i + utf8.RuneLen(r)})
	}
	return dst
}

// wholeRuns is a Segmenter that makes each run one word.
type wholeRuns struct{}

func (wholeRuns) Segment(dst []Segment, run, lang string) []Segment {
	return append(dst, Segment{End: len(run)})
}

// TestLearnedPhraseKinds: how a learned phrase ranks where it stands. A
// lower-case phrase that opens a sentence is the same phrase (Swine flu);
// a capitalized word after a common first word keeps a name whole (Hunger
// Games); a phrase that opens or ends with a generic word is a formula of
// news, not a tag (rocket launches).
func TestLearnedPhraseKinds(t *testing.T) {
	lines := repeatLines
	places := []string{"Mexico", "Peru", "Chile", "Kenya", "Ghana", "Nepal"}
	dePlaces := []string{"Bayern", "Hessen", "Sachsen", "Bremen", "Berlin", "Hamburg"}
	tests := []struct {
		name, lang, text, headline, tag string
		want                            bool
	}{
		{"sentence opens with a learned phrase", "en",
			lines("Officials warn swine flu spreads in %s", places, 12) + archive(nil, enFillers, 12),
			"Swine flu closes schools", "SwineFlu", true},
		{"a name after a common first word", "en",
			// hunger: in lower case inside 60 sentences, capitalized in 6
			// (a common word, and a name's first word), in an archive of
			// 800 lines (so that the two are a phrase).
			lines("Fans queue for Hunger Games premiere in %s", places, 6) + lines("Aid groups warn hunger spreads in %s", places, 60) +
				archive(nil, enFillers, 740),
			`14 "Hunger Games" Questions That Are Impossible To Answer`, "HungerGames", true},
		{"a generic word at an edge", "en",
			lines("Agency says rocket launches satellite over %s", places, 12) + archive(nil, enFillers, 12),
			"Zorbland rocket launches weather probe", "RocketLaunches", false},
		// German capitalizes every noun, so a generic noun at an edge
		// makes a sum, not a name; a generic adjective the archive
		// writes in lower case is capitalized only in a name.
		{"German: a generic noun at an edge", "de",
			lines("%s zahlt 300 Millionen Euro für Schulen", dePlaces, 12) + archive(nil, deFillers, 12),
			"Stadt zahlt 500 Millionen Euro für Brücken", "MillionenEuro", false},
		{"German: a generic adjective in a name", "de",
			// große: in lower case inside 130 sentences, capitalized in
			// 12 (the name's), in an archive of 2,642 lines.
			lines("Die Große Koalition streitet über %s", dePlaces, 12) + lines("Eine große Mehrheit in %s", dePlaces, 130) +
				archive(nil, deFillers, 2500),
			"Warum die Große Koalition über Renten streitet", "GroßeKoalition", true},
		// An Arabic phrase that opens with a verb (by its shape: the
		// imperfect's ي) is a clause, "celebrates his wedding"; a noun of
		// the same shape, which the archive also writes with the article
		// (التمور "the dates"), opens a name: "Buraydah dates".
		{"Arabic: a verb first", "ar",
			lines("%s يحتفل بزواجه", arFillers, 12) + archive(nil, arFillers, 12),
			"الشمري يحتفل بزواجه", "يحتفل_بزواجه", false},
		{"Arabic: a noun of a verb's shape first", "ar",
			lines("%s تمور بريدة", arFillers, 12) + lines("%s التمور", arFillers, 6) + archive(nil, arFillers, 12),
			"مبيعات تمور بريدة", "تمور_بريدة", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := learnString(t, tt.text, LearnOptions{Lang: tt.lang})
			got := SuggestionTexts(New(Options{Lang: tt.lang, Stats: st}).Suggest(tt.headline, 3))
			if slices.Contains(got, tt.tag) != tt.want {
				t.Errorf("Suggest(%q) with stats = %q; want %s in it: %v", tt.headline, got, tt.tag, tt.want)
			}
		})
	}
}

// TestLearnedPhraseExtendsName: a learned phrase that holds a name or
// place the rules found, in most of the headlines that name is in, is the
// name (قناة السويس الجديدة "the New Suez Canal"); one that joins it to a
// second place is a list (العراق وسوريا "Iraq and Syria"), and one that
// joins it to a word common without it (جامعة "university") is two
// things; neither takes the place's rank.
func TestLearnedPhraseExtendsName(t *testing.T) {
	lines := func(format string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, format+"\n", arFillers[i%len(arFillers)])
		}
		return b.String()
	}
	fill := archive(nil, arFillers, 40)
	tests := []struct {
		name, text, headline string
		want, not            []string // tags in the first three, and not
	}{
		{"extends the place", lines("%s قرب قناة السويس الجديدة", 12) + lines("%s في قناة السويس", 4) + fill,
			"افتتاح قناة السويس الجديدة", []string{"قناة_السويس_الجديدة"}, []string{"قناة_السويس"}},
		{"two places", lines("%s في العراق وسوريا", 12) + fill,
			"غارات في العراق وسوريا", []string{"العراق", "سوريا"}, []string{"العراق_سوريا"}},
		{"a word common without it", lines("%s في جامعة القاهرة", 8) + lines("%s في جامعة الملك", 22) + archive(nil, arFillers, 300),
			"طلاب جامعة القاهرة", []string{"القاهرة"}, nil},
	}
	first := map[string]string{
		// The place keeps its rank: first, ahead of the phrase.
		"a word common without it": "القاهرة",
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := learnString(t, tt.text, LearnOptions{Lang: "ar"})
			got := SuggestionTexts(New(Options{Lang: "ar", Stats: st}).Suggest(tt.headline, 3))
			checkHolds(t, fmt.Sprintf("Suggest(%q) with stats", tt.headline), got, tt.want, tt.not)
			if f, ok := first[tt.name]; ok && (len(got) == 0 || got[0] != f) {
				t.Errorf("Suggest(%q) with stats = %q; want %s first", tt.headline, got, f)
			}
		})
	}
}

// TestLearnedPhraseMixedCase: a learned phrase whose words mix capitals
// and lower case in the headline is most often a name and the verb after
// it (Zorblat warns), no tag; but it is a name where the archive
// capitalizes the lower-case word (the Zorblat league: League is a name's
// word there), and, in Russian and the Romance languages, where a head
// noun the archive writes in lower case comes before a name it
// capitalizes (парад Победы "the Victory parade"), which then takes the
// name's rank, also where the archive has the name more often without the
// phrase (Музей Победы "the Victory museum"). A verb before the name is no
// head noun (посетил Зорбланд "visited Zorbland"). In those languages a
// name capitalizes its first word only (Бессмертный полк, Jeux
// olympiques), where the capital is no sentence's (Стало известно "it
// became known") and the lower-case word is found nearly only after it.
func TestLearnedPhraseMixedCase(t *testing.T) {
	lines := repeatLines
	places := []string{"Mexico", "Peru", "Chile", "Kenya", "Ghana", "Nepal"}
	ruPlaces := []string{"Москве", "Минске", "Казани", "Самаре", "Омске", "Перми"}
	ruFillers := []string{"выборы", "бюджет", "забастовка", "вакцина", "суд", "рынок", "засуха", "протест", "пошлины", "пожар", "наводнение"}
	tests := []struct {
		name, lang, text, headline string
		want, not                  []string // tags in the first three, and not
		first                      string   // the first tag, if set
	}{
		{"a name's word in lower case", "en",
			lines("Fans cheer as the Zorblat League returns to %s", places, 12) + archive(nil, enFillers, 12),
			"Crowds return for the Zorblat league final", []string{"ZorblatLeague"}, nil, ""},
		{"a name and a verb", "en",
			lines("Officials fear Zorblat warns %s", places, 12) + archive(nil, enFillers, 12),
			"Zorblat warns farmers of drought", nil, []string{"ZorblatWarns"}, ""},
		{"a head noun before a name", "ru",
			lines("В %s прошел парад Победы", ruPlaces, 12) + lines("Музей Победы открылся в %s", ruPlaces, 20) + archive(nil, ruFillers, 200),
			"Ветераны посетили парад Победы в Москве", []string{"ПарадПобеды"}, []string{"Победы"}, "ПарадПобеды"},
		{"a verb before a name", "ru",
			lines("Из %s министр посетил Зорбланд", ruPlaces, 12) + archive(nil, ruFillers, 12),
			"Вчера министр посетил Зорбланд", nil, []string{"ПосетилЗорбланд"}, ""},
		{"a name with its first word capitalized", "ru",
			lines("Тысячи человек прошли в акции «Бессмертный полк» в %s", ruPlaces, 12) + archive(nil, ruFillers, 12),
			"В акции «Бессмертный полк» участвовали ветераны", []string{"БессмертныйПолк"}, nil, ""},
		{"a name with its first word capitalized, in French", "fr",
			lines("Le patron des Jeux olympiques de %s démissionne", places, 12) + archive(nil, enFillers, 12),
			"Quel impact sur les Jeux olympiques cette année ?", []string{"JeuxOlympiques"}, nil, ""},
		{"a name and a common word", "ru",
			// митинг "rally": in 12 headlines after the name, in 18
			// without it, so a common word even inside quotes.
			lines("Вчера «Зорбланд митинг» провела в %s", ruPlaces, 12) + lines("Большой митинг прошел в %s", ruPlaces, 18) + archive(nil, ruFillers, 270),
			"Сегодня «Зорбланд митинг» собрала", nil, []string{"ЗорбландМитинг"}, ""},
		{"a sentence's capital", "ru",
			lines("Стало известно о %s", ruFillers, 12) + archive(nil, ruFillers, 12),
			"Стало известно о пожаре в Зорбланде", nil, []string{"СталоИзвестно"}, ""},
		{"a head noun before a name, in English", "en",
			lines("In %s the parade Zorblat began", places, 12) + archive(nil, enFillers, 12),
			"Veterans watch the parade Zorblat", nil, []string{"ParadeZorblat"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := learnString(t, tt.text, LearnOptions{Lang: tt.lang})
			got := SuggestionTexts(New(Options{Lang: tt.lang, Stats: st}).Suggest(tt.headline, 3))
			checkHolds(t, fmt.Sprintf("Suggest(%q) with stats", tt.headline), got, tt.want, tt.not)
			if tt.first != "" && (len(got) == 0 || got[0] != tt.first) {
				t.Errorf("Suggest(%q) with stats = %q; want %s first", tt.headline, got, tt.first)
			}
		})
	}
}
