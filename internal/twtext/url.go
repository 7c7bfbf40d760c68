package twtext

import (
	"strings"
	"unicode/utf8"
)

// Limits from twitter-text's extractUrlsWithIndices.
const (
	maxURLLength     = 4096 // UTF-16 code units, counting the protocol
	maxTcoSlugLength = 40
	maxLabelLength   = 63 // DNS label, after punycode encoding
)

// urlSpan is a recognised URL as byte offsets into the scanned text.
type urlSpan struct{ start, end int }

// ExtractURLs returns the URLs in text, in order, as twitter-text's
// extractUrlsWithIndices finds them: with or without a protocol, a domain
// ending in a known TLD, optional port, path with balanced parentheses, and
// query, minus trailing punctuation; t.co links stop after their slug.
//
// URL is always text[ByteStart:ByteEnd] (see the package documentation for
// the corner case where twitter-text's string and indices disagree). It
// allocates only the result, and nothing when text holds no URL.
func ExtractURLs(text string) []URL {
	var buf [8]urlSpan
	spans := appendURLSpans(buf[:0], text)
	if len(spans) == 0 {
		return nil
	}
	urls := make([]URL, len(spans))
	pos, cp := 0, 0
	for i, s := range spans {
		cp += utf8.RuneCountInString(text[pos:s.start])
		start := cp
		cp += utf8.RuneCountInString(text[s.start:s.end])
		pos = s.end
		urls[i] = URL{URL: text[s.start:s.end], Start: start, End: cp, ByteStart: s.start, ByteEnd: s.end}
	}
	return urls
}

// appendURLSpans appends the URLs of text to dst, in order. It allocates
// only when dst must grow.
func appendURLSpans(dst []urlSpan, text string) []urlSpan {
	dst, _ = scanURLs(dst, text, true)
	return dst
}

