#!/usr/bin/env bash
# libFuzzer for GovNet's readers. Usage: scripts/fuzz/run.sh [target|all] [seconds]
#   targets: the folders of Fuzz/ (YAML JSON Tables XLSX EdgeList GraphML GEXF Pajek DL DOT Render); default all,
#   60 s each. Environment: FUZZ_JOBS (parallel fuzzing processes per target, default 1),
#   FUZZ_FLAGS (extra libFuzzer flags), FUZZ_CONFIG (release, the default: optimised + ASan, as
#   libFuzzer is meant to run; debug: -Onone + ASan, 10-30x slower, so the 1 s timeout bites sooner).
#
# How it builds (not part of Package.swift, which stays free of unsafe flags):
#   1. `swift build --scratch-path .build-fuzz --target GovNet` with -sanitize=fuzzer,address: the
#      library and its dependencies are compiled with coverage and ASan instrumentation, objects only.
#   2. `swiftc -sanitize=fuzzer,address -parse-as-library Fuzz/<T>/main.swift` + those objects: the
#      @_cdecl("LLVMFuzzerTestOneInput") entry links against libFuzzer's main.
# Seeds: the test corpora of the target's format, copied into .build-fuzz/corpus/<T>/ (the working
# corpus grows there). Crashes, leaks and timeouts (> 1 s per input) are copied to
# Tests/GovNetTests/Fixtures/regressions/<T>-<name>; fix them and keep the file as a regression test.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
target=${1:-all}
seconds=${2:-60}
scratch=.build-fuzz
config=${FUZZ_CONFIG:-release}
mods="$scratch/$config/Modules"
opt=$([ "$config" = release ] && echo "-O" || echo "-Onone")
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/scripts/fuzz/lsan.supp}"

echo "== building the instrumented library (first time: several minutes)"
# GovNetGraphviz (and GovNet with it) for the Render target, which also links libgraphviz.
swift build -c "$config" --scratch-path "$scratch" --target GovNetGraphviz -Xswiftc -enable-testing -Xswiftc -g \
  -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address 2>&1 | grep -E "error|warning: .*Fuzz|Compiling|Build" | grep -v '^\[' || true
objects=$(find "$scratch/$config/GovNet.build" "$scratch/$config/Yams.build" "$scratch/$config/CYaml.build" "$scratch/$config/ZIPFoundation.build" -name '*.o' | sort)
graphviz_objects=$(find "$scratch/$config/GovNetGraphviz.build" -name '*.o' | sort)

