package batch_test

import (
	"context"
	"fmt"
	"github.com/sharekit/sharekit/internal/batch"
	"os"
	"strings"
)

func ExampleRun() {
	in := strings.NewReader("headline,url\n" +
		"NASA launches Artemis II,https://example.com/artemis\n" +
		"Broken,javascript:alert(1)\n")
	sum, err := batch.Run(context.Background(), "news.csv", in, os.Stdout, batch.Options{
		InputFormat: "csv",
		Networks:    []string{"x"},
	})
	fmt.Println(sum.Records, sum.Errors, err)
	// Output:
	// {"file":"news.csv","line":2,"headline":"NASA launches Artemis II","url":"https://example.com/artemis","tags":["NASA","launches","Artemis","II"],"links":{"x":"https://x.com/intent/tweet?text=NASA%20launches%20Artemis%20II&url=https%3A%2F%2Fexample.com%2Fartemis&hashtags=NASA%2Claunches%2CArtemis%2CII"},"posts":{"x":"NASA launches Artemis II #NASA #launches #Artemis #II https://example.com/artemis"}}
	// {"file":"news.csv","line":3,"error":"share: Post.URL: scheme \"javascript\" not allowed; want http or https","input":"Broken,javascript:alert(1)"}
	// 2 1 <nil>
}

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
