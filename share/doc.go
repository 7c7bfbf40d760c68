// Package share builds share links for social networks and composes posts
// that fit each network's limit.
//
// # Links
//
// [URL] returns one network's share link for a [Post]; [Links] returns
// several, in the order asked (or every network, in [Networks] order). A
// network that cannot take the post (a URL too long for Bluesky's 300
// characters) never costs the others their links: [Links] and [Set.Append]
// keep its error in its place ([Link].Err, [Shared].Err). The
// built-in networks are x, facebook, linkedin, bluesky, threads, mastodon,
// reddit, telegram, whatsapp, pinterest, email, hackernews, tumblr, vk,
// weibo, line, xing, flipboard, hatena, instapaper, odnoklassniki, teams,
// buffer, lobsters, naver, sms and viber, each with the endpoint and
// parameters the network documents today (no Facebook quote, no LinkedIn
// shareArticle title, no services that have shut down). sms and viber are
// app-scheme links (sms:, viber://) that open a messaging app; a registered
// network may use one of [AppSchemes] too, never javascript: or data:.
//
// [Select] is the one rule for choosing networks from what a user typed
// (a list of names, or all, or none for [DefaultNetworks]), with typed
// errors for an unknown name and for a network that needs
// [Post.Instance] ([Network.NeedsInstance]); the CLI and the HTTP API
// both use it.
//
// Every link comes from a template (see [Network].Template) written in a
// fixed parameter order, empty parameters left out, and every value goes
// through one encoder: percent-encoding as JavaScript's encodeURIComponent
// does (space is %20, + is %2B, # is %23, & is %26, a line break %0A, or
// %0D%0A in a mailto: body as RFC 6068 asks). Invalid UTF-8 is replaced by
// U+FFFD, never passed on. The page URL is passed byte for byte as one
// value, so an already-encoded URL decodes back from the link to exactly
// itself; it must be absolute http or https with a host browsers accept
// (checked with IDNA's lookup profile; [ASCIIHost] shows it in punycode),
// without user info, spaces, control, invisible or bidi control characters,
// at most [MaxURLBytes], or URL returns a [*FieldError] naming the field and
// the reason. A link is at most [MaxLinkBytes]: its {text} is fitted into
// the room the rest leaves, or it is a [*LinkTooLongError]. The limits and
// what is refused are listed in docs/hardening.md.
//
// For many posts on the same networks, a [Set] looks the networks up once
// and [Set.Append] builds each post's links and posts together, checking and
// cleaning the post once and fitting it once where the bounds allow; the
// results are exactly those of [URL] and [Compose].
//
// # UTM tagging
//
// With Post.UTM.Campaign set, the page URL of each link is tagged for its
// network (utm_source=<network>, utm_medium=social, utm_campaign=…, and
// utm_term / utm_content when set). The URL's own query and fragment are
// kept; a utm_ parameter it already has is replaced, not repeated.
//
// # Compose: a post that fits
//
// [Compose] builds the text of a post, "Headline[ — Text] #tag1 #tag2 URL[ via
// @handle]" (the "via" on X only), and makes it fit the network's limit as
// the network counts ([Length]):
//
//   - X: 280, twitter-text 3.1.0's weighted length (config v3): code points
//     up to U+10FF and a few punctuation ranges weigh 1, others 2, an emoji
//     sequence twitter-text knows (twemoji-parser's list) 2, every URL 23
//     (scheme-less ones such as bbc.co.uk/news too), NFC first. A ZWJ
//     chain it does not know weighs what its parts weigh.
//   - Bluesky: 300 grapheme clusters and 3,000 bytes of UTF-8
//     (Network.ByteLimit). Threads: 500. LinkedIn: 3,000.
//   - Mastodon: 500, each http(s) URL counted as 23. Servers differ: set
//     Post.InstanceLimit to the server's limit.
//
// Every composed text drops U+FEFF, U+FFFE and U+FFFF, which twitter-text
// calls invalid in a tweet. A post is one line, deliberately: Post.Text joins the headline as its
// dek, "Headline — Text", with every run of white space in it (line breaks
// included) made one space, as Post.Title always is. The post is a
// headline-style share under a link card, where a line break would split
// the headline from its dek mid-sentence, and a one-line headline is what
// fitting cuts at a word boundary. Line breaks in Post.Text are kept where a
// network takes a body rather than a post, {summary} (Tumblr's caption) and
// {body} (the email body), and encoded there as %0A (%0D%0A in mailto:).
//
// When a post does not fit, hashtags are dropped from the end first; then
// the headline is shortened at a word boundary (UAX #29, which also breaks
// between CJK ideographs) with "…". A cut never splits a grapheme cluster, a
// URL or a hashtag. Last, the headline and then the "via" are dropped; only
// when the URL alone does not fit is the result an error ([*LimitError]).
//
// Links use the same fitting: the draft X assembles from an intent link
// (text, URL, #hashtags, " via @handle") fits 280, and Bluesky's and
// Threads' prefilled text fits theirs. [Draft] returns the composed post
// with its length and limit and, for X, its entities as go-twitter types
// (hashtags and URLs with code-point indices).
//
// # The share bar and the link card
//
// [Bar] renders the share bar a CMS puts under an article: static HTML, a
// <nav> of plain links (each exactly [URL]'s) with inline SVG icons from
// simple-icons (CC0) and the network's name as accessible name, no script
// and nothing loaded from anywhere, so no network hears of a reader who
// does not click (the privacy promise of Heise's Shariff). [BarCSS] is its
// stylesheet. [Meta] writes the Open Graph and Twitter Card tags the
// networks build a link card from; package share/card checks a page's.
//
// # Your own networks
//
// A [Registry] holds the built-in networks plus networks a caller registers
// with [Registry.Register], e.g.
//
//	var r share.Registry
//	err := r.Register(share.Network{Name: "example", Limit: 500,
//		Template: "https://example.social/share?u={url}&t={text}"})
//
// The package-level functions use the built-in networks only; nothing in the
// package is mutable.
package share
