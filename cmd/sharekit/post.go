package main

import (
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/share"
)

func postCommand(stdout io.Writer) *cli.Command {
	flags := append(tagFlags(), postFlags()...)
	flags = append(flags,
		&cli.StringFlag{Name: "url", Usage: "the article `URL` (absolute http or https)"},
		&cli.StringFlag{Name: "network", Aliases: []string{"n"}, Value: "x", Usage: "the network to compose for"},
		&cli.StringFlag{Name: "format", Value: "text", Usage: "output: text (the post) or json (with its length, the limit and X entities)"},
	)
	return &cli.Command{
		Name:      "post",
		Usage:     "print the post composed for one network",
		ArgsUsage: "HEADLINE",
		Description: `Composes the post for a network: the headline, hashtags and the link,
fitted to the network's length limit as the network counts it.

Examples:
   sharekit post --url https://example.com/a "NASA launches Artemis II"
   sharekit post --network mastodon --instance mastodon.social --url https://example.com/a "NASA launches Artemis II"
   sharekit post --format json --url https://example.com/a "NASA launches Artemis II"`,
		Flags: flags,
		Action: func(c *cli.Context) error {
			o := postOptions{format: c.String("format"), network: strings.ToLower(c.String("network"))}
			if err := checkFormat(c, o.format, "text", "json"); err != nil {
				return err
			}
			var err error
			if o.headline, o.tags, o.post, err = pageInputs(c); err != nil {
				return err
			}
			if err := checkNetwork(c, share.Networks(), o.network); err != nil {
				return err
			}
			return asUsage(c, postRun(o, stdout))
		},
	}
}

type postOptions struct {
	tags     hashtag.Options
	post     share.Post
	network  string
	headline string
	format   string
}

func postRun(o postOptions, stdout io.Writer) error {
	p := o.post
	p.Title = o.headline
	p.Hashtags = tagTexts(hashtag.New(o.tags).Derive(o.headline))
	if o.format == "json" {
		d, err := share.Draft(o.network, p)
		if err != nil {
			return &badValue{err} // only the flags' values can be at fault
		}
		return writeJSON(stdout, d)
	}
	text, err := share.Compose(o.network, p)
	if err != nil {
		return &badValue{err}
	}
	_, err = io.WriteString(stdout, text+"\n")
	return err
}
