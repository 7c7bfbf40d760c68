package hashtag

import (
	"embed"
	"sync"
)

// Place names the CLDR gazetteer lacks: cities, provinces and the short
// country names news uses, per language (places/README.md). They are read
// into the same gazetteer as the CLDR names.
//
//go:embed places/*.txt
var placeFiles embed.FS

var placeLists = sync.OnceValue(func() map[string][]string { return readLists(placeFiles, "places") })
