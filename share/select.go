package share

import (
	"errors"
	"slices"
	"strconv"
	"strings"
)

// DefaultNetworks returns the networks shared to when a caller names none
// and does not ask for all: X, Facebook and LinkedIn, the three most share
// bars show. (The CLI's --network default and the HTTP API's both come from
// here.)
func DefaultNetworks() []string { return []string{"x", "facebook", "linkedin"} }

// NeedsInstance reports whether n's links need the user's own server: its
// Template has an {instance} (Mastodon), so a post must give
// [Post.Instance].
func (n Network) NeedsInstance() bool {
	return slices.Contains(n.Placeholders(), "instance")
}

// Errors of [Select], matched with [errors.Is]. An unknown name is a
// [*UnknownNetworkError] (errors.Is(err, ErrUnknownNetwork)); a network that
// needs a server without one is a [*InstanceRequiredError].
var (
	// ErrAllWithNames: all and a list of names exclude each other (one of
	// the two would be ignored).
	ErrAllWithNames = errors.New("share: all and named networks exclude each other")
	// ErrNoNetworkNamed: a list was given but every name in it is blank.
	ErrNoNetworkNamed = errors.New("share: no network named")
	// ErrInstanceRequired is matched by every *InstanceRequiredError.
	ErrInstanceRequired = errors.New("share: network needs an instance")
)

// InstanceRequiredError reports a network named without the server its
// links need ([Network.NeedsInstance]): every link for it would fail.
type InstanceRequiredError struct {
	Network string
}

func (e *InstanceRequiredError) Error() string {
	return "share: network " + strconv.Quote(e.Network) + " needs an instance, the host of the user's server (e.g. mastodon.social)"
}

// Is makes errors.Is(err, ErrInstanceRequired) true.
func (e *InstanceRequiredError) Is(target error) bool { return target == ErrInstanceRequired }

// Select returns the built-in networks a caller asked for (see
// [Registry.Select]).
func Select(names []string, all bool, instance string) ([]string, error) {
	return (*Registry)(nil).Select(names, all, instance)
}

// Select is the one rule for choosing networks from what a user typed:
//
//   - all: every network of r in [Registry.Networks] order, those that need
//     an instance ([Network.NeedsInstance]) only when instance is given;
//     with names as well, [ErrAllWithNames];
//   - no names: [DefaultNetworks];
//   - names: each trimmed and lower-cased, blank ones skipped, a name given
//     twice counted once at its first place. An unknown name is a
//     [*UnknownNetworkError] whose Index is its place in names; one that
//     needs an instance when instance is empty, an [*InstanceRequiredError];
//     only blank names, [ErrNoNetworkNamed].
//
// Callers map the errors to their surface (a usage error, a 400 naming the
// field); the names returned are the networks' keys.
func (r *Registry) Select(names []string, all bool, instance string) ([]string, error) {
	named := false
	for _, n := range names {
		if strings.TrimSpace(n) != "" {
			named = true
			break
		}
	}
	if all {
		if named {
			return nil, ErrAllWithNames
		}
		cs, err := r.resolve(nil, nil, true, instance)
		return compiledNames(cs), err
	}
	if len(names) == 0 {
		return DefaultNetworks(), nil
	}
	if !named {
		return nil, ErrNoNetworkNamed
	}
	cs, err := r.resolve(nil, names, false, instance)
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		if c.instance && instance == "" {
			return nil, &InstanceRequiredError{Network: c.Name}
		}
	}
	return compiledNames(cs), nil
}

// inAll reports whether "every network" takes in c for a post (or request)
// with this instance: a network that needs the user's server only when one
// is given. [Registry.Select], [Registry.Links], the share bar and
// [Set.Append] all ask it.
func (c *compiled) inAll(instance string) bool { return !c.instance || instance != "" }

// every appends all of r's networks, compiled, in [Registry.Networks]
// order, to cs.
func (r *Registry) every(cs []*compiled) ([]*compiled, error) {
	for _, n := range r.Networks() {
		c, err := r.lookup(n.Name)
		if err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	return cs, nil
}

// resolve looks networks up and appends them to cs (a caller's buffer,
// which can stay on its stack): with all, every network that
// inAll(instance) takes in; otherwise the names given, blank ones skipped
// and each once, at its first place. An unknown name is an
// *UnknownNetworkError with its index.
func (r *Registry) resolve(cs []*compiled, names []string, all bool, instance string) ([]*compiled, error) {
	if all {
		cs, err := r.every(cs)
		if err != nil {
			return nil, err
		}
		return slices.DeleteFunc(cs, func(c *compiled) bool { return !c.inAll(instance) }), nil
	}
	for i, name := range names {
		if strings.TrimSpace(name) == "" {
			continue
		}
		c, err := r.lookup(name)
		if err != nil {
			var ue *UnknownNetworkError
			if errors.As(err, &ue) {
				ue.Index = i
			}
			return nil, err
		}
		if !slices.Contains(cs, c) {
			cs = append(cs, c)
		}
	}
	return cs, nil
}

func compiledNames(cs []*compiled) []string {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.Name
	}
	return names
}
