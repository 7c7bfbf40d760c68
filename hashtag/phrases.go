package hashtag

// The phrase pass (styles Phrases and Combined). It needs the whole
// headline before it can decide anything: whether capitals mean names
// depends on how the headline is cased as a whole.

// shouting reports whether headline s is written in capitals
// (caseCount.shouting).
func shouting(s string, elision *wordSet) bool {
	scan := newScanner(s, elision)
	var c caseCount
	for {
		t, ok := scan.next()
		if !ok {
			break
		}
		c.add(t)
	}
	return c.shouting()
}

// phrases derives tags in the Phrases and Combined styles.
//
// A name or phrase is a run of capitalized words (not stopwords; acronyms
// only with KeepAcronyms) in which up to two lower-case connectors in a row
// may stand ("Board of Peace", "Rio de Janeiro"). Punctuation and sentence
// boundaries end a run. A sentence-initial word alone is not a name (its
// capital is the sentence's), but it starts a run when capitals follow.
//
// When capitals carry no signal — a Title Case headline (three or more
// capitalized content words and at most one lower-case one per five) or
// one written in capitals, or one mostly in a script without case (Arabic,
// Devanagari, Han) — there are no phrases: every content word
// becomes its own tag, as in the Words style, rather than the whole
// headline being glued into one tag.
func (e *emitter) phrases(dst []byte, scan *scanner) []byte {
	g, sc := e.g, e.scratch()
	toks := sc.toks[:0]
	capped, lowered, caseless := 0, 0, 0
	var cc caseCount
	for {
		t, ok := scan.next()
		if !ok {
			break
		}
		t = e.listed(e.acrossMiddleDot(t, scan), true)
		cc.add(t)
		if t.is(tCap | tLower) {
			// A sentence's first capital says nothing about the casing
			// style; a first word in lower case does.
			if !t.is(tStop) && t.is(tCap) && !t.is(tInitial) {
				capped++
			} else if !t.is(tStop) && t.is(tLower) {
				lowered++
			}
		}
		if t.is(tLetter) && !t.is(tCap|tLower) {
			caseless++ // Arabic, Devanagari, Han…: no capital can mark a name
		}
		if !t.is(tASCII) {
			if words, ok := e.segmented(t); ok {
				// Copied out: segmented reuses its buffer for the next run.
				for _, u := range words {
					u = e.listed(u, false)
					if u.is(tLetter) && !u.is(tCap|tLower) {
						caseless++
					}
					toks = append(toks, u)
				}
				continue
			}
		}
		toks = append(toks, t)
	}
	sc.toks = toks
	e.shout = cc.shouting()
	// A headline mostly in a script without case has no capitals to find
	// names by either: it gets word tags too, rather than none.
	title := e.shout || titleCased(capped, lowered) || caseless > cc.cased

	if !title {
		for i := 0; i < len(toks) && !e.full(); {
			if !e.capital(toks[i]) {
				i++
				continue
			}
			end, conns := i, 0
			for j := i + 1; j < len(toks) && !toks[end].is(tApos); j++ {
				// A possessive ends a name: Meghan’s | Netflix.
				u := toks[j]
				if u.is(tPunct | tInitial) {
					break
				}
				if e.capital(u) {
					end, conns = j, 0
					continue
				}
				if u.is(tConnector) && isCoordinator(appendLower(g, sc.tmp[:0], e.s[u.start:u.end])) {
					// "and" joins one name to one name (Trinidad and Tobago),
					// never runs or acronyms: "Rio de Janeiro and Leonardo da
					// Vinci", "US and EU" are two things each.
					if end == i && conns == 0 && !toks[i].is(tAllCaps|tApos) && e.lone(toks, j+1) {
						end = j + 1
					}
					break
				}
				if u.is(tConnector) && conns < 2 {
					conns++
					continue
				}
				break
			}
			t := toks[i]
			if end == i && t.is(tInitial) && !t.is(tInnerCap) && !(t.is(tAllCaps) && !e.shout) {
				i++ // the sentence's capital, not a name's (an acronym's are its own)
				continue
			}
			dst = e.add(dst, toks[i:end+1])
			for k := i; k <= end; k++ {
				toks[k].flags |= tUsed
			}
			i = end + 1
		}
		if g.opts.Style == Phrases {
			return dst
		}
	}
	for _, t := range toks {
		if e.full() {
			break
		}
		if t.is(tLetter) && !t.is(tUsed) {
			dst = e.add(dst, []token{t})
		}
	}
	return dst
}

// listed marks a word t (not a compound) with what the word lists say of
// its text: tStop if it is on the stopword list (a contraction is add's to
// drop) and, with connectors, tConnector if it is a connector (names.go).
func (e *emitter) listed(t token, connectors bool) token {
	if !t.is(tLetter) || t.is(tCompound) {
		return t
	}
	g, sc := e.g, e.sc
	sc.key = g.writeToken(sc.key[:0], e.s, t, false)
	if t.is(tNorm) {
		sc.key, sc.tmp, sc.out = normalizeTail(sc.key, 0, sc.tmp, sc.out, &sc.iter)
	}
	if g.isStop(sc.key) {
		t.flags |= tStop
	}
	if connectors && t.is(tLower) {
		sc.tmp = appendLower(g, sc.tmp[:0], sc.key)
		if isConnector(t, sc.tmp) {
			t.flags |= tConnector
		}
	}
	return t
}

// lone reports whether toks[k] is a single capitalized word, not an
// acronym, that no further capital or connector follows.
func (e *emitter) lone(toks []token, k int) bool {
	if k >= len(toks) || !e.capital(toks[k]) || toks[k].is(tAllCaps|tPunct|tInitial) {
		return false
	}
	if k+1 < len(toks) {
		u := toks[k+1]
		if !u.is(tPunct|tInitial) && (e.capital(u) || u.is(tConnector)) && !toks[k].is(tApos) {
			return false
		}
	}
	return true
}

// capital reports whether t can be part of a name: capitalized (or, for a
// compound, with a capitalized part) and not a stopword, unless it is an
// acronym kept by KeepAcronyms.
func (e *emitter) capital(t token) bool {
	if !t.is(tLetter) || !t.is(tCap|tInnerCap) {
		return false
	}
	if t.is(tStop) {
		return e.g.keepsAcronym(t.is(tAllCaps), e.shout)
	}
	return true
}
