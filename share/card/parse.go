package card

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxHeadBytes is the most of a page Parse reads looking for the end of its
// head. Crawlers read only the start of a page; a head this long is a bug.
const MaxHeadBytes = 4 << 20

// ErrHeadTooLong is returned (wrapped) by Parse for a page whose head does
// not end within MaxHeadBytes.
var ErrHeadTooLong = errors.New("card: the page's head does not end within 4 MiB")

// Tag is one <meta> of a page's head: its property (or name) as the key,
// lower-cased, its content, and the line it is on (1-based).
type Tag struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	Line  int    `json:"line"`
}

// Page is what the networks read of a page: its <title>, its canonical
// link and its <meta> tags in order. A plain value.
type Page struct {
	Title     string // the <title> text, white space made single spaces
	TitleLine int    // its line, 0 when there is none
	Canonical string // <link rel="canonical" href>
	Tags      []Tag
}

// Get returns the first tag with key (lower case) and whether there is one.
// Networks take the first of repeated tags; Check reports conflicts.
func (p *Page) Get(key string) (Tag, bool) {
	for _, t := range p.Tags {
		if t.Key == key {
			return t, true
		}
	}
	return Tag{}, false
}

// All returns every tag with key, in page order.
func (p *Page) All(key string) []Tag {
	var out []Tag
	for _, t := range p.Tags {
		if t.Key == key {
			out = append(out, t)
		}
	}
	return out
}

// inHead are the elements a head may hold; any other start tag begins the
// body, as it does for the HTML parser, and ends the reading.
var inHead = map[atom.Atom]bool{
	atom.Html: true, atom.Head: true, atom.Meta: true, atom.Link: true, atom.Title: true,
	atom.Base: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
}

// Parse reads r up to the end of the page's head (</head>, <body> or the
// first element that belongs in a body) and returns its title, canonical
// link and meta tags. It reads at most MaxHeadBytes; a longer head is an
// error wrapping ErrHeadTooLong. Text that is not UTF-8 is kept with
// U+FFFD in place of bad bytes.
func Parse(r io.Reader) (*Page, error) {
	lr := &io.LimitedReader{R: r, N: MaxHeadBytes + 1}
	z := html.NewTokenizer(lr)
	z.SetMaxBuf(MaxHeadBytes)
	p := &Page{}
	line := 1
	for {
		tt := z.Next()
		start := line
		line += bytes.Count(z.Raw(), []byte{'\n'})
		switch tt {
		case html.ErrorToken:
			err := z.Err()
			if err == io.EOF {
				if lr.N <= 0 {
					return p, fmt.Errorf("%w (read %d bytes)", ErrHeadTooLong, MaxHeadBytes)
				}
				return p, nil
			}
			if errors.Is(err, html.ErrBufferExceeded) {
				return p, fmt.Errorf("%w: one token is longer than that", ErrHeadTooLong)
			}
			return p, fmt.Errorf("card: reading the page: %w", err)
		case html.EndTagToken:
			name, _ := z.TagName()
			if atom.Lookup(name) == atom.Head {
				return p, nil
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if !inHead[a] {
				return p, nil // <body>, or body content: the head is over
			}
			switch a {
			case atom.Meta:
				if hasAttr {
					if t, ok := metaTag(z); ok {
						t.Line = start
						p.Tags = append(p.Tags, t)
					}
				}
			case atom.Link:
				// Most links are stylesheets and preloads: only one that
				// says "canonical" somewhere is worth reading.
				if hasAttr && containsFold(z.Raw(), "canonical") {
					if href, ok := canonical(z); ok && p.Canonical == "" {
						p.Canonical = href
					}
				}
			case atom.Title:
				if p.TitleLine != 0 {
					break // the first <title> counts
				}
				p.TitleLine = start
				if tt == html.StartTagToken && z.Next() == html.TextToken {
					line += bytes.Count(z.Raw(), []byte{'\n'})
					p.Title = oneLine(string(z.Text()))
				}
			}
		}
	}
}

// metaTag reads a <meta>'s property (or name) and content.
func metaTag(z *html.Tokenizer) (Tag, bool) {
	var prop, name, content string
	hasContent := false
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "property":
			prop = string(v)
		case "name":
			name = string(v)
		case "content":
			content, hasContent = string(v), true
		}
		if !more {
			break
		}
	}
	key := prop
	if key == "" {
		key = name
	}
	key = strings.ToLower(strings.TrimSpace(key))
	if key == "" || !hasContent {
		return Tag{}, false
	}
	return Tag{Key: key, Value: strings.ToValidUTF8(strings.TrimSpace(content), "\uFFFD")}, true
}

// canonical reads a <link>'s href when its rel holds "canonical".
func canonical(z *html.Tokenizer) (string, bool) {
	var rel, href string
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "rel":
			rel = string(v)
		case "href":
			href = string(v)
		}
		if !more {
			break
		}
	}
	for _, r := range strings.Fields(rel) {
		if strings.EqualFold(r, "canonical") {
			return strings.ToValidUTF8(strings.TrimSpace(href), "\uFFFD"), true
		}
	}
	return "", false
}

// oneLine makes s one line, as a card shows it.
func oneLine(s string) string {
	return strings.ToValidUTF8(strings.Join(strings.Fields(s), " "), "\uFFFD")
}

// containsFold reports whether b holds word (lower-case ASCII) in any case,
// without allocating.
func containsFold(b []byte, word string) bool {
	for i := 0; i+len(word) <= len(b); i++ {
		j := 0
		for ; j < len(word); j++ {
			c := b[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != word[j] {
				break
			}
		}
		if j == len(word) {
			return true
		}
	}
	return false
}
