#!/usr/bin/env python3
"""Independent oracle for the re-centring table of `govnet simulate --remove`: who carries the paths of
each mechanism once a department is removed.

Run from anywhere:  /path/to/python scripts/oracle/recentring.py
Writes Tests/GovNetTests/Fixtures/resilience/recentring-oracle.json, read by
Tests/GovNetTests/Resilience/RecentringOracleTests.swift and compared there to 1e-9.

For each scenario (a network file and the departments removed) and each mechanism the ties use
(membership left out: two-mode data), and for all of them together (`all`): the graph of that view
(PyYAML + NetworkX, no GovNet code) — a DiGraph when any tie in it is directed, an undirected tie then
two opposite arcs; a Graph otherwise — and the share of every department: NetworkX's unnormalised
betweenness_centrality divided by the pairs (s, t), s != v != t, with t reachable from s (ordered on a
DiGraph, unordered on a Graph). Before: on the intact view; after: on the view with the removed
departments taken out (G.remove_nodes_from). The broker is the department with the largest share after
(first in file order on ties; none when every share is 0).
"""
import json
from pathlib import Path

import networkx as nx

from govnet_yaml import read_network

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "Tests" / "GovNetTests" / "Fixtures" / "resilience" / "recentring-oracle.json"
SCENARIOS = [
    ("networks/hubei-city-post-reform.yaml", ["EMB"]),
    ("networks/hubei-city-post-reform.yaml", ["EMB", "GOV"]),
]


def load(path):
    deps, ties = read_network(REPO / path)
    return deps, [t for t in ties if t[2] != "membership"]


def view(deps, ties):
    any_directed = any(d for _, _, _, d in ties)
    G = nx.DiGraph() if any_directed else nx.Graph()
    G.add_nodes_from(deps)
    for u, v, _, d in ties:
        if u == v:
            continue
        G.add_edge(u, v)
        if any_directed and not d:
            G.add_edge(v, u)
    return G


def shares(G):
    raw = nx.betweenness_centrality(G, normalized=False)
    directed = G.is_directed()
    reach = {s: (nx.descendants(G, s) if directed else nx.node_connected_component(G, s) - {s}) for s in G}
    out = {}
    for v in G:
        pairs = sum(1 for s in G if s != v for t in reach[s] if t != v)
        if not directed:
            pairs //= 2
        out[v] = raw[v] / pairs if pairs else 0.0
    return out


def main():
    cases = []
    for path, removed in SCENARIOS:
        deps, ties = load(path)
        mechanisms = []
        for _, _, m, _ in ties:
            if m not in mechanisms:
                mechanisms.append(m)
        rows = []
        for m in mechanisms + ["all"]:
            chosen = [t for t in ties if m == "all" or t[2] == m]
            G = view(deps, chosen)
            before = shares(G)
            H = G.copy()
            H.remove_nodes_from(removed)
            after = shares(H)
            broker = None
            for d in deps:
                if d in after and after[d] > 0 and (broker is None or after[d] > after[broker]):
                    broker = d
            rows.append({"mechanism": m, "broker": broker,
                         "share_after": after[broker] if broker else 0.0,
                         "share_before": before[broker] if broker else 0.0,
                         "shares_after": {d: after[d] for d in deps if d in after}})
        cases.append({"network": path, "removed": removed, "mechanisms": rows})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"generator": "scripts/oracle/recentring.py", "networkx": nx.__version__, "cases": cases},
                              indent=1, sort_keys=True) + "\n")
    print(f"wrote {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
