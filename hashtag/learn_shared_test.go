package hashtag

import (
	"bytes"
	"sync"
	"testing"
)

// TestLearnersShareGeneratorConcurrently: Learners of one language, on
// goroutines of their own, share a Generator (learnGenerator) and learn
// what one learns alone. Run under -race, it checks the sharing too.
func TestLearnersShareGeneratorConcurrently(t *testing.T) {
	lines := builtinHeadlines
	learn := func() []byte {
		l, err := NewLearner(LearnOptions{Lang: "en", MinCount: 1, MinPhraseCount: 1})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range lines {
			l.Add(h)
		}
		var b bytes.Buffer
		if _, err := l.Finish().WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	want := learn()
	if len(want) == 0 || len(lines) < 10 {
		t.Fatalf("%d headlines learned %d bytes: nothing to compare", len(lines), len(want))
	}
	const n = 4
	got := make([][]byte, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { got[i] = learn() })
	}
	wg.Go(func() {
		for _, h := range lines {
			learnGenerator(LearnOptions{Lang: "en"}).Suggest(h, 3)
		}
	})
	wg.Wait()
	for i := range got {
		if !bytes.Equal(got[i], want) {
			t.Errorf("Learner %d on its own goroutine learned %d bytes of statistics, alone %d: not the same", i, len(got[i]), len(want))
		}
	}
}
