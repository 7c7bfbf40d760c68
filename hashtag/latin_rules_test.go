package hashtag

import (
	"slices"
	"strings"
	"testing"
)

// TestSuggestLatinRules is the rules of compounds.go, nounphrases.go and
// the German and Title Case rules of candidates.go and rank.go, one case
// each, on headlines written for this test.
func TestSuggestLatinRules(t *testing.T) {
	for _, c := range []struct {
		name, lang, headline string
		n                    int
		want                 []string
	}{
		// compounds.go
		{name: "German: the name before a hyphen and the head noun", lang: "de", headline: "BMW-Betriebsrat fordert Garantien", n: 2, want: []string{"BMW", "Betriebsrat"}},
		{name: "German: a generic part drops", lang: "de", headline: "Corona-News aus Bayern", n: 3, want: []string{"Bayern", "Corona"}},
		{name: "two places joined by a hyphen", lang: "en", headline: "India-Pakistan talks resume", want: []string{"India", "Pakistan"}},
		{name: "a place written with a hyphen stays whole", lang: "fr", headline: "Les États-Unis ferment une ambassade", n: 1, want: []string{"ÉtatsUnis"}},
		{name: "a hyphenated first name stays in the name", lang: "fr", headline: "Rencontre avec Jean-Marc Ayrault à Nantes", n: 2, want: []string{"Nantes", "JeanMarcAyrault"}},
		{name: "a title's compound is a title", lang: "en", headline: "Secretary-General Guterres visits Kyiv", n: 3, want: []string{"Kyiv", "Guterres"}},
		{name: "a one-letter part keeps the word whole", lang: "en", headline: "X-Men sequel delayed", n: 1, want: []string{"XMen"}},
		{name: "a number part keeps the word whole", lang: "en", headline: "Covid-19 cases rise sharply", n: 1, want: []string{"Covid19"}},
		{name: "a lower-case part keeps the word whole", lang: "fr", headline: "Macron présente-t-il un plan ?", n: 1, want: []string{"Macron"}},

		// German words
		{name: "German: a lower-case word gets no label bonus", lang: "de", headline: "Scholz bleibt hart: Regierung plant Reform", n: 3, want: []string{"Scholz", "Regierung", "Reform"}},
		{name: "German: an adjective opening the sentence is no noun", lang: "de", headline: "Französische Winzer fürchten Zölle", n: 3, want: []string{"Winzer", "Zölle"}},
		{name: "German: capitals are not Title Case", lang: "de", headline: "Bauern protestieren gegen Agrardiesel Kürzung", n: 3, want: []string{"Agrardiesel", "Kürzung", "Bauern"}},

		{name: "German: an adjective with a capital inside a sentence is a name's", lang: "de", headline: "Streik bei der Deutschen Bahn", n: 1, want: []string{"DeutschenBahn"}},
		{name: "German: nouns side by side are not a name", lang: "de", headline: "Warum Tausende Forscher Europa verlassen", n: 3, want: []string{"Europa"}},

		// Title Case
		{name: "Title Case with capitalized stopwords", lang: "en", headline: "What Does Your Garden Say About You", want: []string{"Garden"}},
		{name: "a verb form in Title Case is no topic", lang: "en", headline: "Mayor Is Grilled Over Pension Reform", n: 3, want: []string{"PensionReform"}},
		{name: "a generic word opening a Title Case name", lang: "en", headline: "Divers Find New Wreck Off Cornish Coast", n: 3, want: []string{"CornishCoast", "NewWreck"}}, // off Cornwall, a place would set the bar over it
		{name: "the subject before the verb", lang: "en", headline: "Beyoncé Looks Stunning In Her Latest Clip", n: 1, want: []string{"Beyoncé"}},

		// names around places (rank.go, render.go)
		{name: "an elided article inside a name is kept", lang: "fr", headline: "La sécheresse frappe l'Afrique de l'Ouest", n: 1, want: []string{"AfriqueDeLOuest"}},
		{name: "a name that holds a place comes before the place", lang: "fr", headline: "Le musée des Bronzes du Bénin rouvre", n: 1, want: []string{"BronzesDuBénin"}},
		{name: "a place opening a name at the start", lang: "fr", headline: "Afrique Avenir : les jeunes et la photographie", n: 1, want: []string{"AfriqueAvenir"}},
		{name: "the sentence's first word does not make a name of a place", lang: "en", headline: "Neighbours of Niger brace for floods", n: 1, want: []string{"Niger"}},

		// events.go, yoruba.go
		{name: "an event label keeps its year", lang: "en", headline: "Euro 2028: hosts unveil stadiums", n: 1, want: []string{"Euro2028"}},
		{name: "a year first", lang: "en", headline: "2026 Election: candidates register", n: 1, want: []string{"2026Election"}},
		{name: "not a year with other words", lang: "en", headline: "Budget cuts 2025: what changes", n: 1, want: []string{"Budget"}},
		{name: "Yoruba elided ní before a name", lang: "yo", headline: "Ìjàmbá ọkọ̀ l’Ekiti", n: 1, want: []string{"Ekiti"}},
		{name: "Yoruba elided ní with an opening quote mark", lang: "yo", headline: "Òjò rọ̀ l‘Ọ̀yọ́", n: 1, want: []string{"Ọ̀yọ́"}},
		{name: "Yoruba elided sí", lang: "yo", headline: "Ó lọ s’Amẹrika", n: 1, want: []string{"Amẹrika"}},

		// labels
		{name: "a label with a name gives no bonus to a lower-case word", lang: "en", headline: "Apple earnings: iPhone sales slow", n: 1, want: []string{"Apple"}},
		{name: "a label without a name keeps it", lang: "fr", headline: "Santé : le paludisme recule au Sahel", n: 1, want: []string{"Santé"}},

		// mentions and Turkish endings (base.go, filter.go)
		{name: "a mention is not a tag", lang: "en", headline: "Interview with @JaneDoe in Lagos", want: []string{"Lagos"}},
		{name: "Turkish locative after a voiceless consonant", lang: "tr", headline: "Sokakta kavga", n: 1, want: []string{"Sokak"}},
		{name: "Turkish ablative after a voiceless consonant", lang: "tr", headline: "Mutfaktan çıkan duman", n: 1, want: []string{"Mutfak"}},
		{name: "Turkish -de after a vowel is left alone", lang: "tr", headline: "Hastanede yangın", n: 1, want: []string{"Hastanede"}},
		{name: "Turkish -ta after a voiced consonant is left alone", lang: "tr", headline: "Lokanta açıldı", n: 1, want: []string{"Lokanta"}},

		{name: "a word after a modal is a verb", lang: "en", headline: "Inauguration Crowd Will Test Cellphone Networks", n: 3, want: []string{"InaugurationCrowd", "Cellphone"}},

		{name: "an adverb ends a Title Case name", lang: "en", headline: "Tom Hiddleston Totally Nails It", n: 1, want: []string{"TomHiddleston"}},
		{name: "a name in -is is no verb", lang: "en", headline: "Matthew Lewis Plays A Hilarious Game", n: 1, want: []string{"MatthewLewis"}},

		// fragments (filter.go)
		{name: "a digit and a capital name a technology", lang: "fr", headline: "Les antennes 5G arrivent", n: 1, want: []string{"5G"}},
		{name: "a digit and a magnitude are an amount", lang: "en", headline: "Startup raises 5M", n: 3, want: []string{"Startup", "raises"}},

		// nounphrases.go
		{name: "a noun phrase ends the headline", lang: "en", headline: "Kenya faces severe drought", want: []string{"Kenya", "SevereDrought"}},
		{name: "Spanish noun and adjective after an article", lang: "es", headline: "Chile debate la reforma constitucional", want: []string{"Chile", "ReformaConstitucional"}},
		{name: "French noun and adjective after an article", lang: "fr", headline: "Dakar : hausse chez les maladies respiratoires", want: []string{"Dakar", "MaladiesRespiratoires"}},
		{name: "not inside the headline", lang: "en", headline: "Kenya drought relief arrives late", n: 3, want: []string{"Kenya"}},
		{name: "not after a preposition", lang: "fr", headline: "Cantines : des repas de bonne qualité", n: 3, want: []string{"Cantines", "repas", "qualité"}}, // Lomé, a place, would set the bar over them
		{name: "English: not a subject and its verb", lang: "en", headline: "Federal court rules", n: 3, want: []string{"Federal", "court", "rules"}},
		{name: "Romance: not a verb after a name", lang: "es", headline: "Messi genera polémica", n: 3, want: []string{"Messi", "polémica", "genera"}},
		{name: "not in German", lang: "de", headline: "Berlin plant neue steuerliche Regeln", n: 3, want: []string{"Berlin", "Regeln"}},

		// Places (candidates.go inflectedPlace, rank.go listedPlace)
		{name: "German: a place adjective before a noun", lang: "de", headline: "Hamburger Künstlerin gewinnt Preis", n: 1, want: []string{"Hamburg"}},
		{name: "German: a place adjective of a -en town", lang: "de", headline: "Münchner Polizei sucht Zeugen", n: 1, want: []string{"München"}},
		{name: "German: a place adjective of a name of two words", lang: "de", headline: "New Yorker Gouverneur tritt zurück", n: 1, want: []string{"NewYork"}},
		{name: "German: the genitive of a name of two words", lang: "de", headline: "New Yorks Taxifahrer streiken", n: 1, want: []string{"NewYork"}},
		{name: "German: a place adjective alone stays a word", lang: "de", headline: "Der Hamburger schmeckt", n: 1, want: []string{"Hamburger"}},
		{name: "English: a possessive place of two words", lang: "en", headline: "New York’s mayor resigns", n: 1, want: []string{"NewYork"}},
		{name: "Turkish: a listed province before its case ending", lang: "tr", headline: "İzmir'de 'Paralel' operasyonu", n: 1, want: []string{"İzmir"}},
		{name: "a listed city ranks below a name of two words", lang: "en", headline: "Marco Rubio lands in Islamabad", want: []string{"MarcoRubio", "Islamabad"}},

		// English demonyms (demonyms.go)
		{name: "English: a demonym names its place", lang: "en", headline: "Canadian court rules", n: 3, want: []string{"Canada"}},
		{name: "English: a plural demonym names its place", lang: "en", headline: "Israelis and Palestinians agree truce", n: 2, want: []string{"Israel", "Palestine"}},
		{name: "English: a demonym of two words' place", lang: "en", headline: "Pirates capture Saudi oil tanker", n: 1, want: []string{"SaudiArabia"}},
		{name: "English: a demonym ranks with the name beside it", lang: "en", headline: "Turkish writer Orhan Pamuk wins award", n: 2, want: []string{"OrhanPamuk", "Turkey"}},
		{name: "English: a demonym before a title", lang: "en", headline: "Russian President Putin visits Ankara", n: 3, want: []string{"Russia", "Ankara", "Putin"}},
		{name: "English: a demonym inside a name stays", lang: "en", headline: "British Airways cancels flights", n: 3, want: []string{"BritishAirways"}},
		{name: "English: a demonym ending a name stays", lang: "en", headline: "Royal Australian Navy rescues sailors", n: 3, want: []string{"RoyalAustralianNavy"}},
		{name: "English: no demonym in Title Case", lang: "en", headline: "Australian Government Announces New Budget", n: 1, want: []string{"AustralianGovernment"}},
		{name: "English: no adjective before a stopword", lang: "en", headline: "Polish your shoes before the wedding", n: 3, want: []string{"wedding", "Polish", "shoes"}},
		{name: "English: demonyms joined by and", lang: "en", headline: "German and Swedish ministers meet", n: 2, want: []string{"Germany", "Sweden"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := SuggestionTexts(New(Options{Lang: c.lang}).Suggest(c.headline, c.n))
			if len(got) == 0 {
				got = nil
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("Suggest(%q, %d) lang %s = %q; want %q", c.headline, c.n, c.lang, got, c.want)
			}
		})
	}
}

