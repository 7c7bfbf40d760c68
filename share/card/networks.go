package card

// titleElement stands for the page's <title> in a fallback chain.
const titleElement = "<title>"

// Network is how one network reads a page's card: where it looks for each
// value, in order, and how much it shows. The figures are the networks'
// own where they publish one (X's card markup reference, Meta's sharing
// best practices, LinkedIn's "Making your website shareable"); the length
// limits are what their feeds show before cutting, which varies with the
// device, so they are the usual figure, not a hard one. A plain value.
type Network struct {
	Name  string `json:"name"`
	Title string `json:"title"`

	TitleFrom       []string `json:"title_from"`       // tags tried in order; "<title>" is the title element
	DescriptionFrom []string `json:"description_from"` // "description" is <meta name="description">
	ImageFrom       []string `json:"image_from"`
	ImageAltFrom    []string `json:"image_alt_from"`

	TitleLimit       int `json:"title_limit"`       // characters shown, 0: not checked
	DescriptionLimit int `json:"description_limit"` // characters shown, 0: not shown or not checked

	// LargeWidth and LargeHeight are the smallest image (in pixels) the
	// network shows as a large card; MinWidth and MinHeight the smallest it
	// shows at all.
	LargeWidth, LargeHeight int `json:"-"`
	MinWidth, MinHeight     int `json:"-"`
}

// Networks returns the networks Check reports on, in the order it reports
// them: X, Facebook and LinkedIn, the three that read Open Graph tags for
// the link cards of most shares.
func Networks() []Network {
	return []Network{
		{
			// X: twitter: tags first, og: as fallback; no <title> fallback.
			// Titles are cut after 70 characters, descriptions after 200;
			// summary_large_image needs 300×157, summary 144×144.
			Name: "x", Title: "X",
			TitleFrom:       []string{"twitter:title", "og:title"},
			DescriptionFrom: []string{"twitter:description", "og:description"},
			ImageFrom:       []string{"twitter:image", "twitter:image:src", "og:image", "og:image:url", "og:image:secure_url"},
			ImageAltFrom:    []string{"twitter:image:alt", "og:image:alt"},
			TitleLimit:      70, DescriptionLimit: 200,
			LargeWidth: 300, LargeHeight: 157, MinWidth: 144, MinHeight: 144,
		},
		{
			// Facebook: og: tags, <title> and <meta name=description> as
			// fallback. Images need 200×200; large link previews 600×315
			// (1.91:1; 1200×630 recommended).
			Name: "facebook", Title: "Facebook",
			TitleFrom:       []string{"og:title", titleElement},
			DescriptionFrom: []string{"og:description", "description"},
			ImageFrom:       []string{"og:image", "og:image:url", "og:image:secure_url"},
			ImageAltFrom:    []string{"og:image:alt"},
			TitleLimit:      88, DescriptionLimit: 200,
			LargeWidth: 600, LargeHeight: 315, MinWidth: 200, MinHeight: 200,
		},
		{
			// LinkedIn: og: tags with <title> as fallback; it asks for
			// images of at least 1200×627 and hardly ever shows the
			// description in the feed.
			Name: "linkedin", Title: "LinkedIn",
			TitleFrom:       []string{"og:title", titleElement},
			DescriptionFrom: []string{"og:description", "description"},
			ImageFrom:       []string{"og:image", "og:image:url", "og:image:secure_url"},
			ImageAltFrom:    []string{"og:image:alt"},
			TitleLimit:      70,
			LargeWidth:      1200, LargeHeight: 627, MinWidth: 200, MinHeight: 200,
		},
	}
}
