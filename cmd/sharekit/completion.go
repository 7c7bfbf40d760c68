package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/internal/batch"
	"github.com/sharekit/sharekit/share"
)

// completeCommand is the hidden command the completion scripts call with the
// words typed so far, the word being completed last. run answers it before
// any command runs: completing never reads input, opens a file or starts a
// batch, whatever the words are.
const completeCommand = "__complete"

// completeFiles is the answer that tells a script to complete file names.
const completeFiles = ":files"

// The scripts are thin: every shell hands its words to `sharekit
// __complete` and shows the answer, one candidate a line, "candidate<TAB>
// description" (bash drops the descriptions), or ":files" for file names.
// So candidates never go stale, and the three shells agree.
const bashCompletion = `# bash completion for sharekit; load with: source <(sharekit completion bash)
_sharekit_complete() {
  local cur="${COMP_WORDS[COMP_CWORD]}" line
  local -a lines words
  local IFS=$'\n'
  lines=($("${COMP_WORDS[0]}" __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
  COMPREPLY=()
  if [[ "${lines[0]}" == ":files" ]]; then
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$cur"))
    return 0
  fi
  for line in "${lines[@]}"; do
    words+=("${line%%$'\t'*}")
  done
  COMPREPLY=($(compgen -W "${words[*]}" -- "$cur"))
  return 0
}
complete -F _sharekit_complete sharekit
`

const zshCompletion = `#compdef sharekit
# zsh completion for sharekit; load with: source <(sharekit completion zsh)
_sharekit() {
  local -a lines candidates
  local line
  lines=("${(@f)$(${words[1]} __complete "${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ "${lines[1]}" == ":files" ]]; then
    _files
    return
  fi
  for line in "${lines[@]}"; do
    [[ -z "$line" ]] && continue
    if [[ "$line" == *$'\t'* ]]; then
      candidates+=("${${line%%$'\t'*}//:/\\:}:${line#*$'\t'}")
    else
      candidates+=("${line//:/\\:}")
    fi
  done
  _describe -t sharekit 'sharekit' candidates
}
compdef _sharekit sharekit
`

const fishCompletion = `# fish completion for sharekit; load with: sharekit completion fish | source
function __sharekit_complete
    set -l words (commandline -opc) (commandline -ct)
    set -l lines (command $words[1] __complete $words[2..-1] 2>/dev/null)
    if test "$lines[1]" = ":files"
        __fish_complete_path (commandline -ct)
        return
    end
    printf '%s\n' $lines
end
complete -c sharekit -f -a '(__sharekit_complete)'
`

func completionCommand(stdout io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print a shell completion script (bash, zsh or fish)",
		ArgsUsage: "bash|zsh|fish",
		Description: `Prints a script that completes sharekit's commands, flags, flag values
and file arguments. Completing only asks sharekit for candidates: it never
reads input or runs a command.

Examples:
   source <(sharekit completion bash)
   sharekit completion zsh > "${fpath[1]}/_sharekit"
   sharekit completion fish > ~/.config/fish/completions/sharekit.fish`,
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageError(c, "want one shell: bash, zsh or fish")
			}
			var script string
			switch shell := c.Args().First(); shell {
			case "bash":
				script = bashCompletion
			case "zsh":
				script = zshCompletion
			case "fish":
				script = fishCompletion
			default:
				return usageError(c, "unknown shell %q: want bash, zsh or fish", shell)
			}
			_, err := io.WriteString(stdout, script)
			return err
		},
	}
}

// complete writes the candidates for the last of words (the words after
// "sharekit", the last one being completed, perhaps "") to w.
func complete(app *cli.App, words []string, w io.Writer) error {
	if len(words) == 0 {
		words = []string{""}
	}
	cur, before := words[len(words)-1], words[:len(words)-1]
	var out []string
	i := slices.IndexFunc(before, func(s string) bool { return !strings.HasPrefix(s, "-") })
	switch {
	case i < 0 && strings.HasPrefix(cur, "-"):
		out = []string{"--help\tshow help", "--version\tprint the version"}
	case i < 0:
		for _, c := range app.Commands {
			if !c.Hidden {
				out = append(out, c.Name+"\t"+c.Usage)
			}
		}
		out = append(out, "help\tshow help for a command")
	default:
		var err error
		if out, err = completeCommandWords(app, before[i], before[i+1:], cur); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, strings.Join(out, "\n")+"\n")
	return err
}

// completeCommandWords completes a word of the command named cmdName, with
// the words typed between the command and it.
func completeCommandWords(app *cli.App, cmdName string, typed []string, cur string) ([]string, error) {
	if cmdName == "help" {
		return commandNames(app), nil
	}
	cmd := app.Command(cmdName)
	if cmd == nil {
		return nil, nil
	}
	arity := flagArity(cmd)
	afterDashes := slices.Contains(typed, "--")
	// A value of the flag just before it?
	if n := len(typed); n > 0 && !afterDashes {
		prev := typed[n-1]
		name, _, hasValue := strings.Cut(strings.TrimLeft(prev, "-"), "=")
		if strings.HasPrefix(prev, "-") && arity[name] && !hasValue {
			return flagValues(cmd, name), nil
		}
	}
	if strings.HasPrefix(cur, "-") && !afterDashes {
		if name, _, ok := strings.Cut(strings.TrimLeft(cur, "-"), "="); ok {
			// --format=j: the value, after the flag as typed.
			flag := cur[:strings.Index(cur, "=")+1]
			var out []string
			for _, v := range flagValues(cmd, name) {
				if v != completeFiles {
					out = append(out, flag+v)
				}
			}
			return out, nil
		}
		return flagCandidates(cmd), nil
	}
	switch cmd.Name {
	case "batch":
		return []string{completeFiles}, nil
	case "completion":
		return []string{"bash", "zsh", "fish"}, nil
	}
	return nil, nil // headlines and texts: nothing to offer
}

func commandNames(app *cli.App) []string {
	var out []string
	for _, c := range app.Commands {
		if !c.Hidden {
			out = append(out, c.Name+"\t"+c.Usage)
		}
	}
	return out
}

// flagCandidates are cmd's flags, every name, with their descriptions.
func flagCandidates(cmd *cli.Command) []string {
	out := []string{"--help\tshow help"}
	for _, f := range cmd.Flags {
		usage := ""
		if d, ok := f.(cli.DocGenerationFlag); ok {
			usage = strings.ReplaceAll(d.GetUsage(), "`", "")
		}
		for _, n := range f.Names() {
			out = append(out, fmt.Sprintf("%s\t%s", dashed(n), usage))
		}
	}
	return out
}

// flagValues are the values flag name of cmd can take, when they are few
// and known; completeFiles for a file name; none for free text.
func flagValues(cmd *cli.Command, name string) []string {
	switch name {
	case "style":
		return hashtag.StyleNames()
	case "case":
		return hashtag.CaseNames()
	case "lang":
		return hashtag.Languages()
	case "format", "f":
		if cmd.Name == "batch" {
			return batch.OutputFormats
		}
		return []string{"text", "json", "jsonl"}
	case "input-format", "i":
		return []string{"txt", "csv", "tsv", "jsonl"}
	case "log-format":
		return []string{"text", "json"}
	case "network", "n":
		var out []string
		for _, n := range share.Networks() {
			out = append(out, n.Name)
		}
		return out
	case "stopwords", "output", "o":
		return []string{completeFiles}
	}
	return nil
}
