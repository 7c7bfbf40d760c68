package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/internal/server"
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
	if len(args) > 1 && args[1] == completeCommand {
		// The completion scripts' request: answered from the commands'
		// definitions alone, never by running one.
		return exitCode(complete(newApp(nil, io.Discard, io.Discard), args[2:], stdout), stderr)
	}
	return exitCode(execute(ctx, newApp(stdin, stdout, stderr), args), stderr)
}

// execute runs app on a command line, its flags first moved before its
// arguments (gnuArgs): what run does, without the signals and the exit.
func execute(ctx context.Context, app *cli.App, args []string) error {
	args, err := gnuArgs(app, args)
	if err != nil {
		var uf *unknownFlagError
		if errors.As(err, &uf) {
			return commandUsageError(uf.command, "%v", err)
		}
		var fv *flagValueError
		if errors.As(err, &fv) {
			return commandUsageError(fv.command, "%v", err)
		}
		return err
	}
	return app.RunContext(ctx, args)
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
	fmt.Fprintf(stderr, "%s%v\n", usagePrefix, strings.TrimPrefix(cliMessage(err), usagePrefix))
	return exitFailed
}

// newApp builds the command line app around the given streams.
func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:      "sharekit",
		Usage:     "turn news headlines into hashtags and social share links",
		Version:   appVersion(),
		Reader:    stdin,
		Writer:    stdout,
		ErrWriter: stderr,
		// No EnableBashCompletion: urfave/cli's --generate-bash-completion
		// runs the command's parsing and, for a command without its own
		// completer, the command itself. The scripts ask `sharekit
		// __complete` instead (completion.go).
		Suggest: true,
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
			linksCommand(stdin, stdout),
			postCommand(stdin, stdout),
			extractCommand(stdin, stdout),
			batchCommand(stdin, stdout, stderr),
			learnCommand(stdin, stderr), // cmd/sharekit/learn.go
			completionCommand(stdout),
			serveCommand(), // cmd/sharekit/serve.go, written with internal/server
			barCommand(stdin, stdout),
			cardCommand(stdin, stdout, stderr),
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
	var flags []cli.Flag
	if c != nil && c.Command != nil {
		flags = c.Command.Flags
	}
	return usageError(c, "%s", flagErrorText(err, flags))
}

// Go's flag package errors, which name a flag with one dash whatever the
// user typed.
var (
	goFlagUndefined = regexp.MustCompile(`^flag provided but not defined: -+(.*)$`)
	goFlagNoValue   = regexp.MustCompile(`^flag needs an argument: -+(.*)$`)
	goFlagBadValue  = regexp.MustCompile(`^invalid value "(.*)" for flag -+([^:]*): `)
)

// flagErrorText rewrites a flag parse error in sharekit's words: flags
// spelled as --help shows them, and what a bad value should look like.
func flagErrorText(err error, flags []cli.Flag) string {
	msg := err.Error()
	if m := goFlagUndefined.FindStringSubmatch(msg); m != nil {
		return "unknown flag " + dashed(m[1])
	}
	if m := goFlagNoValue.FindStringSubmatch(msg); m != nil {
		return dashed(m[1]) + " needs a value"
	}
	if m := goFlagBadValue.FindStringSubmatch(msg); m != nil {
		want := "a valid value"
		for _, f := range flags {
			if !slices.Contains(f.Names(), m[2]) {
				continue
			}
			switch f.(type) {
			case *cli.IntFlag:
				want = "a whole number"
			case *cli.DurationFlag:
				want = "a duration such as 30s, 5m or 1h30m"
			case *cli.BoolFlag:
				want = "true or false"
			}
		}
		return fmt.Sprintf("%s: invalid value %q: want %s", dashed(m[2]), m[1], want)
	}
	return msg
}

// dashed spells a flag name as --help shows it: -n, --network.
func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// usageError is a usage mistake: exit status 2, the message and the usage
// line of the command being run.
func usageError(c *cli.Context, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	// At the top level urfave/cli names the context's command after the
	// app itself, so only a subcommand's own name makes a command usage.
	if c == nil || c.Command == nil || c.Command.Name == "" || c.App != nil && c.Command.Name == c.App.Name {
		return commandUsageError(nil, "%s", msg)
	}
	return commandUsageError(c.Command, "%s", msg)
}

