# Sourced by the scripts that need a running server: `serve BINARY` starts it on 127.0.0.1 at a
# free random port in 18000–18999, waits until /health answers, stops it when the script exits,
# and sets `pid` and `base` (http://127.0.0.1:PORT).
serve() {
  local binary=$1 port="" candidate
  for _ in $(seq 1 20); do
    candidate=$((18000 + RANDOM % 1000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
  [ -n "$port" ] || { echo "no free port in 18000–18999" >&2; exit 2; }
  "$binary" --host 127.0.0.1 --port "$port" >/dev/null 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    sleep 0.1
  done
  base="http://127.0.0.1:$port"
}
