-- wrk reports these figures for one page: latency percentiles in ms, requests per second, failures.
done = function(summary, latency, requests)
  local fouten = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULTAAT %.1f %.1f %.1f %.1f %d %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), fouten, summary.requests))
end
