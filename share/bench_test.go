package share

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sharekit/sharekit/internal/sharedfiles"
)

var (
	sinkString string
	sinkInt    int
)

var benchPost = Post{
	URL:      "https://www.example.com/world/2025/05/01/central-bank-rates?ref=home",
	Title:    "Central bank holds rates steady and signals two cuts later this year",
	Hashtags: []string{"economy", "rates"},
	Via:      "sharekit",
}

func BenchmarkURL(b *testing.B) {
	for _, network := range []string{"x", "facebook", "bluesky", "email", "mastodon"} {
		b.Run(network, func(b *testing.B) {
			p := benchPost
			p.Instance = "mastodon.social"
			b.ReportAllocs()
			b.SetBytes(int64(len(p.URL) + len(p.Title)))
			for b.Loop() {
				s, err := URL(network, p)
				if err != nil {
					b.Fatal(err)
				}
				sinkString = s
			}
		})
	}
}

func BenchmarkCompose(b *testing.B) {
	for _, network := range []string{"x", "bluesky", "mastodon"} {
		b.Run(network, func(b *testing.B) {
			p := benchPost
			p.Instance = "mastodon.social"
			b.ReportAllocs()
			b.SetBytes(int64(len(p.URL) + len(p.Title)))
			for b.Loop() {
				s, err := Compose(network, p)
				if err != nil {
					b.Fatal(err)
				}
				sinkString = s
			}
		})
	}
	b.Run("x-japanese", func(b *testing.B) {
		p := benchPost
		p.Title = "東京で新しい美術館が開館、初日に一万人が来館"
		p.Hashtags = []string{"東京", "美術館"}
		b.ReportAllocs()
		b.SetBytes(int64(len(p.URL) + len(p.Title)))
		for b.Loop() {
			s, err := Compose("x", p)
			if err != nil {
				b.Fatal(err)
			}
			sinkString = s
		}
	})
	b.Run("x-shorten", func(b *testing.B) {
		p := benchPost
		p.Title = strings.Repeat(p.Title+" ", 5)
		b.ReportAllocs()
		b.SetBytes(int64(len(p.URL) + len(p.Title)))
		for b.Loop() {
			s, err := Compose("x", p)
			if err != nil {
				b.Fatal(err)
			}
			sinkString = s
		}
	})
}

// benchText is ASCII prose: real headlines from ../shared when present.
func benchText(b *testing.B) string {
	root, ok := sharedfiles.Root()
	if ok {
		f, err := os.Open(filepath.Join(root, "corpora", "english-headlines.txt"))
		if err == nil {
			defer f.Close()
			var sb strings.Builder
			sc := bufio.NewScanner(f)
			for sc.Scan() && sb.Len() < 64<<10 {
				sb.WriteString(sc.Text())
				sb.WriteByte(' ')
			}
			return sb.String()
		}
	}
	return strings.Repeat("The quick brown fox jumps over the lazy dog while markets rally. ", 1000)
}

func BenchmarkLength(b *testing.B) {
	text := benchText(b)
	headline := benchPost.Title + " #economy #rates " + benchPost.URL
	for _, bc := range []struct{ name, network, text string }{
		{"x-ascii-64KB", "x", text},
		{"x-headline", "x", headline},
		{"bluesky-headline", "bluesky", headline},
		{"mastodon-headline", "mastodon", headline},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.text)))
			for b.Loop() {
				sinkInt = Length(bc.network, bc.text)
			}
		})
	}
}

func BenchmarkLinksAll(b *testing.B) {
	p := benchPost
	p.Instance = "mastodon.social"
	b.ReportAllocs()
	for b.Loop() {
		l, err := Links(p)
		if err != nil {
			b.Fatal(err)
		}
		sinkInt = len(l)
	}
}

