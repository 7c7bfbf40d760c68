package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/share"
)

// version is set at link time (-ldflags "-X main.version=v1.2.3"); when it
// is not, the module version go install recorded is used.
var version = ""

func appVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// Exit statuses.
const (
	exitOK      = 0
	exitFailed  = 1 // some records failed, or a run-time error
	exitUsage   = 2 // unknown flag, bad value, missing argument
	usagePrefix = "sharekit: "
)

// run runs the app and turns its error into an exit status and a message on
// stderr. It is main without the os.Exit, so tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return exitCode(newApp(stdin, stdout, stderr).RunContext(ctx, args), stderr)
}

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	var ec cli.ExitCoder
	if errors.As(err, &ec) {
		if msg := ec.Error(); msg != "" {
			fmt.Fprintln(stderr, msg)
		}
		return ec.ExitCode()
	}
	fmt.Fprintf(stderr, "%s%v\n", usagePrefix, strings.TrimPrefix(err.Error(), usagePrefix))
	return exitFailed
}

// newApp builds the command line app around the given streams.
func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:                 "sharekit",
		Usage:                "turn news headlines into hashtags and social share links",
		Version:              appVersion(),
		Reader:               stdin,
		Writer:               stdout,
		ErrWriter:            stderr,
		EnableBashCompletion: true,
		Suggest:              true,
		// run maps errors to exit statuses; urfave/cli must never os.Exit,
		// or tests running the app in-process would die with it.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError:   onUsageError,
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageError(c, "unknown command %q", c.Args().First())
			}
			return cli.ShowAppHelp(c)
		},
		Commands: []*cli.Command{
			tagsCommand(stdin, stdout),
			linksCommand(stdout),
			postCommand(stdout),
			extractCommand(stdin, stdout),
			batchCommand(stdin, stdout, stderr),
			completionCommand(stdout),
			serveCommand(), // cmd/sharekit/serve.go, written with internal/server
		},
	}
	for _, c := range app.Commands {
		c.OnUsageError = onUsageError
	}
	return app
}

// onUsageError turns a flag parse error (unknown flag, a value that does not
// parse) into exit status 2 with the usage line.
func onUsageError(c *cli.Context, err error, _ bool) error {
	return usageError(c, "%v", err)
}

// usageError is a usage mistake: exit status 2, the message and the usage
// line of the command being run.
func usageError(c *cli.Context, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	name, argsUsage := "sharekit", "[command]"
	if c != nil && c.Command != nil && c.Command.Name != "" {
		name = "sharekit " + c.Command.Name
		argsUsage = c.Command.ArgsUsage
	}
	return cli.Exit(fmt.Sprintf("%s%s\nusage: %s [options] %s\nRun '%s --help' for more.", usagePrefix, msg, name, argsUsage, name), exitUsage)
}

// Flags shared by several commands. Each common one can also be set in the
// environment as SHAREKIT_<NAME>, so a shell or a job can fix its defaults.
func tagFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "style", Value: "words", Usage: "tags to make: words, phrases or combined", EnvVars: []string{"SHAREKIT_STYLE"}, Category: "Hashtags"},
		&cli.StringFlag{Name: "case", Value: "keep", Usage: "tag case: keep, camel or lower", EnvVars: []string{"SHAREKIT_CASE"}, Category: "Hashtags"},
		&cli.IntFlag{Name: "max", Usage: "at most `N` tags per headline (0: no limit)", EnvVars: []string{"SHAREKIT_MAX"}, Category: "Hashtags"},
		&cli.StringFlag{Name: "lang", Value: "en", Usage: "headline language (BCP 47), for stopwords", EnvVars: []string{"SHAREKIT_LANG"}, Category: "Hashtags"},
		&cli.IntFlag{Name: "min-length", Usage: "drop tags shorter than `N` characters", EnvVars: []string{"SHAREKIT_MIN_LENGTH"}, Category: "Hashtags"},
		&cli.BoolFlag{Name: "fold", Usage: "fold diacritics (é → e)", EnvVars: []string{"SHAREKIT_FOLD"}, Category: "Hashtags"},
		&cli.BoolFlag{Name: "keep-acronyms", Usage: "keep acronyms upper case (NASA)", EnvVars: []string{"SHAREKIT_KEEP_ACRONYMS"}, Category: "Hashtags"},
		&cli.PathFlag{Name: "stopwords", Usage: "add the words in `FILE` (one a line, # comments) to the stopwords", EnvVars: []string{"SHAREKIT_STOPWORDS"}, Category: "Hashtags"},
		&cli.BoolFlag{Name: "replace-stopwords", Usage: "use only the --stopwords words, not the language's list", Category: "Hashtags"},
	}
}

