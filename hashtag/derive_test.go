package hashtag

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

const seed = "‘Grateful to Pakistan’: US on Islamabad’s ‘offer’ to send troops to Gaza for peacebuilding"

type lineCase struct {
	name, in, want string
}

// runLines checks g.Line over cases, and that Derive agrees with Line.
func runLines(t *testing.T, g *Generator, cases []lineCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := g.Line(c.in); got != c.want {
				t.Errorf("Line(%q) = %q; want %q", c.in, got, c.want)
			}
			var texts []string
			for _, tag := range g.Derive(c.in) {
				texts = append(texts, "#"+tag.Text)
			}
			if got := strings.Join(texts, " "); got != c.want {
				t.Errorf("Derive(%q) = %q; want %q", c.in, got, c.want)
			}
			checkProperties(t, g, c.in)
		})
	}
}

func TestSeed(t *testing.T) {
	const want = "#Grateful #Pakistan #Islamabads #offer #send #troops #Gaza #peacebuilding"
	if got := Line(seed); got != want {
		t.Errorf("Line(%q) = %q; want %q", seed, got, want)
	}
}

func TestApostrophesAndQuotes(t *testing.T) {
	runLines(t, New(Options{}), []lineCase{
		{"right single quote", "Islamabad’s plan", "#Islamabads #plan"},
		{"ascii apostrophe", "Islamabad's plan", "#Islamabads #plan"},
		{"modifier letter apostrophe", "Kyivʼs mayor", "#Kyivs #mayor"},
		{"fullwidth apostrophe", "Tokyo＇s governor", "#Tokyos #governor"},
		{"rock and roll", "rock’n’roll returns", "#rocknroll #returns"},
		{"curly quotes", "‘offer’ “deal” «paix» „Frieden“ 「平和」", "#offer #deal #paix #Frieden #平和"},
		{"ascii quotes", `'no deal' "a circus"`, "#deal #circus"},
		{"leading apostrophe", "’90s music", "#90s #music"},
		{"contractions are stopwords", "I’ll be back, we’d say, they’re here", "#back #say"},
		{"possessive of a stopword", "Who’s who", ""},
		{"hebrew gershayim", "צה״ל", "#צהל"},
	})
}

func TestCompounds(t *testing.T) {
	g := New(Options{})
	runLines(t, g, []lineCase{
		{"names", "Israel-Hamas truce", "#IsraelHamas #truce"},
		{"lower case", "peace-building", "#PeaceBuilding"},
		{"digits", "COVID-19", "#COVID19"},
		{"digit first", "2024-elections", "#2024elections"},
		{"three parts", "Karl-Marx-Straße", "#KarlMarxStraße"},
		{"unicode hyphen", "COVID‑19 inquiry", "#COVID19 #inquiry"},
		{"unspaced en dash joins", "Israel–Hamas", "#IsraelHamas"},
		{"spaced en dash separates", "Storm – worst", "#Storm #worst"},
		{"em dash separates", "rally—then slump", "#rally #slump"},
		{"trailing hyphen", "Stahl- und Aluminium-Importe", "#Stahl #und #AluminiumImporte"},
		{"uncased script joins with underscore", "K-팝", "#K_팝"},
	})
	tags := g.Derive("Israel-Hamas truce")
	if len(tags) == 0 || tags[0].Kind != KindCompound || tags[0].Start != 0 || tags[0].End != len("Israel-Hamas") {
		t.Errorf("Derive(%q)[0] = %+v; want a KindCompound spanning bytes 0-%d", "Israel-Hamas truce", tags, len("Israel-Hamas"))
	}
}

