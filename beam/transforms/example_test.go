package transforms_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/sharekit/sharekit/beam/transforms"
)

// A pipeline that reads headline files and writes batch's jsonl records,
// the error records apart, run on Prism in process.
func ExampleRecords() {
	dir, _ := os.MkdirTemp("", "sharekit-beam-example")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "news.txt"), []byte("NASA launches Artemis II\nbad \xff byte\n"), 0o644)

	p, s := beam.NewPipelineWithRoot()
	opts := transforms.Options{}
	inputs, _ := transforms.Read(s, filepath.Join(dir, "*.txt"), opts)
	records, errs := transforms.Records(s, inputs, opts)
	transforms.Write(s, filepath.Join(dir, "out"), 1, records)
	transforms.Write(s, filepath.Join(dir, "out-errors"), 1, errs)
	if _, err := beam.Run(context.Background(), "prism", p); err != nil {
		fmt.Println(err)
		return
	}

	for _, name := range []string{"out", "out-errors"} {
		b, _ := os.ReadFile(transforms.ShardName(filepath.Join(dir, name), 0, 1))
		lines := strings.Split(strings.TrimSpace(strings.ReplaceAll(string(b), dir, "DIR")), "\n")
		slices.Sort(lines) // a shard's order is the runner's
		fmt.Println(strings.Join(lines, "\n"))
	}
	// Output:
	// {"file":"DIR/news.txt","line":1,"headline":"NASA launches Artemis II","tags":["NASA","launches","Artemis","II"]}
	// {"file":"DIR/news.txt","line":2,"error":"invalid UTF-8","input":"bad \\xff byte","input_base64":"YmFkIP8gYnl0ZQ=="}
}
