package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/share"
)

func barCommand(stdout io.Writer) *cli.Command {
	flags := append(tagFlags(), postFlags()...)
	flags = append(flags,
		&cli.StringFlag{Name: "url", Usage: "the article `URL` (absolute http or https)"},
		&cli.StringSliceFlag{Name: "network", Aliases: []string{"n"}, Value: cli.NewStringSlice("x", "facebook", "linkedin"), Usage: "networks, comma-separated, in the bar's order; a name given twice counts once; not with --all", EnvVars: []string{"SHAREKIT_NETWORK"}},
		&cli.BoolFlag{Name: "all", Usage: "every supported network (Mastodon only with --instance)"},
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
			if o.headline, o.tags, o.post, err = pageInputs(c); err != nil {
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
			return asUsage(c, barRun(o, stdout))
		},
	}
}

type barOptions struct {
	tags     hashtag.Options
	post     share.Post
	bar      share.BarOptions
	networks []string
	headline string
	format   string
	css      bool
}

// barJSON is `sharekit bar --format json`: the fragments a CMS stores.
type barJSON struct {
	HTML  string       `json:"html"`
	CSS   string       `json:"css"`
	Links []share.Link `json:"links"`
}

func barRun(o barOptions, stdout io.Writer) error {
	p := o.post
	p.Title = o.headline
	p.Hashtags = tagTexts(hashtag.New(o.tags).Derive(o.headline))
	html, err := share.Bar(p, o.bar, o.networks...)
	if err != nil {
		return &badValue{err} // only the flags' values can be at fault
	}
	css, err := share.BarCSS(o.bar)
	if err != nil {
		return &badValue{err}
	}
	if o.format == "json" {
		links, err := share.Links(p, o.networks...)
		if err != nil {
			return &badValue{err}
		}
		return writeJSON(stdout, barJSON{HTML: string(html), CSS: css, Links: links})
	}
	if o.css {
		if _, err := fmt.Fprintf(stdout, "<style>\n%s</style>\n", css); err != nil {
			return err
		}
	}
	_, err = fmt.Fprintf(stdout, "%s\n", html)
	return err
}
