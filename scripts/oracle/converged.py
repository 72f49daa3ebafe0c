#!/usr/bin/env python3
"""Converged values of the iterative centralities (eigenvector, PageRank, Katz): the oracle of GovNet's
default (full convergence), and NetworkX's default-call values, the oracle of `--tolerance 1e-6`.

Run from anywhere:  python3 scripts/oracle/converged.py
Reads the graphs of Tests/GovNetTests/Fixtures/oracle/*.json (written by generate.py) plus a 120-node
Barabási–Albert graph, and writes Tests/GovNetTests/Fixtures/converged/centralities.json:

  {"<graph>": {"graph": {...only for graphs not in oracle/...},
               "<variant>": {"converged": {metric: {node: value|null}},
                             "networkx_defaults": {metric: {node: value|null}}}}}

variant = "unweighted" (weight=None) or "weighted" (weight="weight", weighted graphs only).

"converged" is NetworkX's own power iteration run to the floor of floating-point rounding:
  nx.eigenvector_centrality(G, max_iter=100000, tol=1e-15, weight=W)
  nx.pagerank(G, alpha=0.85, max_iter=100000, tol=1e-15, weight=W)
  nx.katz_centrality(G, alpha=0.1, beta=1.0, max_iter=100000, tol=1e-15, normalized=True, weight=W)
(if tol=1e-15 cannot be met because rounding noise is larger, 1e-14 then 1e-13; the tolerance used is
not written, the check below bounds the error). Each converged value is checked against a second
opinion and the script exits 1 if any differs by more than 1e-11 relative:
  - PageRank: the exact solution of (I - alpha P^T) x = (1 - alpha)/n, P row-normalised with dangling rows
    uniform (dense numpy solve), and python-igraph `Graph.pagerank` (PRPACK);
  - Katz: the exact solution of (I - alpha A^T) x = beta, scaled to Euclidean norm 1;
  - eigenvector: the limit of the power iteration x <- (A + I)^T x from the uniform vector, computed from
    the eigen-decomposition (projection of the start vector onto the dominant eigenspace of (A + I)^T;
    for an undirected graph with a simple dominant eigenvalue this is igraph's `eigenvector_centrality`
    scaled to norm 1, also compared).
"networkx_defaults" is the plain call with NetworkX's defaults (tol=1e-6; max_iter 100 for eigenvector and
PageRank, 1000 for Katz): what `govnet metrics --tolerance 1e-6` reproduces.
null = undefined: NetworkX raised (no nodes, no convergence), or the limit does not exist by the dense
check (Katz with alpha >= 1/lambda_max, where NetworkX's iteration diverges; an eigenvector iteration that
rotates, flips sign or drifts to a sink, where it never settles) and NetworkX is not called.

Deterministic (PYTHONHASHSEED=0, one BLAS thread, sort_keys): rerunning leaves `git diff` empty.
Needs networkx==3.6.1, numpy, scipy, python-igraph (scripts/setup/requirements-test.txt).
"""
import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import json
import math
import warnings
from pathlib import Path

import igraph as ig
import networkx as nx
import numpy as np

REPO = Path(__file__).resolve().parents[2]
ORACLE = REPO / "Tests" / "GovNetTests" / "Fixtures" / "oracle"
OUT = REPO / "Tests" / "GovNetTests" / "Fixtures" / "converged" / "centralities.json"
FAILED = (nx.NetworkXError, nx.NetworkXPointlessConcept, nx.PowerIterationFailedConvergence, ZeroDivisionError)
PROBLEMS = []


def attempt(fn):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            return fn()
    except FAILED:
        return None


def converged(fn):
    """fn(tol) at the smallest tolerance the iteration reaches (rounding floor), or None."""
    for tol in (1e-15, 1e-14, 1e-13):
        value = attempt(lambda: fn(tol))
        if value is not None:
            return value
    return None


def clean(d, nodes):
    if d is None:
        return {v: None for v in nodes}
    return {v: (None if math.isnan(float(d[v])) else float(d[v])) for v in nodes}


def maxrel(a, b):
    worst = 0.0
    for k in a:
        x, y = a[k], b[k]
        worst = max(worst, abs(x - y) / max(1.0, abs(y)) if abs(y) >= 1 else abs(x - y))
    return worst


def check(name, metric, got, ref, source):
    if got is None or ref is None:
        return
    dev = maxrel(got, ref)
    print(f"  {name:34s} {metric:12s} vs {source:28s} {dev:.1e}")
    if dev > 1e-11:
        PROBLEMS.append((name, metric, source, dev))


def dense(G, nodes, W):
    return nx.to_numpy_array(G, nodelist=nodes, weight=W) if nodes else np.zeros((0, 0))


def pagerank_exact(A, n, alpha=0.85):
    out = A.sum(axis=1)
    P = np.where(out[:, None] > 0, A / np.where(out[:, None] > 0, out[:, None], 1), 1.0 / n)
    x = np.linalg.solve(np.eye(n) - alpha * P.T, np.full(n, (1 - alpha) / n))
    return x / x.sum()


def katz_exact(A, n, alpha=0.1, beta=1.0):
    lam = max(abs(np.linalg.eigvals(A))) if n else 0
    if alpha * lam >= 1:
        return None
    x = np.linalg.solve(np.eye(n) - alpha * A.T, np.full(n, beta))
    return x / np.linalg.norm(x)


