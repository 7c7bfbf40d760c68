package hashtag

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sharekit/sharekit/internal/sharedfiles"
)

func TestKoreanBase(t *testing.T) {
	for _, c := range []struct {
		word, base string
		ok         bool
	}{
		// A particle that agrees with the stem comes off.
		{"강남의", "강남", true},
		{"백남준의", "백남준", true},
		{"한국은행은", "한국은행", true},
		{"서울은", "서울", true},
		{"토트넘은", "토트넘", true},
		{"대통령이", "대통령", true},
		{"아시아가", "아시아", true},
		{"유럽에서", "유럽", true},
		{"유럽에", "유럽", true},
		{"정부를", "정부", true},
		{"기준금리를", "기준금리", true},
		{"대통령을", "대통령", true},
		{"미국과", "미국", true},
		{"서울과", "서울", true},
		{"일본와", "일본와", false}, // 와 after a final consonant is not Korean
		{"중국으로", "중국", true},
		{"서울로", "서울", true},
		{"부산으로", "부산", true},
		{"아시아로", "아시아", true},
		{"프랑스와", "프랑스와", false}, // bare ㅡ syllable: loanword (François)
		{"캐나다와", "캐나다", true},
		{"손흥민의", "손흥민", true},
		{"한국의", "한국", true},
		{"학생들이", "학생들", true},
		{"정부와", "정부", true},
		{"국가로", "국가", true},
		{"사고로", "사고", true},
		{"전쟁이", "전쟁", true},
		{"판결을", "판결", true},

		// Particles that disagree with the stem's last syllable stay.
		{"강남는", "강남는", false},
		{"아시아은", "아시아은", false},
		{"정부을", "정부을", false},
		{"대통령를", "대통령를", false},
		{"서울으로", "서울으로", false}, // 으로 never follows ㄹ
		{"중국로", "중국로", false},

		// Stems of one syllable stay whole: the syllable is the noun's own.
		{"나이", "나이", false},
		{"마을", "마을", false},
		{"가을", "가을", false},
		{"회의", "회의", false},
		{"강남", "강남", false},
		{"의", "의", false},
		{"", "", false},

		// Nouns known to end in a particle-like syllable stay, also in
		// compounds.
		{"민주주의", "민주주의", false},
		{"정상회의", "정상회의", false},
		{"어린이", "어린이", false},
		{"고양이", "고양이", false},
		{"불꽃놀이", "불꽃놀이", false},
		{"연구결과", "연구결과", false},
		{"정신과", "정신과", false},
		{"오키나와", "오키나와", false},
		{"이시카와", "이시카와", false},
		{"고속도로", "고속도로", false},
		{"카이로", "카이로", false},
		{"카스트로", "카스트로", false},
		{"몬테네그로", "몬테네그로", false},

		// Ambiguous endings stay: 회의 is a meeting (본회의) more often
		// than 회 + 의, 만에 is "after (a time)".
		{"본회의", "본회의", false},
		{"위원회의", "위원회의", false},
		{"범죄혐의", "범죄혐의", false},
		{"시간만에", "시간만에", false},
		{"국제유가", "국제유가", false},
		{"직책없이", "직책없이", false},
		{"줄줄이", "줄줄이", false},
		{"김정은", "김정은", false},
		{"이유가", "이유", true},
		{"이번에는", "이번", true},
		{"유럽에서는", "유럽", true},
		{"유럽에서도", "유럽", true},
		{"정부에게도", "정부", true},
		{"중국으로도", "중국", true},
		{"제주도", "제주도", false}, // 도 alone is not taken off
		{"중국과의", "중국", true},
		{"미국와의", "미국와의", false},
		{"핵합의", "핵합의", false},
		{"연합의", "연합의", false},
		{"마두로", "마두로", false},
		{"제대로", "제대로", false},
		{"포상휴가", "포상휴가", false},
		{"캐나다가", "캐나다", true},
		{"러시아와", "러시아", true},

		// Verb and adjective forms stay.
		{"계속되는", "계속되는", false},
		{"고민하는", "고민하는", false},
		{"흔들리는", "흔들리는", false},
		{"않겠다는", "않겠다는", false},
		{"대응했다가", "대응했다가", false},
		{"손잡은", "손잡은", false},
		{"심상찮은", "심상찮은", false},
		{"찾아와", "찾아와", false},
		{"들어가", "들어가", false},
		{"끌려가", "끌려가", false},
		{"빠져나가", "빠져나가", false},
		{"포기했을", "포기했을", false},
		{"만드는", "만드는", false},
		{"금리는", "금리는", false}, // a miss: 리 ends verbs (돌리는) too often

		// 도 and 만 are never stripped: they end too many names.
		{"제주도", "제주도", false},
		{"한반도", "한반도", false},
		{"골드만", "골드만", false},
		{"서울도", "서울도", false},

		// Only Hangul nouns: mixed or other scripts stay.
		{"K팝의", "K팝의", false},
		{"BTS의", "BTS의", false},
		{"東京의", "東京의", false},
		{"ㄱㄴ의", "ㄱㄴ의", false}, // conjoining jamo are not syllables
	} {
		base, ok := koreanBase(c.word)
		if base != c.base || ok != c.ok {
			t.Errorf("koreanBase(%q) = %q, %v; want %q, %v", c.word, base, ok, c.base, c.ok)
		}
	}
}

