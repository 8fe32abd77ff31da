#!/usr/bin/env bash
# Load test of the release server on 127.0.0.1 (a random port in 18000–18999) with wrk.
#
#   scripts/load/run.sh            each route for 10 s (DURATION=S to change), 16 connections
#   ROUNDS=5 scripts/load/run.sh   every route 5 times, interleaved (one route after another, then
#                                  again), and the median of each; on a shared machine one run of
#                                  a route can be 20 % off the next
#   scripts/load/run.sh --soak 600 the routes in turn for 600 s, printing the server's RSS every 30 s
#   ROUTES="estimate/operations,hardware list" scripts/load/run.sh
#                                  only these routes (by the names printed), with /health always
#                                  measured beside them; more rounds in the same time
#
# Prints requests/s, p50 and p99 latency per route, side by side with /health. Needs wrk (Debian's
# package). Everything is bounded: each wrk run has a duration, the script kills its server on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${DURATION:-10}
connections=${CONNECTIONS:-16}
soak=0
if [ "${1:-}" = "--soak" ]; then soak=${2:-600}; fi
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

spec=$(python3 -c 'import json,sys; print(json.dumps({"spec": open("examples/models/lenet5.json").read(), "batch-size": 32, "examples": "60000", "epochs": 10}))')
routes=(
  "health|GET|/health|"
  "estimate/operations|POST|/api/v1/estimate/operations|{\"params\": \"175B\", \"tokens\": \"300B\"}"
  "estimate/hardware|POST|/api/v1/estimate/hardware|{\"hardware\": \"H100 SXM\", \"count\": 1024, \"days\": 30, \"utilization\": \"40%\"}"
  "estimate/compare|POST|/api/v1/estimate/compare|{\"params\": \"175B\", \"tokens\": \"300B\", \"hardware\": \"V100\", \"count\": 10000, \"days\": 15}"
  "hardware list|GET|/api/v1/hardware|"
  "hardware show|GET|/api/v1/hardware/H100%20SXM|"
  "model (LeNet-5)|POST|/api/v1/model|$spec"
)

# ROUTES: keep /health and the routes named; a name that matches no route is refused.
if [ -n "${ROUTES:-}" ]; then
  kept=("${routes[0]}")
  IFS=',' read -ra wanted_routes <<<"$ROUTES"
  for wanted in "${wanted_routes[@]}"; do
    found=""
    for entry in "${routes[@]:1}"; do
      if [ "${entry%%|*}" = "$wanted" ]; then kept+=("$entry"); found=1; fi
    done
    if [ -z "$found" ]; then
      echo "ROUTES names '$wanted', which is not a route here; the routes are: $(printf '%s\n' "${routes[@]:1}" | cut -d'|' -f1 | paste -sd, | sed 's/,/, /g')" >&2
      exit 2
    fi
  done
  routes=("${kept[@]}")
fi

# Built and started once the routes are known (a mistyped ROUTES is refused first).
# SERVER=PATH measures a server binary already built (another checkout's, to compare).
server=${SERVER:-}
if [ -z "$server" ]; then
  swift build -c release --product trainflops-server >/dev/null
  server="$(swift build -c release --show-bin-path)/trainflops-server"
fi

source scripts/lib/serve.sh
serve "$server"

# One wrk run: NAME METHOD PATH BODY SECONDS → "name req/s p50 p99".
measure() {
  local name=$1 method=$2 path=$3 body=$4 seconds=$5 output
  if [ "$method" = POST ]; then
    output=$(BODY="$body" timeout $((seconds + 30)) wrk -t2 -c"$connections" -d"${seconds}s" --latency \
      -s scripts/load/post.lua "$base$path")
  else
    output=$(timeout $((seconds + 30)) wrk -t2 -c"$connections" -d"${seconds}s" --latency "$base$path")
  fi
  local rate p50 p99 errors
  rate=$(awk '/Requests\/sec/ { print $2 }' <<<"$output")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$output")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$output")
  errors=$(awk '/Non-2xx|Socket errors/ { $1 = $1; printf "%s; ", $0 }' <<<"$output")
  printf '%-22s %10s req/s  p50 %-9s p99 %-9s %s\n' "$name" "$rate" "$p50" "$p99" "$errors"
}

