package batch_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/sharekit/sharekit/internal/batch"
)

// Read and a Formatter split Run in two: the reading on one machine, the
// formatting of each record anywhere else, with Run's output.
func ExampleRead() {
	opt := batch.Options{InputFormat: "csv"}
	in := strings.NewReader("headline,url\nNASA launches Artemis II,https://example.com/artemis\nbad \xff byte,\n")
	var inputs []batch.Input
	err := batch.Read(context.Background(), "news.csv", in, opt, func(in batch.Input) error {
		in.Raw, in.Headline, in.URL = clone(in.Raw), clone(in.Headline), clone(in.URL) // valid only during the call
		inputs = append(inputs, in)
		return nil
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fm, err := batch.NewFormatter("news.csv", opt)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, in := range inputs {
		out, bad := fm.Append(nil, in)
		fmt.Print(bad, " ")
		os.Stdout.Write(out)
	}
	// Output:
	// false {"file":"news.csv","line":2,"headline":"NASA launches Artemis II","url":"https://example.com/artemis","tags":["NASA","launches","Artemis","II"]}
	// true {"file":"news.csv","line":3,"error":"invalid UTF-8","input":"bad \\xff byte,","input_base64":"YmFkIP8gYnl0ZSw="}
}

func clone(b []byte) []byte { return append([]byte(nil), b...) }
