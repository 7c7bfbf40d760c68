// Command sharekit turns news headlines into hashtags and social share
// links, one at a time or in batches of millions. Run "sharekit --help".
package main

import (
	"os"

	// Chinese, Japanese and Thai headlines get words, not clauses: the
	// dictionaries live in their own packages so that library users who
	// never see these scripts do not link them (docs/segmentation.md).
	_ "github.com/sharekit/sharekit/hashtag/segment/all"
)

func main() { os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr)) }
