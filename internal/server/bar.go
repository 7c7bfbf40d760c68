package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/sharekit/sharekit/share"
	"github.com/sharekit/sharekit/share/card"
)

// BarOptionsJSON are the share bar's options (see share.BarOptions); the
// zero value means the defaults.
type BarOptionsJSON struct {
	Label       string `json:"label,omitempty"`
	HideLabel   bool   `json:"hide_label,omitempty"`
	Display     string `json:"display,omitempty"` // icons-and-names, icons, names
	IconSize    int    `json:"icon_size,omitempty"`
	ClassPrefix string `json:"class_prefix,omitempty"`
	Target      string `json:"target,omitempty"`
}

// UnmarshalJSON decodes o strictly: see [TagOptions.UnmarshalJSON].
func (o *BarOptionsJSON) UnmarshalJSON(b []byte) error {
	type plain BarOptionsJSON
	return decodeStrict(b, (*plain)(o), "bar")
}

// BarRequest is the body of POST /v1/bar: a post and its networks as for
// /v1/links, and the bar's options.
type BarRequest struct {
	LinksRequest
	Bar BarOptionsJSON `json:"bar"`
}

// BarResponse answers POST /v1/bar: the bar's HTML fragment, the
// stylesheet for its class prefix, and the links it holds.
type BarResponse struct {
	HTML  string     `json:"html"`
	CSS   string     `json:"css"`
	Links []LinkJSON `json:"links"` // as /v1/links: a network that cannot take the post has its error in its place
}

// CardRequest is the body of POST /v1/card: a page's HTML (its head is
// what counts). The server never fetches a URL itself.
type CardRequest struct {
	HTML string `json:"html"`
}

func (s *server) handleBar(w http.ResponseWriter, r *http.Request) {
	var req BarRequest
	if p := decodeJSON(w, r, s.cfg.MaxBody, &req); p != nil {
		writeProblem(w, r, p)
		return
	}
	networks, post, p := s.shareInput(&req.LinksRequest)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	display, err := share.ParseBarDisplay(req.Bar.Display)
	if err != nil {
		writeProblem(w, r, fieldProblem("bar.display", fmt.Sprintf("display %q is not one of icons-and-names, icons, names", req.Bar.Display)))
		return
	}
	opts := share.BarOptions{Label: req.Bar.Label, HideLabel: req.Bar.HideLabel, Display: display,
		IconSize: req.Bar.IconSize, ClassPrefix: req.Bar.ClassPrefix, Target: req.Bar.Target}
	html, err := share.Bar(post, opts, networks...)
	if html == "" && err != nil {
		writeProblem(w, r, barProblem(err))
		return
	}
	// A network that cannot take this post is left out of the bar; its
	// error is in its place in links.
	css, err := share.BarCSS(opts)
	if err != nil {
		writeProblem(w, r, barProblem(err))
		return
	}
	links, _ := share.Links(post, networks...)
	if wantsHTML(r) {
		// The fragment alone, for a CMS that pastes it into a template.
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusOK)
		io.WriteString(w, string(html))
		return
	}
	writeJSON(w, http.StatusOK, &BarResponse{HTML: string(html), CSS: css, Links: NewLinksResponse(links).Links})
}

// wantsHTML reports a request whose Accept header asks for text/html and
// not for JSON.
func wantsHTML(r *http.Request) bool {
	accept := r.Header.Get("Accept")
	return strings.Contains(accept, "text/html") && !strings.Contains(accept, "application/json")
}

// barProblem is shareProblem with the bar's own fields named as the
// request names them ("bar.class_prefix").
func barProblem(err error) *Problem {
	var fe *share.FieldError
	if errors.As(err, &fe) {
		if f, ok := strings.CutPrefix(fe.Field, "BarOptions."); ok {
			names := map[string]string{"Label": "label", "Display": "display", "IconSize": "icon_size", "ClassPrefix": "class_prefix", "Target": "target"}
			field := "bar." + names[f]
			return fieldProblem(field, field+": "+strings.ToValidUTF8(fe.Reason, "\uFFFD"))
		}
	}
	return shareProblem(err)
}

func (s *server) handleCard(w http.ResponseWriter, r *http.Request) {
	var req CardRequest
	if p := decodeJSON(w, r, s.cfg.MaxBody, &req); p != nil {
		writeProblem(w, r, p)
		return
	}
	if strings.TrimSpace(req.HTML) == "" {
		writeProblem(w, r, fieldProblem("html", "html is required: the page's HTML, or at least its <head>"))
		return
	}
	page, err := card.Parse(strings.NewReader(req.HTML))
	if err != nil {
		// Only a head longer than the body limit allows could get here.
		writeProblem(w, r, fieldProblem("html", strings.TrimPrefix(err.Error(), "card: ")))
		return
	}
	writeJSON(w, http.StatusOK, card.Check(page))
}

// handleBarCSS serves the bar's stylesheet for the default class prefix,
// so that a page (the editor's preview) can link it under a CSP that
// forbids inline styles.
var handleBarCSS = func() func(*server, http.ResponseWriter, *http.Request) {
	css, err := share.BarCSS(share.BarOptions{})
	if err != nil {
		panic("server: share.BarCSS: " + err.Error()) // the default prefix is valid; caught by every test
	}
	sum := sha256.Sum256([]byte(css))
	etag := `"` + hex.EncodeToString(sum[:12]) + `"`
	return func(_ *server, w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "text/css; charset=utf-8")
		h.Set("ETag", etag)
		h.Set("Cache-Control", "no-cache")
		http.ServeContent(w, r, "bar.css", time.Time{}, bytes.NewReader([]byte(css)))
	}
}()
