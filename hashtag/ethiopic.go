package hashtag

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Amharic rules of Suggest. Amharic (Ethiopic script) writes its
// prepositions as a syllable before the noun (የሶማሊያ "of Somalia",
// በአፍሪካ "in Africa", ለኮሮናቫይረስ "for coronavirus", ከእስር "from
// prison"), "and", "also" and the object's case as a syllable after it
// (የአሰብና "of Assab and", ኢትዮጵያን), and puts the verb last: a headline
// is mostly a clause that ends in its verb (… ደንብ አወጣች, … ሞቱ).

// amharicNative are the starts of common Amharic words whose first
// syllable is ለ, በ, ከ or የ without being a preposition: ከፍተኛ "high",
// በርካታ "many", ከተማ "city", ለውጥ "change". No proclitic comes off them.
var amharicNative = []string{
	"ከፍተኛ", "በርካታ", "ከተማ", "ከተሞ", "ከንቲባ", "ለውጥ", "ለውጦ", "በረራ", "ከባድ", "በሽታ",
	"ለጋሽ", "የካቲት", "በጀት", "በዓል", "በዓላ", "ከብት", "ከብቶ", "ከሰል", "ከረሜላ", "በርበሬ",
	"ከፊል", "ለምለም", "ከበሮ", "ለማኝ", "በረዶ", "ለቅሶ", "ከሳሽ", "በደል", "በረንዳ",
}

// amharicProclitic returns how many bytes of proclitic (የ በ ለ ከ) open
// text, or 0: one syllable, with at least three left, and not a word that
// merely starts so.
func amharicProclitic(text []byte) int {
	cut := withoutProclitic(proclitics["am"], text)
	if cut == 0 {
		return 0
	}
	for _, n := range amharicNative {
		if bytes.HasPrefix(text, []byte(n)) {
			return 0
		}
	}
	return cut
}

// amharicSuffixes are the syllables an Amharic noun can end in that are
// not part of it: the object's case -ን, "and" -ና, "also" -ም, the definite
// -ው and -ዋ. They come off a word only when a place name is left
// (ኢትዮጵያን → ኢትዮጵያ): many words end so of their own (ሱዳን, ሕክምና).
var amharicSuffixes = []string{"ን", "ና", "ም", "ው", "ዋ", "ውን", "ዋን"}

// amharicDemonyms are the endings that make a person of a place:
// ኢትዮጵያዊ, ፈረንሳዊው "the Frenchman", አሜሪካውያን "Americans". Each pair
// is an ending and what the place name ends in instead (ፈረንሳ|ዊው →
// ፈረንሳ|ይ).
var amharicDemonyms = [][2]string{
	{"ዊ", ""}, {"ዊው", ""}, {"ዊት", ""}, {"ዊቷ", ""}, {"ውያን", ""}, {"ዊያን", ""}, {"ውያኑ", ""},
	{"ዊ", "ይ"}, {"ዊው", "ይ"}, {"ዊት", "ይ"}, {"ዊቷ", "ይ"}, {"ውያን", "ይ"}, {"ዊያን", "ይ"},
	{"ዊ", "ያ"}, {"ዊው", "ያ"}, {"ዊያን", "ያ"}, {"ውያን", "ያ"},
}

// amharicPlace reports whether w is a place name under a proclitic, a
// suffix or a demonym's ending (በኢትዮጵያ, ኢትዮጵያን, የአሰብና, ፈረንሳዊው),
// and if so makes the name its base form. The gazetteer decides: nothing
// comes off that does not leave a place.
func (p *pipeline) amharicPlace(w *word) bool {
	gz := p.g.suggestLists().gaz
	text := p.text(w)
	stems := [2][]byte{text, nil}
	if cut := amharicProclitic(text); cut > 0 {
		stems[1] = text[cut:]
	}
	for _, stem := range stems {
		if stem == nil {
			continue
		}
		if stem2 := stem; len(stem2) < len(text) && gz.names[string(stem2)] {
			return p.setBase(w, stem2, "")
		}
		for _, s := range amharicSuffixes {
			if rest, ok := strings.CutSuffix(string(stem), s); ok && utf8.RuneCountInString(rest) >= 2 && gz.names[rest] {
				return p.setBase(w, []byte(rest), "")
			}
		}
		for _, d := range amharicDemonyms {
			rest, ok := strings.CutSuffix(string(stem), d[0])
			if !ok || utf8.RuneCountInString(rest) < 2 {
				continue
			}
			if gz.names[rest+d[1]] {
				return p.setBase(w, []byte(rest), d[1])
			}
			// After a name that ends in a consonant, -awi fuses with
			// it: እንግሊዝ + ኣዊ is written እንግሊዛዊ, ጀርመን + ኣዊ ጀርመናዊ.
			if d[1] == "" {
				if bare := sixthOrder(rest); bare != "" && gz.names[bare] {
					return p.setBase(w, []byte(bare), "")
				}
			}
		}
	}
	return false
}

