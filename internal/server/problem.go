package server

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// Problem is an RFC 9457 problem details object. Every error the server
// answers is one, served as application/problem+json, so clients have a
// single shape to handle. Type is always "about:blank", which RFC 9457 says
// makes Title the status text; Detail says what went wrong with this request
// and Field, when set, names the request field at fault in JSON path form
// ("options.style", "hashtags[2]"). It is a plain value, safe to share
// once built.
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Instance string `json:"instance,omitempty"`
	Field    string `json:"field,omitempty"`
}

// problem builds a Problem for status with a detail message.
func problem(status int, detail string) *Problem {
	return &Problem{Type: "about:blank", Title: http.StatusText(status), Status: status, Detail: detail}
}

// fieldProblem is a 400 naming the field at fault.
func fieldProblem(field, detail string) *Problem {
	p := problem(http.StatusBadRequest, detail)
	p.Field = field
	return p
}

func (p *Problem) Error() string {
	if p.Field != "" {
		return "server: " + strconv.Itoa(p.Status) + " " + p.Field + ": " + p.Detail
	}
	return "server: " + strconv.Itoa(p.Status) + " " + p.Detail
}

// writeProblem answers p for request r. The detail strings are written by
// this package, never a stack trace or an internal error's text.
func writeProblem(w http.ResponseWriter, r *http.Request, p *Problem) {
	out := *p
	out.Instance = r.URL.Path
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Set("Cache-Control", "no-store")
	h.Del("Content-Length")
	w.WriteHeader(out.Status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(&out)
}
