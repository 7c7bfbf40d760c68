package hashtag

import (
	"strings"
	"unicode/utf8"
)

// Chinese and Japanese rules of the candidates stage. A Segmenter cuts a
// run of Han and kana into dictionary words, but both languages write
// compound nouns as one run of nouns with no particle between them, and an
// editor tags the compound: 殺人未遂, 宇宙飛行士, 横浜市長選挙,
// トランスアジア航空, 基金重仓股, and a person's name the dictionary knows
// only in parts (布 莱切). So a short run of content words written
// together is one candidate. A run stops at a function word, a number
// written in Han and a verb; where a name follows another name of another
// kind, or a place another place (大阪市 | 長居球技場); and on either side
// of a person's name. Generic words and titles may stand inside a
// compound (会社更生法, 横浜市長選挙) but do not end one (会社更生法申請 is
// 会社更生法, オサーマ・ビンラーディン容疑者 is a name and a title), nor
// stand before a name in one. A run
// of five words or more is most likely a clause or a list, and nothing is
// joined in it.

// cjkModelNames adds Latin letters written together with the digits after
// them inside a run of Han or kana as one name: a product, model or code
// (松下LX3, M43版, 空客A320), which the Segmenter cuts into letters and a
// number.
func (p *pipeline) cjkModelNames() {
	ws := p.words
	for i := 0; i+1 < len(ws); i++ {
		a, b := &ws[i], &ws[i+1]
		if !a.tok.is(tASCII) || a.seg == SegNumber || b.seg != SegNumber || b.tok.start != a.tok.end || !asciiDigits(p.s[b.tok.start:b.tok.end]) {
			continue
		}
		if (i == 0 || ws[i-1].tok.end != a.tok.start) && (i+2 >= len(ws) || ws[i+2].tok.start != b.tok.end) {
			continue // a word of its own between spaces: not inside a run
		}
		if i > 0 && ws[i-1].tok.end == a.tok.start && ws[i-1].seg == SegNumber ||
			b.tok.end < len(p.s) && (p.s[b.tok.end] == '.' || p.s[b.tok.end] < utf8.RuneSelf && isASCIIAlnum(p.s[b.tok.end])) {
			continue // 5V5, Android2.3, S610d: not letters and a number alone
		}
		if r, _ := utf8.DecodeRuneInString(p.s[b.tok.end:]); strings.ContainsRune(cjkCounters, r) {
			continue // NASA2018年: the number counts something, it names nothing
		}
		p.add(i, i+1, KindName)
	}
}

// cjkCounters are the Han units and counters a number takes (年, 日, 人,
// 元, 円, 万): after one, the number is a quantity.
const cjkCounters = "年月日時时分秒周週人円元万億亿倍回次号位件歳岁个個名便度"

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// asciiDigits reports whether s is made of ASCII digits only.
func asciiDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// cjkMaxCompound is the most words a compound is made of.
const cjkMaxCompound = 3

// cjkCandidates adds the compounds of Chinese and Japanese headlines.
func (p *pipeline) cjkCandidates() {
	p.cjkModelNames()
	ws := p.words
	for i := 0; i < len(ws); {
		if !p.cjkPart(i, true) {
			i++
			continue
		}
		end := i
		for end+1 < len(ws) && ws[end+1].tok.start == ws[end].tok.end && p.cjkPart(end+1, false) && !cjkNameBreak(&ws[end], &ws[end+1]) {
			end++
		}
		next := end + 1
		// A generic word may begin a compound (会社更生法, 世界最高速度),
		// not end one (更生法申請 is a verb's noun after its object).
		first, last := i, end
		for last > first && p.cjkWeakEnd(last) {
			last--
		}
		// An acronym after the words before it is a name they describe
		// (レコード販売店HMV): a tag of its own.
		if last > first && ws[last].tok.is(tAllCaps) {
			last--
		}
		// Nor does one stand before a name (訃報ヴォルフガング・サヴァリッシュ).
		for first < last && ws[first].is(inGeneric|inTitle) && isNameSeg(ws[first+1].seg) {
			first++
		}
		if n := last - first + 1; n >= 2 && n <= cjkMaxCompound && end-i < cjkMaxCompound+1 && p.cjkHasHan(first, last) {
			p.addJoinedRun(first, last)
		}
		i = next
	}
}

