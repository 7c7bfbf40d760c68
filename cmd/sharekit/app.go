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
	"slices"
	"strings"
	"syscall"

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
	exitOK     = 0
	exitFailed = 1 // some records failed, or a run-time error
	exitUsage  = 2 // unknown flag, bad value, missing argument
	// exitInterrupted is a run stopped by SIGINT or SIGTERM: 128+SIGINT,
	// what a shell reports for a job stopped by Ctrl-C, for both, so a
	// script sees one status for "stopped from outside".
	exitInterrupted = 130
	usagePrefix     = "sharekit: "
)

// run runs the app and turns its error into an exit status and a message on
// stderr. It is main without the os.Exit, so tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// SIGTERM (kill, a job scheduler, docker stop) is handled like Ctrl-C,
	// so that batch -o removes its temporary file either way.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// After the first signal, restore the default: a second one kills
		// a run that is slow to stop.
		<-ctx.Done()
		stop()
	}()
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
			learnCommand(stdin, stderr), // cmd/sharekit/learn.go
			completionCommand(stdout),
			serveCommand(), // cmd/sharekit/serve.go, written with internal/server
		},
	}
	for _, c := range app.Commands {
		c.OnUsageError = onUsageError
		if len(c.Subcommands) == 0 {
			// Otherwise urfave/cli gives every command a "help" (alias "h")
			// subcommand, and `sharekit tags h` would print the help instead
			// of the hashtags of the headline "h". --help stays.
			c.HideHelpCommand = true
		}
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
	// At the top level urfave/cli names the context's command after the
	// app itself, so only a subcommand's own name makes a command usage.
	if c == nil || c.Command == nil || c.Command.Name == "" || c.App != nil && c.Command.Name == c.App.Name {
		return cli.Exit(fmt.Sprintf("%s%s\n%s\nRun 'sharekit --help' for more.", usagePrefix, msg, rootUsage), exitUsage)
	}
	name := "sharekit " + c.Command.Name
	usage := strings.TrimSpace(name + " [options] " + c.Command.ArgsUsage)
	return cli.Exit(fmt.Sprintf("%s%s\nusage: %s\nRun '%s --help' for more.", usagePrefix, msg, usage, name), exitUsage)
}

// rootUsage is the usage line of sharekit itself.
const rootUsage = "usage: sharekit [global options] command [options] [arguments…]"

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
		&cli.BoolFlag{Name: "keep-acronyms", Usage: "keep words in capitals (US, UN, EU) even when they are stopwords", EnvVars: []string{"SHAREKIT_KEEP_ACRONYMS"}, Category: "Hashtags"},
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
	// The library's own check, so that what it refuses (a --lang that is
	// not a language tag, say) is a usage error here rather than silently
	// ignored.
	if _, err := hashtag.NewChecked(o); err != nil {
		// Name the flag, as --case does, so that a bad value that came
		// from SHAREKIT_LANG can be traced to it.
		var oe *hashtag.OptionError
		if errors.As(err, &oe) && oe.Field == "Lang" {
			return o, usageError(c, "--lang: %v", err)
		}
		return o, usageError(c, "%v", err)
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
// pageInputs reads what links and post both need: the headline (the
// arguments, joined), the hashtag options, and the post template with the
// page URL.
func pageInputs(c *cli.Context) (headline string, tags hashtag.Options, post share.Post, err error) {
	headline = strings.Join(c.Args().Slice(), " ")
	if headline == "" {
		return "", tags, post, usageError(c, "missing HEADLINE")
	}
	if c.String("url") == "" {
		return "", tags, post, usageError(c, "missing --url URL")
	}
	if tags, err = tagOptions(c); err != nil {
		return "", tags, post, err
	}
	post = postTemplate(c)
	post.URL = c.String("url")
	return headline, tags, post, nil
}

func postTemplate(c *cli.Context) share.Post {
	return share.Post{
		Via:      strings.TrimPrefix(c.String("via"), "@"),
		Instance: c.String("instance"),
		UTM:      share.UTM{Campaign: c.String("utm-campaign")},
	}
}

// networkList reads --network (comma-separated, repeatable) and --all,
// checking each name against share.Networks. --all is every network the
// other flags allow: those that need a server (Mastodon's {instance}) only
// when --instance is given. A network that needs --instance without it, or
// an explicitly empty list, is a usage error: every record would fail. So is
// --all with a --network of its own (or SHAREKIT_NETWORK), as in the HTTP
// API: one of the two would be ignored. A name given twice counts once, at
// its first place.
func networkList(c *cli.Context) ([]string, error) {
	known := share.Networks()
	instance := c.String("instance") != ""
	if c.Bool("all") {
		if c.IsSet("network") {
			return nil, usageError(c, "--all and --network cannot be used together")
		}
		var names []string
		for _, n := range known {
			if needsInstance(n) && !instance {
				continue
			}
			names = append(names, n.Name)
		}
		return names, nil
	}
	var names []string
	for _, v := range c.StringSlice("network") {
		for _, n := range strings.Split(v, ",") {
			if n = strings.TrimSpace(strings.ToLower(n)); n == "" {
				continue
			}
			if err := checkNetwork(c, known, n); err != nil {
				return nil, err
			}
			if !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
	}
	if len(names) == 0 && c.IsSet("network") {
		return nil, usageError(c, "--network: no network named (want one or more of %s)", networkNames(known))
	}
	return names, nil
}

// checkNetwork returns a usage error for an unknown network, or one that
// needs --instance when none is given.
func checkNetwork(c *cli.Context, known []share.Network, name string) error {
	for _, k := range known {
		if k.Name != name {
			continue
		}
		if needsInstance(k) && c.String("instance") == "" {
			return usageError(c, "--network %s needs --instance HOST", name)
		}
		return nil
	}
	return usageError(c, "unknown network %q (want one of %s)", name, networkNames(known))
}

// needsInstance reports a network shared through the user's own server.
func needsInstance(n share.Network) bool {
	for _, p := range n.Placeholders() {
		if p == "instance" {
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

// badValue is an error the share package found in a flag's value (an unsafe
// --url, say): the command's Action turns it into a usage error.
type badValue struct{ err error }

func (e *badValue) Error() string { return e.err.Error() }
func (e *badValue) Unwrap() error { return e.err }

// asUsage turns a badValue returned by a command's run function into a usage
// error, and passes any other error on.
func asUsage(c *cli.Context, err error) error {
	var bv *badValue
	if errors.As(err, &bv) {
		return usageError(c, "%v", bv.err)
	}
	return err
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
