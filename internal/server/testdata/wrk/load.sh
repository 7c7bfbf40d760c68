#!/usr/bin/env bash
# Load test for `sharekit serve` (not run in CI): 60 s of wrk against
# /v1/tags and /v1/links on loopback, with the server's RSS before and after.
#   usage: internal/server/testdata/wrk/load.sh [path/to/sharekit] [connections] [seconds]
# Needs wrk (apt-get install wrk). Target on a quiet 2-core machine:
# 20,000 requests/s on /v1/tags with p99 under 10 ms, no errors, flat memory.
set -euo pipefail
bin=${1:-sharekit}
conns=${2:-16}
secs=${3:-60}
dir=$(cd "$(dirname "$0")" && pwd)
addr=127.0.0.1:18080
log=$(mktemp)
"$bin" serve --addr "$addr" --max-concurrent 4096 2>"$log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 50); do curl -sf "http://$addr/healthz" >/dev/null && break; sleep 0.1; done
rss() { awk '/VmRSS/ {print $2 " kB"}' /proc/$pid/status; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "RSS at start: $(rss)"
for route in tags links; do
	echo "== POST /v1/$route, $conns connections, ${secs}s"
	wrk -t1 -c"$conns" -d"${secs}s" --latency -s "$dir/$route.lua" "http://$addr/v1/$route" |
		grep -E 'Requests/sec|requests in|Socket errors|Non-2xx|^p50'
	echo "RSS after /v1/$route: $(rss)"
done
echo "access log lines: $(grep -c 'msg=request' "$log"), not 200: $(grep 'msg=request' "$log" | grep -vc 'status=200' || true)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
