package hashtag

// Rules about names written with capitals, which the Phrases style
// (phrases.go) and Suggest's candidates (candidates.go) share: when a
// headline's capitals mean nothing (it is in capitals, or in Title Case),
// and which lower-case words may stand inside a name.

// caseCount counts a headline's cased words, to tell one written in
// capitals.
type caseCount struct{ caps, cased int }

func (c *caseCount) add(t token) {
	if t.is(tCap | tLower) {
		c.cased++
	}
	if t.is(tAllCaps) {
		c.caps++
	}
}

// shouting reports whether the headline is written in capitals: at least
// three all-caps words, and they are four fifths or more of the cased
// words. Its all-caps words are then not acronyms, and capitals mark no
// names.
func (c caseCount) shouting() bool { return c.caps >= 3 && 5*c.caps >= 4*c.cased }

// titleCased reports whether a headline is in Title Case, from its content
// words: capped capitalized ones (not counting a sentence's first word)
// and lowered lower-case ones. Three or more capitalized words and at most
// one lower-case one for five of them: capitals there mark no names.
func titleCased(capped, lowered int) bool { return capped >= 3 && 5*lowered <= capped }

// isConnector reports whether word t, whose lower case (the word lists'
// key) is key, may stand inside a name in lower case: Board of Peace, Rio
// de Janeiro (stopwords/connectors.txt).
func isConnector(t token, key []byte) bool {
	return t.is(tLower) && !t.is(tCap) && has(connectors(), key)
}

// isCoordinator reports whether a connector, by its lower-case key, is one
// that joins two names as one only when each side is a single word
// (Trinidad and Tobago; "US and EU" are two).
func isCoordinator(key []byte) bool { return coordinators[string(key)] }

var coordinators = map[string]bool{"and": true, "und": true, "et": true, "e": true, "y": true}