// sixthOrder returns s with its last syllable, if one of the fourth order
// (consonant + a: ዛ), turned into the sixth (the bare consonant: ዝ), or
// "". The Ethiopic block gives every consonant eight code points in the
// order of the vowels, the fourth at offset 3 and the sixth at 5.
func sixthOrder(s string) string {
	r, n := utf8.DecodeLastRuneInString(s)
	if r < 0x1200 || r > 0x137f || (r-0x1200)%8 != 3 {
		return ""
	}
	return s[:len(s)-n] + string(r+2)
}

// setBase makes stem+tail w's base form and reports true.
func (p *pipeline) setBase(w *word, stem []byte, tail string) bool {
	b0 := len(p.buf)
	p.buf = append(p.buf, stem...)
	p.buf = append(p.buf, tail...)
	w.b0, w.b1 = int32(b0), int32(len(p.buf))
	return true
}

// amharicVerbPrefixes open only verbs: እንዲ-, እንዳ- "so that", ለማ- "in
// order to", and the relative's በሚ-, ከሚ-, ለሚ-, እንደሚ-, የሚያ- "which …".
var amharicVerbPrefixes = []string{"እንዲ", "እንዳ", "ለማ", "በሚ", "ከሚ", "ለሚ", "እንደሚ", "የሚያ"}

// amharicVerbEndings are endings only verbs have: the perfect's -ዋል
// and the -ኣል it contracts to after a labialized syllable (ተናግረዋል,
// አጋልጧል, ተቆጥሯል).
var amharicVerbEndings = []string{
	"ዋል", "ሏል", "ሟል", "ሯል", "ሷል", "ሿል", "ቋል", "ቧል", "ቷል", "ቿል", "ኗል", "ኟል", "ኳል",
	"ዟል", "ዧል", "ዷል", "ጇል", "ጓል", "ጧል", "ጿል", "ፏል", "ኋል",
}

// amharicVerb reports whether word i is a verb: the last word of a
// sentence (Amharic puts the verb last), or a word with a verb's prefix
// (እንዲ-, እንዳ- "so that", ለማ- "in order to", the relative's በሚ-, የሚያ-
// "which …") or ending (-ዋል, -ኣል).
// Such a word is never a tag of its own, nor the end of a name.
func (p *pipeline) amharicVerb(i int) bool {
	w := &p.words[i]
	text := p.text(w)
	if !w.caseless || w.is(inStop|inFragment) || p.g.suggestLists().gaz.names[string(text)] {
		return false
	}
	runes := utf8.RuneCount(text)
	for _, pre := range amharicVerbPrefixes {
		if bytes.HasPrefix(text, []byte(pre)) && runes > utf8.RuneCountInString(pre)+1 {
			return true
		}
	}
	for _, e := range amharicVerbEndings {
		if bytes.HasSuffix(text, []byte(e)) && runes > 3 {
			return true
		}
	}
	// The imperfect: ይ… or ያ… ending in -ል or -ሉ (ይችላል, ይገኛሉ,
	// ያስፈልጋል).
	if (bytes.HasPrefix(text, []byte("ይ")) || bytes.HasPrefix(text, []byte("ያ"))) && (bytes.HasSuffix(text, []byte("ል")) || bytes.HasSuffix(text, []byte("ሉ"))) && runes > 2 {
		return true
	}
	return len(p.words) >= 3 && i > 0 && p.sentenceEnd(i)
}

// sentenceEnd reports whether word i is the last word of its sentence
// but for function words (the copula ነው of ሊሆኑ ነው "are to become"):
// before the headline's end, ? ! or the Ethiopic full stop.
func (p *pipeline) sentenceEnd(i int) bool {
	for j := i + 1; ; j++ {
		if j == len(p.words) {
			return true
		}
		if strings.ContainsAny(p.s[p.words[j-1].tok.end:p.words[j].tok.start], "?!።፧") {
			return true
		}
		if !p.words[j].is(inStop) {
			return false
		}
	}
}

// amharicWords marks the verbs of an Amharic headline.
func (p *pipeline) amharicWords() {
	for i := range p.words {
		if p.amharicVerb(i) {
			p.words[i].lists |= inVerb
		}
	}
}
