package server

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sharekit/sharekit/internal/batch"
	"github.com/sharekit/sharekit/share"
)

// batchContentTypes are the media types /v1/batch accepts for JSON Lines.
var batchContentTypes = map[string]bool{
	"application/x-ndjson":    true,
	"application/jsonl":       true,
	"application/x-jsonlines": true,
	"application/json":        true,
}

// batchParams are the query parameters of /v1/batch: the options of
// /v1/tags and /v1/links, flattened. Lists are comma-separated.
var batchParams = []string{
	"style", "case", "lang", "max", "min_length", "fold", "keep_acronyms", "stopwords", "replace_stopwords", "best", "as_written",
	"networks", "all", "via", "related", "instance",
	"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content",
	"fail_fast",
}

// batchOptions reads the query of a /v1/batch request. Everything that
// would make every record fail (an unknown network, Mastodon without an
// instance) is a 400 here, before the 200 of the stream is sent.
func (s *server) batchOptions(r *http.Request) (batch.Options, *Problem) {
	q := r.URL.Query()
	for k := range q {
		if !slices.Contains(batchParams, k) {
			return batch.Options{}, fieldProblem(k, fmt.Sprintf("unknown query parameter %q", k))
		}
	}
	var perr *Problem
	num := func(k string) int {
		v := q.Get(k)
		if v == "" || perr != nil {
			return 0
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			perr = fieldProblem(k, fmt.Sprintf("%s must be an integer, not %q", k, v))
		}
		return n
	}
	flag := func(k string) bool {
		v := q.Get(k)
		if v == "" || perr != nil {
			return false
		}
		b, err := strconv.ParseBool(v)
		if err != nil {
			perr = fieldProblem(k, fmt.Sprintf("%s must be true or false, not %q", k, v))
		}
		return b
	}
	list := func(k string) []string {
		var out []string
		for _, v := range q[k] {
			for _, s := range strings.Split(v, ",") {
				if s = strings.TrimSpace(s); s != "" {
					out = append(out, s)
				}
			}
		}
		return out
	}
	name := func(k string, v interface{ UnmarshalText([]byte) error }) {
		if s := q.Get(k); s != "" && perr == nil {
			if err := v.UnmarshalText([]byte(s)); err != nil {
				perr = optionProblem("", err)
			}
		}
	}
	o := TagOptions{
		Lang: q.Get("lang"), Max: num("max"), MinLength: num("min_length"),
		FoldDiacritics: flag("fold"), KeepAcronyms: flag("keep_acronyms"),
		Stopwords: list("stopwords"), ReplaceStopwords: flag("replace_stopwords"),
		Best: num("best"), AsWritten: flag("as_written"),
	}
	name("style", &o.Style)
	name("case", &o.Case)
	failFast := flag("fail_fast")
	all := flag("all")
	if perr != nil {
		return batch.Options{}, perr
	}
	tags, p := o.hashtagOptions("")
	if p != nil {
		return batch.Options{}, p
	}
	instance := q.Get("instance")
	var networks []string // none asked: hashtags only
	if names := list("networks"); all || len(names) > 0 {
		var p *Problem
		if networks, p = selectNetworks(names, all, instance, false); p != nil {
			return batch.Options{}, p
		}
	}
	return batch.Options{
		Tags:     tags,
		Networks: networks,
		Post: share.Post{
			Via:      strings.TrimPrefix(q.Get("via"), "@"),
			Related:  list("related"),
			Instance: instance,
			UTM: share.UTM{
				Source: q.Get("utm_source"), Medium: q.Get("utm_medium"), Campaign: q.Get("utm_campaign"),
				Term: q.Get("utm_term"), Content: q.Get("utm_content"),
			},
		},
		InputFormat:  "jsonl",
		OutputFormat: "jsonl",
		FailFast:     failFast,
	}, nil
}