// postFlags are the share.Post template fields.
func postFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "via", Usage: "X `HANDLE` (without @) the post is via", EnvVars: []string{"SHAREKIT_VIA"}, Category: "Sharing"},
		&cli.StringFlag{Name: "utm-campaign", Usage: "tag the URL with utm_campaign=`C` (utm_source the network, utm_medium social)", EnvVars: []string{"SHAREKIT_UTM_CAMPAIGN"}, Category: "Sharing"},
		&cli.StringFlag{Name: "instance", Usage: "Mastodon server `HOST`", EnvVars: []string{"SHAREKIT_INSTANCE"}, Category: "Sharing"},
	}
}

// tagOptions reads the hashtag flags into hashtag.Options, or returns a usage
// error for a bad value.
func tagOptions(c *cli.Context) (hashtag.Options, error) {
	var o hashtag.Options
	var err error
	if o.Style, err = hashtag.ParseStyle(c.String("style")); err != nil {
		return o, usageError(c, "--style: %v", err)
	}
	if o.Case, err = hashtag.ParseCase(c.String("case")); err != nil {
		return o, usageError(c, "--case: %v", err)
	}
	if o.Max = c.Int("max"); o.Max < 0 {
		return o, usageError(c, "--max must not be negative, got %d", o.Max)
	}
	if o.MinLength = c.Int("min-length"); o.MinLength < 0 {
		return o, usageError(c, "--min-length must not be negative, got %d", o.MinLength)
	}
	o.Lang = c.String("lang")
	o.FoldDiacritics = c.Bool("fold")
	o.KeepAcronyms = c.Bool("keep-acronyms")
	o.ReplaceStopwords = c.Bool("replace-stopwords")
	if path := c.Path("stopwords"); path != "" {
		words, err := readWordList(path)
		if err != nil {
			return o, err // a file that cannot be read is a run-time error
		}
		o.Stopwords = words
	} else if o.ReplaceStopwords {
		return o, usageError(c, "--replace-stopwords needs --stopwords FILE")
	}
	return o, nil
}

// readWordList reads one word a line, skipping blank lines and # comments.
func readWordList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read stopwords: %w", err)
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w != "" && !strings.HasPrefix(w, "#") {
			words = append(words, w)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cannot read stopwords %s: %w", path, err)
	}
	return words, nil
}

// postTemplate reads the share flags into a share.Post.
func postTemplate(c *cli.Context) share.Post {
	return share.Post{
		Via:      strings.TrimPrefix(c.String("via"), "@"),
		Instance: c.String("instance"),
		UTM:      share.UTM{Campaign: c.String("utm-campaign")},
	}
}

// networkList reads --network (comma-separated, repeatable) and --all,
// checking each name against share.Networks.
func networkList(c *cli.Context) ([]string, error) {
	known := share.Networks()
	if c.Bool("all") {
		names := make([]string, len(known))
		for i, n := range known {
			names[i] = n.Name
		}
		return names, nil
	}
	var names []string
	for _, v := range c.StringSlice("network") {
		for _, n := range strings.Split(v, ",") {
			if n = strings.TrimSpace(strings.ToLower(n)); n == "" {
				continue
			}
			if !knownNetwork(known, n) {
				return nil, usageError(c, "unknown network %q (want one of %s)", n, networkNames(known))
			}
			names = append(names, n)
		}
	}
	return names, nil
}

func knownNetwork(known []share.Network, name string) bool {
	for _, k := range known {
		if k.Name == name {
			return true
		}
	}
	return false
}

func networkNames(known []share.Network) string {
	names := make([]string, len(known))
	for i, k := range known {
		names[i] = k.Name
	}
	return strings.Join(names, ", ")
}

// checkFormat returns a usage error unless format is one of allowed.
func checkFormat(c *cli.Context, format string, allowed ...string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	return usageError(c, "--format %q: want %s", format, strings.Join(allowed, " or "))
}
