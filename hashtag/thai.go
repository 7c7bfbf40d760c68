package hashtag

import "unicode/utf8"

// Thai rules of the candidates stage. Thai writes no spaces between words,
// so a Segmenter cuts a run into the words of its dictionary; these rules
// put back together what an editor tags as one word:
//
//   - a name the dictionary lacks, which a Segmenter marks SegProper piece
//     by piece (บิ ช เค ก → บิชเคก);
//   - the name after a word that announces one: ประเทศ (country), จังหวัด
//     (province), กรุง (capital), เมือง (city), รัฐ (state), เกาะ (island),
//     ชาว (people of) before a place, นาย, นาง, นางสาว (Mr, Mrs, Miss)
//     before a person. The tag is the name alone: ลักเซมเบิร์ก, not
//     ประเทศลักเซมเบิร์ก;
//   - a noun made from a verb by a prefix: นัก (one who does, as a
//     profession: นักพากย์), ผู้ (one who does: ผู้ประท้วง), การ (the act:
//     การทดลอง), ความ (the quality: ความปลอดภัย); after การ and ความ only
//     when the verb is one word and not the first of several;
//   - a compound noun opened by a class noun (ระบบ system, โรง building,
//     ดวง heavenly body, เทศกาล festival, กองทัพ armed force, …): Thai
//     compounds put the head first, and the dictionary lists few of them
//     whole, so ระบบไหลเวียนโลหิต comes out as ระบบ ไหล เวียน โลหิต. The
//     compound goes on over the short (one-syllable) words written with
//     the head and ends with the first longer word: a word of several
//     syllables is a whole noun of its own (เทศกาลดนตรี, โรงละครวิทยุ,
//     กองทัพเรือเยอรมัน), and what follows it is the sentence again. A
//     compound that holds a name the dictionary lacks is a name itself
//     (เรืออู, เว็บพร็อกซี่), ranked above the name alone;
//   - an adverb or adjective by its place (after อย่าง, before ที่สุด)
//     ranks as a verb does.
//
// Two content words written together are not joined: as often as they
// are one compound (เทศกาลดนตรี) they are a verb and its object or two
// adjectives (รักษาปริมาณ, ถูกต้องแม่นยำ), and the dictionary cannot tell.

// thaiPlaceHeads are the nouns that stand before a place's name.
var thaiPlaceHeads = map[string]bool{
	"ประเทศ": true, "จังหวัด": true, "กรุง": true, "เมือง": true, "รัฐ": true, "เกาะ": true,
	"ชาว": true, "นคร": true, "มณฑล": true, "แคว้น": true, "อำเภอ": true, "ทวีป": true,
}

// thaiCompoundHeads are the class nouns that open a compound noun: the
// kind of thing, then which one (ทะเลสาบ is in the dictionary, ทะเลดวงจันทร์
// is not).
var thaiCompoundHeads = map[string]bool{
	"ระบบ": true, "โรง": true, "ดวง": true, "เทศกาล": true, "กองทัพ": true, "สถานี": true,
	"ทะเล": true, "แม่น้ำ": true, "ภูเขา": true, "ทะเลสาบ": true, "โรค": true, "สนาม": true,
	"พรรค": true, "กระทรวง": true, "สำนักงาน": true, "มหาวิทยาลัย": true, "ธนาคาร": true,
	"บริษัท": true, "สถาบัน": true, "ศูนย์": true, "สภา": true, "ทีม": true, "สโมสร": true,
	"เรือ": true, "ยาน": true, "เว็บ": true, "พิพิธภัณฑ์": true, "อุทยาน": true, "สะพาน": true,
	"องค์การ": true, "สมาคม": true, "โครงการ": true,
}

// thaiQuantifiers stand before a classifier, and several class nouns are
// classifiers too: ทั้งดวง is the whole (sun), not a compound.
var thaiQuantifiers = map[string]bool{"ทั้ง": true, "ทุก": true, "แต่ละ": true, "หนึ่ง": true, "บาง": true}

// bonusThaiCompound raises a class noun's compound to the score of a
// phrase in a script without case (scoreChunk): the class noun makes it a
// term as surely as a noun and its definite complement do in Arabic.
const bonusThaiCompound = 0.4

// thaiShortWord is the longest word, in code points, that a compound goes
// on over: about one syllable.
const thaiShortWord = 4

// thaiPersonHeads are the titles that stand before a person's name.
var thaiPersonHeads = map[string]bool{"นาย": true, "นาง": true, "นางสาว": true}

// thaiNominalizers make a noun of the verb after them. Of them, thaiAgents
// make a person of one verb (นักพากย์มือสมัครเล่น is an amateur
// นักพากย์); การ and ความ take a whole verb phrase, so the noun is sure
// only when the verb is one word.
var (
	thaiNominalizers = map[string]bool{"นัก": true, "ผู้": true, "การ": true, "ความ": true}
	thaiAgents       = map[string]bool{"นัก": true, "ผู้": true}
)

