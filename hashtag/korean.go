package hashtag

import "strings"

// Korean writes its case particles (조사) glued to the noun they follow:
// 강남의 "of Gangnam", 백남준이 "Nam June Paik (subject)". A tag wants the
// noun alone, and without a dictionary no rule can tell a particle from the
// last syllable of a noun in every case (나이 "age" is not 나 + 이). So
// koreanBase strips only where the grammar itself gives evidence:
//
//   - the particle must agree with the stem's last syllable: 은 이 을 과 으로
//     follow a final consonant (받침), 는 가 를 와 로 follow a vowel (로 also
//     follows ㄹ, 으로 never does); 의 에 에서 follow either;
//   - the stem keeps at least two syllables, so the short native nouns that
//     end in a particle-like syllable (나이, 마을, 결과, 도로) stay whole;
//   - a word that ends in a noun known to end that way (민주주의, 정상회의,
//     오키나와, 카이로, 고양이, 연구결과, 범죄혐의) stays whole. The lists match
//     word endings. Where an ending is ambiguous the word stays: 회의 keeps
//     본회의 whole and so also 위원회의 "of the committee"; an ending that
//     closes many nouns is not listed (국의 would keep 한국의);
//     two-syllable nouns (회의, 나이) need no entry, the stem rule keeps them;
//   - a word shaped like a verb or adjective form stays (계속되는, 손잡은,
//     대응했다가, 찾아와: see koreanVerbForm), even where a noun would fit:
//     금리는 keeps its 는, since 돌리는 and 풀리는 are verbs;
//   - 로 and 와 are kept on a stem whose last syllable is a bare ㅡ syllable
//     (스, 트, 드, 그…): that is how loanwords transliterate a final
//     consonant cluster (카스트로, 몬테네그로), and Korean nouns rarely end so.
//
// 도 "also" and 만 "only" are not stripped: as last syllables they end too
// many names (제주도, 한반도, 경기도, 골드만, 크루그만) for a rule without a
// dictionary to be sure.

// koreanParticle is a particle koreanBase may strip and the stems it
// follows.
type koreanParticle struct {
	text       string
	afterFinal bool     // may follow a syllable with a final consonant
	afterOpen  bool     // may follow a syllable without one
	afterRieul bool     // may follow a final ㄹ (only 로 differs from afterFinal)
	keep       []string // word endings where the syllable is part of the noun
}

// koreanParticles is in match order: longer particles before those they
// end with (에서 before 서-less 에, 으로 before 로).
var koreanParticles = []koreanParticle{
	// Two particles in a row, stripped together: 이번에는 → 이번.
	{text: "에서는", afterFinal: true, afterOpen: true, afterRieul: true},
	// 도 "also" after another particle: the first particle makes it
	// sure (유럽에서도), where 도 alone ends names (제주도).
	{text: "에서도", afterFinal: true, afterOpen: true, afterRieul: true},
	{text: "에게도", afterFinal: true, afterOpen: true, afterRieul: true},
	{text: "으로도", afterFinal: true},
	{text: "에서의", afterFinal: true, afterOpen: true, afterRieul: true},
	{text: "에게서", afterFinal: true, afterOpen: true, afterRieul: true},
	{text: "으로는", afterFinal: true},
	{text: "에는", afterFinal: true, afterOpen: true, afterRieul: true},
	{text: "에게", afterFinal: true, afterOpen: true, afterRieul: true},
	{text: "과의", afterFinal: true, afterRieul: true},
	{text: "와의", afterOpen: true},
	{text: "로는", afterOpen: true, afterRieul: true},
	{text: "에서", afterFinal: true, afterOpen: true, afterRieul: true},
	{text: "으로", afterFinal: true},
	{text: "의", afterFinal: true, afterOpen: true, afterRieul: true, keep: []string{
		"민주주의", "사회주의", "자본주의", "공산주의", "보호주의", "제국주의", "민족주의",
		"자유주의", "권위주의", "극단주의", "실용주의", "현실주의", "이상주의", "인종주의",
		"회의", "혐의", "협의", "합의", "주치의", "전문의", "전공의", "명의", "논의", "의의", "만의",
	}},
	{text: "에", afterFinal: true, afterOpen: true, afterRieul: true, keep: []string{
		"만에", "밖에",
	}},
	{text: "은", afterFinal: true, afterRieul: true, keep: []string{
		"김정은",
	}},
	{text: "는", afterOpen: true},
	{text: "이", afterFinal: true, afterRieul: true, keep: []string{
		"어린이", "고양이", "원숭이", "지팡이", "멍멍이", "놀이", "맞벌이", "돈벌이", "나들이",
		"집들이", "해돋이", "잡이", "붙이", "먹이", "높이", "깊이", "넓이", "일일이", "줄줄이",
		"단둘이", "낱낱이", "샅샅이", "틈틈이", "덩이", "걸이", "붙박이", "실랑이", "없이",
		"깊숙이", "길이", "앓이", "떨이", "둥이", "곰팡이",
	}},
	{text: "가", afterOpen: true, keep: []string{
		"국제유가", "저유가", "고유가", "사면초가", "휴가",
	}},
	{text: "을", afterFinal: true, afterRieul: true},
	{text: "를", afterOpen: true},
	{text: "과", afterFinal: true, afterRieul: true, keep: []string{
		"결과", "통과", "학과", "정신과", "산부인과", "이비인후과",
	}},
	{text: "와", afterOpen: true, keep: []string{
		"오타와", "오키나와", "이시카와", "요시카와", "호소카와", "가나가와", "시나가와",
		"가나자와", "후지사와",
	}},
	{text: "로", afterOpen: true, afterRieul: true, keep: []string{
		"도로", "카이로", "마두로", "일로", "홀로", "대로",
	}},
}

