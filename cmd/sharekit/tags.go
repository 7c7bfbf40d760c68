package main

import (
	"bufio"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sharekit/sharekit/hashtag"
)

func tagsCommand(stdin io.Reader, stdout io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "tags",
		Usage:     "print one hashtag line per headline",
		ArgsUsage: "[HEADLINE…]",
		Description: `Derives hashtags from each HEADLINE, or from each line of stdin when
there is none (or for "-").

Examples:
   sharekit tags "NASA launches Artemis II to the Moon"
   sharekit tags --style combined --case camel < headlines.txt
   sharekit tags --format json --max 3 "Storm Ciarán hits Brittany"

--lang takes any BCP 47 language tag. Stopword lists exist for
   ` + strings.Join(hashtag.Languages(), " ") + `
(for other languages no stopwords are dropped unless --stopwords names some).`,
		Flags: append(append(tagFlags(), statsFlags()...),
			&cli.StringFlag{Name: "format", Value: "text", Usage: "output: text (#A #B) or json (one object a line; jsonl is the same)", EnvVars: []string{"SHAREKIT_FORMAT"}},
		),
		Action: func(c *cli.Context) error {
			o := tagsOptions{format: c.String("format")}
			if err := checkFormat(c, o.format, "text", "json", "jsonl"); err != nil {
				return err
			}
			var err error
			if o.tags, err = tagOptions(c); err != nil {
				return err
			}
			if err = statsOptions(c, &o.tags); err != nil {
				return err
			}
			return tagsRun(o, c.Args().Slice(), stdin, stdout)
		},
	}
}

type tagsOptions struct {
	tags   hashtag.Options
	format string
}

type tagsRecord struct {
	Headline string   `json:"headline"`
	Tags     []string `json:"tags"`
}

func tagsRun(o tagsOptions, args []string, stdin io.Reader, stdout io.Writer) error {
	g := hashtag.New(o.tags)
	w := bufio.NewWriter(stdout)
	enc := jsonLines(w)
	err := eachText(args, stdin, func(h string) error {
		if o.format != "text" {
			rec := tagsRecord{Headline: h, Tags: []string{}}
			for _, t := range g.Derive(h) {
				rec.Tags = append(rec.Tags, t.Text)
			}
			return enc.Encode(rec)
		}
		w.WriteString(g.Line(h))
		return w.WriteByte('\n')
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}
