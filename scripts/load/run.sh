#!/usr/bin/env bash
# Load test of the release server on 127.0.0.1 (a random port in 18000–18999) with wrk.
#
#   scripts/load/run.sh            each route for 10 s (DURATION=S to change), 16 connections
#   scripts/load/run.sh --soak 600 the routes in turn for 600 s, printing the server's RSS every 30 s
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

# SERVER=PATH measures a server binary already built (another checkout's, to compare).
server=${SERVER:-}
if [ -z "$server" ]; then
  swift build -c release --product trainflops-server >/dev/null
  server="$(swift build -c release --show-bin-path)/trainflops-server"
fi

source scripts/lib/serve.sh
serve "$server"

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

echo "wrk, $connections connections, ${duration}s per route, $base (RSS at start $(rss))"
for entry in "${routes[@]}"; do
  IFS='|' read -r name method path body <<<"$entry"
  measure "$name" "$method" "$path" "$body" "$duration"
done
echo "RSS at end $(rss)"
