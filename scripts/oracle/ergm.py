#!/usr/bin/env python3
"""Oracle for `govnet ergm`: ERGM statistics and maximum pseudo-likelihood estimates from ergmx.

Run from anywhere:  .venv-test/bin/python scripts/oracle/ergm.py
Writes Tests/GovNetTests/Fixtures/ergm/ergm-oracle.json, read by Tests/GovNetTests/ERGM/ERGMOracleTests.swift
and compared there to 1e-9 (estimates, standard errors, log-likelihoods) and exactly (statistics).

ergmx (PyPI, pinned in scripts/setup/requirements-test.txt) is a Python/Rust implementation of R's ergm
with ergm's term definitions and names, validated by its authors against R; its MPLE is a weighted
logistic regression on the pooled change statistics solved by Newton's method to a step below 1e-10, its
covariance the inverse information at the estimate, as in GovNet. MPLE is deterministic: no seed enters. The Monte Carlo MLEs (ergmx's defaults: two chains of 512 networks,
Hummel stepping) use seed 1; the tests compare GovNet's to them within a fifth of the standard error, the
scale of two independent Monte Carlo estimates' difference.

Networks:
- florentine15: Padgett's Florentine marriages as bundled (data/external/florentine, 15 families, no Pucci).
- flomarriage: ergm's flomarriage as ergmx bundles it (16 families with the isolate Pucci, and wealth), the
  network of the statnet tutorials, whose published values the tests also quote.
- samplike: Sampson's monks, cumulative liking (directed, 18 nodes, attribute group), with the earlier
  wave samplk1 as an edgecov matrix `prev` (for the statistics only: every samplk1 tie is in samplike, so
  edgecov(prev) is at its maximum and its MPLE is +infinity; ergmx stops at a large finite value).
- random_directed, random_undirected: G(n, p) graphs from numpy's default_rng(seed) with a random
  categorical attribute `colour` and a numeric `size`, for the statistics of every term.
"""
import csv
import json
import os
import platform
import sys

import numpy as np

import ergmx
from ergmx import datasets

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "Tests", "GovNetTests", "Fixtures", "ergm", "ergm-oracle.json")


def graph_spec(g, name, source, attributes=(), matrices=None):
    nodes = [str(v["name"]) if "name" in g.vs.attributes() else str(v.index) for v in g.vs]
    edges = sorted((e.source, e.target) if g.is_directed() else tuple(sorted((e.source, e.target))) for e in g.es)
    spec = {"name": name, "source": source, "directed": g.is_directed(), "nodes": nodes,
            "edges": [list(e) for e in edges], "attributes": {}, "matrices": {}}
    for a in attributes:
        spec["attributes"][a] = [v[a] if not isinstance(v[a], (np.floating, float)) or not float(v[a]).is_integer() else int(v[a]) for v in g.vs]
    for k, m in (matrices or {}).items():
        spec["matrices"][k] = [[float(x) for x in row] for row in m]
    return spec


def fit_mple(g, formula):
    fit = ergmx.ergm(g, formula, estimate="MPLE")
    return {"names": list(fit.coef.keys()), "estimates": list(fit.coef.values()),
            "std_errors": list(fit.stderr.values()), "log_likelihood": fit.loglik, "aic": fit.aic, "bic": fit.bic}


def fit_mcmle(g, formula):
    fit = ergmx.ergm(g, formula, seed=MCMLE_SEED)
    return {"formula": formula, "names": list(fit.coef.keys()), "estimates": list(fit.coef.values()),
            "std_errors": list(fit.stderr.values()), "seed": MCMLE_SEED, "iterations": fit.iterations}


# Monte Carlo MLE (ergmx's defaults: 2 chains, 1024 networks, Hummel stepping), seeded.
MCMLE_SEED = 1
MCMLE = {"florentine15": ["edges + triangle"], "flomarriage": ["edges + triangle"],
         "samplike": ["edges + mutual + gwesp(0.5, fixed=TRUE)", "edges + mutual + nodematch('group')"]}


