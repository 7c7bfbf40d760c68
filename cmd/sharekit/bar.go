package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/internal/server"
	"github.com/sharekit/sharekit/share"
)

func barCommand(stdin io.Reader, stdout io.Writer) *cli.Command {
	flags := append(tagFlags(), postFlags()...)
	flags = append(flags, &cli.StringFlag{Name: "url", Usage: "the article `URL` (absolute http or https)"})
	flags = append(flags, networkFlags(networkFlagsDefault, "`NAMES` in the bar's order, comma-separated", "every supported network (Mastodon only with --instance)")...)
	flags = append(flags,
		&cli.StringFlag{Name: "label", Value: "Share", Usage: "the bar's `TEXT`: its accessible name and visible label", Category: "Bar"},
		&cli.BoolFlag{Name: "hide-label", Usage: "no visible label (the bar keeps its accessible name)", Category: "Bar"},
		&cli.StringFlag{Name: "display", Value: "icons-and-names", Usage: "what each link shows: icons-and-names, icons or names", Category: "Bar"},
		&cli.IntFlag{Name: "icon-size", Value: 20, Usage: "icon width and height in `PIXELS` (1 to 128)", Category: "Bar"},
		&cli.StringFlag{Name: "class-prefix", Value: "sharekit-", Usage: "`PREFIX` of every class name", Category: "Bar"},
		&cli.StringFlag{Name: "target", Value: "_blank", Usage: "the web links' `TARGET` (_blank, _self, …)", Category: "Bar"},
		&cli.BoolFlag{Name: "css", Usage: "print the bar's stylesheet in a <style> element before it", Category: "Bar"},
		&cli.StringFlag{Name: "format", Value: "html", Usage: "output: html (the fragment) or json (html, css and links)"},
	)
	return &cli.Command{
		Name:      "bar",
		Usage:     "print a share bar (HTML) for a headline",
		ArgsUsage: "HEADLINE",
		Description: `Prints the HTML of a share bar for the article at --url: a <nav> of plain
links, one a network, each with the network's icon and name. No script and
nothing loaded from elsewhere, so no network hears of the reader until the
reader clicks. --css adds a stylesheet that needs no other CSS.

Examples:
   sharekit bar --url https://example.com/a "NASA launches Artemis II"
   sharekit bar --url https://example.com/a --network x,bluesky,email --css "NASA launches Artemis II"
   sharekit bar --url https://example.com/a --display icons --format json "NASA launches Artemis II"`,
		Flags: flags,
		Action: func(c *cli.Context) error {
			o := barOptions{format: c.String("format"), css: c.Bool("css")}
			if err := checkFormat(c, o.format, "html", "json"); err != nil {
				return err
			}
			var err error
			if o.tags, o.post, err = pageInputs(c); err != nil {
				return err
			}
			if o.networks, err = networkList(c); err != nil {
				return err
			}
			if o.bar.Display, err = share.ParseBarDisplay(c.String("display")); err != nil {
				return usageError(c, "--display: %v", err)
			}
			o.bar.Label = c.String("label")
			o.bar.HideLabel = c.Bool("hide-label")
			o.bar.IconSize = c.Int("icon-size")
			o.bar.ClassPrefix = c.String("class-prefix")
			o.bar.Target = c.String("target")
			return asUsage(c, barRun(o, c.Args().Slice(), stdin, stdout))
		},
	}
}

type barOptions struct {
	tags     hashtag.Options
	post     share.Post
	bar      share.BarOptions
	networks []string
	format   string
	css      bool
}

// barRun prints a share bar per headline: the HTML fragment, or with
// --format json the fragments a CMS stores, in /v1/bar's shape.
func barRun(o barOptions, args []string, stdin io.Reader, stdout io.Writer) error {
	css, err := share.BarCSS(o.bar)
	if err != nil {
		return &badValue{err} // only the flags' values can be at fault
	}
	g := hashtag.New(o.tags)
	w := bufio.NewWriter(stdout)
	enc := jsonLines(w)
	if o.css && o.format == "html" {
		fmt.Fprintf(w, "<style>\n%s</style>\n", css)
	}
	err = eachText(args, stdin, func(headline string) error {
		p := o.post
		p.Title = headline
		p.Hashtags = tagTexts(g.Derive(headline))
		html, err := share.Bar(p, o.bar, o.networks...)
		if html == "" {
			return &badValue{err}
		}
		// A network that cannot take the post is left out of the bar
		// (and in --format json has its error in its place in links).
		if o.format == "json" {
			links, _ := share.Links(p, o.networks...) // a network's error stays in its place
			return enc.Encode(server.BarResponse{HTML: string(html), CSS: css, Links: server.NewLinksResponse(links).Links})
		}
		_, err = fmt.Fprintf(w, "%s\n", html)
		return err
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}
