-- Registers a new melding per request, as the form does: a fresh form id and a child nobody has recorded yet, so
-- every post is a real write (a new dossier), never the idempotent redirect of a form sent twice.
dofile(os.getenv("BENCH_MAP") .. "/meting.lua")

local koekje, token, vandaag = os.getenv("KOEKJE"), os.getenv("TOKEN"), os.getenv("VANDAAG")
local teller = 0
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)

local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-7xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    return string.format("%x", c == "x" and math.random(0, 15) or math.random(8, 11))
  end))
end

request = function()
  teller = teller + 1
  local kind = "Kind" .. math.random(1, 1e9) .. "x" .. teller
  local body = "Input.FormulierId=" .. uuid() .. "&Input.Naam=Gezin+Belasting&Input.OntvangenOp=" .. vandaag .. "T08%3A00"
    .. "&Input.SoortZorg=Overig&Input.Omschrijving=Belastingtest&Input.MelderNaam=Melder&Input.MelderRol=Buurvrouw&Input.MelderContact=06"
    .. "&Input.Gezinsleden%5B0%5D.Naam=" .. kind .. "&Input.Gezinsleden%5B0%5D.Geboortedatum=2018-01-01&Input.Gezinsleden%5B0%5D.Rol=Kind"
    .. "&Input.Gezinsleden%5B0%5D.WoontInHuis=true&__RequestVerificationToken=" .. token
  return wrk.format("POST", "/Meldingen/Nieuw", { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = koekje }, body)
end

response = function(status, headers, body)
  if status ~= 302 then
    io.stderr:write("melding niet geregistreerd: " .. status .. "\n")
  end
end
