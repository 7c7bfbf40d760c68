package hashtag

import (
	"fmt"
	"slices"
	"testing"
)

// The Arabic and Hebrew rules of semitic.go, one table each. Each rule has
// cases where it must fire and cases where it must not: a rule that fires
// everywhere would pass the first kind alone.

func TestSemiticVerb(t *testing.T) {
	tests := []struct {
		lang, word string
		want       bool
	}{
		// Arabic imperfect: third person, forms V, VIII, X, "and" before it.
		{"ar", "يقول", true},
		{"ar", "يتأهبون", true},
		{"ar", "ترفض", true},
		{"ar", "تستقبل", true},
		{"ar", "تنتهج", true},
		{"ar", "تتضاعف", true},
		{"ar", "ويجتمع", true},
		// Nouns: verbal nouns of forms II and VI, names, short words.
		{"ar", "تطهير", false},
		{"ar", "تعاون", false},
		{"ar", "تركيا", false},
		{"ar", "الفساد", false},
		{"ar", "يوم", false},
		{"ar", "وزير", false},
		// Hebrew future, infinitive, hif'il past plural, "when it will".
		{"he", "יפורסמו", true},
		{"he", "תהפוך", true},
		{"he", "להבטיח", true},
		{"he", "השיבו", true},
		{"he", "כשיגיע", true},
		{"he", "לבדוק", true},
		{"he", "לעשות", true},
		{"he", "למחשבים", false},
		{"he", "ניתוח", false},
		{"he", "הקונגרס", false},
		{"he", "ירושלים", false},
		{"he", "תנועת", false},
		{"he", "הודו", false},
		{"he", "מקלדת", false},
	}
	for _, tt := range tests {
		if got := semiticVerb(tt.lang, []byte(tt.word)); got != tt.want {
			t.Errorf("semiticVerb(%q, %q) = %v; want %v", tt.lang, tt.word, got, tt.want)
		}
	}
}

func TestProcliticCuts(t *testing.T) {
	tests := []struct {
		lang, word string
		want       []string // the word after each cut
	}{
		{"ar", "وبالسفن", []string{"بالسفن", "السفن", "سفن"}},
		{"ar", "وإنما", []string{"إنما"}},
		{"ar", "الأسبوع", []string{"أسبوع"}},
		{"ar", "ولي", nil}, // two letters would be left: ولي العهد is a word
		{"ar", "مصر", nil},
		{"he", "ובעולם", []string{"בעולם", "עולם"}},
		{"he", "שהמקור", []string{"המקור", "מקור"}},
		{"he", "וכשיגיע", []string{"כשיגיע", "שיגיע", "יגיע"}},
		{"he", "ומכיוון", []string{"מכיוון", "כיוון"}}, // one preposition only: not יוון
		{"he", "בעל", nil},
	}
	for _, tt := range tests {
		cuts, n := procliticCuts(tt.lang, []byte(tt.word))
		var got []string
		for _, c := range cuts[:n] {
			got = append(got, tt.word[c:])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("procliticCuts(%q, %q) leaves %q; want %q", tt.lang, tt.word, got, tt.want)
		}
	}
}

