package share

import (
	"errors"
	"html/template"
	"strconv"
	"strings"
)

// BarDisplay says what each link of a share bar shows.
type BarDisplay int

const (
	// IconsAndNames shows each network's icon and its name (the default).
	IconsAndNames BarDisplay = iota
	// IconsOnly shows the icons; the name stays the link's accessible name
	// (aria-label) and its tooltip (title).
	IconsOnly
	// NamesOnly shows the names, no icons.
	NamesOnly
)

// ParseBarDisplay parses "icons-and-names" (or ""), "icons" or "names", as
// flags and JSON write them.
func ParseBarDisplay(s string) (BarDisplay, error) {
	switch s {
	case "", "icons-and-names", "both":
		return IconsAndNames, nil
	case "icons", "icons-only":
		return IconsOnly, nil
	case "names", "names-only", "text":
		return NamesOnly, nil
	}
	return 0, fieldErr("BarOptions.Display", s, "want icons-and-names, icons or names")
}

// String returns the name ParseBarDisplay reads.
func (d BarDisplay) String() string {
	switch d {
	case IconsAndNames:
		return "icons-and-names"
	case IconsOnly:
		return "icons"
	case NamesOnly:
		return "names"
	}
	return "BarDisplay(" + strconv.Itoa(int(d)) + ")"
}

// BarOptions shape a share bar. The zero value means the defaults: a
// visible "Share" label, icons and names, 20px icons, classes starting
// "sharekit-", links opening in a new tab, the built-in networks. A plain
// value; Bar only reads it.
type BarOptions struct {
	// Label names the bar: the accessible name of its <nav> and the text
	// shown before the links. "" means "Share".
	Label string
	// HideLabel leaves the visible label out; the <nav> keeps its name.
	HideLabel bool
	// Display is what each link shows: icon and name, icon, or name.
	Display BarDisplay
	// IconSize is the icons' width and height in CSS pixels, written on
	// each <svg> so that the bar looks right without any stylesheet. 0
	// means 20; at most 128.
	IconSize int
	// ClassPrefix starts every class name of the bar (and of [BarCSS]):
	// a letter, then letters, digits, '-' or '_'. "" means "sharekit-".
	ClassPrefix string
	// Target is the target of the web links; "" means "_blank" (a new
	// tab, so the article stays open). Links that open an app (mailto:,
	// sms:, viber://) never get one. A browsing context name: "_self",
	// "_parent", "_top", or letters, digits, '-' and '_'.
	Target string
	// Registry supplies the networks; nil means the built-in ones.
	Registry *Registry
}

// Defaults of BarOptions.
const (
	defaultBarLabel  = "Share"
	defaultIconSize  = 20
	maxIconSize      = 128
	defaultClassPref = "sharekit-"
	defaultTarget    = "_blank"
)

// barConfig is BarOptions checked, with the defaults filled in.
type barConfig struct {
	label, prefix, target string
	size                  string // IconSize as written in the width/height attributes
	hideLabel             bool
	display               BarDisplay
	reg                   *Registry
}

func (o BarOptions) config() (barConfig, error) {
	c := barConfig{label: o.Label, prefix: o.ClassPrefix, target: o.Target, hideLabel: o.HideLabel, display: o.Display, reg: o.Registry}
	if c.label = cleanLine(c.label); c.label == "" {
		c.label = defaultBarLabel // a label of only space or controls names nothing
	}
	if c.prefix == "" {
		c.prefix = defaultClassPref
	} else if !validClassPrefix(c.prefix) {
		return c, fieldErr("BarOptions.ClassPrefix", c.prefix, "want a letter, then letters, digits, '-' or '_'")
	}
	if c.target == "" {
		c.target = defaultTarget
	} else if !validTarget(c.target) {
		return c, fieldErr("BarOptions.Target", c.target, "want _blank, _self, _parent, _top or a name of letters, digits, '-' and '_'")
	}
	size := o.IconSize
	if size == 0 {
		size = defaultIconSize
	}
	if size < 1 || size > maxIconSize {
		return c, fieldErr("BarOptions.IconSize", strconv.Itoa(o.IconSize), "want 1 to "+strconv.Itoa(maxIconSize)+" pixels (0: 20)")
	}
	c.size = strconv.Itoa(size)
	if c.display < IconsAndNames || c.display > NamesOnly {
		return c, fieldErr("BarOptions.Display", c.display.String(), "unknown display")
	}
	return c, nil
}

