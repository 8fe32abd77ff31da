#!/usr/bin/env bash
# Builds the fuzz targets (Fuzz/, one libFuzzer binary) with AddressSanitizer and runs each target
# in turn for a bounded time, seeded from the repository's fixtures.
#
#   scripts/fuzz/run.sh [SECONDS_PER_TARGET] [TARGET ...]   (default 20 s, every target)
#   FUZZ_RUNS=1000000 scripts/fuzz/run.sh 900 numbers       (stop at a count, or at the time)
#   FUZZ_SANITIZERS=fuzzer scripts/fuzz/run.sh 900 onnx    (libFuzzer alone, no AddressSanitizer:
#                                                           faster, for long runs; own build folder)
#   FUZZ_CONFIGURATION=release FUZZ_SANITIZERS=fuzzer ...  (optimized code, as the tool ships; Swift's
#                                                           overflow and bounds checks stay on)
#
# Corpora grow in .build-fuzz/corpus/TARGET; a crash, leak, sanitizer report or an input slower
# than FUZZ_TIMEOUT seconds (default 10) is saved in .build-fuzz/findings/TARGET/ and the script
# exits 1 after the remaining targets have run. Each target's execution count is printed.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
seconds=${1:-20}
shift || true
scratch="$root/.build-fuzz"
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
case "$sanitizers" in
  fuzzer,address) build="$scratch" ;;
  fuzzer) build="$scratch/fuzzer-only" ;;
  *) echo "FUZZ_SANITIZERS must be 'fuzzer,address' (the default) or 'fuzzer'; got '$sanitizers'." >&2; exit 2 ;;
esac
configuration=${FUZZ_CONFIGURATION:-debug}
testing=()
case "$configuration" in
  debug) ;;
  # The API targets import the server module @testable, which an optimized build must allow.
  release) build="$build/optimized" testing=(-Xswiftc -enable-testing) ;;
  *) echo "FUZZ_CONFIGURATION must be 'debug' (the default) or 'release'; got '$configuration'." >&2; exit 2 ;;
esac
mkdir -p "$build"

swift build --package-path Fuzz --scratch-path "$build" -c "$configuration" \
  -Xswiftc -sanitize="$sanitizers" -Xswiftc -parse-as-library -Xswiftc -use-ld=lld "${testing[@]}" >"$build/build.log" 2>&1 ||
  { tail -40 "$build/build.log"; echo "fuzz build failed (log: $build/build.log)" >&2; exit 2; }
binary="$build/$configuration/trainflops-fuzz"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(FUZZ_TARGET=list "$binary" 2>/dev/null | cut -d' ' -f1)
fi

failed=0
for target in "${targets[@]}"; do
  seeds=$(FUZZ_TARGET=list "$binary" 2>/dev/null | awk -v t="$target" '$1 == t { $1 = ""; print }')
  corpus="$scratch/corpus/$target"
  findings="$scratch/findings/$target"
  mkdir -p "$corpus" "$findings"
  dirs=()
  for seed in $seeds; do [ -d "$root/$seed" ] && dirs+=("$root/$seed"); done
  log="$scratch/$target.log"
  runs=()
  [ -n "${FUZZ_RUNS:-}" ] && runs=(-runs="$FUZZ_RUNS")
  FUZZ_TARGET="$target" ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 "$binary" "$corpus" "${dirs[@]}" \
    -max_total_time="$seconds" "${runs[@]}" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=3072 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" >"$log" 2>&1
  status=$?
  executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
  echo "$target ($sanitizers, $configuration): ${executions:-?} executions in at most ${seconds}s, exit $status$([ $status -ne 0 ] && echo " — see $log and $findings")"
  [ $status -ne 0 ] && failed=1
done
exit $failed
