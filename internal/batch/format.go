package batch

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/share"
)

// formatter turns records into output. One is made per run and shared by
// the workers, which only read it; what they write goes in their own state.
type formatter struct {
	name     string
	in, out  string
	sep      byte // csv/tsv output separator
	maxLine  int
	longMsg  string
	gen      *hashtag.Generator
	networks []string
	set      *share.Set // the networks, looked up once
	post     share.Post

	headCol, urlCol string
	nfields         int // csv/tsv input: fields in the header

	formulas bool   // csv/tsv output: neutralise cells a spreadsheet would run
	jsonFile []byte // `{"file":"<name>","line":`, encoded once
	csvFile  []byte // the name as a csv field and its separator
}

// state is one worker's scratch space, reused from record to record so the
// hot loop does not allocate for it.
type state struct {
	ms     []member
	extra  []member
	tags   []string
	shared []share.Shared // one per network when the record has links
}

func newFormatter(name string, opt Options) (*formatter, error) {
	f := &formatter{
		name:    name,
		in:      opt.InputFormat,
		out:     opt.OutputFormat,
		maxLine: opt.MaxLineBytes,
		post:    opt.Post,
		headCol: opt.HeadlineColumn,
		urlCol:  opt.URLColumn,
		gen:     hashtag.New(opt.Tags),
	}
	if len(opt.Networks) > 0 {
		set, err := share.NewSet(opt.Networks...) // each network once
		if err != nil {
			return nil, fmt.Errorf("batch: %w", err)
		}
		f.set, f.networks = set, set.Networks()
	}
	if f.in == "" {
		f.in = "txt"
	}
	if f.out == "" {
		f.out = "jsonl"
	}
	if f.maxLine == 0 {
		f.maxLine = DefaultMaxLineBytes
	}
	f.longMsg = fmt.Sprintf("line longer than %d bytes (first %d bytes kept)", f.maxLine, keepPrefix)
	f.sep = ','
	if f.out == "tsv" {
		f.sep = '\t'
	}
	f.jsonFile = append([]byte(`{"file":`), appendJSONString(nil, name)...)
	f.jsonFile = append(f.jsonFile, `,"line":`...)
	f.formulas = !opt.KeepFormulas
	f.csvFile = f.appendCell(nil, name)
	f.csvFile = append(f.csvFile, f.sep)
	return f, nil
}

func (f *formatter) newState() *state { return &state{} }

// readHeader reads the csv/tsv header row and finds the headline and URL
// columns (ui is -1 when there is no URL column).
func (f *formatter) readHeader(cr *csvReader) (hi, ui int, err error) {
	_, recErr, err := cr.read()
	for err == nil && recErr == nil && len(cr.fields) == 0 && len(cr.raw) == 0 {
		_, recErr, err = cr.read() // blank lines before the header
	}
	if err != nil {
		if err.Error() == "EOF" {
			return 0, 0, fmt.Errorf("no header row (empty input)")
		}
		return 0, 0, err
	}
	if recErr != nil {
		return 0, 0, fmt.Errorf("header row: %v", recErr)
	}
	f.nfields = len(cr.fields)
	cols := make([]string, len(cr.fields))
	for i := range cr.fields {
		cols[i] = strings.TrimSpace(string(cr.field(i)))
	}
	find := func(name string) int {
		for i, c := range cols {
			if strings.EqualFold(c, name) {
				return i
			}
		}
		return -1
	}
	head := f.headCol
	if head == "" {
		head = "headline"
	}
	if hi = find(head); hi < 0 {
		return 0, 0, fmt.Errorf("header has no %q column (columns: %s)", head, strings.Join(cols, ", "))
	}
	ui = -1
	if f.urlCol != "" {
		if ui = find(f.urlCol); ui < 0 {
			return 0, 0, fmt.Errorf("header has no %q column (columns: %s)", f.urlCol, strings.Join(cols, ", "))
		}
	} else {
		ui = find("url")
	}
	return hi, ui, nil
}

// header is the csv/tsv header row; the other formats have none.
func (f *formatter) header() []byte {
	if f.out != "csv" && f.out != "tsv" {
		return nil
	}
	cols := []string{"file", "line", "headline", "url", "tags"}
	for _, n := range f.networks {
		cols = append(cols, n+"_link")
	}
	for _, n := range f.networks {
		cols = append(cols, n+"_post")
	}
	cols = append(cols, "error", "input")
	var b []byte
	for i, c := range cols {
		if i > 0 {
			b = append(b, f.sep)
		}
		b = appendCSVField(b, c, f.sep)
	}
	return append(b, '\n')
}

