/// An immutable graph in compressed sparse row (CSR) form: the engine every algorithm runs on.
///
/// Nodes are `0..<nodeCount` (`Int32` indices). Each unique edge has an id `0..<edgeCount`;
/// an undirected edge appears in the adjacency of both ends, a directed arc in the out-adjacency
/// of its source and the in-adjacency of its target. Neighbours of a node are sorted ascending.
/// Parallel edges are combined when the graph is built (``GraphBuilder``), and self-loops are
/// dropped (counted in ``droppedSelfLoops``), so every algorithm sees a simple graph or digraph —
/// the same graph NetworkX builds as `Graph`/`DiGraph` from the deduplicated edge list.
///
/// The CSR arrays are the library's own (algorithms read them directly); other modules see the graph
/// through node counts, degrees, neighbours and ``edge(_:)``.
///
/// Like igraph's `igraph_t` (`os`/`is` index vectors) and petgraph's `Csr`, the graph is frozen:
/// removal of nodes for resilience analysis is a mask over it, never a mutation, so node indices
/// are stable.
public struct Graph: Sendable {
    /// Number of nodes.
    public let nodeCount: Int
    /// Whether edges are arcs (a NetworkX `DiGraph`) or undirected (a `Graph`).
    public let isDirected: Bool
    /// Whether weights carry information (else every weight is 1).
    public let isWeighted: Bool
    /// Out-adjacency offsets, `nodeCount + 1` entries: neighbours of `v` are `targets[offsets[v]..<offsets[v+1]]`.
    @usableFromInline let offsets: [Int32]
    /// Out-neighbours (all neighbours when undirected), sorted within each node.
    @usableFromInline let targets: [Int32]
    /// Weight of each adjacency slot, in lock-step with ``targets``.
    @usableFromInline let weights: [Double]
    /// Edge id of each adjacency slot, in lock-step with ``targets``.
    @usableFromInline let slotEdges: [Int32]
    /// In-adjacency offsets (identical to ``offsets`` when undirected).
    @usableFromInline let inOffsets: [Int32]
    /// In-neighbours (sources of arcs into each node), sorted within each node.
    @usableFromInline let inSources: [Int32]
    /// Weight of each in-adjacency slot.
    @usableFromInline let inWeights: [Double]
    /// Edge id of each in-adjacency slot.
    @usableFromInline let inSlotEdges: [Int32]
    /// Edge list: source of edge `e` (the smaller index when undirected).
    @usableFromInline let edgeSources: [Int32]
    /// Edge list: target of edge `e`.
    @usableFromInline let edgeTargets: [Int32]
    /// Edge list: combined weight of edge `e`.
    @usableFromInline let edgeWeights: [Double]
    /// Self-loops present in the input and dropped.
    public let droppedSelfLoops: Int

    /// Number of unique edges (arcs when directed).
    @inlinable public var edgeCount: Int { edgeSources.count }

    /// The endpoints and combined weight of edge `e` (`0..<edgeCount`); the source is the smaller
    /// index when undirected.
    /// - Complexity: O(1).
    @inlinable public func edge(_ e: Int) -> (source: Int32, target: Int32, weight: Double) {
        (edgeSources[e], edgeTargets[e], edgeWeights[e])
    }

    /// Out-degree (degree when undirected) of `v`.
    @inlinable public func outDegree(_ v: Int) -> Int { Int(offsets[v + 1] - offsets[v]) }
    /// In-degree (degree when undirected) of `v`.
    @inlinable public func inDegree(_ v: Int) -> Int { Int(inOffsets[v + 1] - inOffsets[v]) }
    /// Out-neighbours of `v` (all neighbours when undirected).
    @inlinable public func neighbors(_ v: Int) -> ArraySlice<Int32> { targets[Int(offsets[v])..<Int(offsets[v + 1])] }
    /// In-neighbours of `v` (all neighbours when undirected).
    @inlinable public func inNeighbors(_ v: Int) -> ArraySlice<Int32> { inSources[Int(inOffsets[v])..<Int(inOffsets[v + 1])] }

