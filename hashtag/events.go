package hashtag

// Events with their year, for Suggest: a label such as "AFCON 2019:",
// "Six Nations 2022:" or "2023 Election:" names an event, and the tag an
// editor posts for it carries the year (#AFCON2019, #2023Election), as
// the event's own tag does.

// eventYear adds the label words[0:end+1] as one name when it is a year
// beside words with capitals (names, acronyms) and nothing else.
func (p *pipeline) eventYear(end int) {
	if end < 1 || end > 3 {
		return
	}
	years, names := 0, 0
	for i := 0; i <= end; i++ {
		w := &p.words[i]
		switch {
		case i > 0 && w.tok.is(tPunct):
			return
		case year(p.text(w)):
			years++
		case w.tok.is(tCap|tAllCaps|tInnerCap) && !w.is(inStop|inFragment|inTitle) && !w.caseless:
			names++
		default:
			return
		}
	}
	if years == 1 && names > 0 {
		p.add(0, end, KindName)
	}
}

// year reports whether text is a year of our times (1900–2099).
func year(text []byte) bool {
	return len(text) == 4 && (text[0] == '1' && text[1] == '9' || text[0] == '2' && text[1] == '0') &&
		'0' <= text[2] && text[2] <= '9' && '0' <= text[3] && text[3] <= '9'
}
