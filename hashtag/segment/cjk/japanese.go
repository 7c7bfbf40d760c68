package cjk

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"

	"github.com/sharekit/sharekit/hashtag"
)

// jaClass is what the segmenter needs to know of an IPADIC part of speech:
// the kind a word gets, and how it joins its neighbours.
type jaClass uint8

const (
	jaWord         jaClass = iota // content word: noun, verb, adjective
	jaFunction                    // particle, auxiliary, adverb, pronoun…
	jaSymbol                      // punctuation and signs: no segment
	jaSurname                     // 名詞,固有名詞,人名,姓
	jaGivenName                   // 名詞,固有名詞,人名,名
	jaName                        // 名詞,固有名詞,人名,一般
	jaPlace                       // 名詞,固有名詞,地域
	jaOrg                         // 名詞,固有名詞,組織
	jaProper                      // 名詞,固有名詞,一般
	jaNumber                      // 名詞,数
	jaCounter                     // 名詞,接尾,助数詞 (年 人 円 本)
	jaHonorific                   // 名詞,接尾,人名 (さん 氏 君)
	jaPlaceSuffix                 // 名詞,接尾,地域 (県 市 州)
	jaSuffix                      // other 名詞,接尾 (者 率 料 戦)
	jaNounPrefix                  // 接頭詞,名詞接続 (大 新 全)
	jaNumberPrefix                // 接頭詞,数接続 (第 約)
	jaUnknown                     // not in the dictionary
)

var ja struct {
	once    sync.Once
	dict    *dict.Dict
	tables  *jaTables
	classes []jaClass // per known word ID
}

// japanese returns IPADIC, loading it and the class of every word ID on
// the first call.
func japanese() *dict.Dict {
	ja.once.Do(func() {
		d := ipa.DictShrink() // parts of speech without readings: faster to load
		ja.dict, ja.tables = d, newJaTables(d)
		ja.classes = classify(d.POSTable.POSs, func(id dict.POSID) string { return d.POSTable.NameList[id] })
	})
	return ja.dict
}

// classify computes the class of every word ID, once per distinct part of
// speech.
func classify(poss []dict.POS, name func(dict.POSID) string) []jaClass {
	classes := make([]jaClass, len(poss))
	seen := make(map[[4]dict.POSID]jaClass)
	for i, pos := range poss {
		var key [4]dict.POSID
		copy(key[:], pos)
		c, ok := seen[key]
		if !ok {
			names := make([]string, len(pos))
			for j, id := range pos {
				names[j] = name(id)
			}
			c = classOf(names)
			seen[key] = c
		}
		classes[i] = c
	}
	return classes
}

// classOf maps an IPADIC part of speech (up to four levels) to a jaClass.
func classOf(pos []string) jaClass {
	at := func(i int) string {
		if i < len(pos) {
			return pos[i]
		}
		return ""
	}
	switch at(0) {
	case "名詞":
		switch at(1) {
		case "固有名詞":
			switch at(2) {
			case "人名":
				switch at(3) {
				case "姓":
					return jaSurname
				case "名":
					return jaGivenName
				}
				return jaName
			case "地域":
				return jaPlace
			case "組織":
				return jaOrg
			}
			return jaProper
		case "数":
			return jaNumber
		case "代名詞", "非自立", "特殊":
			return jaFunction
		case "接尾":
			switch at(2) {
			case "助数詞":
				return jaCounter
			case "人名":
				return jaHonorific
			case "地域":
				return jaPlaceSuffix
			case "助動詞語幹", "特殊":
				return jaFunction
			}
			return jaSuffix
		}
		return jaWord
	case "接頭詞":
		switch at(1) {
		case "名詞接続":
			return jaNounPrefix
		case "数接続":
			return jaNumberPrefix
		}
		return jaFunction
	case "動詞", "形容詞":
		if at(1) == "自立" {
			return jaWord
		}
		return jaFunction
	case "記号":
		return jaSymbol
	}
	// 助詞 助動詞 接続詞 連体詞 副詞 感動詞 フィラー その他
	return jaFunction
}

// jaToken is one word of a Japanese piece while the rules join words.
type jaToken struct {
	start, end int // byte span in the run
	class      jaClass
}

var jaPool = sync.Pool{New: func() any { return new([]jaToken) }}