    /// Builds a graph from an edge list. Parallel edges combine by `combine`; self-loops are dropped.
    ///
    /// - Parameters:
    ///   - nodeCount: number of nodes; every endpoint must be in `0..<nodeCount`.
    ///   - edges: `(source, target)` pairs.
    ///   - weights: one finite weight > 0 per edge, or `nil` for an unweighted graph (all 1).
    ///   - directed: arcs when `true`; otherwise `(u, v)` and `(v, u)` are the same edge.
    ///   - combine: how parallel edges merge (sum by default).
    /// - Complexity: O(n + m) time (radix sort of the edges by endpoints), O(n + m) extra space.
    public init(nodeCount: Int, edges: [(Int32, Int32)], weights inputWeights: [Double]? = nil, directed: Bool,
                combine: ParallelTieRule = .sum) {
        precondition(nodeCount >= 0 && nodeCount < Int(Int32.max), "node count out of range")
        precondition(inputWeights == nil || inputWeights!.count == edges.count, "one weight per edge")
        self.nodeCount = nodeCount
        self.isDirected = directed
        self.isWeighted = inputWeights != nil || combine == .count

        // 1. Canonical endpoints, self-loops dropped (weights kept only when given).
        var us: [Int32] = [], vs: [Int32] = [], ws: [Double] = []
        us.reserveCapacity(edges.count); vs.reserveCapacity(edges.count)
        if inputWeights != nil { ws.reserveCapacity(edges.count) }
        var loops = 0
        for (i, (u0, v0)) in edges.enumerated() {
            precondition(u0 >= 0 && Int(u0) < nodeCount && v0 >= 0 && Int(v0) < nodeCount, "edge endpoint out of range")
            if u0 == v0 { loops += 1; continue }
            let swapEnds = !directed && u0 > v0
            us.append(swapEnds ? v0 : u0); vs.append(swapEnds ? u0 : v0)
            if let inputWeights { ws.append(inputWeights[i]) }
        }
        droppedSelfLoops = loops

        // 2. Order by (source, target): least-significant-digit radix sort with one counting sort
        //    per endpoint (n buckets each), O(n + m) instead of a comparison sort.
        let order = Graph.countingOrder(keys: us, after: Graph.countingOrder(keys: vs, after: nil, buckets: nodeCount),
                                        buckets: nodeCount)

        // 3. Merge parallel edges.
        var es: [Int32] = [], et: [Int32] = [], ew: [Double] = []
        es.reserveCapacity(us.count); et.reserveCapacity(us.count); ew.reserveCapacity(us.count)
        @inline(__always) func weight(_ e: Int) -> Double { combine == .count || ws.isEmpty ? 1 : ws[e] }
        var i = 0
        while i < order.count {
            let first = Int(order[i])
            let u = us[first], v = vs[first]
            var w = weight(first)
            var j = i + 1
            while j < order.count, us[Int(order[j])] == u, vs[Int(order[j])] == v {
                let x = weight(Int(order[j]))
                switch combine {
                case .sum, .count: w += x
                case .max: w = Swift.max(w, x)
                case .min: w = Swift.min(w, x)
                }
                j += 1
            }
            es.append(u); et.append(v); ew.append(w)
            i = j
        }
        edgeSources = es; edgeTargets = et; edgeWeights = ew

        // 3. CSR by counting sort (edges are sorted by (source, target), so slots come out sorted).
        let out = Graph.csr(nodeCount: nodeCount, from: es, to: et, weights: ew, undirected: !directed)
        offsets = out.offsets; targets = out.targets; weights = out.weights; slotEdges = out.edges
        if directed {
            let inn = Graph.csr(nodeCount: nodeCount, from: et, to: es, weights: ew, undirected: false)
            inOffsets = inn.offsets; inSources = inn.targets; inWeights = inn.weights; inSlotEdges = inn.edges
        } else {
            inOffsets = offsets; inSources = targets; inWeights = weights; inSlotEdges = slotEdges
        }
        #if GOVNET_INTERNAL_CHECKS
        _checkInvariants()
        #endif
    }

