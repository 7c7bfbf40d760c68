package main

import (
	"bufio"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/internal/server"
	"github.com/sharekit/sharekit/share"
)

func postCommand(stdin io.Reader, stdout io.Writer) *cli.Command {
	flags := append(tagFlags(), postFlags()...)
	flags = append(flags,
		&cli.StringFlag{Name: "url", Usage: "the article `URL`, absolute http or https (required)"},
		&cli.StringFlag{Name: "network", Aliases: []string{"n"}, Value: "x", Usage: "the network to compose for, one `NAME`"},
		&cli.StringFlag{Name: "format", Value: "text", Usage: "output: text (the post) or json (the /v1/post object; jsonl is the same)", EnvVars: []string{"SHAREKIT_FORMAT"}},
	)
	return &cli.Command{
		Name:      "post",
		Usage:     "print the post composed for one network, for each headline",
		ArgsUsage: "[HEADLINE…]",
		Description: `Composes the post for a network: the headline, hashtags and the link,
fitted to the network's length limit as the network counts it. One post a
line, for each HEADLINE argument, or each line of stdin when there is none
(or for "-"); json prints one /v1/post object a line.

Examples:
   sharekit post --url https://example.com/a "NASA launches Artemis II"
   sharekit post --network mastodon --instance mastodon.social --url https://example.com/a "NASA launches Artemis II"
   sharekit post --format json --url https://example.com/a "NASA launches Artemis II"`,
		Flags: flags,
		Action: func(c *cli.Context) error {
			o := postOptions{format: c.String("format"), network: strings.ToLower(c.String("network"))}
			if err := checkFormat(c, o.format, "text", "json", "jsonl"); err != nil {
				return err
			}
			var err error
			if o.tags, o.post, err = pageInputs(c); err != nil {
				return err
			}
			if _, err := share.Select([]string{o.network}, false, c.String("instance")); err != nil {
				return networkUsage(c, err)
			}
			return asUsage(c, postRun(o, c.Args().Slice(), stdin, stdout))
		},
	}
}

type postOptions struct {
	tags    hashtag.Options
	post    share.Post
	network string
	format  string
}

func postRun(o postOptions, args []string, stdin io.Reader, stdout io.Writer) error {
	g := hashtag.New(o.tags)
	w := bufio.NewWriter(stdout)
	enc := jsonLines(w)
	err := eachText(args, stdin, func(headline string) error {
		p := o.post
		p.Title = headline
		p.Hashtags = tagTexts(g.Derive(headline))
		d, err := share.Draft(o.network, p)
		if err != nil {
			return &badValue{err} // only the flags' values can be at fault
		}
		if o.format != "text" {
			return enc.Encode(server.NewPostResponse(d))
		}
		w.WriteString(d.Text)
		return w.WriteByte('\n')
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}
