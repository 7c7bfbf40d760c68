package card

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Value is one part of a card as a network shows it, with the tag it came
// from ("og:title", "<title>", …; "" when the page has none) and that
// tag's line.
type Value struct {
	Text string `json:"text"`
	From string `json:"from,omitempty"`
	Line int    `json:"line,omitempty"`
}

// NetworkCard is the card one network will show for the page.
type NetworkCard struct {
	Network     string `json:"network"`
	Kind        string `json:"kind"` // X: its card type; others: "large image", "small image" or "no image"
	Title       Value  `json:"title"`
	Description Value  `json:"description"`
	Image       Value  `json:"image"`
	ImageAlt    Value  `json:"image_alt"`
	// ImageWidth and ImageHeight are the size og:image:width and
	// og:image:height declare (or, with Options.ImageSize, the measured
	// one), 0 when unknown.
	ImageWidth  int `json:"image_width,omitempty"`
	ImageHeight int `json:"image_height,omitempty"`
	// ImageMeasured says the size was measured (Options.ImageSize), not
	// declared.
	ImageMeasured bool `json:"image_measured,omitempty"`
}

// Severities of a Finding.
const (
	// Error: the card will miss a part or not show at all.
	Error = "error"
	// Warning: the card will show, but worse than it could.
	Warning = "warning"
)

// Finding is one thing wrong with a page's card, for the networks it
// affects, with the tag and line it is about and a reason that says what
// to do.
type Finding struct {
	Severity string   `json:"severity"`
	Code     string   `json:"code"` // missing-title, relative-image, small-image, long-title, url-mismatch, …
	Networks []string `json:"networks"`
	Tag      string   `json:"tag,omitempty"`
	Line     int      `json:"line,omitempty"`
	Message  string   `json:"message"`
}

// Report is what Check finds: each network's card and what is wrong.
// Source names the page (a file or URL) for the reader; Check leaves it
// empty. A plain value.
type Report struct {
	Source   string        `json:"source,omitempty"`
	Cards    []NetworkCard `json:"cards"`
	Findings []Finding     `json:"findings"`
}

// Clean reports a page with nothing to fix.
func (r *Report) Clean() bool { return len(r.Findings) == 0 }

// twitterCards are the card types X knows.
var twitterCards = []string{"summary", "summary_large_image", "app", "player"}

// conflictKeys are the tags that must not appear twice with different
// values (og:image may: it is an array of images).
var conflictKeys = []string{"og:title", "og:description", "og:url", "og:type", "og:site_name", "twitter:card", "twitter:title", "twitter:description", "twitter:site", "description"}

// Check works out each network's card for p (see [Networks]) and what is
// wrong with it. Findings are in a stable order: errors first, then
// warnings, each in the order of the checks; a finding that affects
// several networks alike is listed once with all of them.
func Check(p *Page) *Report { return CheckWith(p, Options{}) }

// Options widen what Check can know. The zero value is Check's.
type Options struct {
	// ImageSize, when set, returns the real width and height of an
	// absolute http(s) image URL, ok false when it cannot tell (sharekit
	// card --fetch measures the image with [ImageSize]). CheckWith uses it
	// where the page declares no og:image:width and og:image:height, so
	// that an image too small for a large card is found all the same. It
	// is called at most once per URL.
	ImageSize func(url string) (width, height int, ok bool)
}

