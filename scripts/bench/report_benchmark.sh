#!/usr/bin/env bash
# Times the full report (release build): on the bundled before/after pair, and on a generated
# 200-department network (900 ties, a hub, all five mechanisms, 20 functions), plus `govnet render` of
# that network. Every line shows wall and CPU (user+sys) time of each run and the load average at the
# time (the machine may be shared), and the script checks that two runs write byte-identical reports.
# Usage: scripts/bench/report_benchmark.sh [RUNS]   (default 3 runs per case; RUNS=1 for a quick look)
#   GOVNET=path   time that binary instead of building .build/release/govnet (e.g. an older build)
#   REALTIME=1    run each case under `chrt -f 10` (needs root): on a shared machine this comes close
#                 to an idle one, since other processes wait while a case runs (a few seconds in all)
#   TIMEOUT=s     give up on a run after s seconds (default 120); the line then says "timeout"
# Where the time goes: GOVNET_GRAPHVIZ_TRACE=1 .build/release/govnet report … prints every Graphviz job.
# Numbers: docs/benchmarks.md, "Report generation".
set -euo pipefail
runs=${1:-3}
cd "$(dirname "$0")/../.."
if [ -z "${GOVNET:-}" ]; then
  swift build -c release --product govnet 2>&1 | grep -E "error:" && exit 1 || true
fi
govnet=${GOVNET:-.build/release/govnet}
limit=${TIMEOUT:-120}
prefix=()
if [ "${REALTIME:-0}" = 1 ]; then prefix=(chrt -f 10); fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 scripts/bench/generate_network200.py "$tmp/net200.yaml"
# time_it LABEL COMMAND…: runs COMMAND `runs` times; prints wall and CPU seconds of each run, the best
# wall time, and the 1-minute load average before each run.
time_it() {
  local label=$1; shift
  local walls=() line i
  for ((i = 1; i <= runs; i++)); do
    local load; load=$(cut -d' ' -f1 /proc/loadavg)
    local t status=0
    t=$( { TIMEFORMAT='%R %U %S'; time "${prefix[@]}" timeout "$limit" "$@" >/dev/null 2>&1; } 2>&1 | tail -1) || status=$?
    read -r real user sys <<<"$t"
    if [ "$status" -ne 0 ]; then line+=" timeout or failure after $real s (load $load);"; walls+=(999); continue; fi
    walls+=("$real")
    line+=$(printf ' %s s (cpu %.2f, load %s);' "$real" "$(awk "BEGIN{print $user + $sys}")" "$load")
  done
  printf '%-58s best %s s |%s\n' "$label:" "$(printf '%s\n' "${walls[@]}" | sort -n | head -1)" "$line"
}
pair=(networks/hubei-city-post-reform.yaml --compare networks/hubei-city-pre-reform.yaml --mapping networks/hubei-city-reform-mapping.csv)
echo "machine: $(nproc) cores; $(uptime)"
echo "govnet $("$govnet" --version 2>/dev/null || echo "?") ($govnet), $runs runs per case${prefix[*]:+, under ${prefix[*]}}"
time_it "report, Hubei pair with --compare (50+43 departments)" "$govnet" report "${pair[@]}" -o "$tmp/pair" -q
time_it "report, Hubei post-reform alone (43 departments)" "$govnet" report networks/hubei-city-post-reform.yaml -o "$tmp/post" -q
time_it "report, generated 200 departments, 900 ties" "$govnet" report "$tmp/net200.yaml" -o "$tmp/n200" -q
time_it "render, generated 200 departments to SVG (bottlenecks)" "$govnet" render "$tmp/net200.yaml" -o "$tmp/n200.svg" --highlight bottlenecks -q
time_it "render, generated 200 departments to PNG" "$govnet" render "$tmp/net200.yaml" -o "$tmp/n200.png" --highlight bottlenecks -q
# Determinism: a second report of each kind must be byte-identical.
timeout "$limit" "$govnet" report "${pair[@]}" -o "$tmp/pair2" -q || true
timeout "$limit" "$govnet" report "$tmp/net200.yaml" -o "$tmp/n200b" -q || true
if diff -rq "$tmp/pair" "$tmp/pair2" >/dev/null && diff -rq "$tmp/n200" "$tmp/n200b" >/dev/null; then
  echo "deterministic: two runs wrote identical reports"
else
  echo "NOT deterministic: two runs wrote different reports"; exit 1
fi
echo "after: $(uptime)"
