package hashtag

import "strings"

// English demonyms. A headline says "Australian government" or "Russian
// citizen jailed" where an editor tags the place: #Australia, #Russia (a
// tag is a base form, and a demonym's is its place). Other languages do
// this by their own rules (German Hamburger Künstlerin → Hamburg, Hindi
// अमेरिकी → अमेरिका, Arabic سودانية → السودان); English demonyms are too
// irregular for endings (British, French, Dutch, Swiss, Thai), so they are
// a list, written for this project.
//
// Left out: words that name more than the place as often (American: the
// United States or the Americas; English: the language; Dominican:
// Dominica or the Dominican Republic), and demonyms of two words (South
// African, Sri Lankan), which the rules read as names.

// englishDemonymPlaces maps a demonym, in lower case, to the place, as a
// tag writes it (CamelCase: SaudiArabia). A plural of the people
// (Australians, Israelis) names the place too (englishDemonymList adds
// them).
var englishDemonymPlaces = map[string]string{
	// Europe
	"albanian": "Albania", "austrian": "Austria", "belarusian": "Belarus", "belgian": "Belgium",
	"bosnian": "Bosnia", "british": "Britain", "bulgarian": "Bulgaria", "croatian": "Croatia",
	"cypriot": "Cyprus", "czech": "Czechia", "danish": "Denmark", "dutch": "Netherlands",
	"estonian": "Estonia", "finnish": "Finland", "french": "France", "german": "Germany",
	"greek": "Greece", "hungarian": "Hungary", "icelandic": "Iceland", "irish": "Ireland",
	"italian": "Italy", "kosovar": "Kosovo", "latvian": "Latvia", "lithuanian": "Lithuania",
	"macedonian": "Macedonia", "maltese": "Malta", "moldovan": "Moldova", "montenegrin": "Montenegro",
	"norwegian": "Norway", "polish": "Poland", "portuguese": "Portugal", "romanian": "Romania",
	"russian": "Russia", "scottish": "Scotland", "serbian": "Serbia", "slovak": "Slovakia",
	"slovenian": "Slovenia", "spanish": "Spain", "swedish": "Sweden", "swiss": "Switzerland",
	"ukrainian": "Ukraine", "welsh": "Wales", "european": "Europe",
	"catalan": "Catalonia", "bavarian": "Bavaria", "sicilian": "Sicily", "crimean": "Crimea",
	"chechen": "Chechnya", "siberian": "Siberia",
	// Caucasus and Central Asia
	"armenian": "Armenia", "azerbaijani": "Azerbaijan", "azeri": "Azerbaijan", "georgian": "Georgia",
	"kazakh": "Kazakhstan", "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan", "turkmen": "Turkmenistan",
	"uzbek": "Uzbekistan",
	// Middle East and North Africa
	"afghan": "Afghanistan", "algerian": "Algeria", "bahraini": "Bahrain", "egyptian": "Egypt",
	"emirati": "UAE", "iranian": "Iran", "iraqi": "Iraq", "israeli": "Israel",
	"jordanian": "Jordan", "kuwaiti": "Kuwait", "lebanese": "Lebanon", "libyan": "Libya",
	"moroccan": "Morocco", "omani": "Oman", "palestinian": "Palestine", "qatari": "Qatar",
	"saudi": "SaudiArabia", "syrian": "Syria", "tunisian": "Tunisia", "turkish": "Turkey",
	"yemeni": "Yemen",
	// Africa
	"angolan": "Angola", "cameroonian": "Cameroon", "chadian": "Chad", "congolese": "Congo",
	"eritrean": "Eritrea", "ethiopian": "Ethiopia", "ghanaian": "Ghana", "ivorian": "IvoryCoast",
	"kenyan": "Kenya", "liberian": "Liberia", "malagasy": "Madagascar", "malawian": "Malawi",
	"malian": "Mali", "mozambican": "Mozambique", "namibian": "Namibia", "nigerian": "Nigeria",
	"nigerien": "Niger", "rwandan": "Rwanda", "senegalese": "Senegal", "somali": "Somalia",
	"sudanese": "Sudan", "tanzanian": "Tanzania", "ugandan": "Uganda", "zambian": "Zambia",
	"zimbabwean": "Zimbabwe", "african": "Africa",
	// Asia and the Pacific
	"australian": "Australia", "bangladeshi": "Bangladesh", "burmese": "Myanmar", "cambodian": "Cambodia",
	"chinese": "China", "fijian": "Fiji", "filipino": "Philippines", "indian": "India",
	"indonesian": "Indonesia", "japanese": "Japan", "kashmiri": "Kashmir", "korean": "Korea",
	"malaysian": "Malaysia", "mongolian": "Mongolia", "nepalese": "Nepal", "nepali": "Nepal",
	"pakistani": "Pakistan", "philippine": "Philippines", "samoan": "Samoa", "singaporean": "Singapore",
	"taiwanese": "Taiwan", "thai": "Thailand", "tibetan": "Tibet", "tongan": "Tonga",
	"vietnamese": "Vietnam", "punjabi": "Punjab", "asian": "Asia",
	// The Americas
	"argentine": "Argentina", "argentinian": "Argentina", "bolivian": "Bolivia", "brazilian": "Brazil",
	"canadian": "Canada", "chilean": "Chile", "colombian": "Colombia", "cuban": "Cuba",
	"ecuadorian": "Ecuador", "guatemalan": "Guatemala", "haitian": "Haiti", "honduran": "Honduras",
	"jamaican": "Jamaica", "mexican": "Mexico", "nicaraguan": "Nicaragua", "panamanian": "Panama",
	"paraguayan": "Paraguay", "peruvian": "Peru", "salvadoran": "ElSalvador", "uruguayan": "Uruguay",
	"venezuelan": "Venezuela", "alaskan": "Alaska", "californian": "California", "hawaiian": "Hawaii",
	"texan": "Texas",
}

