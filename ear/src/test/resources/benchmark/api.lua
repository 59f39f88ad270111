-- API clients: every connection asks for the same address with the same Basic credentials (wrk -H).
dofile("uitkomst.lua")

function setup(thread)
  registreer(thread)
end

function response(status, headers, body)
  tel(status)
end