// scanURLs is appendURLSpans. With fast false it forgets what earlier
// attempts learnt and tries every start, as a regexp engine would: tests
// compare the two. work counts the bytes read by domain scans, plus one
// per scan, so tests can check that the scan stays linear.
func scanURLs(dst []urlSpan, text string, fast bool) (_ []urlSpan, work int) {
	var memo domainMemo
	try := func(u int) (urlMatch, bool) {
		if !fast {
			memo = domainMemo{work: memo.work}
		}
		return matchURL(text, u, &memo)
	}
	// Every URL holds a '.', so no match starts at or after the last one.
	lastDot := strings.LastIndexByte(text, '.')
	dot := -1 // the first '.' at or after i, once i passes the previous one
	for i := 0; i < lastDot; {
		if fast && dot < i {
			// A URL reaches the first '.' after its start without crossing
			// white space (protocol, domain labels and the '.' hold none), so
			// nothing before the last space ahead of that '.' can start one:
			// plain text is skipped at IndexByte speed.
			dot = i + strings.IndexByte(text[i:], '.')
			if ws := lastSpaceByte(text, i, dot); ws > i {
				i = ws // the space is the character before the next start
			}
		}
		if c := text[i]; c < utf8.RuneSelf && asciiClass[c]&cAlnum != 0 && i > 0 {
			// Letters and digits never precede a URL: skip the run.
			i++
			for i < lastDot && text[i] < utf8.RuneSelf && asciiClass[text[i]]&cAlnum != 0 {
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		// validUrlPrecedingChars: the character before the URL is part of the
		// match, or the URL starts the text.
		var m urlMatch
		ok := false
		if r > 0xFFFF {
			// twitter-text's expressions work on UTF-16 code units: the high
			// surrogate can be the preceding character and the low one, a
			// valid domain character, the first of the host. The host then
			// starts with the whole rune here; only protocol-less URLs, whose
			// ASCII domains are reported, can match that way.
			m, ok = try(i)
			m.before = r
		}
		if !ok && isURLPreceding(r) {
			m, ok = try(i + size)
			m.before = r
		}
		if !ok && i == 0 {
			m, ok = try(0)
			m.before = -1
		}
		if !ok {
			i += size
			continue
		}
		// Like a global regexp, the scan resumes after the whole match even
		// when the match is then rejected.
		i = m.end
		dst = m.appendSpans(dst, text)
	}
	return dst, memo.work
}

// lastSpaceByte returns the index of the last ASCII white space byte in
// text[i:j], or -1.
func lastSpaceByte(text string, i, j int) int {
	for j--; j >= i; j-- {
		if c := text[j]; c < utf8.RuneSelf && asciiClass[c]&cSpace != 0 {
			return j
		}
	}
	return -1
}

// urlMatch is one match of twitter-text's extractUrl expression.
type urlMatch struct {
	before         rune // preceding character, -1 at the start of the text
	start          int  // URL start (protocol or domain)
	domStart       int
	domEnd         int
	hasPath        bool
	end            int
	protocolLength int // 0 without a protocol
}

// matchURL matches protocol?, domain, port?, path?, query? at text[u:].
func matchURL(text string, u int, memo *domainMemo) (urlMatch, bool) {
	m := urlMatch{start: u}
	p := u
	if n := protocolLength(text[u:]); n > 0 {
		p += n
		m.protocolLength = n
	}
	d, ok := memo.matchDomain(text, p)
	if !ok {
		// Without the protocol the domain would have to start with "http:",
		// which cannot match, so there is nothing to backtrack to.
		return m, false
	}
	m.domStart, m.domEnd = p, d
	end := d
	// (?::([0-9]+))?
	if end+1 < len(text) && text[end] == ':' && isDigit(text[end+1]) {
		end += 2
		for end < len(text) && isDigit(text[end]) {
			end++
		}
	}
	runEnd := end
	if end < len(text) && text[end] == '/' {
		m.hasPath = true
		end, runEnd = matchPath(text, end+1)
	}
	// The query must follow the path directly; a path that gave back
	// trailing punctuation cannot be followed by one.
	if end == runEnd && end < len(text) && text[end] == '?' {
		if q, ok := matchQuery(text, end+1, len(text)); ok {
			end = q
		}
	}
	m.end = end
	return m, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// protocolLength returns the length of a leading "http://" or "https://"
// in any case, or 0.
func protocolLength(s string) int {
	if len(s) < 7 || s[0]|0x20 != 'h' {
		return 0
	}
	if len(s) >= 7 && strings.EqualFold(s[:7], "http://") {
		return 7
	}
	if len(s) >= 8 && strings.EqualFold(s[:8], "https://") {
		return 8
	}
	return 0
}

// label is one dot-terminated domain label: text[start:end] followed by '.'.
type label struct {
	start, end int
	lastUnder  int // index of the last '_', or -1
}

func (l label) underscore() bool { return l.lastUnder >= 0 }

// domainMemo remembers what one full domain scan learnt, so that the starts
// inside the text it covered are answered without scanning it again. The
// scanner tries a start after nearly every character; without the memo a
// long run of letters before a '.' (or a long chain of labels) was rescanned
// from each of them, which is quadratic.
//
// The answers follow from how the expression works. Starting inside a label
// L of a chain scanned before yields L's suffix and then the same labels,
// and matchLabels tries TLDs from the last label back, so:
//   - a start in the matched label or before it matches the same domain;
//   - a start after it can match only after L itself, and only if L was
//     skipped before for its '_' and the suffix holds none;
//   - '.', '-' and '_' cannot start a domain.
//
// Where the first label failed (no '.' ahead, or '-' before it), every
// start up to that point fails the same way.
type domainMemo struct {
	start, end int  // answers are known for domain starts in [start, end)
	chain      bool // [start, end) is a chain of labels, not a failed first label
	bestDot    int  // starts before this '.' match, up to bestEnd; -1: none
	bestEnd    int
	cur        label // the label of the last start past bestDot, from that start
	tldAt      int   // the last matchTLD question asked of the chain…
	tldEnd     int   // … and its answer
	tldOK      bool
	work       int // bytes read by scanLabel, plus one per call
}

// matchDomain matches validDomain at text[p:]:
//
//	validSubdomain* validDomainName (validGTLD | validCCTLD | validPunycode)
//
// Subdomain labels may contain '_', the domain name only '-', and neither
// may start or end with them. Like the regexp, it prefers the most
// subdomains, so "www.foo.co.uk" is foo.co + uk rather than www + foo.
func (memo *domainMemo) matchDomain(text string, p int) (int, bool) {
	if memo.start <= p && p < memo.end {
		return memo.recall(text, p)
	}
	first, ok := memo.scanLabel(text, p)
	if !ok {
		memo.remember(domainMemo{start: p, end: max(p, first.end), bestDot: -1})
		return 0, false
	}
	var buf [16]label
	labels := append(buf[:0], first)
	for pos := first.end + 1; ; {
		l, ok := memo.scanLabel(text, pos)
		if !ok {
			break
		}
		labels = append(labels, l)
		pos = l.end + 1
	}
	scan := domainMemo{start: p, end: labels[len(labels)-1].end, chain: true, bestDot: -1}
	for k := len(labels) - 1; k >= 0; k-- {
		if labels[k].underscore() {
			continue
		}
		if end, ok := matchTLD(text, labels[k].end+1, len(text)); ok {
			scan.bestDot, scan.bestEnd = labels[k].end, end
			break
		}
	}
	memo.remember(scan)
	return scan.bestEnd, scan.bestDot >= 0
}

// remember keeps the scan that reaches further.
func (memo *domainMemo) remember(scan domainMemo) {
	if scan.end > memo.end || scan.end == memo.end && scan.start < memo.start {
		scan.tldAt, scan.tldEnd, scan.tldOK = memo.tldAt, memo.tldEnd, memo.tldOK
		scan.work = memo.work
		*memo = scan
	}
}

// recall answers matchDomain for a start inside the remembered scan.
func (memo *domainMemo) recall(text string, p int) (int, bool) {
	switch text[p] {
	case '.', '-', '_':
		return 0, false
	}
	if p < memo.bestDot {
		return memo.bestEnd, true
	}
	if !memo.chain {
		return 0, false
	}
	if p < memo.cur.start || p >= memo.cur.end {
		// Inside a chain every label runs to its '.'.
		memo.cur, _ = memo.scanLabel(text, p)
	}
	if p <= memo.cur.lastUnder {
		return 0, false
	}
	// Labels after this one failed before; only a label that was skipped
	// for its '_' has a TLD left to try, which all starts in it share.
	if at := memo.cur.end + 1; at != memo.tldAt {
		memo.tldAt = at
		memo.tldEnd, memo.tldOK = matchTLD(text, at, len(text))
	}
	return memo.tldEnd, memo.tldOK
}

// scanLabel is scanLabel, counting its work.
func (memo *domainMemo) scanLabel(text string, i int) (label, bool) {
	l, ok := scanLabel(text, i)
	memo.work += max(l.end-i, 0) + 1
	return l, ok
}

// scanLabel scans a subdomain label at text[i:] that is followed by '.'.
// When it fails, end is where the run of label characters stopped, or 0
// when the label starts with '-' or '_'.
func scanLabel(text string, i int) (label, bool) {
	l := label{start: i, lastUnder: -1}
	last := rune(-1)
	j := i
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf && asciiClass[c]&cAlnum != 0 {
			last = rune(c)
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == '-' || r == '_' {
			if j == i {
				return l, false
			}
			if r == '_' {
				l.lastUnder = j
			}
		} else if !isDomainChar(r) {
			break
		}
		last = r
		j += size
	}
	l.end = j
	ok := j > i && j < len(text) && text[j] == '.' && last != '-' && last != '_'
	return l, ok
}

// matchPath matches validUrlPath* after a '/' at text[i:]. It returns the
// end of the path and the end of the run of path characters: the path gives
// back trailing characters that may not end a URL ("/foo." keeps no '.').
func matchPath(text string, i int) (end, runEnd int) {
	end = i
	j := i
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf && c != '(' {
			k := asciiClass[c]
			if k&cPathGen == 0 {
				break
			}
			j++
			if k&cPathEnd != 0 {
				end = j
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == '(' {
			k, ok := matchParens(text, j)
			if !ok {
				break
			}
			j = k
			end = j
			continue
		}
		if !isPathChar(r) {
			break
		}
		j += size
		if isPathEnd(r) {
			end = j
		}
	}
	return end, j
}

// matchParens matches validUrlBalancedParens at text[i] == '(': path
// characters with at most one nested balanced pair, as in
// /wiki/Primer_(film) or /track/We_Up_(Album_Version_(Edited))/.
func matchParens(text string, i int) (int, bool) {
	j := pathChars(text, i+1)
	if j < len(text) && text[j] == ')' && j > i+1 {
		return j + 1, true
	}
	if j >= len(text) || text[j] != '(' {
		return 0, false
	}
	k := pathChars(text, j+1)
	if k == j+1 || k >= len(text) || text[k] != ')' {
		return 0, false
	}
	k = pathChars(text, k+1)
	if k >= len(text) || text[k] != ')' {
		return 0, false
	}
	return k + 1, true
}

// pathChars returns the end of the run of path characters at text[i:].
func pathChars(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isPathChar(r) {
			break
		}
		i += size
	}
	return i
}

// matchQuery matches validUrlQueryChars* validUrlQueryEndingChars at
// text[i:limit], after a '?'.
func matchQuery(text string, i, limit int) (int, bool) {
	end := -1
	for j := i; j < limit; j++ {
		c := text[j]
		if c >= utf8.RuneSelf || asciiClass[c]&cQuery == 0 {
			break
		}
		if asciiClass[c]&cQueryEnd != 0 {
			end = j + 1
		}
	}
	return end, end >= 0
}

// appendSpans applies extractUrlsWithIndices' checks to a match and appends
// the URLs it yields.
func (m *urlMatch) appendSpans(dst []urlSpan, text string) []urlSpan {
	if !validURL(text, m) {
		return dst
	}
	if m.protocolLength == 0 {
		// Without a protocol only ASCII domains count, and not directly after
		// "-", "_", "." or "/" (the tail of something that is not a URL).
		switch m.before {
		case '-', '_', '.', '/':
			return dst
		}
		last := -1
		for pos := m.domStart; pos < m.domEnd; {
			s, e, ok := matchASCIIDomain(text, pos, m.domEnd)
			if !ok {
				break
			}
			dst = append(dst, urlSpan{s, e})
			last = len(dst) - 1
			pos = e
		}
		if last >= 0 && m.hasPath {
			// The last domain takes the path and query along.
			dst[last].end = m.end
		}
		return dst
	}
	end := m.end
	if tco, ok := matchTco(text[m.start:m.end], m.protocolLength); ok {
		if tco < 0 {
			return dst
		}
		end = m.start + tco
	}
	return append(dst, urlSpan{m.start, end})
}

// matchTco matches validTcoUrl at the start of url: a t.co link is the
// slug plus an optional query and nothing more. It returns -1 when the slug
// is too long for a t.co link.
func matchTco(url string, protocol int) (int, bool) {
	s := url[protocol:]
	if len(s) < 6 || !strings.EqualFold(s[:5], "t.co/") {
		return 0, false
	}
	j := 5
	for j < len(s) && s[j] < utf8.RuneSelf && asciiClass[s[j]]&cAlnum != 0 {
		j++
	}
	if j == 5 {
		return 0, false
	}
	if j-5 > maxTcoSlugLength {
		return -1, true
	}
	if j < len(s) && s[j] == '?' {
		if q, ok := matchQuery(s, j+1, len(s)); ok {
			j = q
		}
	}
	return protocol + j, true
}

// matchASCIIDomain finds the next validAsciiDomain match in text[i:limit]:
// ([-a-z0-9À-ɏ…]+\.)+ followed by a TLD.
func matchASCIIDomain(text string, i, limit int) (start, end int, ok bool) {
	for s := i; s < limit; {
		e, ok, stop := matchASCIIDomainAt(text, s, limit)
		if ok {
			return s, e, true
		}
		// A start inside the labels just scanned sees a suffix of the same
		// dots, all of which failed: resume where the scan stopped.
		_, size := utf8.DecodeRuneInString(text[s:limit])
		s = max(s+size, stop)
	}
	return 0, 0, false
}

// matchASCIIDomainAt matches validAsciiDomain at text[s:limit]. When it
// fails, stop is where its labels ended.
func matchASCIIDomainAt(text string, s, limit int) (end int, ok bool, stop int) {
	var buf [16]int
	dots := buf[:0]
	j := s
	for {
		k := j
		for k < limit {
			r, size := utf8.DecodeRuneInString(text[k:limit])
			if !isASCIIDomainChar(r) {
				break
			}
			k += size
		}
		if k == j || k >= limit || text[k] != '.' {
			j = k
			break
		}
		dots = append(dots, k)
		j = k + 1
	}
	for n := len(dots) - 1; n >= 0; n-- {
		if end, ok := matchTLD(text, dots[n]+1, limit); ok {
			return end, true, 0
		}
	}
	return 0, false, j
}

// validURL is twitter-text's isValidUrl: every host label fits DNS after
// punycode encoding, a punycode host has an ASCII domain, and the URL with
// its protocol (https:// when absent) stays within 4096 UTF-16 units.
func validURL(text string, m *urlMatch) bool {
	domain := text[m.domStart:m.domEnd]
	if strings.HasPrefix(domain, "xn--") {
		if _, _, ok := matchASCIIDomain(domain, 0, len(domain)); !ok {
			return false
		}
	}
	for rest := domain; ; {
		l, tail, more := strings.Cut(rest, ".")
		if n := punycodeLength(l); n < 1 || n > maxLabelLength {
			return false
		}
		if !more {
			break
		}
		rest = tail
	}
	protocol := m.protocolLength
	if protocol == 0 {
		protocol = len("https://")
	}
	// A string has no more UTF-16 units than bytes: count only long URLs.
	url := text[m.start:m.end]
	return protocol+len(url) <= maxURLLength || protocol+utf16Len(url) <= maxURLLength
}