def main():
    import igraph as ig
    out = {"software": {"ergmx": ergmx.__version__ if hasattr(ergmx, "__version__") else "0.5.0",
                        "numpy": np.__version__, "python": platform.python_version()},
           "networks": []}

    # Florentine, 15 families, from the bundled raw edge list.
    with open(os.path.join(ROOT, "data", "external", "florentine", "florentine_marriage_edges.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    names = sorted({r["source"] for r in rows} | {r["target"] for r in rows})
    flo15 = ig.Graph(n=len(names), edges=[(names.index(r["source"]), names.index(r["target"])) for r in rows], directed=False)
    flo15.vs["name"] = names
    # flomarriage, 16 families, as ergm (and ergmx) bundle it.
    flo16 = datasets.load("flomarriage")
    samplike = datasets.load("samplike")
    samplk1 = datasets.load("samplk1")
    prev = np.zeros((samplike.vcount(), samplike.vcount()))
    for e in samplk1.es:
        a = samplike.vs.find(name=samplk1.vs[e.source]["name"]).index
        b = samplike.vs.find(name=samplk1.vs[e.target]["name"]).index
        prev[a, b] = 1
    samplike["prev"] = prev

    rng = np.random.default_rng(20261207)
    randoms = []
    for name, directed, n, p in [("random_directed", True, 14, 0.25), ("random_undirected", False, 16, 0.3)]:
        adjacency = rng.random((n, n)) < p
        edges = [(i, j) for i in range(n) for j in range(n) if i != j and adjacency[i, j] and (directed or i < j)]
        g = ig.Graph(n=n, edges=edges, directed=directed)
        g.vs["name"] = [f"v{i}" for i in range(n)]
        g.vs["colour"] = [["red", "green", "blue"][int(x)] for x in rng.integers(0, 3, n)]
        g.vs["size"] = [int(x) for x in rng.integers(1, 10, n)]
        cov = np.round(rng.random((n, n)) * 4) / 2
        np.fill_diagonal(cov, 0)
        g["cov"] = cov
        randoms.append((name, g, cov))

    undirected_terms = ["edges", "triangle", "kstar(2)", "kstar(3)", "gwesp(0.5, fixed=TRUE)", "gwdsp(0.5, fixed=TRUE)",
                        "gwdegree(0.5, fixed=TRUE)", "gwesp(1.25, fixed=TRUE)", "nodecov('size')", "absdiff('size')",
                        "nodefactor('colour')", "nodematch('colour')", "nodematch('colour', diff=TRUE)", "edgecov('cov')"]
    directed_terms = ["edges", "mutual", "triangle", "istar(2)", "ostar(2)", "istar(3)", "gwesp(0.5, fixed=TRUE)",
                      "gwdsp(0.5, fixed=TRUE)", "gwidegree(0.5, fixed=TRUE)", "gwodegree(0.5, fixed=TRUE)", "gwesp(1.25, fixed=TRUE)",
                      "nodecov('size')", "absdiff('size')", "nodefactor('colour')", "nodematch('colour')",
                      "nodematch('colour', diff=TRUE)", "edgecov('cov')"]

    cases = [
        (graph_spec(flo15, "florentine15", "data/external/florentine/florentine_marriage_edges.csv"), flo15,
         ["edges + triangle", "edges + kstar(2)"], []),
        (graph_spec(flo16, "flomarriage", "ergmx 0.5.0 datasets.load('flomarriage') = R ergm's flomarriage", ["wealth"]), flo16,
         ["edges + triangle", "edges + kstar(2)", "edges + nodecov('wealth') + absdiff('wealth')",
          "edges + gwesp(0.5, fixed=TRUE) + gwdegree(0.5, fixed=TRUE) + gwdsp(0.5, fixed=TRUE)"],
         ["edges + triangle + kstar(2) + gwesp(0.5, fixed=TRUE) + gwdsp(0.5, fixed=TRUE) + gwdegree(0.5, fixed=TRUE) + nodecov('wealth') + absdiff('wealth')"]),
        (graph_spec(samplike, "samplike", "ergmx 0.5.0 datasets.load('samplike') = R ergm's samplike; prev = samplk1", ["group"], {"prev": prev}), samplike,
         ["edges + mutual + gwesp(0.5, fixed=TRUE)", "edges + mutual + nodematch('group') + nodefactor('group') + triangle",
          "edges + istar(2) + ostar(2) + gwidegree(0.5, fixed=TRUE) + gwodegree(0.5, fixed=TRUE) + gwdsp(0.5, fixed=TRUE)",
          "edges + mutual + nodematch('group', diff=TRUE)"],
         ["edges + mutual + triangle + istar(2) + ostar(2) + gwesp(0.5, fixed=TRUE) + gwdsp(0.5, fixed=TRUE) + gwidegree(0.5, fixed=TRUE) + gwodegree(0.5, fixed=TRUE) + nodefactor('group') + nodematch('group') + nodematch('group', diff=TRUE) + edgecov('prev')"]),
    ]
    for name, g, cov in randoms:
        terms = directed_terms if g.is_directed() else undirected_terms
        cases.append((graph_spec(g, name, "numpy default_rng(20261207) G(n, p)", ["colour", "size"], {"cov": cov}), g,
                      ["edges + nodematch('colour') + absdiff('size') + edgecov('cov')"], [" + ".join(terms)]))

    for spec, g, models, statistics in cases:
        spec["models"] = [dict(formula=f, **fit_mple(g, f)) for f in models]
        spec["mcmle"] = [fit_mcmle(g, f) for f in MCMLE.get(spec["name"], [])]
        spec["statistics"] = []
        for f in statistics:
            s = ergmx.summary_stats(g, f)
            spec["statistics"].append({"formula": f, "names": list(s.keys()), "values": list(s.values())})
        out["networks"].append(spec)

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    sys.exit(main())
