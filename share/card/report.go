package card

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"unicode"
)

// WriteText writes r for people: each network's card, then the findings,
// one a line, errors first.
//
//	x: summary_large_image
//	  title        Fed holds rates steady  [og:title, line 7]
//	  …
//	2 findings
//	  error    x, facebook, linkedin  og:image (line 9): image "/img/fed.jpg" is relative: …
func (r *Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if r.Source != "" {
		bw.WriteString(r.Source + "\n")
	}
	for _, c := range r.Cards {
		bw.WriteString(c.Network + ": " + c.Kind + "\n")
		row := func(label string, v Value, extra string) {
			bw.WriteString("  " + label + strings.Repeat(" ", 13-len(label)))
			if v.Text == "" {
				bw.WriteString("(none)\n")
				return
			}
			bw.WriteString(printable(v.Text) + extra + "  [" + v.From)
			if v.Line > 0 {
				bw.WriteString(", line " + strconv.Itoa(v.Line))
			}
			bw.WriteString("]\n")
		}
		row("title", c.Title, "")
		row("description", c.Description, "")
		size := ""
		if c.ImageWidth > 0 {
			size = " (" + strconv.Itoa(c.ImageWidth) + "×" + strconv.Itoa(c.ImageHeight) + ")"
		}
		row("image", c.Image, size)
		row("image alt", c.ImageAlt, "")
	}
	switch len(r.Findings) {
	case 0:
		bw.WriteString("no findings\n")
	case 1:
		bw.WriteString("1 finding\n")
	default:
		bw.WriteString(strconv.Itoa(len(r.Findings)) + " findings\n")
	}
	for _, f := range r.Findings {
		bw.WriteString("  " + f.Severity + strings.Repeat(" ", 9-len(f.Severity)) + strings.Join(f.Networks, ", ") + "  ")
		if f.Tag != "" {
			bw.WriteString(f.Tag)
			if f.Line > 0 {
				bw.WriteString(" (line " + strconv.Itoa(f.Line) + ")")
			}
			bw.WriteString(": ")
		}
		bw.WriteString(printable(f.Message) + "\n")
	}
	return bw.Flush()
}

// printable replaces control characters (a page's values may hold any) so
// that a report cannot move a terminal's cursor or ring its bell.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}