// format formats every record of c into c.out. It stops when ctx ends (the
// request gone, the run stopped): the writer then drops the chunk.
func (f *formatter) format(ctx context.Context, c *chunk, st *state) {
	for i := range c.recs {
		if ctx.Err() != nil {
			return
		}
		rec := &c.recs[i]
		raw := c.buf[rec.raw.start:rec.raw.end]
		err := rec.err
		var head, url string
		st.extra = st.extra[:0]
		if err == nil && !utf8.Valid(raw) {
			err = errInvalidUTF8
		}
		if err == nil {
			if f.in == "jsonl" {
				head, url, err = f.parseJSON(raw, st)
			} else if h, u := rec.head, rec.url; u.start == h.end && u.end > u.start {
				// csv/tsv put the URL right after the headline: one string
				// for both.
				both := string(c.buf[h.start:u.end])
				head, url = both[:h.end-h.start], both[h.end-h.start:]
			} else {
				head = string(c.buf[rec.head.start:rec.head.end])
				url = string(c.buf[rec.url.start:rec.url.end])
			}
			// Spaces around a URL are padding from a spreadsheet or a
			// hand-aligned file, not part of it: an all-space cell is no
			// URL, as an empty one is, rather than an error record.
			url = strings.Trim(url, " \t")
		}
		st.tags, st.shared = st.tags[:0], st.shared[:0]
		var netMsg string // the networks that could not take the record, when some could not
		if err == nil {
			// With Tags.Best, Derive gives the suggestions, best first.
			for _, t := range f.gen.Derive(head) {
				st.tags = append(st.tags, t.Text)
			}
			switch {
			case url == "":
			case len(f.networks) > 0:
				err = f.share(head, url, st) // checks the URL too
				if err == nil {
					netMsg = networkErrors(st.shared)
				}
			default:
				// Tags only, but an unsafe URL is an error record all the
				// same, so a later run with --network finds no surprise.
				err = share.CheckURL(url)
			}
		}
		if err != nil {
			msg := err.Error()
			if err == errLong {
				msg = f.longMsg
			}
			c.bad = append(c.bad, i)
			c.msgs = append(c.msgs, msg)
			c.out = f.appendError(c.out, rec.line, raw, msg)
		} else {
			if netMsg != "" {
				// A partial record: the links of the networks that could
				// take it, each other network's error in its place. It
				// counts as an error record (exit status, --fail-fast).
				c.bad = append(c.bad, i)
				c.msgs = append(c.msgs, netMsg)
			}
			c.out = f.appendRecord(c.out, rec.line, head, url, raw, netMsg, st)
		}
		c.ends = append(c.ends, len(c.out))
	}
}

// parseJSON finds the headline and URL of a jsonl record and notes its other
// members for pass-through.
func (f *formatter) parseJSON(raw []byte, st *state) (head, url string, err error) {
	if !json.Valid(raw) {
		return "", "", errJSON
	}
	st.ms, err = scanObject(raw, st.ms[:0])
	if err != nil {
		return "", "", err
	}
	var hasHead bool
	for _, m := range st.ms {
		k := raw[m.keyStart:m.keyEnd]
		v := raw[m.valStart:m.valEnd]
		switch {
		case jsonKeyIs(k, "headline"):
			if head, hasHead = jsonString(v); !hasHead {
				return "", "", errJSONHeadline
			}
		case jsonKeyIs(k, "url"):
			if string(v) == "null" {
				url = ""
				continue
			}
			var ok bool
			if url, ok = jsonString(v); !ok {
				return "", "", errJSONURL
			}
		default:
			key := jsonKey(k)
			if ours[key] {
				continue
			}
			if fold := oursFolded[strings.ToLower(key)]; fold != "" {
				// "URL" beside "url": a reader that matches keys without
				// case (encoding/json) would take one for the other.
				return "", "", fmt.Errorf("jsonl: key %q differs from %q only in case", key, fold)
			}
			st.extra = append(st.extra, m)
		}
	}
	if !hasHead {
		return "", "", errJSONHeadline
	}
	return head, url, nil
}

// share makes the record's links and posts, in the order of f.networks.
func (f *formatter) share(head, url string, st *state) error {
	p := f.post
	p.URL, p.Title, p.Hashtags = url, head, st.tags
	var err error
	st.shared, err = f.set.Append(st.shared, p)
	return err
}

// networkErrors is "network: reason; …" for the networks of shared that
// failed, "" when none did.
func networkErrors(shared []share.Shared) string {
	var msg string
	for _, sh := range shared {
		if sh.Err != nil {
			if msg != "" {
				msg += "; "
			}
			msg += sh.Network + ": " + NetworkReason(sh.Err)
		}
	}
	return msg
}