// CheckWith is Check with options.
func CheckWith(p *Page, o Options) *Report {
	if o.ImageSize != nil {
		// X, Facebook and LinkedIn usually name the same image: measure
		// it once.
		type size struct {
			w, h int
			ok   bool
		}
		measure, seen := o.ImageSize, map[string]size{}
		o.ImageSize = func(u string) (int, int, bool) {
			s, done := seen[u]
			if !done {
				s.w, s.h, s.ok = measure(u)
				seen[u] = s
			}
			return s.w, s.h, s.ok
		}
	}
	r := &Report{Cards: []NetworkCard{}, Findings: []Finding{}}
	var fs findings
	all := []string{}
	for _, n := range Networks() {
		all = append(all, n.Name)
	}
	for _, n := range Networks() {
		r.Cards = append(r.Cards, checkNetwork(p, n, o, &fs))
	}

	// The page as a whole.
	ogURL, hasURL := p.Get("og:url")
	switch {
	case !hasURL || ogURL.Value == "":
		fs.add(Warning, "missing-tag", all, "og:url", 0,
			"no og:url: networks key the card on the address shared, so variants with ?utm_ or #fragments get cards and counts of their own; add og:url with the canonical URL")
	case !absoluteHTTP(ogURL.Value):
		fs.add(Error, "relative-url", all, "og:url", ogURL.Line,
			"og:url "+strconv.Quote(ogURL.Value)+" is not an absolute http(s) URL; networks ignore it")
	case p.Canonical != "" && p.Canonical != ogURL.Value:
		fs.add(Warning, "url-mismatch", all, "og:url", ogURL.Line,
			"og:url "+strconv.Quote(ogURL.Value)+" is not the canonical link "+strconv.Quote(p.Canonical)+"; shares and search then count two addresses for one page")
	}
	for _, key := range conflictKeys {
		tags := p.All(key)
		distinct := map[string]bool{}
		var lines []string
		for _, t := range tags {
			distinct[t.Value] = true
			lines = append(lines, strconv.Itoa(t.Line))
		}
		if len(distinct) > 1 {
			fs.add(Warning, "conflicting-tags", readers(key), key, tags[1].Line,
				key+" appears "+strconv.Itoa(len(tags))+" times with different values (lines "+strings.Join(lines, ", ")+"); networks take the first, "+strconv.Quote(shorten(tags[0].Value))+": keep one")
		}
	}
	r.Findings = fs.sorted()
	return r
}

