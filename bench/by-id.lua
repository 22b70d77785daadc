-- Calls /{id} with IDs picked at random from the file the seeder wrote (BENCH_IDS).
-- BENCH_METHOD GET reads; PUT sends {"Status":"CRRET"}: the first answer to a request applies
-- (Retry), later ones are accepted resends.
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
local method = os.getenv("BENCH_METHOD") or "GET"
local path = "/api/v3.0/common/connectionrequests/"
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"),
  ["Accept"] = "application/json", ["Content-Type"] = "application/json" }
local body = nil
if method == "PUT" then body = '{"Status":"CRRET"}' end
math.randomseed(os.time())

request = function()
  return wrk.format(method, path .. ids[math.random(#ids)], headers, body)
end
