package server

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"mime"
	"net/http"
	"path"
	"time"
)

// The editor page and the OpenAPI document are compiled in, so the binary
// serves them offline and they always match the code that answers.
//
//go:embed openapi.json web/index.html web/app.js web/app.css
var files embed.FS

// contentSecurityPolicy is sent with every response. The page has no
// inline script or style and loads nothing from elsewhere, so it runs
// under this; an injected <script> or inline handler would not.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

// staticFile serves an embedded file with a strong ETag, so browsers
// revalidate cheaply and never run a stale app.js against a newer API.
func staticFile(name string) func(*server, http.ResponseWriter, *http.Request) {
	data, err := files.ReadFile(name)
	if err != nil {
		panic("server: missing embedded file " + name) // a build mistake, caught by every test
	}
	sum := sha256.Sum256(data)
	etag := `"` + hex.EncodeToString(sum[:12]) + `"`
	ctype := mime.TypeByExtension(path.Ext(name))
	switch path.Ext(name) {
	case ".html":
		ctype = "text/html; charset=utf-8"
	case ".js":
		ctype = "text/javascript; charset=utf-8"
	case ".css":
		ctype = "text/css; charset=utf-8"
	case ".json":
		ctype = "application/json"
	}
	return func(_ *server, w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", ctype)
		h.Set("ETag", etag)
		h.Set("Cache-Control", "no-cache")
		http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
	}
}
