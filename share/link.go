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

// linkFor builds c's share link from pr, p prepared for c.
func (c *compiled) linkFor(pr *prepared, p Post) (string, error) {
	tags := pr.tags
	var text string
	if c.has[phText] {
		f, err := c.fit(pr, c.textLayout(), c.limit(p))
		if err != nil {
			return "", err
		}
		text, tags = f.text, f.tags
	}
	title := pr.title
	if c.TitleLimit > 0 && runeCount(title) > c.TitleLimit {
		if t, ok := shorten(title, func(h string) (string, bool) {
			return h, runeCount(h) <= c.TitleLimit
		}); ok {
			title = t
		} else {
			title = ""
		}
	}
	var body string
	if c.has[phBody] {
		body = pr.url
		if pr.summary != "" {
			body = pr.summary + "\n\n" + pr.url
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
			return pr.summary
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
	return string(b), nil
}
