package twtext

// URL is a URL recognised in text, as twitter-text's extractUrlsWithIndices
// reports it. Start/End are code-point offsets (end exclusive);
// ByteStart/ByteEnd are the same span in bytes.
type URL struct {
	URL                string
	Start, End         int
	ByteStart, ByteEnd int
}

// Hashtag is a hashtag found in text. Text excludes the '#'. Start/End are
// code-point offsets starting at the '#' (end exclusive); ByteStart/ByteEnd
// are the same span in bytes.
type Hashtag struct {
	Text               string
	Start, End         int
	ByteStart, ByteEnd int
}
