package server_test

import (
	"fmt"
	"net/http/httptest"
	"strings"

	"github.com/sharekit/sharekit/internal/server"
)

// New returns a plain http.Handler: mount it in any server, or test it with
// httptest as here.
func ExampleNew() {
	h := server.New(server.Config{})
	req := httptest.NewRequest("POST", "/v1/tags", strings.NewReader(
		`{"headline":"‘Grateful to Pakistan’: US on Islamabad’s ‘offer’ to send troops to Gaza for peacebuilding"}`))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	fmt.Println(w.Code, w.Header().Get("Content-Type"))
	fmt.Print(w.Body.String())
	// Output:
	// 200 application/json
	// {"tags":[{"text":"Grateful","kind":"word","start":3,"end":11,"indices":[1,9],"bytes":[3,11]},{"text":"Pakistan","kind":"word","start":15,"end":23,"indices":[13,21],"bytes":[15,23]},{"text":"Islamabads","kind":"word","start":34,"end":47,"indices":[30,41],"bytes":[34,47]},{"text":"offer","kind":"word","start":51,"end":56,"indices":[43,48],"bytes":[51,56]},{"text":"send","kind":"word","start":63,"end":67,"indices":[53,57],"bytes":[63,67]},{"text":"troops","kind":"word","start":68,"end":74,"indices":[58,64],"bytes":[68,74]},{"text":"Gaza","kind":"word","start":78,"end":82,"indices":[68,72],"bytes":[78,82]},{"text":"peacebuilding","kind":"word","start":87,"end":100,"indices":[77,90],"bytes":[87,100]}],"line":"#Grateful #Pakistan #Islamabads #offer #send #troops #Gaza #peacebuilding"}
}

// Errors are RFC 9457 problem details naming the field at fault.
func ExampleNew_problem() {
	h := server.New(server.Config{})
	req := httptest.NewRequest("POST", "/v1/tags", strings.NewReader(`{"headline":"Gaza","options":{"style":"poetry"}}`))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	fmt.Println(w.Code, w.Header().Get("Content-Type"))
	fmt.Print(w.Body.String())
	// Output:
	// 400 application/problem+json
	// {"type":"about:blank","title":"Bad Request","status":400,"detail":"style \"poetry\" is not one of words, phrases, combined","instance":"/v1/tags","field":"options.style"}
}
