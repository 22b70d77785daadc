-- PUT /{id} with {"Status":"CRRET"} on IDs picked at random: the first answer to a request
-- applies (Retry), later ones are accepted resends.
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
local token = os.getenv("BENCH_TOKEN")
local path = "/api/v3.0/common/connectionrequests/"
math.randomseed(os.time())

request = function()
  return wrk.format("PUT", path .. ids[math.random(#ids)],
    { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json",
      ["Content-Type"] = "application/json" }, '{"Status":"CRRET"}')
end
