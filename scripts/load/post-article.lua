-- wrk script: POST one article (path in ARTICLE) to /v1/code; wrk itself counts non-2xx answers.
local path = os.getenv("ARTICLE")
local f = assert(io.open(path, "rb"))
local body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.path = "/v1/code?date=" .. (os.getenv("DATE") or "2016-02-10")
wrk.body = body
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"

done = function(summary, latency, requests)
  io.write(string.format(
    "LOAD %d requests in %.1f s: %.1f requests/s, latency p50 %.1f ms p99 %.1f ms max %.1f ms, socket errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1e3, latency:percentile(99) / 1e3, latency.max / 1e3,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
