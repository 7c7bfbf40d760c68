package hashtag

import (
	"errors"
	"sync"
	"unicode"

	"golang.org/x/text/language"
)

// Tag is a derived hashtag. Text has no '#'. Start/End are the byte span in the
// input headline that the tag came from (end exclusive): for a compound from
// its first to its last part, for a phrase the whole phrase.
type Tag struct {
	Text       string `json:"text"`
	Start, End int    `json:"-"`
	Kind       Kind   `json:"kind"`
}

// Generator derives hashtags. It is safe for concurrent use: its settings
// never change after New, and the buffers it reuses come from a sync.Pool.
type Generator struct {
	opts      Options
	lang      language.Tag
	stop      wordSet
	special   unicode.SpecialCase // Turkish/Azeri dotted and dotless i; nil otherwise
	asciiCase bool                // ASCII letters case-map as plain ASCII in this language
	greek     bool                // lower-case word-final σ is ς
	elision   *wordSet
	pool      sync.Pool // *scratch

	code      string        // the base language: "en", "tr", or "" for none
	semitic   bool          // Arabic or Hebrew: Suggest's semitic.go rules apply (tested per word, so a bool, not two string compares)
	declines  bool          // Russian, Greek, Hindi or Urdu: declension.go finds base forms from the words around
	english   bool          // English: Suggest's rules of English verb forms, adverbs and auxiliaries apply (asked per word)
	indic     *indicGrammar // Hindi or Urdu grammar (declension.go), nil for every other language
	listsOnce sync.Once     // Suggest's word lists, built on its first call
	lists     *suggestLists
}

// New returns a Generator for opts. It never fails: a Lang it cannot parse
// gets no stopword list and root casing rules, and out-of-range numbers and
// enums fall back to the defaults. Use NewChecked to be told instead.
func New(opts Options) *Generator {
	g := &Generator{opts: opts}
	if g.opts.Style < Words || g.opts.Style > Combined {
		g.opts.Style = Words
	}
	if g.opts.Case < CaseKeep || g.opts.Case > CaseLower {
		g.opts.Case = CaseKeep
	}
	g.opts.Max = max(g.opts.Max, 0)
	g.opts.Best = max(g.opts.Best, 0)
	g.opts.MinLength = max(g.opts.MinLength, 0)
	g.opts.Stopwords = append([]string(nil), opts.Stopwords...)

	lang := opts.Lang
	if lang == "" {
		lang = "en"
	}
	tag, err := language.Parse(lang)
	var unknown language.ValueError
	if err != nil && !errors.As(err, &unknown) {
		// A well-formed tag with an unregistered subtag (de-19010) still
		// names its language: Parse returns what it could read, so only a
		// malformed tag loses the stopword list.
		tag = language.Und
	}
	g.lang = tag
	base, _ := tag.Base()
	code := base.String()
	if tag == language.Und {
		code = ""
	}
	g.code = code
	g.semitic = code == "ar" || code == "he"
	g.declines = code == "ru" || code == "el" || code == "hi" || code == "ur"
	g.english = code == "en"
	g.indic = indicGrammars[code]
	switch code {
	case "tr", "az":
		g.special = unicode.TurkishCase
	case "el":
		g.greek = true
	}
	g.asciiCase = code != "tr" && code != "az" && code != "nl" // nl: IJ is one letter
	if e, ok := elisions[code]; ok {
		g.elision = new(wordSet)
		for _, w := range e {
			g.elision.add(w)
		}
	}
	if !opts.ReplaceStopwords && code != "" && code != connectorsFile {
		for _, w := range lists()[code] {
			g.stop.add(g.lowerString(w))
			if g.greek {
				// Greek written in capitals drops the tonos (ΑΠΟ for από),
				// so the word without it is the same stopword.
				if bare := withoutTonos(w); bare != w {
					g.stop.add(g.lowerString(bare))
				}
			}
		}
	}
	for _, w := range opts.Stopwords {
		g.stop.add(g.lowerString(w))
	}
	g.pool.New = func() any { return new(scratch) }
	return g
}

// NewChecked is New that reports invalid options as an *OptionError (see
// [Options.Check]). A well-formed language without a built-in stopword
// list (see Languages) is not an error.
func NewChecked(opts Options) (*Generator, error) {
	if err := opts.Check(); err != nil {
		return nil, err
	}
	return New(opts), nil
}

// Options returns the options the Generator uses, after New's defaults.
func (g *Generator) Options() Options {
	o := g.opts
	o.Stopwords = append([]string(nil), o.Stopwords...)
	return o
}

var defaultGenerator = sync.OnceValue(func() *Generator { return New(Options{}) })

// Default returns the Generator that Line uses: New(Options{}), built once.
func Default() *Generator { return defaultGenerator() }

// Line returns the hashtags of headline with the default options, each with
// its '#', separated by single spaces: "#Grateful #Pakistan …".
func Line(headline string) string { return defaultGenerator().Line(headline) }

// Line returns the hashtags of headline, each with its '#', separated by
// single spaces, or "" when there are none.
func (g *Generator) Line(headline string) string {
	if g.opts.Best > 0 {
		return g.SuggestLine(headline, g.opts.Best)
	}
	// Short lines are built on the stack: the result string is then the
	// only allocation, and no scratch is fetched from the pool.
	var arr [256]byte
	e := emitter{g: g, s: headline, line: true}
	b := e.run(arr[:0])
	s := string(b)
	e.release()
	return s
}

// AppendLine appends what Line returns to dst. With a dst of enough
// capacity it does not allocate.
func (g *Generator) AppendLine(dst []byte, headline string) []byte {
	if g.opts.Best > 0 {
		return append(dst, g.SuggestLine(headline, g.opts.Best)...)
	}
	e := emitter{g: g, s: headline, line: true}
	dst = e.run(dst)
	e.release()
	return dst
}

// Derive returns the hashtags of headline in order, or nil when there are
// none. With Options.Best, they are Suggest's, best first.
func (g *Generator) Derive(headline string) []Tag {
	if g.opts.Best > 0 {
		var out []Tag
		for _, s := range g.Suggest(headline, g.opts.Best) {
			out = append(out, Tag{Text: s.Text, Start: s.Start, End: s.End, Kind: s.Kind})
		}
		return out
	}
	e := emitter{g: g, s: headline}
	sc := e.scratch()
	sc.buf = e.run(sc.buf[:0])
	defer e.release()
	tags := e.view()
	if len(tags) == 0 {
		return nil
	}
	text := string(sc.buf) // one allocation for all the tags' text
	out := make([]Tag, len(tags))
	for i, t := range tags {
		out[i] = Tag{Text: text[t.start:t.end], Start: int(t.src0), End: int(t.src1), Kind: Kind(t.kind)}
	}
	return out
}

// run appends the tags of e.s to dst, as a line ("#a #b") or, for Derive,
// as bare texts back to back; the tag records say where each one is. The
// stages (see the package doc): the scanner tokenizes (scan.go,
// tokenize.go, normalizing as it goes); the candidates come from words.go
// or phrases.go; each goes to emit.go's add or addPlain, which write it
// (tagtext.go) and keep it unless a filter rule (filter.go) or a kept
// duplicate (dedup.go) drops it.
func (e *emitter) run(dst []byte) []byte {
	g, s := e.g, e.s
	scan := newScanner(s, g.elision)
	if g.opts.Style != Words {
		return e.phrases(dst, &scan)
	}
	if g.opts.KeepAcronyms {
		e.shout = shouting(s, g.elision) // the acronym rule needs it
	}
	return e.words(dst, &scan)
}