// TestSemiticSuggest checks each rule through Suggest: want lists tags
// that must be among the suggestions, not lists tags that must not be.
func TestSemiticSuggest(t *testing.T) {
	tests := []struct {
		rule, lang, headline string
		want, not            []string
	}{
		// A demonym names its place, and leaves its words to a phrase.
		{"nisba", "ar", "عودة طالبة سودانية من صفوف داعش", []string{"السودان"}, []string{"سودانية"}},
		{"nisba with article", "ar", "آلاف العراقيين يتظاهرون ضد الفساد", []string{"العراق"}, nil},
		{"nisba to -ya", "ar", "العثور على قطع صاروخ روسي", []string{"روسيا"}, nil},
		{"nisba beside its phrase", "ar", "المنتخب المغربي يتأهل إلى نصف النهائي", []string{"المغرب", "المنتخب_المغربي"}, nil},
		{"not a nisba", "ar", "المؤتمر الوطني يناقش الميزانية", nil, []string{"الوطن"}},
		{"hebrew demonym", "he", "הנשיא הטורקי נאם בפרלמנט", []string{"טורקיה"}, []string{"הטורקי"}},
		{"hebrew demonym, final letter", "he", "שף יפני פתח מסעדה", []string{"יפן"}, nil},
		{"a quoted word is a name", "ar", "\"العمري\" يحتفل بعقد قران \"تركي\"", nil, []string{"تركيا"}},
		{"an institution of a place", "ar", "مدير صحة القصيم يقوم بجولات", []string{"صحة_القصيم", "القصيم"}, nil},
		{"a place head's phrase is the place", "he", "נהר האמזונס הוא הגדול בעולם", []string{"נהר_האמזונס"}, []string{"האמזונס"}},
		{"persian is not arabic", "fa", "دانشجوی سودانی", nil, []string{"السودان", "سودان"}},
		// Proclitics off places, stopwords and generic words.
		{"proclitic off a place", "ar", "وفد للسعودية يصل", []string{"السعودية"}, []string{"للسعودية"}},
		{"two proclitics off a place", "he", "הפגנה גדולה ובלונדון", []string{"לונדון"}, nil},
		{"proclitic before a stopword", "ar", "الإخوان لا يبايعون ولكن يبايعون المرشد", nil, []string{"ولكن"}},
		{"article before a generic word", "he", "הטלסקופ הראשונה", []string{"הטלסקופ"}, []string{"הראשונה"}},
		{"ש and the article off a topic word", "he", "מחקר מצא שהמכונית שינתה את העיר", []string{"המכונית"}, []string{"שהמכונית"}},
		{"a short word after שה keeps its letters", "he", "שהות ארוכה בחו״ל", nil, []string{"הות"}},
		{"modal behind ש is generic", "he", "חוקרים מצאו חיידק שעלול לגרום למחלה", []string{"חיידק"}, []string{"שעלול"}},
		{"negative copula behind ש is generic", "he", "עכברים שאינם חולים בסוכרת", []string{"עכברים"}, []string{"שאינם"}},
		// Phrases of a noun and a definite word.
		{"preposition off a phrase", "ar", "هجمات بالأسلحة الكيماوية في سوريا", []string{"الأسلحة_الكيماوية"}, nil},
		{"generic head with an adjective", "ar", "في وداع الشهر الكريم", []string{"الشهر_الكريم"}, nil},
		{"no verb heads a phrase", "ar", "غالبية مجلس النواب ترفض الاتفاق النووي", []string{"مجلس_النواب", "الاتفاق_النووي"}, []string{"ترفض_الاتفاق"}},
		// Name openers, place heads, titles.
		{"name opener", "ar", "سان جرمان يسقط مانشستر", []string{"سان_جرمان"}, nil},
		{"name opener behind a proclitic", "he", "הוא טס לברלין וסנט פטרסבורג", []string{"סנט_פטרסבורג"}, nil},
		{"place head", "ar", "عصام الحضري ينتقل إلى وادي دجلة", []string{"وادي_دجلة"}, nil},
		{"place head gets its article back", "he", "התעלה מחברת לים הבלטי", []string{"הים_הבלטי"}, []string{"ים_הבלטי"}},
		{"no sea without an article", "he", "שייט בים פתוח", nil, []string{"ים_פתוח"}},
		{"name after a title", "he", "מר ריד הצליח לנהוג", []string{"ריד"}, nil},
		{"name after a definite title", "ar", "الرئيس أوباما يزور كينيا", []string{"أوباما"}, nil},
		{"office before a construct", "ar", "رئيس حزب القوات اللبنانية", nil, []string{"حزب"}},
		// The words before an opening colon, and words in quotes.
		{"colon label", "ar", "جون كيري: اتفاق مع روسيا", []string{"جون_كيري"}, nil},
		{"quoted name", "ar", "خصوم أوباما يريدون نقل «معركة النووي» إلى الكونغرس", []string{"معركة_النووي"}, nil},
		{"a quoted name holds a place", "ar", "\"أدبي جدة\" يدشن دورة جديدة", []string{"أدبي_جدة"}, []string{"جدة"}},
		{"a long quote is a quotation", "he", "\"הוא אמר שהמשחק היה קשה מאוד\"", nil, []string{"הוא_אמר_שהמשחק"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.rule, func(t *testing.T) {
			g := New(Options{Lang: tt.lang})
			got := SuggestionTexts(g.Suggest(tt.headline, 3))
			checkHolds(t, fmt.Sprintf("Suggest(%q)", tt.headline), got, tt.want, tt.not)
		})
	}
}