// segmentJapanese appends the words of run[start:end], a piece without
// Latin letters or digits, as kagome's lattice over IPADIC finds them, then
// joins what a hashtag keeps together: a name split at ・ (ジェームス・ブラウン),
// a surname and given name, a place and its 県 or 市, a noun and its suffix
// (支持率), a prefix and its noun (大地震), a numeral and its counter.
func segmentJapanese(dst []hashtag.Segment, run string, start, end int) []hashtag.Segment {
	d := japanese()
	bufp := jaPool.Get().(*[]jaToken)
	defer jaPool.Put(bufp)
	toks := appendJapaneseTokens((*bufp)[:0], d, run, start, end)
	toks = joinJapanese(run, toks)
	*bufp = toks
	for _, t := range toks {
		// A word never starts or ends with ・, which an unknown Katakana
		// word may have taken in.
		for strings.HasPrefix(run[t.start:t.end], string(nakaguro)) {
			t.start += len(string(nakaguro))
		}
		for strings.HasSuffix(run[t.start:t.end], string(nakaguro)) {
			t.end -= len(string(nakaguro))
		}
		if t.start >= t.end || t.class == jaSymbol || !hasWordRune(run[t.start:t.end]) {
			continue
		}
		dst = append(dst, hashtag.Segment{Start: t.start, End: t.end, Kind: jaKind(t.class, run[t.start:t.end])})
	}
	return dst
}

// appendJapaneseTokens appends the tokens kagome's lattice finds in
// run[start:end].
func appendJapaneseTokens(toks []jaToken, d *dict.Dict, run string, start, end int) []jaToken {
	la := jaLattices.Get().(*jaLattice)
	defer jaLattices.Put(la)
	for _, m := range la.tokenize(d, ja.tables, run[start:end]) {
		s, e := start+m.start, start+m.end
		if !m.known {
			toks = appendUnknown(toks, run, s, e)
			continue
		}
		surface := run[s:e]
		c := refineSuffix(ja.classes[m.id], surface)
		if c == jaWord && lightVerbs[surface] {
			c = jaFunction
		}
		toks = append(toks, jaToken{start: s, end: e, class: c})
	}
	return toks
}

// appendUnknown appends the tokens of run[start:end], a word kagome did not
// find in the dictionary. IPADIC groups a stretch of unknown Katakana into
// one word, ・ included (スペインサッカー・エスパニョール), so it is taken apart
// at its ・; a part the dictionary has is that word, a part it can spell as
// common words (フィギュアスケート) is one word or, when long, those words;
// any other part is a name it does not know.
func appendUnknown(toks []jaToken, run string, start, end int) []jaToken {
	dot := string(nakaguro)
	for start < end {
		i := strings.Index(run[start:end], dot)
		if i < 0 {
			i = end - start
		}
		if i > 0 {
			toks = appendUnknownPart(toks, run, start, start+i)
		}
		start += i
		if start < end {
			toks = append(toks, jaToken{start: start, end: start + len(dot), class: jaSymbol})
			start += len(dot)
		}
	}
	return toks
}

func appendUnknownPart(toks []jaToken, run string, start, end int) []jaToken {
	word := run[start:end]
	if ids := ja.dict.Index.Search(word); len(ids) > 0 {
		return append(toks, jaToken{start: start, end: end, class: refineSuffix(ja.classes[ids[0]], word)})
	}
	if !allKatakana(word) {
		return append(toks, jaToken{start: start, end: end, class: jaUnknown})
	}
	parts := cover(word)
	if parts == nil {
		return append(toks, jaToken{start: start, end: end, class: jaUnknown})
	}
	if utf8.RuneCountInString(word) <= maxCompoundRunes {
		return append(toks, jaToken{start: start, end: end, class: jaWord})
	}
	for _, p := range parts {
		toks = append(toks, jaToken{start: start + p.start, end: start + p.end, class: p.class})
	}
	return toks
}

// maxCompoundRunes is the longest Katakana compound of dictionary words
// kept as one word; a longer one (ワールドベースボールクラシック) is split
// into its words.
const maxCompoundRunes = 12

// minCoverRunes is the shortest dictionary word cover uses: two-kana words
// (ロン, ジン) spell too many foreign names by accident.
const minCoverRunes = 3

