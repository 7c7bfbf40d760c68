package all_test

import (
	"slices"
	"testing"

	"github.com/sharekit/sharekit/hashtag"
)

// suggestRule is one case of a per-language Suggest rule: the tags that must
// come first (want, in order) or must appear (has), and the tags that must
// not appear at all (not).
type suggestRule struct {
	name, lang, headline string
	want                 []string // the first tags, in order
	has                  []string // tags that must be among the suggestions
	not                  []string // tags that must not be suggested
	notPlace             string   // a tag that must not be suggested as a place
}

func checkRules(t *testing.T, rules []suggestRule) {
	t.Helper()
	for _, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			ss := hashtag.New(hashtag.Options{Lang: r.lang}).Suggest(r.headline, 3)
			got := hashtag.SuggestionTexts(ss)
			for _, s := range ss {
				if s.Text == r.notPlace && s.Kind == hashtag.KindPlace {
					t.Errorf("Suggest(%q) has %q as a place; want it no place", r.headline, s.Text)
				}
			}
			if len(got) < len(r.want) || !slices.Equal(got[:len(r.want)], r.want) {
				t.Errorf("Suggest(%q) = %q; want it to start with %q", r.headline, got, r.want)
			}
			for _, h := range r.has {
				if !slices.Contains(got, h) {
					t.Errorf("Suggest(%q) = %q; want it to hold %q", r.headline, got, h)
				}
			}
			for _, n := range r.not {
				if slices.Contains(got, n) {
					t.Errorf("Suggest(%q) = %q; want no %q", r.headline, got, n)
				}
			}
		})
	}
}

// TestThaiRules: names the dictionary lacks are one tag, the name after
// ประเทศ/กรุง/เมือง/ชาว/นาย is the tag without that word, nouns made by
// นัก/ผู้/การ/ความ keep their prefix, two content words written alone
// together are one word, and generic verbs and nouns are not tags.
func TestThaiRules(t *testing.T) {
	checkRules(t, []suggestRule{
		{name: "unknown name joined", lang: "th", headline: "ผู้ประท้วงในบิชเคกตำหนิรัฐบาล", has: []string{"บิชเคก"}, not: []string{"บิ", "เค"}},
		{name: "country word dropped", lang: "th", headline: "ประเทศลักเซมเบิร์กมีประวัติศาสตร์ที่ยาวนาน", want: []string{"ลักเซมเบิร์ก"}, not: []string{"ประเทศลักเซมเบิร์ก", "ประเทศ"}},
		{name: "capital word dropped", lang: "th", headline: "การแข่งขันจะจัดขึ้นในกรุงลอนดอน", want: []string{"ลอนดอน"}},
		{name: "city in syllables", lang: "th", headline: "นักท่องเที่ยวเดินทางไปเมืองพาโร", want: []string{"พาโร"}},
		{name: "people of a place", lang: "th", headline: "นักแข่งชาวอังกฤษคว้าเหรียญทอง", want: []string{"อังกฤษ"}},
		{name: "agent noun", lang: "th", headline: "เดิมทีการแสดงนี้ใช้นักพากย์ซึ่งเป็นคนท้องถิ่น", has: []string{"นักพากย์"}, not: []string{"พากย์"}},
		{name: "nominalizer before a verb of several words", lang: "th", headline: "หัวใจทำหน้าที่ในการสูบฉีดเลือด", not: []string{"การสูบ"}},
		{name: "villagers are no place", lang: "th", headline: "ชาวบ้านประท้วงโรงงาน", notPlace: "บ้าน"},
		{name: "generic verbs", lang: "th", headline: "สมองพยายามเปลี่ยนความฝัน", not: []string{"พยายาม", "เปลี่ยน"}},
		{name: "class noun opens a compound", lang: "th", headline: "ปีนี้เทศกาลดนตรีจะจัดที่เชียงใหม่", has: []string{"เทศกาลดนตรี"}, not: []string{"เทศกาล", "ดนตรี"}},
		{name: "compound goes on over short words", lang: "th", headline: "นักบินอวกาศมองเห็นทะเลดวงจันทร์ได้ชัด", has: []string{"ทะเลดวงจันทร์"}, not: []string{"ทะเลดวง", "จันทร์"}},
		{name: "compound ends at a long word", lang: "th", headline: "นักแสดงของโรงละครวิทยุย้อนยุคได้รับรางวัล", has: []string{"โรงละครวิทยุ"}},
		{name: "compound after a quote", lang: "th", headline: `นักวิจารณ์เรียกรายการนี้ว่า "โรงละครวิทยุย้อนยุค"`, has: []string{"โรงละครวิทยุ"}, not: []string{"โรง", "ละคร"}},
		{name: "class noun holding a name is a name", lang: "th", headline: "ทีมออลแบล็คชนะการแข่งขันรักบี้อีกครั้ง", want: []string{"ทีมออลแบล็ค"}, not: []string{"ออล"}},
		{name: "adverb after อย่าง", lang: "th", headline: "ตำรวจจับกุมผู้ต้องหาอย่างรวดเร็วหลังเกิดเหตุ", not: []string{"รวดเร็ว"}},
		{name: "name after a head goes on over its pieces", lang: "th", headline: "นักท่องเที่ยวเดินทางไปเมืองเบอร์มิงแฮมเมื่อวานนี้", want: []string{"เบอร์มิงแฮม"}, not: []string{"เบอร์"}},
		{name: "a name's first syllable the dictionary knows", lang: "th", headline: "เขาเกิดที่ปีเตอร์สเบิร์กในปี 1990", want: []string{"ปีเตอร์สเบิร์ก"}, not: []string{"สเบิร์ก"}},
		{name: "silenced last letter ends the name", lang: "th", headline: "อิซมีร์เป็นเมืองใหญ่ริมทะเล", want: []string{"อิซมีร์"}, not: []string{"ร์", "อิซ"}},
		{name: "a word with a tone mark is no name's syllable", lang: "th", headline: "แฟน ๆ ต่างชื่นชมสรรเสริญลูน่าอีกด้วย", has: []string{"ลูน่า"}, not: []string{"สรรเสริญลูน่า"}},
		{name: "a longer tag holds a repeated one", lang: "th", headline: "เปลือกของดวงจันทร์บางลงที่ทะเลดวงจันทร์", has: []string{"ดวงจันทร์", "ทะเลดวงจันทร์"}, not: []string{"จันทร์"}},
		{name: "compound with a place", lang: "th", headline: "กองทัพเรือญี่ปุ่นส่งเรือไปช่วย", has: []string{"ญี่ปุ่น"}},
		{name: "classifier after a quantifier", lang: "th", headline: "ดวงอาทิตย์ทั้งดวงประกอบด้วยก๊าซ", has: []string{"ดวงอาทิตย์"}, not: []string{"ดวงประกอบ", "อาทิตย์"}},
		{name: "latin gloss in parentheses", lang: "th", headline: "นักดาราศาสตร์สำรวจทะเลดวงจันทร์ (Maria) ด้วยกล้อง", has: []string{"ทะเลดวงจันทร์"}, not: []string{"Maria"}},
		{name: "acronym in parentheses is no gloss", lang: "th", headline: "อาการสมาธิสั้น (ADHD) พบในเด็กมากขึ้น", want: []string{"ADHD"}},
	})
}

