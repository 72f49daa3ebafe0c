#!/usr/bin/env python3
"""Reads a network file with NetworkX and prints what NetworkX sees, as JSON, for the interchange tests.

Usage: python3 scripts/interchange/nx_read.py FORMAT FILE     FORMAT: graphml | gexf | pajek | nodelink
Output: {"directed": bool, "multigraph": bool, "nodes": {id: {attr: value}},
         "edges": [[from, to, {attr: value}], ...]}   (multigraph edge keys and GEXF edge ids left out)
"""
import json
import sys

from nx_formats import read_networkx


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    g = read_networkx(fmt, path)
    if g is None:
        sys.exit("unknown format " + fmt)
    edges = []
    for u, v, data in g.edges(data=True):
        attrs = {k: val for k, val in data.items() if not (fmt == "gexf" and k == "id")}
        edges.append([str(u), str(v), attrs])
    nodes = {str(n): dict(d) for n, d in g.nodes(data=True)}
    json.dump({"directed": g.is_directed(), "multigraph": g.is_multigraph(), "nodes": nodes, "edges": edges},
              sys.stdout, ensure_ascii=False, default=str, sort_keys=True)


if __name__ == "__main__":
    main()
