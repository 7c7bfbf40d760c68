package hashtag

import (
	"slices"
	"testing"
)

// TestDeclension is the base-form rules of declension.go and places/, one
// case each, through Suggest: what a rule changes, and what it must leave.
func TestDeclension(t *testing.T) {
	for _, c := range []struct {
		name, lang, headline string
		n                    int
		want                 []string
	}{
		// Russian.
		{name: "ru -ии is -ия", lang: "ru", headline: "В Британии прошли выборы", n: 1, want: []string{"Британия"}},
		{name: "ru -еи is -ея", lang: "ru", headline: "Учения у берегов Кореи", n: 1, want: []string{"Корея"}},
		{name: "ru adjectival surname, dative", lang: "ru", headline: "Суд отказал Навальному", n: 1, want: []string{"Навальный"}},
		{name: "ru -ский surname, genitive", lang: "ru", headline: "Депортация бизнесмена Полонского", n: 1, want: []string{"Полонский"}},
		{name: "ru feminine surname", lang: "ru", headline: "Турнир выиграла Ивановой подруга", n: 1, want: []string{"Иванова"}},
		{name: "ru instrumental surname", lang: "ru", headline: "Встреча с Путиным отменена", n: 1, want: []string{"Путин"}},
		{name: "ru adjective and noun name", lang: "ru", headline: "Заседание Верховной рады отменено", n: 1, want: []string{"ВерховнаяРада"}},
		{name: "ru masculine adjective and noun name", lang: "ru", headline: "Пресс-секретарь Белого дома ушёл", n: 1, want: []string{"БелыйДом"}},
		{name: "ru first name agrees with an instrumental surname", lang: "ru", headline: "Расставание с Федором Смоловым", n: 1, want: []string{"ФедорСмолов"}},
		{name: "ru feminine first name agrees", lang: "ru", headline: "Интервью с Анной Ивановой", n: 1, want: []string{"АннаИванова"}},
		{name: "ru soft-sign place", lang: "ru", headline: "В Кремле прокомментировали", n: 1, want: []string{"Кремль"}},
		{name: "ru participle is no topic", lang: "ru", headline: "Данные оформлявших пропуска удалили", n: 3, want: []string{"Данные", "пропуска"}},
		{name: "ru city from the list, locative in -е for -а", lang: "ru", headline: "Парад прошёл в Москве", n: 1, want: []string{"Москва"}},
		{name: "ru city from the list, locative in -е for a consonant", lang: "ru", headline: "Турнир в Риме", n: 1, want: []string{"Рим"}},
		{name: "ru region in -ье", lang: "ru", headline: "Пожар в лесах Подмосковья", n: 1, want: []string{"Подмосковье"}},
		{name: "ru instrumental noun -ой is no adjective", lang: "ru", headline: "Интервью с Анной", n: 1, want: []string{"Анной"}},
		{name: "ru feminine name in -ина", lang: "ru", headline: "Интервью с Мариной", n: 1, want: []string{"Марина"}},
		{name: "ru nominative stays", lang: "ru", headline: "Навальный вышел на свободу", n: 1, want: []string{"Навальный"}},
		// Greek.
		{name: "el feminine genitive after της", lang: "el", headline: "Στο κλίμα της Μέσης Ανατολής", n: 1, want: []string{"ΜέσηΑνατολή"}},
		{name: "el -ας after της", lang: "el", headline: "Η έκταση της Βρετανίας", n: 1, want: []string{"Βρετανία"}},
		{name: "el -ους after στους, accent two back", lang: "el", headline: "Μάχες στους Παγκόσμιους Αγώνες", n: 1, want: []string{"ΠαγκόσμιοιΑγώνες"}},
		{name: "el -ους with the accent before it stays", lang: "el", headline: "Ήττες στους Πολέμους", n: 1, want: []string{"Πολέμους"}},
		{name: "el an adjective agrees with a noun that stays", lang: "el", headline: "Μάχες στους Παγκόσμιους Πολέμους", n: 1, want: []string{"ΠαγκόσμιουςΠολέμους"}},
		{name: "el a number between article and noun", lang: "el", headline: "Μάχες στους δύο Παγκόσμιους Αγώνες", n: 1, want: []string{"ΠαγκόσμιοιΑγώνες"}},
		{name: "el two-word region in the genitive", lang: "el", headline: "Οι ακτές της Νότιας Αμερικής", n: 1, want: []string{"ΝότιαΑμερική"}},
		{name: "el accented -ό after στον", lang: "el", headline: "Το ρεκόρ απέναντι στον Καναδό", n: 1, want: []string{"Καναδός"}},
		{name: "el unaccented -ο after τον stays", lang: "el", headline: "Συνάντηση με τον Ρονάλντο", n: 1, want: []string{"Ρονάλντο"}},
		{name: "el city from the list", lang: "el", headline: "Οι αγρότες διαμαρτύρονται στους δρόμους της Λάρισας", n: 1, want: []string{"Λάρισα"}},
		{name: "el comparative is generic", lang: "el", headline: "Η υπερσάρωση είναι συχνότερα πρόβλημα", n: 3, want: []string{"υπερσάρωση", "πρόβλημα"}},
		{name: "el verb ending beats a pronoun του", lang: "el", headline: "Τα σωματίδια του έλκονται από τον πυρήνα", n: 1, want: []string{"σωματίδια"}},
		{name: "el accented -ούν is a verb", lang: "el", headline: "Οι μέλισσες παράγουν μέλι και δημιουργούν κηρήθρες", n: 3, want: []string{"μέλισσες", "κηρήθρες", "μέλι"}},
		{name: "el word after να is a verb", lang: "el", headline: "Οι επιστήμονες ελπίζουν να ανακαλύψουν εμβόλιο", n: 2, want: []string{"επιστήμονες", "εμβόλιο"}},
		{name: "el article, adjective and noun", lang: "el", headline: "Η ηλιακή ενέργεια κερδίζει έδαφος", n: 1, want: []string{"ΗλιακήΕνέργεια"}},
		{name: "el feminine accusative is the nominative form", lang: "el", headline: "Μελέτη για την κυκλοφοριακή συμφόρηση", n: 1, want: []string{"ΚυκλοφοριακήΣυμφόρηση"}},
		{name: "el two adjectives: the noun comes later", lang: "el", headline: "Το κύτταρο είναι η βασική δομική μονάδα", n: 1, want: []string{"κύτταρο"}},
		// Hindi and Urdu.
		{name: "hi oblique -े before a postposition", lang: "hi", headline: "बम हमले में तबाही", n: 1, want: []string{"बम_हमला"}},
		{name: "hi infinitive keeps -ने", lang: "hi", headline: "पानी पीने से राहत", n: 1, want: []string{"पानी_पीने"}},
		{name: "hi plural oblique -ियों", lang: "hi", headline: "जमातियों के खिलाफ कार्रवाई", n: 1, want: []string{"जमाती"}},
		{name: "hi demonym to place", lang: "hi", headline: "सामान स्टोर कर रहे अमेरिकी", n: 1, want: []string{"अमेरिका"}},
		{name: "hi state from the list", lang: "hi", headline: "मेघालय में बारिश", n: 1, want: []string{"मेघालय"}},
		{name: "hi agent before ने", lang: "hi", headline: "चुनाव पर सोनिया ने कहा", n: 1, want: []string{"सोनिया"}},
		{name: "ur a title before a predicate", lang: "ur", headline: "صدر منتخب ہونے پر وائٹ ہاؤس میں دعوت", n: 1, want: []string{"وائٹ_ہاؤس"}},
		{name: "hi a title before a noun", lang: "hi", headline: "दक्षिण कोरिया में राष्ट्रपति चुनाव", n: 3, want: []string{"दक्षिण_कोरिया"}},
		{name: "hi three words closed by a postposition", lang: "hi", headline: "भोपाल गैस कांड में बचे", n: 1, want: []string{"भोपाल"}},
		{name: "hi three topic words are one phrase", lang: "hi", headline: "सखी मंडल केंद्र में मास्क", n: 1, want: []string{"सखी_मंडल_केंद्र"}},
		{name: "hi a light verb does not close a phrase", lang: "hi", headline: "खाने का सामान स्टोर कर रहे लोग", n: 2, want: []string{"सामान", "स्टोर"}},
		{name: "hi verb after नहीं", lang: "hi", headline: "नहीं लौटे मेघालय", n: 3, want: []string{"मेघालय"}},
		{name: "ur oblique -ے before a postposition", lang: "ur", headline: "شدید زلزلے سے تباہی", n: 1, want: []string{"شدید_زلزلہ"}},
		{name: "ur demonym to place", lang: "ur", headline: "پاکستانی کرکٹ", n: 1, want: []string{"پاکستان"}},
		{name: "ur two-word city", lang: "ur", headline: "جے پور کنسرٹ میں بھنگڑا", n: 1, want: []string{"جے_پور"}},
		{name: "ur agent phrase before نے", lang: "ur", headline: "کوئٹہ میں لشکر جھنگوی نے حملہ کیا", n: 2, want: []string{"کوئٹہ", "لشکر_جھنگوی"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := SuggestionTexts(New(Options{Lang: c.lang}).Suggest(c.headline, c.n))
			if len(got) == 0 {
				got = nil
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("Suggest(%q, %d) in %s = %q; want %q", c.headline, c.n, c.lang, got, c.want)
			}
		})
	}
}