// thaiCandidates adds the Thai names and nouns made of several segments.
func (p *pipeline) thaiCandidates() {
	ws := p.words
	for i := 0; i < len(ws); i++ {
		w := &ws[i]
		if spacelessScript(p.s[w.tok.start:w.tok.end]) != ScriptThai {
			continue
		}
		if w.seg == SegProper && !w.is(inStop) {
			// The pieces of one unknown name, written together, with
			// the syllable the dictionary knew before them (ปีเตอร์ in
			// ปีเตอร์สเบิร์ก) and the silent letter after them (ร์ of
			// อิซมีร์).
			start, end := i, p.thaiSilentEnd(p.properStretch(i))
			if p.thaiNameSyllable(i - 1) {
				start = i - 1
			}
			if end > start {
				p.addJoined(start, end, KindName)
			}
			i = end
			continue
		}
		if i+1 >= len(ws) || ws[i+1].tok.is(tPunct) {
			continue
		}
		key := p.lower(w) // looked up as string(key): no allocation
		next := &ws[i+1]
		switch {
		case thaiPlaceHeads[string(key)] || thaiPersonHeads[string(key)]:
			kind := KindPlace
			if thaiPersonHeads[string(key)] {
				kind = KindName
			}
			switch {
			case next.seg == SegProper && !next.is(inStop):
				p.addJoined(i+1, p.properStretch(i+1), kind)
			case next.seg == SegWord && !next.is(inStop|inFragment|inGeneric) && p.spaceless(next) && !(string(key) == "ชาว" && thaiGroupNouns[string(p.lower(next))]):
				p.addJoined(i+1, p.thaiNameAfterHead(i+1), kind)
			}
		case thaiCompoundHeads[string(key)] && next.tok.start == w.tok.end && p.thaiCompoundPart(next) && !p.thaiCounted(i):
			end := i + 1
			for end+1 < len(ws) && runeLen(p.text(&ws[end])) <= thaiShortWord && ws[end+1].tok.start == ws[end].tok.end && p.thaiCompoundPart(&ws[end+1]) {
				end++
			}
			p.addJoined(i, end, KindCompound)
			p.cands[len(p.cands)-1].bonus = bonusThaiCompound
			if p.thaiHoldsName(i+1, end) {
				// เรืออู, เว็บพร็อกซี่: the class of a name is part of it,
				// and the whole says more than the name alone.
				c := &p.cands[len(p.cands)-1]
				c.kind, c.bonus = KindName, bonusCompoundName
			}
		case thaiNominalizers[string(key)] && next.tok.start == w.tok.end && p.thaiContent(next) && (thaiAgents[string(key)] || !p.thaiChained(i+1, i+2)):
			p.addJoined(i, i+1, KindCompound)
		}
	}
}

// thaiGroupNouns are the nouns after ชาว that name a group of people, not
// a place (ชาวบ้าน villagers, ชาวนา farmers, ชาวต่างชาติ foreigners).
var thaiGroupNouns = map[string]bool{
	"บ้าน": true, "นา": true, "ประมง": true, "ต่างชาติ": true, "ต่างประเทศ": true, "เมือง": true,
	"โลก": true, "เน็ต": true, "สวน": true, "เขา": true, "พุทธ": true, "ไร่": true, "เกาะ": true,
	"คริสต์": true, "มุสลิม": true, "ไทยพุทธ": true, "ชนบท": true, "กรุง": true,
}

// thaiNameAfterHead returns the last word of the name that starts at word
// i, after a word that announces a name. A name the dictionary knows is
// one word (ลอนดอน); one it does not know comes out in syllables it does
// (พา โร, โบ เวน), and then the name goes on over the words written with
// it, up to a function word.
func (p *pipeline) thaiNameAfterHead(i int) int {
	ws := p.words
	if runeLen(p.text(&ws[i])) > 3 {
		// A word the dictionary knows may still be the first syllables
		// of a longer name (เบอร์ of เบอร์มิงแฮม).
		if i+1 < len(ws) && ws[i+1].seg == SegProper && !ws[i+1].is(inStop) && ws[i+1].tok.start == ws[i].tok.end {
			return p.thaiSilentEnd(p.properStretch(i + 1))
		}
		return i
	}
	end := i
	for end+1 < len(ws) && end-i < 3 && ws[end+1].tok.start == ws[end].tok.end &&
		(ws[end+1].seg == SegWord || ws[end+1].seg == SegProper) && !ws[end+1].is(inStop|inGeneric) {
		end++
	}
	return end
}

