package share

import "github.com/dghubble/go-twitter/twitter"

// UTM is optional campaign tagging of the shared URL. Tagging is on when
// Campaign is set; Source defaults to the network name, Medium to "social".
type UTM struct {
	Source, Medium, Campaign, Term, Content string
}

// Post is what is shared.
type Post struct {
	URL      string   // the article, absolute http(s)
	Title    string   // the headline
	Text     string   // optional body/summary
	Hashtags []string // without '#'
	Via      string   // X handle without '@'
	Related  []string // X handles without '@'
	Image    string   // for networks that take one (Pinterest)
	Instance string   // Mastodon server host
	UTM      UTM
}

// Network describes a supported network.
type Network struct {
	Name, Title string
	Limit       int
}

// Link is one network's share URL.
type Link struct {
	Network string `json:"network"`
	URL     string `json:"url"`
}

// Composed is a post's text as Compose makes it, with its length as the
// network counts it, the network's limit, and (for X) its entities.
type Composed struct {
	Network  string            `json:"network"`
	Text     string            `json:"text"`
	Length   int               `json:"length"`
	Limit    int               `json:"limit"`
	Entities *twitter.Entities `json:"entities,omitempty"`
}

func URL(network string, p Post) (string, error)       { panic("share: not implemented") }
func Links(p Post, networks ...string) ([]Link, error) { panic("share: not implemented") }
func Networks() []Network                              { panic("share: not implemented") }
func Compose(network string, p Post) (string, error)   { panic("share: not implemented") }
func Draft(network string, p Post) (Composed, error)   { panic("share: not implemented") }
func Length(network, text string) int                  { panic("share: not implemented") }