// cover spells word, all Katakana, as the fewest dictionary words of at
// least minCoverRunes characters, none of them a person's name, and returns
// them with offsets into word; nil when there is no such spelling of two or
// more words.
func cover(word string) []jaToken {
	n := len(word)
	type step struct {
		words, from int
		class       jaClass
	}
	steps := make([]step, n+1)
	for i := range steps {
		steps[i].words = -1
	}
	steps[0].words = 0
	for i := 0; i < n; i++ {
		if steps[i].words < 0 || !utf8.RuneStart(word[i]) {
			continue
		}
		ja.dict.Index.CommonPrefixSearchCallback(word[i:], func(id, l int) {
			j := i + l
			if j > n || utf8.RuneCountInString(word[i:j]) < minCoverRunes {
				return
			}
			c := ja.classes[id]
			switch c {
			case jaWord, jaPlace, jaOrg, jaProper:
			default:
				return
			}
			if steps[j].words < 0 || steps[i].words+1 < steps[j].words {
				steps[j] = step{words: steps[i].words + 1, from: i, class: c}
			}
		})
	}
	if steps[n].words < 2 {
		return nil
	}
	parts := make([]jaToken, steps[n].words)
	for j, k := n, len(parts)-1; j > 0; k-- {
		parts[k] = jaToken{start: steps[j].from, end: j, class: steps[j].class}
		j = steps[j].from
	}
	return parts
}

// joinJapanese applies the joining rules in place and returns the joined
// tokens.
func joinJapanese(run string, toks []jaToken) []jaToken {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if len(out) == 0 {
			out = append(out, t)
			continue
		}
		prev := &out[len(out)-1]
		adjacent := prev.end == t.start
		switch {
		case !adjacent:
		// ・ between two Katakana names: one name.
		case t.class == jaSymbol && run[t.start:t.end] == string(nakaguro) && i+1 < len(toks) &&
			toks[i+1].start == t.end && dotJoins(run, *prev, toks[i+1]):
			next := toks[i+1]
			prev.end = next.end
			prev.class = joinedNameClass(prev.class, next.class)
			i++
			continue
		case prev.class == jaSurname && t.class == jaGivenName:
			prev.end, prev.class = t.end, jaName
			continue
		// Given names often end in a numeral (晋三, 健一) that IPADIC
		// reads as a number: after a surname and given name, a lone
		// numeral kanji not followed by a counter belongs to the name.
		case prev.class == jaName && t.class == jaNumber && isNameNumeral(run[t.start:t.end]) &&
			prevJoined(run, *prev) && (i+1 == len(toks) || toks[i+1].class != jaCounter && toks[i+1].class != jaNumber):
			prev.end = t.end
			continue
		case t.class == jaPlaceSuffix && isNoun(prev.class):
			// 宮城県, 鎌倉市 are places; 〇〇市 after a common noun is a word.
			prev.end = t.end
			if prev.class != jaPlace {
				prev.class = jaWord
			}
			continue
		case t.class == jaSuffix && isNoun(prev.class):
			prev.end, prev.class = t.end, jaWord
			continue
		case prev.class == jaNounPrefix && isNoun(t.class):
			prev.end, prev.class = t.end, t.class
			continue
		case (prev.class == jaNumberPrefix || prev.class == jaNumber) && (t.class == jaNumber || t.class == jaCounter):
			prev.end, prev.class = t.end, jaNumber
			continue
		}
		out = append(out, t)
	}
	return out
}

// IPADIC files titles (首相, 大統領, 選手) and honorifics (さん, 氏) alike
// as person suffixes, and an administrative unit (県, 市) and an origin (産,
// 発) alike as place suffixes. refineSuffix keeps the honorifics as function
// words and joins only administrative units to their place; titles are
// words of their own, origins function words.
func refineSuffix(c jaClass, surface string) jaClass {
	switch c {
	case jaHonorific:
		if !honorifics[surface] {
			return jaWord
		}
	case jaPlaceSuffix:
		if !adminUnits[surface] {
			return jaFunction
		}
	}
	return c
}

var (
	honorifics = map[string]bool{"さん": true, "氏": true, "君": true, "くん": true, "様": true, "さま": true, "ちゃん": true, "殿": true, "氏ら": true, "ら": true}
	adminUnits = map[string]bool{"都": true, "道": true, "府": true, "県": true, "市": true, "区": true, "町": true, "村": true, "郡": true, "州": true, "省": true, "島": true, "諸島": true}
)

