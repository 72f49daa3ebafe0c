#!/usr/bin/env python3
"""What python-igraph and NetworkX read from a network file GovNet wrote, as JSON, for the read-back
matrix test (Tests/GovNetTests/Formats/Interchange/ReadbackMatrixTests.swift) and for anyone checking
a conversion by hand.

Usage: readback.py FORMAT FILE
  FORMAT: pajek | dl | graphml | gexf | nodelink | edgelist | dot

Each tool reads the file with its own reader, called as a user would call it (docs/interchange.md):
  pajek     igraph Graph.Read_Pajek            NetworkX read_pajek
  dl        igraph Graph.Read_DL               (NetworkX has no UCINET reader)
  graphml   igraph Graph.Read_GraphML          NetworkX read_graphml
  gexf      (igraph has no GEXF reader)        NetworkX read_gexf
  nodelink  (igraph has no node-link reader)   NetworkX node_link_graph(json.load(f))
  edgelist  igraph Graph.TupleList over the    NetworkX parse_edgelist (read_edgelist's parser) over
            CSV rows (csv.DictReader)          the lines after the header, delimiter ","
  dot       (igraph writes DOT only)           NetworkX nx_pydot.read_dot (needs pydot, pinned in
                                               scripts/setup/requirements-test.txt); pydot keeps the
                                               quotes of values, taken off here, and `dir` as an attribute

Output: {"igraph": VIEW | null, "networkx": VIEW | null} (null: the tool has no reader for the format),
VIEW = {"directed": bool, "nodes": [id, ...] in the order read,
        "edges": ["from|to|weight|mechanism|directed|mirror", ...] sorted}
where weight is printed with %g to 6 significant digits (1 when the file has none), mechanism is the
edge's `mechanism` attribute (the Pajek label `label`/`l`; the DL matrix label is not kept by igraph:
"-"), directed is the edge attribute of that name ("-" when the edge has none; in DOT dir=none gives
false, dir=forward true), mirror is true for an
edge whose `mirror` attribute is true (the reversed copy of an undirected tie of a mixed network), false
otherwise, and the ends of an edge of an undirected graph are sorted.
"""
import csv
import json
import math
import sys

READERS = {
    "pajek": ("igraph", "networkx"),
    "dl": ("igraph",),
    "graphml": ("igraph", "networkx"),
    "gexf": ("networkx",),
    "nodelink": ("networkx",),
    "edgelist": ("igraph", "networkx"),
    "dot": ("networkx",),
}


def unquoted(value):
    """A pydot attribute value without its DOT quotes (`"a \\"b\\""` → `a "b"`)."""
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value


def flag(value):
    """A boolean edge attribute as text: true / false, '-' when absent."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, str):
        return {"true": "true", "1": "true", "false": "false", "0": "false"}.get(value.strip().lower(), value)
    return "true" if value else "false"


def weight(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "1"
    return "%g" % float(value)


def edge(u, v, w, mechanism, directed_attr, mirror, graph_directed):
    if not graph_directed:
        u, v = sorted([u, v])
    mirrored = "true" if flag(mirror) == "true" else "false"
    return "|".join([u, v, weight(w), mechanism if mechanism is not None else "-", flag(directed_attr), mirrored])


def igraph_view(fmt, path):
    import igraph

    if fmt == "edgelist":
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        attrs = [k for k in ("weight", "mechanism", "directed") if rows and k in rows[0]]
        g = igraph.Graph.TupleList(([r["source"], r["target"]] + [r[k] for k in attrs] for r in rows),
                                   directed=True, edge_attrs=attrs)
        ids = g.vs["name"]
    else:
        reader = {"pajek": igraph.Graph.Read_Pajek, "dl": igraph.Graph.Read_DL, "graphml": igraph.Graph.Read_GraphML}[fmt]
        g = reader(path)
        key = "id" if fmt == "graphml" else "name"
        ids = g.vs[key] if key in g.vs.attributes() else [str(v.index) for v in g.vs]
    attributes = g.es.attributes()

    def column(*names):
        for name in names:
            if name in attributes:
                return g.es[name]
        return [None] * g.ecount()

    mechanisms = column("mechanism", "label")
    if fmt != "dl" and "mechanism" not in attributes and "label" not in attributes:
        mechanisms = ["link"] * g.ecount()
    edges = [edge(ids[e.source], ids[e.target], w, m, d, r, g.is_directed())
             for e, w, m, d, r in zip(g.es, column("weight"), mechanisms, column("directed"), column("mirror"))]
    return {"directed": g.is_directed(), "nodes": [str(i) for i in ids], "edges": sorted(edges)}


def networkx_view(fmt, path):
    import networkx as nx

    from nx_formats import read_networkx

    g = read_networkx(fmt, path)
    if g is not None:
        pass  # graphml, gexf, pajek, nodelink: read as NetworkX reads them
    elif fmt == "edgelist":
        with open(path, encoding="utf-8-sig", newline="") as f:
            lines = f.read().splitlines()
        header = lines[0].split(",")
        types = {"weight": float, "mechanism": str, "directed": str}
        g = nx.parse_edgelist(lines[1:], delimiter=",", create_using=nx.MultiDiGraph,
                              data=[(k, types.get(k, str)) for k in header[2:]])
    elif fmt == "dot":
        raw = nx.nx_pydot.read_dot(path)
        g = raw.__class__()
        g.add_nodes_from(unquoted(n) for n in raw.nodes)
        for u, v, d in raw.edges(data=True):
            d = {k: unquoted(x) for k, x in d.items()}
            if "dir" in d:
                d["directed"] = {"none": "false", "forward": "true"}.get(d.pop("dir"), "-")
            g.add_edge(unquoted(u), unquoted(v), **d)
    else:
        raise SystemExit("unknown format " + fmt)
    label = "l" if fmt == "pajek" else "mechanism"
    edges = [edge(str(u), str(v), d.get("weight"), d.get(label, "link"), d.get("directed"), d.get("mirror"), g.is_directed())
             for u, v, d in g.edges(data=True)]
    return {"directed": g.is_directed(), "nodes": [str(n) for n in g.nodes], "edges": sorted(edges)}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in READERS:
        raise SystemExit("usage: readback.py " + "|".join(READERS) + " FILE")
    fmt, path = sys.argv[1], sys.argv[2]
    out = {"igraph": None, "networkx": None}
    if "igraph" in READERS[fmt]:
        out["igraph"] = igraph_view(fmt, path)
    if "networkx" in READERS[fmt]:
        out["networkx"] = networkx_view(fmt, path)
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main()
