package main

import (
	"io"

	"github.com/urfave/cli/v2"
)

// The bash and zsh scripts ask sharekit itself for the candidates
// (--generate-bash-completion, which urfave/cli answers from the app's
// commands and flags), so they never go stale.
const bashCompletion = `# bash completion for sharekit; load with: source <(sharekit completion bash)
_sharekit_complete() {
  local cur opts
  COMPREPLY=()
  cur="${COMP_WORDS[COMP_CWORD]}"
  if [[ "$cur" == "-"* ]]; then
    opts=$("${COMP_WORDS[@]:0:$COMP_CWORD}" "$cur" --generate-bash-completion 2>/dev/null)
  else
    opts=$("${COMP_WORDS[@]:0:$COMP_CWORD}" --generate-bash-completion 2>/dev/null)
  fi
  COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  return 0
}
complete -o bashdefault -o default -F _sharekit_complete sharekit
`

const zshCompletion = `#compdef sharekit
# zsh completion for sharekit; load with: source <(sharekit completion zsh)
_sharekit() {
  local -a opts
  local cur=${words[-1]}
  if [[ "$cur" == "-"* ]]; then
    opts=("${(@f)$(${words[@]:0:#words[@]-1} "$cur" --generate-bash-completion 2>/dev/null)}")
  else
    opts=("${(@f)$(${words[@]:0:#words[@]-1} --generate-bash-completion 2>/dev/null)}")
  fi
  if [[ "${opts[1]}" != "" ]]; then
    _describe 'values' opts
  else
    _files
  fi
}
compdef _sharekit sharekit
`

func completionCommand(stdout io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print a shell completion script (bash, zsh or fish)",
		ArgsUsage: "bash|zsh|fish",
		Description: `Examples:
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
				s, err := c.App.ToFishCompletion()
				if err != nil {
					return err
				}
				script = s
			default:
				return usageError(c, "unknown shell %q: want bash, zsh or fish", shell)
			}
			_, err := io.WriteString(stdout, script)
			return err
		},
	}
}