func TestPhrases(t *testing.T) {
	runLines(t, New(Options{Style: Phrases}), []lineCase{
		{"board of peace", "Board of Peace meets in Cairo", "#BoardOfPeace #Cairo"},
		{"name mid-sentence", "Ukraine’s minister meets Marco Rubio in Riyadh", "#MarcoRubio #Riyadh"},
		{"sentence-initial word alone is no name", "Trump meets Modi", "#Modi"},
		{"two connectors", "Rio de Janeiro hosts Leonardo da Vinci show", "#RioDeJaneiro #LeonardoDaVinci"},
		{"and joins two single names", "Talks in Trinidad and Tobago", "#TrinidadAndTobago"},
		{"and does not join runs", "Rio de Janeiro and Leonardo da Vinci", "#RioDeJaneiro #LeonardoDaVinci"},
		{"and does not join acronyms", "sanctions by UK and EU", "#UK #EU"},
		{"and does not join a longer run", "flights to São Paulo and Zürich", "#SãoPaulo #Zürich"},
		{"trailing connector is not kept", "talks with Bank of the", "#Bank"},
		{"punctuation ends a run", "Rubio, Lavrov hold talks", "#Lavrov"},
		{"possessive ends a run", "Harry met Meghan’s Netflix boss", "#Meghans #Netflix"},
		{"title case is not glued", "Ten Things We Learned From The Champions League Final", "#Ten #Things #Learned #Champions #League #Final"},
		{"all caps is not glued", "ELECTION RESULTS: OPPOSITION WINS LANDSLIDE IN GHANA", "#ELECTION #RESULTS #OPPOSITION #WINS #LANDSLIDE #GHANA"},
		{"after a colon", "Analysis: Marco Rubio visits", "#MarcoRubio"},
		{"no capitals", "talks resume", ""},
	})
	runLines(t, New(Options{Style: Phrases, Lang: "ar"}), []lineCase{
		{"caseless script gets word tags", "قمة مجلس السلام في القاهرة", "#قمة #مجلس #السلام #القاهرة"},
		{"caseless with one acronym", "قمة UN مجلس السلام في القاهرة", "#قمة #UN #مجلس #السلام #القاهرة"},
	})
	runLines(t, New(Options{Style: Combined}), []lineCase{
		{"board of peace", "Board of Peace meets in Cairo", "#BoardOfPeace #Cairo #meets"},
		{"seed", seed, "#Pakistan #Islamabads #Gaza #Grateful #offer #send #troops #peacebuilding"},
		{"sentence-initial word", "Trump meets Modi", "#Modi #Trump #meets"},
	})
	tags := New(Options{Style: Phrases}).Derive("Board of Peace meets")
	if len(tags) != 1 || tags[0].Kind != KindPhrase || tags[0].Start != 0 || tags[0].End != len("Board of Peace") {
		t.Errorf("Derive(%q) = %+v; want one KindPhrase over bytes 0-%d", "Board of Peace meets", tags, len("Board of Peace"))
	}
}

func TestUnicodeNormalization(t *testing.T) {
	runLines(t, New(Options{}), []lineCase{
		{"fullwidth", "ＧＡＺＡ talks", "#GAZA #talks"},
		{"halfwidth katakana", "ﾆｭｰｽ", "#ニュース"},
		{"decomposed to NFC", "Cafe\u0301 owners", "#Café #owners"},
		{"ligatures", "Scientists ﬁnd ﬂood", "#Scientists #find #flood"},
		{"soft hyphen vanishes", "Govern\u00adment", "#Government"},
		{"BOM vanishes", "\ufeffBreaking\ufeff news", "#Breaking #news"},
		{"zero-width space separates", "Oil\u200bprices", "#Oil #prices"},
		{"ZWNJ stays in Persian", "می\u200cخواهد", "#می\u200cخواهد"},
		{"ZWJ stays in Devanagari", "क्\u200dया", "#क्\u200dया"},
		{"trailing ZWJ goes", "Gaza\u200d talks", "#Gaza #talks"},
		{"no-break space", "Gaza\u00a0talks\u202fresume\u3000Monday", "#Gaza #talks #resume #Monday"},
		{"invalid UTF-8", "Gaza\xff\xfetalks", "#Gaza #talks"},
		{"arabic presentation forms", "\ufee0\ufeae\ufe8e\ufeb3", "#لراس"},
		{"thai sara am is kept", "น้ำท่วม", "#น้ำท่วม"},
		{"tatweel", "عاجـــل", "#عاجل"},
		{"variation selector", "❤️Love", "#Love"},
	})
}

