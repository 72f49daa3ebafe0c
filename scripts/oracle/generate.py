#!/usr/bin/env python3
"""Oracle for GovNet's metrics: expected values computed with NetworkX, written as JSON fixtures.

Run from anywhere:  python3 scripts/oracle/generate.py
Writes Tests/GovNetTests/Fixtures/oracle/<name>.json (one file per graph), in the format decoded by
Tests/GovNetTestSupport/OracleFixture.swift, then checks the Florentine and EMON graphs against the
reference values in data/external (fails loudly, exit status 1, if they disagree).

Requires NetworkX 3.6.1 (numpy/scipy for HITS, PageRank). python-igraph, when installed, is used only as a
second opinion (see check_second_opinion). Deterministic: fixed seeds, sorted edges, sort_keys.
See scripts/oracle/README.md for every definition and formula.
"""
import os
import sys

# Fixed string hashing: NetworkX iterates sets of (string) nodes in places (local_constraint, harmonic,
# clustering…), and the summation order changes the last bits of a float. Re-exec with a fixed seed.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

# One BLAS thread: ARPACK/numpy results must not depend on thread scheduling.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import csv
import json
import math
import random
import warnings
from pathlib import Path

import networkx as nx
import numpy as np

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "Tests" / "GovNetTests" / "Fixtures" / "oracle"
EXTERNAL = REPO / "data" / "external"   # raw inputs with their PROVENANCE.md
EMON_NAMES = ["Cheyenne", "HurrFrederic", "LakePomona", "MtSi", "MtStHelens", "Texas", "Wichita"]
NXV = f"NetworkX {nx.__version__}"
EXPECTED_NX = "3.6.1"

# Exceptions that mean "undefined for this graph" (written as null); everything else is a bug and propagates.
UNDEFINED = (nx.NetworkXError, nx.NetworkXPointlessConcept, nx.NetworkXNotImplemented, ZeroDivisionError,
             ValueError, nx.PowerIterationFailedConvergence)
LOG = []  # (graph, variant, metric, reason) for every value written as null because of an exception


