package hashtag

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// The gazetteer: names of countries and regions in the headline's language,
// from the CLDR data in golang.org/x/text/language/display. It finds
// multi-word place names where no capital marks them (दक्षिण कोरिया,
// كوريا الجنوبية) and tells a place from a person where capitals do.

type gazetteer struct {
	names map[string]bool // lower-cased words (appendLower) joined by ' '
	lists map[string]bool // the names only places/ lists, not CLDR: cities, provinces, seas
	// sources is, for longest, names, lists and the keys of names' first
	// words, two, … that a longer name goes on from, in one map: one
	// lookup a word tells whether the words so far are a name, whether it
	// is a listed one (rank asks that of every place: listedPlace) and
	// whether to read on.
	sources  map[string]placeSource
	first    wordSet // the first words of names, to turn most words away
	maxWords int
}

var gazetteers sync.Map // base language → *gazetteer

// gazetteer returns the place names of g's language, built once per
// language on first use.
func (g *Generator) gazetteer() *gazetteer {
	lang := g.baseLang()
	if v, ok := gazetteers.Load(lang); ok {
		return v.(*gazetteer)
	}
	v, _ := gazetteers.LoadOrStore(lang, newGazetteer(g, lang))
	return v.(*gazetteer)
}

// newGazetteer builds the gazetteer of lang: CLDR's names, then the
// places/ list's.
func newGazetteer(g *Generator, lang string) *gazetteer {
	gz := &gazetteer{names: map[string]bool{}, lists: map[string]bool{}, sources: map[string]placeSource{}}
	tag, err := language.Parse(lang)
	var namer display.Namer
	if err == nil && lang != "" {
		namer = display.Regions(tag)
	}
	if namer != nil {
		for a := 'A'; a <= 'Z'; a++ {
			for b := 'A'; b <= 'Z'; b++ {
				r, err := language.ParseRegion(string([]rune{a, b}))
				if err != nil || !r.IsCountry() {
					continue
				}
				gz.add(g, namer.Name(r))
			}
		}
		// Continents and world regions (UN M.49): Africa, Europe, Asia…
		for _, code := range []string{"002", "009", "019", "142", "150", "005", "013", "021", "014", "145", "151", "155", "039", "030", "034", "035", "143", "011", "015", "017", "018", "029", "053", "054", "057", "061"} {
			if r, err := language.ParseRegion(code); err == nil {
				gz.add(g, namer.Name(r))
			}
		}
	}
	// Short names, regions and cities CLDR does not list (places/, places.go).
	for _, name := range placeLists()[lang] {
		if key := gz.add(g, name); key != "" { // not a CLDR name too
			gz.lists[key] = true
			gz.sources[key] |= fromList
		}
	}
	return gz
}

// add adds a CLDR name, as the tokenize stage would see it: "Korea (South)"
// and "Congo - Kinshasa" are not written so in headlines, their first
// part is. It returns the name's key, or "" if the gazetteer had it.
func (gz *gazetteer) add(g *Generator, name string) string {
	if i := strings.IndexAny(name, "(（,،"); i > 0 {
		name = name[:i]
	}
	if i := strings.Index(name, " - "); i > 0 {
		name = name[:i]
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return ""
	}
	key, first, n := gazetteerKey(g, name)
	if n == 0 || gz.names[key] {
		return ""
	}
	gz.names[key] = true
	gz.sources[key] |= aName
	for i := range len(key) {
		if key[i] == ' ' {
			gz.sources[key[:i]] |= goesOn
		}
	}
	gz.first.add(first)
	gz.maxWords = max(gz.maxWords, n)
	return key
}

// gazetteerKey returns the key of a name as match builds it from a
// headline's words, its first word lower-cased, and its number of words.
func gazetteerKey(g *Generator, name string) (key, first string, n int) {
	p := &pipeline{g: g, s: name}
	p.tokenize()
	if len(p.words) == 0 {
		return "", "", 0
	}
	var b []byte
	for i := range p.words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = appendLower(g, b, p.text(&p.words[i]))
	}
	return string(b), g.lowerString(string(p.text(&p.words[0]))), len(p.words)
}

// placeSource says what the gazetteer knows of a key: bits.
type placeSource uint8

const (
	aName    placeSource = 1 << iota // a place's name
	fromList                         // one only places/ has, not CLDR: a city, a province
	goesOn                           // the first words of a longer name
)

// match returns how many words from p.words[i] form a place name (the
// longest match), or 0. first is the first word lower-cased, which a
// caller may have stripped of a proclitic.
func (gz *gazetteer) match(p *pipeline, i int, first []byte, packed uint64) int {
	if len(gz.names) == 0 || !hasPacked(&gz.first, first, packed) {
		return 0
	}
	n, _ := gz.longest(p, i, first)
	return n
}

// longest is match after the first word is known to begin a name (as
// places knows it of a word inPlaceFirst), and where the name it found
// is from.
func (gz *gazetteer) longest(p *pipeline, i int, first []byte) (int, placeSource) {
	key := append(p.key[:0], first...)
	best, from := 0, placeSource(0)
	for n := 1; n <= gz.maxWords && i+n <= len(p.words); n++ {
		if n > 1 {
			w := &p.words[i+n-1]
			if w.tok.is(tPunct) {
				break
			}
			key = append(key, ' ')
			key = append(key, p.lower(w)...)
		}
		src := gz.sources[string(key)]
		if src&aName != 0 {
			best, from = n, src
		}
		if src&goesOn == 0 {
			break // no name goes on from these words
		}
	}
	p.key = key
	return best, from
}
