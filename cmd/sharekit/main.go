// Command sharekit turns news headlines into hashtags and social share
// links, one at a time or in batches of millions. Run "sharekit --help".
package main

import "os"

func main() { os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr)) }
