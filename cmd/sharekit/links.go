package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/internal/batch"
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

// linksRun prints a link per network. A network that cannot take the post
// (a URL too long for Bluesky's 300 characters, say) gets its error in its
// place, "network<TAB>error: reason" in text and {"network","error"} in
// JSON, and every other network its link; the exit status is then 1. When
// no network can take it, the post itself is at fault (an unsafe --url):
// a usage error, exit 2, as before.
func linksRun(o linksOptions, stdout io.Writer) error {
	p := o.post
	p.Title = o.headline
	p.Hashtags = tagTexts(hashtag.New(o.tags).Derive(o.headline))
	links, err := share.Links(p, o.networks...)
	failed := 0
	for _, l := range links {
		if l.Err != nil {
			failed++
		}
	}
	if err != nil && (failed == 0 || failed == len(links)) {
		if failed > 0 {
			err = links[0].Err
		}
		return &badValue{err} // only the flags' values can be at fault
	}
	out := make([]linkJSON, len(links))
	var b strings.Builder
	for i, l := range links {
		out[i] = linkJSON{Network: l.Network, URL: l.URL}
		if l.Err != nil {
			out[i].Error = batch.NetworkReason(l.Err)
			fmt.Fprintf(&b, "%s\terror: %s\n", l.Network, out[i].Error)
			continue
		}
		fmt.Fprintf(&b, "%s\t%s\n", l.Network, l.URL)
	}
	if o.format == "json" {
		err = writeJSON(stdout, out)
	} else {
		_, err = io.WriteString(stdout, b.String())
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return cli.Exit(fmt.Sprintf("%s%d of %d networks could not take the post (their errors are in their place)", usagePrefix, failed, len(links)), exitFailed)
	}
	return nil
}

// linkJSON is one line of `links --format json`: exactly one of URL and
// Error is set, as in the API's answer.
type linkJSON struct {
	Network string `json:"network"`
	URL     string `json:"url,omitempty"`
	Error   string `json:"error,omitempty"`
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
