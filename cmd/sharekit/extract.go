package main

import (
	"bufio"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/sharekit/sharekit/internal/server"
)

func extractCommand(stdin io.Reader, stdout io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print the hashtags already in a text, as entities",
		ArgsUsage: "[TEXT…]",
		Description: `Finds the hashtags in each TEXT argument (or each line of stdin when
there is none, or for "-") as X does, and prints a JSON object a line, the
/v1/extract answer: {"hashtags":[{"text","indices","bytes"}]}, the tag
without '#', its span [start, end) from the '#' in code points (indices)
and in UTF-8 bytes (bytes).

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
	enc := jsonLines(w)
	err := eachText(args, stdin, func(text string) error {
		return enc.Encode(server.NewExtractResponse(text))
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}
