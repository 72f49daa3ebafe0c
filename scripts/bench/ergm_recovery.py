#!/usr/bin/env python3
"""Parameter recovery of `govnet ergm --estimate mcmle`: simulate networks from known coefficients, refit, and
count how often the 95% Wald interval (estimate ± 1.96 s.e.) covers the true value.

Run from the repository root after `swift build -c release --product govnet`:
    .venv-test/bin/python scripts/bench/ergm_recovery.py [--replications 20] [--n 40] [--govnet .build/release/govnet]

Each replication r = 1..R draws one directed network of n departments (kinds a-d assigned in turn) from
    edges + mutual + nodematch(kind) + gwesp(0.5, fixed)
at THETA with ergmx 0.5.0 (seed 1000 + r, from the empty network, burn-in 50 n^2, an independent simulator),
writes it as a GovNet YAML document in a temporary folder, and fits it with `govnet ergm --estimate mcmle
--seed r`. It prints each replication's estimates and, per term, the coverage of the 95% intervals, the mean
estimate (bias) and the ratio of the mean standard error to the standard deviation of the estimates. With 20
replications a coverage of 17/20 or more is what a correct 95% interval gives with probability 0.92; the result
goes to docs/ergm.md. Not a unit test: it takes minutes and is random by design.
"""
import argparse
import json
import os
import subprocess
import tempfile

import igraph as ig
import numpy as np

import ergmx

FORMULA = "edges + mutual + nodematch('kind') + gwesp(0.5, fixed=TRUE)"
GOVNET_FORMULA = "edges + mutual + nodematch(kind) + gwesp(0.5, fixed)"
THETA = [-3.0, 1.5, 1.0, 0.3]


def simulate(n, seed):
    g = ig.Graph(n=n, directed=True)
    g.vs["name"] = [f"d{i:03d}" for i in range(n)]
    g.vs["kind"] = ["abcd"[i % 4] for i in range(n)]
    out = ergmx.simulate(g, FORMULA, THETA, nsim=1, seed=seed, burnin=50 * n * n)
    return out[0] if isinstance(out, list) else out


def write_yaml(g, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"title: ERGM recovery, {g.vcount()} departments\nstatus: illustrative model\n")
        f.write("mechanisms:\n  - {id: information, directed: true}\ndepartments:\n")
        for v in g.vs:
            f.write(f"  - {{id: {v['name']}, name: {v['name']}, kind: {v['kind']}}}\n")
        f.write("ties:\n")
        for e in g.es:
            f.write(f"  - {{from: {g.vs[e.source]['name']}, to: {g.vs[e.target]['name']}, mechanism: information}}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--replications", type=int, default=20)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--govnet", default=".build/release/govnet")
    ap.add_argument("--json", default=None, help="write the replications' estimates here")
    args = ap.parse_args()
    folder = tempfile.mkdtemp(prefix="govnet-ergm-recovery-")
    print(f"true {THETA} on {args.n} directed departments; networks in {folder}")
    estimates, errors, failures = [], [], []
    for r in range(1, args.replications + 1):
        g = simulate(args.n, 1000 + r)
        path = os.path.join(folder, f"replication-{r:02d}.yaml")
        write_yaml(g, path)
        p = subprocess.run([args.govnet, "ergm", path, "--model", GOVNET_FORMULA, "--estimate", "mcmle", "--seed", str(r),
                            "--format", "json", "--quiet"], capture_output=True, text=True)
        if p.returncode != 0:
            failures.append((r, p.stderr.strip()))
            print(f"  {r:2d}: {g.ecount()} ties: exit {p.returncode}: {p.stderr.strip()[:200]}")
            continue
        o = json.loads(p.stdout)
        est = [c["estimate"] for c in o["coefficients"]]
        se = [c["std_error"] for c in o["coefficients"]]
        estimates.append(est)
        errors.append(se)
        inside = ["+" if abs(e - t) <= 1.96 * s else "-" for e, s, t in zip(est, se, THETA)]
        print(f"  {r:2d}: {g.ecount():4d} ties  {' '.join(f'{e:7.3f}' for e in est)}  s.e. {' '.join(f'{s:.3f}' for s in se)}  "
              f"{''.join(inside)}{'' if o['converged'] else '  (not converged)'}")
    est, se = np.array(estimates), np.array(errors)
    names = ["edges", "mutual", "nodematch.kind", "gwesp.OTP.fixed.0.5"]
    print(f"\n{len(estimates)} fits, {len(failures)} failed")
    print(f"{'term':22s} {'true':>6s} {'mean est':>9s} {'sd est':>7s} {'mean s.e.':>9s} {'coverage 95%':>13s}")
    for k, name in enumerate(names):
        cover = int(np.sum(np.abs(est[:, k] - THETA[k]) <= 1.96 * se[:, k]))
        print(f"{name:22s} {THETA[k]:6.2f} {est[:, k].mean():9.3f} {est[:, k].std(ddof=1):7.3f} {se[:, k].mean():9.3f} "
              f"{cover:>6d}/{len(est)}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"theta": THETA, "n": args.n, "estimates": estimates, "std_errors": errors, "failures": failures}, f, indent=1)


if __name__ == "__main__":
    main()
