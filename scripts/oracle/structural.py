#!/usr/bin/env python3
"""Oracle for GovNet's structural analyses: triad census, Krackhardt's dimensions, structural equivalence,
blockmodels and two-mode measures, computed by NetworkX and by R's sna on the same graphs.

Run from anywhere:  python3 scripts/oracle/structural.py
Writes Tests/GovNetTests/Fixtures/structural/one-mode.json and two-mode.json. Needs NetworkX 3.6.1, PyYAML and
Rscript with the packages sna, network and jsonlite (Debian: apt-get install r-cran-sna r-cran-network
r-cran-jsonlite); the R half is scripts/oracle/structural.R, fed the adjacency matrices as JSON.
Deterministic (sorted nodes and edges, sort_keys): rerunning leaves `git diff` empty.
See scripts/oracle/README.md ("Structural analyses") for what each value is.
"""
import os
import sys

# Fixed string hashing: NetworkX sums over sets of nodes (collaboration weights), and the order changes the
# last bits of a float. Re-exec with a fixed seed, as generate.py does.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import itertools
import json
import subprocess
import tempfile
from fractions import Fraction
from pathlib import Path

import networkx as nx
import yaml
from networkx.algorithms import bipartite

REPO = Path(__file__).resolve().parents[2]
ORACLE = REPO / "Tests" / "GovNetTests" / "Fixtures" / "oracle"
OUT = REPO / "Tests" / "GovNetTests" / "Fixtures" / "structural"
NAMES = list(nx.algorithms.triads.TRIAD_NAMES)


def clean(x):
    if x is None:
        return None
    x = float(x)
    return None if x != x or x in (float("inf"), float("-inf")) else x


def extra_graphs():
    """Small graphs with known structure, beside the metric oracle's graphs."""
    gs = []
    # An out-tree: superior -> subordinate; Krackhardt's four dimensions are all 1.
    t = nx.DiGraph([("0", "1"), ("0", "2"), ("1", "3"), ("1", "4"), ("2", "5"), ("2", "6")])
    gs.append(("out_tree7", t, "binary out-tree of depth 2, arcs superior -> subordinate"))
    # The same tree with a cross tie, a back tie and a second root: violations of each dimension.
    v = nx.DiGraph([("0", "1"), ("0", "2"), ("1", "3"), ("1", "4"), ("2", "5"), ("2", "6"), ("3", "4"),
                    ("5", "2"), ("7", "6"), ("8", "9")])
    gs.append(("tree_violations", v, "out-tree plus a sibling tie, a tie upwards, a second root and a separate pair"))
    for seed, (n, m) in enumerate([(12, 30), (15, 25), (9, 40), (20, 60)]):
        g = nx.gnm_random_graph(n, m, seed=100 + seed, directed=True)
        g = nx.relabel_nodes(g, {i: str(i) for i in g})
        gs.append((f"gnm_directed_{n}_{m}", g, f"nx.gnm_random_graph({n}, {m}, seed={100 + seed}, directed=True)"))
    c = nx.complete_graph(5, create_using=nx.DiGraph)
    gs.append(("complete_directed5", nx.relabel_nodes(c, {i: str(i) for i in c}), "nx.complete_graph(5, create_using=nx.DiGraph)"))
    e = nx.empty_graph(4, create_using=nx.DiGraph)
    gs.append(("empty_directed4", nx.relabel_nodes(e, {i: str(i) for i in e}), "nx.empty_graph(4, create_using=nx.DiGraph)"))
    return gs


def load_graphs():
    out = []
    for path in sorted(ORACLE.glob("*.json")):
        spec = json.loads(path.read_text())["graph"]
        g = nx.DiGraph() if spec["directed"] else nx.Graph()
        g.add_nodes_from(spec["nodes"])
        g.add_edges_from((u, v) for u, v, _ in spec["edges"])
        out.append((spec["name"], g, f"graph of Fixtures/oracle/{path.name}: {spec['source']}"))
    out += extra_graphs()
    return out


def as_digraph(g):
    """An undirected edge is a mutual dyad (two opposite arcs), as GovNet's triad census counts it."""
    return g if g.is_directed() else g.to_directed()


def uman_exhaustive(n, mutual, asym):
    """Average triad census over every digraph on n nodes with the given dyad census (exact fractions)."""
    dyads = list(itertools.combinations(range(n), 2))
    total = {k: Fraction(0) for k in NAMES}
    count = 0
    for ms in itertools.combinations(range(len(dyads)), mutual):
        rest = [d for d in range(len(dyads)) if d not in ms]
        for asyms in itertools.combinations(rest, asym):
            for flips in itertools.product((0, 1), repeat=asym):
                g = nx.DiGraph()
                g.add_nodes_from(range(n))
                for d in ms:
                    a, b = dyads[d]
                    g.add_edges_from([(a, b), (b, a)])
                for d, f in zip(asyms, flips):
                    a, b = dyads[d]
                    g.add_edge(*((a, b) if f == 0 else (b, a)))
                for k, v in nx.triadic_census(g).items():
                    total[k] += v
                count += 1
    return {k: float(total[k] / count) for k in NAMES}


