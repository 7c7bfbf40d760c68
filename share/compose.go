package share

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dghubble/go-twitter/twitter"

	"github.com/sharekit/sharekit/internal/ascii"
	"github.com/sharekit/sharekit/internal/twtext"
)

// Composed is a post's text as Compose makes it, with its length as the
// network counts it, the network's limit (0: none), and for X its entities:
// hashtags and URLs with code-point indices into Text, as the Twitter API
// reports them. A plain value; the Entities are the caller's to keep.
type Composed struct {
	Network  string            `json:"network"`
	Text     string            `json:"text"`
	Length   int               `json:"length"`
	Limit    int               `json:"limit"`
	Entities *twitter.Entities `json:"entities,omitempty"`
}

// ellipsis ends a shortened headline.
const ellipsis = "…"

// prepared is a Post checked and cleaned for one network.
type prepared struct {
	url      string   // UTM-tagged page URL
	title    string   // one line
	head     string   // title [" — " Post.Text], one line: what shortening cuts
	tags     []string // without '#', empty ones dropped
	via      string
	related  []string
	image    string
	instance string // ASCII host, when the template has {instance}
	escURL   string // url as appendEscaped writes it, when worked out ahead (Set)

	// Measures of the parts for the quick "everything fits" test of fit,
	// taken once (measure) and shared by every fitting of the post.
	measured          bool
	mHead, mURL, mVia measure // mVia: "via @handle"
	mTags             measure // all tags, each with its '#'
}

// prepare checks p for c and cleans its text; without text it skips the
// headline and summary, which a link without {text}, {title}, {summary} or
// {body} does not use. Every error is a *FieldError.
func (c *compiled) prepare(p Post, text bool) (prepared, error) {
	pr, urlErr, err := preparePost(p, text)
	err = c.specialize(&pr, p, urlErr, err)
	return pr, err
}

// preparePost is the part of prepare that is the same for every network:
// the page URL checked (urlErr), the text cleaned, and the image, tags, via
// and related handles checked (err, the first of those to fail). pr.url is
// the page URL untagged. Keeping the two errors apart lets specialize report
// them in prepare's order, with the network's UTM check between them.
func preparePost(p Post, text bool) (pr prepared, urlErr, err error) {
	if err := checkURL("Post.URL", p.URL); err != nil {
		return pr, err, nil
	}
	pr.url = p.URL
	if p.Image != "" {
		if err := checkURL("Post.Image", p.Image); err != nil {
			return pr, nil, err
		}
		pr.image = p.Image
	}
	if text {
		pr.title = cleanLine(p.Title)
		pr.head = pr.title
		// The post's text is one line (see the package doc): Post.Text
		// joins the headline flattened, cleaned once, straight from the
		// Post. Only {summary} and {body} keep its line breaks, and only a
		// link with one of those cleans it that way (linkFor).
		if sum := cleanLine(p.Text); sum != "" {
			if pr.head != "" {
				pr.head += " — " + sum
			} else {
				pr.head = sum
			}
		}
	}
	// Reuse the caller's slice when every tag is already clean, the common
	// case, so that a link costs no extra allocation for its tags.
	pr.tags = p.Hashtags
	copied := false
	for i, t := range p.Hashtags {
		ct, err := cleanTag(i, t)
		if err != nil {
			return pr, nil, err
		}
		if !copied && (ct != t || ct == "") {
			pr.tags = append(make([]string, 0, len(p.Hashtags)), p.Hashtags[:i]...)
			copied = true
		}
		if copied && ct != "" {
			pr.tags = append(pr.tags, ct)
		}
	}
	if p.Via != "" {
		h, err := cleanHandle("Post.Via", p.Via)
		if err != nil {
			return pr, nil, err
		}
		pr.via = h
	}
	pr.related = p.Related
	for i, s := range p.Related {
		h, err := cleanHandle("", s)
		if err != nil {
			err.(*FieldError).Field = "Post.Related[" + strconv.Itoa(i) + "]"
			return pr, nil, err
		}
		if h != s {
			if &pr.related[0] == &p.Related[0] {
				pr.related = append([]string(nil), p.Related...)
			}
			pr.related[i] = h
		}
	}
	return pr, nil, nil
}

