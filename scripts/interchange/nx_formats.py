"""NetworkX's readers for the interchange formats GovNet writes, in one place for the read-back scripts."""
import json

import networkx as nx

READERS = {
    "graphml": nx.read_graphml,
    "gexf": nx.read_gexf,
    "pajek": nx.read_pajek,
}


def read_networkx(fmt, path):
    """The graph NetworkX reads from `path` in format `fmt` (graphml, gexf, pajek or nodelink); None otherwise."""
    if fmt in READERS:
        return READERS[fmt](path)
    if fmt == "nodelink":
        with open(path, encoding="utf-8") as f:
            return nx.node_link_graph(json.load(f))
    return None
