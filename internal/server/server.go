package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sharekit/sharekit/hashtag"
	"github.com/sharekit/sharekit/share"
)

// Defaults for the zero fields of a Config.
const (
	DefaultAddr              = "127.0.0.1:8080"
	DefaultMaxBody           = 1 << 20 // 1 MiB
	DefaultMaxConcurrent     = 256
	DefaultReadHeaderTimeout = 5 * time.Second
	DefaultReadTimeout       = 30 * time.Second
	DefaultWriteTimeout      = 30 * time.Second
	DefaultIdleTimeout       = 120 * time.Second
	DefaultShutdownTimeout   = 15 * time.Second
	DefaultBatchTimeout      = 30 * time.Minute
	DefaultMaxStreams        = 32
	DefaultBatchIdleTimeout  = 30 * time.Second
	DefaultBatchMinRate      = 32        // bytes per second, averaged, after BatchIdleTimeout
	DefaultMemoryBudget      = 256 << 20 // 256 MiB
)

// Config configures the server. The zero value serves on DefaultAddr with
// the defaults above, no token, no CORS and no access log. It is a plain
// value: New and Run copy it, so changing it afterwards has no effect.
type Config struct {
	Addr string // host:port to listen on (Run only)

	// Token, when set, is required as "Authorization: Bearer <token>" on
	// every /v1 route. The page, /openapi.json and /healthz stay open.
	Token string

	// CORSOrigin lists the origins (comma-separated, exact match, or "*")
	// whose pages may call the API from a browser. Empty means CORS is off:
	// no Access-Control-* headers are ever sent.
	CORSOrigin string

	MaxBody       int64 // request body limit in bytes, except /v1/batch (whose lines are limited to it)
	MaxConcurrent int   // short requests (all but /v1/batch) served at once; more get 503

	// MaxStreams is how many /v1/batch streams are served at once; more
	// get 503. Streams have their own limit, apart from MaxConcurrent, so
	// that long or slow streams never take the room of short requests.
	MaxStreams int

	// BatchIdleTimeout is the longest a /v1/batch body may send nothing;
	// BatchMinRate (bytes per second) the slowest it may send on average
	// once it has run for BatchIdleTimeout. A stream below either is cut
	// (the client sees the connection end without the stream's last chunk)
	// and logged as aborted. A negative BatchMinRate turns the rate check off.
	BatchIdleTimeout time.Duration
	BatchMinRate     int64

	// MemoryBudget bounds the memory all /v1/batch streams together take
	// for their buffers: each reserves its working set when it starts (a
	// stream that does not fit gets 503) and lines longer than 64 KiB grow
	// into it (a line that does not fit becomes an error record).
	MemoryBudget int64

	// AllowedHosts, when set, lists the Host header values served
	// (case-insensitive, port ignored; ".example.com" also matches its
	// subdomains): others get 421, which defeats DNS rebinding and stray
	// virtual hosts behind a proxy. Empty accepts any Host, the default
	// for a server on loopback. /healthz and /readyz answer any Host, for
	// load balancers that probe by IP.
	AllowedHosts []string

	ReadHeaderTimeout time.Duration
	ReadTimeout       time.Duration // whole request; /v1/batch gets BatchTimeout instead
	WriteTimeout      time.Duration // whole response; /v1/batch gets BatchTimeout instead
	IdleTimeout       time.Duration // keep-alive connections
	ShutdownTimeout   time.Duration // how long Run waits for in-flight requests
	BatchTimeout      time.Duration // read and write deadline of a /v1/batch request

	// Logger receives one structured access-log record per request and
	// the server's own messages. Nil means no logging.
	Logger *slog.Logger

	// Stats, when set, gives the statistics (hashtag.Learn) that rank
	// suggestions ("best") in their language. It is called for every
	// request, so statistics swapped behind it (sharekit serve reloads
	// them on SIGHUP) serve the next request, while requests in flight
	// finish with the ones they started with.
	Stats func() *hashtag.Stats
}

