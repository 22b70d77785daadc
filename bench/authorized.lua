-- The URL given to wrk, with the bearer token of BENCH_TOKEN and JSON.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["Accept"] = "application/json"
