package hashtag

import (
	"embed"
	"sync"
)

// Place names beyond CLDR's, per language: places/<lang>.txt lists, one
// name a line (words separated by a space, as headlines write them), the
// spellings a language's news uses where they differ from CLDR's
// (Amharic ሶማሊያ beside CLDR's ሱማሌ), and the cities and regions a
// headline names most (አዲስ አበባ, መቀሌ). They were written for this
// project from knowledge of the language. The gazetteer (gazetteer.go)
// adds them to CLDR's names.
//
//go:embed places/*.txt
var placeFiles embed.FS

var placeLists = sync.OnceValue(func() map[string][]string { return readLists(placeFiles, "places") })
