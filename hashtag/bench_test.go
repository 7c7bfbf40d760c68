package hashtag

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sharekit/sharekit/internal/sharedfiles"
)

// Sinks keep the compiler from discarding benchmarked work.
var (
	sinkString string
	sinkTags   []Tag
	sinkN      int
)

// builtinHeadlines is a built-in English set, so the benchmarks always run.
var builtinHeadlines = []string{
	seed,
	"Board of Peace to meet in Cairo as Israel-Hamas truce holds",
	"Bank of England holds rates at 4.25% amid sticky inflation",
	"Marco Rubio says US ‘won’t abandon’ Ukraine talks",
	"NATO allies agree to lift defence spending to 3.5% by 2030",
	"EU fines tech giant €1.8bn over app store rules",
	"COVID-19 cases rise again in care homes, health officials warn",
	"G20 finance ministers fail to agree on debt relief plan",
	"Well-known chef opens peace-building kitchen in Belfast",
	"Charles de Gaulle airport strike grounds hundreds of flights",
	"President Macron to visit Algeria next month",
	"Tesla shares jump 12% after record deliveries",
	"Rupee hits record low of 88 per dollar",
	"Ukraine marks Independence Day under air-raid sirens",
	"Fans flood Liverpool with flowers for late captain",
	"Startup raises $5bn to build fusion plant in Texas",
	"Gaza aid convoy reaches Rafah crossing after weeks of delay",
	"Minister says 'no deal' is still on the table",
	"Judge calls case \"a circus\" as trial opens in Atlanta",
	"Markets rally then slump as Fed signals caution",
	"Isle of Man votes on assisted dying bill",
	"Trinidad and Tobago declares state of emergency",
	"Rio de Janeiro police raid favela as G20 summit nears",
	"Pope Leo calls for courage in climate negotiations",
	"Kenya's runners sweep Boston Marathon podium",
	"Apple's iPhone 17 Pro delayed by supply-chain snags",
	"Heatwave: Spain records 46.8C as wildfires rage in Catalonia",
	"Prime Minister faces no-confidence vote on Tuesday",
	"Climate summit ends without deal on fossil fuels",
	"India-Pakistan border talks resume after two-year freeze",
	"Russia-Ukraine prisoner swap frees 300 soldiers",
	"Self-driving taxis expand to 10 more US cities",
	"O'Brien named Ireland's new finance minister",
	"Nobel Prize in Physics awarded for quantum error-correction work",
	"Amazon faces EU antitrust probe over marketplace data",
	"New York City bans gas stoves in new buildings",
	"Australia's under-16 social media ban takes effect",
	"Tokyo Stock Exchange suspends trading after glitch",
	"Measles outbreak spreads across three US states",
	"AI lab launches open-weights model to rival GPT",
	"Japan's birth rate falls to record low",
	"Man, 64, rescued after three days trapped in Alps crevasse",
	"Activists detained at Gaza flotilla protest in Ashdod",
	"US Supreme Court to hear TikTok case",
	"Vaccines for bird flu (H5N1) enter human trials",
	"Syria's new government pledges elections within four years",
	"Zelensky thanks Starmer and Macron for unwavering support",
	"Shell profits slump as oil price falls",
	"Wildfire near Los Angeles forces 30,000 to flee",
	"Manchester United sack manager after 4-0 defeat",
}

// benchHeadlines returns the headlines of a shared corpus file, or nil.
func benchHeadlines(b *testing.B, name string) []string {
	root, ok := sharedfiles.Root()
	if !ok {
		return nil
	}
	lines := readLines(b, filepath.Join(root, "corpora", name))
	if len(lines) > 5000 {
		lines = lines[:5000]
	}
	return lines
}

func totalBytes(hs []string) int64 {
	n := 0
	for _, h := range hs {
		n += len(h)
	}
	return int64(n)
}

// englishSets are the inputs of BenchmarkLine and BenchmarkFieldsBaseline:
// one op is one pass over the whole set, so ns/op ÷ len(set) is per headline.
func englishSets(b *testing.B) map[string][]string {
	sets := map[string][]string{"builtin": builtinHeadlines}
	if hs := benchHeadlines(b, "english-headlines.txt"); hs != nil {
		sets["corpus"] = hs
	} else {
		b.Log("no ../shared/corpora/english-headlines.txt: benchmarking the built-in headlines only")
	}
	return sets
}

func BenchmarkLine(b *testing.B) {
	for _, name := range []string{"builtin", "corpus"} {
		hs := englishSets(b)[name]
		if hs == nil {
			continue
		}
		b.Run(name, func(b *testing.B) {
			g := Default()
			b.ReportAllocs()
			b.SetBytes(totalBytes(hs))
			for b.Loop() {
				for _, h := range hs {
					sinkString = g.Line(h)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(hs)), "ns/headline")
		})
	}
}

