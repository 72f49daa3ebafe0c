#!/usr/bin/env bash
# Stress check of the Graphviz binding (not part of CI: it takes tens of minutes).
#
#  1. Runs the test suite N times in a row (`swift test --skip-build`, optionally filtered) while
#     another build loads the machine (a release build of govnet-bench in its own scratch folder,
#     rebuilt from scratch in a loop, at low priority), and counts runs that passed, that failed, and
#     that crashed (a signal, e.g. SIGSEGV inside Graphviz).
#  2. Runs the render driver `govnet-render-stress` (every bundled network, tiny networks and the
#     renderer tests' odd inputs with every engine, shuffled, beside busy threads) once natively and
#     once under valgrind memcheck. valgrind 3.19 cannot read the Swift toolchain's DWARF, so the
#     driver is a release build with its debug info stripped (`strip --strip-debug`); valgrind does not
#     run the test binary itself.
#
# Usage: scripts/stress/render-stress.sh [-n RUNS] [-f FILTER] [--no-load] [--no-valgrind] [--no-tests]
#                                        [--driver-rounds R]
#   -n RUNS          test-suite runs (default 5)
#   -f FILTER        `swift test --filter` pattern, e.g. 'GovNetGraphvizTests|GovNetReportTests'
#   --no-load        no background build
#   --no-valgrind    skip the driver under valgrind
#   --no-tests       only the driver (natively and under valgrind)
#   --driver-rounds  rounds of the driver under valgrind (default 1; natively 3)
# Logs: .build-stress/ (git-ignored by .build-*/). Exit status 0 when no run crashed, no test failed and
# valgrind reported no error; 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/../.."
runs=5 filter="" load=1 valgrind=1 tests=1 driver_rounds=1
while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=$2; shift ;;
    -f) filter=$2; shift ;;
    --no-load) load=0 ;;
    --no-valgrind) valgrind=0 ;;
    --no-tests) tests=0 ;;
    --driver-rounds) driver_rounds=$2; shift ;;
    *) echo "usage: $0 [-n RUNS] [-f FILTER] [--no-load] [--no-valgrind] [--no-tests] [--driver-rounds R]" >&2; exit 64 ;;
  esac
  shift
done
logs=.build-stress
mkdir -p "$logs"
status=0

load_pid=""
stop_load() {
  if [ -n "$load_pid" ]; then
    kill -- "-$load_pid" 2>/dev/null
    wait "$load_pid" 2>/dev/null
    load_pid=""
  fi
}
trap stop_load EXIT INT TERM

start_load() {
  # Its own scratch folder (SwiftPM locks a scratch folder per command), seeded with the resolved
  # dependencies so no network access is needed; `setsid` gives it a process group to stop.
  local scratch=.build-stress-load
  mkdir -p "$scratch"
  for d in checkouts repositories; do
    [ -d ".build/$d" ] && [ ! -d "$scratch/$d" ] && cp -R ".build/$d" "$scratch/$d"
  done
  setsid bash -c "while :; do rm -rf '$scratch/release' '$scratch'/*-linux-gnu/release \
      '$scratch'/*-apple-macosx/release; nice -n 10 swift build -c release --scratch-path '$scratch' \
      --product govnet-bench >> '$logs/load.log' 2>&1; done" &
  load_pid=$!
  echo "background build started (process group $load_pid, log $logs/load.log)"
}

if [ "$tests" = 1 ]; then
  echo "== building the tests"
  swift build --build-tests > "$logs/build.log" 2>&1 || { echo "build failed (see $logs/build.log)"; exit 1; }
  [ "$load" = 1 ] && start_load
  passed=0 failed=0 crashed=0
  args=(--skip-build)
  [ -n "$filter" ] && args+=(--filter "$filter")
  for i in $(seq 1 "$runs"); do
    log="$logs/test-run-$i.log"
    start=$(date +%s)
    swift test "${args[@]}" > "$log" 2>&1
    rc=$?
    secs=$(( $(date +%s) - start ))
    if grep -qE "Program crashed|exited with unexpected signal|Fatal error|signal code" "$log" || [ "$rc" -gt 128 ]; then
      crashed=$((crashed + 1)); what="CRASHED"
    elif [ "$rc" -ne 0 ] || grep -q "✘ Test run" "$log"; then
      failed=$((failed + 1)); what="failed"
    else
      passed=$((passed + 1)); what="passed"
    fi
    echo "run $i/$runs: $what in ${secs}s (exit $rc, load $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?'); $log)"
  done
  stop_load
  echo "test runs: $runs, passed $passed, failed $failed, crashed $crashed${filter:+ (filter: $filter)}"
  [ "$failed" -eq 0 ] && [ "$crashed" -eq 0 ] || status=1
fi

echo "== render driver (release build)"
swift build -c release --product govnet-render-stress > "$logs/driver-build.log" 2>&1 \
  || { echo "driver build failed (see $logs/driver-build.log)"; exit 1; }
driver="$logs/govnet-render-stress"
cp "$(swift build -c release --show-bin-path)/govnet-render-stress" "$driver"
strip --strip-debug "$driver"
if "$driver" --rounds 3 --seed 1 > "$logs/driver.log" 2>&1; then
  echo "driver natively: $(tail -1 "$logs/driver.log")"
else
  echo "driver natively FAILED or crashed (exit $?; see $logs/driver.log)"; status=1
fi

if [ "$valgrind" = 1 ]; then
  if ! command -v valgrind > /dev/null; then
    echo "valgrind is not installed (apt-get install -y valgrind)"; exit 1
  fi
  echo "== render driver under valgrind memcheck ($driver_rounds round(s); slow)"
  valgrind --error-exitcode=99 --leak-check=no --track-origins=no --num-callers=30 \
    "$driver" --rounds "$driver_rounds" --seed 2 --renderers 2 --busy 0 > "$logs/valgrind.log" 2>&1
  rc=$?
  summary=$(grep "ERROR SUMMARY" "$logs/valgrind.log" | tail -1)
  invalid=$(grep -cE "Invalid (read|write|free)|Mismatched free|uninitialised|Source and destination overlap" "$logs/valgrind.log")
  echo "valgrind: exit $rc; $invalid invalid read/write/free or uninitialised-value reports; ${summary#==*== }"
  echo "driver under valgrind: $(grep -E 'rounds of' "$logs/valgrind.log" | tail -1)"
  [ "$rc" -eq 0 ] && [ "$invalid" -eq 0 ] || status=1
fi
exit $status
