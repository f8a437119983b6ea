#!/usr/bin/env bash
# Load benchmark for issue #15: the work pages on a generated region, signed in as real users (password and code).
#
#   bench/belasting.sh DATAMAP [DATAMAP2]      e.g. bench/belasting.sh /tmp/regio10k /tmp/regio100k
#
# Make the regions first (docs/performance.md):
#   dotnet run -c Release --project src/Wijchen.Gezinsveiligheid.Web -- genereer --preset 100k --DataDirectory /tmp/regio100k
# Settings (environment): SECONDEN per page (10), VERBINDINGEN (4), LEZERS during the write test (16), POORT (5099).
# Per page it prints p50/p95/p99 in ms, requests per second, failures and p95 as a ratio to the floor (an authenticated
# page without data) in the same run; with two regions also the growth p95(second)/p95(first). Every run works on a
# copy of the region's database (the write tests register meldingen and accept overdrachten), so runs compare.
set -euo pipefail

cd "$(dirname "$0")/.."
BENCH_MAP="$(pwd)/bench"
export BENCH_MAP
SECONDEN=${SECONDEN:-10}
VERBINDINGEN=${VERBINDINGEN:-4}
LEZERS=${LEZERS:-16}
POORT=${POORT:-5099}
BASIS="http://127.0.0.1:$POORT"
WACHTWOORD="Wijchen-demo-2026"

command -v wrk >/dev/null || { echo "wrk installeren (apt)"; apt-get install -y -qq wrk >/dev/null; }
command -v python3 >/dev/null || { echo "python3 installeren (apt)"; apt-get install -y -qq python3 >/dev/null; }
echo "Release-build maken"
dotnet build -c Release -v q --nologo src/Wijchen.Gezinsveiligheid.Web >/dev/null
APP=src/Wijchen.Gezinsveiligheid.Web/bin/Release/net10.0/Wijchen.Gezinsveiligheid.Web

declare -A SLEUTEL=(
  [vt]=PMCBVTZQAILGRX6LDUUWARNXA23SRPH6 [wijkteam]=OJPU2GESYCQOSB6PGHEDEWXGWGCTUXTY [teamleider]=GK6EMGN57IXAKUPPNKUTIVQZ23JMNY5K
  [manager]=CUUI65I2QIQVLLOH5X5GJSITEXEXSXNU [privacy]=HI73FKLWVA2646T5R3TTB2NB4PSK6O2L)

# name | role | method | path | form body (POST only; the token is added)
PAGINAS=(
  "vloer|vt|GET|/Profiel/Passkeys|"
  "mijn werk VT|vt|GET|/|"
  "mijn werk wijkteam|wijkteam|GET|/|"
  "mijn werk teamleider|teamleider|GET|/|"
  "dossierlijst|vt|GET|/Dossiers|"
  "dossierlijst diep|vt|POST|/Dossiers|Filter.Pagina=100000"
  "zoeken op naam|vt|POST|/Dossiers|Filter.Zoekterm=Jansen&Filter.Pagina=1"
  "dossier|vt|GET|/Dossiers/{dossier}|"
  "chronologie|vt|GET|/Dossiers/{dossier}/Chronologie|"
  "overdrachten teamleider|teamleider|GET|/Overdrachten|"
  "dashboard manager|manager|GET|/Dashboard|"
  "dashboard teamleider|teamleider|GET|/Dashboard|"
  "inspectierapport|manager|GET|/Dashboard/Rapport|"
  "rapport CSV|manager|GET|/Dashboard/Rapport?handler=Csv|"
  "drill-down|manager|GET|/Dashboard/Dossiers?signaal=EvaluatieTeLaat|"
  "toegangslog|privacy|GET|/Privacy|"
  "toegangslog filter|privacy|GET|/Privacy?Filter.Soort=Wijzigen&Filter.Van=2026-01-01|"
)

