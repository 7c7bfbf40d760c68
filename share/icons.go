package share

//go:generate go run gen_icons.go -version 16.37.0

// icon is one network icon: an SVG path on a 24×24 grid and the brand
// colour (hex, "" for a generic glyph). A plain value.
type icon struct {
	slug    string // simple-icons slug, "" for a generic glyph
	hex     string // brand colour, RRGGBB
	d       string // path data: numbers and commands only
	evenOdd bool   // fill-rule evenodd (the generic glyphs cut holes)
}

// Generic glyphs, drawn for sharekit (public domain like the rest of the
// icons): an envelope for email, a speech bubble for SMS, and an arrow out
// of a box for every network without a CC0 brand icon (LinkedIn and
// Microsoft Teams, whose owners had theirs removed from simple-icons;
// Lobsters, whose icon is BSD-licensed; networks a caller registers).
var (
	envelopeIcon = icon{d: "M2 4h20v16H2V4zm2 2v.4l8 5.1 8-5.1V6H4zm16 2.8-8 5.1-8-5.1V18h16V8.8z", evenOdd: true}
	bubbleIcon   = icon{d: "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm4 8.5a1.5 1.5 0 1 0-3 0 1.5 1.5 0 0 0 3 0zm5.5 0a1.5 1.5 0 1 0-3 0 1.5 1.5 0 0 0 3 0zm5.5 0a1.5 1.5 0 1 0-3 0 1.5 1.5 0 0 0 3 0z", evenOdd: true}
	linkIcon     = icon{d: "M14 3h7v7h-2V6.41l-9.3 9.3-1.4-1.42L17.58 5H14V3zM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z"}
)

// iconFor returns the icon of the network called name.
func iconFor(name string) icon {
	if ic, ok := brandIcons[name]; ok {
		return ic
	}
	switch name {
	case "email":
		return envelopeIcon
	case "sms":
		return bubbleIcon
	}
	return linkIcon
}