func TestScripts(t *testing.T) {
	runLines(t, New(Options{}), []lineCase{
		{"arabic", "مجلس الأمن يصوت", "#مجلس #الأمن #يصوت"},
		{"arabic diacritics", "غَزَّة", "#غَزَّة"},
		{"hebrew", "מכבי תל אביב", "#מכבי #תל #אביב"},
		{"devanagari", "प्रधानमंत्री ने", "#प्रधानमंत्री #ने"},
		{"thai run is one word", "กรุงเทพฯ เตรียม", "#กรุงเทพฯ #เตรียม"},
		{"cjk run is one word", "「我们不会放弃」：救援队", "#我们不会放弃 #救援队"},
		{"korean", "서울 날씨", "#서울 #날씨"},
		{"greek", "Η Αθήνα", "#Αθήνα"},
		{"cyrillic compound", "Санкт-Петербург", "#СанктПетербург"},
		{"arabic compound joins with underscore", "غزة-رفح", "#غزة_رفح"},
	})
	runLines(t, New(Options{Lang: "ur"}), []lineCase{
		{"urdu stopwords", "وزیراعظم نے غزہ کے لیے امدادی سامان", "#وزیراعظم #غزہ #امدادی #سامان"},
	})
	runLines(t, New(Options{Lang: "hi"}), []lineCase{
		{"hindi stopwords", "गाज़ा के लिए भारत ने राहत भेजी", "#गाज़ा #भारत #राहत #भेजी"},
	})
}

func TestCasing(t *testing.T) {
	cases := []struct {
		name string
		opts Options
		in   string
		want string
	}{
		{"lower", Options{Case: CaseLower}, "Israel-Hamas truce", "#israelhamas #truce"},
		{"camel", Options{Case: CaseCamel}, "peace talks in Gaza", "#Peace #Talks #Gaza"},
		{"camel keeps acronyms", Options{Case: CaseCamel}, "NATO talks", "#NATO #Talks"},
		{"turkish lower", Options{Lang: "tr", Case: CaseLower}, "İZMİR ISPARTA", "#izmir #ısparta"},
		{"turkish camel", Options{Lang: "tr", Case: CaseCamel}, "istanbul ılık", "#İstanbul #Ilık"},
		{"turkish compound", Options{Lang: "tr"}, "ankara-istanbul", "#Ankaraİstanbul"},
		{"english lower of dotted I", Options{Case: CaseLower}, "İstanbul", "#i̇stanbul"},
		{"german sharp s", Options{Lang: "de", Case: CaseLower}, "GROẞE Straße", "#große #straße"},
		{"greek final sigma", Options{Lang: "el", Case: CaseLower}, "ΣΕΙΣΜΟΣ ΟΔΟΣ", "#σεισμος #οδος"},
		{"greek capitals drop the tonos of stopwords too", Options{Lang: "el"}, "ΣΕΙΣΜΟΣ ΑΠΟ ΤΗΝ ΚΡΗΤΗ", "#ΣΕΙΣΜΟΣ #ΚΡΗΤΗ"},
		{"phrase lower", Options{Style: Phrases, Case: CaseLower}, "Board of Peace meets", "#boardofpeace"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := New(c.opts)
			if got := g.Line(c.in); got != c.want {
				t.Errorf("New(%+v).Line(%q) = %q; want %q", c.opts, c.in, got, c.want)
			}
			checkProperties(t, g, c.in)
		})
	}
}

