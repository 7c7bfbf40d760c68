package hashtag_test

import (
	"fmt"

	"github.com/sharekit/sharekit/hashtag"
)

// Arabic and Hebrew have no capitals, so Suggest finds their names by the
// languages' own rules: a demonym names its place (روسي → روسيا), a
// preposition comes off a phrase (بالأسلحة الكيماوية), the words before an
// opening colon name the speaker, and Hebrew ל swallows the article that
// a sea's name gets back (לים הבלטי → הים_הבלטי).
func ExampleGenerator_Suggest_arabicHebrew() {
	ar := hashtag.New(hashtag.Options{Lang: "ar"})
	fmt.Println(ar.SuggestLine("جون كيري: اتفاق لتحديد المسؤولين عن هجمات بالأسلحة الكيماوية", 3))
	fmt.Println(ar.SuggestLine("العثور على قطع صاروخ روسي", 3))
	he := hashtag.New(hashtag.Options{Lang: "he"})
	fmt.Println(he.SuggestLine("התעלה מחברת את אגם אונגה לים הבלטי", 3))
	// Output:
	// #جون_كيري #الأسلحة_الكيماوية
	// #روسيا
	// #אגם_אונגה #הים_הבלטי
}