// handleBatch streams JSON Lines through internal/batch: one output line
// per input line, in order, flushed as it is made. The body has no overall
// size limit (each line is limited to MaxBody) and the request gets
// BatchTimeout instead of the ordinary read and write timeouts.
func (s *server) handleBatch(w http.ResponseWriter, r *http.Request) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || !batchContentTypes[mt] {
		writeProblem(w, r, problem(http.StatusUnsupportedMediaType, "Content-Type must be application/x-ndjson (JSON Lines)"))
		return
	}
	opt, p := s.batchOptions(r)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	opt.Workers = runtime.GOMAXPROCS(0)
	opt.MaxLineBytes = int(min(s.cfg.MaxBody, 1<<30))
	// The stream's working set comes out of the server's memory budget up
	// front; lines longer than the usual buffer grow into it as they come.
	base := streamBase(opt.Workers)
	if !s.mem.Grow(base) {
		w.Header().Set("Retry-After", "1")
		writeProblem(w, r, problem(http.StatusServiceUnavailable, "the server's memory budget for batch streams is spent; retry shortly"))
		return
	}
	defer s.mem.Release(base)
	opt.Budget = s.mem

	rc := http.NewResponseController(w)
	deadline := time.Now().Add(s.cfg.BatchTimeout)
	_ = rc.SetReadDeadline(deadline)  // not supported by httptest recorders: fine
	_ = rc.SetWriteDeadline(deadline) //
	// HTTP/1.1 handlers normally cannot read the body once they have begun
	// the response; streaming needs both at once.
	_ = rc.EnableFullDuplex()

	body := &pacedBody{r: r.Body, rc: rc, deadline: deadline, idle: s.cfg.BatchIdleTimeout, minRate: s.cfg.BatchMinRate, start: time.Now()}
	out := &streamWriter{w: w, rc: rc}
	w.Header().Set("Content-Type", "application/x-ndjson")
	sum, err := batch.Run(r.Context(), "request", body, out, opt)
	if body.cut != nil {
		// Too slow a client: its slot and memory go to others. A stream
		// already begun is cut without its last chunk, so the client
		// cannot take what it got for the whole answer.
		abort(r, body.cut.Error())
		// net/http drains what is left of a body before closing; a slow
		// client would hold the connection through that too.
		_ = rc.SetReadDeadline(time.Now())
		if out.started {
			panic(http.ErrAbortHandler)
		}
		writeProblem(w, r, problem(http.StatusRequestTimeout, body.cut.Error()))
		return
	}
	if body.failed != nil && r.Context().Err() == nil {
		// The body broke off (the client closed the connection or reset
		// it): nobody is left to answer.
		abort(r, "client gone")
		return
	}
	if r.Context().Err() != nil {
		if !out.started {
			gone(w, r)
			return
		}
		abort(r, "client gone")
		_ = rc.SetReadDeadline(time.Now())
		panic(http.ErrAbortHandler)
	}
	if err != nil {
		if !out.started {
			writeProblem(w, r, problem(http.StatusBadRequest, strings.TrimPrefix(err.Error(), "batch: ")))
			return
		}
		// The status line is gone; the error records already in the stream
		// say what failed. Log the rest.
		s.cfg.Logger.Warn("batch ended early", "path", r.URL.Path, "records", sum.Records, "errors", sum.Errors, "err", err)
	}
	if !out.started {
		w.WriteHeader(http.StatusOK) // an empty input makes an empty output
	}
}

// pacedBody is a /v1/batch body that must keep coming: each read must
// bring something within idle, and once the stream has run for idle it
// must average at least minRate bytes a second. A client below either is
// cut (cut says why), so that a slow client cannot hold a stream slot and
// its memory for the whole BatchTimeout.
type pacedBody struct {
	r        io.Reader
	rc       *http.ResponseController
	deadline time.Time // the stream's own, BatchTimeout
	idle     time.Duration
	minRate  int64
	start    time.Time
	n        int64
	cut      error // why the server cut the body
	failed   error // a read that failed (the connection closed or reset)
}

func (p *pacedBody) Read(b []byte) (int, error) {
	if p.cut != nil {
		return 0, p.cut
	}
	if p.idle > 0 {
		d := time.Now().Add(p.idle)
		if d.After(p.deadline) {
			d = p.deadline
		}
		_ = p.rc.SetReadDeadline(d)
	}
	n, err := p.r.Read(b)
	p.n += int64(n)
	if err != nil && err != io.EOF {
		p.failed = err
	}
	var ne net.Error
	if err != nil && (errors.Is(err, os.ErrDeadlineExceeded) || errors.As(err, &ne) && ne.Timeout()) && time.Now().Before(p.deadline) {
		p.cut = fmt.Errorf("no input for %s", p.idle)
		return n, p.cut
	}
	if p.minRate > 0 && p.idle > 0 {
		if el := time.Since(p.start); el > p.idle && float64(p.n) < float64(p.minRate)*el.Seconds() {
			p.cut = fmt.Errorf("input slower than %d bytes/s", p.minRate)
			return n, p.cut
		}
	}
	return n, err
}

// streamWriter flushes every write so that clients see each record as
// soon as batch emits it.
type streamWriter struct {
	w       io.Writer
	rc      *http.ResponseController
	started bool
}

func (s *streamWriter) Write(p []byte) (int, error) {
	s.started = true
	n, err := s.w.Write(p)
	if err == nil {
		_ = s.rc.Flush()
	}
	return n, err
}
