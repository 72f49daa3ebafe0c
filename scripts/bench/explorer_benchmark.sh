#!/usr/bin/env bash
# The report's network explorer on the generated 200-department, 900-tie network
# (scripts/bench/generate_network200.py): the size of report.html and of its parts (data block,
# script, inline SVG), the time to interactive in headless Chromium (Performance API: the mark
# `govnet-explorer-ready` the script sets when the network is drawn and wired, and domInteractive),
# and, with BEFORE=path to a govnet built without the explorer, how much longer `govnet report` takes.
# Usage: scripts/bench/explorer_benchmark.sh [RUNS]   (default 5 page loads, 3 report runs each binary)
#   GOVNET=path   the govnet to measure (default .build/release/govnet, built when missing)
#   BEFORE=path   a govnet without the explorer (e.g. built from the commit before it) for the time growth
# Numbers: docs/benchmarks.md, "Report explorer".
set -euo pipefail
runs=${1:-5}
cd "$(dirname "$0")/../.."
govnet=${GOVNET:-.build/release/govnet}
[ -x "$govnet" ] || swift build -c release --product govnet >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 scripts/bench/generate_network200.py "$tmp/net200.yaml"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "govnet: $($govnet --version 2>&1 | head -1); chromium: $(chromium --version 2>/dev/null || echo none)"
"$govnet" report "$tmp/net200.yaml" -o "$tmp/report" --quiet
python3 - "$tmp/report/report.html" <<'PY'
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
def size(text): return len(text.encode())
i = s.index('id="govnet-data">'); data = s[i:s.index("</script>", i)]
j = s.index("<script>"); script = s[j:s.index("</script>", j)]
svg = sum(size(m.group(0)) for m in re.finditer(r"<svg[\s\S]*?</svg>", s))
print(f"report.html {size(s) / 1e6:.2f} MB: data block {size(data) / 1e3:.0f} kB, script {size(script) / 1e3:.1f} kB, inline SVG {svg / 1e6:.2f} MB")
PY
python3 scripts/report/explorer-check.py "$govnet" "$tmp/net200.yaml" --timing "$runs" --report "$tmp/report"
# time_report BINARY: best wall time of 3 runs of the full report (default options).
time_report() {
  local best=""
  for _ in 1 2 3; do
    local t; t=$( { TIMEFORMAT='%R'; time "$1" report "$tmp/net200.yaml" -o "$tmp/timed" --quiet >/dev/null 2>&1; } 2>&1 | tail -1)
    if [ -z "$best" ] || awk "BEGIN { exit !($t < $best) }"; then best=$t; fi
  done
  echo "$best"
}
if [ -n "${BEFORE:-}" ]; then
  before=$(time_report "$BEFORE"); after=$(time_report "$govnet")
  echo "govnet report, best of 3 (wall): without the explorer ${before} s, with it ${after} s ($(awk "BEGIN { printf \"%+.0f\", ($after / $before - 1) * 100 }") %)"
fi
