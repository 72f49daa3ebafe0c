#!/usr/bin/env python3
"""ERGM timings side by side: `govnet ergm` and ergmx on directed networks simulated from known coefficients.

Run from the repository root after `swift build -c release --product govnet`:
    .venv-test/bin/python scripts/bench/ergm_vs_ergmx.py [--sizes 50 500] [--out DIR]
(--out: where the simulated networks are written; default: a new temporary folder, printed)

For each size n it simulates one directed network of n departments (kinds a-e assigned in turn) from
    edges + mutual + gwesp(0.5, fixed) + nodematch(kind) + gwidegree(0.5, fixed)
at THETA with ergmx 0.5.0 (seed 1, from the empty network, burn-in 100 n^2), writes it as a GovNet YAML
document, then times `govnet ergm --estimate mple|mcmle --seed 1` (release build) and ergmx's MPLE and Monte
Carlo MLE (seed 1) on it, and prints each estimate beside the true coefficients. Wall times include process
start (govnet) and exclude `import ergmx` (ergmx). Numbers go to docs/benchmarks.md with the machine's load.
"""
import argparse
import os
import subprocess
import json
import tempfile
import time

import igraph as ig
import numpy as np

import ergmx

FORMULA = "edges + mutual + gwesp(0.5, fixed=TRUE) + nodematch('kind') + gwidegree(0.5, fixed=TRUE)"
GOVNET_FORMULA = "edges + mutual + gwesp(0.5, fixed) + nodematch(kind) + gwidegree(0.5, fixed)"
THETA = {50: [-3.0, 1.5, 0.3, 1.0, -0.5], 500: [-5.0, 2.0, 0.5, 1.5, -0.5]}


def simulate(n):
    g = ig.Graph(n=n, directed=True)
    g.vs["name"] = [f"d{i:03d}" for i in range(n)]
    g.vs["kind"] = ["abcde"[i % 5] for i in range(n)]
    out = ergmx.simulate(g, FORMULA, THETA[n], nsim=1, seed=1, burnin=100 * n * n)
    return out[0] if isinstance(out, list) else out


def write_yaml(g, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"title: ERGM benchmark, {g.vcount()} departments\nstatus: illustrative model\n")
        f.write("mechanisms:\n  - {id: information, directed: true}\ndepartments:\n")
        for v in g.vs:
            f.write(f"  - {{id: {v['name']}, name: {v['name']}, kind: {v['kind']}}}\n")
        f.write("ties:\n")
        for e in g.es:
            f.write(f"  - {{from: {g.vs[e.source]['name']}, to: {g.vs[e.target]['name']}, mechanism: information}}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 500])
    ap.add_argument("--out", default=None)
    ap.add_argument("--govnet", default=".build/release/govnet")
    args = ap.parse_args()
    if args.out is None:
        args.out = tempfile.mkdtemp(prefix="govnet-ergm-bench-")
        print(f"simulated networks in {args.out}")
    os.makedirs(args.out, exist_ok=True)
    for n in args.sizes:
        g = simulate(n)
        path = os.path.join(args.out, f"directed-{n}.yaml")
        write_yaml(g, path)
        print(f"n={n}: {g.ecount()} ties, load {os.getloadavg()[0]:.1f}, true {THETA[n]}")
        for method in ["mple", "mcmle"]:
            t = time.time()
            r = subprocess.run([args.govnet, "ergm", path, "--model", GOVNET_FORMULA, "--estimate", method, "--seed", "1", "--format", "json"],
                               capture_output=True, text=True)
            wall = time.time() - t
            if r.returncode != 0:
                print(f"  govnet {method}: exit {r.returncode}: {r.stderr.strip()}")
                continue
            o = json.loads(r.stdout)
            est = [round(c["estimate"], 3) for c in o["coefficients"]]
            se = [round(c["std_error"], 3) for c in o["coefficients"]]
            print(f"  govnet {method}: {wall:.2f} s  {est}  s.e. {se}")
            t = time.time()
            fit = ergmx.ergm(g, FORMULA, estimate="MPLE" if method == "mple" else "MLE", seed=1)
            wall = time.time() - t
            print(f"  ergmx  {method}: {wall:.2f} s  {[round(x, 3) for x in fit.coef.values()]}  s.e. {[round(x, 3) for x in fit.stderr.values()]}")


if __name__ == "__main__":
    main()