// NetworkReason is why one network could not take a post, without the
// "share: network: " that the place it is shown in already says.
func NetworkReason(err error) string {
	var ne *share.NetworkError
	msg := err.Error()
	if errors.As(err, &ne) {
		msg = strings.TrimPrefix(ne.Err.Error(), "share: ")
		msg = strings.TrimPrefix(msg, ne.Network+": ")
	}
	return msg
}

func (f *formatter) appendRecord(dst []byte, line int, head, url string, raw []byte, netMsg string, st *state) []byte {
	switch f.out {
	case "text":
		dst = appendTagLine(dst, st.tags)
		return append(dst, '\n')
	case "csv", "tsv":
		dst = append(dst, f.csvFile...)
		dst = appendInt(dst, line)
		dst = append(dst, f.sep)
		dst = f.appendCell(dst, head)
		dst = append(dst, f.sep)
		dst = f.appendCell(dst, url)
		dst = append(dst, f.sep)
		// Tags never need quoting: they are letters, digits and underscores.
		dst = appendTagLine(dst, st.tags)
		for i := range f.networks {
			dst = append(dst, f.sep)
			if i < len(st.shared) {
				dst = f.appendCell(dst, st.shared[i].Link)
			}
		}
		for i := range f.networks {
			dst = append(dst, f.sep)
			if i < len(st.shared) {
				dst = f.appendCell(dst, st.shared[i].Post)
			}
		}
		dst = append(dst, f.sep)
		dst = f.appendCell(dst, netMsg)
		dst = append(dst, f.sep)
		return append(dst, '\n')
	}
	dst = append(dst, f.jsonFile...)
	dst = appendInt(dst, line)
	dst = append(dst, `,"headline":`...)
	dst = appendJSONString(dst, head)
	if url != "" {
		dst = append(dst, `,"url":`...)
		dst = appendJSONString(dst, url)
	}
	dst = append(dst, `,"tags":[`...)
	for i, t := range st.tags {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendJSONString(dst, t)
	}
	dst = append(dst, ']')
	if len(st.shared) > 0 {
		// A network that could not take the record has null in "links"
		// and "posts" and its reason in "network_errors".
		value := func(dst []byte, i int, v string) []byte {
			if st.shared[i].Err != nil {
				return append(dst, "null"...)
			}
			return appendJSONString(dst, v)
		}
		dst = append(dst, `,"links":{`...)
		for i, n := range f.networks {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendJSONString(dst, n)
			dst = append(dst, ':')
			dst = value(dst, i, st.shared[i].Link)
		}
		dst = append(dst, `},"posts":{`...)
		for i, n := range f.networks {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendJSONString(dst, n)
			dst = append(dst, ':')
			dst = value(dst, i, st.shared[i].Post)
		}
		dst = append(dst, '}')
		if netMsg != "" {
			dst = append(dst, `,"network_errors":{`...)
			first := true
			for _, sh := range st.shared {
				if sh.Err == nil {
					continue
				}
				if !first {
					dst = append(dst, ',')
				}
				first = false
				dst = appendJSONString(dst, sh.Network)
				dst = append(dst, ':')
				dst = appendJSONString(dst, NetworkReason(sh.Err))
			}
			dst = append(dst, '}')
		}
	}
	for _, m := range st.extra {
		dst = append(dst, ',')
		dst = append(dst, raw[m.keyStart:m.keyEnd]...)
		dst = append(dst, ':')
		dst = append(dst, raw[m.valStart:m.valEnd]...)
	}
	return append(dst, '}', '\n')
}

func (f *formatter) appendError(dst []byte, line int, raw []byte, msg string) []byte {
	switch f.out {
	case "text":
		return append(dst, '\n')
	case "csv", "tsv":
		dst = append(dst, f.csvFile...)
		dst = appendInt(dst, line)
		for range 3 + 2*len(f.networks) {
			dst = append(dst, f.sep)
		}
		dst = append(dst, f.sep)
		dst = f.appendCell(dst, msg)
		dst = append(dst, f.sep)
		dst = f.appendCell(dst, string(raw))
		return append(dst, '\n')
	}
	dst = append(dst, f.jsonFile...)
	dst = appendInt(dst, line)
	dst = append(dst, `,"error":`...)
	dst = appendJSONString(dst, msg)
	dst = append(dst, `,"input":`...)
	dst = appendJSONRaw(dst, string(raw))
	if !utf8.Valid(raw) {
		dst = append(dst, `,"input_base64":"`...)
		dst = base64.StdEncoding.AppendEncode(dst, raw)
		dst = append(dst, '"')
	}
	return append(dst, '}', '\n')
}

// appendTagLine appends tags as "#A #B".
func appendTagLine(dst []byte, tags []string) []byte {
	for i, t := range tags {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, '#')
		dst = append(dst, t...)
	}
	return dst
}