// commandUsageError is usageError for a command found before any context
// exists; nil is sharekit itself.
func commandUsageError(cmd *cli.Command, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if cmd == nil {
		return cli.Exit(fmt.Sprintf("%s%s\n%s\nRun 'sharekit --help' for more.", usagePrefix, msg, rootUsage), exitUsage)
	}
	name := "sharekit " + cmd.Name
	usage := strings.TrimSpace(name + " [options] " + cmd.ArgsUsage)
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
		&cli.IntFlag{Name: "best", Usage: "the `N` best tags an editor would post, best first (0: every content word, in order)", EnvVars: []string{"SHAREKIT_BEST"}, Category: "Hashtags"},
		&cli.BoolFlag{Name: "as-written", Usage: "with --best, keep words as written (no base forms)", EnvVars: []string{"SHAREKIT_AS_WRITTEN"}, Category: "Hashtags"},
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
		return o, usageError(c, "--style: %s", cliMessage(err))
	}
	if o.Case, err = hashtag.ParseCase(c.String("case")); err != nil {
		return o, usageError(c, "--case: %s", cliMessage(err))
	}
	o.Max = c.Int("max")
	o.MinLength = c.Int("min-length")
	o.Best = c.Int("best")
	o.AsWritten = c.Bool("as-written")
	o.Lang = c.String("lang")
	o.FoldDiacritics = c.Bool("fold")
	o.KeepAcronyms = c.Bool("keep-acronyms")
	o.ReplaceStopwords = c.Bool("replace-stopwords")
	// The library's own check, so that what it refuses (a negative --max,
	// a --lang that is not a language tag) is a usage error here rather
	// than silently ignored. Checked before the stopwords file is read.
	if err := o.Check(); err != nil {
		return o, optionUsage(c, err)
	}
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

// optionUsage maps hashtag's *OptionError to a usage error naming the flag
// (its JSON key, dashed), so that a bad value that came from SHAREKIT_LANG,
// say, can be traced to it.
func optionUsage(c *cli.Context, err error) error {
	var oe *hashtag.OptionError
	if !errors.As(err, &oe) {
		return usageError(c, "%s", cliMessage(err))
	}
	flag := "--" + strings.ReplaceAll(oe.Key(), "_", "-")
	if oe.Field == "Lang" {
		msg := fmt.Sprintf("%s: %v is not a BCP 47 language tag", flag, oe.Value)
		if oe.Err != nil {
			msg += " (" + strings.TrimPrefix(oe.Err.Error(), "language: ") + ")"
		}
		return usageError(c, "%s", msg)
	}
	if oe.Err != nil {
		return usageError(c, "%s %v, got %v", flag, oe.Err, oe.Value)
	}
	return usageError(c, "%s: %s", flag, cliMessage(err))
}

// readWordList reads one word a line, skipping blank lines and # comments.
func readWordList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read stopwords %s: %w", path, unwrapPath(err))
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

// pageInputs reads what links and post both need besides the headlines:
// the hashtag options, and the post template with the page URL.
func pageInputs(c *cli.Context) (tags hashtag.Options, post share.Post, err error) {
	if c.String("url") == "" {
		return tags, post, usageError(c, "missing --url URL")
	}
	if tags, err = tagOptions(c); err != nil {
		return tags, post, err
	}
	post = postTemplate(c)
	post.URL = c.String("url")
	return tags, post, nil
}

// postTemplate reads the share flags into a share.Post.
func postTemplate(c *cli.Context) share.Post {
	return share.Post{
		Via:      strings.TrimPrefix(c.String("via"), "@"),
		Instance: c.String("instance"),
		UTM:      share.UTM{Campaign: c.String("utm-campaign")},
	}
}

// networkFlagsMode says how networkFlags makes --network: with
// share.DefaultNetworks as its default (links, bar), or with none, under
// the Sharing heading (batch: no network, hashtags only).
type networkFlagsMode int

const (
	networkFlagsDefault networkFlagsMode = iota
	networkFlagsSharing
)

