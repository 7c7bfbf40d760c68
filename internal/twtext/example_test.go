package twtext_test

import (
	"fmt"

	"github.com/sharekit/sharekit/internal/twtext"
)

func ExampleExtractHashtags() {
	for _, h := range twtext.ExtractHashtags("Vote #Election2024 at 会議中 #日本語 and http://example.com/#anchor") {
		fmt.Printf("%s [%d,%d) bytes [%d,%d)\n", h.Text, h.Start, h.End, h.ByteStart, h.ByteEnd)
	}
	// Output:
	// Election2024 [5,18) bytes [5,18)
	// 日本語 [26,30) bytes [32,42)
}

func ExampleValidHashtag() {
	fmt.Println(twtext.ValidHashtag("1st"), twtext.ValidHashtag("2024"), twtext.ValidHashtag("two words"))
	// Output: true false false
}

func ExampleExtractURLs() {
	for _, u := range twtext.ExtractURLs("Read https://t.co/abc123's take, or example.com/news.") {
		fmt.Printf("%s [%d,%d)\n", u.URL, u.Start, u.End)
	}
	// Output:
	// https://t.co/abc123 [5,24)
	// example.com/news [36,52)
}

func ExampleConfig_WeightedLength() {
	c := twtext.V3()
	fmt.Println(c.WeightedLength("Hello"), c.WeightedLength("こんにちは"), c.WeightedLength("👨‍👩‍👧‍👦 https://example.com/a/very/long/path"))
	// Output: 5 10 26
}

func ExampleConfig_Parse() {
	r := twtext.V3().Parse("Just a short tweet")
	fmt.Println(r.WeightedLength, r.Valid, r.Permillage)
	// Output: 18 true 64
}