// checkNetwork resolves n's card and adds its findings.
func checkNetwork(p *Page, n Network, o Options, fs *findings) NetworkCard {
	c := NetworkCard{Network: n.Name}
	c.Title = resolve(p, n.TitleFrom)
	c.Description = resolve(p, n.DescriptionFrom)
	c.Image = resolve(p, n.ImageFrom)
	c.ImageAlt = resolve(p, n.ImageAltFrom)
	one := []string{n.Name}

	// The card type (X).
	large := true
	if n.Name == "x" {
		tc, ok := p.Get("twitter:card")
		switch {
		case !ok || tc.Value == "":
			c.Kind = "summary"
			large = false
			fs.add(Warning, "missing-tag", one, "twitter:card", 0,
				"no twitter:card: X takes the card type from it and shows at most a small summary card without it; add twitter:card summary_large_image")
		case !slices.Contains(twitterCards, tc.Value):
			c.Kind = "summary"
			large = false
			fs.add(Error, "bad-card-type", one, "twitter:card", tc.Line,
				"twitter:card "+strconv.Quote(tc.Value)+" is not a card type X knows (summary, summary_large_image, app, player)")
		default:
			c.Kind = tc.Value
			large = tc.Value == "summary_large_image"
		}
	}

	// Title and description.
	switch {
	case c.Title.Text == "":
		fs.add(Error, "missing-title", one, "og:title", 0,
			"no title: "+n.Title+" reads "+strings.Join(n.TitleFrom, ", then ")+"; add og:title")
	case c.Title.From == titleElement:
		fs.add(Warning, "missing-tag", one, "og:title", 0,
			"no og:title: "+n.Title+" falls back to <title>, which often carries the site name; add og:title with the headline")
	}
	if l := utf8.RuneCountInString(c.Title.Text); n.TitleLimit > 0 && l > n.TitleLimit {
		fs.add(Warning, "long-title", one, c.Title.From, c.Title.Line,
			"title is "+strconv.Itoa(l)+" characters; "+n.Title+" shows about "+strconv.Itoa(n.TitleLimit)+" and cuts the rest")
	}
	if c.Description.Text == "" {
		fs.add(Warning, "missing-description", one, "og:description", 0,
			"no description: "+n.Title+" reads "+strings.Join(n.DescriptionFrom, ", then ")+"; add og:description, a sentence or two")
	} else if l := utf8.RuneCountInString(c.Description.Text); n.DescriptionLimit > 0 && l > n.DescriptionLimit {
		fs.add(Warning, "long-description", one, c.Description.From, c.Description.Line,
			"description is "+strconv.Itoa(l)+" characters; "+n.Title+" shows about "+strconv.Itoa(n.DescriptionLimit)+" and cuts the rest")
	}

	// The image.
	if c.Image.Text == "" {
		fs.add(Error, "missing-image", one, "og:image", 0,
			"no image: the card has none; add og:image, an absolute https URL of an image of 1200×630")
		if c.Kind == "" {
			c.Kind = "no image"
		}
		return c
	}
	img := c.Image.Text
	switch {
	case strings.HasPrefix(strings.ToLower(img), "http://"):
		fs.add(Warning, "insecure-image", one, c.Image.From, c.Image.Line,
			"image "+strconv.Quote(shorten(img))+" is http, not https: pages served over https show it as mixed content and networks may drop it")
	case !absoluteHTTP(img):
		code, why := "relative-image", "is relative: networks fetch the image without the page's address"
		if scheme, _, ok := strings.Cut(img, ":"); ok && !strings.ContainsAny(scheme, "/?#") && !strings.HasPrefix(img, "//") {
			code, why = "bad-image-url", "has scheme "+strconv.Quote(scheme)+", which networks do not fetch"
		}
		fs.add(Error, code, one, c.Image.From, c.Image.Line,
			"image "+strconv.Quote(shorten(img))+" "+why+"; write it as an absolute https URL")
	}
	// og:image:width and og:image:height describe the og:image; an image
	// from twitter:image has no declared size.
	var w, h int
	var wt, ht Tag
	var hasW, hasH bool
	if strings.HasPrefix(c.Image.From, "og:") {
		w, wt, hasW = intTag(p, "og:image:width")
		h, ht, hasH = intTag(p, "og:image:height")
	}
	switch {
	case (hasW && w <= 0) || (hasH && h <= 0):
		bad := wt
		if !(hasW && w <= 0) {
			bad = ht
		}
		fs.add(Error, "bad-image-size", one, bad.Key, bad.Line,
			bad.Key+" "+strconv.Quote(bad.Value)+" is not a size in pixels")
	case hasW && hasH:
		large = c.judgeSize(n, w, h, "og:image:width", wt.Line, "is", large, fs)
	default:
		if o.ImageSize != nil && absoluteHTTP(img) {
			if mw, mh, ok := o.ImageSize(img); ok {
				c.ImageMeasured = true
				large = c.judgeSize(n, mw, mh, c.Image.From, c.Image.Line, "measures", large, fs)
			}
		}
		if n.Name == "facebook" {
			fs.add(Warning, "no-image-size", one, "og:image:width", 0,
				"no og:image:width and og:image:height: Facebook must download the image before it knows its size, and shows the first shares without it; declare both")
		}
	}
	if c.Kind == "" {
		c.Kind = "small image"
		if large {
			c.Kind = "large image"
		}
	}
	if c.ImageAlt.Text == "" {
		fs.add(Warning, "missing-tag", one, "og:image:alt", 0,
			"no image description: screen readers announce the card's image without one; add og:image:alt")
	}
	return c
}

