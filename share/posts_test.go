package share

// testPosts is the table of posts the property tests, the golden file and
// the fuzz seeds share: several languages and scripts (RTL, CJK, emoji), the
// characters that break naive encoders (& # + % and spaces), a page URL with
// its own query and fragment, an already-encoded URL and an IDN host.
var testPosts = []struct {
	name string
	post Post
}{
	{"english", Post{
		URL:      "https://example.com/news/fed-rates?id=42&ref=home#comments",
		Title:    "Fed holds rates steady & signals two cuts in 2025",
		Hashtags: []string{"economy", "FederalReserve"},
		Via:      "sharekit",
		Related:  []string{"federalreserve", "WSJ"},
		Instance: "mastodon.social",
	}},
	{"symbols-encoded-url", Post{
		URL:      "https://ex.com/a%20b?q=1&r=2#frag",
		Title:    "C++ & C# in 2025: what's new? 100% + more #programming",
		Text:     "Line one\nline two: a=b&c=d",
		Hashtags: []string{"cpp", "csharp"},
		Instance: "https://Fosstodon.org/",
	}},
	{"arabic-rtl", Post{
		URL:      "https://example.com/ar/economy/2025/rates",
		Title:    "البنك المركزي يبقي أسعار الفائدة دون تغيير ويلمح إلى خفضين هذا العام",
		Hashtags: []string{"اقتصاد", "الفائدة"},
		Instance: "mastodon.social",
		UTM:      UTM{Campaign: "spring launch"},
	}},
	{"japanese-cjk-idn", Post{
		URL:      "https://例え.jp/記事/1?page=2",
		Title:    "東京で新しい美術館が開館、初日に一万人が来館",
		Hashtags: []string{"東京", "美術館"},
		Instance: "mstdn.jp",
	}},
	{"emoji", Post{
		URL:      "https://example.org/space/launch?utm_source=old&x=1",
		Title:    "🚀 Launch day! 👩🏽‍🚀 crew + cargo = 100% ready 🇯🇵",
		Text:     "Liftoff at 09:00 UTC.\r\nWatch live.",
		Hashtags: []string{"space", "🚀launch"},
		Image:    "https://example.org/img/rocket.jpg",
		Instance: "mastodon.social",
		UTM:      UTM{Campaign: "launch", Content: "hero image"},
	}},
	{"long-german", Post{
		URL: "https://www.example.de/politik/deutschland/bundestag-beschliesst-haushalt-2025-nach-langer-debatte-100.html",
		Title: "Bundestag beschließt nach wochenlanger und zum Teil sehr hitziger Debatte den Haushalt für das kommende Jahr: " +
			"Die Opposition kritisiert die Neuverschuldung, die Regierung verweist auf Investitionen in Infrastruktur, " +
			"Bildung und Digitalisierung sowie auf die angespannte Lage der Weltwirtschaft und die Folgen des Klimawandels",
		Hashtags: []string{"Bundestag", "Haushalt2025", "Politik", "Schuldenbremse", "Infrastruktur"},
		Via:      "tagesschau",
		Instance: "social.bund.de",
	}},
	{"russian", Post{
		URL:      "https://example.ru/news/2025/05/01/space",
		Title:    "Россия и Китай договорились о совместной лунной станции",
		Hashtags: []string{"космос"},
		Image:    "https://example.ru/img/moon.png",
		Instance: "mastodon.ru",
	}},
}
