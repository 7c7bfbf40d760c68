package share

import (
	"net/url"
	"strconv"
	"strings"
)

// placeholder is one {name} of a template.
type placeholder uint8

const (
	phLiteral placeholder = iota
	phURL
	phText
	phTitle
	phSummary
	phBody
	phHashtags
	phHashtag
	phVia
	phRelated
	phImage
	phInstance
	phTag
	numPlaceholders
)

var placeholderNames = map[string]placeholder{
	"url":      phURL,
	"text":     phText,
	"title":    phTitle,
	"summary":  phSummary,
	"body":     phBody,
	"hashtags": phHashtags,
	"hashtag":  phHashtag,
	"via":      phVia,
	"related":  phRelated,
	"image":    phImage,
	"instance": phInstance,
	"tag":      phTag,
}

// param is one query parameter of a template: key=literal or key={ph}.
type param struct {
	key string // already safe to write as is
	ph  placeholder
	lit string // when ph == phLiteral
}

// compiled is a Network with its template taken apart once, so that building
// a link is a single pass writing into one pre-sized builder. It is immutable
// after compile and safe for concurrent use.
type compiled struct {
	Network
	pre, post string // the part before '?', split around {instance}
	instance  bool
	mailto    bool
	app       bool // an app scheme (sms:, viber://): no host to check
	params    []param
	has       [numPlaceholders]bool
}

func templateErr(t, reason string) error {
	return fieldErr("Network.Template", t, reason)
}

// compile checks n.Template and takes it apart.
func compile(n Network) (*compiled, error) {
	t := n.Template
	c := &compiled{Network: n}
	switch {
	case strings.HasPrefix(t, "https://"), strings.HasPrefix(t, "http://"):
	case strings.HasPrefix(t, "mailto:"):
		c.mailto = true
	default:
		scheme, _, ok := strings.Cut(t, ":")
		if !ok || !IsAppScheme(scheme) {
			return nil, templateErr(t, "want a template starting https://, http://, mailto: or an app scheme ("+strings.Join(AppSchemes(), ", ")+")")
		}
		c.app = true
	}
	for i := 0; i < len(t); i++ {
		if b := t[i]; b <= ' ' || b == 0x7f || b == '#' || b == '"' || b == '<' || b == '>' || b == '\\' {
			return nil, templateErr(t, "character "+strconv.QuoteRune(rune(b))+" at byte "+strconv.Itoa(i)+" not allowed")
		}
	}
	base, query, _ := strings.Cut(t, "?")
	if i := strings.Index(base, "{instance}"); i >= 0 {
		c.instance, c.has[phInstance] = true, true
		c.pre, c.post = base[:i], base[i+len("{instance}"):]
		if c.app {
			return nil, templateErr(t, "{instance} needs an http(s) template")
		}
		if c.pre != "https://" && c.pre != "http://" || c.post != "" && c.post[0] != '/' && c.post[0] != ':' {
			return nil, templateErr(t, "{instance} must be the host: https://{instance}/…")
		}
	} else {
		c.pre = base
	}
	if strings.ContainsAny(c.pre, "{}") || strings.ContainsAny(c.post, "{}") {
		return nil, templateErr(t, "only {instance} may appear before '?'")
	}
	if query != "" {
		for pair := range strings.SplitSeq(query, "&") {
			key, val, ok := strings.Cut(pair, "=")
			if !ok || key == "" {
				return nil, templateErr(t, "query part "+strconv.Quote(pair)+" is not key=value")
			}
			if strings.ContainsAny(key, "{}%") {
				return nil, templateErr(t, "query key "+strconv.Quote(key)+" must be literal")
			}
			p := param{key: key}
			if strings.HasPrefix(val, "{") && strings.HasSuffix(val, "}") {
				ph, known := placeholderNames[val[1:len(val)-1]]
				if !known {
					return nil, templateErr(t, "unknown placeholder "+val+"; want one of "+placeholderList())
				}
				if ph == phInstance {
					return nil, templateErr(t, "{instance} may only be the host")
				}
				p.ph = ph
				c.has[ph] = true
			} else if strings.ContainsAny(val, "{}") {
				return nil, templateErr(t, "value "+strconv.Quote(val)+" must be a literal or exactly one {placeholder}")
			} else {
				p.lit = val
			}
			c.params = append(c.params, p)
		}
	}
	// The template must make a URL that net/url parses, with a host for
	// http(s).
	probe := c.pre
	if c.instance {
		probe += "example.org" + c.post
	}
	u, err := url.Parse(probe)
	if err != nil {
		return nil, templateErr(t, "does not parse: "+err.Error())
	}
	if !c.mailto && !c.app && u.Host == "" {
		return nil, templateErr(t, "has no host")
	}
	return c, nil
}

func placeholderList() string {
	names := make([]string, 0, len(placeholderNames))
	for ph := phURL; ph < numPlaceholders; ph++ {
		for name, p := range placeholderNames {
			if p == ph {
				names = append(names, "{"+name+"}")
			}
		}
	}
	return strings.Join(names, ", ")
}