func TestValidity(t *testing.T) {
	runLines(t, New(Options{}), []lineCase{
		{"year alone", "2026", ""},
		{"numbers", "Rupee hits 88 per dollar, 4.25% and €1.8bn", "#Rupee #hits #dollar"},
		{"digits in words", "G20 COVID19 2024elections 5bn", "#G20 #COVID19 #2024elections #5bn"},
		{"emoji and symbols", "🇺🇦 Ukraine ❤️ © ™ ® 👍🏽 $ € #", "#Ukraine"},
		{"existing hashtag", "#Gaza aid", "#Gaza #aid"},
		{"url", "Read more at https://example.com/x?id=4 and www.example.org on Sudan", "#Read #Sudan"},
		{"dotted acronym", "E.U. trade", "#EU #trade"},
		{"single letters", "AT&T and S&P", ""},
		{"underscore", "Kristal_Is union", "#Kristal_Is #union"},
		{"arabic-indic digits alone", "٥٫٨ ۲۰۲۶", ""},
	})
}

func TestDuplicatesAndMax(t *testing.T) {
	runLines(t, New(Options{}), []lineCase{
		{"case-insensitive", "Gaza GAZA gaza talks Talks", "#Gaza #talks"},
		{"unicode", "Zürich ZÜRICH", "#Zürich"},
	})
	runLines(t, New(Options{Max: 3}), []lineCase{
		{"max", seed, "#Grateful #Pakistan #Islamabads"},
	})
	runLines(t, New(Options{Max: 2, Style: Combined}), []lineCase{
		{"max keeps phrases first", "Board of Peace meets in Cairo", "#BoardOfPeace #Cairo"},
	})
}

func TestStopwords(t *testing.T) {
	cases := []struct {
		name string
		opts Options
		in   string
		want string
	}{
		{"english default", Options{}, "the talks on Gaza", "#talks #Gaza"},
		{"added", Options{Stopwords: []string{"Talks"}}, "the talks on Gaza", "#Gaza"},
		{"replaced", Options{Stopwords: []string{"gaza"}, ReplaceStopwords: true}, "the talks on Gaza", "#the #talks #on"},
		{"german", Options{Lang: "de"}, "Streit um das Tempolimit auf Autobahnen", "#Streit #Tempolimit #Autobahnen"},
		{"region subtag", Options{Lang: "pt-BR"}, "Seleção vence o Uruguai no Maracanã", "#Seleção #vence #Uruguai #Maracanã"},
		{"unknown language has no list", Options{Lang: "yo"}, "the talks", "#the #talks"},
		{"malformed language does not panic", Options{Lang: "!!"}, "the talks", "#the #talks"},
		{"french elision", Options{Lang: "fr"}, "L’Assemblée adopte le budget après l’usage", "#Assemblée #adopte #budget #usage"},
		{"italian elision", Options{Lang: "it"}, "Inter, pareggio nel derby d’Italia", "#Inter #pareggio #derby #Italia"},
		{"turkish", Options{Lang: "tr"}, "Gazze için yardım ve konvoy", "#Gazze #yardım #konvoy"},
		{"keep acronyms", Options{KeepAcronyms: true}, seed, "#Grateful #Pakistan #US #Islamabads #offer #send #troops #Gaza #peacebuilding"},
		{"acronyms in a shouted headline are stopwords", Options{KeepAcronyms: true}, "US TROOPS TO LEAVE ON FRIDAY", "#TROOPS #LEAVE #FRIDAY"},
		{"dotted acronym kept", Options{KeepAcronyms: true}, "U.S. Army", "#US #Army"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := New(c.opts)
			if got := g.Line(c.in); got != c.want {
				t.Errorf("New(%+v).Line(%q) = %q; want %q", c.opts, c.in, got, c.want)
			}
			checkProperties(t, g, c.in)
		})
	}
	for _, lang := range []string{"en", "de", "fr", "es", "pt", "it", "tr", "ur", "ar", "hi"} {
		if len(Stopwords(lang)) == 0 {
			t.Errorf("Stopwords(%q) is empty; want the built-in list", lang)
		}
	}
}

