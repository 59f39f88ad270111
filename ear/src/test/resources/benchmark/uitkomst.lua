-- Shared by the load scripts of CijferBenchmark (docs/benchmarks.md): counts every answer other than 200 (a redirect
-- to the login page too) and every socket error (connect, read, write, time-out) as an error, and prints one line
-- that the benchmark reads.
local threads = {}

function registreer(thread)
  threads[#threads + 1] = thread
end

anders = 0
function tel(status)
  if status ~= 200 then anders = anders + 1 end
end

function done(summary, latency, requests)
  local e = summary.errors
  local niet200 = 0
  for _, thread in ipairs(threads) do niet200 = niet200 + thread:get("anders") end
  io.write(string.format(
    "uitkomst: requests=%d seconds=%.3f errors=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f\n",
    summary.requests, summary.duration / 1e6,
    niet200 + e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
