extension Communities {
    /// Communities by the Louvain method: greedy local moves of single nodes, then aggregation of
    /// communities into nodes, repeated until modularity stops improving.
    ///
    /// The best of several independent runs is kept (100 on small graphs, 10 up to 20,000 edges, else 1;
    /// each seeded from `rng`), since one Louvain run depends on its random node order. Each level
    /// visits the nodes in a seeded shuffled order and moves each to the neighbouring
    /// community with the largest modularity gain (ties to the lowest community index; a node stays
    /// unless the gain is strictly positive), sweeping until a sweep moves nothing; then every
    /// community becomes one node of the next level's graph, until a level merges nothing. Passes repeat,
    /// each starting from the previous partition, while modularity improves by more than 10⁻⁷.
    ///
    /// A directed graph is first projected onto an undirected one (``Graph/undirectedProjection()``:
    /// one edge per linked pair, weights summed), and ``Partition/modularity`` is the modularity on that
    /// projection — as GovNet's oracle scores NetworkX's Louvain. NetworkX's `louvain_communities` on a
    /// `DiGraph` optimises the directed modularity instead; the optimiser here supports it (the
    /// `CommunityGraph` null model `k⁺_u k⁻_v / m`), but the public method projects on purpose, so
    /// communities of a governance network do not depend on who reported a tie.
    ///
    /// - Parameters:
    ///   - graph: any graph (directed graphs: their undirected projection).
    ///   - weighted: use edge weights.
    ///   - resolution: γ of the modularity.
    ///   - rng: seeded generator; the same seed gives the same partition on every machine.
    /// - Returns: the partition of the last level, labels in order of lowest node index. A graph with
    ///   no edges gives singletons with modularity `nan`.
    /// - Complexity: O(m) per sweep (later sweeps visit only nodes next to a move); in practice tens
    ///   of sweeps per level and O(log n) levels, times the number of runs. O(n + m) space.
    ///
    /// References: Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast
    /// unfolding of communities in large networks. *J. Stat. Mech.* P10008,
    /// doi:10.1088/1742-5468/2008/10/P10008; Ozaki, N., Tezuka, H. & Inaba, M. (2016). A simple
    /// acceleration method for the Louvain algorithm. *IJCEE* 8(3), 207–218 (pruning); Dugué, N. &
    /// Perez, A. (2015), directed Louvain, hal-01231784. Matches the method of NetworkX `community.louvain_communities` (reaching at least
    /// its modularity on the oracle graphs; the partitions differ with the random order).
    public static func louvain(of graph: Graph, weighted: Bool, resolution: Double = 1,
                               using rng: inout SeededGenerator) -> Partition {
        let g = graph.isDirected ? graph.undirectedProjection().graph : graph
        let workspace = LouvainWorkspace(CommunityGraph(g, weighted: weighted))
        return bestOfRestarts(g, weighted: weighted, resolution: resolution, using: &rng) { workspace.run(resolution: resolution, rng: &$0) }
    }

    /// Number of independent seeded runs the public methods keep the best of: 100 on graphs of up to
    /// 500 edges, falling as 50,000/m to 10 at 5,000 edges, 10 up to 20,000 edges, else 1. Small
    /// governance networks have rare better optima (Florentine families: one run in ten finds the
    /// best), so they get many cheap runs.
    static func restarts(_ graph: Graph) -> Int {
        let m = graph.edgeCount
        if m > 20_000 { return 1 }
        return Swift.min(100, Swift.max(10, 50_000 / Swift.max(1, m)))
    }

    /// Runs `method` ``restarts(_:)`` times, each with a generator seeded from `rng`, and keeps the
    /// partition of highest modularity (the earliest on ties), so the result is deterministic.
    static func bestOfRestarts(_ graph: Graph, weighted: Bool, resolution: Double, using rng: inout SeededGenerator,
                               _ method: (Graph, Bool, Double, inout SeededGenerator) -> Partition) -> Partition {
        bestOfRestarts(graph, weighted: weighted, resolution: resolution, using: &rng) { method(graph, weighted, resolution, &$0).membership }
    }

    /// Runs `run` (labels of the nodes of `graph`) ``restarts(_:)`` times, each with a generator seeded
    /// from `rng`, and keeps the labels of highest modularity on `graph` (the earliest on ties), as a
    /// ``partition(_:labels:weighted:resolution:)``; the scoring of each run reuses one set of buffers.
    static func bestOfRestarts(_ graph: Graph, weighted: Bool, resolution: Double, using rng: inout SeededGenerator,
                               run: (inout SeededGenerator) -> [Int32]) -> Partition {
        let n = graph.nodeCount
        var best: (membership: [Int32], count: Int, modularity: Double)?
        var membership = [Int32](repeating: 0, count: n)
        var map = [Int32](repeating: -1, count: n + 1)
        var sums = [Double](repeating: 0, count: 3 * (n + 1))
        for _ in 0..<restarts(graph) {
            var sub = SeededGenerator(seed: rng.next())
            let labels = run(&sub)
            // partition(graph, labels:) in the reused buffers.
            for i in 0..<map.count { map[i] = -1 }
            var next: Int32 = 0
            for (v, c) in labels.enumerated() {
                if map[Int(c)] < 0 { map[Int(c)] = next; next += 1 }
                membership[v] = map[Int(c)]
            }
            let q = sums.withUnsafeMutableBufferPointer { buffer in
                membership.withUnsafeBufferPointer { modularity(of: graph, membership: $0, labels: Int(next), weighted: weighted, resolution: resolution, sums: buffer) }
            }
            if let b = best, !(q > b.modularity + 1e-12) { continue }
            best = (membership, Int(next), q)
            if q.isNaN { break }  // no edges: every run gives singletons
        }
        return Partition(membership: best!.membership, count: best!.count, modularity: best!.modularity)
    }

    /// One Louvain run (see ``louvain(of:weighted:resolution:using:)``): multilevel passes, each
    /// starting from the partition of the previous one, until modularity stops improving.
    ///
    /// A pass makes local moves from its initial partition on the input graph, then on ever coarser
    /// graphs of communities until a level has nothing left to merge. At each level the nodes are
    /// visited in a seeded shuffled order, sweeping until a sweep moves nothing; after the first
    /// sweep only nodes with a neighbour that moved since their last visit are reconsidered (the
    /// others cannot gain — Ozaki, Tezuka & Inaba 2016's pruning; the result is the same kind of local
    /// optimum). The work is done in a ``LouvainWorkspace``.
    static func louvainRun(_ graph: Graph, _ weighted: Bool, _ resolution: Double, _ rng: inout SeededGenerator) -> Partition {
        let labels = LouvainWorkspace(CommunityGraph(graph, weighted: weighted)).run(resolution: resolution, rng: &rng)
        return partition(graph, labels: labels, weighted: weighted, resolution: resolution)
    }

    /// Relabels communities `0..<count` in order of first appearance.
    static func compact(_ membership: [Int32]) -> (labels: [Int32], count: Int) {
        var map = [Int32](repeating: -1, count: membership.count)
        var next: Int32 = 0
        var labels = membership
        for (v, c) in membership.enumerated() {
            if map[Int(c)] < 0 { map[Int(c)] = next; next += 1 }
            labels[v] = map[Int(c)]
        }
        return (labels, Int(next))
    }
}