// thaiNameSyllable reports whether word i, written right before a name
// the dictionary lacks, is a syllable of that name: a Thai content word of
// the dictionary (ปีเตอร์, อิน, ซุน) that no rule gives a meaning of its
// own there: not a function, generic or title word, nor a word that
// announces a name or opens a compound (เมือง, ทะเล), which rules of their
// own take; and short, without a tone mark.
func (p *pipeline) thaiNameSyllable(i int) bool {
	if i < 0 || i+1 >= len(p.words) {
		return false
	}
	w := &p.words[i]
	if w.seg != SegWord || w.tok.end != p.words[i+1].tok.start || w.is(inStop|inFragment|inGeneric|inTitle) || !p.spaceless(w) {
		return false
	}
	key := string(p.lower(w))
	if thaiPlaceHeads[key] || thaiPersonHeads[key] || thaiCompoundHeads[key] || thaiNominalizers[key] {
		return false
	}
	// Thai writes foreign names without tone marks, and its own words
	// of one syllable mostly with one (ปั่น, หน้า, ร้อน); a longer word
	// is a name's syllables only with a silenced letter (ปีเตอร์).
	silenced := false
	for _, r := range string(p.text(w)) {
		switch r {
		case '\u0e48', '\u0e49', '\u0e4a', '\u0e4b': // ่ ้ ๊ ๋
			return false
		case '\u0e4c': // ์
			silenced = true
		}
	}
	return silenced || runeLen(p.text(w)) <= 4
}

// thaiSilentEnd returns the end of the name whose last piece is word end:
// Thai writes the last consonant of a foreign name silenced with ์
// (อิซมีร์), and a segment that opens with such a letter (ร์) is no word
// but the end of the one before it, over a short word between (มี).
func (p *pipeline) thaiSilentEnd(end int) int {
	ws := p.words
	for k := end + 1; k <= end+2 && k < len(ws) && ws[k].tok.start == ws[k-1].tok.end; k++ {
		if silentStart(p.text(&ws[k])) {
			return k
		}
		if runeLen(p.text(&ws[k])) > 3 {
			break
		}
	}
	return end
}

// silentStart reports whether text opens with a Thai consonant silenced by
// the thanthakhat (ร์): no Thai word starts so.
func silentStart(text []byte) bool {
	r, n := utf8.DecodeRune(text)
	if r < 'ก' || r > 'ฮ' {
		return false
	}
	m, _ := utf8.DecodeRune(text[n:])
	return m == '\u0e4c'
}

// properStretch returns the last of the SegProper words that follow word i
// with nothing between them.
func (p *pipeline) properStretch(i int) int {
	ws := p.words
	end := i
	for end+1 < len(ws) && ws[end+1].seg == SegProper && !ws[end+1].is(inStop) && ws[end+1].tok.start == ws[end].tok.end && p.spaceless(&ws[end+1]) {
		end++
	}
	return end
}

// addJoined adds words first..last, segments of one run, as one candidate:
// its tag writes them together, as the headline does.
func (p *pipeline) addJoined(first, last int, kind Kind) {
	p.add(first, last, kind)
	p.cands[len(p.cands)-1].joined = true
}

// thaiContent reports whether w is a Thai content word a compound can be
// made of: no function word, number, generic word or name.
func (p *pipeline) thaiContent(w *word) bool {
	return (w.seg == SegWord || w.seg == SegVerb) && !w.is(inStop|inFragment|inGeneric|inTitle) && p.spaceless(w)
}

// thaiCounted reports whether word i follows a number or a quantifier: it
// is then a classifier (ทั้งดวง, สามดวง), not the head of a compound.
func (p *pipeline) thaiCounted(i int) bool {
	if i == 0 {
		return false
	}
	prev := &p.words[i-1]
	return prev.tok.end == p.words[i].tok.start && (prev.seg == SegNumber || thaiQuantifiers[string(p.lower(prev))])
}

// thaiModifier reports whether word i of a Thai sentence is an adverb or
// an adjective by its place: after อย่าง, which makes an adverb of the
// word after it (อย่างรุนแรง violently, อย่างรวดเร็ว quickly), or before
// ที่สุด, the superlative (กว้างที่สุด widest). It says how, not what.
func (p *pipeline) thaiModifier(i int) bool {
	ws := p.words
	return i > 0 && string(p.lower(&ws[i-1])) == "อย่าง" ||
		i+1 < len(ws) && string(p.lower(&ws[i+1])) == "ที่สุด"
}

// thaiHoldsName reports whether one of words first..last is a piece of a
// name the dictionary lacks.
func (p *pipeline) thaiHoldsName(first, last int) bool {
	for k := first; k <= last; k++ {
		if p.words[k].seg == SegProper {
			return true
		}
	}
	return false
}

// thaiCompoundPart reports whether w can go on a compound noun: a content
// word, a name's piece or a place (กองทัพเรือเยอรมัน).
func (p *pipeline) thaiCompoundPart(w *word) bool {
	return p.thaiContent(w) || (w.seg == SegProper || w.seg == SegPlace) && !w.is(inStop) && p.spaceless(w)
}

// thaiChained reports whether words a and b are both Thai content words
// written together: then a nominalizer before a does not make a noun of a
// alone (การสูบฉีด is not การสูบ).
func (p *pipeline) thaiChained(a, b int) bool {
	if a < 0 || b >= len(p.words) {
		return false
	}
	return p.words[b].tok.start == p.words[a].tok.end && p.thaiContent(&p.words[a]) && p.thaiContent(&p.words[b])
}