def core_periphery_exhaustive(g, between):
    """Borgatti & Everett's discrete core-periphery optimum by trying every partition (numpy corrcoef over
    the compared cells of the 0/1 matrix). Ties within 1e-12 go to the smaller core, then to the core
    holding the first differing node; partitions with an undefined correlation are skipped."""
    import numpy as np
    nodes = list(g.nodes)
    n = len(nodes)
    a = nx.to_numpy_array(g, nodelist=nodes, weight=None)
    off = ~np.eye(n, dtype=bool)
    best = None
    for mask in range(1, 2 ** n):
        core = np.array([(mask >> i) & 1 == 1 for i in range(n)])
        cc = np.outer(core, core)
        pp = np.outer(~core, ~core)
        if between == "ignore":
            cells = off & (cc | pp)
            ideal = cc[cells]
        elif between == "present":
            cells = off
            ideal = (~pp)[cells]
        else:
            cells = off
            ideal = cc[cells]
        x = a[cells]
        if x.size < 2 or x.std() == 0 or ideal.std() == 0:
            continue
        r = float(np.corrcoef(x, ideal.astype(float))[0, 1])
        key = core.tolist()
        if best is None or r > best[0] + 1e-12:
            best = (r, key)
        elif abs(r - best[0]) <= 1e-12:
            size, bsize = sum(key), sum(best[1])
            first = next((i for i in range(n) if key[i] != best[1][i]), None)
            if size < bsize or (size == bsize and first is not None and key[first]):
                best = (max(r, best[0]), key)
    if best is None:
        return {"core": [], "fit": None}
    return {"core": [nodes[i] for i in range(n) if best[1][i]], "fit": best[0]}


def run_r(graphs):
    payload = [{"name": name, "directed": g.is_directed(), "n": g.number_of_nodes(),
                "matrix": nx.to_numpy_array(g, nodelist=nodes, weight=None, dtype=int).tolist()}
               for name, g, nodes in graphs]
    with tempfile.TemporaryDirectory() as tmp:
        inp, outp = Path(tmp) / "in.json", Path(tmp) / "out.json"
        inp.write_text(json.dumps(payload))
        subprocess.run(["Rscript", str(REPO / "scripts" / "oracle" / "structural.R"), str(inp), str(outp)], check=True)
        return numbers(json.loads(outp.read_text()))


def numbers(x):
    """The R half writes numbers as "%.17g" strings (full precision); turn them back into floats."""
    if isinstance(x, dict):
        return {k: (x[k] if k in ("name", "sna_version") else numbers(x[k])) for k in x}
    if isinstance(x, list):
        return [numbers(y) for y in x]
    if isinstance(x, str):
        f = float(x)
        return int(f) if f.is_integer() and abs(f) < 2**53 else f
    return x


def main():
    if nx.__version__ != "3.6.1":
        sys.exit(f"need NetworkX 3.6.1, found {nx.__version__}")
    graphs = load_graphs()
    sna = run_r([(name, g, list(g.nodes)) for name, g, _ in graphs])
    records = []
    for (name, g, source), r in zip(graphs, sna):
        assert r["name"] == name
        d = as_digraph(g)
        census = nx.triadic_census(d) if len(d) >= 3 else {k: 0 for k in NAMES}
        rec = {"name": name, "source": source, "directed": g.is_directed(), "nodes": list(g.nodes),
               "edges": sorted([u, v] for u, v in g.edges) if g.is_directed()
                        else sorted(sorted([u, v], key=list(g.nodes).index) for u, v in g.edges),
               "networkx": {"triad_census": [census[k] for k in NAMES]},
               "sna": r["values"]}
        if 3 <= len(g) <= 12:
            rec["core_periphery"] = {b: core_periphery_exhaustive(g, b) for b in ("ignore", "present", "absent")}
        records.append(rec)
    uman = []
    for n, m, a in [(4, 2, 2), (5, 2, 3), (5, 0, 4), (6, 1, 2), (5, 3, 0)]:
        uman.append({"nodes": n, "mutual": m, "asymmetric": a, "expected": [uman_exhaustive(n, m, a)[k] for k in NAMES]})
    OUT.mkdir(parents=True, exist_ok=True)
    doc = {"generator": "scripts/oracle/structural.py", "networkx": nx.__version__, "sna": sna[0]["sna_version"] if sna else None,
           "triad_codes": NAMES, "graphs": records, "uman_exhaustive": uman}
    (OUT / "one-mode.json").write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n")


