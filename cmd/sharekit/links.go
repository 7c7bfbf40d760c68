package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/internal/batch"
	"github.com/sharekit/sharekit/internal/server"
	"github.com/sharekit/sharekit/share"
)

func linksCommand(stdin io.Reader, stdout io.Writer) *cli.Command {
	flags := append(tagFlags(), postFlags()...)
	flags = append(flags, &cli.StringFlag{Name: "url", Usage: "the article `URL`, absolute http or https (required)"})
	flags = append(flags, networkFlags(networkFlagsDefault, "the networks, `NAMES` comma-separated", "every supported network (Mastodon only with --instance)")...)
	flags = append(flags,
		&cli.StringFlag{Name: "format", Value: "text", Usage: "output: text (network<TAB>link) or json (jsonl is the same)", EnvVars: []string{"SHAREKIT_FORMAT"}},
	)
	return &cli.Command{
		Name:      "links",
		Usage:     "print share links for each headline",
		ArgsUsage: "[HEADLINE…]",
		Description: `Prints a share link per network for the article at --url, with the
headline as its title and hashtags derived from it: for each HEADLINE
argument, or each line of stdin when there is none (or for "-"). Text
output puts a blank line between headlines; json prints one /v1/links
object a line.

Examples:
   sharekit links --url https://example.com/a "NASA launches Artemis II"
   sharekit links --url https://example.com/a --all --format json "NASA launches Artemis II"
   sharekit links --url https://example.com/a --network x --via nasa --utm-campaign launch "NASA launches Artemis II"`,
		Flags: flags,
		Action: func(c *cli.Context) error {
			o := linksOptions{format: c.String("format")}
			if err := checkFormat(c, o.format, "text", "json", "jsonl"); err != nil {
				return err
			}
			var err error
			if o.tags, o.post, err = pageInputs(c); err != nil {
				return err
			}
			if o.networks, err = networkList(c); err != nil {
				return err
			}
			return asUsage(c, linksRun(o, c.Args().Slice(), stdin, stdout))
		},
	}
}

type linksOptions struct {
	tags     hashtag.Options
	post     share.Post
	networks []string
	format   string
}

// linksRun prints a link per network for each headline. A network that
// cannot take the post (a URL too long for Bluesky's 300 characters, say)
// gets its error in its place, "network<TAB>error: reason" in text and
// {"network","error"} in JSON, and every other network its link; the exit
// status is then 1. When no network can take it, the post itself is at
// fault (an unsafe --url): a usage error, exit 2, as before.
func linksRun(o linksOptions, args []string, stdin io.Reader, stdout io.Writer) error {
	g := hashtag.New(o.tags)
	w := bufio.NewWriter(stdout)
	enc := jsonLines(w)
	first := true
	failed, total := 0, 0
	err := eachText(args, stdin, func(headline string) error {
		p := o.post
		p.Title = headline
		p.Hashtags = tagTexts(g.Derive(headline))
		links, err := share.Links(p, o.networks...)
		bad := 0
		for _, l := range links {
			if l.Err != nil {
				bad++
			}
		}
		if err != nil && (bad == 0 || bad == len(links)) {
			if bad > 0 {
				err = links[0].Err
			}
			return &badValue{err} // only the flags' values can be at fault
		}
		failed, total = failed+bad, total+len(links)
		if o.format != "text" {
			return enc.Encode(server.NewLinksResponse(links))
		}
		if !first {
			w.WriteByte('\n')
		}
		first = false
		for _, l := range links {
			if l.Err != nil {
				fmt.Fprintf(w, "%s\terror: %s\n", l.Network, batch.NetworkReason(l.Err))
				continue
			}
			fmt.Fprintf(w, "%s\t%s\n", l.Network, l.URL)
		}
		return nil
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err == nil && failed > 0 {
		return cli.Exit(fmt.Sprintf("%s%d of %d links could not be built (their errors are in their place)", usagePrefix, failed, total), exitFailed)
	}
	return err
}

func tagTexts(tags []hashtag.Tag) []string {
	texts := make([]string, len(tags))
	for i, t := range tags {
		texts[i] = t.Text
	}
	return texts
}

// jsonLines is an encoder of one JSON document a line, '<' and '&' as they
// are: the json and jsonl formats of every command.
func jsonLines(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}