# The median of numbers, one per line; wrk's latencies carry a unit (us, ms, s), taken as ms.
median() {
  awk '{ v = $1; if (v ~ /us$/) v = v / 1000; else if (v ~ /ms$/) v = v + 0; else if (v ~ /s$/) v = v * 1000;
         print v + 0 }' | sort -g |
    awk '{ x[NR] = $1 } END { if (NR == 0) { print "?"; exit }
           print (NR % 2) ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2 }'
}

rss() { awk '/VmRSS/ { print $2 " kB" }' "/proc/$pid/status"; }

if [ "$soak" -gt 0 ]; then
  echo "soak: ${soak}s on $base, RSS of the server every 30 s (start: $(rss))"
  end=$((SECONDS + soak))
  (while [ $SECONDS -lt $end ]; do sleep 30; echo "  t=$((SECONDS))s RSS $(rss)"; done) &
  sampler=$!
  while [ $SECONDS -lt $end ]; do
    for entry in "${routes[@]}"; do
      IFS='|' read -r name method path body <<<"$entry"
      left=$((end - SECONDS))
      [ $left -le 0 ] && break
      measure "$name" "$method" "$path" "$body" $((left < 30 ? left : 30)) >/dev/null
    done
  done
  kill "$sampler" 2>/dev/null || true
  echo "end: RSS $(rss)"
  exit 0
fi

rounds=${ROUNDS:-1}
echo "wrk, $connections connections, ${duration}s per route, $rounds round(s), $base (RSS at start $(rss))"
results=$(mktemp)
trap 'rm -f "$results"; kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT
for round in $(seq 1 "$rounds"); do
  for index in "${!routes[@]}"; do
    IFS='|' read -r name method path body <<<"${routes[$index]}"
    line=$(measure "$name" "$method" "$path" "$body" "$duration")
    if [ "$rounds" -gt 1 ]; then echo "round $round: $line"; else echo "$line"; fi
    # route index, req/s, p50, p99 (the numbers after the name's columns), round
    awk -v i="$index" -v n="$round" '{ for (f = 1; f <= NF; f++) { if ($f == "req/s") r = $(f - 1); if ($f == "p50") a = $(f + 1); if ($f == "p99") b = $(f + 1) } print i, r, a, b, n }' \
      <<<"$line" >>"$results"
  done
done
if [ "$rounds" -gt 1 ]; then
  health=$(awk '$1 == 0 { print $2 }' "$results" | median)
  echo "median of $rounds rounds (share of /health's median req/s; paired: the median of each round's"
  echo "own share, the route's req/s over /health's in the same round, which a slow spell moves less):"
  for index in "${!routes[@]}"; do
    IFS='|' read -r name _ <<<"${routes[$index]}"
    rate=$(awk -v i="$index" '$1 == i { print $2 }' "$results" | median)
    p50=$(awk -v i="$index" '$1 == i { print $3 }' "$results" | median)
    p99=$(awk -v i="$index" '$1 == i { print $4 }' "$results" | median)
    paired=$(awk -v i="$index" '$1 == 0 { h[$5] = $2 } $1 == i { r[$5] = $2 }
      END { for (n in r) if (h[n] > 0) print 100 * r[n] / h[n] }' "$results" | median)
    printf '%-22s %10.0f req/s  %5.1f %%  paired %5.1f %%  p50 %.2f ms  p99 %.2f ms\n' "$name" "$rate" \
      "$(awk -v r="$rate" -v h="$health" 'BEGIN { print 100 * r / h }')" "$paired" "$p50" "$p99"
  done
fi
echo "RSS at end $(rss)"
