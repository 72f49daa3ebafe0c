#!/usr/bin/env python3
"""Oracle for NetworkIndices (`govnet indices`): the size-normalised indices of bundled networks computed
with NetworkX on the same graph - every tie as written (membership included), derived projections
(attribute derived: true) left out, undirected, each linked pair once.

Run from anywhere:  python3 scripts/oracle/indices.py
Writes Tests/GovNetTests/Fixtures/indices/indices-oracle.json. Needs NetworkX 3.6.1 and PyYAML.
"""
import json
from pathlib import Path

import networkx as nx
import yaml

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "Tests" / "GovNetTests" / "Fixtures" / "indices" / "indices-oracle.json"

# The networks and their coordinators (the department GovNet finds by role: coordinator: true, else the
# emergency-management department; Japan's national network has none, so the Cabinet Office is named).
NETWORKS = [
    ("networks/hubei-city-post-reform.yaml", "EMB", False),
    ("networks/hubei-city-pre-reform.yaml", "EMO", False),
    ("networks/us-johnson-county-ks.yaml", "JCEM", False),
    ("networks/japan-ashiya-city.yaml", "D-GEN", False),
    ("networks/us-nrf-esf.yaml", "FEMA", False),
    ("networks/japan-disaster-management.yaml", "CAO", True),
]


def graph(doc):
    g = nx.Graph()
    g.add_nodes_from(d["id"] for d in doc["departments"])
    for t in doc.get("ties") or []:
        if (t.get("attributes") or {}).get("derived") is True or t["from"] == t["to"]:
            continue
        g.add_edge(t["from"], t["to"])
    return g


def freeman(values, maximum):
    top = max(values)
    return sum(top - v for v in values) / maximum


def indices(g, c):
    n, m = g.number_of_nodes(), g.number_of_edges()
    deg = nx.degree_centrality(g)
    btw = nx.betweenness_centrality(g, normalized=True)
    reach = nx.single_source_shortest_path_length(g, c, cutoff=2)
    return {
        "departments": n,
        "linked_pairs": m,
        "density": nx.density(g),
        "degree_centralization": freeman(list(deg.values()), n - 2),
        "betweenness_centralization": freeman(list(btw.values()), n - 1),
        "largest_component_share": max(len(cc) for cc in nx.connected_components(g)) / n,
        "global_efficiency": nx.global_efficiency(g),
        "coordinator_tie_share": g.degree(c) / m,
        "coordinator_degree": g.degree(c) / (n - 1),
        "coordinator_betweenness": btw[c],
        "coordinator_reach_2": (len(reach) - 1) / (n - 1),
    }


def main():
    out = {"source": "NetworkX " + nx.__version__ + " (scripts/oracle/indices.py)", "networks": []}
    for path, centre, named in NETWORKS:
        doc = yaml.safe_load((REPO / path).read_text(encoding="utf-8"))
        out["networks"].append({"file": path, "coordinator": centre, "named": named, "indices": indices(graph(doc), centre)})
    OUT.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(REPO)} written")


if __name__ == "__main__":
    main()