// BenchmarkShareThree is batch's work per record: the links and posts for
// x, facebook and linkedin, through a Set and (for comparison) through
// Links and then Compose for each network.
func BenchmarkShareThree(b *testing.B) {
	networks := []string{"x", "facebook", "linkedin"}
	p := benchPost
	b.Run("set", func(b *testing.B) {
		s, err := NewSet(networks...)
		if err != nil {
			b.Fatal(err)
		}
		var dst []Shared
		b.ReportAllocs()
		b.SetBytes(int64(len(p.URL) + len(p.Title)))
		for b.Loop() {
			dst, err = s.Append(dst[:0], p)
			if err != nil {
				b.Fatal(err)
			}
		}
		sinkString = dst[0].Post
	})
	b.Run("links+compose", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(p.URL) + len(p.Title)))
		for b.Loop() {
			l, err := Links(p, networks...)
			if err != nil {
				b.Fatal(err)
			}
			for _, n := range networks {
				if sinkString, err = Compose(n, p); err != nil {
					b.Fatal(err)
				}
			}
			sinkInt = len(l)
		}
	})
}

// BenchmarkBar is the bar a CMS renders under each article: three networks.
// Target: under 10 µs.
func BenchmarkBar(b *testing.B) {
	for _, d := range []BarDisplay{IconsAndNames, NamesOnly} {
		b.Run("three-"+d.String(), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(benchPost.URL) + len(benchPost.Title)))
			for b.Loop() {
				h, err := Bar(benchPost, BarOptions{Display: d}, "x", "facebook", "linkedin")
				if err != nil {
					b.Fatal(err)
				}
				sinkString = string(h)
			}
		})
	}
}

func BenchmarkMeta(b *testing.B) {
	c := Card{Title: benchPost.Title, Description: "The central bank left its rate unchanged.", URL: benchPost.URL,
		Image: "https://www.example.com/img/rates.jpg", ImageWidth: 1200, ImageHeight: 630, TwitterSite: "example"}
	b.ReportAllocs()
	for b.Loop() {
		sinkString = string(Meta(c))
	}
}

// BenchmarkBarVsLinks measures Bar for three networks against the three
// share.URL calls it is built on, interleaved, so that the ratio holds on a
// loaded machine where absolute figures drift: "x-links" is what the bar
// costs over its links.
func BenchmarkBarVsLinks(b *testing.B) {
	nets := []string{"x", "facebook", "linkedin"}
	var barTime, urlTime time.Duration
	b.ReportAllocs()
	for b.Loop() {
		t0 := time.Now()
		for _, n := range nets {
			s, err := URL(n, benchPost)
			if err != nil {
				b.Fatal(err)
			}
			sinkString = s
		}
		t1 := time.Now()
		h, err := Bar(benchPost, BarOptions{}, nets...)
		if err != nil {
			b.Fatal(err)
		}
		sinkString = string(h)
		t2 := time.Now()
		urlTime += t1.Sub(t0)
		barTime += t2.Sub(t1)
	}
	b.ReportMetric(float64(barTime)/float64(urlTime), "x-links")
	b.ReportMetric(float64(barTime.Nanoseconds())/float64(b.N), "bar-ns/op")
}

// BenchmarkComposeHostile shows that fitting grows linearly with the input:
// the MB/s of each kind of hostile headline stays about the same from 1 KB
// to 1 MB (time per byte within 2×), where it once fell with the square.
func BenchmarkComposeHostile(b *testing.B) {
	kinds := []struct{ name, unit string }{
		{"dots", "."},
		{"at-signs", "@"},
		{"hashtags", "#a "},
		{"words", "Markets rally as the central bank holds rates steady; analysts see cuts ahead. "},
	}
	for _, k := range kinds {
		for _, size := range []int{1 << 10, 16 << 10, 64 << 10, 1 << 20} {
			b.Run(fmt.Sprintf("%s-%dKB", k.name, size>>10), func(b *testing.B) {
				p := benchPost
				p.Title = strings.Repeat(k.unit, size/len(k.unit))
				b.ReportAllocs()
				b.SetBytes(int64(len(p.Title)))
				for b.Loop() {
					s, err := Compose("x", p)
					if err != nil {
						b.Fatal(err)
					}
					sinkString = s
				}
			})
		}
	}
}