func TestOptions(t *testing.T) {
	cases := []struct {
		name string
		opts Options
		in   string
		want string
	}{
		{"min length", Options{MinLength: 5}, seed, "#Grateful #Pakistan #Islamabads #offer #troops #peacebuilding"},
		{"min length counts characters", Options{MinLength: 5}, "Zürich Genf", "#Zürich"},
		{"fold", Options{FoldDiacritics: true}, "flights to São Paulo and Zürich", "#SaoPaulo #Zurich"},
		{"fold words", Options{FoldDiacritics: true}, "São Paulo Straße Øresund Łódź Æsir", "#Sao #Paulo #Strasse #Oresund #Lodz #AEsir"},
		{"fold keeps other scripts' marks", Options{FoldDiacritics: true}, "गाज़ा غَزَّة", "#गाज़ा #غَزَّة"},
	}
	cases[2].opts.Style = Phrases
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := New(c.opts)
			if got := g.Line(c.in); got != c.want {
				t.Errorf("New(%+v).Line(%q) = %q; want %q", c.opts, c.in, got, c.want)
			}
			checkProperties(t, g, c.in)
		})
	}
}

func TestSpans(t *testing.T) {
	in := "‘Grateful to Pakistan’: Israel-Hamas talks"
	want := []struct {
		text, src string
		kind      Kind
	}{
		{"Grateful", "Grateful", KindWord},
		{"Pakistan", "Pakistan", KindWord},
		{"IsraelHamas", "Israel-Hamas", KindCompound},
		{"talks", "talks", KindWord},
	}
	got := Default().Derive(in)
	if len(got) != len(want) {
		t.Fatalf("Derive(%q) = %+v; want %d tags", in, got, len(want))
	}
	for i, w := range want {
		if g := got[i]; g.Text != w.text || in[g.Start:g.End] != w.src || g.Kind != w.kind {
			t.Errorf("Derive(%q)[%d] = %+v (source %q); want %q from %q, %v", in, i, g, in[g.Start:g.End], w.text, w.src, w.kind)
		}
	}
}

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Style
	}{{"", Words}, {"words", Words}, {"Phrases", Phrases}, {"combined", Combined}} {
		if got, err := ParseStyle(c.in); got != c.want || err != nil {
			t.Errorf("ParseStyle(%q) = %v, %v; want %v, nil", c.in, got, err, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want Case
	}{{"", CaseKeep}, {"keep", CaseKeep}, {"CAMEL", CaseCamel}, {"lower", CaseLower}} {
		if got, err := ParseCase(c.in); got != c.want || err != nil {
			t.Errorf("ParseCase(%q) = %v, %v; want %v, nil", c.in, got, err, c.want)
		}
	}
	var pe *ParseError
	if _, err := ParseStyle("sentences"); !errors.As(err, &pe) || pe.What != "style" || !strings.HasPrefix(err.Error(), "hashtag: ") {
		t.Errorf("ParseStyle(%q) error = %v; want a *ParseError for style prefixed \"hashtag: \"", "sentences", err)
	}
	if _, err := ParseCase("upper"); !errors.As(err, &pe) || pe.What != "case" {
		t.Errorf("ParseCase(%q) error = %v; want a *ParseError for case", "upper", err)
	}
}

func TestJSON(t *testing.T) {
	in := Options{Style: Phrases, Case: CaseLower, Lang: "de", Max: 3}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"style":"phrases","case":"lower","lang":"de","max":3}`
	if string(b) != want {
		t.Errorf("json.Marshal(%+v) = %s; want %s", in, b, want)
	}
	var out Options
	if err := json.Unmarshal([]byte(`{"style":"combined","case":"camel"}`), &out); err != nil || out.Style != Combined || out.Case != CaseCamel {
		t.Errorf("json.Unmarshal = %+v, %v; want Combined, CaseCamel", out, err)
	}
	if err := json.Unmarshal([]byte(`{"style":"bogus"}`), &out); err == nil {
		t.Errorf("json.Unmarshal of style \"bogus\" succeeded; want an error")
	}
	tb, _ := json.Marshal(Tag{Text: "Gaza", Kind: KindPhrase})
	if string(tb) != `{"text":"Gaza","kind":"phrase"}` {
		t.Errorf("json.Marshal(Tag) = %s; want kind as a name", tb)
	}
	if s := Style(9).String(); s != "Style(9)" {
		t.Errorf("Style(9).String() = %q; want %q", s, "Style(9)")
	}
}

func TestNewChecked(t *testing.T) {
	bad := []Options{{Style: 7}, {Case: -1}, {Max: -1}, {MinLength: -2}, {Lang: "!!"}}
	for _, o := range bad {
		var oe *OptionError
		if _, err := NewChecked(o); !errors.As(err, &oe) {
			t.Errorf("NewChecked(%+v) error = %v; want an *OptionError", o, err)
		}
		if g := New(o); g.Line("Gaza talks") != "#Gaza #talks" {
			t.Errorf("New(%+v).Line = %q; want defaults", o, g.Line("Gaza talks"))
		}
	}
	if _, err := NewChecked(Options{Lang: "yo", Style: Combined}); err != nil {
		t.Errorf("NewChecked(Lang yo) = %v; want nil (no list is not an error)", err)
	}
}

func TestCamel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Board of Peace", "BoardOfPeace"},
		{"Marco Rubio", "MarcoRubio"},
		{"Israel-Hamas war", "IsraelHamasWar"},
		{"NATO summit", "NATOSummit"},
		{"rock’n’roll", "Rocknroll"},
		{"ＧＡＺＡ talks", "GAZATalks"},
		{"مجلس الأمن", "مجلس_الأمن"},
		{"", ""},
	} {
		if got := Camel(c.in); got != c.want {
			t.Errorf("Camel(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

func TestAppendLine(t *testing.T) {
	g := New(Options{})
	dst := []byte("tags: ")
	dst = g.AppendLine(dst, seed)
	if want := "tags: " + g.Line(seed); string(dst) != want {
		t.Errorf("AppendLine = %q; want %q", dst, want)
	}
	if raceEnabled {
		t.Skip("skipping allocation budget: the race detector's sync.Pool drops items")
	}
	buf := make([]byte, 0, 256)
	if n := testing.AllocsPerRun(100, func() { buf = g.AppendLine(buf[:0], seed) }); n != 0 {
		t.Errorf("AppendLine allocates %v times per call; want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { _ = g.Line(seed) }); n > 1 {
		t.Errorf("Line allocates %v times per call; want at most 1", n)
	}
	if n := testing.AllocsPerRun(100, func() { _ = g.Derive(seed) }); n > 2 {
		t.Errorf("Derive allocates %v times per call; want at most 2", n)
	}
}

// TestConcurrent shares one Generator between goroutines (run with -race):
// results must not depend on what other goroutines do with it.
func TestConcurrent(t *testing.T) {
	g := New(Options{Style: Combined, Case: CaseCamel, FoldDiacritics: true})
	inputs := append([]string(nil), fuzzSeeds...)
	want := make([]string, len(inputs))
	for i, in := range inputs {
		want[i] = g.Line(in)
	}
	done := make(chan struct{})
	for w := 0; w < 4; w++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for rep := 0; rep < 50; rep++ {
				for i, in := range inputs {
					if got := g.Line(in); got != want[i] {
						t.Errorf("concurrent Line(%q) = %q; want %q", in, got, want[i])
						return
					}
				}
			}
		}()
	}
	for w := 0; w < 4; w++ {
		<-done
	}
}

// TestLongInput checks the properties on an input with tens of thousands
// of words, many of them duplicates in another case: duplicate detection
// switches to a hash table there (isDup), which must agree with the
// one-by-one comparison.
func TestLongInput(t *testing.T) {
	var b strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&b, "ж%dслово%c Word%d WORD%d İyi iyi ΟΔΟΣ οδος ", i, 'a'+rune(i%26), i%5000, i%5000)
	}
	for _, g := range []*Generator{New(Options{}), New(Options{Style: Combined, Case: CaseLower})} {
		checkProperties(t, g, b.String())
	}
}
