package share_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/sharekit/sharekit/share"
)

func ExampleURL() {
	link, err := share.URL("x", share.Post{
		URL:      "https://example.com/news?id=1",
		Title:    "Rates hold & markets rally",
		Hashtags: []string{"economy"},
		Via:      "sharekit",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(link)
	// Output:
	// https://x.com/intent/tweet?text=Rates%20hold%20%26%20markets%20rally&url=https%3A%2F%2Fexample.com%2Fnews%3Fid%3D1&hashtags=economy&via=sharekit
}

func ExampleURL_error() {
	_, err := share.URL("facebook", share.Post{URL: "javascript:alert(1)"})
	fmt.Println(err)
	// Output:
	// share: Post.URL: scheme "javascript" not allowed; want http or https
}

func ExampleLinks() {
	links, err := share.Links(share.Post{
		URL:   "https://example.com/a",
		Title: "Hello",
		UTM:   share.UTM{Campaign: "launch"},
	}, "linkedin", "hackernews")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range links {
		fmt.Println(l.Network, l.URL)
	}
	// Output:
	// linkedin https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.com%2Fa%3Futm_source%3Dlinkedin%26utm_medium%3Dsocial%26utm_campaign%3Dlaunch
	// hackernews https://news.ycombinator.com/submitlink?u=https%3A%2F%2Fexample.com%2Fa%3Futm_source%3Dhackernews%26utm_medium%3Dsocial%26utm_campaign%3Dlaunch&t=Hello
}

func ExampleCompose() {
	post, err := share.Compose("x", share.Post{
		URL:      "https://example.com/a",
		Title:    "Go 1.26 is released",
		Hashtags: []string{"golang"},
		Via:      "golang",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(post)
	fmt.Println(share.Length("x", post))
	// Output:
	// Go 1.26 is released #golang https://example.com/a via @golang
	// 63
}

func ExampleDraft() {
	d, err := share.Draft("x", share.Post{URL: "https://example.com/a", Title: "Café ☕", Hashtags: []string{"coffee"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Text, d.Length, d.Limit)
	for _, h := range d.Entities.Hashtags {
		fmt.Println("hashtag", h.Text, h.Indices)
	}
	for _, u := range d.Entities.Urls {
		fmt.Println("url", u.DisplayURL, u.Indices)
	}
	// Output:
	// Café ☕ #coffee https://example.com/a 39 280
	// hashtag coffee [7 14]
	// url example.com/a [15 36]
}

func ExampleLength() {
	fmt.Println(share.Length("x", "東京 https://example.com/a/long/path"))
	fmt.Println(share.Length("bluesky", "👩🏽‍🚀 liftoff"))
	fmt.Println(share.Length("mastodon", "see https://example.com/a/long/path"))
	// Output:
	// 28
	// 9
	// 27
}

func ExampleRegistry_Register() {
	var r share.Registry
	err := r.Register(share.Network{
		Name:     "example",
		Title:    "Example Social",
		Limit:    500,
		Template: "https://example.social/share?u={url}&t={text}",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	link, _ := r.URL("example", share.Post{URL: "https://example.com/a", Title: "Hi + bye", Hashtags: []string{"news"}})
	fmt.Println(link)
	// Output:
	// https://example.social/share?u=https%3A%2F%2Fexample.com%2Fa&t=Hi%20%2B%20bye%20%23news
}

func ExampleSet() {
	set, err := share.NewSet("x", "linkedin")
	if err != nil {
		fmt.Println(err)
		return
	}
	var out []share.Shared // reused from post to post
	for _, p := range []share.Post{
		{URL: "https://example.com/a", Title: "Rates hold", Hashtags: []string{"economy"}},
		{URL: "https://example.com/b", Title: "Markets rally", Via: "sharekit"},
	} {
		if out, err = set.Append(out[:0], p); err != nil {
			fmt.Println(err)
			return
		}
		for _, s := range out {
			fmt.Printf("%s\n  %s\n  %s\n", s.Network, s.Link, s.Post)
		}
	}
	// Output:
	// x
	//   https://x.com/intent/tweet?text=Rates%20hold&url=https%3A%2F%2Fexample.com%2Fa&hashtags=economy
	//   Rates hold #economy https://example.com/a
	// linkedin
	//   https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.com%2Fa
	//   Rates hold #economy https://example.com/a
	// x
	//   https://x.com/intent/tweet?text=Markets%20rally&url=https%3A%2F%2Fexample.com%2Fb&via=sharekit
	//   Markets rally https://example.com/b via @sharekit
	// linkedin
	//   https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.com%2Fb
	//   Markets rally https://example.com/b
}

func ExampleCheckURL() {
	for _, u := range []string{"https://example.com/a?b=1", "javascript:alert(1)", "https://example.com/a b"} {
		fmt.Println(share.CheckURL(u))
	}
	// Output:
	// <nil>
	// share: Post.URL: scheme "javascript" not allowed; want http or https
	// share: Post.URL: space at byte 21; encode it as %20
}

// A network that cannot take the post gets its error in its place; the
// others still get their links.
func ExampleLinks_partial() {
	links, err := share.Links(share.Post{
		URL:   "https://example.com/" + strings.Repeat("a", 400),
		Title: "Storm hits Brittany",
	}, "facebook", "bluesky")
	fmt.Println(err != nil)
	for _, l := range links {
		if l.Err != nil {
			var ne *share.NetworkError
			fmt.Println(l.Network, "failed:", errors.As(l.Err, &ne) && ne.Network == "bluesky")
			continue
		}
		fmt.Println(l.Network, l.URL[:40])
	}
	// Output:
	// true
	// facebook https://www.facebook.com/sharer/sharer.p
	// bluesky failed: true
}

func ExampleBar() {
	bar, err := share.Bar(share.Post{
		URL:   "https://example.com/a",
		Title: "Rates hold & markets rally",
	}, share.BarOptions{Display: share.NamesOnly}, "x", "email")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(bar)
	// Output:
	// <nav class="sharekit-bar" aria-label="Share"><span class="sharekit-label" aria-hidden="true">Share</span><ul class="sharekit-list"><li class="sharekit-item sharekit-x"><a class="sharekit-link" href="https://x.com/intent/tweet?text=Rates%20hold%20%26%20markets%20rally&amp;url=https%3A%2F%2Fexample.com%2Fa" target="_blank" rel="noopener noreferrer"><span class="sharekit-name">X</span></a></li><li class="sharekit-item sharekit-email"><a class="sharekit-link" href="mailto:?subject=Rates%20hold%20%26%20markets%20rally&amp;body=https%3A%2F%2Fexample.com%2Fa" rel="noopener noreferrer"><span class="sharekit-name">Email</span></a></li></ul></nav>
}

func ExampleBarCSS() {
	css, err := share.BarCSS(share.BarOptions{ClassPrefix: "share-"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.SplitN(css, "\n", 2)[0])
	// Output:
	// .share-bar{display:flex;flex-wrap:wrap;align-items:center;gap:.5em;margin:1em 0;font-size:.9375rem;line-height:1.2}
}

func ExampleMeta() {
	fmt.Print(share.Meta(share.Card{
		Title:       "Rates hold & markets rally",
		URL:         "https://example.com/a",
		Image:       "https://example.com/a.jpg",
		ImageWidth:  1200,
		ImageHeight: 630,
		TwitterSite: "example",
	}))
	// Output:
	// <meta property="og:title" content="Rates hold &amp; markets rally">
	// <meta property="og:url" content="https://example.com/a">
	// <meta property="og:type" content="article">
	// <meta property="og:image" content="https://example.com/a.jpg">
	// <meta property="og:image:width" content="1200">
	// <meta property="og:image:height" content="630">
	// <meta name="twitter:card" content="summary_large_image">
	// <meta name="twitter:site" content="@example">
}

// ASCIIHost shows the host a browser will really connect to: an editor puts
// it beside the link, so a look-alike host (here a Cyrillic "а") shows.
func ExampleASCIIHost() {
	for _, u := range []string{"https://bücher.example/straße", "https://p\u0430ypal.com/login"} {
		host, err := share.ASCIIHost(u)
		fmt.Println(host, err)
	}
	// Output:
	// xn--bcher-kva.example <nil>
	// xn--pypal-4ve.com <nil>
}

func ExampleSelect() {
	names, err := share.Select([]string{"X", "bluesky", "x"}, false, "")
	fmt.Println(names, err)
	_, err = share.Select([]string{"mastodon"}, false, "")
	fmt.Println(err)
	// Output:
	// [x bluesky] <nil>
	// share: network "mastodon" needs an instance, the host of the user's server (e.g. mastodon.social)
}
