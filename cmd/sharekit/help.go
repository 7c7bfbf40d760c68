package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"
)

// sharekit renders its own help rather than through urfave/cli's templates,
// so that every command's --help has the same shape: one placeholder style
// (`--max N`, `--output FILE`), no "(default: false)" on switches, a
// repeatable flag said so in words, and --help listed last on every command.
// TestHelpGolden holds every command's --help to a golden file.
func init() {
	cli.HelpPrinter = printHelp
}

func printHelp(w io.Writer, _ string, data any) {
	var err error
	switch d := data.(type) {
	case *cli.App:
		err = appHelp(w, d)
	case *cli.Command:
		err = commandHelp(w, d)
	default:
		err = fmt.Errorf("no help for %T", data)
	}
	if err != nil {
		fmt.Fprintln(w, err)
	}
}

func appHelp(w io.Writer, app *cli.App) error {
	var b strings.Builder
	fmt.Fprintf(&b, "NAME:\n   %s - %s\n\n", app.Name, app.Usage)
	fmt.Fprintf(&b, "USAGE:\n   %s\n\n", strings.TrimPrefix(rootUsage, "usage: "))
	fmt.Fprintf(&b, "VERSION:\n   %s\n\n", app.Version)
	b.WriteString("COMMANDS:\n")
	tw := tabwriter.NewWriter(&b, 0, 8, 2, ' ', 0)
	for _, c := range app.Commands {
		if c.Hidden || c.Name == "help" {
			continue
		}
		fmt.Fprintf(tw, "   %s\t%s\n", c.Name, c.Usage)
	}
	fmt.Fprintf(tw, "   help\tshow help for a command (same as COMMAND --help)\n")
	tw.Flush()
	b.WriteString("\nGLOBAL OPTIONS:\n")
	tw = tabwriter.NewWriter(&b, 0, 8, 2, ' ', 0)
	fmt.Fprintf(tw, "   --help, -h\tshow help\n")
	fmt.Fprintf(tw, "   --version, -v\tprint the version\n")
	tw.Flush()
	b.WriteString("\nRun 'sharekit COMMAND --help' for a command's options and examples.\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func commandHelp(w io.Writer, c *cli.Command) error {
	var b strings.Builder
	fmt.Fprintf(&b, "NAME:\n   sharekit %s - %s\n\n", c.Name, c.Usage)
	fmt.Fprintf(&b, "USAGE:\n   %s\n", strings.TrimSpace("sharekit "+c.Name+" [options] "+c.ArgsUsage))
	if c.Description != "" {
		b.WriteString("\nDESCRIPTION:\n")
		for _, line := range strings.Split(c.Description, "\n") {
			if line == "" {
				b.WriteString("\n")
				continue
			}
			b.WriteString("   " + line + "\n")
		}
	}
	// Flags without a category first, then each category in the order its
	// first flag comes.
	var order []string
	groups := map[string][]cli.Flag{}
	for _, f := range c.Flags {
		if f == cli.HelpFlag {
			continue
		}
		cat := ""
		if cf, ok := f.(cli.CategorizableFlag); ok {
			cat = cf.GetCategory()
		}
		if _, seen := groups[cat]; !seen && cat != "" {
			order = append(order, cat)
		}
		groups[cat] = append(groups[cat], f)
	}
	b.WriteString("\nOPTIONS:\n")
	tw := tabwriter.NewWriter(&b, 0, 8, 2, ' ', 0)
	for _, f := range groups[""] {
		name, usage := flagHelp(f)
		fmt.Fprintf(tw, "   %s\t%s\n", name, usage)
	}
	fmt.Fprintf(tw, "   --help, -h\tshow help\n")
	tw.Flush()
	for _, cat := range order {
		fmt.Fprintf(&b, "\n   %s:\n", cat)
		tw := tabwriter.NewWriter(&b, 0, 8, 2, ' ', 0)
		for _, f := range groups[cat] {
			name, usage := flagHelp(f)
			fmt.Fprintf(tw, "   %s\t%s\n", name, usage)
		}
		tw.Flush()
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// flagHelp returns a flag's names with its placeholder (`--network NAME, -n
// NAME`) and its description with the default, the environment variable
// and whether it repeats.
func flagHelp(f cli.Flag) (names, usage string) {
	d, _ := f.(cli.DocGenerationFlag)
	placeholder := ""
	if d != nil {
		usage = d.GetUsage()
		if d.TakesValue() {
			placeholder = flagPlaceholder(f, usage)
		}
	}
	usage = strings.ReplaceAll(usage, "`", "")
	var parts []string
	for _, n := range f.Names() {
		p := dashed(n)
		if placeholder != "" {
			p += " " + placeholder
		}
		parts = append(parts, p)
	}
	if d != nil && d.TakesValue() {
		if def := d.GetDefaultText(); def != "" {
			def = strings.ReplaceAll(strings.ReplaceAll(def, `"`, ""), ", ", ",")
			if def != "0" {
				usage += " (default: " + def + ")"
			}
		}
	}
	if _, ok := f.(*cli.StringSliceFlag); ok {
		usage += " (repeatable)"
	}
	if d != nil {
		if env := d.GetEnvVars(); len(env) > 0 {
			usage += " [$" + strings.Join(env, ", $") + "]"
		}
	}
	return strings.Join(parts, ", "), usage
}

// flagPlaceholder is the word in backquotes in a flag's usage, or one that
// its type suggests.
func flagPlaceholder(f cli.Flag, usage string) string {
	if i := strings.IndexByte(usage, '`'); i >= 0 {
		if j := strings.IndexByte(usage[i+1:], '`'); j >= 0 {
			return usage[i+1 : i+1+j]
		}
	}
	switch f.(type) {
	case *cli.IntFlag:
		return "N"
	case *cli.DurationFlag:
		return "DURATION"
	}
	name := f.Names()[0]
	return strings.ToUpper(name[strings.LastIndexByte(name, '-')+1:])
}