// BenchmarkFieldsBaseline is strings.Fields over the same headlines: the
// yardstick BenchmarkLine is compared with.
func BenchmarkFieldsBaseline(b *testing.B) {
	for _, name := range []string{"builtin", "corpus"} {
		hs := englishSets(b)[name]
		if hs == nil {
			continue
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(totalBytes(hs))
			for b.Loop() {
				for _, h := range hs {
					sinkN += len(strings.Fields(h))
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(hs)), "ns/headline")
		})
	}
}

func BenchmarkAppendLine(b *testing.B) {
	for _, name := range []string{"builtin", "corpus"} {
		hs := englishSets(b)[name]
		if hs == nil {
			continue
		}
		b.Run(name, func(b *testing.B) {
			g := Default()
			buf := make([]byte, 0, 4096)
			b.ReportAllocs()
			b.SetBytes(totalBytes(hs))
			for b.Loop() {
				for _, h := range hs {
					buf = g.AppendLine(buf[:0], h)
				}
			}
			sinkN += len(buf)
		})
	}
}

func BenchmarkDerive(b *testing.B) {
	for _, style := range []Style{Words, Phrases, Combined} {
		b.Run(style.String(), func(b *testing.B) {
			g := New(Options{Style: style})
			b.ReportAllocs()
			b.SetBytes(totalBytes(builtinHeadlines))
			for b.Loop() {
				for _, h := range builtinHeadlines {
					sinkTags = g.Derive(h)
				}
			}
		})
	}
}

// BenchmarkDeriveUnicode runs the non-Latin corpora, to compare their
// bytes/s with the English ones (the Unicode path must stay within 3×).
func BenchmarkDeriveUnicode(b *testing.B) {
	for _, lang := range []string{"ar", "hi", "zh", "tr", "ru", "ur"} {
		hs := benchHeadlines(b, "headlines-"+lang+".txt")
		if hs == nil {
			b.Skip("skipping: ../shared/corpora not found")
		}
		b.Run(lang, func(b *testing.B) {
			g := New(Options{Lang: lang})
			buf := make([]byte, 0, 4096)
			b.ReportAllocs()
			b.SetBytes(totalBytes(hs))
			for b.Loop() {
				for _, h := range hs {
					buf = g.AppendLine(buf[:0], h)
				}
			}
			sinkN += len(buf)
		})
	}
}

// BenchmarkLineVsFields alternates Line and strings.Fields over the same
// headlines within each iteration and reports Line's time as a multiple of
// Fields' ("x-fields"): on a busy machine the interleaving keeps the ratio
// meaningful when separate benchmarks' absolute times are not.
func BenchmarkLineVsFields(b *testing.B) {
	g := Default()
	interleaved(b, "x-fields", "line", func(h string) { sinkString = g.Line(h) },
		"fields", func(h string) { sinkN += len(strings.Fields(h)) })
}

// interleaved runs a and c over the same chunks of 50 headlines, a then c,
// for each English set, so that load on the machine hits both alike, and
// reports ratio (a's time over c's) and each one's ns/headline.
func interleaved(b *testing.B, ratio, aName string, a func(string), cName string, c func(string)) {
	for _, name := range []string{"builtin", "corpus"} {
		hs := englishSets(b)[name]
		if hs == nil {
			continue
		}
		b.Run(name, func(b *testing.B) {
			var at, ct time.Duration
			b.ReportAllocs()
			b.SetBytes(2 * totalBytes(hs))
			for b.Loop() {
				for i := 0; i < len(hs); i += 50 {
					chunk := hs[i:min(i+50, len(hs))]
					t0 := time.Now()
					for _, h := range chunk {
						a(h)
					}
					t1 := time.Now()
					for _, h := range chunk {
						c(h)
					}
					ct += time.Since(t1)
					at += t1.Sub(t0)
				}
			}
			b.ReportMetric(float64(at)/float64(ct), ratio)
			b.ReportMetric(float64(at.Nanoseconds())/float64(b.N*len(hs)), aName+"-ns/headline")
			b.ReportMetric(float64(ct.Nanoseconds())/float64(b.N*len(hs)), cName+"-ns/headline")
		})
	}
}