seeds() {  # file patterns of the test corpora per target
  local F=Tests/GovNetTests/Fixtures
  case $1 in
    YAML) ls networks/*.yaml $F/malformed/*.yaml $F/hostile/*.yaml $F/comparison/*.yaml 2>/dev/null ;;
    JSON) ls $F/malformed/*.json $F/hostile/*.json $F/interchange/*.json $F/resilience/*.json 2>/dev/null ;;
    Tables) ls $F/malformed/missing-column/*.csv $F/hostile/*.csv 2>/dev/null ;;
    XLSX) ls $F/xlsx/*.xlsx 2>/dev/null ;;
    EdgeList) ls $F/*.csv $F/malformed/*.csv $F/hostile/*.csv networks/*.csv 2>/dev/null ;;
    GraphML) ls $F/interchange/*.graphml $F/interchange/malformed/*.graphml $F/hostile/*.graphml 2>/dev/null ;;
    GEXF) ls $F/interchange/*.gexf $F/interchange/malformed/*.gexf $F/hostile/*.gexf 2>/dev/null ;;
    Pajek) ls $F/interchange/*.net $F/interchange/malformed/*.net $F/hostile/*.net 2>/dev/null ;;
    DL) ls $F/interchange/malformed/*.dl $F/hostile/*.dl 2>/dev/null ;;
    DOT|Render) ls $F/interchange/malformed/*.dot $F/hostile/*.dot Fuzz/Render/seeds/*.dot 2>/dev/null ;;
  esac
  ls $F/regressions/$1-* 2>/dev/null || true
}

if [ "$target" = all ]; then targets=$(ls Fuzz); else targets=$target; fi
mkdir -p Tests/GovNetTests/Fixtures/regressions
status=0
for t in $targets; do
  exe="$scratch/fuzz-$t"
  echo "== $t: linking"
  extra=""
  [ "$t" = Render ] && extra="$graphviz_objects -I Sources/CGraphviz -lgvc -lcgraph -lcdt"
  swiftc -sanitize=fuzzer,address -parse-as-library $opt -g -enable-testing \
    -I "$mods" -I "$scratch/checkouts/Yams/Sources/CYaml/include" -I "$scratch/checkouts/ZIPFoundation/Sources/CZLib" -module-name "Fuzz$t" "Fuzz/$t/main.swift" Fuzz/Common/*.swift $objects $extra -lz -o "$exe" \
    2>&1 | grep -v "Cannot export local symbol" || true
  [ -x "$exe" ] || { echo "   cannot link $exe"; exit 70; }
  corpus="$scratch/corpus/$t"; artifacts="$scratch/artifacts/$t/"
  mkdir -p "$corpus" "$artifacts"
  for s in $(seeds "$t"); do cp -n "$s" "$corpus/" 2>/dev/null || true; done
  # The YAML/JSON targets also get the seeds of the CSV tables (they share the decoder).
  echo "== $t: fuzzing for $seconds s ($(ls "$corpus" | wc -l) inputs in the corpus)"
  # libFuzzer's -timeout is wall-clock time, and stops at the first slow input. On a machine shared
  # with other jobs an input can exceed 1 s of wall time while using a fraction of a second of CPU, so a
  # timeout artifact is re-run alone and timed in CPU seconds: under 1 s it is logged as load-induced
  # and fuzzing resumes for the remaining time; otherwise it is a finding.
  deadline=$(( $(date +%s) + seconds ))
  runs=0; load_timeouts=0; rc=0
  : > "$scratch/fuzz-$t.log"
  while [ "$(date +%s)" -lt "$deadline" ]; do
    left=$(( deadline - $(date +%s) ))
    set +e
    "$exe" "$corpus" -max_total_time="$left" -timeout=1 -rss_limit_mb=4096 -malloc_limit_mb=1024 -max_len=65536 \
      $( [ "${FUZZ_JOBS:-1}" -gt 1 ] && echo "-jobs=$FUZZ_JOBS -workers=$FUZZ_JOBS" ) -artifact_prefix="$artifacts" -print_final_stats=1 ${FUZZ_FLAGS:-} \
      >> "$scratch/fuzz-$t.log" 2>&1
    rc=$?
    set -e
    n=$(grep -E "^stat::number_of_executed_units" "$scratch/fuzz-$t.log" | tail -1 | awk '{print $2}')
    runs=$(( runs + ${n:-0} ))
    [ $rc -eq 0 ] && break
    slow=$(ls "$artifacts"timeout-* 2>/dev/null | head -1 || true)
    [ -n "$slow" ] || break          # a crash, leak or out-of-memory: a finding
    # time's own report goes to a file: redirecting the command's stderr would discard it too.
    /usr/bin/time -f "%U %S" -o "$scratch/cpu-$t.txt" "$exe" "$slow" > /dev/null 2>&1 || true
    cpu=$(tail -1 "$scratch/cpu-$t.txt" | awk '{print $1 + $2}')
    if awk "BEGIN { exit !($cpu < 1.0) }"; then
      echo "   timeout under load: $(basename "$slow") takes $cpu s CPU alone; resuming"
      load_timeouts=$(( load_timeouts + 1 )); rm -f "$slow"; rc=0
    else
      echo "   timeout: $(basename "$slow") takes $cpu s CPU alone"
      break
    fi
  done
  echo "   $runs inputs executed in $seconds s; $load_timeouts load-induced timeouts"
  grep -E "^stat::peak_rss_mb|ERROR|SUMMARY" "$scratch/fuzz-$t.log" | tail -3 || true
  for a in "$artifacts"*; do
    [ -f "$a" ] || continue
    cp "$a" "Tests/GovNetTests/Fixtures/regressions/$t-$(basename "$a")"
    echo "   found: Tests/GovNetTests/Fixtures/regressions/$t-$(basename "$a")"
    status=1
  done
  [ $rc -eq 0 ] || { echo "   libFuzzer exited $rc (see $scratch/fuzz-$t.log)"; status=1; }
done
exit $status
