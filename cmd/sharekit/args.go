package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
)

// gnuArgs reorders a command line so that urfave/cli/v2, which stops reading
// flags at the first argument, sees every flag: the GNU convention users
// type by habit (`sharekit batch in.csv -o out.jsonl`). For the command
// named in args, each word that starts with "-" (but is not "-" itself) up
// to a "--" is a flag, and when the command defines it as taking a value
// and it has no "=value", the next word is its value. Flags move before the
// arguments, in their order; the arguments follow a "--" of our own, so that
// one starting with "-" (`sharekit tags -- "-5 degrees in Oslo"`) stays an
// argument. Everything after the user's own "--" is an argument.
//
// A word that looks like a flag the command does not define is an
// *unknownFlagError here, rather than Go's "flag provided but not defined:
// -bogus" later, so the message can name the flag as it was typed and say
// how to pass an argument that starts with "-".
//
// Words before the command (sharekit's own --help, --version) and commands
// that are not found are left as they are: urfave/cli reports those.
func gnuArgs(app *cli.App, args []string) ([]string, error) {
	if len(args) < 2 {
		return args, nil
	}
	i := 1
	for i < len(args) && strings.HasPrefix(args[i], "-") && args[i] != "-" && args[i] != "--" {
		i++ // sharekit's own flags: all of them booleans
	}
	if i >= len(args) {
		return args, nil
	}
	cmd := app.Command(args[i])
	if cmd == nil || len(cmd.Subcommands) > 0 || cmd.SkipFlagParsing {
		return args, nil
	}
	takesValue := flagArity(cmd)
	flags := []string{}
	var params []string
	help := false
	rest := args[i+1:]
	for j := 0; j < len(rest); j++ {
		a := rest[j]
		if a == "--" {
			params = append(params, rest[j+1:]...)
			break
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			params = append(params, a)
			continue
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		value, known := takesValue[name]
		if !known {
			return nil, &unknownFlagError{command: cmd, flag: a}
		}
		if name == "help" || name == "h" {
			help = true
		}
		flags = append(flags, a)
		if value && !hasValue {
			if j+1 == len(rest) {
				return nil, &flagValueError{command: cmd, flag: a}
			}
			j++
			flags = append(flags, rest[j])
		}
	}
	if help {
		// --help anywhere is the command's help, whatever else was typed;
		// urfave/cli would read an argument after it as a help topic.
		return append(slices.Clone(args[:i+1]), "--help"), nil
	}
	out := make([]string, 0, len(args)+1)
	out = append(out, args[:i+1]...)
	out = append(out, flags...)
	if len(params) > 0 {
		out = append(out, "--")
		out = append(out, params...)
	}
	return out, nil
}

// flagArity maps every name (and alias) of cmd's flags, --help included, to
// whether the flag takes a value.
func flagArity(cmd *cli.Command) map[string]bool {
	m := map[string]bool{"help": false, "h": false}
	for _, f := range cmd.Flags {
		value := true
		if tv, ok := f.(interface{ TakesValue() bool }); ok {
			value = tv.TakesValue()
		}
		for _, n := range f.Names() {
			m[n] = value
		}
	}
	return m
}

// flagValueError is a flag that takes a value typed last, without one.
type flagValueError struct {
	command *cli.Command
	flag    string
}

func (e *flagValueError) Error() string { return e.flag + " needs a value" }

// unknownFlagError is a word that looks like a flag the command does not
// have.
type unknownFlagError struct {
	command *cli.Command
	flag    string
}

func (e *unknownFlagError) Error() string {
	name, _, _ := strings.Cut(e.flag, "=")
	if strings.ContainsAny(name, " \t") {
		// A headline, most likely: quote it, so it reads as one word.
		name = strconv.Quote(name)
	}
	if s := suggestFlag(e.command, strings.TrimLeft(name, "-")); s != "" {
		return fmt.Sprintf("unknown flag %s (did you mean %s?)", name, s)
	}
	return fmt.Sprintf("unknown flag %s (an argument that starts with '-' goes after --)", name)
}

// suggestFlag returns the command's long flag closest to name, or "" when
// none is within two edits.
func suggestFlag(cmd *cli.Command, name string) string {
	names := slices.Sorted(maps.Keys(flagArity(cmd)))
	best, bestDist := "", 3
	for _, n := range names {
		if d := editDistance(name, n); len(n) > 1 && d < bestDist {
			best, bestDist = "--"+n, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance of two short words.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