func (c Config) withDefaults() Config {
	if c.Addr == "" {
		c.Addr = DefaultAddr
	}
	if c.MaxBody <= 0 {
		c.MaxBody = DefaultMaxBody
	}
	if c.MaxConcurrent <= 0 {
		c.MaxConcurrent = DefaultMaxConcurrent
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&c.ReadHeaderTimeout, DefaultReadHeaderTimeout)
	def(&c.ReadTimeout, DefaultReadTimeout)
	def(&c.WriteTimeout, DefaultWriteTimeout)
	def(&c.IdleTimeout, DefaultIdleTimeout)
	def(&c.ShutdownTimeout, DefaultShutdownTimeout)
	def(&c.BatchTimeout, DefaultBatchTimeout)
	def(&c.BatchIdleTimeout, DefaultBatchIdleTimeout)
	if c.MaxStreams <= 0 {
		c.MaxStreams = DefaultMaxStreams
	}
	if c.BatchMinRate == 0 {
		c.BatchMinRate = DefaultBatchMinRate
	}
	if c.MemoryBudget <= 0 {
		c.MemoryBudget = DefaultMemoryBudget
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// server holds what the handlers share. It is safe for concurrent use.
type server struct {
	cfg       Config
	tokenHash [sha256.Size]byte // compared in constant time; the token itself is never logged
	origins   map[string]bool
	anyOrigin bool
	sem       chan struct{} // short requests in flight
	streams   chan struct{} // /v1/batch streams in flight
	mem       *memBudget
	routes    map[string]map[string]*route // path → method → route
	gens      genCache

	// The built-in networks never change while the process runs; looking
	// them up once keeps share.Networks' copying off every request.
	networks []share.Network
}

// New returns the HTTP handler serving the API, the OpenAPI document and the
// editor page under cfg. It is safe for concurrent use.
func New(cfg Config) http.Handler {
	cfg = cfg.withDefaults()
	s := &server{
		cfg:     cfg,
		sem:     make(chan struct{}, cfg.MaxConcurrent),
		streams: make(chan struct{}, cfg.MaxStreams),
		mem:     &memBudget{max: cfg.MemoryBudget},
		origins: map[string]bool{},
	}
	if cfg.Token != "" {
		s.tokenHash = sha256.Sum256([]byte(cfg.Token))
	}
	for _, o := range strings.Split(cfg.CORSOrigin, ",") {
		o = strings.TrimRight(strings.TrimSpace(o), "/")
		switch o {
		case "":
		case "*":
			s.anyOrigin = true
		default:
			s.origins[o] = true
		}
	}
	s.networks = share.Networks()
	s.routes = map[string]map[string]*route{}
	for _, rt := range routeTable() {
		if s.routes[rt.Path] == nil {
			s.routes[rt.Path] = map[string]*route{}
		}
		s.routes[rt.Path][rt.Method] = rt
	}
	return s
}

// Run listens on cfg.Addr and serves until ctx is cancelled, then shuts
// down gracefully: it stops accepting connections and waits up to
// cfg.ShutdownTimeout for in-flight requests to finish. It returns nil
// after a clean shutdown.
func Run(ctx context.Context, cfg Config) error {
	cfg = cfg.withDefaults()
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	return Serve(ctx, ln, cfg)
}

// Serve is Run on a listener the caller opened; it closes ln.
func Serve(ctx context.Context, ln net.Listener, cfg Config) error {
	cfg = cfg.withDefaults()
	srv := &http.Server{
		Handler:           New(cfg),
		ReadHeaderTimeout: cfg.ReadHeaderTimeout,
		ReadTimeout:       cfg.ReadTimeout,
		WriteTimeout:      cfg.WriteTimeout,
		IdleTimeout:       cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(cfg.Logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	cfg.Logger.Info("listening", "addr", ln.Addr().String(), "token", cfg.Token != "", "cors", cfg.CORSOrigin)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	cfg.Logger.Info("shutting down", "wait", cfg.ShutdownTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		return fmt.Errorf("server: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("server: %w", err)
	}
	cfg.Logger.Info("stopped")
	return nil
}

// ServeHTTP runs a request through logging, panic recovery, security
// headers, CORS, the concurrency cap, the token check and the route.
//
// Each request's context ends with the request: when the client goes away
// and at the write timeout (BatchTimeout for /v1/batch), so the handlers
// and the batch engine stop their work then. The access log says so: an
// "aborted" field with the reason and, when nothing was answered, status
// 499 (nginx's "client closed request").
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	lw := &logWriter{ResponseWriter: w}
	timeout := s.cfg.WriteTimeout
	if r.URL.Path == "/v1/batch" {
		timeout = s.cfg.BatchTimeout
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	info := &reqInfo{}
	r = r.WithContext(context.WithValue(ctx, reqInfoKey{}, info))
	defer func() {
		v := recover()
		if v != nil && v != http.ErrAbortHandler {
			// A bug, not the client's fault: log it with the stack, answer a
			// bare 500 that reveals nothing.
			s.cfg.Logger.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if !lw.wroteHeader {
				writeProblem(lw, r, problem(http.StatusInternalServerError, "internal error"))
			}
		}
		status := lw.status()
		if info.aborted == "" {
			switch err := ctx.Err(); {
			case errors.Is(err, context.DeadlineExceeded):
				info.aborted = "timeout"
			case err != nil:
				info.aborted = "client gone"
			}
		}
		attrs := []slog.Attr{
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", status),
			slog.Int64("bytes", lw.bytes),
			slog.Duration("duration", time.Since(start)),
			slog.String("remote", r.RemoteAddr),
		}
		if info.aborted != "" {
			if !lw.wroteHeader {
				attrs[2] = slog.Int("status", statusClientClosed)
			}
			attrs = append(attrs, slog.String("aborted", info.aborted))
		}
		s.cfg.Logger.LogAttrs(r.Context(), slog.LevelInfo, "request", attrs...)
		if v == http.ErrAbortHandler {
			panic(v) // net/http cuts the connection, as the handler asked
		}
	}()
	s.serve(lw, r)
}

// statusClientClosed is what the access log says of a request that ended
// before anything was answered (nginx's 499).
const statusClientClosed = 499

// reqInfo is what a handler tells the access log about its request.
type reqInfo struct {
	aborted string // why the work stopped early, "" when it did not
}

type reqInfoKey struct{}

// abort notes in r's access-log record that its work stopped, and why.
func abort(r *http.Request, why string) {
	if info, ok := r.Context().Value(reqInfoKey{}).(*reqInfo); ok && info.aborted == "" {
		info.aborted = why
	}
}

// gone reports whether r's context has ended (the client went away, or the
// write timeout passed): the handler then stops. Past the timeout the
// client still gets an answer, a 503; a client that left gets none.
func gone(w http.ResponseWriter, r *http.Request) bool {
	err := r.Context().Err()
	if err == nil {
		return false
	}
	if errors.Is(err, context.DeadlineExceeded) {
		abort(r, "timeout")
		writeProblem(w, r, problem(http.StatusServiceUnavailable, "the request took longer than the server allows; retry with less input"))
	} else {
		abort(r, "client gone")
	}
	return true
}

func (s *server) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	// Canonical keys and shared value slices: no allocation per request.
	// Nothing appends to these headers, so sharing the slices is safe.
	h["X-Content-Type-Options"] = hdrNosniff
	h["Referrer-Policy"] = hdrNoReferrer
	h["X-Frame-Options"] = hdrDeny
	h["Content-Security-Policy"] = hdrCSP

	methods, ok := s.routes[r.URL.Path]
	if !ok {
		writeProblem(w, r, problem(http.StatusNotFound, "no such route; GET /openapi.json lists them"))
		return
	}
	probe := r.URL.Path == "/healthz" || r.URL.Path == "/readyz"
	if !probe && !s.hostAllowed(r.Host) {
		writeProblem(w, r, problem(http.StatusMisdirectedRequest, "this server does not serve host "+strconv.Quote(r.Host)))
		return
	}
	api := strings.HasPrefix(r.URL.Path, "/v1/")
	if api && s.cors(w, r) {
		return // preflight answered
	}
	rt, ok := methods[r.Method]
	if !ok && r.Method == http.MethodHead {
		rt, ok = methods[http.MethodGet]
	}
	if !ok {
		allow := allowed(methods)
		h.Set("Allow", allow)
		writeProblem(w, r, problem(http.StatusMethodNotAllowed, fmt.Sprintf("%s is not allowed on %s; use %s", r.Method, r.URL.Path, allow)))
		return
	}
	if !probe {
		// Streams and short requests have a limit each: slow or long
		// streams can fill theirs, never the short requests' one.
		sem, what := s.sem, "too many requests in flight; retry shortly"
		if r.URL.Path == "/v1/batch" {
			sem, what = s.streams, "too many batch streams in flight; retry shortly"
		}
		select {
		case sem <- struct{}{}:
			defer func() { <-sem }()
		default:
			h.Set("Retry-After", "1")
			writeProblem(w, r, problem(http.StatusServiceUnavailable, what))
			return
		}
	}
	if api && !s.authorized(r) {
		h.Set("WWW-Authenticate", `Bearer realm="sharekit"`)
		writeProblem(w, r, problem(http.StatusUnauthorized, "a valid bearer token is required"))
		return
	}
	if api {
		h["Cache-Control"] = hdrNoStore
	}
	rt.handle(s, w, r)
}

// hostAllowed reports whether the Host header host is one the server
// serves (see Config.AllowedHosts).
func (s *server) hostAllowed(host string) bool {
	if len(s.cfg.AllowedHosts) == 0 {
		return true
	}
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	for _, a := range s.cfg.AllowedHosts {
		a = strings.TrimSuffix(strings.TrimSpace(a), ".")
		switch {
		case a == "*":
			return true
		case strings.HasPrefix(a, "."):
			if strings.HasSuffix(strings.ToLower(host), strings.ToLower(a)) || strings.EqualFold(host, a[1:]) {
				return true
			}
		case strings.EqualFold(strings.Trim(a, "[]"), host):
			return true
		}
	}
	return false
}

var (
	hdrNosniff    = []string{"nosniff"}
	hdrNoReferrer = []string{"no-referrer"}
	hdrDeny       = []string{"DENY"}
	hdrCSP        = []string{contentSecurityPolicy}
	hdrNoStore    = []string{"no-store"}
	hdrJSON       = []string{"application/json"}
)

func allowed(methods map[string]*route) string {
	var ms []string
	for _, m := range []string{http.MethodGet, http.MethodHead, http.MethodPost} {
		if methods[m] != nil || (m == http.MethodHead && methods[http.MethodGet] != nil) {
			ms = append(ms, m)
		}
	}
	return strings.Join(ms, ", ")
}

// authorized reports whether r carries the configured bearer token. Both
// sides are hashed first so the comparison takes the same time whatever the
// token's length.
func (s *server) authorized(r *http.Request) bool {
	if s.cfg.Token == "" {
		return true
	}
	scheme, tok, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	return subtle.ConstantTimeCompare(got[:], s.tokenHash[:]) == 1
}

// cors sets the CORS headers for an allowed origin and answers preflight
// requests; it reports whether it answered. With no CORSOrigin configured it
// does nothing, so browsers keep the same-origin policy.
func (s *server) cors(w http.ResponseWriter, r *http.Request) bool {
	if !s.anyOrigin && len(s.origins) == 0 {
		return false
	}
	h := w.Header()
	h.Add("Vary", "Origin")
	origin := r.Header.Get("Origin")
	if origin == "" || !(s.anyOrigin || s.origins[origin]) {
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			writeProblem(w, r, problem(http.StatusForbidden, "origin not allowed"))
			return true
		}
		return false
	}
	h.Set("Access-Control-Allow-Origin", origin)
	if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
		h.Add("Vary", "Access-Control-Request-Method")
		h.Add("Vary", "Access-Control-Request-Headers")
		h.Set("Access-Control-Allow-Methods", "GET, POST")
		h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
		h.Set("Access-Control-Max-Age", "600")
		w.WriteHeader(http.StatusNoContent)
		return true
	}
	return false
}

// writeJSON answers v as JSON. HTML escaping is off: the content type is
// JSON and nosniff is set, and URLs read better with a literal '&'.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header()["Content-Type"] = hdrJSON
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// logWriter records the status and size of a response for the access log.
type logWriter struct {
	http.ResponseWriter
	code        int
	bytes       int64
	wroteHeader bool
}

func (w *logWriter) WriteHeader(code int) {
	if !w.wroteHeader {
		w.code, w.wroteHeader = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *logWriter) Write(p []byte) (int, error) {
	if !w.wroteHeader {
		w.code, w.wroteHeader = http.StatusOK, true
	}
	n, err := w.ResponseWriter.Write(p)
	w.bytes += int64(n)
	return n, err
}

func (w *logWriter) status() int {
	if !w.wroteHeader {
		return http.StatusOK
	}
	return w.code
}

// Unwrap lets http.ResponseController reach the connection (flushing and
// deadlines for /v1/batch).
func (w *logWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// genCache keeps Generators for recently used options: building one may
// load stopword lists, and most requests use the same few option sets.
type genCache struct {
	mu    sync.Mutex
	m     map[string]*hashtag.Generator
	stats *hashtag.Stats // the statistics the Generators in m were made with
}

const genCacheSize = 64

// generator returns a Generator for o, validating it; field is o's JSON path.
func (s *server) generator(o TagOptions, field string) (*hashtag.Generator, *Problem) {
	opts, p := o.hashtagOptions(field)
	if p != nil {
		return nil, p
	}
	if s.cfg.Stats != nil {
		opts.Stats = s.cfg.Stats() // Suggest ignores statistics of another language
	}
	key := cacheKey(o)
	c := &s.gens
	c.mu.Lock()
	if c.stats != opts.Stats {
		c.m, c.stats = nil, opts.Stats // Generators of the old statistics go with them
	}
	g, ok := c.m[key]
	c.mu.Unlock()
	if ok {
		return g, nil
	}
	g = hashtag.New(opts)
	if len(key) <= 1024 {
		c.mu.Lock()
		if c.stats != opts.Stats {
			c.mu.Unlock()
			return g, nil // statistics changed meanwhile: use g once, cache nothing
		}
		if c.m == nil || len(c.m) >= genCacheSize {
			c.m = make(map[string]*hashtag.Generator) // crude but bounded
		}
		c.m[key] = g
		c.mu.Unlock()
	}
	return g, nil
}

// cacheKey is o as JSON: every field, so that a new option can never be
// left out of the key (and two option sets share a Generator only when
// they are equal).
func cacheKey(o TagOptions) string {
	b, err := json.Marshal(o)
	if err != nil {
		return "" // cannot happen for this struct; "" is simply never cached apart
	}
	return string(b)
}
