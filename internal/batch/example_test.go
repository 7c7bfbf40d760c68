package batch_test

import (
	"fmt"
	"github.com/sharekit/sharekit/internal/batch"
)

func ExampleFormatOf() {
	for _, name := range []string{"headlines.txt", "news.csv.gz", "feed.jsonl", "-"} {
		fmt.Println(name, batch.FormatOf(name))
	}
	// Output:
	// headlines.txt txt
	// news.csv.gz csv
	// feed.jsonl jsonl
	// - txt
}