// specialize finishes what preparePost began for c: the URL tagged for c
// (and measured again when tagging changed it) and the instance host. It
// returns preparePost's errors in prepare's order.
func (c *compiled) specialize(pr *prepared, p Post, urlErr, err error) error {
	if urlErr != nil {
		return urlErr
	}
	if p.UTM.on() {
		pr.escURL = "" // for the untagged URL
		pr.url = p.UTM.Tag(c.Name, p.URL)
		if len(pr.url) > MaxURLBytes {
			return fieldErr("Post.URL", pr.url, "is "+strconv.Itoa(len(pr.url))+" bytes with UTM tags; at most "+strconv.Itoa(MaxURLBytes))
		}
		if pr.measured {
			pr.mURL = measureOf(pr.url)
		}
	}
	if err != nil {
		return err
	}
	if c.ClosedTags && len(pr.tags) > 0 {
		pr.tags = closeTags(pr.tags)
		if pr.measured {
			pr.measure() // the tags' measures changed; a post is measured once per network only here
		}
	}
	if c.instance {
		host, err := checkInstance(c.Name, p.Instance)
		if err != nil {
			return err
		}
		pr.instance = host
	}
	return nil
}

// limit is the limit a post for c fits: the network's, or the server's own
// for networks on the user's instance.
func (c *compiled) limit(p Post) int {
	if c.instance && p.InstanceLimit > 0 {
		return p.InstanceLimit
	}
	return c.Limit
}

// layout says which parts of a post go inside the text, and which the
// network appends itself from parameters of their own (and so count against
// the limit of the draft it assembles).
type layout struct {
	tags, url, via          bool // inside the text, in this order after the headline
	sepURL, sepTags, sepVia bool // appended by the network: " url", " #a #b", " via @h"
}

// postLayout is the layout of Compose: "Headline #tag1 #tag2 URL via @handle".
func (c *compiled) postLayout() layout {
	return layout{tags: true, url: true, via: c.ViaMention}
}

// textLayout is the layout of the {text} of c's link: the post without the
// parts the template passes separately.
func (c *compiled) textLayout() layout {
	sepTags := c.has[phHashtags] || c.has[phHashtag]
	return layout{
		tags: !sepTags, url: !c.has[phURL], via: c.ViaMention && !c.has[phVia],
		sepURL: c.has[phURL], sepTags: sepTags, sepVia: c.has[phVia],
	}
}

// part is the kind of one part of a post, for [layout.each].
type part uint8

const (
	partHead part = iota
	partTag       // written "#tag"
	partURL
	partVia // written "via @handle"
)

// partPrefix is what the text holds before each kind of part.
var partPrefix = [...]string{partHead: "", partTag: "#", partURL: "", partVia: "via @"}

// each calls f for the parts of a post in the one order every post is
// made in: with inText, the headline and then the parts l puts inside the
// text (tags, URL, via); without, the parts the network appends after it
// (URL, tags, via). assemble writes them, appendWhole writes them
// percent-encoded; single spaces go between.
func (l layout) each(head string, tags []string, url, via string, inText bool, f func(part, string)) {
	if inText {
		f(partHead, head)
		if l.tags {
			for _, t := range tags {
				f(partTag, t)
			}
		}
		if l.url {
			f(partURL, url)
		}
		if l.via && via != "" {
			f(partVia, via)
		}
		return
	}
	if l.sepURL {
		f(partURL, url)
	}
	if l.sepTags {
		for _, t := range tags {
			f(partTag, t)
		}
	}
	if l.sepVia && via != "" {
		f(partVia, via)
	}
}

// assemble writes head and the parts l puts in, and returns the text and
// the whole draft (text plus what the network appends).
func assemble(b *strings.Builder, head string, tags []string, url, via string, l layout) (text, draft string) {
	b.Reset()
	n := len(head) + len(url) + len(via) + 12
	for _, t := range tags {
		n += len(t) + 2
	}
	b.Grow(n)
	write := func(k part, s string) {
		if k != partHead && b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(partPrefix[k])
		b.WriteString(s)
	}
	l.each(head, tags, url, via, true, write)
	textLen := b.Len()
	l.each(head, tags, url, via, false, write)
	d := b.String()
	return d[:textLen], d
}

