-- A call the service refuses, to measure what the server costs before the service's own work:
-- the URL given to wrk, JSON, the bearer token of BENCH_TOKEN if it is set, and the status
-- BENCH_EXPECT (401 or 403) expected of every answer. Prints how many answers had another.
local token = os.getenv("BENCH_TOKEN") or ""
if token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
wrk.headers["Accept"] = "application/json"
local expected = tonumber(os.getenv("BENCH_EXPECT"))

local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function()
  unexpected = 0
end

response = function(status, headers, body)
  if status ~= expected then unexpected = unexpected + 1 end
end

done = function()
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("unexpected") end
  io.write(string.format("Unexpected answers: %d\n", total))
end
