package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/share"
)

func linksCommand(stdout io.Writer) *cli.Command {
	flags := append(tagFlags(), postFlags()...)
	flags = append(flags,
		&cli.StringFlag{Name: "url", Usage: "the article `URL` (absolute http or https)"},
		&cli.StringSliceFlag{Name: "network", Aliases: []string{"n"}, Value: cli.NewStringSlice("x", "facebook", "linkedin"), Usage: "networks, comma-separated; a name given twice counts once; not with --all", EnvVars: []string{"SHAREKIT_NETWORK"}},
		&cli.BoolFlag{Name: "all", Usage: "every supported network (Mastodon only with --instance)"},
		&cli.StringFlag{Name: "format", Value: "text", Usage: "output: text (network<TAB>link) or json"},
	)
	return &cli.Command{
		Name:      "links",
		Usage:     "print share links for a headline",
		ArgsUsage: "HEADLINE",
		Description: `Prints a share link per network for the article at --url, with the
headline as its title and hashtags derived from it.

Examples:
   sharekit links --url https://example.com/a "NASA launches Artemis II"
   sharekit links --url https://example.com/a --all --format json "NASA launches Artemis II"
   sharekit links --url https://example.com/a --network x --via nasa --utm-campaign launch "NASA launches Artemis II"`,
		Flags: flags,
		Action: func(c *cli.Context) error {
			o := linksOptions{format: c.String("format")}
			if err := checkFormat(c, o.format, "text", "json"); err != nil {
				return err
			}
			var err error
			if o.headline, o.tags, o.post, err = pageInputs(c); err != nil {
				return err
			}
			if o.networks, err = networkList(c); err != nil {
				return err
			}
			return asUsage(c, linksRun(o, stdout))
		},
	}
}

type linksOptions struct {
	tags     hashtag.Options
	post     share.Post
	networks []string
	headline string
	format   string
}

func linksRun(o linksOptions, stdout io.Writer) error {
	p := o.post
	p.Title = o.headline
	p.Hashtags = tagTexts(hashtag.New(o.tags).Derive(o.headline))
	links, err := share.Links(p, o.networks...)
	if err != nil {
		return &badValue{err} // only the flags' values can be at fault
	}
	if o.format == "json" {
		return writeJSON(stdout, links)
	}
	var b strings.Builder
	for _, l := range links {
		fmt.Fprintf(&b, "%s\t%s\n", l.Network, l.URL)
	}
	_, err = io.WriteString(stdout, b.String())
	return err
}

func tagTexts(tags []hashtag.Tag) []string {
	texts := make([]string, len(tags))
	for i, t := range tags {
		texts[i] = t.Text
	}
	return texts
}

// writeJSON writes v as indented JSON: these commands print one document
// meant to be read by people as much as by jq.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
