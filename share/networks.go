package share

// builtin lists the networks sharekit knows, in the order Networks returns
// them (roughly by reach). Each template follows what the network documents
// today; parameters a network has dropped are not sent (Facebook's quote,
// LinkedIn's shareArticle title/summary), and services that have shut down
// (Pocket, Skype) are not listed.
var builtin = [...]Network{
	{
		Name: "x", Title: "X", Limit: 280, Count: Weighted, ViaMention: true,
		// X assembles text, url, #hashtags and " via @via" into its draft.
		Template: "https://x.com/intent/tweet?text={text}&url={url}&hashtags={hashtags}&via={via}&related={related}",
	},
	{
		// Meta removed the quote parameter; one hashtag (with '#') remains.
		Name: "facebook", Title: "Facebook", Limit: 63206,
		Template: "https://www.facebook.com/sharer/sharer.php?u={url}&hashtag={hashtag}",
	},
	{
		// LinkedIn reads title and summary from the page's Open Graph tags;
		// share-offsite takes the URL only.
		Name: "linkedin", Title: "LinkedIn", Limit: 3000,
		Template: "https://www.linkedin.com/sharing/share-offsite/?url={url}",
	},
	{
		// Text only: the URL goes inside the text, and the whole fits 300
		// graphemes and 3,000 bytes (app.bsky.feed.post: maxGraphemes 300,
		// maxLength 3000).
		Name: "bluesky", Title: "Bluesky", Limit: 300, Count: Graphemes, ByteLimit: 3000,
		Template: "https://bsky.app/intent/compose?text={text}",
	},
	{
		Name: "threads", Title: "Threads", Limit: 500,
		Template: "https://www.threads.com/intent/post?text={text}&url={url}",
	},
	{
		// Every http(s) URL counts 23; servers may raise the limit
		// (Post.InstanceLimit).
		Name: "mastodon", Title: "Mastodon", Limit: 500, URLLength: 23,
		Template: "https://{instance}/share?text={text}",
	},
	{
		Name: "reddit", Title: "Reddit", TitleLimit: 300,
		Template: "https://www.reddit.com/submit?url={url}&title={title}",
	},
	{
		Name: "telegram", Title: "Telegram", Limit: 4096,
		Template: "https://t.me/share/url?url={url}&text={text}",
	},
	{
		Name: "whatsapp", Title: "WhatsApp", Limit: 65536,
		Template: "https://api.whatsapp.com/send?text={text}",
	},
	{
		Name: "pinterest", Title: "Pinterest", Limit: 500,
		Template: "https://www.pinterest.com/pin/create/button/?url={url}&media={image}&description={text}",
	},
	{
		// RFC 6068: percent-encoding, %0D%0A line breaks, no '+' for space.
		Name: "email", Title: "Email",
		Template: "mailto:?subject={title}&body={body}",
	},
	{
		Name: "hackernews", Title: "Hacker News", TitleLimit: 80,
		Template: "https://news.ycombinator.com/submitlink?u={url}&t={title}",
	},
	{
		Name: "tumblr", Title: "Tumblr",
		Template: "https://www.tumblr.com/widgets/share/tool?posttype=link&canonicalUrl={url}&title={title}&caption={summary}&tags={hashtags}",
	},
	{
		Name: "vk", Title: "VK",
		Template: "https://vk.com/share.php?url={url}&title={title}&image={image}",
	},
	{
		Name: "weibo", Title: "Weibo", Limit: 2000,
		Template: "https://service.weibo.com/share/share.php?url={url}&title={text}&pic={image}",
	},
	{
		Name: "line", Title: "LINE",
		Template: "https://social-plugins.line.me/lineit/share?url={url}",
	},
	{
		Name: "xing", Title: "XING",
		Template: "https://www.xing.com/spi/shares/new?url={url}",
	},
	{
		Name: "flipboard", Title: "Flipboard",
		Template: "https://share.flipboard.com/bookmarklet/popout?v=2&title={title}&url={url}",
	},
}
