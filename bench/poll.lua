-- The partner poll: the URL given to wrk, with the bearer token of BENCH_TOKEN and JSON.
-- Counts the requests each answer delivers (their request tokens) and prints the mean, so that
-- a run shows whether the poll had work: an empty page costs much less than a full one.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["Accept"] = "application/json"

local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function()
  answers = 0
  delivered = 0
end

response = function(status, headers, body)
  answers = answers + 1
  local _, tokens = string.gsub(body, '"RequestToken":"', "")
  delivered = delivered + tokens
end

done = function()
  local answers, delivered = 0, 0
  for _, thread in ipairs(threads) do
    answers = answers + thread:get("answers")
    delivered = delivered + thread:get("delivered")
  end
  io.write(string.format("Delivered per answer: %.2f\n", delivered / math.max(answers, 1)))
end