func validClassPrefix(s string) bool {
	if len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '-' || c == '_'):
		default:
			return false
		}
	}
	return s != ""
}

func validTarget(s string) bool {
	switch s {
	case "_blank", "_self", "_parent", "_top":
		return true
	}
	if s[0] == '_' || len(s) > 64 {
		return false // other names starting '_' are reserved
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// Bar returns a share bar for p: a <nav> labelled "Share" holding a list of
// plain links, one a network, in the order named (a name given twice counts
// once); with no names, every network p can be shared to, as [Links]. Each
// link is the network's share URL, exactly as [URL] builds it, with the
// network's icon (inline SVG: simple-icons' brand icons, CC0) and its name
// as the link's accessible name, and rel="noopener noreferrer".
//
// The bar is static HTML: no script, no style attribute (it runs under a
// strict Content-Security-Policy), no image or font loaded from anywhere,
// so nothing reaches a network until the reader clicks. Every value is
// escaped for where it is written, as html/template would; the links' URLs
// are checked to be https, http, mailto or an allowed app scheme.
//
// Style it with [BarCSS] or the page's own CSS. An error of the options
// or the network list (an unknown network, Mastodon without an instance)
// is returned as a *NetworkError or *FieldError, with no HTML. A network
// that cannot take this post (a URL too long for Bluesky) is left out of
// the bar, which is returned with the others, together with the error
// (errors.Join of each such *NetworkError): one network never sinks the
// bar. When none can take it (an unsafe page URL), there is no HTML.
func Bar(p Post, opts BarOptions, networks ...string) (template.HTML, error) {
	cfg, err := opts.config()
	if err != nil {
		return "", err
	}
	cs, err := cfg.reg.barNetworks(p, networks)
	if err != nil {
		return "", err
	}
	// Links first: a network whose link fails is left out, not written
	// half.
	var buf [8]string
	links := buf[:0]
	var failed []error
	kept := cs[:0:0]
	for _, c := range cs {
		u, err := c.link(p)
		if err == nil && !safeHref(u) {
			err = fieldErr("Network.Template", c.Template, "makes a link that is not https, http, mailto or an app scheme")
		}
		var fe *FieldError
		if errors.As(err, &fe) && fe.Field == "Post.Instance" {
			// Mastodon without a server is the caller's setting, not this
			// post's: the whole request is wrong, as in Links callers.
			return "", &NetworkError{Network: c.Name, Err: err}
		}
		if err != nil {
			failed = append(failed, &NetworkError{Network: c.Name, Err: err})
			continue
		}
		kept = append(kept, c)
		links = append(links, u)
	}
	if len(kept) == 0 && len(failed) > 0 {
		return "", failed[0]
	}
	cs = kept
	n := 200 + len(cfg.label)*2
	for i, c := range cs {
		n += 260 + len(links[i]) + len(c.Title)*2 + 4*len(cfg.prefix)
		if cfg.display != NamesOnly {
			n += 120 + len(iconFor(c.Name).d)
		}
	}
	var b strings.Builder
	b.Grow(n)
	pre := cfg.prefix
	b.WriteString(`<nav class="`)
	b.WriteString(pre)
	b.WriteString(`bar" aria-label="`)
	writeHTMLEscaped(&b, cfg.label)
	b.WriteString(`">`)
	if !cfg.hideLabel {
		// Hidden from assistive technology, which reads the nav's name.
		b.WriteString(`<span class="`)
		b.WriteString(pre)
		b.WriteString(`label" aria-hidden="true">`)
		writeHTMLEscaped(&b, cfg.label)
		b.WriteString(`</span>`)
	}
	b.WriteString(`<ul class="`)
	b.WriteString(pre)
	b.WriteString(`list">`)
	for i, c := range cs {
		title := cleanLine(c.Title) // a registered Title may be anything
		b.WriteString(`<li class="`)
		b.WriteString(pre)
		b.WriteString(`item `)
		b.WriteString(pre)
		writeHTMLEscaped(&b, c.Name)
		b.WriteString(`"><a class="`)
		b.WriteString(pre)
		b.WriteString(`link" href="`)
		writeHTMLEscaped(&b, links[i])
		b.WriteByte('"')
		if webLink(links[i]) {
			b.WriteString(` target="`)
			b.WriteString(cfg.target) // checked: letters, digits, '-', '_'
			b.WriteByte('"')
		}
		b.WriteString(` rel="noopener noreferrer"`)
		if cfg.display == IconsOnly {
			b.WriteString(` aria-label="`)
			writeHTMLEscaped(&b, title)
			b.WriteString(`" title="`)
			writeHTMLEscaped(&b, title)
			b.WriteByte('"')
		}
		b.WriteByte('>')
		if cfg.display != NamesOnly {
			ic := iconFor(c.Name)
			b.WriteString(`<svg class="`)
			b.WriteString(pre)
			b.WriteString(`icon" width="`)
			b.WriteString(cfg.size)
			b.WriteString(`" height="`)
			b.WriteString(cfg.size)
			b.WriteString(`" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path`)
			if ic.evenOdd {
				b.WriteString(` fill-rule="evenodd"`)
			}
			b.WriteString(` d="`)
			b.WriteString(ic.d) // path data only: checked by gen_icons.go and TestIcons
			b.WriteString(`"/></svg>`)
		}
		if cfg.display != IconsOnly {
			b.WriteString(`<span class="`)
			b.WriteString(pre)
			b.WriteString(`name">`)
			writeHTMLEscaped(&b, title)
			b.WriteString(`</span>`)
		}
		b.WriteString(`</a></li>`)
	}
	b.WriteString(`</ul></nav>`)
	return template.HTML(b.String()), errors.Join(failed...)
}

// barNetworks returns the networks of a bar: those named, in order, each
// once; with none, every network p can be shared to (as Links).
func (r *Registry) barNetworks(p Post, names []string) ([]*compiled, error) {
	return r.resolve(nil, names, len(names) == 0, p.Instance)
}

// safeHref reports whether u may be written as an href: its scheme is
// https, http, mailto or an allowed app scheme.
func safeHref(u string) bool {
	scheme, _, ok := strings.Cut(u, ":")
	if !ok {
		return false
	}
	switch strings.ToLower(scheme) {
	case "https", "http", "mailto":
		return true
	}
	return IsAppScheme(scheme)
}

// webLink reports an http(s) link, which opens a page (and so takes a
// target); mailto: and app schemes open an app.
func webLink(u string) bool {
	return len(u) > 5 && (strings.EqualFold(u[:6], "https:") || strings.EqualFold(u[:5], "http:"))
}

// writeHTMLEscaped writes s escaped as appendHTMLEscaped does.
func writeHTMLEscaped(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		if esc := htmlEscape(s[i]); esc != "" {
			b.WriteString(s[last:i])
			b.WriteString(esc)
			last = i + 1
		}
	}
	b.WriteString(s[last:])
}

// appendHTMLEscaped appends s escaped for HTML text and quoted attribute
// values, as html/template's HTMLEscape does: & < > " ' and NUL.
func appendHTMLEscaped(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		if esc := htmlEscape(s[i]); esc != "" {
			b = append(b, s[last:i]...)
			b = append(b, esc...)
			last = i + 1
		}
	}
	return append(b, s[last:]...)
}

// htmlEscape is what the byte c becomes in HTML text and quoted attribute
// values, or "" when it stays as it is.
func htmlEscape(c byte) string {
	switch c {
	case '&':
		return "&amp;"
	case '<':
		return "&lt;"
	case '>':
		return "&gt;"
	case '"':
		return "&#34;"
	case '\'':
		return "&#39;"
	case 0:
		return "\uFFFD"
	}
	return ""
}
