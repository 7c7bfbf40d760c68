package share

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// The bar's own colours, light and dark. The links draw their own
// background, so the icons' contrast is known whatever the page behind.
const (
	lightText, lightBack, lightBorder, lightFocus = "#1f2328", "#ffffff", "#c4c9d0", "#0b57d0"
	darkText, darkBack, darkBorder, darkFocus     = "#e6edf3", "#161b22", "#454c55", "#8ab4f8"
)

// minIconContrast is WCAG 2.2's 1.4.11 minimum for graphics (3:1): a brand
// colour with less against the link's background (X's black in dark mode)
// is drawn in the text colour instead.
const minIconContrast = 3.0

// BarCSS returns a small stylesheet for [Bar] with the same ClassPrefix: a
// row of rounded links that wraps, a visible focus ring, brand-coloured
// icons where the colour keeps 3:1 contrast against the link, and dark
// colours under prefers-color-scheme: dark. It needs no other CSS and sets
// nothing outside the bar's classes. Only ClassPrefix of opts is used.
func BarCSS(opts BarOptions) (string, error) {
	pre := opts.ClassPrefix
	if pre == "" {
		pre = defaultClassPref
	} else if !validClassPrefix(pre) {
		return "", fieldErr("BarOptions.ClassPrefix", pre, "want a letter, then letters, digits, '-' or '_'")
	}
	var b strings.Builder
	w := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(strings.ReplaceAll(p, "P-", pre))
		}
		b.WriteByte('\n')
	}
	w(".P-bar{display:flex;flex-wrap:wrap;align-items:center;gap:.5em;margin:1em 0;font-size:.9375rem;line-height:1.2}")
	w(".P-label{font-weight:600}")
	w(".P-list{display:flex;flex-wrap:wrap;gap:.5em;margin:0;padding:0;list-style:none}")
	w(".P-item{margin:0;padding:0}")
	w(".P-link{display:inline-flex;align-items:center;gap:.45em;min-height:2.25em;box-sizing:border-box;padding:.3em .8em;border:1px solid ", lightBorder,
		";border-radius:999px;color:", lightText, ";background:", lightBack, ";font:inherit;text-decoration:none;white-space:nowrap}")
	w(".P-link:hover{border-color:currentColor}")
	w(".P-link:focus-visible{outline:3px solid ", lightFocus, ";outline-offset:2px}")
	w(".P-icon{flex:none;fill:currentColor}")
	light, dark := brandRules(lightBack), brandRules(darkBack)
	for _, r := range light {
		w(".P-", r.name, " .P-icon{fill:", r.fill, "}")
	}
	w("@media (prefers-color-scheme:dark){")
	w(".P-link{color:", darkText, ";background:", darkBack, ";border-color:", darkBorder, "}")
	w(".P-link:focus-visible{outline-color:", darkFocus, "}")
	for _, r := range dark {
		w(".P-", r.name, " .P-icon{fill:", r.fill, "}")
	}
	w("}")
	w("@media (forced-colors:active){.P-icon{fill:CanvasText}.P-link{border-color:CanvasText}}")
	return b.String(), nil
}

type brandRule struct{ name, fill string }

// brandRules returns, for each network with a brand icon, the fill to draw
// it with on background back: its brand colour when that keeps
// minIconContrast, else the text colour (currentColor). Sorted by name.
func brandRules(back string) []brandRule {
	names := make([]string, 0, len(brandIcons))
	for n := range brandIcons {
		names = append(names, n)
	}
	slices.Sort(names)
	out := make([]brandRule, 0, len(names))
	for _, n := range names {
		hex := brandIcons[n].hex
		fill := "currentColor"
		if contrast(hex, strings.TrimPrefix(back, "#")) >= minIconContrast {
			fill = "#" + strings.ToLower(hex)
		}
		out = append(out, brandRule{n, fill})
	}
	return out
}

// contrast is the WCAG contrast ratio of two RRGGBB colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance is WCAG's relative luminance of an RRGGBB colour.
func luminance(hex string) float64 {
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || len(hex) != 6 {
		return 0
	}
	ch := func(shift uint) float64 {
		c := float64((v>>shift)&0xff) / 255
		if c <= 0.04045 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(16) + 0.7152*ch(8) + 0.0722*ch(0)
}