def two_mode_graphs():
    """(name, source, first-mode ids, second-mode ids, affiliations) of the two-mode oracle."""
    gs = []
    davis = nx.davis_southern_women_graph()
    women, events = davis.graph["top"], davis.graph["bottom"]
    gs.append(("davis_southern_women", "nx.davis_southern_women_graph() (Davis, Gardner & Gardner 1941)",
               list(women), list(events), [(u, v) for u in women for v in davis[u]]))
    for seed, (n, m, p) in enumerate([(8, 5, 0.35), (12, 4, 0.3), (6, 9, 0.25), (10, 10, 0.15)]):
        b = bipartite.random_graph(n, m, p, seed=40 + seed)
        top = [f"d{i}" for i in range(n)]
        bottom = [f"b{i}" for i in range(m)]
        name = {i: (top[i] if i < n else bottom[i - n]) for i in b}
        gs.append((f"random_bipartite_{n}_{m}", f"bipartite.random_graph({n}, {m}, {p}, seed={40 + seed}) (nodes d0… then b0…)",
                   top, bottom, sorted((name[u], name[v]) if u < n else (name[v], name[u]) for u, v in b.edges)))
    gs.append(("star_1_5", "one department in five bodies", ["d"], [f"b{i}" for i in range(5)], [("d", f"b{i}") for i in range(5)]))
    gs.append(("complete_3_4", "complete bipartite K(3, 4)", ["d0", "d1", "d2"], ["b0", "b1", "b2", "b3"],
               [(f"d{i}", f"b{j}") for i in range(3) for j in range(4)]))
    # The shipped networks, built as TwoModeMetrics.affiliations does (docs/metrics.md, "Two-mode analysis").
    for path in sorted((REPO / "networks").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text())
        order = {d["id"]: i for i, d in enumerate(doc.get("departments") or [])}
        key = lambda x: (order.get(x, len(order)), x)
        ties = [t for t in doc.get("ties") or [] if t.get("mechanism") == "membership" and t["from"] != t["to"]]
        if ties:
            targets = {t["to"] for t in ties}
            pairs = [(t["from"], t["to"]) for t in ties if t["from"] not in targets]
            first = sorted({a for a, _ in pairs}, key=key)
            gs.append((f"{path.stem}:membership", f"networks/{path.name}, membership ties (member -> body)",
                       first, sorted(targets, key=key), sorted(set(pairs))))
        functions = doc.get("functions") or []
        pairs = [(a["department"], f["id"]) for f in functions for a in f.get("assignments") or []]
        if pairs:
            first = sorted({a for a, _ in pairs}, key=key)
            second = [f["id"] for f in functions if f.get("assignments")]
            gs.append((f"{path.stem}:functions", f"networks/{path.name}, function assignments (department -> function)",
                       first, second, sorted(set(pairs))))
    return gs


def two_mode_record(name, source, first, second, pairs):
    # Second-mode ids may repeat first-mode ids (a function named like a department): tag the nodes.
    B = nx.Graph()
    B.add_nodes_from(("1", x) for x in first)
    B.add_nodes_from(("2", x) for x in second)
    B.add_edges_from((("1", a), ("2", b)) for a, b in pairs)
    top = [("1", x) for x in first]
    rec = {"name": name, "source": source, "first": first, "second": second, "edges": [list(p) for p in sorted(set(pairs))]}

    def per_node(d):
        return {"first": [clean(d[("1", x)]) for x in first], "second": [clean(d[("2", x)]) for x in second]}
    rec["degree"] = per_node(bipartite.degree_centrality(B, top))
    rec["closeness"] = per_node(bipartite.closeness_centrality(B, top, normalized=True))
    try:
        rec["betweenness"] = per_node(bipartite.betweenness_centrality(B, top))
    except ZeroDivisionError:
        rec["betweenness"] = None  # a mode whose largest possible betweenness is 0
    proj = {}
    for mode, nodes, ids in (("first", top, first), ("second", [("2", x) for x in second], second)):
        index = {v: i for i, v in enumerate(nodes)}
        out = {}
        for weighting, f in (("count", lambda: bipartite.weighted_projected_graph(B, nodes)),
                             ("newman", lambda: bipartite.collaboration_weighted_projected_graph(B, nodes)),
                             ("overlap", lambda: bipartite.overlap_weighted_projected_graph(B, nodes))):
            P = f()
            out[weighting] = sorted([min(index[u], index[v]), max(index[u], index[v]), float(w)]
                                    for u, v, w in P.edges(data="weight"))
        proj[mode] = out
    rec["projection"] = proj
    return rec


def write_two_mode():
    records = [two_mode_record(*g) for g in two_mode_graphs()]
    doc = {"generator": "scripts/oracle/structural.py", "networkx": nx.__version__, "graphs": records}
    (OUT / "two-mode.json").write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
    write_two_mode()
