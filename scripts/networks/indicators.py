#!/usr/bin/env python3
"""Quick structural indicators of a curated network (NetworkX), to check that the weaknesses planted in
the illustrative models are really there. Not the diagnosis (that is `govnet diagnose`); a curator's aid.

Usage: scripts/networks/indicators.py networks/hubei-city-pre-reform.yaml [CENTER_ID]
"""
import sys
from collections import Counter

import networkx as nx
import yaml

STANDARD_UNDIRECTED = {"operation"}


def load(path):
    doc = yaml.safe_load(open(path, encoding="utf-8"))
    undirected = set(STANDARD_UNDIRECTED) | {m["id"] for m in doc.get("mechanisms") or [] if not m.get("directed", True)}
    return doc, undirected


def layer(doc, undirected, mechs, directed=True):
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(d["id"] for d in doc["departments"])
    for t in doc.get("ties") or []:
        if t["mechanism"] not in mechs:
            continue
        u, v = t["from"], t["to"]
        g.add_edge(u, v, basis=t.get("basis"))
        if directed and (t["mechanism"] in undirected or t.get("directed") is False):
            g.add_edge(v, u, basis=t.get("basis"))
    return g


def main(path, center=None):
    doc, undirected = load(path)
    ids = [d["id"] for d in doc["departments"]]
    if center is None:
        center = next((d["id"] for d in doc["departments"] if d.get("kind") == "emergency-management"), ids[0])
    mechs = sorted({t["mechanism"] for t in doc.get("ties") or []})
    print(f"{path}: {len(ids)} departments, {len(doc.get('ties') or [])} ties, centre {center}")
    print("  ties per mechanism:", dict(Counter(t["mechanism"] for t in doc.get("ties") or [])))
    print("  basis:", dict(Counter(t.get("basis") for t in doc.get("ties") or [])))
    leads = {}
    for f in doc.get("functions") or []:
        roles = [a["role"] for a in f["assignments"]]
        ls = [a["department"] for a in f["assignments"] if a["role"] == "lead"]
        for d in ls:
            leads.setdefault(d, []).append(f["id"])
        if not ls:
            print(f"  function without lead: {f['id']}")
        if len(ls) > 1 and "co-lead" not in roles:
            print(f"  overlap (leads without co-lead): {f['id']}: {ls}")
    info = layer(doc, undirected, {"information"})
    if info.number_of_edges():
        print(f"  information reciprocity: {nx.reciprocity(info):.2f}")
        reach_from = nx.descendants(info, center)
        reach_to = nx.ancestors(info, center)
        print(f"  information reachable from {center}: {len(reach_from)}/{len(ids) - 1}; reporting to it: {len(reach_to)}/{len(ids) - 1}")
    for m in mechs + ["command+information"]:
        ms = set(m.split("+"))
        g = layer(doc, undirected, ms)
        bc = nx.betweenness_centrality(g)
        top = sorted(bc.items(), key=lambda kv: -kv[1])[:3]
        total = sum(bc.values()) or 1
        u = g.to_undirected()
        u.remove_nodes_from([n for n in list(u) if u.degree(n) == 0])
        cut = sorted(nx.articulation_points(u)) if u.number_of_nodes() else []
        print(f"  {m}: top betweenness {[(k, round(v, 3)) for k, v in top]}, top share {top[0][1] / total:.2f}; cut points {cut}")
    allu = layer(doc, undirected, set(mechs), directed=False)
    inf_bridges = [(a, b) for a, b in nx.bridges(allu) if allu[a][b].get("basis") == "informal"]
    print(f"  all mechanisms: cut points {sorted(nx.articulation_points(allu))}")
    mat = layer(doc, undirected, {"material"})
    print("  leads without material tie:", sorted(d for d in leads if mat.degree(d) == 0))
    sup = layer(doc, undirected, {"supervision"})
    print("  leads no supervision reaches:", sorted(d for d in leads if sup.in_degree(d) == 0))
    # informal ties that are bridges in their own mechanism
    for m in mechs:
        g = layer(doc, undirected, {m}, directed=False)
        br = [(a, b) for a, b in nx.bridges(g) if g[a][b].get("basis") == "informal"]
        if br:
            print(f"  informal bridges in {m}: {br}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
