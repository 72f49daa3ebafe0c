import Foundation

extension Centrality {
    /// The Riondato–Kornaropoulos sample size for an additive error `epsilon` with probability
    /// 1 − `delta`: r = ⌈(c/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉, with VD an upper bound on the vertex
    /// diameter (nodes on a longest shortest path) from ``vertexDiameterBound(of:length:)``.
    ///
    /// - Parameters:
    ///   - epsilon: the additive error, in (0, 1).
    ///   - delta: the failure probability, in (0, 1).
    ///   - vertexDiameter: an upper bound on the vertex diameter (values ≤ 3 give the log term 0).
    ///   - c: the universal constant (0.5, as Riondato and Kornaropoulos use and Löffler–Phillips estimate).
    /// - Returns: the number of sampled pairs r ≥ 1.
    /// - Complexity: O(1).
    ///
    /// References: M. Riondato and E. M. Kornaropoulos, "Fast approximation of betweenness centrality
    /// through sampling", Data Mining and Knowledge Discovery 30(2):438–475, 2016,
    /// doi:10.1007/s10618-015-0423-0 (Theorem 1). NetworKit `ApproxBetweenness(epsilon, delta)`.
    public static func riondatoSampleSize(epsilon: Double, delta: Double, vertexDiameter: Int, c: Double = 0.5) -> Int {
        let vd = Swift.max(vertexDiameter - 2, 1)
        let logTerm = Double(Int.bitWidth - 1 - vd.leadingZeroBitCount)  // ⌊log₂(VD − 2)⌋
        let r = (c / (epsilon * epsilon)) * (logTerm + 1 + log(1 / delta))
        return Swift.max(1, Int(r.rounded(.up)))
    }

    /// An upper bound on the vertex diameter (the number of nodes on a longest shortest path).
    ///
    /// Definition: for an undirected graph with hop lengths, 2·e + 1 maximised over weak components,
    /// where e is the eccentricity of the component's first node (one breadth-first search per
    /// component: a path between two nodes is at most twice as long as their paths to the first node);
    /// for directed or weighted graphs, the size of the largest weak component (a shortest path never
    /// leaves it and visits each node once).
    /// - Returns: the bound; 0 for the empty graph.
    /// - Complexity: O(n + m).
    ///
    /// References: Riondato and Kornaropoulos 2016 (section 5.1), doi:10.1007/s10618-015-0423-0.
    public static func vertexDiameterBound(of graph: Graph, length: PathLength) -> Int {
        let n = graph.nodeCount
        guard n > 0 else { return 0 }
        let weak = Components.weak(of: graph)
        if graph.isDirected || length != .hops { return weak.largest }
        var seen = [Bool](repeating: false, count: weak.count)
        let search = ShortestPathSearch(nodeCount: n)
        var best = 1
        graph.withOutAdjacency { adj in
            for v in 0..<n where !seen[Int(weak.labels[v])] {
                seen[Int(weak.labels[v])] = true
                search.breadthFirst(from: v, adj, counting: false)
                let ecc = Int(search.hops[Int(search.order[search.reached - 1])])
                best = Swift.max(best, 2 * ecc + 1)
            }
        }
        return Swift.min(best, weak.largest)
    }

