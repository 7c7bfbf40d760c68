//go:build tools

// Package deps pins the modules that packages being written import, so go
// mod tidy keeps them while the work is in progress. Removed once imported.
package deps

import (
	_ "github.com/chromedp/chromedp"
	_ "github.com/rivo/uniseg"
	_ "github.com/schollz/progressbar/v3"
	_ "github.com/urfave/cli/v2"
	_ "golang.org/x/net/publicsuffix"
	_ "golang.org/x/term"
	_ "golang.org/x/text/unicode/norm"
	_ "gopkg.in/yaml.v3"
)