// TestKoreanBaseInvariants checks what holds for every word: the base is a
// prefix of the word, ok says exactly whether it is shorter, and a stripped
// stem keeps at least two syllables.
func TestKoreanBaseInvariants(t *testing.T) {
	words := []string{"강남의", "나이", "서울에서", "미국으로", "백남준이", "가나다라마", "의의", "에서", "으로", "한국은행은"}
	for _, w := range words {
		base, ok := koreanBase(w)
		if ok != (base != w) {
			t.Errorf("koreanBase(%q) = %q, %v: ok must say whether the word changed", w, base, ok)
		}
		if len(base) > len(w) || w[:len(base)] != base {
			t.Errorf("koreanBase(%q) = %q: the base must be a prefix of the word", w, base)
		}
		if ok && len([]rune(base)) < 2 {
			t.Errorf("koreanBase(%q) = %q: a stem keeps at least two syllables", w, base)
		}
	}
}

// TestKoreanBaseCorpus checks the invariants on every Hangul word of the
// shared Korean headlines (skipped when absent): the base is a prefix,
// ok says whether it changed, a stripped stem keeps two syllables and is
// all Hangul, and stripping never removes more than a pair of particles.
func TestKoreanBaseCorpus(t *testing.T) {
	path, err := sharedfiles.Path("corpora", "headlines-ko.txt")
	if err != nil {
		t.Skip(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("skipping: %v", err)
	}
	words, stripped := 0, 0
	for _, w := range strings.FieldsFunc(string(data), func(r rune) bool { return !unicode.Is(unicode.Hangul, r) }) {
		words++
		base, ok := koreanBase(w)
		if ok != (base != w) || !strings.HasPrefix(w, base) {
			t.Errorf("koreanBase(%q) = %q, %v: want a prefix, and ok exactly when it is shorter", w, base, ok)
			continue
		}
		if !ok {
			continue
		}
		stripped++
		particle := strings.TrimPrefix(w, base)
		if n := utf8.RuneCountInString(particle); n > 3 { // 에서는, 에서도: the longest pair
			t.Errorf("koreanBase(%q) = %q: stripped %q, longer than any particle", w, base, particle)
		}
		if utf8.RuneCountInString(base) < 2 {
			t.Errorf("koreanBase(%q) = %q: a stem keeps at least two syllables", w, base)
		}
	}
	t.Logf("%d Hangul words, %d with a particle stripped", words, stripped)
}
