#!/usr/bin/env bash
# Times the full report (release build): on the bundled before/after pair, and on a generated
# 200-department network with all five mechanisms and 20 functions. Usage: scripts/bench/report_benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product govnet 2>&1 | grep -E "error" || true
govnet=.build/release/govnet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/net200.yaml" <<'PY'
import random, sys
rng = random.Random(7)
kinds = ["emergency-management", "fire-rescue", "public-security", "health", "water", "natural-resources",
         "meteorology", "transport", "civil-affairs", "military", "utility", "ngo"]
n = 200
lines = ["title: Generated 200-department network (benchmark)", "departments:"]
lines += [f"  - {{id: D{i:03d}, name: Department {i}, kind: {kinds[0] if i == 0 else rng.choice(kinds)}, level: municipal}}" for i in range(n)]
lines.append("ties:")
mechs = ["command", "information", "material", "supervision", "operation"]
bases = ["law", "regulation", "plan", "agreement", "informal"]
seen = set()
while len(seen) < 900:
    a, b = rng.randrange(n), rng.randrange(n)
    if rng.random() < 0.3: a = 0
    m = rng.choice(mechs)
    if a == b or (a, b, m) in seen: continue
    seen.add((a, b, m))
    lines.append(f"  - {{from: D{a:03d}, to: D{b:03d}, mechanism: {m}, weight: {rng.randint(1, 3)}, basis: {rng.choice(bases)}}}")
lines.append("functions:")
for f in range(20):
    lines.append(f"  - id: F{f}\n    name: Function {f}\n    assignments:")
    for r, d in zip(["lead"] + ["support"] * 4, rng.sample(range(n), 5)):
        lines.append(f"      - {{department: D{d:03d}, role: {r}}}")
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
time_it() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); python3 -c "print(f'{$end - $start:.2f} s')"; }
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo -n "report, Hubei pair with --compare (43+50 departments): "
time_it "$govnet" report networks/hubei-city-post-reform.yaml --compare networks/hubei-city-pre-reform.yaml \
  --mapping networks/hubei-city-reform-mapping.csv -o "$tmp/pair"
echo -n "report, Hubei post-reform alone: "
time_it "$govnet" report networks/hubei-city-post-reform.yaml -o "$tmp/post"
echo -n "report, generated 200-department network: "
time_it "$govnet" report "$tmp/net200.yaml" -o "$tmp/n200"
echo -n "render, generated 200-department network to SVG (bottlenecks highlighted): "
time_it "$govnet" render "$tmp/net200.yaml" -o "$tmp/n200.svg" --highlight bottlenecks
echo -n "render, generated 200-department network to PNG: "
time_it "$govnet" render "$tmp/net200.yaml" -o "$tmp/n200.png" --highlight bottlenecks