def eigenvector_limit(A, n):
    """Limit of x <- M x / |M x|, M = (A + I)^T, x0 = 1/n: projection of x0 onto the dominant eigenspace."""
    M = A.T + np.eye(n)
    vals, vecs = np.linalg.eig(M)
    top = max(abs(vals))
    dominant = [i for i in range(n) if abs(abs(vals[i]) - top) <= 1e-9 * top]
    if any(abs(vals[i].imag) > 1e-12 or vals[i].real < 0 for i in dominant):
        return None  # rotation or sign flip: the iteration does not settle
    V = vecs[:, dominant]
    if np.linalg.matrix_rank(V, tol=1e-8) < len(dominant):
        return None  # defective (Jordan block): the iteration converges polynomially, if at all
    coeffs = np.linalg.lstsq(V, np.full(n, 1.0 / n), rcond=None)[0]
    x = (V @ coeffs).real
    norm = np.linalg.norm(x)
    return None if norm < 1e-12 else np.abs(x) / norm


def variant(name, G, nodes, weighted):
    W = "weight" if weighted else None
    H = G.copy()
    if not weighted:
        for _, _, d in H.edges(data=True):
            d.clear()
    n = len(nodes)
    A = dense(H, nodes, W)
    # Where the limit does not exist (Katz with alpha >= 1/lambda_max; an eigenvector iteration that
    # rotates, flips or drifts), NetworkX would spend max_iter iterations to fail: not called.
    katz_exists = n > 0 and katz_exact(A, n) is not None
    eigen_exists = n > 0 and H.number_of_edges() > 0 and eigenvector_limit(A, n) is not None
    conv = {
        "eigenvector": converged(lambda t: nx.eigenvector_centrality(H, max_iter=100000, tol=t, weight=W))
        if eigen_exists or n == 1 else None,
        "pagerank": converged(lambda t: nx.pagerank(H, alpha=0.85, max_iter=100000, tol=t, weight=W)),
        "katz": converged(lambda t: nx.katz_centrality(H, alpha=0.1, beta=1.0, max_iter=100000, tol=t,
                                                       normalized=True, weight=W)) if katz_exists or n == 0 else None,
    }
    defaults = {
        "eigenvector": attempt(lambda: nx.eigenvector_centrality(H, weight=W)),
        "pagerank": attempt(lambda: nx.pagerank(H, weight=W)),
        "katz": attempt(lambda: nx.katz_centrality(H, weight=W)) if katz_exists or n == 0 else None,
    }
    label = f"{name}/{'weighted' if weighted else 'unweighted'}"
    if n > 0:
        as_dict = lambda x: None if x is None else dict(zip(nodes, map(float, x)))
        check(label, "pagerank", conv["pagerank"], as_dict(pagerank_exact(A, n)), "dense solve")
        idx = {v: i for i, v in enumerate(nodes)}
        edges = list(H.edges(data=True))
        I = ig.Graph(n=n, edges=[(idx[u], idx[v]) for u, v, _ in edges], directed=H.is_directed())
        ws = [d.get("weight", 1.0) for _, _, d in edges] if weighted else None
        pr = I.pagerank(damping=0.85, weights=ws)
        check(label, "pagerank", conv["pagerank"], dict(zip(nodes, pr)), "igraph pagerank (PRPACK)")
        check(label, "katz", conv["katz"], as_dict(katz_exact(A, n)), "dense solve")
        if H.number_of_edges() > 0:
            check(label, "eigenvector", conv["eigenvector"], as_dict(eigenvector_limit(A, n)), "eigen-decomposition")
            if not H.is_directed() and nx.is_connected(H):
                ev = np.array(I.eigenvector_centrality(weights=ws, scale=True))
                check(label, "eigenvector", conv["eigenvector"], dict(zip(nodes, ev / np.linalg.norm(ev))),
                      "igraph eigenvector (ARPACK)")
    return {"converged": {m: clean(v, nodes) for m, v in conv.items()},
            "networkx_defaults": {m: clean(v, nodes) for m, v in defaults.items()}}


def graph_from_fixture(g):
    G = nx.DiGraph() if g["directed"] else nx.Graph()
    G.add_nodes_from(g["nodes"])
    for u, v, w in g["edges"]:
        G.add_edge(u, v, weight=w)
    return G


def main():
    if nx.__version__ != "3.6.1":
        sys.exit(f"needs NetworkX 3.6.1, found {nx.__version__}")
    result = {}
    for path in sorted(ORACLE.glob("*.json")):
        g = json.loads(path.read_text())["graph"]
        G = graph_from_fixture(g)
        entry = {"unweighted": variant(path.stem, G, g["nodes"], False)}
        if g["weighted"]:
            entry["weighted"] = variant(path.stem, G, g["nodes"], True)
        result[path.stem] = entry
    # The graph of the convergence complaint: Barabási–Albert, 120 nodes, 2 ties per newcomer, seed 1.
    ba = nx.barabasi_albert_graph(120, 2, seed=1)
    ba = nx.relabel_nodes(ba, {i: str(i) for i in ba.nodes})
    nodes = [str(i) for i in range(120)]
    edges = sorted(([u, v, 1] if int(u) < int(v) else [v, u, 1] for u, v in ba.edges()), key=lambda e: (int(e[0]), int(e[1])))
    G = nx.Graph()
    G.add_nodes_from(nodes)
    G.add_edges_from((u, v) for u, v, _ in edges)
    result["barabasi_albert_120"] = {
        "graph": {"name": "barabasi_albert_120", "source": "nx.barabasi_albert_graph(120, 2, seed=1)",
                  "directed": False, "weighted": False, "nodes": nodes, "edges": edges},
        "unweighted": variant("barabasi_albert_120", G, nodes, False),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, sort_keys=True, indent=1) + "\n")
    print(f"wrote {OUT.relative_to(REPO)}")
    if PROBLEMS:
        for p in PROBLEMS:
            print("DISAGREES:", *p)
        sys.exit(1)


if __name__ == "__main__":
    main()
