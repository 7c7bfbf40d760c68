package share

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// builtins is the compiled built-in table: built once, never changed.
var builtins = func() struct {
	byName map[string]*compiled
	order  []*compiled
} {
	var b struct {
		byName map[string]*compiled
		order  []*compiled
	}
	b.byName = make(map[string]*compiled, len(builtin))
	for _, n := range builtin {
		c, err := compile(n)
		if err != nil {
			panic("share: built-in network " + n.Name + ": " + err.Error()) // a bug in networks.go, caught by every test
		}
		b.byName[n.Name] = c
		b.order = append(b.order, c)
	}
	return b
}()

// Registry is a set of networks: the built-in ones plus those registered on
// it, which may also replace a built-in one (e.g. "mastodon" with another
// limit). The zero value is ready to use and holds the built-in networks; a
// nil *Registry is the built-in set, read-only. A Registry is safe for
// concurrent use; it must not be copied after first use.
//
// The package-level functions ([URL], [Links], [Compose], …) use the
// built-in networks only.
type Registry struct {
	mu   sync.RWMutex
	nets map[string]*compiled
}

// Register adds n, or replaces the network of the same name. It checks the
// name (lower case letters, digits, '-', '_', '.'), the limits and the
// template; Title defaults to Name.
func (r *Registry) Register(n Network) error {
	if r == nil {
		return &FieldError{Field: "Registry", Reason: "nil Registry is read-only"}
	}
	if !validName(n.Name) {
		return fieldErr("Network.Name", n.Name, "want lower-case letters, digits, '-', '_' or '.', starting with a letter or digit")
	}
	if n.Title == "" {
		n.Title = n.Name
	}
	switch {
	case n.Limit < 0:
		return fieldErr("Network.Limit", strconv.Itoa(n.Limit), "negative")
	case n.ByteLimit < 0:
		return fieldErr("Network.ByteLimit", strconv.Itoa(n.ByteLimit), "negative")
	case n.TitleLimit < 0:
		return fieldErr("Network.TitleLimit", strconv.Itoa(n.TitleLimit), "negative")
	case n.URLLength < 0:
		return fieldErr("Network.URLLength", strconv.Itoa(n.URLLength), "negative")
	case n.Count < CodePoints || n.Count > Weighted:
		return fieldErr("Network.Count", n.Count.String(), "unknown counting")
	case n.Limit > 0 && n.Limit < 2:
		return fieldErr("Network.Limit", strconv.Itoa(n.Limit), "too small to hold a post")
	}
	c, err := compile(n)
	if err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.nets == nil {
		r.nets = make(map[string]*compiled)
	}
	r.nets[n.Name] = c
	return nil
}

func validName(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case i > 0 && (c == '-' || c == '_' || c == '.'):
		default:
			return false
		}
	}
	return true
}

// lookup finds a network by name (case and surrounding space ignored).
func (r *Registry) lookup(name string) (*compiled, error) {
	key := strings.ToLower(strings.TrimSpace(name))
	if r != nil {
		r.mu.RLock()
		c := r.nets[key]
		r.mu.RUnlock()
		if c != nil {
			return c, nil
		}
	}
	if c := builtins.byName[key]; c != nil {
		return c, nil
	}
	known := make([]string, 0, len(builtins.order))
	for _, n := range r.Networks() {
		known = append(known, n.Name)
	}
	return nil, &UnknownNetworkError{Name: name, Known: known}
}

// Lookup returns the network called name.
func (r *Registry) Lookup(name string) (Network, bool) {
	c, err := r.lookup(name)
	if err != nil {
		return Network{}, false
	}
	return c.Network, true
}

