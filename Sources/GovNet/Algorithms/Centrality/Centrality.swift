/// Node and edge centralities over a CSR ``Graph``, each defined exactly as the NetworkX function it
/// names, so results can be checked one to one against NetworkX (tests compare to 1e-9 relative).
///
/// One algorithm per file, all as static members of this namespace:
///
/// | member | NetworkX | file |
/// |---|---|---|
/// | ``degree(of:)``, ``inDegree(of:)``, ``outDegree(of:)``, ``strength(of:)`` | `G.degree`, `G.in_degree`, `G.out_degree`, `G.degree(weight=…)` | `Degree.swift` |
/// | ``betweenness(of:length:normalized:)`` | `betweenness_centrality` | `Betweenness.swift` |
/// | ``edgeBetweenness(of:length:normalized:)`` | `edge_betweenness_centrality` | `EdgeBetweenness.swift` |
/// | ``sampledBetweenness(of:length:samples:using:)`` | `betweenness_centrality(k=…)` | `SampledBetweenness.swift` |
/// | ``closeness(of:length:)`` | `closeness_centrality` | `Closeness.swift` |
/// | ``harmonic(of:length:)`` | `harmonic_centrality` | `Harmonic.swift` |
/// | ``eigenvector(of:weighted:maxIterations:tolerance:)`` | `eigenvector_centrality` | `Eigenvector.swift` |
/// | ``pagerank(of:alpha:weighted:maxIterations:tolerance:)`` | `pagerank` | `PageRank.swift` |
/// | ``katz(of:alpha:beta:weighted:maxIterations:tolerance:)`` | `katz_centrality` | `Katz.swift` |
/// | ``hits(of:weighted:maxIterations:tolerance:)`` | `hits` | `HITS.swift` |
///
/// Shortest-path centralities take a ``PathLength``: ``PathLength/hops`` runs breadth-first
/// search, the weighted rules run Dijkstra's algorithm with a binary heap. Sources are split into
/// a fixed number of chunks run across the cores with `DispatchQueue.concurrentPerform`; per-chunk
/// results are reduced in chunk order, so a result does not depend on the number of cores.
///
/// On a directed graph (a NetworkX `DiGraph`) paths follow arcs; closeness and harmonic centrality
/// use *inward* distances (paths ending at the node), as NetworkX does.
public enum Centrality {}
