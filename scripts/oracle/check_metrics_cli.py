#!/usr/bin/env python3
"""End-to-end check of `govnet metrics --format csv` against NetworkX on fresh random graphs.

For each graph (directed and undirected, weighted and not, with isolates and several components) it
writes a bare edge list, runs the built govnet, and compares every node column that has a NetworkX
counterpart (to 1e-9 relative). PageRank, eigenvector and Katz are compared twice: govnet's default
against NetworkX run to convergence (tol 1e-15, else 1e-14, 1e-13), and `--tolerance 1e-6` against
NetworkX's plain default calls. Usage: python3 scripts/oracle/check_metrics_cli.py [GOVNET] [--seeds N]
Exit status 1 when any column disagrees.
"""
import csv, io, math, os, random, subprocess, sys, tempfile
import networkx as nx

GOVNET = next((a for a in sys.argv[1:] if not a.startswith("--")), ".build/debug/govnet")
SEEDS = int(sys.argv[sys.argv.index("--seeds") + 1]) if "--seeds" in sys.argv else 4


def converged(f):
    """f(tol) at the smallest tolerance NetworkX's iteration reaches (its rounding floor)."""
    for tol in (1e-15, 1e-14, 1e-13):
        try:
            return f(tol)
        except nx.PowerIterationFailedConvergence:
            pass
    raise nx.PowerIterationFailedConvergence(100000)


def nx_columns(G, weighted, networkx_defaults):
    """NetworkX's values; the iterative centralities as NetworkX's defaults give them, or converged."""
    w = "weight" if weighted else None
    big = dict(max_iter=100000)
    if networkx_defaults:
        pagerank = lambda: nx.pagerank(G, alpha=0.85, weight=w)
        katz = lambda: nx.katz_centrality(G, weight=w)
        eigenvector = lambda: nx.eigenvector_centrality(G, max_iter=1000, weight=w)  # govnet may iterate longer than 100
    else:
        pagerank = lambda: converged(lambda t: nx.pagerank(G, alpha=0.85, weight=w, tol=t, **big))
        katz = lambda: converged(lambda t: nx.katz_centrality(G, weight=w, tol=t, **big))
        eigenvector = lambda: converged(lambda t: nx.eigenvector_centrality(G, weight=w, tol=t, **big))
    H = G.copy()
    for u, v, d in H.edges(data=True):
        d["length"] = 1.0 / d["weight"]
    L = "length" if weighted else None
    U = G.to_undirected() if G.is_directed() else G
    cols = {
        "degree": dict(G.degree()),
        "strength": dict(G.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(H, weight=L),
        "closeness": nx.closeness_centrality(H, distance=L),
        "harmonic": nx.harmonic_centrality(H, distance=L),
        "pagerank": pagerank(),
        "clustering": nx.clustering(G, weight=w),
        "core_number": nx.core_number(G),
        "constraint": nx.constraint(G, weight=w),
        "effective_size": nx.effective_size(G, weight=w),
        "articulation_point": {v: 1 if v in set(nx.articulation_points(U)) else 0 for v in G},
    }
    if G.is_directed():
        cols["in_degree"] = dict(G.in_degree())
        cols["out_degree"] = dict(G.out_degree())
    h, a = nx.hits(G)  # scipy svds: exact up to ARPACK accuracy (weights are always used by nx.hits)
    if not weighted and not any(d["weight"] != 1 for _, _, d in G.edges(data=True)):
        cols["hub"], cols["authority"] = h, a
    for name, f in (("katz", katz),):
        try:
            cols[name] = f()
        except nx.PowerIterationFailedConvergence:
            cols[name] = {v: float("nan") for v in G}  # govnet must say so: nan, not garbage
    try:
        cols["eigenvector"] = eigenvector()
    except Exception:
        pass
    return cols


def run(G, weighted, label, networkx_defaults=False):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "edges.csv")
        with open(path, "w", newline="") as f:
            wr = csv.writer(f)
            wr.writerow(["source", "target", "weight"])
            for u, v, data in G.edges(data=True):
                wr.writerow([u, v, data["weight"]])
        args = [GOVNET, "metrics", path, "--format", "csv", "--quiet"]
        if G.is_directed():
            args.append("--directed")
        if weighted:
            args.append("--weighted")
        if networkx_defaults:
            args += ["--tolerance", "1e-6"]
        out = subprocess.run(args, capture_output=True, text=True)
        if out.returncode != 0:
            print(label, "govnet failed:", out.stderr)
            return 1
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out.stdout))}
    expected = nx_columns(G, weighted, networkx_defaults)
    if networkx_defaults:
        expected = {k: v for k, v in expected.items() if k in ("pagerank", "katz", "eigenvector")}
    bad = 0
    for col, values in expected.items():
        for node, want in values.items():
            if node not in rows:  # isolates never appear in an edge list
                continue
            got = float(rows[node][col])
            if math.isnan(got) and (want is None or (isinstance(want, float) and math.isnan(want))):
                continue
            if not math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12):
                bad += 1
                if bad <= 5:
                    print(f"{label}: {col}[{node}] govnet {got!r} networkx {want!r}")
    print(f"{label}: {'ok' if bad == 0 else f'{bad} mismatches'}")
    return 1 if bad else 0


def main():
    failures = 0
    for seed in range(SEEDS):
        rng = random.Random(seed)
        for directed in (False, True):
            n = rng.randint(15, 40)
            G = nx.gnm_random_graph(n, rng.randint(n, 3 * n), seed=seed, directed=directed)
            G.remove_nodes_from([v for v in list(G) if G.degree(v) == 0])
            G = nx.relabel_nodes(G, {v: f"n{v}" for v in G})
            for u, v in G.edges():
                G[u][v]["weight"] = rng.randint(1, 5)
            for weighted in (False, True):
                label = f"seed={seed} directed={directed} weighted={weighted}"
                failures += run(G, weighted, label)
                failures += run(G, weighted, label + " --tolerance 1e-6", networkx_defaults=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