// lightVerbs are the forms of する, ある, いる, なる and できる: IPADIC files
// them as independent verbs, but in a headline they carry grammar, not
// topic (乾電池を動力源とした: し).
var lightVerbs = map[string]bool{
	"する": true, "し": true, "さ": true, "せ": true, "され": true, "させ": true,
	"ある": true, "あり": true, "あっ": true, "いる": true, "い": true,
	"なる": true, "なり": true, "なっ": true, "できる": true, "でき": true,
}

// hasWordRune reports whether s has a letter or digit: IPADIC tags some
// signs (．) as nouns, and a sign is never a word.
func hasWordRune(s string) bool {
	for _, r := range s {
		if isHan(r) || unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isHan reports whether r is one of the CJK Unified Ideographs of the
// basic block, all of them letters (TestIsHan): most words of Chinese and
// Japanese text are, and the range test spares unicode's table search.
func isHan(r rune) bool { return 0x4E00 <= r && r <= 0x9FFF }

// isNameNumeral reports whether s is one of the numeral kanji that end
// given names.
func isNameNumeral(s string) bool {
	switch s {
	case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十":
		return true
	}
	return false
}

// prevJoined reports whether t spans more than one kanji: a surname and
// given name joined, not a lone name a numeral may well follow.
func prevJoined(run string, t jaToken) bool {
	return utf8.RuneCountInString(run[t.start:t.end]) >= 3
}

func isNoun(c jaClass) bool {
	switch c {
	case jaWord, jaSurname, jaGivenName, jaName, jaPlace, jaOrg, jaProper, jaUnknown:
		return true
	}
	return false
}

// dotJoins reports whether a ・ between a and b joins one Katakana name
// rather than separating the items of a list. Both must be all Katakana,
// neither a place (米国・カナダ), and either one a person's name (ドナルド・
// トランプ, though トランプ alone is a common noun) or both proper nouns or
// words the dictionary does not know (オサーマ・ビンラーディン). Two common
// nouns (ゲーム・アニメ) are a list.
func dotJoins(run string, a, b jaToken) bool {
	if !allKatakana(run[a.start:a.end]) || !allKatakana(run[b.start:b.end]) || a.class == jaPlace || b.class == jaPlace {
		return false
	}
	if isPerson(a.class) || isPerson(b.class) {
		return isNoun(a.class) && isNoun(b.class)
	}
	return isProperOrUnknown(a.class) && isProperOrUnknown(b.class)
}

func isPerson(c jaClass) bool { return c == jaSurname || c == jaGivenName || c == jaName }

func isProperOrUnknown(c jaClass) bool {
	return c == jaProper || c == jaOrg || c == jaUnknown
}

// joinedNameClass is the class of "a・b": a person's name if either part
// is one, else another proper noun.
func joinedNameClass(a, b jaClass) jaClass {
	for _, c := range []jaClass{a, b} {
		switch c {
		case jaSurname, jaGivenName, jaName:
			return jaName
		}
	}
	return jaProper
}

func allKatakana(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Katakana, r) && r != 'ー' && r != nakaguro && r != 'ｰ' {
			return false
		}
	}
	return true
}

// jaKind maps a class to the SegmentKind a ranker sees. A word the
// dictionary does not know is a proper noun when it is all Katakana (in
// headlines, a foreign name or a brand), else a plain word.
func jaKind(c jaClass, word string) hashtag.SegmentKind {
	switch c {
	case jaSurname, jaGivenName, jaName:
		return hashtag.SegName
	case jaPlace:
		return hashtag.SegPlace
	case jaOrg:
		return hashtag.SegOrg
	case jaProper:
		return hashtag.SegProper
	case jaNumber:
		return hashtag.SegNumber
	case jaFunction, jaCounter, jaHonorific, jaNounPrefix, jaNumberPrefix, jaSymbol:
		return hashtag.SegFunction
	case jaUnknown:
		if allKatakana(word) && utf8.RuneCountInString(word) > 1 {
			return hashtag.SegProper
		}
	}
	return hashtag.SegWord
}

// knownJapanese reports whether IPADIC has word as one entry.
func knownJapanese(word string) bool {
	japanese()
	return len(ja.dict.Index.Search(word)) > 0
}
