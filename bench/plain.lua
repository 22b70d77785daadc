-- The URL given to wrk as it is, JSON, no token.
wrk.headers["Accept"] = "application/json"