// judgeSize records the image's size on c and adds a finding when it is
// too small for n's card; verb says whether the size was declared ("is")
// or measured ("measures"). It returns whether the card can still be large.
func (c *NetworkCard) judgeSize(n Network, w, h int, tag string, line int, verb string, large bool, fs *findings) bool {
	c.ImageWidth, c.ImageHeight = w, h
	one := []string{n.Name}
	size := strconv.Itoa(w) + "×" + strconv.Itoa(h)
	switch {
	case w < n.MinWidth || h < n.MinHeight:
		fs.add(Error, "small-image", one, tag, line,
			"image "+verb+" "+size+"; "+n.Title+" shows no image under "+strconv.Itoa(n.MinWidth)+"×"+strconv.Itoa(n.MinHeight))
		return false
	case large && (w < n.LargeWidth || h < n.LargeHeight):
		fs.add(Warning, "small-image", one, tag, line,
			"image "+verb+" "+size+"; "+n.Title+" needs "+strconv.Itoa(n.LargeWidth)+"×"+strconv.Itoa(n.LargeHeight)+" for a large card and shows a small one")
		return false
	}
	return large
}

// resolve returns the first non-empty value among keys.
func resolve(p *Page, keys []string) Value {
	for _, k := range keys {
		if k == titleElement {
			if p.Title != "" {
				return Value{Text: p.Title, From: titleElement, Line: p.TitleLine}
			}
			continue
		}
		for _, t := range p.Tags {
			if t.Key == k && t.Value != "" {
				return Value{Text: t.Value, From: k, Line: t.Line}
			}
		}
	}
	return Value{}
}

// intTag reads a tag that holds a whole number of pixels; n is -1 when it
// is there but is not one.
func intTag(p *Page, key string) (n int, t Tag, ok bool) {
	t, ok = p.Get(key)
	if !ok {
		return 0, t, false
	}
	n, err := strconv.Atoi(strings.TrimSpace(t.Value))
	if err != nil {
		n = -1
	}
	return n, t, true
}

func absoluteHTTP(u string) bool {
	l := strings.ToLower(u)
	return (strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")) && len(u) > len("https://") && !strings.ContainsAny(u, " \t\n")
}

// shorten cuts a value for a message at 80 characters.
func shorten(s string) string {
	if utf8.RuneCountInString(s) <= 80 {
		return s
	}
	r := []rune(s)
	return string(r[:79]) + "…"
}

// findings collects findings, merging those that differ only in network.
type findings struct{ list []Finding }

func (fs *findings) add(sev, code string, networks []string, tag string, line int, msg string) {
	// The same finding for another network: the message names a network
	// for network-specific findings, so only page-wide ones merge.
	for i := range fs.list {
		f := &fs.list[i]
		if f.Code == code && f.Tag == tag && f.Line == line && f.Message == msg && f.Severity == sev {
			for _, n := range networks {
				if !slices.Contains(f.Networks, n) {
					f.Networks = append(f.Networks, n)
				}
			}
			return
		}
	}
	fs.list = append(fs.list, Finding{Severity: sev, Code: code, Networks: append([]string(nil), networks...), Tag: tag, Line: line, Message: msg})
}

// sorted returns the findings, errors first, otherwise in the order found.
func (fs *findings) sorted() []Finding {
	out := make([]Finding, 0, len(fs.list))
	for _, sev := range []string{Error, Warning} {
		for _, f := range fs.list {
			if f.Severity == sev {
				out = append(out, f)
			}
		}
	}
	return out
}

// readers returns the networks that read key.
func readers(key string) []string {
	var out []string
	for _, n := range Networks() {
		for _, chain := range [][]string{n.TitleFrom, n.DescriptionFrom, n.ImageFrom, n.ImageAltFrom} {
			if slices.Contains(chain, key) {
				out = append(out, n.Name)
				break
			}
		}
		if n.Name == "x" && strings.HasPrefix(key, "twitter:") && !slices.Contains(out, "x") {
			out = append(out, "x")
		}
	}
	if len(out) == 0 {
		for _, n := range Networks() {
			out = append(out, n.Name) // og:url, og:type, og:site_name: every network
		}
	}
	return out
}
