package all_test

import (
	"os"
	"strings"
	"testing"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/internal/sharedfiles"
)

// BenchmarkLearnCorpora measures Learn on each language's corpus in
// ../shared/corpora, with the registered segmenters: headlines/s per
// language (Chinese, Japanese and Thai pay for their Segmenter).
func BenchmarkLearnCorpora(b *testing.B) {
	for _, lang := range []string{"en", "tr", "ar", "de", "zh", "ja", "th", "hi", "ru", "ko"} {
		path, err := sharedfiles.Path("corpora", corpusFile(lang))
		if err != nil {
			b.Skip(err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		lines := strings.Count(text, "\n")
		b.Run(lang, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := hashtag.Learn(strings.NewReader(text), hashtag.LearnOptions{Lang: lang}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*lines)/b.Elapsed().Seconds(), "headlines/s")
		})
	}
}