// assembleText is the text part of assemble's result: head and the parts l
// puts inside the text. When that is head alone it is head itself.
func assembleText(head string, tags []string, url, via string, l layout) string {
	if !l.tags && !l.url && (!l.via || via == "") {
		return head
	}
	var b strings.Builder
	text, _ := assemble(&b, head, tags, url, via, layout{tags: l.tags, url: l.url, via: l.via})
	return text
}

// fitted is the outcome of fitting: the text, the tags kept and the length
// of the draft the network assembles (-1 when it was not needed: a bound
// decided).
type fitted struct {
	text   string
	tags   []string
	length int
}

// fit makes a post for c fit limit: all of it if it fits; else hashtags
// dropped from the end; else the headline shortened at a word boundary with
// "…"; else the headline dropped, then the "via"; an error only when the
// URL alone does not fit. Cuts never split a grapheme cluster, a URL or a
// hashtag.
//
// Each search is a binary search, as a post's length grows with what it
// holds; this keeps fitting O(n log n) in the length of the post however
// many tags or words it has.
func (c *compiled) fit(pr *prepared, l layout, limit int) (fitted, error) {
	return c.fitWith(pr, l, fitOptions{limit: limit})
}

// fitOptions are what fitWith fits a post to.
type fitOptions struct {
	limit int // as c counts; 0: none
	// escaped, when > 0, is the most bytes the text may take
	// percent-encoded: the room a share link has left for its {text}
	// under MaxLinkBytes.
	escaped int
	// work, when not nil, is added the bytes of every draft fitting
	// assembles and counts: the work a test can bound.
	work *int
}

// fitWith is fit with the options o.
func (c *compiled) fitWith(pr *prepared, l layout, o fitOptions) (fitted, error) {
	limit, work := o.limit, o.work
	if o.escaped == 0 && (pr.measured || l.sepURL || l.sepTags || l.sepVia) && c.fitsWhole(pr, (l.via || l.sepVia) && pr.via != "", limit) {
		// The common case, decided from the parts' measures: only the text
		// is built, and not even that when it is the headline alone. (When
		// the text is the whole draft and nothing is measured yet, the
		// assembled draft is needed anyway, and try's bound on it is as
		// cheap.)
		return fitted{text: assembleText(pr.head, pr.tags, pr.url, pr.via, l), tags: pr.tags, length: -1}, nil
	}
	var b strings.Builder
	try := func(head string, tags []string, via string) (fitted, bool) {
		text, draft := assemble(&b, head, tags, pr.url, via, l)
		if work != nil {
			*work += len(draft)
		}
		if c.ByteLimit > 0 && len(draft) > c.ByteLimit || o.escaped > 0 && escapedLen(text, c.mailto) > o.escaped {
			return fitted{text: text, tags: tags, length: -1}, false
		}
		if limit <= 0 || c.surelyFits(draft, limit) {
			return fitted{text: text, tags: tags, length: -1}, true
		}
		n := c.length(draft)
		return fitted{text: text, tags: tags, length: n}, n <= limit
	}
	if f, ok := try(pr.head, pr.tags, pr.via); ok {
		return f, nil // the common case: everything fits
	}
	_, headFits := try(pr.head, nil, pr.via)
	if len(pr.tags) > 0 && headFits {
		// The most tags (a prefix: dropped from the end) that fit with the
		// whole headline.
		if k := largest(len(pr.tags), func(k int) bool {
			_, ok := try(pr.head, pr.tags[:k], pr.via)
			return ok
		}); k >= 0 {
			f, _ := try(pr.head, pr.tags[:k], pr.via)
			return f, nil
		}
	}
	if pr.head != "" && !headFits {
		if f, ok := shorten(pr.head, c.shortenBound(limit, o.escaped), func(h string) (fitted, bool) {
			return try(h, nil, pr.via)
		}); ok {
			return f, nil
		}
	}
	if f, ok := try("", nil, pr.via); ok {
		return f, nil
	}
	if f, ok := try("", nil, ""); ok {
		return f, nil
	}
	return fitted{}, &LimitError{Network: c.Name, Length: c.length(pr.url), Limit: limit}
}

