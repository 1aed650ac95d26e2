#!/usr/bin/env bash
# Server time of each `actas serve` page: median of RUNS requests (curl's time to first byte on 127.0.0.1, after one
# warm-up), on a database such as the 12,000-session one of scripts/make-synthetic-db.sh. Issue 15's target: every
# page under 300 ms. Ends with one review decision and its undo (POST), timed the same way. Not part of the test run.
# Usage: scripts/bench-web.sh DB [RUNS]    (ACTAS_BIN=FOLDER: use an actas already built there, Release)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
db="${1:?usage: scripts/bench-web.sh DB [RUNS]}"
runs="${2:-7}"
work="$(mktemp -d)"
bin="${ACTAS_BIN:-$work/bin}"
[ -n "${ACTAS_BIN:-}" ] || dotnet build "$root/pipeline/Actas.Cli" -c Release -o "$bin" -v q -nologo >/dev/null
port=$((20000 + RANDOM % 20000))
"$bin/actas" serve --db "$db" --port "$port" >"$work/serve.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/estilo.css" && break
  sleep 0.5
done

body=$(sqlite3 "$db" "SELECT body_id FROM current_sessions WHERE body_id IS NOT NULL GROUP BY body_id ORDER BY COUNT(*) DESC LIMIT 1")
name=$(sqlite3 "$db" "SELECT name FROM bodies WHERE id = $body")
session=$(sqlite3 "$db" "SELECT id FROM current_sessions WHERE body_id = $body ORDER BY date DESC LIMIT 1")
strategy=$(sqlite3 "$db" "SELECT number FROM strategies GROUP BY number ORDER BY COUNT(*) DESC LIMIT 1")
encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$name")
label=$(sqlite3 "$db" "SELECT label FROM feedback_items WHERE label IS NOT NULL GROUP BY label ORDER BY COUNT(*) LIMIT 1")
pages=("/" "/espacio/$body" "/sesion/$session" "/matriz?espacio=$encoded" "/matriz?espacio=$encoded&nunca=1"
       "/matriz?espacio=$encoded&sesiones=0" "/matriz"
       "/estrategia/$strategy" "/estrategia/$strategy?espacio=$encoded" "/buscar?q=datos" "/buscar?q=datos&espacio=$encoded"
       "/buscar?q=datos+duros+meta" "/revision" "/revision?saltar=50" "/revision?espacio=$encoded" "/revision?estrategia=$strategy"
       "/revision?etiqueta=$label" "/revision?espacio=$encoded&estrategia=$strategy&etiqueta=$label" "/revision?espacio=zzz" "/reentrenar")
printf '%-60s %8s %10s\n' page "ms" bytes
for page in "${pages[@]}"; do
  url="http://127.0.0.1:$port$page"
  curl -fs -o /dev/null "$url"
  times=()
  for _ in $(seq 1 "$runs"); do
    times+=("$(curl -fs -o /dev/null -w '%{time_starttransfer}' "$url")")
  done
  bytes=$(curl -fs "$url" | wc -c)
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)] * 1000}')
  printf '%-60s %8s %10s\n' "${page:0:60}" "$median" "$bytes"
done

# One decision and its undo (POST, anti-forgery token and cookie from the review page), RUNS times on a copy's items:
# each stores a correction that the undo takes back, so the database ends as it began.
jar="$work/cookies"
decide=(); undo=()
for _ in $(seq 1 "$runs"); do
  page=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$port/revision")
  token=$(grep -o 'name="__token" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
  item=$(grep -o 'data-item="[0-9]*"' <<<"$page" | head -1 | tr -dc 0-9)
  [ -n "$item" ] || break
  out=$(curl -fs -o /dev/null -c "$jar" -b "$jar" -w '%{time_starttransfer} %{redirect_url}' \
        --data-urlencode "__token=$token" --data "elemento=$item&etiqueta=avance&volver=/revision" "http://127.0.0.1:$port/revision/decidir")
  decide+=("${out%% *}")
  correction=$(sed 's/.*ultima=//' <<<"${out#* }")
  undo+=("$(curl -fs -o /dev/null -c "$jar" -b "$jar" -w '%{time_starttransfer}' \
        --data-urlencode "__token=$token" --data "correccion=$correction&volver=/revision" "http://127.0.0.1:$port/revision/deshacer")")
done
for name in decide undo; do
  declare -n list="$name"
  [ "${#list[@]}" -gt 0 ] || continue
  median=$(printf '%s\n' "${list[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)] * 1000}')
  printf '%-60s %8s %10s\n' "POST /revision/$( [ "$name" = decide ] && echo decidir || echo deshacer)" "$median" "-"
done
