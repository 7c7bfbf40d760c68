-- wrk -t2 -c64 -d60s --latency -s links.lua http://127.0.0.1:8080/v1/links
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"headline":"‘Grateful to Pakistan’: US on Islamabad’s ‘offer’ to send troops to Gaza for peacebuilding","url":"https://news.example.com/world/pakistan-gaza-troops","networks":["x","facebook","linkedin"]}'

done = function(summary, latency, requests)
  io.write(string.format("p50 %.2fms p99 %.2fms p99.9 %.2fms max %.2fms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000))
end