// cjkPart reports whether word i can be part of a compound: a content
// word; a number in ASCII digits too, last in its run (拳皇13).
func (p *pipeline) cjkPart(i int, first bool) bool {
	w := &p.words[i]
	if w.is(inVerb) || w.seg == SegVerb || w.seg == SegFunction {
		return false
	}
	if w.seg == SegNumber || w.is(inFragment) {
		// A number ends a model's name (拳皇13), and ends its run: one a
		// counter follows is a quantity (6団体, 7号).
		return !first && w.tok.is(tASCII) && isASCIIDigits(p.text(w)) &&
			(i+1 == len(p.words) || p.words[i+1].tok.start != w.tok.end)
	}
	if p.g.code == "ja" && okurigana(p.text(w)) {
		return false // 進む, 行わ: a verb or adjective, not a noun
	}
	if first && i > 0 && p.words[i-1].seg == SegNumber && p.words[i-1].tok.end == w.tok.start {
		return false // a counter (第7号): the number's, not a compound's
	}
	return !w.is(inStop)
}

// cjkWeakEnd reports whether word i, the last of a run, is a generic word
// or a title, which ends no compound (更生法申請, ビンラーディン容疑者,
// 紛争中), unless it is 人 or 者, which make a noun of a person
// (制作人, 日本人, 創始者).
func (p *pipeline) cjkWeakEnd(i int) bool {
	w := &p.words[i]
	if !w.is(inGeneric | inTitle) {
		return false
	}
	t := string(p.text(w))
	return t != "人" && t != "者" || i > 0 && p.words[i-1].seg == SegNumber // 20人 is a count
}

// cjkNameBreak reports whether a compound must not run from a into b: two
// names of different kinds, or two places, are two tags; and a person's
// name joins nothing but the rest of itself (布 莱切): what stands beside
// it is a role or title (宮澤喜一元総理, 民主党の林文子).
func cjkNameBreak(a, b *word) bool {
	if a.seg == SegName || b.seg == SegName {
		return a.seg != b.seg
	}
	if a.seg == SegProper && b.is(inTitle) {
		return true // ビンラーディン | 容疑者; but 横浜市長 is Yokohama's mayor
	}
	if !isNameSeg(a.seg) || !isNameSeg(b.seg) {
		return false
	}
	return a.seg != b.seg || b.seg == SegPlace
}

func isNameSeg(k SegmentKind) bool {
	return k == SegName || k == SegPlace || k == SegOrg || k == SegProper
}

// cjkHasHan reports whether words first..last hold a word of a spaceless
// script: ASCII words alone (NHK 2) are not joined here.
func (p *pipeline) cjkHasHan(first, last int) bool {
	for i := first; i <= last; i++ {
		if p.spaceless(&p.words[i]) {
			return true
		}
	}
	return false
}

// addJoinedRun adds words first..last as one joined candidate: a name's
// kind when one of its words is a name (商船三井, 横浜市長選挙), a little
// above that name alone, since it says more; a topic compound otherwise.
// But where a name of an organisation or work opens the compound and
// plain nouns follow (パ・リーグ公式戦日程, NHK世論調査), the nouns are
// what the name does, and the name alone is the tag: the compound ranks a
// little below it. (A place that opens one makes a topic of its own:
// 横浜市長選挙, 中国留学生.)
func (p *pipeline) addJoinedRun(first, last int) {
	kind := KindCompound
	for i := first; i <= last; i++ {
		switch p.words[i].seg {
		case SegPlace:
			kind = KindPlace
		case SegName, SegProper:
			if kind != KindPlace {
				kind = KindName
			}
		case SegOrg:
			if kind == KindCompound {
				kind = KindOrganization
			}
		}
	}
	p.addJoined(first, last, kind)
	switch lead := p.words[first].seg; {
	case kind == KindCompound:
	case (lead == SegProper || lead == SegOrg) && !isNameSeg(p.words[last].seg):
		p.cands[len(p.cands)-1].bonus = -bonusCompoundName
	default:
		p.cands[len(p.cands)-1].bonus = bonusCompoundName
	}
}

func isASCIIDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

// okurigana reports whether a Japanese word is written as a verb's
// finite forms are: a Han stem and a hiragana ending in the u-row (進む,
// 結ぶ, 続く) or in た or て (決まった, 受けて). Nouns made of verbs end
// in the i-row (昔ばなし, 取り組み) and stay.
func okurigana(text []byte) bool {
	first, _ := utf8.DecodeRune(text)
	last, _ := utf8.DecodeLastRune(text)
	return isHan(first) && strings.ContainsRune("うくすつぬふむゆるぐずづぶぷたてだで", last)
}