// TestAmharicRules: proclitics, suffixes and demonym endings come off place
// names, Amharic news spellings of places are known, native words that
// start like a proclitic keep their first syllable, and verbs (the last
// word of a sentence, verb prefixes and endings) are no tags.
func TestAmharicRules(t *testing.T) {
	checkRules(t, []suggestRule{
		{name: "proclitic off a place", lang: "am", headline: "በናይጄሪያ ከ1800 በላይ ታራሚዎች ከእስር ቤት ማምለጣቸው ተሰማ", want: []string{"ናይጄሪያ"}},
		{name: "news spelling of a country", lang: "am", headline: "የሶማሊያ ፕሬዚዳንት አዲስ ጠቅላይ ሚንስትር ሾሙ", want: []string{"ሶማሊያ"}},
		{name: "two-word place under a proclitic", lang: "am", headline: "የሳዑዲ አረቢያ የሴቶች እግር ኳስ ሊግ ተጀመረ", want: []string{"ሳዑዲ_አረቢያ"}},
		{name: "and off a place", lang: "am", headline: "ኤርትራ፡ የአሰብና ምጽዋ ወደቦች ምን ደረጃ ላይ ይገኛሉ?", want: []string{"ኤርትራ", "አሰብ", "ምጽዋ"}},
		{name: "object case off a place", lang: "am", headline: "ኢትዮጵያን የአቪዬሽን ማዕከል ለማድረግ አየር መንገዱ ስምምነት ደረሰ", want: []string{"ኢትዮጵያ"}},
		{name: "demonym to place", lang: "am", headline: "ፈረንሳዊው ቢሊየነር በፓሪስ ተደብድበው ተዘረፉ", want: []string{"ፈረንሳይ", "ፓሪስ"}},
		{name: "demonym fused with the name", lang: "am", headline: "እንግሊዛዊው 35 ኪሎግራም የሚመዝኑ ኩላሊቶቹ በቀዶ ህክምና ተወገዱለት", want: []string{"እንግሊዝ"}},
		{name: "demonym in the plural", lang: "am", headline: "የአሜሪካውያን የክትባት ምርጫ ለምን የተለያየ ሆነ?", want: []string{"አሜሪካ"}},
		{name: "a city is a name, not a proclitic", lang: "am", headline: "በርሊን ውስጥ ሰልፍ ተካሄደ", want: []string{"በርሊን"}},
		{name: "native word keeps its first syllable", lang: "am", headline: "በሽታን በሚከላከሉ ክትባቶች መካከል ለምን ልዩነት ተፈጠረ?", has: []string{"በሽታን"}, not: []string{"ሽታን"}},
		{name: "final verb is no tag", lang: "am", headline: "ሱዊዝ ቦይ በመዘጋቱ ምርት መተላለፍ አልቻለም", not: []string{"አልቻለም", "መተላለፍ_አልቻለም"}},
		{name: "verb before the copula", lang: "am", headline: "በኳታሩ የዓለም ዋንጫ ሴት ዳኞች ውድድሮችን ሊመሩ ነው", not: []string{"ሊመሩ", "ውድድሮችን_ሊመሩ"}},
		{name: "relative verb", lang: "am", headline: "በሽታን በሚከላከሉ ክትባቶች መካከል ለምን ልዩነት ተፈጠረ?", not: []string{"በሚከላከሉ_ክትባቶች", "ሚከላከሉ"}},
	})
}

