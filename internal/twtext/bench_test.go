package twtext

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sharekit/sharekit/internal/sharedfiles"
)

// Package-level sinks keep the compiler from discarding benchmarked work.
var (
	sinkTags []Hashtag
	sinkURLs []URL
	sinkInt  int
	sinkBool bool
)

// benchTweets builds 100 tweet-like texts: headlines with hashtags,
// mentions, URLs with and without protocol, CJK text and emoji.
func benchTweets() []string {
	heads := []string{
		"Markets rally as central bank holds rates steady",
		"Storm batters coast, thousands without power",
		"Scientists map the deepest ocean trench yet",
		"City council approves new bike lanes downtown",
		"Champions League: late goal sends holders through",
	}
	tags := []string{"#Breaking", "#Markets", "#Climate2024", "#日本語", "#Election", "#WorldCup"}
	links := []string{"https://example.com/news/2024/05/story-slug?utm_source=tw", "http://t.co/AbC123xyZ", "bbc.co.uk/news", "nyti.ms/3xYz"}
	extras := []string{"via @newsdesk", "🔥🔥", "(updated)", "— 速報", "RT @someone:", ""}
	var out []string
	for i := 0; i < 100; i++ {
		out = append(out, fmt.Sprintf("%s %s %s %s %s",
			extras[i%len(extras)], heads[i%len(heads)], tags[i%len(tags)], links[i%len(links)], tags[(i+3)%len(tags)]))
	}
	return out
}

func totalLen(texts []string) int64 {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return int64(n)
}

// headlines returns the English headline corpus from ../shared, one per line.
func headlines(b *testing.B) []string {
	root, ok := sharedfiles.Root()
	if !ok {
		b.Skip("skipping: ../shared not found (set SHAREKIT_SHARED)")
	}
	data, err := os.ReadFile(filepath.Join(root, "corpora", "english-headlines.txt"))
	if err != nil {
		b.Skipf("skipping: %v", err)
	}
	return strings.Split(strings.TrimSpace(string(data)), "\n")
}

func BenchmarkExtractHashtags(b *testing.B) {
	for _, bc := range []struct {
		name  string
		texts func(*testing.B) []string
	}{
		{"tweets", func(*testing.B) []string { return benchTweets() }},
		{"headlines", headlines},
	} {
		b.Run(bc.name, func(b *testing.B) {
			texts := bc.texts(b)
			b.SetBytes(totalLen(texts))
			b.ReportAllocs()
			for b.Loop() {
				for _, t := range texts {
					sinkTags = ExtractHashtags(t)
				}
			}
		})
	}
}

func BenchmarkExtractURLs(b *testing.B) {
	texts := benchTweets()
	b.SetBytes(totalLen(texts))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			sinkURLs = ExtractURLs(t)
		}
	}
}

func BenchmarkWeightedLengthASCII(b *testing.B) {
	text := strings.Repeat("The quick brown fox jumps over the lazy dog, again and again; ", 4)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	c := V3()
	for b.Loop() {
		sinkInt = c.WeightedLength(text)
	}
}

func BenchmarkWeightedLength(b *testing.B) {
	for _, bc := range []struct {
		name  string
		texts func(*testing.B) []string
	}{
		{"tweets", func(*testing.B) []string { return benchTweets() }},
		{"headlines", headlines},
	} {
		b.Run(bc.name, func(b *testing.B) {
			texts := bc.texts(b)
			b.SetBytes(totalLen(texts))
			b.ReportAllocs()
			c := V3()
			for b.Loop() {
				for _, t := range texts {
					sinkInt = c.WeightedLength(t)
				}
			}
		})
	}
}

func BenchmarkValidHashtag(b *testing.B) {
	tags := []string{"Breaking", "Climate2024", "日本語ハッシュタグ", "2024", "two words"}
	b.SetBytes(totalLen(tags))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range tags {
			sinkBool = ValidHashtag(t)
		}
	}
}

// prose returns about 64 KiB of ASCII prose with sentence-ending periods:
// the English headlines from ../shared joined by spaces, or a repeated
// sentence without them. It is what share.Length measures for X.
func prose() string {
	if root, ok := sharedfiles.Root(); ok {
		if data, err := os.ReadFile(filepath.Join(root, "corpora", "english-headlines.txt")); err == nil {
			var b strings.Builder
			for _, l := range strings.Split(string(data), "\n") {
				if b.Len() >= 64<<10 {
					break
				}
				if l != "" && isASCII(l) {
					b.WriteString(l)
					b.WriteString(". ")
				}
			}
			return b.String()
		}
	}
	return strings.Repeat("The quick brown fox jumps over the lazy dog while markets rally. ", 1000)
}

// headlineWithURL is a 100-byte ASCII headline and link, as share.Compose
// measures for X.
const headlineWithURL = "Central bank holds rates steady as inflation cools https://example.com/news/2024/05/rates-hold"

func BenchmarkExtractURLsText(b *testing.B) {
	for _, bc := range []struct{ name, text string }{
		{"prose-64KB", prose()},
		{"headline", headlineWithURL},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				sinkURLs = ExtractURLs(bc.text)
			}
		})
	}
}

func BenchmarkWeightedLengthText(b *testing.B) {
	for _, bc := range []struct{ name, text string }{
		{"prose-64KB", prose()},
		{"headline", headlineWithURL},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			c := V3()
			for b.Loop() {
				sinkInt = c.WeightedLength(bc.text)
			}
		})
	}
}
