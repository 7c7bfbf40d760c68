package main

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/dghubble/go-twitter/twitter"
	"github.com/urfave/cli/v2"

	"github.com/sharekit/sharekit/hashtag"
)

func extractCommand(stdin io.Reader, stdout io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print the hashtags already in a text, as entities",
		ArgsUsage: "[TEXT…]",
		Description: `Finds the hashtags in each TEXT (or each line of stdin) as X does and
prints them as a JSON array of entities a line: the tag without '#' and its
indices [start, end) in code points.

Examples:
   sharekit extract "Storm over #Brittany tonight #weather"
   grep '#' posts.txt | sharekit extract`,
		Action: func(c *cli.Context) error {
			return extractRun(c.Args().Slice(), stdin, stdout)
		},
	}
}

func extractRun(args []string, stdin io.Reader, stdout io.Writer) error {
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	err := eachText(args, stdin, func(text string) error {
		ents := hashtag.Extract(text)
		if ents == nil {
			ents = []twitter.HashtagEntity{}
		}
		return enc.Encode(ents)
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}
