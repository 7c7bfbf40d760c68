package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/sharekit/sharekit/share/card"
)

func cardCommand(stdin io.Reader, stdout, stderr io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "card",
		Usage:     "check the link card a page will get on X, Facebook and LinkedIn",
		ArgsUsage: "FILE|URL|-",
		Description: `Reads a page's head and reports, per network, the card it will show (title,
description, image, and the tag each came from after the network's
fallbacks) and what is wrong with it, each with a reason. Reads FILE, or
stdin for - or no argument; a URL is fetched only with --fetch, which also
measures the card's image when the page declares no size.

Exit status: 0 nothing to fix, 1 findings (or the page could not be read),
2 usage.

Examples:
   sharekit card article.html
   curl -s https://example.com/a | sharekit card --format json
   sharekit card --fetch https://example.com/a`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Value: "text", Usage: "output: text or json"},
			&cli.BoolFlag{Name: "fetch", Usage: "fetch the page when the argument is a URL"},
			&cli.DurationFlag{Name: "timeout", Value: 10 * time.Second, Usage: "with --fetch: give up after `DURATION`"},
			&cli.Int64Flag{Name: "max-bytes", Value: 2 << 20, Usage: "with --fetch: read at most `N` bytes of the page"},
			&cli.StringFlag{Name: "user-agent", Value: card.DefaultUserAgent, Usage: "with --fetch: send `UA`"},
			&cli.BoolFlag{Name: "measure-images", Value: true, Usage: "with --fetch: fetch the card's image to measure it when the page declares no size"},
		},
		Action: func(c *cli.Context) error {
			o := cardOptions{format: c.String("format"), fetch: c.Bool("fetch"), measure: c.Bool("measure-images"),
				fetchOpts: card.FetchOptions{Timeout: c.Duration("timeout"), MaxBytes: c.Int64("max-bytes"), UserAgent: c.String("user-agent")}}
			if err := checkFormat(c, o.format, "text", "json"); err != nil {
				return err
			}
			switch c.NArg() {
			case 0:
				o.source = "-"
			case 1:
				o.source = c.Args().First()
			default:
				return usageError(c, "one page at a time; got %d arguments", c.NArg())
			}
			isURL := strings.HasPrefix(o.source, "https://") || strings.HasPrefix(o.source, "http://")
			switch {
			case isURL && !o.fetch:
				return usageError(c, "%s is a URL; add --fetch to fetch it", o.source)
			case !isURL && o.fetch:
				return usageError(c, "--fetch needs an http or https URL, got %q", o.source)
			case o.fetchOpts.Timeout <= 0 || o.fetchOpts.MaxBytes <= 0:
				return usageError(c, "--timeout and --max-bytes must be positive")
			}
			return cardRun(c, o, stdin, stdout, stderr)
		},
	}
}

type cardOptions struct {
	source    string // a file, "-" or a URL
	format    string
	fetch     bool
	measure   bool // with fetch: measure images whose size the page does not declare
	fetchOpts card.FetchOptions
}

func cardRun(c *cli.Context, o cardOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	var in io.Reader
	name := o.source
	switch {
	case o.fetch:
		body, err := card.Fetch(c.Context, o.source, o.fetchOpts)
		if err != nil {
			return err
		}
		in = bytes.NewReader(body)
	case o.source == "-":
		in, name = stdin, "(stdin)"
	default:
		f, err := os.Open(o.source)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	page, err := card.Parse(in)
	if err != nil {
		return err
	}
	var opts card.Options
	if o.fetch && o.measure {
		opts.ImageSize = func(u string) (int, int, bool) {
			w, h, err := card.ImageSize(c.Context, u, o.fetchOpts)
			if err != nil {
				fmt.Fprintf(stderr, "sharekit: cannot measure the card's image: %v\n", strings.TrimPrefix(err.Error(), "card: "))
				return 0, 0, false
			}
			return w, h, true
		}
	}
	r := card.CheckWith(page, opts)
	r.Source = name
	if o.format == "json" {
		err = jsonLines(stdout).Encode(r)
	} else {
		err = r.WriteText(stdout)
	}
	if err != nil {
		return err
	}
	if !r.Clean() {
		return cli.Exit("", exitFailed) // findings: the report says what
	}
	return nil
}
