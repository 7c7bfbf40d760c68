package hashtag_test

import (
	"fmt"

	"github.com/sharekit/sharekit/hashtag"
)

func ExampleLine() {
	fmt.Println(hashtag.Line("‘Grateful to Pakistan’: US on Islamabad’s ‘offer’ to send troops to Gaza for peacebuilding"))
	// Output: #Grateful #Pakistan #Islamabads #offer #send #troops #Gaza #peacebuilding
}

func ExampleGenerator_Derive() {
	g := hashtag.New(hashtag.Options{Style: hashtag.Phrases})
	headline := "Board of Peace meets in Cairo"
	for _, tag := range g.Derive(headline) {
		fmt.Printf("#%s %s from %q\n", tag.Text, tag.Kind, headline[tag.Start:tag.End])
	}
	// Output:
	// #BoardOfPeace phrase from "Board of Peace"
	// #Cairo word from "Cairo"
}

func ExampleGenerator_Line() {
	g := hashtag.New(hashtag.Options{Style: hashtag.Combined, FoldDiacritics: true, Max: 4})
	fmt.Println(g.Line("Floods in São Paulo: Israel-Hamas truce talks resume"))
	// Output: #SaoPaulo #IsraelHamas #Floods #truce
}

func ExampleGenerator_AppendLine() {
	g := hashtag.New(hashtag.Options{Lang: "de", Case: hashtag.CaseLower})
	buf := []byte("tags:")
	buf = append(buf, ' ')
	buf = g.AppendLine(buf, "Streit um das Tempolimit auf Autobahnen")
	fmt.Println(string(buf))
	// Output: tags: #streit #tempolimit #autobahnen
}

func ExampleExtract() {
	for _, h := range hashtag.Extract("Aid reaches #Gaza as #غزة trends") {
		fmt.Println(h.Text, h.Indices)
	}
	// Output:
	// Gaza [12 17]
	// غزة [21 25]
}

func ExampleCamel() {
	fmt.Println(hashtag.Camel("Board of Peace"))
	fmt.Println(hashtag.Camel("Israel-Hamas war"))
	// Output:
	// BoardOfPeace
	// IsraelHamasWar
}

func ExampleValid() {
	fmt.Println(hashtag.Valid("COVID19"), hashtag.Valid("2026"), hashtag.Valid("a-b"))
	// Output: true false false
}

func ExampleGenerator_Suggest() {
	g := hashtag.New(hashtag.Options{})
	headline := "‘Grateful to Pakistan’: US on Islamabad’s ‘offer’ to send troops to Gaza for peacebuilding"
	for _, s := range g.Suggest(headline, 3) {
		fmt.Printf("#%s (%s, from %q)\n", s.Text, s.Kind, headline[s.Start:s.End])
	}
	// Output:
	// #Pakistan (place, from "Pakistan")
	// #Islamabad (place, from "Islamabad’s")
	// #Gaza (place, from "Gaza")
}

func ExampleGenerator_SuggestLine() {
	fmt.Println(hashtag.New(hashtag.Options{}).SuggestLine("Dozens dead after bus accident in Cameroon", 3))
	fmt.Println(hashtag.New(hashtag.Options{Lang: "hi"}).SuggestLine("दक्षिण कोरिया में चुनाव", 3))
	fmt.Println(hashtag.New(hashtag.Options{Lang: "tr"}).SuggestLine("İstanbul’da kar yağışı", 1))
	// Output:
	// #Cameroon
	// #दक्षिण_कोरिया
	// #İstanbul
}

func ExampleOptions_best() {
	g := hashtag.New(hashtag.Options{Best: 2})
	fmt.Println(g.Line("Julianne Moore Cries In Times Square"))
	// Output: #JulianneMoore #TimesSquare
}
