package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// The load test is off by default: it takes its -load-duration, hundreds of
// connections and a few cores. Run it with
//
//	go test ./internal/server -run TestLoad -load -v
var (
	loadOn       = flag.Bool("load", false, "run TestLoad: slow-client and large-body attacks on a loopback server while /v1/tags is timed")
	loadDuration = flag.Duration("load-duration", 10*time.Second, "how long TestLoad attacks")
	loadSlow     = flag.Int("load-slow", 300, "slow /v1/batch clients (a blank line a second each)")
	loadLarge    = flag.Int("load-large", 4, "clients posting bodies of about --max-body in a loop, half to /v1/tags, half as /v1/batch streams")
	loadP99      = flag.Duration("load-p99", 500*time.Millisecond, "p99 budget of /v1/tags under attack")
)

// TestLoad runs the slow-client attack (many chunked /v1/batch streams
// trickling a blank line a second, more than --max-streams) and the
// large-body attack (bodies near --max-body to /v1/tags, and /v1/batch
// streams of 200 KiB lines) against a live server on loopback, with the
// default limits, while a prober times a small /v1/tags request every 20
// ms. It fails when a probe is refused or the probes' p99 is over budget.
func TestLoad(t *testing.T) {
	if !*loadOn {
		t.Skip("skipping the load test: run it with -load (see docs/hardening-server.md)")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("skipping: cannot listen on loopback: %v", err)
	}
	addr := ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	cfg := Config{}
	go func() { served <- Serve(ctx, ln, cfg) }()
	defer func() { cancel(); <-served }()

	deadline := time.Now().Add(*loadDuration)
	attackCtx, stopAttack := context.WithDeadline(context.Background(), deadline)
	defer stopAttack()
	var wg sync.WaitGroup
	var slowAdmitted, slowRefused, slowCut atomic.Int64
	var largeOK, largeBusy, largeFailed [2]atomic.Int64 // [0] /v1/tags, [1] /v1/batch

	// Slow clients: a raw chunked request each, a blank line a second.
	for i := range *loadSlow {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i) * time.Millisecond) // do not all dial at once
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				slowRefused.Add(1)
				return
			}
			defer conn.Close()
			fmt.Fprintf(conn, "POST /v1/batch HTTP/1.1\r\nHost: %s\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n", addr)
			io.WriteString(conn, "2\r\n\n\n\r\n")
			br := bufio.NewReader(conn)
			conn.SetReadDeadline(time.Now().Add(5 * time.Second))
			status, err := br.ReadString('\n')
			if err != nil || !strings.Contains(status, " 200 ") {
				slowRefused.Add(1)
				return
			}
			slowAdmitted.Add(1)
			closed := make(chan struct{})
			go func() {
				conn.SetReadDeadline(time.Time{})
				io.Copy(io.Discard, br)
				close(closed)
			}()
			tick := time.NewTicker(time.Second)
			defer tick.Stop()
			for {
				select {
				case <-attackCtx.Done():
					return
				case <-closed:
					slowCut.Add(1) // the server ended the stream
					return
				case <-tick.C:
					if _, err := io.WriteString(conn, "1\r\n\n\r\n"); err != nil {
						slowCut.Add(1)
						return
					}
				}
			}
		}()
	}

	// Large bodies: a headline just under --max-body to /v1/tags, and
	// /v1/batch streams of 8 MiB in 200 KiB lines.
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	bigTags := []byte(`{"headline":"` + strings.Repeat("storm over brittany ", (DefaultMaxBody-64)/20) + `"}`)
	line := `{"headline":"` + strings.Repeat("storm ", 200<<10/6) + `"}` + "\n"
	bigBatch := []byte(strings.Repeat(line, 8<<20/len(line)))
	for i := range *loadLarge {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for attackCtx.Err() == nil {
				var req *http.Request
				if i%2 == 0 {
					req, _ = http.NewRequestWithContext(attackCtx, "POST", "http://"+addr+"/v1/tags", bytes.NewReader(bigTags))
					req.Header.Set("Content-Type", "application/json")
				} else {
					req, _ = http.NewRequestWithContext(attackCtx, "POST", "http://"+addr+"/v1/batch", bytes.NewReader(bigBatch))
					req.Header.Set("Content-Type", "application/x-ndjson")
				}
				k := i % 2
				resp, err := client.Do(req)
				if err != nil {
					if attackCtx.Err() == nil {
						largeFailed[k].Add(1)
					}
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				switch resp.StatusCode {
				case http.StatusOK:
					largeOK[k].Add(1)
				case http.StatusServiceUnavailable:
					largeBusy[k].Add(1)
					time.Sleep(100 * time.Millisecond) // as Retry-After asks, roughly
				default:
					largeFailed[k].Add(1)
				}
			}
		}()
	}

	// The prober: a small /v1/tags every 20 ms, each timed.
	probe := &http.Client{Timeout: 10 * time.Second}
	var lat []time.Duration
	var failures []string
	time.Sleep(time.Second) // let the slow clients take their slots
	var ready ReadyResponse
	readyStatus := 0
	readyAt := time.Now().Add(*loadDuration / 3)
	for time.Now().Before(deadline) {
		if readyStatus == 0 && time.Now().After(readyAt) {
			if resp, err := probe.Get("http://" + addr + "/readyz"); err == nil {
				readyStatus = resp.StatusCode
				_ = decodeInto(resp.Body, &ready)
				resp.Body.Close()
			}
		}
		start := time.Now()
		resp, err := probe.Post("http://"+addr+"/v1/tags", "application/json", strings.NewReader(`{"headline":"Storm Ciarán hits Brittany"}`))
		d := time.Since(start)
		switch {
		case err != nil:
			failures = append(failures, err.Error())
		case resp.StatusCode != http.StatusOK:
			failures = append(failures, resp.Status)
		}
		if resp != nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		lat = append(lat, d)
		time.Sleep(20 * time.Millisecond)
	}
	stopAttack()
	wg.Wait()

	slices.Sort(lat)
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(float64(len(lat))*p))]
	}
	t.Logf("attack: %v, %d slow streams (%d admitted, %d refused with 503, %d cut by the server), %d large-body clients",
		*loadDuration, *loadSlow, slowAdmitted.Load(), slowRefused.Load(), slowCut.Load(), *loadLarge)
	for k, what := range []string{"1 MiB /v1/tags", "8 MiB /v1/batch"} {
		t.Logf("  %s: %d answered 200, %d refused with 503, %d failed otherwise", what, largeOK[k].Load(), largeBusy[k].Load(), largeFailed[k].Load())
	}
	t.Logf("/v1/tags under attack: %d probes, %d failed, p50 %v, p99 %v, max %v (budget p99 %v)",
		len(lat), len(failures), pct(0.50), pct(0.99), pct(1), *loadP99)
	t.Logf("/readyz a third into the attack: %d %+v", readyStatus, ready)
	if peak := peakRSS(); peak != "" {
		t.Logf("peak RSS of the test process (server and clients): %s", peak)
	}
	if len(failures) > 0 {
		t.Errorf("%d of %d /v1/tags probes failed under attack, e.g. %s", len(failures), len(lat), failures[0])
	}
	if p := pct(0.99); p > *loadP99 {
		t.Errorf("/v1/tags p99 %v under attack; budget %v", p, *loadP99)
	}
}

func decodeInto(r io.Reader, v any) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// peakRSS is VmHWM from /proc/self/status, "" where there is none.
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return ""
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
