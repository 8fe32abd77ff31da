#!/usr/bin/env bash
# Phone (390 px) and desktop (1366 px) screenshots of each card of the calculator page, filled with
# the same example inputs as the browser tests, written to docs/screenshots/CARD-phone.png and
# CARD-desktop.png (each under 200 KB). Starts the server on 127.0.0.1 at a random port in
# 18000–18999 and stops it on exit. Needs Chromium and python3 (standard library only).
#
#   scripts/screenshots.sh                 builds and uses the debug server
#   SERVER=PATH scripts/screenshots.sh     uses a server binary already built
set -euo pipefail
cd "$(dirname "$0")/.."
command -v python3 >/dev/null || { echo "python3 is missing" >&2; exit 2; }

server=${SERVER:-}
if [ -z "$server" ]; then
  swift build --product trainflops-server >/dev/null
  server="$(swift build --show-bin-path)/trainflops-server"
fi

source scripts/lib/serve.sh
serve "$server"

# Every card's inputs in one address (the page keeps its state there): a paper's facts for the best
# estimate and both methods (GPT-3), the ResNet-50 spec, a small ledger, a plan, examples/runs.csv
# as the batch, and the catalog filtered to one chip.
query=$(python3 - <<'PY'
import urllib.parse
ledger = ("model: example\nstages:\n  - name: pre-training\n    kind: pretraining\n    params: 8B\n    tokens: 2T\n"
          "  - name: evaluations\n    kind: evaluation\n    reported-flop: 1e20\n")
items = [("be-params", "175B"), ("be-tokens", "300B"), ("be-hardware", "V100"), ("be-count", "10000"),
         ("be-time", "14.8d"), ("be-precision", "fp16"),
         ("params", "175B"), ("tokens", "300B"), ("hardware", "V100"), ("count", "10000"), ("days", "14.8"),
         ("precision", "fp16"),
         ("spec", open("examples/models/resnet50.yaml").read()), ("model-batch-size", "256"),
         ("model-examples", "1.28M"), ("model-epochs", "90"),
         ("ledger", ledger), ("plan-params", "70B"), ("plan-tokens", "15T"), ("plan-hardware", "H100 SXM"),
         ("plan-count", "2048"), ("batch", open("examples/runs.csv").read()), ("hw", "H100")]
print(urllib.parse.urlencode(items, quote_via=urllib.parse.quote))
PY
)
python3 scripts/screenshots/capture.py "$base" "$query" docs/screenshots
