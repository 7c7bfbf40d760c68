package hashtag_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/sharekit/sharekit/hashtag"
)

// archive is a tiny headline archive in which "bird flu" recurs: too
// small for the default counts (3 headlines a word, 5 a name), so the
// examples lower them.
const archive = `bird flu reaches farms
budget talks stall
bird flu spreads north
court blocks strike
vaccine for bird flu
market slump deepens
drought hits farms
bird flu cases rise
`

func ExampleLearn() {
	st, err := hashtag.Learn(strings.NewReader(archive), hashtag.LearnOptions{Lang: "en", MinCount: 2, MinPhraseCount: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(st.Headlines(), st.DocFreq("farms"), st.IsPhrase("bird", "flu"))

	headline := "Farmers fear bird flu outbreak"
	fmt.Println(hashtag.New(hashtag.Options{}).SuggestLine(headline, 3))
	fmt.Println(hashtag.New(hashtag.Options{Stats: st}).SuggestLine(headline, 3))
	// Output:
	// 8 2 true
	// #Farmers #outbreak #fear
	// #BirdFlu #Farmers #outbreak
}

func ExampleReadStats() {
	st, _ := hashtag.Learn(strings.NewReader(archive), hashtag.LearnOptions{MinCount: 2, MinPhraseCount: 2})
	var file bytes.Buffer
	st.WriteTo(&file)
	again, err := hashtag.ReadStats(&file)
	fmt.Println(again.Lang(), again.Words(), again.Phrases(), err)

	_, err = hashtag.ReadStats(strings.NewReader("headline,url\n"))
	fmt.Println(err)
	// Output:
	// en 3 1 <nil>
	// hashtag: stats: not a sharekit statistics file: starts with 68 65 61 64 6c 69 6e 65
}

// A Learner learns from headlines one at a time (records of a csv or
// jsonl file, a queue); Finish ends a run and lets go of its counters.
func ExampleLearner_Finish() {
	l, err := hashtag.NewLearner(hashtag.LearnOptions{MinCount: 2, MinPhraseCount: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, h := range strings.Split(strings.TrimSpace(archive), "\n") {
		l.Add(h)
	}
	st := l.Finish()
	fmt.Println(st.Headlines(), st.DocFreq("bird"), st.IsPhrase("bird", "flu"))
	// Output:
	// 8 4 true
}
