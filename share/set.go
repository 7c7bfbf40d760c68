package share

// Shared is one network's share link and post for a Post, as [Set.Append]
// makes them. A plain value.
type Shared struct {
	Network string
	Link    string // as URL(Network, p) returns it
	Post    string // as Compose(Network, p) returns it

	// Err is why this network cannot take the post (a *NetworkError
	// naming it: the URL alone is over its limit, the UTM-tagged URL is
	// too long, no instance for Mastodon…); Link and Post are then empty.
	// The other networks of the Set are built all the same.
	Err error
}

// Set is a list of networks looked up once, for building the links and
// posts of many posts on all of them: [Set.Append] checks and cleans each
// post once for every network, and fits its text once for a network's link
// and post where the bounds allow, where calling [Links] and then [Compose]
// for each network would redo that work every time.
//
// A Set keeps the networks as they were when it was made (a later
// [Registry.Register] does not change it). It is immutable and safe for
// concurrent use.
type Set struct {
	cs  []*compiled
	all bool // made with no names: networks with an {instance} only for posts that have one
}

// NewSet returns the Set of the built-in networks named, in that order; with
// no names, every built-in network (see [Registry.Set]).
func NewSet(networks ...string) (*Set, error) { return (*Registry)(nil).Set(networks...) }

// Set returns the Set of r's networks named, in that order, a name given
// twice once. With no names it
// holds every network in [Registry.Networks] order, and, as [Links] does,
// Append skips those with an {instance} (Mastodon) for a post without one.
// An unknown name is an error (errors.Is(err, ErrUnknownNetwork)).
func (r *Registry) Set(networks ...string) (*Set, error) {
	s := &Set{all: len(networks) == 0}
	var err error
	if s.all {
		// Every network, those that need an instance kept for the posts
		// that give one (Append asks inAll post by post).
		s.cs, err = r.every(nil)
	} else {
		s.cs, err = r.resolve(nil, networks, false, "")
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Networks returns the names of s's networks, in order.
func (s *Set) Networks() []string {
	names := make([]string, len(s.cs))
	for i, c := range s.cs {
		names[i] = c.Name
	}
	return names
}

// Append appends p's link and post on each network of s, in order, to dst
// and returns the extended slice. Each Shared holds exactly what
// URL(network, p) and Compose(network, p) return.
//
// One network that cannot take the post never sinks the others: its Shared
// carries the error in Err (a *NetworkError, the link's error before the
// post's) and the other networks are built. Append returns an error only
// when the post itself is bad for every network (its URL, image, hashtags,
// via or related handles: a *FieldError), and dst is then returned as it
// was given.
func (s *Set) Append(dst []Shared, p Post) ([]Shared, error) {
	base, urlErr, err := preparePost(p, true)
	if urlErr != nil {
		return dst, urlErr
	}
	if err != nil {
		return dst, err
	}
	{
		// Measured once here, the parts' measures are copied to every
		// network's prepared post below.
		base.measure()
		if !p.UTM.on() && len(s.cs) > 1 {
			// The same page URL on every network: encoded once. (A valid
			// page URL has no line break, so mailto: encodes it alike.)
			base.escURL = escape(base.url, false)
		}
	}
	// Posts that fit whole are the same text on every network that puts the
	// same parts in (with or without the via) while the URL is the same
	// (no UTM tagging, which makes it differ by network): made once.
	var whole [2]string
	for _, c := range s.cs {
		if s.all && !c.inAll(p.Instance) {
			continue
		}
		pr := base
		if err := c.specialize(&pr, p, nil, nil); err != nil {
			dst = append(dst, Shared{Network: c.Name, Err: &NetworkError{Network: c.Name, Err: err}})
			continue
		}
		link, err := c.linkFor(&pr, p)
		if err != nil {
			dst = append(dst, Shared{Network: c.Name, Err: &NetworkError{Network: c.Name, Err: err}})
			continue
		}
		l := c.postLayout()
		via := l.via && pr.via != ""
		var post string
		if c.fitsWhole(&pr, via, c.limit(p)) {
			v := 0
			if via {
				v = 1
			}
			if c.ClosedTags && len(pr.tags) > 0 {
				post = assembleText(pr.head, pr.tags, pr.url, pr.via, l) // its own #topic# tags
			} else {
				if whole[v] == "" || p.UTM.on() {
					whole[v] = assembleText(pr.head, pr.tags, pr.url, pr.via, l)
				}
				post = whole[v]
			}
		} else {
			f, err := c.fit(&pr, l, c.limit(p))
			if err != nil {
				dst = append(dst, Shared{Network: c.Name, Err: &NetworkError{Network: c.Name, Err: err}})
				continue
			}
			post = f.text
		}
		dst = append(dst, Shared{Network: c.Name, Link: link, Post: post})
	}
	return dst, nil
}