// TestIndicAgent: the agent before ने is a name, unless a plural.
func TestIndicAgent(t *testing.T) {
	for _, c := range []struct {
		lang, headline string
		want           Kind
	}{
		{"ur", "فیصلے پر عالیہ بھٹ نے تصویر شیئر کی", KindName},
		{"ur", "بیرونی سرمایہ کاروں نے منافع بھیجا", KindPhrase},
		{"hi", "चुनाव पर राहुल ने घेरा", KindName},
		{"hi", "चुनाव पर किसानों ने घेरा", KindTopic},
	} {
		ss := New(Options{Lang: c.lang}).Suggest(c.headline, 1)
		if len(ss) == 0 || ss[0].Kind != c.want {
			t.Errorf("Suggest(%q) in %s = %+v; want a first tag of kind %v", c.headline, c.lang, ss, c.want)
		}
	}
}

func TestGreekMayShiftAccent(t *testing.T) {
	for _, c := range []struct {
		word   string
		suffix string
		want   bool
	}{
		{"πολέμους", "ους", true},     // πόλεμοι
		{"δρόμους", "ους", true},      // δρόμοι: the same shape, so not sure
		{"Παγκόσμιους", "ους", false}, // accent two syllables back
		{"Γερμανούς", "ούς", false},   // accent on the ending
		{"Αιγύπτου", "ου", true},      // Αίγυπτος
		{"Ελλάδας", "ας", false},      // first declension
	} {
		if got := greekMayShiftAccent([]byte(c.word), ending{suffix: c.suffix}); got != c.want {
			t.Errorf("greekMayShiftAccent(%q, %q) = %v; want %v", c.word, c.suffix, got, c.want)
		}
	}
}

