-- A form sent again and again, as the search box and the page buttons of the dossier list send it.
local pad, koekje, body = os.getenv("PAD"), os.getenv("KOEKJE"), os.getenv("BODY")
dofile(os.getenv("BENCH_MAP") .. "/meting.lua")

request = function()
  return wrk.format("POST", pad, { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = koekje }, body)
end