// TestTurkishLocative is the ending rule of base.go on single words.
func TestTurkishLocative(t *testing.T) {
	for _, c := range []struct {
		word string
		want int
	}{
		{"trafikte", 2}, {"sokakta", 2}, {"musluktan", 3}, {"sepetten", 3},
		{"parkte", 0},    // vowels disagree
		{"lokanta", 0},   // n is voiced
		{"hasta", 0},     // too short a stem
		{"hastanede", 0}, // -de is never taken
		{"gazete", 0},    // a vowel before -te
		{"", 0},
	} {
		if got := turkishLocative([]byte(c.word)); got != c.want {
			t.Errorf("turkishLocative(%q) = %d; want %d", c.word, got, c.want)
		}
	}
}

// TestEnglishDemonymPlaces: every demonym is a lower-case word and every
// place it names is a valid hashtag of its own, written as a tag is.
func TestEnglishDemonymPlaces(t *testing.T) {
	g := New(Options{Lang: "en"})
	for d, place := range demonyms["en"] {
		if d != strings.ToLower(d) || strings.ContainsAny(d, " -") {
			t.Errorf("demonym %q: want one lower-case word", d)
		}
		if got := SuggestionTexts(g.Suggest("#"+place, 1)); !slices.Equal(got, []string{place}) {
			t.Errorf("%q names %q, which is no valid hashtag of its own (Suggest(#%s) = %q)", d, place, place, got)
		}
	}
}
