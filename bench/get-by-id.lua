-- GET /{id} with IDs picked at random from the file the seeder wrote.
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
local token = os.getenv("BENCH_TOKEN")
local path = "/api/v3.0/common/connectionrequests/"
math.randomseed(os.time())

request = function()
  return wrk.format("GET", path .. ids[math.random(#ids)],
    { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end