meet_regio() {
  local regio=$1 uitvoer=$2 map
  echo "== $regio"
  if curl -sf "$BASIS/health/live" >/dev/null; then echo "Poort $POORT is al in gebruik door een andere app; stop die eerst."; exit 1; fi
  map=$(mktemp -d)
  python3 -c "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute('PRAGMA wal_checkpoint(TRUNCATE)')" "$regio/gezinsveiligheid.db"
  cp "$regio/gezinsveiligheid.db" "$map/"
  # Written out before the app starts: otherwise the first commits wait for the kernel to flush the copy.
  sync
  ASPNETCORE_ENVIRONMENT=Development "$APP" --urls "$BASIS" --DataDirectory "$map" --contentRoot "$(pwd)/src/Wijchen.Gezinsveiligheid.Web" \
    --Beveiliging:PogingenPerMinuut=10000 --Beveiliging:ZoekopdrachtenPerMinuut=1000000 >"$regio/belasting-app.log" 2>&1 &
  local pid=$!
  trap "kill $pid 2>/dev/null || true; rm -rf '$map'" EXIT
  for _ in $(seq 600); do curl -sf "$BASIS/health/live" >/dev/null && break; kill -0 $pid 2>/dev/null || break; sleep 1; done
  curl -sf "$BASIS/health/live" >/dev/null || { echo "De app start niet; zie $regio/belasting-app.log"; exit 1; }

  declare -A KOEKJE TOKEN
  for rol in "${!SLEUTEL[@]}"; do
    # Every signed-in page carries the sign-out form, so its token serves every form of the session.
    mapfile -t regels < <(python3 bench/aanmelden.py "$BASIS" "$rol@demo.example" "$WACHTWOORD" "${SLEUTEL[$rol]}" /Profiel/Passkeys)
    KOEKJE[$rol]=${regels[0]}
    TOKEN[$rol]=${regels[1]:-}
  done
  local dossier
  dossier=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT Id FROM Dossiers WHERE Fase='Casusregie' ORDER BY Id LIMIT 1\").fetchone()[0].lower())" "$map/gezinsveiligheid.db")

  : >"$uitvoer"
  for regel in "${PAGINAS[@]}"; do
    IFS='|' read -r naam rol methode pad body <<<"$regel"
    pad=${pad//\{dossier\}/$dossier}
    curl -s -o /dev/null -H "Cookie: ${KOEKJE[$rol]}" "$BASIS$pad" || true
    if [[ $methode == POST ]]; then
      resultaat=$(PAD=$pad KOEKJE="${KOEKJE[$rol]}" BODY="$body&__RequestVerificationToken=${TOKEN[$rol]}" \
        wrk -t2 -c"$VERBINDINGEN" -d"${SECONDEN}s" --timeout 30s -s bench/post.lua "$BASIS$pad" | grep RESULTAAT)
    else
      resultaat=$(wrk -t2 -c"$VERBINDINGEN" -d"${SECONDEN}s" --timeout 30s -s bench/meting.lua -H "Cookie: ${KOEKJE[$rol]}" "$BASIS$pad" | grep RESULTAAT)
    fi
    echo "$naam|$resultaat" | tee -a "$uitvoer"
  done

  # The chain check reads the whole access log once, in the background: start it as the button does, then follow
  # its progress as the page's script does until it has ended.
  local begin keten
  begin=$(date +%s.%N)
  [[ $(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: ${KOEKJE[privacy]}" --data-urlencode "__RequestVerificationToken=${TOKEN[privacy]}" \
    "$BASIS/Privacy/Keten") == 302 ]] || { echo "De ketencontrole start niet"; exit 1; }
  until curl -s -H "Cookie: ${KOEKJE[privacy]}" "$BASIS/Privacy/Keten?handler=Voortgang" | grep -q '"bezig":false'; do sleep 0.2; done
  keten=$(python3 -c "import time; print(round((time.time() - $begin) * 1000, 1))")
  echo "ketencontrole|RESULTAAT $keten 0 0 0 0 1" | tee -a "$uitvoer"

  # Writes under load: meldingen registered while LEZERS connections read dossier pages.
  wrk -t2 -c"$LEZERS" -d"$((SECONDEN + 4))s" --timeout 30s -s bench/meting.lua -H "Cookie: ${KOEKJE[vt]}" "$BASIS/Dossiers/$dossier" >"$map/lezers.txt" &
  local lezers=$!
  sleep 2
  resultaat=$(KOEKJE="${KOEKJE[vt]}" TOKEN="${TOKEN[vt]}" VANDAAG=$(date -u +%Y-%m-%d) \
    wrk -t1 -c2 -d"${SECONDEN}s" --timeout 30s -s bench/melding.lua "$BASIS/Meldingen/Nieuw" 2>"$regio/schrijven-fouten.txt" | grep RESULTAAT || true)
  echo "melding registreren ($LEZERS lezers)|$resultaat" | tee -a "$uitvoer"
  wait $lezers
  echo "dossier tijdens schrijven|$(grep RESULTAAT "$map/lezers.txt")" | tee -a "$uitvoer"

  # Every handover offered to the teamleider's team accepted, two at a time, while LEZERS connections read dossier pages.
  local team
  team=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT TeamId FROM AspNetUsers WHERE Email='teamleider@demo.example'\").fetchone()[0])" "$map/gezinsveiligheid.db")
  wrk -t2 -c"$LEZERS" -d"$((SECONDEN + 4))s" --timeout 30s -s bench/meting.lua -H "Cookie: ${KOEKJE[vt]}" "$BASIS/Dossiers/$dossier" >"$map/lezers.txt" &
  lezers=$!
  sleep 2
  resultaat=$(python3 bench/accepteren.py "$BASIS" "${KOEKJE[teamleider]}" "$map/gezinsveiligheid.db" "$team")
  echo "overdracht accepteren ($LEZERS lezers)|$resultaat" | tee -a "$uitvoer"
  wait $lezers

  echo "piek werkgeheugen|RESULTAAT $(awk '/VmHWM/ {print $2/1024}' /proc/$pid/status) 0 0 0 0 0" | tee -a "$uitvoer"
  kill $pid
  wait $pid 2>/dev/null || true
  rm -rf "$map"
  trap - EXIT
}

MAPPEN=("$@")
[[ ${#MAPPEN[@]} -ge 1 ]] || { echo "Gebruik: bench/belasting.sh DATAMAP [DATAMAP2]"; exit 2; }
for i in "${!MAPPEN[@]}"; do meet_regio "${MAPPEN[$i]}" "/tmp/belasting-$i.txt"; done

python3 - "${#MAPPEN[@]}" "${MAPPEN[@]}" <<'PY'
import sys
n = int(sys.argv[1]); mappen = sys.argv[2:]
def lees(i):
    rijen = {}
    for regel in open(f"/tmp/belasting-{i}.txt"):
        naam, rest = regel.rstrip("\n").split("|", 1)
        delen = rest.split()
        rijen[naam] = [float(x) for x in delen[1:7]] if len(delen) >= 7 else None
    return rijen
metingen = [lees(i) for i in range(n)]
for i, rijen in enumerate(metingen):
    vloer = rijen["vloer"][1]
    print(f"\n{mappen[i]} (vloer p95 {vloer} ms)")
    print(f"{'pagina':34} {'p50':>8} {'p95':>8} {'p99':>8} {'req/s':>8} {'fout':>5} {'aantal':>7} {'p95/vloer':>10}" + ("  groei p95" if i > 0 else ""))
    for naam, w in rijen.items():
        if w is None:
            print(f"{naam:34} geen resultaat"); continue
        if naam == "piek werkgeheugen":
            print(f"{naam:34} {w[0]:8.0f} MB"); continue
        groei = ""
        if i > 0 and metingen[0].get(naam) and metingen[0][naam][1] > 0:
            groei = f"  {w[1] / metingen[0][naam][1]:9.2f}"
        print(f"{naam:34} {w[0]:8.1f} {w[1]:8.1f} {w[2]:8.1f} {w[3]:8.1f} {int(w[4]):5d} {int(w[5]):7d} {w[1] / vloer:10.1f}{groei}")
PY