    /// An estimate of normalised betweenness within `epsilon` of the exact value for every node at
    /// once, with probability at least 1 − `delta` (Riondato–Kornaropoulos).
    ///
    /// Definition: r = ``riondatoSampleSize(epsilon:delta:vertexDiameter:c:)`` ordered pairs (u, v),
    /// u ≠ v, are drawn uniformly; for each, one shortest u–v path is drawn uniformly (backwards from v,
    /// choosing predecessor x of w with probability σ_ux/σ_uw), and each node inside it gains 1/r.
    /// This estimates b(w) = Σ_{u≠v} (σ_uv(w)/σ_uv) / (n(n − 1)) with sup_w |b̃(w) − b(w)| ≤ ε with
    /// probability ≥ 1 − δ; the result is rescaled by n/(n − 2) to NetworkX's normalisation
    /// (`betweenness_centrality(normalized=True)`), so there the bound is ε·n/(n − 2).
    /// Pairs are grouped by source, sources run in parallel chunks, and every pair draws from its own
    /// generator seeded from `rng`: the result depends only on the seed.
    ///
    /// - Parameters:
    ///   - graph: any graph.
    ///   - length: edge lengths, as in ``betweenness(of:length:normalized:)``.
    ///   - epsilon: additive error in (0, 1).
    ///   - delta: failure probability in (0, 1).
    ///   - using: the generator (the CLI's `--seed`).
    /// - Returns: one estimate per node index and the sample size r; zeros when n ≤ 2.
    /// - Complexity: O(r·m) time unweighted (one search per distinct sampled source), O(r·(m + n log n))
    ///   weighted; O(chunks·n) extra space.
    ///
    /// References: M. Riondato and E. M. Kornaropoulos, "Fast approximation of betweenness centrality
    /// through sampling", Data Mining and Knowledge Discovery 30(2):438–475, 2016,
    /// doi:10.1007/s10618-015-0423-0. NetworKit `ApproxBetweenness`; NetworkX has no equivalent.
    public static func approximateBetweenness(of graph: Graph, length: PathLength, epsilon: Double, delta: Double,
                                              using rng: inout SeededGenerator) -> (scores: [Double], samples: Int) {
        approximateBetweenness(of: graph, length: length, epsilon: epsilon, delta: delta, using: &rng, chunks: ParallelChunks.standard)
    }

    /// ``approximateBetweenness(of:length:epsilon:delta:using:)`` with an explicit number of chunks (1: sequential).
    static func approximateBetweenness(of graph: Graph, length: PathLength, epsilon: Double, delta: Double,
                                       using rng: inout SeededGenerator, chunks: Int) -> (scores: [Double], samples: Int) {
        let n = graph.nodeCount
        guard n > 2 else { return ([Double](repeating: 0, count: n), 0) }
        let r = riondatoSampleSize(epsilon: epsilon, delta: delta, vertexDiameter: vertexDiameterBound(of: graph, length: length))
        var pairs: [(u: Int32, v: Int32, seed: UInt64)] = []
        pairs.reserveCapacity(r)
        for _ in 0..<r {
            let u = rng.nextInt(below: n)
            var v = rng.nextInt(below: n - 1)
            if v >= u { v += 1 }
            pairs.append((Int32(u), Int32(v), rng.next()))
        }
        pairs.sort { ($0.u, $0.v, $0.seed) < ($1.u, $1.v, $1.seed) }
        let weighted = length != .hops
        let outLengths = graph.slotLengths(length), inLengths = graph.slotLengths(length, inward: true)
        let add = 1 / Double(r)
        var total = graph.withOutAdjacency(values: outLengths, lengthUnits: weighted) { out in
            graph.withInAdjacency(values: inLengths) { inn in
                SourceChunks.sum(count: r, length: n, chunks: chunks) { range, score in
                    let search = ShortestPathSearch(nodeCount: n)
                    var current = -1
                    // Chunks cut through groups of equal sources; each chunk searches its own.
                    for k in range {
                        let (u, v, seed) = pairs[k]
                        if Int(u) != current {
                            current = Int(u)
                            if weighted { search.dijkstra(from: current, out, counting: true) }
                            else { search.breadthFirst(from: current, out, counting: true) }
                        }
                        let reached = weighted ? search.distance[Int(v)] < .infinity : search.hops[Int(v)] >= 0
                        guard reached else { continue }
                        var g = SeededGenerator(seed: seed)
                        var w = Int(v)
                        while w != current {
                            let pick = g.nextUnit() * search.sigma[w]
                            var acc = 0.0, chosen = -1
                            for slot in Int(inn.offsets[w])..<Int(inn.offsets[w + 1]) {
                                let x = Int(inn.targets[slot])
                                let isPred = weighted
                                    ? search.distance[x] < .infinity && search.distance[x] + inn.values[slot] == search.distance[w]
                                    : search.hops[x] >= 0 && search.hops[x] + 1 == search.hops[w]
                                guard isPred else { continue }
                                chosen = x
                                acc += search.sigma[x]
                                if pick < acc { break }
                            }
                            guard chosen >= 0 else { break }
                            w = chosen
                            if w != current { score[w] += add }
                        }
                    }
                }
            }
        }
        let scale = Double(n) / Double(n - 2)
        for i in 0..<n { total[i] *= scale }
        return (total, r)
    }
}