// TestCJKRules: Chinese and Japanese nouns written together are one tag,
// a compound that holds a name ranks above the name, a person's name joins
// only the rest of itself, generic words and titles end no compound, and a
// number ends a model's name but not a count.
func TestCJKRules(t *testing.T) {
	checkRules(t, []suggestRule{
		{name: "compound with a place", lang: "ja", headline: "横浜市長選挙、民主党推薦の林文子氏が当選", has: []string{"横浜市長選挙", "林文子"}, not: []string{"横浜"}},
		{name: "compound with an organisation", lang: "ja", headline: "商船三井のタンカー、接触事故で原油流出", want: []string{"商船三井"}},
		{name: "name and title are two", lang: "ja", headline: "訃報宮澤喜一元総理大臣", want: []string{"宮澤喜一"}, not: []string{"訃報宮澤喜一", "宮澤喜一元総理"}},
		{name: "two places are two tags", lang: "ja", headline: "大阪市長居球技場が「金鳥スタジアム」に", has: []string{"長居球技場"}, not: []string{"大阪市長居球技場"}},
		{name: "generic verb noun ends no compound", lang: "ja", headline: "英会話学校・NOVAが会社更生法申請へ", not: []string{"会社更生法申請", "更生法申請"}},
		{name: "acronym after its description", lang: "ja", headline: "イギリスのレコード販売店HMVが倒産", has: []string{"HMV"}, not: []string{"レコード販売店HMV"}},
		{name: "organisation and what it does", lang: "ja", headline: "2007年度パ・リーグ公式戦日程決まる", want: []string{"パ・リーグ"}},
		{name: "counter starts no compound", lang: "ja", headline: "台風第7号本州に上陸か", not: []string{"号本州"}},
		{name: "person's name in parts", lang: "zh", headline: "奇才大前锋接受脚部手术 布莱切恐错过新季训练营", want: []string{"布莱切"}},
		{name: "model number", lang: "zh", headline: "街机新作《拳皇13》发表 详情3月公布", has: []string{"拳皇13"}},
		{name: "letters and digits are one model name", lang: "zh", headline: "高端相机松下LX5正在热卖", has: []string{"LX5"}, not: []string{"LX"}},
		{name: "a number with a counter is a quantity", lang: "ja", headline: "NASA2018年に再び宇宙飛行士を月面へ", has: []string{"NASA"}, not: []string{"NASA2018"}},
		{name: "digits then letters are no model name", lang: "zh", headline: "游戏继续保持5V5对战模式", not: []string{"V5"}},
		{name: "a version number is no model name", lang: "zh", headline: "手机搭载Android2.3系统", not: []string{"Android2"}},
		{name: "compound with a place in Chinese", lang: "zh", headline: "中国留学生与日本高中生假结婚", want: []string{"中国留学生"}},
	})
}

// TestKoreanRules: a three-syllable word that ends as nouns and verb forms
// do is no person's name, however common its first syllable as a surname,
// and counts of days are no tags.
func TestKoreanRules(t *testing.T) {
	checkRules(t, []suggestRule{
		{name: "noun suffix is no name", lang: "ko", headline: "이주여성 \"남편의 강압적 성관계 못 견뎌 거리 생활\"", want: []string{"이주여성"}},
		{name: "verb form is no name", lang: "ko", headline: "“췌담도암 조기 발견 어려워 생존율 낮아…작은 증상도 무시 말아야”", want: []string{"췌담도암"}, not: []string{"어려워"}},
		{name: "a name stays a name", lang: "ko", headline: "제 18대 대한요트협회장 유준상 후보 당선", want: []string{"유준상"}},
		{name: "count of days", lang: "ko", headline: "밤사이 번개 1만 7800번…이틀째 낙뢰 동반 폭우", not: []string{"밤사이", "이틀째"}},
	})
}

// TestJapaneseVerbForms: a word with a verb's hiragana ending is no part of
// a compound; a noun made of a verb is.
func TestJapaneseVerbForms(t *testing.T) {
	checkRules(t, []suggestRule{
		{name: "verb ends the compound", lang: "ja", headline: "円安進む　１ドル＝１６０円台に", not: []string{"円安進む"}},
		{name: "noun of a verb stays", lang: "ja", headline: "アニメ『まんが日本昔ばなし』、放送再開", want: []string{"まんが日本昔ばなし"}},
	})
}
