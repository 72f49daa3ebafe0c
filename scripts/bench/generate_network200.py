#!/usr/bin/env python3
"""The generated benchmark network: 200 departments and 900 ties (a hub with 30% of the ties, the five
standard mechanisms, a basis on every tie, 20 functions), seeded, so every run reports the same network.
Usage: generate_network200.py OUT.yaml   (scripts/bench/report_benchmark.sh, scripts/bench/explorer_benchmark.sh)
"""
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
