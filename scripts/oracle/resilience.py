#!/usr/bin/env python3
"""Oracle for GovNet's failure curves: targeted-attack curves computed directly with NetworkX.

Run from anywhere:  python3 scripts/oracle/resilience.py
Writes Tests/GovNetTests/Fixtures/resilience/<name>.json, read by
Tests/GovNetTests/Resilience/FailureCurveOracleTests.swift.

For each graph G with n nodes (string ids):
- order: the non-adaptive targeted attack by total degree in the intact graph (DiGraph: in + out),
  descending, ties broken by node id ascending (Python string order): sorted(G, key=(-deg, id)).
- adaptive_order: the adaptive degree attack: after each removal the degree is recomputed on the
  remaining graph and the highest (ties by id) goes next.
- After each removal step k = 0..n (step 0 intact), with H = G.subgraph(remaining):
  largest_component_fraction = len(max(weakly_connected_components(H) | connected_components(H), key=len)) / n
  largest_strong_component_fraction (DiGraph only) = len(max(strongly_connected_components(H), key=len)) / n
  efficiency = nx.global_efficiency(H.to_undirected()) (NetworkX's is undirected-only)
  disconnected_pairs = r(r-1)/2 - sum over weak components of s(s-1)/2, r = remaining nodes
- robustness = mean of largest_component_fraction over k = 1..n (Schneider et al. 2011).
Graphs: Zachary's karate club (NetworkX copy), two directed EMON networks (networks/emon, read with
PyYAML), a G(n, m) random graph with isolates (seed 7), the post-reform Hubei network (all mechanisms;
an undirected tie is two opposite arcs, as GovNet's directed views do).
Requires NetworkX 3.6.1 and PyYAML. Deterministic (sorted node lists, sort_keys).
"""
import json
from pathlib import Path

import networkx as nx

from govnet_yaml import read_network

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "Tests" / "GovNetTests" / "Fixtures" / "resilience"


def network_graph(path):
    """DiGraph (or Graph when no tie is directed) of a GovNet YAML network, nodes in file order."""
    departments, ties = read_network(path)
    any_directed = any(d for _, _, _, d in ties)
    G = nx.DiGraph() if any_directed else nx.Graph()
    G.add_nodes_from(departments)
    for u, v, _, directed in ties:
        if u == v:
            continue
        G.add_edge(u, v)
        if any_directed and not directed:
            G.add_edge(v, u)
    return G


def components(H):
    return nx.weakly_connected_components(H) if H.is_directed() else nx.connected_components(H)


def curve(G, order):
    n = G.number_of_nodes()
    rows = {"largest_component_fraction": [], "efficiency": [], "disconnected_pairs": []}
    if G.is_directed():
        rows["largest_strong_component_fraction"] = []
    removed = set()
    for k in range(n + 1):
        if k > 0:
            removed.add(order[k - 1])
        H = G.subgraph([v for v in G if v not in removed])
        comps = list(components(H))
        r = H.number_of_nodes()
        rows["largest_component_fraction"].append(len(max(comps, key=len)) / n if comps else 0.0)
        if G.is_directed():
            strong = list(nx.strongly_connected_components(H))
            rows["largest_strong_component_fraction"].append(len(max(strong, key=len)) / n if strong else 0.0)
        rows["efficiency"].append(nx.global_efficiency(H.to_undirected()))
        rows["disconnected_pairs"].append(r * (r - 1) // 2 - sum(len(c) * (len(c) - 1) // 2 for c in comps))
    lcf = rows["largest_component_fraction"]
    rows["robustness"] = sum(lcf[1:]) / n if n else None
    return rows


def degree_order(G):
    deg = dict(G.degree())
    return sorted(G.nodes, key=lambda v: (-deg[v], v))


def adaptive_degree_order(G):
    H = G.copy()
    order = []
    while H.number_of_nodes():
        deg = dict(H.degree())
        v = min(H.nodes, key=lambda u: (-deg[u], u))
        order.append(v)
        H.remove_node(v)
    return order


def fixture(name, source, G):
    order = degree_order(G)
    data = {
        "name": name,
        "source": source,
        "software": f"NetworkX {nx.__version__}",
        "directed": G.is_directed(),
        "nodes": list(G.nodes),
        "edges": sorted([u, v] for u, v in G.edges),
        "order": order,
        "curve": curve(G, order),
        "adaptive_order": adaptive_degree_order(G),
    }
    (OUT / f"{name}.json").write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    print(f"{name}: n={G.number_of_nodes()} m={G.number_of_edges()} R={data['curve']['robustness']:.6f}")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    karate = nx.relabel_nodes(nx.karate_club_graph(), {i: str(i) for i in range(34)})
    karate = nx.Graph(karate.edges())  # drop the weights: curves are topological
    karate.add_nodes_from(str(i) for i in range(34))
    fixture("karate", "nx.karate_club_graph() (Zachary 1977), ids '0'..'33', unweighted", karate)
    for emon in ["Texas", "MtSi"]:
        fixture(f"emon-{emon}", f"networks/emon/{emon}.yaml, all ties as arcs", network_graph(REPO / "networks" / "emon" / f"{emon}.yaml"))
    R = nx.gnm_random_graph(40, 45, seed=7)
    R = nx.relabel_nodes(R, {i: f"n{i:02d}" for i in R})
    R.add_nodes_from(["iso1", "iso2", "iso3"])
    fixture("gnm-isolates", "nx.gnm_random_graph(40, 45, seed=7), ids n00..n39, plus isolates iso1..iso3", R)
    fixture("hubei-post-reform", "networks/hubei-city-post-reform.yaml, all mechanisms; undirected ties as two arcs",
            network_graph(REPO / "networks" / "hubei-city-post-reform.yaml"))


if __name__ == "__main__":
    main()
