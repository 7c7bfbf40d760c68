package share

// builtin lists the networks sharekit knows, in the order Networks returns
// them (roughly by reach). Each template follows what the network documents
// today; parameters a network has dropped are not sent (Facebook's quote,
// LinkedIn's shareArticle title/summary), and services that have shut down
// (Pocket, Skype, Google+) are not listed. App-scheme targets (sms:,
// viber://) open a messaging app; see [AppSchemes].
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
		// tag is Threads' one topic tag (≤ 50 characters, no '.' or
		// '&'): the first hashtag, which stays in the text too.
		Name: "threads", Title: "Threads", Limit: 500,
		Template: "https://www.threads.com/intent/post?text={text}&url={url}&tag={tag}",
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
		// A link post takes its link in content, canonicalUrl being the
		// page the share button is on (Tumblr's share-button doc).
		Template: "https://www.tumblr.com/widgets/share/tool?posttype=link&canonicalUrl={url}&content={url}&title={title}&caption={summary}&tags={hashtags}",
	},
	{
		Name: "vk", Title: "VK",
		Template: "https://vk.com/share.php?url={url}&title={title}&image={image}",
	},
	{
		// Weibo writes a topic #topic#, closed on both sides.
		Name: "weibo", Title: "Weibo", Limit: 2000, ClosedTags: true,
		Template: "https://service.weibo.com/share/share.php?url={url}&title={text}&pic={image}",
	},
	{
		Name: "line", Title: "LINE",
		// LINE's share button takes text as well as url.
		Template: "https://social-plugins.line.me/lineit/share?url={url}&text={text}",
	},
	{
		Name: "xing", Title: "XING",
		Template: "https://www.xing.com/spi/shares/new?url={url}",
	},
	{
		Name: "flipboard", Title: "Flipboard",
		Template: "https://share.flipboard.com/bookmarklet/popout?v=2&title={title}&url={url}",
	},
	{
		Name: "hatena", Title: "Hatena Bookmark",
		Template: "https://b.hatena.ne.jp/add?mode=confirm&url={url}&title={title}",
	},
	{
		Name: "instapaper", Title: "Instapaper",
		Template: "https://www.instapaper.com/hello2?url={url}&title={title}&description={summary}",
	},
	{
		Name: "odnoklassniki", Title: "Odnoklassniki",
		Template: "https://connect.ok.ru/offer?url={url}&title={title}&imageUrl={image}",
	},
	{
		// Share to Teams: msgText prefills the message, preview shows the
		// link's card.
		Name: "teams", Title: "Microsoft Teams",
		Template: "https://teams.microsoft.com/share?href={url}&msgText={text}&preview=true",
	},
	{
		Name: "buffer", Title: "Buffer",
		Template: "https://buffer.com/add?url={url}&text={text}",
	},
	{
		// Lobsters refuses story titles over 150 characters.
		Name: "lobsters", Title: "Lobsters", TitleLimit: 150,
		Template: "https://lobste.rs/stories/new?url={url}&title={title}",
	},
	{
		Name: "naver", Title: "Naver",
		Template: "https://share.naver.com/web/shareView?url={url}&title={title}",
	},
	{
		// RFC 5724, no recipient: the phone's messaging app opens with the
		// post as the message.
		Name: "sms", Title: "SMS",
		Template: "sms:?body={text}",
	},
	{
		Name: "viber", Title: "Viber",
		Template: "viber://forward?text={text}",
	},
}