// shortenBound is the bound shorten may use: the smallest of the limits a
// candidate must keep under which every segment of a headline counts at
// least 1. Bytes and escaped bytes always do, and so does c's count but for
// a caller's own Weighting, whose weights may be 0. 0: none.
func (c *compiled) shortenBound(limit, escaped int) int {
	bound := 0
	use := func(n int) {
		if n > 0 && (bound == 0 || n < bound) {
			bound = n
		}
	}
	if c.Count != Weighted || c.Weighting == nil {
		use(limit)
	}
	use(c.ByteLimit)
	use(escaped)
	return bound
}

// largest returns the largest i in [0, n) for which ok(i) holds, assuming
// ok holds up to some i and not after; -1 if ok(0) does not hold.
func largest(n int, ok func(int) bool) int {
	lo, hi, best := 0, n-1, -1
	for lo <= hi {
		mid := int(uint(lo+hi) >> 1)
		if ok(mid) {
			best, lo = mid, mid+1
		} else {
			hi = mid - 1
		}
	}
	return best
}

// draft builds the Compose post for c; with entities (Draft) it also fills
// in the exact length and, for X, the entities.
func (c *compiled) draft(p Post, entities bool) (Composed, error) {
	pr, err := c.prepare(p, true)
	if err != nil {
		return Composed{}, err
	}
	limit := c.limit(p)
	f, err := c.fit(&pr, c.postLayout(), limit)
	if err != nil {
		return Composed{}, err
	}
	d := Composed{Network: c.Name, Text: f.text, Length: f.length, Limit: limit}
	if d.Length < 0 && entities {
		// Compose throws the length away; Draft reports it exactly.
		d.Length = c.length(f.text)
	}
	if entities && c.Count == Weighted {
		d.Entities = xEntities(f.text)
		// The "via @handle" Compose appended is a mention; twitter-text
		// would find it too, and callers of the Twitter API expect it.
		if via := " via @" + pr.via; pr.via != "" && strings.HasSuffix(f.text, via) {
			end := utf8.RuneCountInString(f.text)
			d.Entities.UserMentions = append(d.Entities.UserMentions, twitter.MentionEntity{
				Indices:    twitter.Indices{end - len(pr.via) - 1, end},
				ScreenName: pr.via,
			})
		}
	}
	return d, nil
}

// xEntities returns the hashtag and URL entities of text, with code-point
// indices, as the Twitter API reports them.
func xEntities(text string) *twitter.Entities {
	hs := twtext.ExtractHashtags(text)
	us := twtext.ExtractURLs(text)
	e := &twitter.Entities{
		Hashtags: make([]twitter.HashtagEntity, 0, len(hs)),
		Urls:     make([]twitter.URLEntity, 0, len(us)),

		UserMentions: []twitter.MentionEntity{},
	}
	for _, h := range hs {
		e.Hashtags = append(e.Hashtags, twitter.HashtagEntity{Indices: twitter.Indices{h.Start, h.End}, Text: h.Text})
	}
	for _, u := range us {
		e.Urls = append(e.Urls, twitter.URLEntity{
			URL: u.URL, ExpandedURL: u.URL, DisplayURL: displayURL(u.URL),
			Indices: twitter.Indices{u.Start, u.End},
		})
	}
	return e
}

// displayURL is how X shows a URL: without scheme, cut after 23 characters
// with "…".
func displayURL(u string) string {
	for _, p := range [...]string{"https://", "http://"} {
		if len(u) >= len(p) && strings.EqualFold(u[:len(p)], p) {
			u = u[len(p):]
			break
		}
	}
	if utf8.RuneCountInString(u) > 23 {
		i := 0
		for n := 0; n < 22; n++ {
			_, size := utf8.DecodeRuneInString(u[i:])
			i += size
		}
		u = u[:i] + ellipsis
	}
	return u
}

func isASCII(s string) bool { return ascii.All.Is(s) }