func TestGreekComparative(t *testing.T) {
	for w, want := range map[string]bool{
		"συχνότερα": true, "μεγαλύτερο": true, "σημαντικότατη": true, "παλαιότερη": true,
		"υπερσάρωση": false, "τηλεσκόπιο": false, "ότερα": false,
	} {
		if got := greekComparative([]byte(w)); got != want {
			t.Errorf("greekComparative(%q) = %v; want %v", w, got, want)
		}
	}
}

func TestAdjectivalN(t *testing.T) {
	for stem, want := range map[string]bool{
		"Верховн": true, "Северн": true, "Государственн": true,
		"Марин": false, "Москв": false,
	} {
		if got := adjectivalN([]byte(stem)); got != want {
			t.Errorf("adjectivalN(%q) = %v; want %v", stem, got, want)
		}
	}
}

// BenchmarkSuggestDeclension is Suggest on headlines whose rules are in
// declension.go, one language each.
func BenchmarkSuggestDeclension(b *testing.B) {
	for _, c := range []struct{ lang, headline string }{
		{"ru", "Заседание Верховной рады по делу Навальному в Москве отменено"},
		{"el", "Στο θερμό κλίμα της Μέσης Ανατολής, στους δύο Παγκόσμιους Πολέμους"},
		{"hi", "सोनिया ने पीएम मोदी से गरीबों को मुफ्त अनाज देने की अपील की, राहुल ने घेरा"},
		{"ur", "جرمنی بم حملے کے مبینہ منصوبہ ساز کی جیل میں خودکشی"},
	} {
		b.Run(c.lang, func(b *testing.B) {
			g := New(Options{Lang: c.lang})
			g.Suggest(c.headline, 3)
			b.SetBytes(int64(len(c.headline)))
			b.ReportAllocs()
			for b.Loop() {
				g.Suggest(c.headline, 3)
			}
		})
	}
}
