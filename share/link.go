package share

// link builds c's share link for p: the template's parts written in their
// fixed order into one builder sized up front, each value through the one
// encoder, empty parameters left out.
func (c *compiled) link(p Post) (string, error) {
	pr, err := c.prepare(p, c.has[phText] || c.has[phTitle] || c.has[phSummary] || c.has[phBody])
	if err != nil {
		return "", err
	}
	return c.linkFor(&pr, p)
}

// linkFor builds c's share link from pr, p prepared for c. A link over
// MaxLinkBytes has its {text} fitted again into the room left, as the
// network's limit is; when that is not enough (the page URL, image or
// related handles alone take too much) it is a *LinkTooLongError.
func (c *compiled) linkFor(pr *prepared, p Post) (string, error) {
	link, textBytes, err := c.buildLink(pr, p, 0)
	if err != nil || len(link) <= MaxLinkBytes {
		return link, err
	}
	n := len(link)
	if room := textBytes - (n - MaxLinkBytes); textBytes > 0 && room > 0 {
		link, _, err = c.buildLink(pr, p, room)
		if err == nil && len(link) <= MaxLinkBytes {
			return link, nil
		}
	}
	return "", &LinkTooLongError{Network: c.Name, Length: n, Max: MaxLinkBytes}
}

// buildLink builds c's share link from pr with its {text} fitted to c's
// limit and, when escaped > 0, to escaped bytes percent-encoded. It returns
// the link and the bytes its {text} took.
func (c *compiled) buildLink(pr *prepared, p Post, escaped int) (string, int, error) {
	tags := pr.tags
	var text string
	var l layout
	whole := false // the {text} is the whole post, written from its parts
	if c.has[phText] {
		l = c.textLayout()
		limit := c.limit(p)
		if escaped == 0 && c.fitsWhole(pr, (l.via || l.sepVia) && pr.via != "", limit) {
			// The common case, decided from cheap bounds on the parts: the
			// text is not assembled, its parts are encoded straight into
			// the link below.
			whole = true
		} else {
			f, err := c.fitWith(pr, l, fitOptions{limit: limit, escaped: escaped})
			if err != nil {
				return "", 0, err
			}
			text, tags = f.text, f.tags
		}
	}
	textBytes := 0
	title := pr.title
	if c.TitleLimit > 0 && runeCount(title) > c.TitleLimit {
		if t, ok := shorten(title, c.TitleLimit, func(h string) (string, bool) {
			return h, runeCount(h) <= c.TitleLimit
		}); ok {
			title = t
		} else {
			title = ""
		}
	}
	// {summary} and {body} are Post.Text with its line breaks (encoded
	// %0A, or %0D%0A in mailto:), cleaned only for the links that use it.
	var summary, body string
	if (c.has[phSummary] || c.has[phBody]) && p.Text != "" {
		summary = cleanBlock(p.Text)
	}
	if c.has[phBody] {
		body = pr.url
		if summary != "" {
			body = summary + "\n\n" + pr.url
		}
	}
	value := func(ph placeholder) string {
		switch ph {
		case phURL:
			return pr.url
		case phText:
			return text
		case phTitle:
			return title
		case phSummary:
			return summary
		case phBody:
			return body
		case phVia:
			return pr.via
		case phImage:
			return pr.image
		case phHashtag:
			if len(tags) > 0 {
				return tags[0] // written after %23
			}
		case phTag:
			return topicTag(pr.tags)
		}
		return ""
	}

	// The link is written into a scratch buffer on the stack and copied
	// once into its string: one encoding pass over each value, where sizing
	// the result first would take a second.
	var scratch [1024]byte
	b := scratch[:0]
	b = append(b, c.pre...)
	if c.instance {
		b = append(b, pr.instance...)
		b = append(b, c.post...)
	}
	first := true
	open := func(key string) {
		if first {
			b = append(b, '?')
			first = false
		} else {
			b = append(b, '&')
		}
		b = append(b, key...)
		b = append(b, '=')
	}
	for _, prm := range c.params {
		switch prm.ph {
		case phLiteral:
			open(prm.key)
			b = append(b, prm.lit...)
		case phHashtags, phRelated:
			list := tags
			if prm.ph == phRelated {
				list = pr.related
			}
			if len(list) == 0 {
				continue
			}
			open(prm.key)
			for i, t := range list {
				if i > 0 {
					b = append(b, "%2C"...)
				}
				b = appendEscaped(b, t, c.mailto)
			}
		case phText:
			if !whole {
				if text != "" {
					open(prm.key)
					at := len(b)
					b = appendEscaped(b, text, c.mailto)
					textBytes = len(b) - at
				}
				continue
			}
			if pr.head == "" && !l.url && !(l.tags && len(tags) > 0) && !(l.via && pr.via != "") {
				continue // empty: left out
			}
			open(prm.key)
			at := len(b)
			b = c.appendWhole(b, pr, l)
			textBytes = len(b) - at
		default:
			v := value(prm.ph)
			if v == "" {
				continue
			}
			open(prm.key)
			if prm.ph == phHashtag {
				b = append(b, "%23"...)
			}
			if prm.ph == phURL && pr.escURL != "" {
				b = append(b, pr.escURL...)
				continue
			}
			b = appendEscaped(b, v, c.mailto)
		}
	}
	return string(b), textBytes, nil
}

// appendWhole appends the encoding of assembleText(pr.head, pr.tags,
// pr.url, pr.via, l) without assembling it: the encoder works byte by byte
// (rune by rune on valid UTF-8), so encoding the parts one after the other
// gives the same bytes as encoding them joined.
func (c *compiled) appendWhole(b []byte, pr *prepared, l layout) []byte {
	start := len(b)
	l.each(pr.head, pr.tags, pr.url, pr.via, true, func(k part, s string) {
		if k != partHead && len(b) > start {
			b = append(b, "%20"...)
		}
		switch k {
		case partTag:
			b = append(b, "%23"...)
		case partURL:
			if pr.escURL != "" {
				b = append(b, pr.escURL...)
				return
			}
		case partVia:
			b = append(b, "via%20%40"...)
			b = append(b, s...) // a handle: [A-Za-z0-9_], nothing to encode
			return
		}
		b = appendEscaped(b, s, c.mailto)
	})
	return b
}
