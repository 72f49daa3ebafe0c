#!/usr/bin/env python3
"""Writes the interchange fixtures: small graphs saved by NetworkX and igraph in their formats, plus the
node and edge sets each must read as (Tests/GovNetTests/Fixtures/interchange/).

Run from the repository root: python3 scripts/interchange/make_fixtures.py   (needs networkx, igraph)

Each fixture NAME.EXT has an entry in expected.json: {"directed": bool, "nodes": [id, ...],
"edges": [[from, to, weight, mechanism-or-null], ...]} where ids are the ids GovNet must give the
departments (NetworkX: str(node); igraph GraphML: the GraphML node ids n0, n1, ...; Pajek: the labels).
"""
import json
import os
import sys

import networkx as nx

HERE = os.path.join("Tests", "GovNetTests", "Fixtures", "interchange")


def nx_graphs():
    d = nx.DiGraph(name="directed")
    d.add_node("EMB", kind="emergency-management", staff=120, score=0.75, hq=True)
    d.add_node("fire dept", kind="fire-rescue", staff=45)
    d.add_node("中心", kind="health")
    d.add_node("x-1")
    d.add_edge("EMB", "fire dept", weight=2.5, mechanism="command")
    d.add_edge("fire dept", "EMB", weight=1.0, mechanism="information")
    d.add_edge("中心", "EMB", weight=3.0)
    d.add_edge("x-1", "中心")

    u = nx.Graph()
    u.add_nodes_from([1, 2, 3, 4, 5])
    u.add_edge(1, 2, weight=0.5)
    u.add_edge(2, 3, weight=2)
    u.add_edge(3, 1)
    u.add_edge(4, 5, weight=1.25)

    m = nx.MultiDiGraph()
    m.add_node("A", level="municipal")
    m.add_node("B")
    m.add_node("C")
    m.add_edge("A", "B", mechanism="command", weight=1)
    m.add_edge("A", "B", mechanism="information", weight=2)
    m.add_edge("B", "C", mechanism="information", weight=4)
    m.add_edge("C", "A", mechanism="material")
    return {"nx_directed": d, "nx_undirected": u, "nx_multi": m}


def expected_from_nx(g):
    edges = []
    for e in (g.edges(data=True, keys=False) if g.is_multigraph() else g.edges(data=True)):
        a, b, data = e
        edges.append([str(a), str(b), float(data.get("weight", 1)), data.get("mechanism")])
    return {"directed": g.is_directed(), "nodes": [str(n) for n in g.nodes], "edges": edges}


def main():
    os.makedirs(HERE, exist_ok=True)
    expected = {}
    for name, g in nx_graphs().items():
        exp = expected_from_nx(g)
        nx.write_graphml(g, os.path.join(HERE, name + ".graphml"))
        expected[name + ".graphml"] = exp
        nx.write_gexf(g, os.path.join(HERE, name + ".gexf"))
        expected[name + ".gexf"] = exp
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(nx.node_link_data(g, edges="links"), f, ensure_ascii=False, indent=1)
        expected[name + ".json"] = exp
        with open(os.path.join(HERE, name + "_edges.json"), "w", encoding="utf-8") as f:
            json.dump(nx.node_link_data(g, edges="edges"), f, ensure_ascii=False)
        expected[name + "_edges.json"] = exp
        if not g.is_multigraph():
            h = g.copy()
            for n in h.nodes:  # write_pajek writes string attributes only; keep the file plain
                h.nodes[n].clear()
            for a, b in h.edges:
                h.edges[a, b].pop("mechanism", None)
            nx.write_pajek(h, os.path.join(HERE, name + ".net"))
            e = dict(exp)
            e["edges"] = [[a, b, w, None] for a, b, w, _ in exp["edges"]]
            expected[name + ".net"] = e

    try:
        import igraph as ig
    except ImportError:
        sys.exit("igraph is missing: pip install igraph")
    g = ig.Graph(directed=True)
    g.add_vertices(4)
    g.vs["name"] = ["Water Bureau", "EMB", "MET", "Red Cross"]
    g.vs["staff"] = [30, 120, 12, 400]
    g.add_edges([(0, 1), (2, 1), (1, 3), (3, 0)])
    g.es["weight"] = [1.5, 2, 1, 4]
    g.write_graphml(os.path.join(HERE, "igraph_directed.graphml"))
    expected["igraph_directed.graphml"] = {
        "directed": True, "nodes": ["n%d" % i for i in range(4)],
        "edges": [["n%d" % e.source, "n%d" % e.target, float(e["weight"]), None] for e in g.es]}
    g.write_pajek(os.path.join(HERE, "igraph_directed.net"))
    expected["igraph_directed.net"] = {
        "directed": True, "nodes": g.vs["name"],
        "edges": [[g.vs[e.source]["name"], g.vs[e.target]["name"], float(e["weight"]), None] for e in g.es]}
    u = ig.Graph.Ring(5)
    u.write_graphml(os.path.join(HERE, "igraph_ring.graphml"))
    expected["igraph_ring.graphml"] = {
        "directed": False, "nodes": ["n%d" % i for i in range(5)],
        "edges": [["n%d" % e.source, "n%d" % e.target, 1.0, None] for e in u.es]}
    u.write_pajek(os.path.join(HERE, "igraph_ring.net"))
    expected["igraph_ring.net"] = {
        "directed": False, "nodes": [str(i + 1) for i in range(5)],
        "edges": [[str(e.source + 1), str(e.target + 1), 1.0, None] for e in u.es]}

    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d fixtures to %s" % (len(expected), HERE))


if __name__ == "__main__":
    main()