def clean(x):
    """A JSON-safe scalar: Python float (repr = full precision) or int; NaN/inf -> None."""
    if x is None:
        return None
    if isinstance(x, (bool, np.bool_)):
        return int(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    x = float(x)
    return None if (math.isnan(x) or math.isinf(x)) else x


def attempt(ctx, metric, fn):
    """fn() or None when NetworkX says the metric is undefined on this graph (logged)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            return fn()
    except UNDEFINED as e:
        LOG.append((ctx, metric, type(e).__name__, str(e)[:80]))
        return None


# ----------------------------------------------------------------------------------------------------------
# Graph helpers
# ----------------------------------------------------------------------------------------------------------

def relabel_str(G):
    """Same graph with node ids as strings, node order kept."""
    H = G.__class__()
    H.add_nodes_from((str(v), d) for v, d in G.nodes(data=True))
    H.add_edges_from((str(u), str(v), d) for u, v, d in G.edges(data=True))
    return H


def stripped(G):
    """Copy with no edge attributes (so every NetworkX call sees an unweighted graph)."""
    H = G.__class__()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from(G.edges())
    return H


def with_length(G):
    """Copy keeping 'weight' and adding length = 1/weight (distances treat weight as strength)."""
    H = G.__class__()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, d in G.edges(data=True):
        w = d["weight"]
        H.add_edge(u, v, weight=w, length=1.0 / w)
    return H


def undirected(G):
    """Undirected simple projection (no edge attributes), node order kept: an arc in either direction = tie."""
    U = nx.Graph()
    U.add_nodes_from(G.nodes(data=True))
    U.add_edges_from(G.edges())
    return U


def sorted_edges(G):
    """Edges as (u, v) sorted by node position; undirected edges oriented so pos(u) < pos(v)."""
    pos = {v: i for i, v in enumerate(G)}
    es = []
    for u, v in G.edges():
        if not G.is_directed() and pos[u] > pos[v]:
            u, v = v, u
        es.append((u, v))
    es.sort(key=lambda e: (pos[e[0]], pos[e[1]]))
    return es


def check_simple(G, name):
    assert all(isinstance(v, str) for v in G), f"{name}: node ids must be strings"
    assert nx.number_of_selfloops(G) == 0, f"{name}: self-loops"
    assert not G.is_multigraph(), f"{name}: multigraph"


# ----------------------------------------------------------------------------------------------------------
# Metrics NetworkX lacks (implemented here from their definitions, documented in README.md)
# ----------------------------------------------------------------------------------------------------------

def distinct_neighbours(G, v):
    """Contacts of v: successors and predecessors (nx.all_neighbors), each once."""
    return set(nx.all_neighbors(G, v))


def burt_hierarchy(G, weight):
    """Burt's hierarchy as UCINET computes it (Coleman–Theil disorder of the constraint contributions):
    c_ij = nx.local_constraint(G, i, j, weight) for every contact j; N = number of contacts; C = Σ_j c_ij;
    C̄ = C/N;  H_i = Σ_j (c_ij/C̄)·ln(c_ij/C̄) / (N·ln N).  None for N ≤ 1."""
    out = {}
    for i in G:
        contacts = distinct_neighbours(G, i)
        n = len(contacts)
        if n <= 1:
            out[i] = None
            continue
        c = [nx.local_constraint(G, i, j, weight=weight) for j in contacts]
        mean = sum(c) / n
        out[i] = sum((x / mean) * math.log(x / mean) for x in c) / (n * math.log(n))
    return out


def brokerage(G, group):
    """Gould–Fernandez brokerage raw counts as statnet sna::brokerage: for every ordered two-path a→b→c with
    a≠c and no arc a→c, broker b gets one count of the role given by the groups of a, b, c."""
    roles = ("coordinator", "itinerant", "gatekeeper", "representative", "liaison")
    out = {r: {v: 0 for v in G} for r in roles}
    for b in G:
        for a in G.predecessors(b):
            for c in G.successors(b):
                if a == c or G.has_edge(a, c):
                    continue
                ga, gb, gc = group[a], group[b], group[c]
                if ga == gb == gc:
                    role = "coordinator"      # w_I
                elif ga == gc:
                    role = "itinerant"        # w_O  (a, c same; b different)
                elif gb == gc:
                    role = "gatekeeper"       # b_OI in sna (b, c same; a different)
                elif ga == gb:
                    role = "representative"   # b_IO in sna (a, b same; c different)
                else:
                    role = "liaison"          # b_O  (all different)
                out[role][b] += 1
    return out


def freeman(values, n, denominator, min_n=3):
    """Σ_i (max − c_i) / denominator(n); None for n < min_n or undefined values."""
    if n < min_n or values is None or any(x is None for x in values.values()):
        return None
    m = max(values.values())
    return sum(m - x for x in values.values()) / denominator(n)


def largest_component_nodes(U):
    """Largest connected component of an undirected graph; ties broken by the earliest node in node order."""
    pos = {v: i for i, v in enumerate(U)}
    comps = list(nx.connected_components(U))
    if not comps:
        return None
    return max(comps, key=lambda c: (len(c), -min(pos[v] for v in c)))


def ei_index(U, group):
    """Krackhardt & Stern E–I index over the ties of the undirected projection: (E − I)/(E + I)."""
    ext = sum(1 for u, v in U.edges() if group[u] != group[v])
    internal = U.number_of_edges() - ext
    return None if ext + internal == 0 else (ext - internal) / (ext + internal)


# ----------------------------------------------------------------------------------------------------------
# Second opinions for the iterative centralities (numpy dense linear algebra; igraph when available)
# ----------------------------------------------------------------------------------------------------------

def hits_defined(G, weight):
    """HITS is well defined when A has a simple largest singular value; otherwise NetworkX's ARPACK answer is
    an arbitrary vector of a multi-dimensional singular subspace. Returns (defined, exact hubs, exact auths)."""
    nodes = list(G)
    if not nodes:
        return False, None, None
    A = nx.to_numpy_array(G, nodelist=nodes, weight=weight)
    U_, s, Vt = np.linalg.svd(A)
    if s[0] <= 0 or (len(s) > 1 and (s[0] - s[1]) <= 1e-8 * s[0]):
        return False, None, None
    a = np.abs(Vt[0])
    h = A @ a
    return True, dict(zip(nodes, h / h.sum())), dict(zip(nodes, a / a.sum()))


# ----------------------------------------------------------------------------------------------------------
# The metric sets
# ----------------------------------------------------------------------------------------------------------

def node_dict(G, d):
    return {v: clean(d.get(v)) if d is not None else None for v in G}


def nulls(G):
    return {v: None for v in G}


def compute_variant(G, name, weighted, groups):
    """Metrics of one variant. G: string-labelled simple graph; weighted: use 'weight' (strength) and
    'length' = 1/weight (distance)."""
    ctx = f"{name}/{'weighted' if weighted else 'unweighted'}"
    H = with_length(G) if weighted else stripped(G)
    W = "weight" if weighted else None   # edge attribute read as strength
    L = "length" if weighted else None   # edge attribute read as distance
    directed = H.is_directed()
    U = undirected(H)
    n = H.number_of_nodes()
    node, net, edge = {}, {}, {}

    # --- degrees ---------------------------------------------------------------------------------------
    if not weighted:
        node["degree"] = dict(H.degree())                                  # G.degree()  (in+out if directed)
        node["in_degree"] = dict(H.in_degree()) if directed else dict(H.degree())    # G.in_degree()
        node["out_degree"] = dict(H.out_degree()) if directed else dict(H.degree())  # G.out_degree()
    node["strength"] = dict(H.degree(weight=W))                            # G.degree(weight="weight")

    # --- shortest-path centralities ----------------------------------------------------------------------
    node["betweenness"] = nx.betweenness_centrality(H, normalized=True, weight=L)  # nx.betweenness_centrality(G, normalized=True, weight=None|"length")
    node["closeness"] = nx.closeness_centrality(H, distance=L)                    # nx.closeness_centrality(G, distance=None|"length") (wf_improved=True; DiGraph: inward distances)
    node["harmonic"] = nx.harmonic_centrality(H, distance=L)                      # nx.harmonic_centrality(G, distance=None|"length")

    # --- spectral centralities ---------------------------------------------------------------------------
    # nx.eigenvector_centrality(G, max_iter=1000, tol=1e-10, weight=None|"weight"); null + eigenvector_failed=1 on failure
    ev = attempt(ctx, "eigenvector", lambda: nx.eigenvector_centrality(H, max_iter=1000, tol=1e-10, weight=W))
    node["eigenvector"] = ev if ev is not None else nulls(H)
    net["eigenvector_failed"] = 0 if ev is not None else 1
    # nx.pagerank(G, alpha=0.85, tol=1e-12, max_iter=1000, weight=None|"weight")
    node["pagerank"] = nx.pagerank(H, alpha=0.85, tol=1e-12, max_iter=1000, weight=W)
    # nx.katz_centrality(G, alpha=0.1, beta=1.0, tol=1e-12, max_iter=10000, normalized=True, weight=None|"weight")
    kz = attempt(ctx, "katz", lambda: nx.katz_centrality(H, alpha=0.1, beta=1.0, tol=1e-12, max_iter=10000,
                                                         normalized=True, weight=W))
    node["katz"] = kz if kz is not None else nulls(H)
    net["katz_failed"] = 0 if kz is not None else 1
    # nx.hits(G, max_iter=10000, tol=1e-12, nstart=all-ones, normalized=True) (on the stripped copy when
    # unweighted, since nx.hits always reads 'weight'); null + hits_failed=1 when the largest singular
    # value of A is not simple (HITS undefined) or NetworkX fails.
    defined, _, _ = hits_defined(H, W)
    hits = None
    if defined:
        hits = attempt(ctx, "hits", lambda: nx.hits(H, max_iter=10000, tol=1e-12,
                                                      nstart={v: 1.0 for v in H}, normalized=True))
    node["hub"] = hits[0] if hits else nulls(H)
    node["authority"] = hits[1] if hits else nulls(H)
    net["hits_failed"] = 0 if hits else 1

    # --- cohesion --------------------------------------------------------------------------------------
    node["clustering"] = nx.clustering(H, weight=W)                         # nx.clustering(G, weight=None|"weight") (DiGraph: Fagiolo directed clustering)
    if not weighted:
        node["core_number"] = nx.core_number(H)                            # nx.core_number(G) (DiGraph: in+out degree)

    # --- structural holes ------------------------------------------------------------------------------
    # nx.constraint(G, weight=None|"weight") (raises on the null graph: no nodes, nothing to write)
    node["constraint"] = attempt(ctx, "constraint", lambda: nx.constraint(H, weight=W)) or nulls(H)
    # nx.effective_size(G, weight=None|"weight")
    node["effective_size"] = attempt(ctx, "effective_size", lambda: nx.effective_size(H, weight=W)) or nulls(H)
    node["burt_efficiency"] = {                                            # effective_size / len(set(nx.all_neighbors(G, v)))
        v: (None if not distinct_neighbours(H, v) else node["effective_size"][v] / len(distinct_neighbours(H, v)))
        for v in H}
    node["hierarchy"] = burt_hierarchy(H, W)                               # from nx.local_constraint(G, i, j, weight)
    for v in H:  # sanity: the contributions used for hierarchy add up to NetworkX's constraint
        c = node["constraint"][v]
        if c is not None and not math.isnan(c):
            s = sum(nx.local_constraint(H, v, j, weight=W) for j in distinct_neighbours(H, v))
            assert abs(s - c) <= 1e-12 * max(1.0, abs(c)), (ctx, v, s, c)

    if not weighted:
        # --- brokerage (directed only) -----------------------------------------------------------------
        if directed:
            node.update(brokerage(H, groups))                              # statnet sna::brokerage raw counts

        # --- bottlenecks on the undirected projection ---------------------------------------------------
        arts = set(nx.articulation_points(U))                              # nx.articulation_points(undirected)
        node["articulation_point"] = {v: int(v in arts) for v in H}
        # global_efficiency of the subgraph induced by the neighbours (nx.local_efficiency's inner term)
        node["local_efficiency"] = {v: nx.global_efficiency(U.subgraph(U[v])) for v in U}
        E = nx.global_efficiency(U)                                        # nx.global_efficiency(undirected)
        vul = {}
        for v in U:
            R = U.copy()
            R.remove_node(v)
            vul[v] = None if E == 0 else (E - nx.global_efficiency(R)) / E  # over the remaining n−1 nodes
        node["vulnerability"] = vul

    # --- edge level ------------------------------------------------------------------------------------
    es = sorted_edges(H)
    eb = nx.edge_betweenness_centrality(H, normalized=True, weight=L)      # nx.edge_betweenness_centrality(G, normalized=True, weight=None|"length")
    def ebv(u, v):
        return eb[(u, v)] if (u, v) in eb else eb[(v, u)]
    edge["edge_betweenness"] = [[u, v, clean(ebv(u, v))] for u, v in es]
    if not weighted:
        brs = {frozenset(e) for e in nx.bridges(U)}                        # nx.bridges(undirected)
        edge["bridge"] = [[u, v, int(frozenset((u, v)) in brs)] for u, v in es]
        # len(set(U[u]) & set(U[v])) on the undirected projection
        edge["embeddedness"] = [[u, v, len(set(U[u]) & set(U[v]))] for u, v in es]
        red = []
        for u, v in es:
            R = U.copy()
            R.remove_edge(u, v)
            # nx.edge_connectivity(R, u, v): local edge connectivity with the tie removed (0 if disconnected)
            red.append([u, v, nx.edge_connectivity(R, u, v)])
        edge["redundancy"] = red

    # --- network level ---------------------------------------------------------------------------------
    bet = node["betweenness"]
    clo = node["closeness"]
    # Freeman: Σ(max − c)/(n−1) with normalized betweenness values
    net["betweenness_centralization"] = freeman(bet, n, lambda n: n - 1)
    if not weighted:  # (weighted closeness is not bounded by the star's, so no Freeman index for it)
        # Freeman: Σ(max − c)/((n−1)(n−2)/(2n−3)) with nx.closeness_centrality values
        net["closeness_centralization"] = freeman(clo, n, lambda n: (n - 1) * (n - 2) / (2 * n - 3))
    # nx.average_clustering(G, weight=None|"weight")
    net["average_clustering"] = attempt(ctx, "average_clustering", lambda: nx.average_clustering(H, weight=W))

    if weighted:
        if not directed:
            lc = largest_component_nodes(U)
            S = H.subgraph(lc) if lc else None
            # nx.diameter(largest component, weight="length"); nx.average_shortest_path_length(..., weight="length")
            net["diameter"] = attempt(ctx, "diameter", lambda: nx.diameter(S, weight=L)) if S is not None else None
            net["average_path_length"] = (attempt(ctx, "average_path_length",
                                                  lambda: nx.average_shortest_path_length(S, weight=L))
                                          if S is not None else None)
            # nx.community.modularity(G, nx.community.louvain_communities(G, weight="weight", seed=1), weight="weight")
            net["louvain_modularity"] = attempt(ctx, "louvain_modularity", lambda: nx.community.modularity(
                H, nx.community.louvain_communities(H, weight="weight", seed=1), weight="weight"))
        return finish(H, node, net, edge)

    net["nodes"] = n                                                       # G.number_of_nodes()
    net["ties"] = H.number_of_edges()                                      # G.number_of_edges()
    net["density"] = nx.density(H)                                         # nx.density(G)
    net["reciprocity"] = attempt(ctx, "reciprocity", lambda: nx.reciprocity(H)) if directed else None  # nx.reciprocity(G)
    net["transitivity"] = nx.transitivity(H)                               # nx.transitivity(G) (as is; DiGraph: out-neighbourhoods)
    if directed:
        net["transitivity_undirected"] = nx.transitivity(U)                # nx.transitivity(undirected)
    if directed:
        net["weak_components"] = nx.number_weakly_connected_components(H)      # nx.number_weakly_connected_components(G)
        net["strong_components"] = nx.number_strongly_connected_components(H)  # nx.number_strongly_connected_components(G)
    else:
        net["weak_components"] = nx.number_connected_components(H)            # nx.number_connected_components(G)
        net["strong_components"] = None
    lc = largest_component_nodes(U)
    S = U.subgraph(lc) if lc else None
    # nx.diameter / nx.average_shortest_path_length of the largest (weakly) connected component, undirected
    net["diameter"] = attempt(ctx, "diameter", lambda: nx.diameter(S)) if S is not None else None
    net["average_path_length"] = (attempt(ctx, "average_path_length", lambda: nx.average_shortest_path_length(S))
                                  if S is not None else None)
    net["global_efficiency"] = nx.global_efficiency(U)                     # nx.global_efficiency(undirected)
    # n(n−1) − Σ_u len(nx.descendants(G, u)): ordered pairs (u, v), u ≠ v, with no path u → v
    net["unreachable_pairs"] = n * (n - 1) - sum(len(nx.descendants(H, u)) for u in H)
    # Freeman: Σ(max − c)/(n−2) with nx.degree_centrality(undirected) values
    net["degree_centralization"] = freeman(nx.degree_centrality(U), n, lambda n: n - 2)
    if directed:
        # Freeman in/out: Σ(max − c)/(n−1) with nx.in_degree_centrality(G) / nx.out_degree_centrality(G)
        net["in_degree_centralization"] = freeman(nx.in_degree_centrality(H), n, lambda n: n - 1, min_n=2)
        net["out_degree_centralization"] = freeman(nx.out_degree_centrality(H), n, lambda n: n - 1, min_n=2)
    net["node_connectivity"] = attempt(ctx, "node_connectivity", lambda: nx.node_connectivity(H))  # nx.node_connectivity(G)
    net["edge_connectivity"] = attempt(ctx, "edge_connectivity", lambda: nx.edge_connectivity(H))  # nx.edge_connectivity(G)
    if directed and n >= 2:
        # NetworkX's directed node_connectivity only tries one direction per pair (it answers 1 on a directed
        # path, which is not strongly connected); this is the textbook value: min over ordered non-adjacent
        # pairs (s, t) of nx.connectivity.local_node_connectivity(G, s, t), n − 1 when every arc exists.
        local = [nx.connectivity.local_node_connectivity(H, s, t) for s in H for t in H
                 if s != t and not H.has_edge(s, t)]
        net["node_connectivity_strict"] = min(local) if local else n - 1
    net["articulation_points"] = sum(node["articulation_point"].values())  # len(list(nx.articulation_points(undirected)))
    net["bridges"] = sum(e[2] for e in edge["bridge"]) if not directed else len(list(nx.bridges(U)))  # len(list(nx.bridges(undirected)))
    # nx.degree_assortativity_coefficient(G) (DiGraph: x="out", y="in")
    net["degree_assortativity"] = attempt(ctx, "degree_assortativity", lambda: nx.degree_assortativity_coefficient(H))
    # nx.community.modularity(U, nx.community.louvain_communities(U, seed=1)) on the undirected projection
    net["louvain_modularity"] = attempt(ctx, "louvain_modularity", lambda: nx.community.modularity(
        U, nx.community.louvain_communities(U, seed=1)))
    if groups is not None:
        net["ei_index"] = ei_index(U, groups)                              # (E − I)/(E + I) over undirected ties
        nx.set_node_attributes(H, groups, "group")
        # nx.attribute_assortativity_coefficient(G, "group")
        # (null when the graph has no edges: NetworkX then returns 0.0 from an all-zero mixing matrix)
        net["attribute_assortativity"] = (attempt(ctx, "attribute_assortativity",
                                                  lambda: nx.attribute_assortativity_coefficient(H, "group"))
                                          if H.number_of_edges() > 0 else None)
    return finish(H, node, net, edge)


def finish(H, node, net, edge):
    return {
        "node": {m: node_dict(H, d) for m, d in node.items()},
        "network": {m: clean(v) for m, v in net.items()},
        "edge": edge,
    }


def canonical(G):
    """Same graph rebuilt with nodes in their order and edges inserted in fixture (sorted) order, so every
    adjacency dict NetworkX walks has an order that does not depend on how the graph was generated."""
    H = G.__class__()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from((u, v, G[u][v]) for u, v in sorted_edges(G))
    return H


def fixture(name, G, source, groups=None):
    """Build the fixture dict of one graph. G: simple graph with string ids; weighted iff edges carry 'weight'."""
    check_simple(G, name)
    G = canonical(G)
    weighted = G.number_of_edges() > 0 and all("weight" in d for _, _, d in G.edges(data=True))
    es = sorted_edges(G)
    spec = {
        "name": name,
        "source": f"{source}; computed with {NXV}",
        "directed": G.is_directed(),
        "weighted": weighted,
        "nodes": list(G),
        "edges": [[u, v, clean(G[u][v]["weight"]) if weighted else 1] for u, v in es],
    }
    if groups is not None:
        spec["groups"] = {v: groups[v] for v in G}
    out = {"graph": spec, "unweighted": compute_variant(G, name, False, groups)}
    if G.is_directed() and len(G) > 0:
        # nx.immediate_dominators(G, first node): node -> immediate dominator, for nodes reachable from the
        # root (NetworkX 3.6 leaves the root itself out)
        root = next(iter(G))
        out["dominators"] = {v: d for v, d in nx.immediate_dominators(G, root).items() if v != root}
    if weighted:
        out["weighted"] = compute_variant(G, name, True, groups)
    return out


# ----------------------------------------------------------------------------------------------------------
# The graphs
# ----------------------------------------------------------------------------------------------------------

def mod3_groups(G):
    return {v: str(i % 3) for i, v in enumerate(G)}


def read_florentine():
    G = nx.Graph()
    with open(EXTERNAL / "florentine" / "florentine_marriage_edges.csv", newline="") as f:
        for r in csv.DictReader(f):
            G.add_edge(r["source"].strip(), r["target"].strip())
    return G


def read_emon(name):
    """EMON network `name`: DiGraph over vertex names (node order = R vertex id), weight = 5 − Frequency."""
    d = EXTERNAL / "emon"
    G = nx.DiGraph()
    names, sponsorship = {}, {}
    with open(d / f"{name}_nodes.csv", newline="") as f:
        for r in csv.DictReader(f):
            names[r["id"]] = r["vertex.names"]
            sponsorship[r["vertex.names"]] = r["Sponsorship"]
            G.add_node(r["vertex.names"])
    with open(d / f"{name}_edges.csv", newline="") as f:
        for r in csv.DictReader(f):
            freq = int(r["Frequency"])
            assert 1 <= freq <= 4, (name, r)
            u, v = names[r["from"]], names[r["to"]]
            assert not G.has_edge(u, v) and u != v, (name, r)
            G.add_edge(u, v, weight=5 - freq)   # strength: 4 = continuous … 1 = daily or less
    return G, sponsorship


def random_weights(G, seed, draw):
    rng = random.Random(seed)
    for u, v in sorted_edges(G):
        G[u][v]["weight"] = draw(rng)
    return G


def build_graphs():
    """[(name, graph, source, groups)] — every graph the oracle covers."""
    gs = []

    k = relabel_str(nx.karate_club_graph())
    club = {v: k.nodes[v]["club"] for v in k}
    gs.append(("karate", stripped(k), "nx.karate_club_graph() with its 'weight' attribute dropped; groups = node attribute 'club'", club))
    gs.append(("karate_weighted", k, "nx.karate_club_graph() with its 'weight' attribute (Zachary's interaction counts); groups = 'club'", club))

    flo = read_florentine()
    gs.append(("florentine", flo, "data/external/florentine/florentine_marriage_edges.csv (= nx.florentine_families_graph()); groups = node index mod 3", mod3_groups(flo)))

    kite = relabel_str(nx.krackhardt_kite_graph())
    gs.append(("krackhardt_kite", kite, "nx.krackhardt_kite_graph(); groups = node index mod 3", mod3_groups(kite)))

    davis = nx.davis_southern_women_graph()
    women = [v for v, b in davis.nodes(data="bipartite") if b == 0]
    dw = nx.bipartite.weighted_projected_graph(davis, women)   # weight = number of shared events
    gs.append(("davis_women_projection", relabel_str(dw),
               "nx.bipartite.weighted_projected_graph(nx.davis_southern_women_graph(), women) (weight = shared events); groups = node index mod 3",
               mod3_groups(dw)))

    lm = relabel_str(nx.les_miserables_graph())
    gs.append(("les_miserables", lm, "nx.les_miserables_graph() (weighted co-appearances); groups = node index mod 3", mod3_groups(lm)))

    for name in EMON_NAMES:
        G, spons = read_emon(name)
        gs.append((f"emon_{name.lower()}", G,
                   f"EMON {name} (Drabek et al. 1981, statnet network::emon), data/external/emon/{name}_edges.csv; "
                   "weight = 5 - Frequency; groups = node attribute 'Sponsorship'", spons))

    # directed weighted G(n, m): 40 nodes, 150 arcs, integer weights 1..5
    dr = relabel_str(nx.gnm_random_graph(40, 150, seed=20261129, directed=True))
    random_weights(dr, 1, lambda r: r.randint(1, 5))
    gs.append(("random_directed_weighted", dr,
               "nx.gnm_random_graph(40, 150, seed=20261129, directed=True); weights random.Random(1).randint(1, 5) in sorted edge order; groups = node index mod 3",
               mod3_groups(dr)))

    # sparse directed, unweighted: several weak components, many strong ones, non-trivial dominator tree
    ds = relabel_str(nx.gnm_random_graph(30, 50, seed=14, directed=True))
    gs.append(("random_directed_sparse", ds,
               "nx.gnm_random_graph(30, 50, seed=14, directed=True) (2 weak / 18 strong components, deep dominator tree from node 0); groups = node index mod 3",
               mod3_groups(ds)))

    # undirected, isolates and several components
    iso = relabel_str(nx.gnm_random_graph(30, 24, seed=11))
    gs.append(("random_isolates", iso, "nx.gnm_random_graph(30, 24, seed=11) (isolates, several components); groups = node index mod 3", mod3_groups(iso)))

    # undirected weighted, non-integer weights
    uw = relabel_str(nx.gnm_random_graph(30, 70, seed=5))
    random_weights(uw, 2, lambda r: round(r.uniform(0.25, 4.0), 3))
    gs.append(("random_undirected_weighted", uw,
               "nx.gnm_random_graph(30, 70, seed=5); weights round(random.Random(2).uniform(0.25, 4), 3) in sorted edge order; groups = node index mod 3",
               mod3_groups(uw)))

    small = [
        ("star6", nx.star_graph(5), "nx.star_graph(5) (6 nodes, hub 0)"),
        ("path5", nx.path_graph(5), "nx.path_graph(5)"),
        ("single_node", nx.empty_graph(1), "nx.empty_graph(1)"),
        ("empty", nx.empty_graph(0), "nx.empty_graph(0)"),
        ("two_nodes", nx.path_graph(2), "nx.path_graph(2)"),
        ("directed_cycle5", nx.cycle_graph(5, create_using=nx.DiGraph), "nx.cycle_graph(5, create_using=nx.DiGraph)"),
        ("directed_path4", nx.path_graph(4, create_using=nx.DiGraph), "nx.path_graph(4, create_using=nx.DiGraph)"),
    ]
    for name, G, src in small:
        G = relabel_str(G)
        gs.append((name, G, src + "; groups = node index mod 3", mod3_groups(G)))
    return gs


# ----------------------------------------------------------------------------------------------------------
# Checks against the reference values shipped with the raw data
# ----------------------------------------------------------------------------------------------------------

class CheckFailed(Exception):
    pass


def expect(cond, msg):
    if not cond:
        raise CheckFailed(msg)


def close(a, b, tol):
    return a is not None and b is not None and abs(a - b) <= tol


def check_florentine(fx):
    ref = json.loads((EXTERNAL / "florentine" / "reference_values.json").read_text())
    G = read_florentine()
    expect(nx.utils.graphs_equal(G, nx.Graph(nx.florentine_families_graph())) or
           {frozenset(e) for e in G.edges()} == {frozenset(e) for e in nx.florentine_families_graph().edges()},
           "florentine CSV differs from nx.florentine_families_graph()")
    u = fx["unweighted"]
    expect(len(fx["graph"]["nodes"]) == ref["graph"]["nodes"], "florentine node count")
    expect(len(fx["graph"]["edges"]) == ref["graph"]["edges"], "florentine edge count")
    expect(close(u["network"]["density"], ref["graph"]["density"], 1e-6), "florentine density")
    pub = ref["published_in_networkx_tests"]
    for v, x in pub["betweenness_normalized_abs_tol_1e-3"].items():
        expect(close(u["node"]["betweenness"][v], x, 1e-3), f"florentine betweenness {v}")
    for v, x in pub["closeness_abs_tol_1e-3"].items():
        expect(close(u["node"]["closeness"][v], x, 1e-3), f"florentine closeness {v}")
    comp = ref["computed_here_with_networkx_3.6.1_not_published"]
    n = len(fx["graph"]["nodes"])
    for v, x in comp["betweenness_raw"].items():
        expect(close(u["node"]["betweenness"][v] * (n - 1) * (n - 2) / 2, x, 1e-5), f"florentine raw betweenness {v}")
    for v, x in comp["degree"].items():
        expect(u["node"]["degree"][v] == x, f"florentine degree {v}")
    arts = sorted(v for v, x in u["node"]["articulation_point"].items() if x == 1)
    expect(arts == sorted(comp["articulation_points"]), "florentine articulation points")
    brs = sorted(sorted(e[:2]) for e in u["edge"]["bridge"] if e[2] == 1)
    expect(brs == sorted(sorted(e) for e in comp["bridges"]), "florentine bridges")
    expect(u["network"]["node_connectivity"] == comp["node_connectivity"], "florentine node connectivity")
    expect(u["network"]["edge_connectivity"] == comp["edge_connectivity"], "florentine edge connectivity")
    expect(close(u["network"]["degree_centralization"], comp["freeman_degree_centralization"], 1e-6),
           "florentine Freeman degree centralization")


def check_emon(fixtures):
    ref = json.loads((EXTERNAL / "emon" / "computed_reference_metrics.json").read_text())
    for name in EMON_NAMES:
        r = ref[name]
        fx = fixtures[f"emon_{name.lower()}"]
        u, g = fx["unweighted"], fx["graph"]
        n = len(g["nodes"])
        expect(n == r["n"], f"EMON {name}: {n} nodes, reference {r['n']}")
        expect(len(g["edges"]) == r["arcs"], f"EMON {name}: {len(g['edges'])} arcs, reference {r['arcs']}")
        expect(close(u["network"]["density"], r["directed_density"], 1e-6), f"EMON {name} density")
        expect(u["network"]["weak_components"] == r["weak_components"], f"EMON {name} weak components")
        und = {frozenset(e[:2]) for e in g["edges"]}
        expect(len(und) == r["undirected_edges"], f"EMON {name} undirected edges")
        mutual = len(g["edges"]) - len(und)
        expect(mutual == r["mutual_dyads"], f"EMON {name} mutual dyads")
        expect(len(und) - mutual == r["asym_dyads"], f"EMON {name} asymmetric dyads")
        # nx.reciprocity = 2·mutual/arcs (arc reciprocity); the reference's dyadic = mutual/(mutual+asym)
        expect(close(u["network"]["reciprocity"], 2 * mutual / len(g["edges"]), 1e-12), f"EMON {name} reciprocity")
        expect(close(mutual / (mutual + r["asym_dyads"]), r["dyadic_reciprocity"], 1e-5), f"EMON {name} dyadic reciprocity")
        iso = sorted(v for v in g["nodes"] if u["node"]["degree"][v] == 0)
        expect(iso == sorted(r["isolates"]), f"EMON {name} isolates")
        arts = sorted(v for v, x in u["node"]["articulation_point"].items() if x == 1)
        # the reference writes articulation points as "<1-based index>:<name>"
        ref_arts = sorted(a.split(":", 1)[1] if ":" in a else a for a in r["articulation_points"])
        expect(arts == ref_arts, f"EMON {name} articulation points")
        expect(u["network"]["bridges"] == len(r["bridges"]), f"EMON {name} bridges")
        expect(close(u["network"]["degree_centralization"], r["freeman_degree_centralization_undirected"], 1e-6),
               f"EMON {name} Freeman degree centralization (undirected)")
        counts = {}
        for e in g["edges"]:
            f = str(5 - int(e[2]))
            counts[f] = counts.get(f, 0) + 1
        expect(all(counts.get(k, 0) == r["freq_counts"].get(k, 0) for k in set(counts) | set(r["freq_counts"])),
               f"EMON {name} frequency counts")
        for v, x in r["top_betweenness_directed"]:
            expect(close(u["node"]["betweenness"][v] * (n - 1) * (n - 2), x, 1e-4), f"EMON {name} directed betweenness {v}")
        if r["weak_components"] == 1:
            expect(u["network"]["node_connectivity"] is not None, f"EMON {name} node connectivity")
        # undirected reference values: recompute on the projection and compare
        U = nx.Graph()
        U.add_nodes_from(g["nodes"])
        U.add_edges_from(tuple(e[:2]) for e in g["edges"])
        ub = nx.betweenness_centrality(U, normalized=False)
        for v, x in r["top_betweenness_undirected"]:
            expect(close(ub[v], x, 1e-4), f"EMON {name} undirected betweenness {v}")
        expect(max(d for _, d in U.degree()) == r["max_degree_undirected"], f"EMON {name} max undirected degree")
        lc = max(nx.connected_components(U), key=len)
        expect(nx.node_connectivity(U.subgraph(lc)) == r["node_connectivity_largest_component"], f"EMON {name} node connectivity")
        expect(nx.edge_connectivity(U.subgraph(lc)) == r["edge_connectivity_largest_component"], f"EMON {name} edge connectivity")


def check_second_opinion(fixtures):
    """Compare iterative centralities with exact dense linear algebra and, if installed, python-igraph.
    Returns a list of (fixture, variant, metric, max relative deviation) for reporting."""
    rows = []
    for name, fx in fixtures.items():
        g = fx["graph"]
        nodes = g["nodes"]
        if not nodes or not g["edges"]:
            continue
        for variant in ("unweighted", "weighted"):
            m = fx.get(variant)
            if m is None:
                continue
            G = nx.DiGraph() if g["directed"] else nx.Graph()
            G.add_nodes_from(nodes)
            for u, v, w in g["edges"]:
                G.add_edge(u, v, weight=(w if variant == "weighted" else 1.0))
            A = nx.to_numpy_array(G, nodelist=nodes, weight="weight")
            # eigenvector: x = A^T x, Perron vector, Euclidean norm 1
            if m["network"]["eigenvector_failed"] == 0:
                vals, vecs = np.linalg.eig(A.T)
                i = int(np.argmax(vals.real))
                x = np.abs(vecs[:, i].real)
                x /= np.linalg.norm(x)
                rows.append((name, variant, "eigenvector", maxrel(m["node"]["eigenvector"], dict(zip(nodes, x)))))
            # katz: x = (I − αA^T)^{-1} β, Euclidean norm 1
            if m["network"]["katz_failed"] == 0:
                x = np.linalg.solve(np.eye(len(nodes)) - 0.1 * A.T, np.ones(len(nodes)))
                x /= np.linalg.norm(x)
                rows.append((name, variant, "katz", maxrel(m["node"]["katz"], dict(zip(nodes, x)))))
            if m["network"]["hits_failed"] == 0:
                _, h, a = hits_defined(G, "weight")
                rows.append((name, variant, "hub", maxrel(m["node"]["hub"], h)))
                rows.append((name, variant, "authority", maxrel(m["node"]["authority"], a)))
            # pagerank: exact linear solve (dangling nodes spread uniformly)
            P = A.copy()
            out = P.sum(axis=1)
            n = len(nodes)
            for i in range(n):
                P[i] = P[i] / out[i] if out[i] > 0 else np.full(n, 1.0 / n)
            x = np.linalg.solve(np.eye(n) - 0.85 * P.T, np.full(n, 0.15 / n))
            rows.append((name, variant, "pagerank", maxrel(m["node"]["pagerank"], dict(zip(nodes, x / x.sum())))))
    # hierarchy and brokerage from matrix formulas (independent of nx.local_constraint and of brokerage())
    for name, fx in fixtures.items():
        g = fx["graph"]
        nodes = g["nodes"]
        n = len(nodes)
        if n == 0:
            continue
        idx = {v: i for i, v in enumerate(nodes)}
        for variant in ("unweighted", "weighted"):
            m = fx.get(variant)
            if m is None:
                continue
            A = np.zeros((n, n))
            for u, v, w in g["edges"]:
                A[idx[u], idx[v]] = w if variant == "weighted" else 1.0
                if not g["directed"]:
                    A[idx[v], idx[u]] = A[idx[u], idx[v]]
            M = A + A.T
            rs = M.sum(axis=1)
            P = np.divide(M, rs[:, None], out=np.zeros_like(M), where=rs[:, None] > 0)
            C = (P + P @ P) ** 2
            hier = {}
            for v, i in idx.items():
                js = np.nonzero(M[i])[0]
                k = len(js)
                if k <= 1:
                    hier[v] = None
                    continue
                c = C[i, js]
                r = c / (c.sum() / k)
                hier[v] = float((r * np.log(r)).sum() / (k * math.log(k)))
            rows.append((name, variant, "hierarchy (matrix)", maxrel(m["node"]["hierarchy"], hier)))
            if variant == "unweighted" and g["directed"]:
                B = (A > 0).astype(float)
                grp = [g["groups"][v] for v in nodes]
                counts = {r: {v: 0 for v in nodes} for r in ("coordinator", "itinerant", "gatekeeper", "representative", "liaison")}
                for a in range(n):
                    for b in range(n):
                        for c in range(n):
                            if a != c and B[a, b] and B[b, c] and not B[a, c]:
                                same = (grp[a] == grp[b], grp[b] == grp[c], grp[a] == grp[c])
                                role = {(True, True, True): "coordinator", (False, False, True): "itinerant",
                                        (False, True, False): "gatekeeper", (True, False, False): "representative",
                                        (False, False, False): "liaison"}[same]
                                counts[role][nodes[b]] += 1
                for role, d in counts.items():
                    rows.append((name, variant, f"{role} (triple loop)", maxrel(m["node"][role], d)))
    try:
        import igraph as ig
    except ImportError:
        return rows
    for name, fx in fixtures.items():
        g = fx["graph"]
        if len(g["nodes"]) < 3:
            continue
        idx = {v: i for i, v in enumerate(g["nodes"])}
        for variant in ("unweighted", "weighted"):
            m = fx.get(variant)
            if m is None:
                continue
            ws = [e[2] if variant == "weighted" else 1.0 for e in g["edges"]]
            I = ig.Graph(n=len(idx), edges=[(idx[u], idx[v]) for u, v, _ in g["edges"]], directed=g["directed"])
            n = len(idx)
            lengths = [1.0 / w for w in ws] if variant == "weighted" else None
            b = I.betweenness(weights=lengths)
            scale = (n - 1) * (n - 2) / (1 if g["directed"] else 2)
            rows.append((name, variant, "betweenness (igraph)",
                         maxrel(m["node"]["betweenness"], {v: b[i] / scale for v, i in idx.items()})))
            pr = I.pagerank(damping=0.85, weights=ws if variant == "weighted" else None)
            rows.append((name, variant, "pagerank (igraph)", maxrel(m["node"]["pagerank"], {v: pr[i] for v, i in idx.items()})))
            hm = I.harmonic_centrality(mode="in", weights=lengths, normalized=False)
            rows.append((name, variant, "harmonic (igraph)", maxrel(m["node"]["harmonic"], {v: hm[i] for v, i in idx.items()})))
            D = np.array(I.distances(mode="in", weights=lengths))  # D[i][j]: distance j -> i
            clo = {}
            for v, i in idx.items():
                d = D[i][np.isfinite(D[i])]
                r, tot = len(d) - 1, d.sum()
                clo[v] = 0.0 if tot == 0 or n <= 1 else (r / tot) * (r / (n - 1))  # Wasserman-Faust as NetworkX
            rows.append((name, variant, "closeness (igraph dist)", maxrel(m["node"]["closeness"], clo)))
            eb = I.edge_betweenness(weights=lengths)
            escale = n * (n - 1) / (1 if g["directed"] else 2)
            eig = {(u, v): eb[k] / escale for k, (u, v, _) in enumerate(g["edges"])}
            got = {(u, v): x for u, v, x in m["edge"]["edge_betweenness"]}
            rows.append((name, variant, "edge_betweenness (igraph)", maxrel(got, eig)))
            if variant == "unweighted":
                U = I.as_undirected(mode="collapse") if g["directed"] else I
                key = "transitivity_undirected" if g["directed"] else "transitivity"
                rows.append((name, variant, f"{key} (igraph)", maxrel({0: m["network"][key]}, {0: U.transitivity_undirected()})))
                arts = set(U.articulation_points())
                rows.append((name, variant, "articulation_point (igraph)",
                             maxrel(m["node"]["articulation_point"], {v: int(i in arts) for v, i in idx.items()})))
                brs = {frozenset((U.es[e].source, U.es[e].target)) for e in U.bridges()}
                rows.append((name, variant, "bridge (igraph)", maxrel(
                    {(u, v): x for u, v, x in m["edge"]["bridge"]},
                    {(u, v): int(frozenset((idx[u], idx[v])) in brs) for u, v, _ in g["edges"]})))
                comps = U.connected_components()
                big = max(comps, key=len)
                S = U.induced_subgraph(big)
                rows.append((name, variant, "diameter (igraph)", maxrel({0: m["network"]["diameter"]}, {0: S.diameter()})))
                rows.append((name, variant, "average_path_length (igraph)",
                             maxrel({0: m["network"]["average_path_length"]}, {0: S.average_path_length() if S.vcount() > 1 else 0})))
                rows.append((name, variant, "weak_components (igraph)",
                             maxrel({0: m["network"]["weak_components"]}, {0: len(I.connected_components(mode="weak"))})))
                cn = I.coreness(mode="all")
                rows.append((name, variant, "core_number (igraph)", maxrel(m["node"]["core_number"], {v: cn[i] for v, i in idx.items()})))
                c = I.constraint()
                rows.append((name, variant, "constraint (igraph)", maxrel(m["node"]["constraint"], {v: c[i] for v, i in idx.items()})))
    return rows


def maxrel(a, b):
    worst = 0.0
    for v, x in a.items():
        y = b[v]
        if x is None or y is None or (isinstance(y, float) and math.isnan(y)):
            if not (x is None and (y is None or math.isnan(y))):
                worst = max(worst, math.inf)
            continue
        if x == y:
            continue
        worst = max(worst, abs(x - y) / max(abs(x), abs(y), 1e-300) if max(abs(x), abs(y)) > 1e-12 else abs(x - y))
    return worst


# ----------------------------------------------------------------------------------------------------------

def dump(obj):
    return json.dumps(obj, sort_keys=True, allow_nan=False, separators=(",", ":")) + "\n"


def main():
    if nx.__version__ != EXPECTED_NX:
        print(f"warning: NetworkX {nx.__version__}, fixtures were defined with {EXPECTED_NX}", file=sys.stderr)
    OUT.mkdir(parents=True, exist_ok=True)
    fixtures = {}
    for name, G, source, groups in build_graphs():
        fx = fixture(name, G, source, groups)
        fixtures[name] = fx
        text = dump(fx)
        assert len(text) < 1_000_000, f"{name}: fixture too large ({len(text)} bytes)"
        (OUT / f"{name}.json").write_text(text)
        print(f"wrote {name}.json: {len(fx['graph']['nodes'])} nodes, {len(fx['graph']['edges'])} edges, {len(text)} bytes")
    for ctx, metric, exc, msg in LOG:
        print(f"  null: {ctx} {metric}: {exc}: {msg}")
    try:
        check_florentine(fixtures["florentine"])
        check_emon(fixtures)
    except CheckFailed as e:
        print(f"REFERENCE CHECK FAILED: {e}", file=sys.stderr)
        sys.exit(1)
    print("reference checks passed (Florentine reference_values.json, EMON computed_reference_metrics.json)")
    if "--second-opinion" in sys.argv:
        for name, variant, metric, dev in check_second_opinion(fixtures):
            flag = "  <-- differs beyond 1e-9" if dev > 1e-9 else ""
            print(f"  {name:28s} {variant:10s} {metric:24s} max rel dev {dev:.2e}{flag}")


if __name__ == "__main__":
    main()