// englishDemonymList is every demonym of englishDemonymPlaces and the
// plural of those that make one with -s (-an, -i, -ek, -ot, -no:
// Australians, Israelis, Greeks, Cypriots, Filipinos; not Chinese,
// British, Swiss, which are their own plural).
func englishDemonymList() map[string]string {
	m := make(map[string]string, 2*len(englishDemonymPlaces))
	for d, place := range englishDemonymPlaces {
		m[d] = place
		if strings.HasSuffix(d, "an") || strings.HasSuffix(d, "i") || strings.HasSuffix(d, "ek") || strings.HasSuffix(d, "ot") || strings.HasSuffix(d, "no") {
			m[d+"s"] = place
		}
	}
	return m
}

// demonyms maps the demonyms of a language that the rules read as a list
// to their places.
var demonyms = map[string]map[string]string{"en": englishDemonymList()}

// listedDemonym makes words[i], a demonym the lists hold (inDemonym),
// the place it names, and reports whether it did: where it stands alone,
// capitalized as a demonym is, and is no word of a longer name (Australian
// Open, British Airways: the next word is capitalized, and not a title as
// in Russian President Putin; Royal Australian Navy: the word before is);
// in Title Case, where every word has a capital, it cannot tell, and
// leaves it; nor where a stopword other than "and" follows the singular
// (Polish your shoes), which is no adjective then. (The demonyms of other
// languages go by their endings: semitic.go's demonym, declension.go's
// demonymPlace.)
func (p *pipeline) listedDemonym(i int) bool {
	ws := p.words
	w := &ws[i]
	if p.title || !w.tok.is(tCap) || w.tok.is(tAllCaps) {
		return false
	}
	if i+1 < len(ws) {
		if n := &ws[i+1]; !n.tok.is(tPunct) && n.tok.is(tCap|tAllCaps|tInnerCap) && !n.is(inTitle) {
			return false
		}
	}
	if i > 0 && !w.tok.is(tPunct|tInitial) && p.capital(&ws[i-1]) {
		return false
	}
	lower := p.lower(w)
	place, ok := demonyms[p.g.code][string(lower)]
	if !ok {
		return false
	}
	if _, plural := demonyms[p.g.code][string(lower[:len(lower)-1])]; !plural && i+1 < len(ws) && ws[i+1].is(inStop) && !ws[i+1].is(inCoordinator) {
		// The adjective stands before its noun, or another adjective
		// (German and Swedish ministers); before another stopword it
		// is another word (Polish your shoes).
		return false
	}
	b0 := len(p.buf)
	p.buf = append(p.buf, place...)
	w.b0, w.b1 = int32(b0), int32(len(p.buf))
	return true
}
