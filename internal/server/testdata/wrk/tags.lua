-- wrk -t2 -c64 -d60s --latency -s tags.lua http://127.0.0.1:8080/v1/tags
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"headline":"‘Grateful to Pakistan’: US on Islamabad’s ‘offer’ to send troops to Gaza for peacebuilding"}'

-- Count non-2xx answers: wrk reports them, but say it loudly.
local bad = 0
response = function(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.2fms p99 %.2fms p99.9 %.2fms max %.2fms, non-200 (this thread): %d\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000, bad))
end
