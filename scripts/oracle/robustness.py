#!/usr/bin/env python3
"""Independent recomputation of GovNet's finding robustness with NetworkX.

Reads a JSON case on stdin (written by Tests/GovNetTests/Robustness/RobustnessOracleTests.swift):

    {"nodes": [id...], "threshold": 0.35,
     "findings": [{"rule": "single-point-of-failure", "department": id}
                  | {"rule": "fragile-tie", "tie": [a, b]}
                  | {"rule": "overloaded-broker", "department": id}],
     "draws": {"deletion": [[[a, b]...] per draw], "addition": [...], "nonresponse": [...]},
     "independent": {"ties": [[a, b]...], "rate": 0.1, "draws": 2000, "seed": 7}}   # optional

and writes on stdout

    {"shared": {"deletion": [share per finding], "addition": [...], "nonresponse": [...]},
     "independent": {"deletion": [share per finding], "draws": n}}

"shared": the same perturbed networks GovNet drew (their tie sets exported by GovNet: the draws are
shared, not reimplemented), each finding re-decided here with NetworkX; GovNet's shares must agree
exactly. "independent": this script's own deletion draws (numpy's PCG64, each tie removed with
probability `rate`), which must agree within Monte Carlo error.

The rules, on the undirected graph of one working mechanism with no leadership lines:
- single point of failure: the department is an articulation point (nx.articulation_points);
- fragile tie: the tie is a bridge (nx.bridges);
- overloaded broker: the department has the largest share of shortest paths between connected pairs
  (unnormalised nx.betweenness_centrality over the unordered pairs of other departments in one
  component; ties broken by id) and the share is at least the threshold.
"""
import itertools
import json
import sys

import networkx as nx
import numpy as np


def graph(nodes, ties):
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from((a, b) for a, b in ties if a != b)
    return g


def broker_shares(g):
    raw = nx.betweenness_centrality(g, normalized=False)
    comp = {}
    for i, c in enumerate(nx.connected_components(g)):
        for v in c:
            comp[v] = i
    out = {}
    for v in g:
        pairs = sum(1 for s, t in itertools.combinations([u for u in g if u != v], 2) if comp[s] == comp[t])
        out[v] = raw[v] / pairs if pairs else 0.0
    return out


def holds(finding, g, threshold):
    rule = finding["rule"]
    if rule == "single-point-of-failure":
        return finding["department"] in set(nx.articulation_points(g))
    if rule == "fragile-tie":
        a, b = finding["tie"]
        return any({a, b} == {u, v} for u, v in nx.bridges(g))
    if rule == "overloaded-broker":
        s = broker_shares(g)
        top = min(s, key=lambda v: (-s[v], v))
        return top == finding["department"] and s[top] > 0 and s[top] >= threshold
    raise SystemExit(f"unknown rule {rule}")


def shares(case, draws):
    out = []
    for f in case["findings"]:
        graphs = [graph(case["nodes"], ties) for ties in draws]
        out.append(sum(holds(f, g, case["threshold"]) for g in graphs) / len(graphs) if graphs else 1.0)
    return out


def main():
    case = json.load(sys.stdin)
    result = {"shared": {kind: shares(case, draws) for kind, draws in case["draws"].items()}}
    ind = case.get("independent")
    if ind:
        rng = np.random.Generator(np.random.PCG64(ind["seed"]))
        draws = []
        for _ in range(ind["draws"]):
            keep = rng.random(len(ind["ties"])) >= ind["rate"]
            draws.append([t for t, k in zip(ind["ties"], keep) if k])
        result["independent"] = {"deletion": shares(case, draws), "draws": ind["draws"]}
    json.dump(result, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
