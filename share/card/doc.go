// Package card reads the link card a page will get when it is shared: the
// Open Graph and Twitter Card tags in its <head>, as X, Facebook and
// LinkedIn read them, and what is wrong with them.
//
// X retired its card validator, so an editor otherwise posts blind.
// [Parse] reads a page's head (and stops there: the rest of a page costs
// nothing); [Check] works out, for each network, the title, description
// and image its card will show, each with the tag it came from after that
// network's fallbacks (X: twitter:title, then og:title; Facebook and
// LinkedIn: og:title, then <title>), and lists what is wrong, each with a
// reason: missing tags, relative or non-https image URLs, images smaller
// than a large card needs, titles and descriptions longer than the network
// shows, og:url not matching the canonical link, conflicting tags.
// [Fetch] gets a live page with a timeout, a size cap and a User-Agent.
//
// The command sharekit card is a thin layer over this package; the tags to
// write in the first place come from share.Meta.
package card