// BenchmarkUnicodeVsASCII checks the 3× rule of the Unicode path with one
// number per language: it alternates chunks of the English corpus (the
// ASCII fast path) and of another language's corpus within each iteration,
// both through AppendLine with that language's Generator, and reports the
// time per byte of each and their ratio ("x-ascii", at most 3). Interleaving
// keeps the ratio meaningful on a busy machine, as in BenchmarkLineVsFields.
func BenchmarkUnicodeVsASCII(b *testing.B) {
	en := benchHeadlines(b, "english-headlines.txt")
	if en == nil {
		b.Skip("skipping: ../shared/corpora not found")
	}
	const chunk = 50
	for _, lang := range []string{"ar", "hi", "ru", "tr", "ur", "zh"} {
		hs := benchHeadlines(b, "headlines-"+lang+".txt")
		if hs == nil {
			b.Skip("skipping: ../shared/corpora not found")
		}
		b.Run(lang, func(b *testing.B) {
			ge, gu := Default(), New(Options{Lang: lang})
			buf := make([]byte, 0, 4096)
			enBytes, uBytes := totalBytes(en), totalBytes(hs)
			var tEn, tU time.Duration
			b.ReportAllocs()
			b.SetBytes(enBytes + uBytes)
			chunks := max(len(en), len(hs)) / chunk
			for b.Loop() {
				// Each side is walked whole once per iteration, in as many
				// chunks as the longer one has, alternating.
				for c := range chunks + 1 {
					ea, eb := c*len(en)/(chunks+1), (c+1)*len(en)/(chunks+1)
					ua, ub := c*len(hs)/(chunks+1), (c+1)*len(hs)/(chunks+1)
					t0 := time.Now()
					for _, h := range en[ea:eb] {
						buf = ge.AppendLine(buf[:0], h)
					}
					t1 := time.Now()
					for _, h := range hs[ua:ub] {
						buf = gu.AppendLine(buf[:0], h)
					}
					tU += time.Since(t1)
					tEn += t1.Sub(t0)
				}
			}
			sinkN += len(buf)
			enNs := float64(tEn.Nanoseconds()) / float64(int64(b.N)*enBytes)
			uNs := float64(tU.Nanoseconds()) / float64(int64(b.N)*uBytes)
			b.ReportMetric(enNs, "ascii-ns/B")
			b.ReportMetric(uNs, "ns/B")
			b.ReportMetric(uNs/enNs, "x-ascii")
		})
	}
}

// BenchmarkSuggest is Suggest(h, 3) over the same headlines as
// BenchmarkLine; the bar is at most 3× Line's ns/headline
// (BenchmarkSuggestVsLine measures the ratio in one run).
func BenchmarkSuggest(b *testing.B) {
	for _, name := range []string{"builtin", "corpus"} {
		hs := englishSets(b)[name]
		if hs == nil {
			continue
		}
		b.Run(name, func(b *testing.B) {
			g := Default()
			b.ReportAllocs()
			b.SetBytes(totalBytes(hs))
			for b.Loop() {
				for _, h := range hs {
					sinkN += len(g.Suggest(h, 3))
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(hs)), "ns/headline")
		})
	}
}

// BenchmarkSuggestLong is Suggest(h, 3) on long hostile lines (the shapes
// of TestSuggestLinear), with statistics, at two lengths: MB/s that
// holds from 4 KB to 64 KB says the cost is in proportion to the length
// (a quadratic path would lose 16× of it).
func BenchmarkSuggestLong(b *testing.B) {
	st, err := Learn(strings.NewReader(strings.Repeat("Aa ab of ac ad\nAb aa ad\n", dfMinHeadlines/2)), LearnOptions{})
	if err != nil {
		b.Fatal(err)
	}
	g := New(Options{Stats: st})
	for _, unit := range []string{"Aa ab ", "ad ac ", "Aa ", "ab "} {
		for _, size := range []int{4 << 10, 64 << 10} {
			in := strings.Repeat(unit, size/len(unit))
			b.Run(fmt.Sprintf("%q/%dKB", unit, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				for b.Loop() {
					sinkN += len(g.Suggest(in, 3))
				}
			})
		}
	}
}

// BenchmarkSuggestVsLine interleaves Suggest(h, 3) and Line over the same
// chunks of headlines, so that load on the machine hits both alike, and
// reports the ratio (the bar: at most 3).
func BenchmarkSuggestVsLine(b *testing.B) {
	g := Default()
	interleaved(b, "x-line", "suggest", func(h string) { sinkN += len(g.Suggest(h, 3)) },
		"line", func(h string) { sinkString = g.Line(h) })
}

// BenchmarkSuggestStages runs Suggest's pipeline stage by stage over the
// English corpus (or the built-in set), each sub-benchmark one stage more
// than the last, so that the cost of each stage is the difference between
// two rows.
func BenchmarkSuggestStages(b *testing.B) {
	hs := englishSets(b)["corpus"]
	if hs == nil {
		hs = englishSets(b)["builtin"]
	}
	g := Default()
	for n, name := range []string{"tokenize", "+classify", "+candidates", "+rank", "+render"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, h := range hs {
					p := g.getPipeline(h)
					p.tokenize()
					if n >= 1 {
						p.classify()
					}
					if n >= 2 {
						p.candidates()
					}
					if n >= 3 {
						p.rank()
					}
					if n >= 4 {
						sinkN += len(p.render(3))
					}
					g.putPipeline(p)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(hs)), "ns/headline")
		})
	}
}

// BenchmarkGazetteerBuild measures what the first Suggest of a language
// pays once: CLDR's country names and the places/ list read into the
// gazetteer (en has the longest list).
func BenchmarkGazetteerBuild(b *testing.B) {
	for _, lang := range []string{"en", "de", "tr", "ru"} {
		b.Run(lang, func(b *testing.B) {
			g := New(Options{Lang: lang})
			b.ReportAllocs()
			for b.Loop() {
				newGazetteer(g, g.baseLang())
			}
		})
	}
}
