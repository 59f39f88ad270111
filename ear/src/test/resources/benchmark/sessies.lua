-- Signed-in page sessions: one session per wrk thread (run with -t N -c N), the cookies of session i on line i of
-- sessies.txt. Keeps the cookies the server sets: a distributable application renews JSESSIONIDVERSION on every answer,
-- as a browser would send it back.
dofile("uitkomst.lua")

local regels = {}
for regel in io.lines("sessies.txt") do regels[#regels + 1] = regel end
local volgend = 0
function setup(thread)
  volgend = volgend + 1
  thread:set("regel", regels[volgend])
  registreer(thread)
end

local koekjes = {}
local volgorde = {}
local function zet(naam, waarde)
  if koekjes[naam] == nil then volgorde[#volgorde + 1] = naam end
  koekjes[naam] = waarde
end

function init(args)
  for naam, waarde in string.gmatch(regel, "([^=; ]+)=([^;]*)") do zet(naam, waarde) end
end

function request()
  local delen = {}
  for _, naam in ipairs(volgorde) do delen[#delen + 1] = naam .. "=" .. koekjes[naam] end
  wrk.headers["Cookie"] = table.concat(delen, "; ")
  return wrk.format()
end

function response(status, headers, body)
  tel(status)
  local koekje = headers["Set-Cookie"]
  if koekje then
    local naam, waarde = string.match(koekje, "^([^=]+)=([^;]*)")
    if naam then zet(naam, waarde) end
  end
end