    /// Counting-sort CSR construction; neighbours end up sorted ascending within each node.
    ///
    /// The slot arrays are created uninitialised and every slot is written exactly once (each edge
    /// fills one slot per direction, and the offsets count exactly those), so no memory is zero-filled
    /// only to be overwritten.
    private static func csr(nodeCount n: Int, from: [Int32], to: [Int32], weights: [Double], undirected: Bool)
        -> (offsets: [Int32], targets: [Int32], weights: [Double], edges: [Int32]) {
        var offsets = [Int32](repeating: 0, count: n + 1)
        for e in 0..<from.count {
            offsets[Int(from[e]) + 1] += 1
            if undirected { offsets[Int(to[e]) + 1] += 1 }
        }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        let slots = Int(offsets[n])
        if slots == 0 { return (offsets, [], [], []) }  // see countingOrder: no empty uninitialised arrays
        var cursor = Array(offsets[0..<n])
        var targets: [Int32] = [], ws: [Double] = [], ids: [Int32] = []
        from.withUnsafeBufferPointer { from in
        to.withUnsafeBufferPointer { to in
        weights.withUnsafeBufferPointer { weights in
        cursor.withUnsafeMutableBufferPointer { cursor in
            targets = [Int32](unsafeUninitializedCapacity: slots) { tgt, filled in
            ws = [Double](unsafeUninitializedCapacity: slots) { w, wFilled in
            ids = [Int32](unsafeUninitializedCapacity: slots) { id, idFilled in
                @inline(__always) func place(_ a: Int32, _ b: Int32, _ e: Int) {
                    let c = Int(cursor[Int(a)])
                    tgt[c] = b; w[c] = weights[e]; id[c] = Int32(truncatingIfNeeded: e)
                    cursor[Int(a)] = Int32(truncatingIfNeeded: c + 1)
                }
                if undirected {
                    // Two passes keep each adjacency sorted: edges are sorted by (min, max); first
                    // place the reverse direction (v gets u < v, in increasing u), then the forward
                    // one (u gets v > u).
                    for e in 0..<from.count { place(to[e], from[e], e) }
                    for e in 0..<from.count { place(from[e], to[e], e) }
                } else {
                    // Placing in edge order is a stable counting sort by `from`. The edges are sorted
                    // by (source, target), so the out-CSR gets targets ascending; the in-CSR (from =
                    // targets, to = sources) gets sources ascending within each target.
                    for e in 0..<from.count { place(from[e], to[e], e) }
                }
                idFilled = slots
            }
            wFilled = slots
            }
            filled = slots
            }
        }}}}
        return (offsets, targets, ws, ids)
    }

    /// Stable counting sort: the indices of `keys` ordered by key (each in `0..<buckets`), ties kept in
    /// the order of `after` (or of the index when `nil`). Two passes, the second by the more
    /// significant key, give a lexicographic order (LSD radix sort).
    /// - Complexity: O(buckets + keys.count).
    private static func countingOrder(keys: [Int32], after: [Int32]?, buckets: Int) -> [Int32] {
        // Empty: no uninitialised array (with capacity 0 the standard library writes the count into its
        // shared empty-array storage, which ThreadSanitizer reports as a race between threads).
        if keys.isEmpty { return [] }
        var start = [Int32](repeating: 0, count: buckets + 1)
        var result: [Int32] = []
        keys.withUnsafeBufferPointer { key in
        start.withUnsafeMutableBufferPointer { start in
        // Every position is written once (the buckets' ranges partition 0..<keys.count).
        result = [Int32](unsafeUninitializedCapacity: key.count) { result, filled in
            defer { filled = key.count }
            for k in key { start[Int(k) + 1] += 1 }
            for b in 0..<buckets { start[b + 1] += start[b] }
            if let after {
                for e in after {
                    let k = Int(key[Int(e)])
                    result[Int(start[k])] = e; start[k] += 1
                }
            } else {
                for e in 0..<key.count {
                    let k = Int(key[e])
                    result[Int(start[k])] = Int32(truncatingIfNeeded: e); start[k] += 1
                }
            }
        }}}
        return result
    }

    /// Checks CSR invariants (offsets monotone, indices in range, in/out consistent). Compiled in
    /// with `-D GOVNET_INTERNAL_CHECKS`, which Package.swift sets for debug builds (so every test run
    /// checks every graph it builds); release builds skip it.
    public func _checkInvariants() {
        precondition(offsets.count == nodeCount + 1 && inOffsets.count == nodeCount + 1)
        for v in 0..<nodeCount {
            precondition(offsets[v] <= offsets[v + 1] && inOffsets[v] <= inOffsets[v + 1])
            let nb = neighbors(v)
            var prev: Int32 = -1
            for t in nb { precondition(t > prev && Int(t) < nodeCount && Int(t) != v); prev = t }
        }
        precondition(targets.count == (isDirected ? edgeCount : 2 * edgeCount))
        precondition(inSources.count == targets.count)
    }
}

/// How parallel ties between the same ordered (or, undirected, unordered) pair combine into one edge.
public enum ParallelTieRule: String, CaseIterable, Sendable, Hashable {
    /// Weights add up (the default: a pair tied by two mechanisms is tied more strongly).
    case sum
    /// The largest weight.
    case max
    /// The smallest weight.
    case min
    /// The number of parallel ties becomes the weight (multiplexity).
    case count
}
