package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/sharekit/sharekit/hashtag"
)

// learnNames learns statistics in which each name of names is one.
func learnNames(t *testing.T, names ...string) *hashtag.Stats {
	t.Helper()
	var b strings.Builder
	fill := []string{"floods", "budget", "strike", "vaccine", "election", "court", "market"}
	for k, name := range names {
		for i := range 10 {
			fmt.Fprintf(&b, "%s %s %s\n", fill[(i+k)%len(fill)], name, fill[(i+k+3)%len(fill)])
		}
	}
	for i := range 10 {
		fmt.Fprintf(&b, "%s %s\n", fill[i%len(fill)], fill[(i+2)%len(fill)])
	}
	st, err := hashtag.Learn(strings.NewReader(b.String()), hashtag.LearnOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestTagsBestWithStats: "best" gives suggestions, ranked with the
// statistics Config.Stats gives at the time of the request, so swapping
// them changes the next answer.
func TestTagsBestWithStats(t *testing.T) {
	var cur atomic.Pointer[hashtag.Stats]
	h := New(Config{Stats: cur.Load})
	body := `{"headline":"Farmers fear bird flu outbreak","best":3}`
	tags := func() []string {
		w := postJSON(h, "/v1/tags", body)
		if w.Code != http.StatusOK {
			t.Fatalf("POST /v1/tags %s: status %d: %s", body, w.Code, w.Body)
		}
		var resp TagsResponse
		if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, tg := range resp.Tags {
			out = append(out, tg.Text+"/"+tg.Kind.String())
		}
		return out
	}
	before := tags()
	if strings.Contains(fmt.Sprint(before), "BirdFlu") {
		t.Fatalf("without stats: %v; want no BirdFlu", before)
	}
	cur.Store(learnNames(t, "bird flu"))
	if got := tags(); len(got) == 0 || got[0] != "BirdFlu/phrase" {
		t.Errorf("with stats that know bird flu: %v; want BirdFlu/phrase first", got)
	}
	cur.Store(nil)
	if got := tags(); fmt.Sprint(got) != fmt.Sprint(before) {
		t.Errorf("with the stats gone: %v; want %v as before", got, before)
	}
	w := postJSON(h, "/v1/tags", `{"headline":"x","best":-1}`)
	checkProblem(t, "best -1", w, "/v1/tags", http.StatusBadRequest)
}

// TestTagsBestStatsSwapConcurrent: requests while the statistics are
// swapped get an answer from the old or the new ones, never a failure
// (run with -race to check the swap).
func TestTagsBestStatsSwapConcurrent(t *testing.T) {
	var cur atomic.Pointer[hashtag.Stats]
	stats := []*hashtag.Stats{learnNames(t, "bird flu"), learnNames(t, "quiet news"), nil}
	h := New(Config{Stats: cur.Load})
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				w := postJSON(h, "/v1/tags", `{"headline":"Farmers fear bird flu outbreak","best":3}`)
				if w.Code != http.StatusOK {
					t.Errorf("status %d during a swap: %s", w.Code, w.Body)
					return
				}
			}
		}()
	}
	for i := range 200 {
		cur.Store(stats[i%len(stats)])
	}
	wg.Wait()
}