const (
	hangulFirst   = 0xAC00 // 가
	hangulLast    = 0xD7A3 // 힣
	hangulJong    = 28     // final-consonant slots per syllable, slot 0 = none
	jongRieul     = 8      // ㄹ as a final consonant
	jongSsangSios = 20     // ㅆ as a final consonant (past tense 았 었 했 겠)
	jungEu        = 18     // ㅡ as the vowel
)

// koreanBase returns word without a trailing case particle when word is a
// Hangul noun and the rules above are sure the last syllable is one: 강남의
// → 강남, 백남준의 → 백남준. Otherwise it returns word and false: 나이 stays.
// It is a pure function of word.
func koreanBase(word string) (base string, ok bool) {
	for _, p := range koreanParticles {
		stem, found := strings.CutSuffix(word, p.text)
		if !found {
			continue
		}
		// The first particle that matches decides: 에서 must not fall back
		// to a 서-stem + 에, nor 으로 to an 으-stem + 로.
		if !koreanStemAccepts(stem, p) || koreanVerbForm(stem, p.text) {
			return word, false
		}
		for _, k := range p.keep {
			if strings.HasSuffix(word, k) {
				return word, false
			}
		}
		return stem, true
	}
	return word, false
}

// Verbs and adjectives end in syllables that look like particles too: the
// adnominal 는 and 은 (계속되는, 손잡은), the quote 다는 and 다가 (않겠다는,
// 대응했다가), and 와 contracted from 아/어 오다 (찾아와). koreanVerbForm
// reports whether stem + particle has the shape of such a form.
func koreanVerbForm(stem, particle string) bool {
	rs := []rune(stem)
	last := rs[len(rs)-1]
	before := rs[len(rs)-2]
	switch particle {
	case "는":
		if strings.ContainsRune("하되다지내나타리이기보르꾸치드히주키려시우추", last) {
			return true
		}
	case "은":
		if strings.ContainsRune("받잡찮않많좋같높깊작넓맡얻찾닮낮짧밝먹입갖맞있없렸였했았었겠", last) {
			return true
		}
	case "을":
		// 어렸을, 포기했을: a past tense before the adnominal ㄹ.
		if koreanFinal(last) == jongSsangSios {
			return true
		}
	case "가":
		if last == '다' && (koreanFinal(before) == jongSsangSios || before == '하') {
			return true
		}
		if koreanConnective(last, before) {
			return true
		}
	case "와":
		// 찾아와, 돌아와: a stem syllable with a final consonant, then 아 or
		// 어. Nouns in 아 have an open syllable before it (러시아, 아시아).
		if koreanConnective(last, before) {
			return true
		}
	}
	return false
}

// koreanConnective reports whether a stem ending in before, last ends in
// a verb's connective form, so that 가 or 와 after it is 가다 or 오다 (들어가,
// 찾아와, 끌려가, 빠져나가). Nouns in 아 or 어 have an open syllable before it
// (러시아, 미디어).
func koreanConnective(last, before rune) bool {
	switch {
	case (last == '아' || last == '어') && koreanFinal(before) != 0:
		return true
	case strings.ContainsRune("려져혀쳐켜", last):
		return true
	case last == '나' && strings.ContainsRune("져어아", before):
		return true
	}
	return false
}

// koreanFinal returns the final-consonant slot of a Hangul syllable (0 =
// none).
func koreanFinal(r rune) rune { return (r - hangulFirst) % hangulJong }

// koreanStemAccepts reports whether stem (what precedes p) is at least two
// Hangul syllables and ends in a way p can follow.
func koreanStemAccepts(stem string, p koreanParticle) bool {
	n := 0
	var last rune
	for _, r := range stem {
		if r < hangulFirst || r > hangulLast {
			return false
		}
		n++
		last = r
	}
	if n < 2 {
		return false
	}
	jong := (last - hangulFirst) % hangulJong
	jung := (last - hangulFirst) / hangulJong % 21
	switch {
	case jong == 0:
		if !p.afterOpen {
			return false
		}
		// A bare ㅡ syllable (스 트 드 그) ends a transliterated loanword.
		if jung == jungEu && (p.text == "로" || p.text == "와") {
			return false
		}
		return true
	case jong == jongRieul:
		return p.afterRieul
	default:
		return p.afterFinal
	}
}