// Networks returns the networks in a stable order: the built-in ones in
// their documented order (a registered replacement keeps its place), then
// the registered ones sorted by name.
func (r *Registry) Networks() []Network {
	out := make([]Network, 0, len(builtins.order))
	var custom map[string]*compiled
	if r != nil {
		r.mu.RLock()
		defer r.mu.RUnlock()
		custom = r.nets
	}
	for _, c := range builtins.order {
		if o := custom[c.Name]; o != nil {
			c = o
		}
		out = append(out, c.Network)
	}
	var extra []Network
	for name, c := range custom {
		if builtins.byName[name] == nil {
			extra = append(extra, c.Network)
		}
	}
	slices.SortFunc(extra, func(a, b Network) int { return strings.Compare(a.Name, b.Name) })
	return append(out, extra...)
}

// URL returns network's share link for p.
func (r *Registry) URL(network string, p Post) (string, error) {
	c, err := r.lookup(network)
	if err != nil {
		return "", err
	}
	return c.link(p)
}

// Links returns the share links for p on the networks named, in the order
// asked, a name given twice once; with no names, on every network that p can be shared to (those
// with an {instance}, such as Mastodon, only when p.Instance is set).
//
// One network that cannot take p never sinks the others: it returns one
// Link per network, in order, a failed one with its Err set (a
// *NetworkError) and an empty URL. When any failed, the error is those
// NetworkErrors joined ([errors.Join]), so that a caller that only checks
// the error still sees it; errors.As finds each *NetworkError and its cause.
// An unknown name is an error with no links.
func (r *Registry) Links(p Post, networks ...string) ([]Link, error) {
	var buf [8]*compiled // the usual few networks, without an allocation
	cs, err := r.resolve(buf[:0], networks, len(networks) == 0, p.Instance)
	if err != nil {
		return nil, err
	}
	out := make([]Link, 0, len(cs))
	var errs []error
	for _, c := range cs {
		u, err := c.link(p)
		if err != nil {
			ne := &NetworkError{Network: c.Name, Err: err}
			errs = append(errs, ne)
			out = append(out, Link{Network: c.Name, Err: ne})
			continue
		}
		out = append(out, Link{Network: c.Name, URL: u})
	}
	return out, errors.Join(errs...)
}

// Compose returns the text of a post for network that fits its limit; it is
// Draft(network, p).Text.
func (r *Registry) Compose(network string, p Post) (string, error) {
	c, err := r.lookup(network)
	if err != nil {
		return "", err
	}
	d, err := c.draft(p, false)
	return d.Text, err
}

// Draft returns the post for network (as Compose) with its length, the
// limit it fits and, for networks counted as X counts, its entities.
func (r *Registry) Draft(network string, p Post) (Composed, error) {
	c, err := r.lookup(network)
	if err != nil {
		return Composed{}, err
	}
	return c.draft(p, true)
}

// Length returns text's length as network counts it. An unknown network
// counts code points.
func (r *Registry) Length(network, text string) int {
	c, err := r.lookup(network)
	if err != nil {
		return runeCount(text)
	}
	return c.length(text)
}

// URL returns a built-in network's share link for p.
func URL(network string, p Post) (string, error) { return (*Registry)(nil).URL(network, p) }

// Links returns the share links for p on the built-in networks named, in
// the order asked (see [Registry.Links]).
func Links(p Post, networks ...string) ([]Link, error) {
	return (*Registry)(nil).Links(p, networks...)
}

// Networks returns the built-in networks in their documented order.
func Networks() []Network { return (*Registry)(nil).Networks() }

// Compose returns the text of a post that fits a built-in network.
func Compose(network string, p Post) (string, error) { return (*Registry)(nil).Compose(network, p) }

// Draft returns the post for a built-in network with its length, limit and
// (for X) entities.
func Draft(network string, p Post) (Composed, error) { return (*Registry)(nil).Draft(network, p) }

// Length returns text's length as a built-in network counts it.
func Length(network, text string) int { return (*Registry)(nil).Length(network, text) }

// Lookup returns the built-in network called name (trimmed, any case).
func Lookup(name string) (Network, bool) { return (*Registry)(nil).Lookup(name) }
