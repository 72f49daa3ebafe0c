#!/usr/bin/env python3
"""Oracle for the Monte Carlo parts of `govnet ergm`: goodness of fit (`--gof`) and the log-likelihood of the
Monte Carlo MLE, from ergmx, with an independent recomputation of the goodness-of-fit distributions.

Run from anywhere:  .venv-test/bin/python scripts/oracle/ergm_montecarlo.py
Reads the networks of Tests/GovNetTests/Fixtures/ergm/ergm-oracle.json (written by scripts/oracle/ergm.py) and
writes Tests/GovNetTests/Fixtures/ergm/ergm-montecarlo-oracle.json, read by
Tests/GovNetTests/ERGM/ERGMMonteCarloOracleTests.swift.

1. distributions: each network's degree (in/out when directed), edgewise-shared-partner (directed: outgoing
   two-paths, ergm's OTP) and geodesic-distance distributions, as ergmx's gof computes them; the script checks
   them against its own recount with networkx (breadth-first distances, neighbour-set intersections) and stops
   if they differ. Deterministic; the tests compare exactly.
2. gof: ergmx.gof(network, formula, coef, nsim=NSIM, seed=1) at the coefficients of ergmx's Monte Carlo MLE in
   ergm-oracle.json: per value, the mean and standard deviation of the simulated counts. The tests simulate as
   many networks with GovNet and compare the means within Monte Carlo error (the simulations differ: only
   their distributions agree).
3. loglik: the log-likelihood at those coefficients by ergmx's path sampling ("bridge sampling" in ergm), from
   the dyad-independent submodel (with an edges term), 32 bridges of 256 networks, seed 1, with its Monte Carlo
   standard error.
"""
import json
import os
import platform
import sys

import networkx as nx
import numpy as np

import ergmx
from ergmx import _gof, _loglik
from ergmx._estimation import Control
from ergmx._model import bind

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
IN = os.path.join(ROOT, "Tests", "GovNetTests", "Fixtures", "ergm", "ergm-oracle.json")
OUT = os.path.join(ROOT, "Tests", "GovNetTests", "Fixtures", "ergm", "ergm-montecarlo-oracle.json")
NSIM = 2000
SEED = 1
# (network, formula as ergm writes it, formula as GovNet writes it)
GOF = [("florentine15", "edges + triangle", "edges + triangle"),
       ("flomarriage", "edges + triangle", "edges + triangle"),
       ("samplike", "edges + mutual + nodematch('group')", "edges + mutual + nodematch(group)")]
LOGLIK = GOF + [("samplike", "edges + mutual + gwesp(0.5, fixed=TRUE)", "edges + mutual + gwesp(0.5, fixed)")]


def graph(spec):
    import igraph as ig
    g = ig.Graph(n=len(spec["nodes"]), edges=[tuple(e) for e in spec["edges"]], directed=spec["directed"])
    g.vs["name"] = spec["nodes"]
    for a, values in spec["attributes"].items():
        g.vs[a] = values
    return g


def recount(spec):
    """The distributions by networkx, independently of ergmx."""
    n, directed = len(spec["nodes"]), spec["directed"]
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(tuple(e) for e in spec["edges"])
    out = {}
    if directed:
        out["idegree"] = np.bincount([d for _, d in g.in_degree()], minlength=n).tolist()
        out["odegree"] = np.bincount([d for _, d in g.out_degree()], minlength=n).tolist()
        esp = [len(set(g.successors(i)) & set(g.predecessors(j))) for i, j in g.edges()]
    else:
        out["degree"] = np.bincount([d for _, d in g.degree()], minlength=n).tolist()
        esp = [len(set(g[i]) & set(g[j])) for i, j in g.edges()]
    out["espartners"] = np.bincount(esp, minlength=n - 1).tolist()[:n - 1]
    distance = [0] * n
    for s, lengths in nx.all_pairs_shortest_path_length(g):
        for t, d in lengths.items():
            if t != s:
                distance[d - 1] += 1
    pairs = n * (n - 1)
    distance[n - 1] = pairs - sum(distance[:n - 1])
    out["distance"] = distance if directed else [x // 2 for x in distance]
    return out


def main():
    with open(IN, encoding="utf-8") as f:
        networks = {s["name"]: s for s in json.load(f)["networks"]}
    out = {"software": {"ergmx": getattr(ergmx, "__version__", "0.5.0"), "networkx": nx.__version__,
                        "numpy": np.__version__, "python": platform.python_version()},
           "nsim": NSIM, "seed": SEED, "distributions": [], "gof": [], "loglik": []}
    for name, spec in networks.items():
        edges = np.array(spec["edges"], dtype=np.uint32).reshape(-1, 2)
        n = len(spec["nodes"])
        stats = (["idegree", "odegree"] if spec["directed"] else ["degree"]) + ["espartners", "distance"]
        mine = recount(spec)
        entry = {"network": name}
        for s in stats:
            theirs = [int(x) for x in _gof._distribution(n, spec["directed"], edges, s)]
            if theirs != mine[s]:
                sys.exit(f"{name} {s}: ergmx {theirs} but networkx {mine[s]}")
            entry[s] = theirs
        out["distributions"].append(entry)

    def coefficients(name, formula):
        return next(m for m in networks[name]["mcmle"] if m["formula"] == formula)["estimates"]

    for name, formula, govnet in GOF:
        coef = coefficients(name, formula)
        result = ergmx.gof(graph(networks[name]), formula, coef, nsim=NSIM, seed=SEED)
        tables = []
        for t in result:
            if t.kind == "model":
                continue
            tables.append({"statistic": t.kind, "labels": list(t.labels), "observed": t.observed.tolist(),
                           "mean": t.simulated.mean(axis=0).tolist(), "sd": t.simulated.std(axis=0, ddof=1).tolist()})
        out["gof"].append({"network": name, "formula": formula, "govnet_formula": govnet, "coefficients": coef, "tables": tables})
        print(f"gof {name} {formula}")

    for name, formula, govnet in LOGLIK:
        spec = networks[name]
        coef = coefficients(name, formula)
        model = bind(graph(spec), formula, None)
        loglik, se, relative = _loglik.bridge_loglik(model, np.array(coef, dtype=float), Control(n_chains=1), Control.interval,
                                                     np.random.default_rng(SEED))
        out["loglik"].append({"network": name, "formula": formula, "govnet_formula": govnet, "coefficients": coef,
                              "log_likelihood": loglik, "mc_std_error": se, "relative": relative})
        print(f"loglik {name} {formula}: {loglik:.4f} (MC s.e. {se:.4f})")

    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    sys.exit(main())