// networkFlags are --network and --all, which networkList reads, with the
// usage texts given.
func networkFlags(mode networkFlagsMode, namesUsage, allUsage string) []cli.Flag {
	names := &cli.StringSliceFlag{Name: "network", Aliases: []string{"n"}, Usage: namesUsage, EnvVars: []string{"SHAREKIT_NETWORK"}}
	all := &cli.BoolFlag{Name: "all", Usage: allUsage}
	if mode == networkFlagsDefault {
		names.Value = cli.NewStringSlice(share.DefaultNetworks()...)
	} else {
		names.Category, all.Category = "Sharing", "Sharing"
	}
	return []cli.Flag{names, all}
}

// networkList reads --network (comma-separated, repeatable) and --all and
// chooses the networks by share.Select's rule, turning its errors into usage
// errors: every record would fail. --all with a --network of its own (or
// SHAREKIT_NETWORK) is one too, as in the HTTP API: one of the two would be
// ignored. With neither, the command's --network default (none for batch).
func networkList(c *cli.Context) ([]string, error) {
	all := c.Bool("all")
	if all && c.IsSet("network") {
		return nil, usageError(c, "--all and --network cannot be used together")
	}
	var names []string // with --all, the --network default does not count
	if !all {
		for _, v := range c.StringSlice("network") {
			names = append(names, strings.Split(v, ",")...)
		}
		if len(names) == 0 {
			return nil, nil // batch without --network: hashtags only
		}
	}
	networks, err := share.Select(names, all, c.String("instance"))
	return networks, networkUsage(c, err)
}

// networkUsage maps share.Select's errors (and an unknown --network of
// post) to the CLI's usage errors.
func networkUsage(c *cli.Context, err error) error {
	var ue *share.UnknownNetworkError
	var ie *share.InstanceRequiredError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ue):
		return usageError(c, "unknown network %q (want one of %s)", ue.Name, strings.Join(ue.Known, ", "))
	case errors.As(err, &ie):
		return usageError(c, "--network %s needs --instance HOST", ie.Network)
	case errors.Is(err, share.ErrNoNetworkNamed):
		var known []string
		for _, n := range share.Networks() {
			known = append(known, n.Name)
		}
		return usageError(c, "--network: no network named (want one or more of %s)", strings.Join(known, ", "))
	}
	return usageError(c, "%s", cliMessage(err))
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
		var fe *share.FieldError
		if errors.As(bv.err, &fe) {
			if flag, ok := postFieldFlags[fe.Field]; ok {
				return usageError(c, "%s: %s", flag, fe.Reason)
			}
		}
		return usageError(c, "%s", cliMessage(bv.err))
	}
	return err
}

// postFieldFlags names the flag that sets each share.Post field.
var postFieldFlags = map[string]string{
	"Post.URL":          "--url",
	"Post.Via":          "--via",
	"Post.Instance":     "--instance",
	"Post.UTM.Campaign": "--utm-campaign",
}

// libraryPrefixes start the messages of sharekit's packages, which name
// themselves as a Go library should; the CLI speaks for itself.
var libraryPrefixes = []string{"hashtag: ", "share: ", "batch: ", "server: "}

// cliMessage is an error's message without the library prefixes.
func cliMessage(err error) string {
	msg := err.Error()
	for again := true; again; {
		again = false
		for _, p := range libraryPrefixes {
			if strings.HasPrefix(msg, p) {
				msg, again = msg[len(p):], true
			}
		}
	}
	for _, p := range libraryPrefixes {
		msg = strings.ReplaceAll(msg, ": "+p, ": ") // "bad.csv:3: share: …"
	}
	return msg
}

// checkFormat returns a usage error unless format is one of allowed.
func checkFormat(c *cli.Context, format string, allowed ...string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	return usageError(c, "--format %q: want %s or %s", format, strings.Join(allowed[:len(allowed)-1], ", "), allowed[len(allowed)-1])
}

// parseSize reads a size flag (--max-body, --max-line-bytes): bytes, or a
// number with KiB, MiB, GiB, KB, MB or GB. Every size flag takes the same.
func parseSize(s string) (int64, error) {
	n, err := server.ParseSize(s)
	if err != nil {
		return 0, errors.New(strings.TrimPrefix(err.Error(), "server: "))
	}
	return n, nil
}
