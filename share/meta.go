package share

import (
	"html/template"
	"strconv"
	"strings"
	"time"
)

// Card is what a page's link card shows when the page is shared: the
// Open Graph and Twitter Card values [Meta] writes into its <head>. Only
// Title and URL are needed; empty fields are left out. A plain value.
type Card struct {
	Title       string // og:title: the headline
	Description string // og:description: a sentence or two
	URL         string // og:url: the page's canonical URL, absolute
	SiteName    string // og:site_name
	Type        string // og:type; "" means "article"
	Locale      string // og:locale, e.g. "en_GB"

	Image       string // og:image: absolute https URL, 1200×630 suits every network
	ImageWidth  int    // og:image:width, in pixels (lets Facebook show the image on the first share)
	ImageHeight int    // og:image:height
	ImageAlt    string // og:image:alt and twitter:image:alt

	Published time.Time // article:published_time, when set
	Modified  time.Time // article:modified_time, when set
	Author    string    // article:author (a name or profile URL)

	// TwitterCard is the X card type: "summary_large_image" or "summary";
	// "" means summary_large_image when there is an image, else summary.
	TwitterCard    string
	TwitterSite    string // twitter:site, the publisher's X handle (a leading '@' is added when missing)
	TwitterCreator string // twitter:creator, the author's X handle
}

// Meta returns the <meta> tags for c that X, Facebook, LinkedIn and the
// other networks read to build a link card: og:title, og:description,
// og:url, og:type, og:site_name, og:locale, og:image with its width, height
// and alt, article:published_time and article:modified_time (RFC 3339),
// article:author, twitter:card, twitter:site, twitter:creator and
// twitter:image:alt. X falls back to the og: tags for its title,
// description and image, so they are not repeated as twitter: tags.
//
// Each tag is on its own line, in that order; every value is escaped as an
// attribute (as html/template does), text is made one line (white space
// runs become one space, control characters go), and empty values are
// left out. Meta does not judge the values: the card checker
// (sharekit card, package share/card) says what a network will make of them.
func Meta(c Card) template.HTML {
	b := make([]byte, 0, 512+len(c.Title)+len(c.Description)+len(c.URL)+len(c.Image)+len(c.ImageAlt))
	prop := func(key, val string) {
		if val == "" {
			return
		}
		b = append(b, `<meta property="`...)
		b = append(b, key...)
		b = append(b, `" content="`...)
		b = appendHTMLEscaped(b, val)
		b = append(b, "\">\n"...)
	}
	name := func(key, val string) {
		if val == "" {
			return
		}
		b = append(b, `<meta name="`...)
		b = append(b, key...)
		b = append(b, `" content="`...)
		b = appendHTMLEscaped(b, val)
		b = append(b, "\">\n"...)
	}
	typ := cleanLine(c.Type)
	if typ == "" {
		typ = "article"
	}
	image := oneToken(c.Image)
	prop("og:title", cleanLine(c.Title))
	prop("og:description", cleanLine(c.Description))
	prop("og:url", oneToken(c.URL))
	prop("og:type", typ)
	prop("og:site_name", cleanLine(c.SiteName))
	prop("og:locale", cleanLine(c.Locale))
	if image != "" {
		prop("og:image", image)
		if c.ImageWidth > 0 && c.ImageHeight > 0 {
			prop("og:image:width", strconv.Itoa(c.ImageWidth))
			prop("og:image:height", strconv.Itoa(c.ImageHeight))
		}
		prop("og:image:alt", cleanLine(c.ImageAlt))
	}
	if !c.Published.IsZero() {
		prop("article:published_time", c.Published.Format(time.RFC3339))
	}
	if !c.Modified.IsZero() {
		prop("article:modified_time", c.Modified.Format(time.RFC3339))
	}
	prop("article:author", cleanLine(c.Author))
	card := cleanLine(c.TwitterCard)
	if card == "" {
		card = "summary"
		if image != "" {
			card = "summary_large_image"
		}
	}
	name("twitter:card", card)
	name("twitter:site", handle(c.TwitterSite))
	name("twitter:creator", handle(c.TwitterCreator))
	if image != "" {
		name("twitter:image:alt", cleanLine(c.ImageAlt))
	}
	return template.HTML(b)
}

// oneToken is a URL value made one line: surrounding space trimmed, the
// rest cleaned as a line (a URL with a space in it is wrong anyway, and the
// checker says so).
func oneToken(s string) string { return cleanLine(strings.TrimSpace(s)) }

// handle returns an X handle with its '@', "" for none.
func handle(s string) string {
	s = strings.TrimPrefix(cleanLine(s), "@")
	if s == "" {
		return ""
	}
	return "@" + s
}
