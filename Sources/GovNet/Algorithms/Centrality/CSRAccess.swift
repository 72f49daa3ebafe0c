/// Unsafe, bounds-check-free access to one direction of a graph's adjacency, for hot loops.
///
/// Valid only inside the closure that produced it (``Graph/withOutAdjacency(lengths:_:)`` or
/// ``Graph/withInAdjacency(lengths:_:)``).
struct Adjacency {
    /// `nodeCount + 1` offsets into ``targets``.
    let offsets: UnsafeBufferPointer<Int32>
    /// Neighbour of each slot.
    let targets: UnsafeBufferPointer<Int32>
    /// Per-slot value in lock-step with ``targets``: edge length for shortest paths, or weight (empty when unused).
    let values: UnsafeBufferPointer<Double>
    /// Edge id of each slot.
    let edges: UnsafeBufferPointer<Int32>
    /// The lengths in whole quanta (``LengthUnits``), in lock-step with ``targets``; empty when the
    /// lengths have no small common power-of-two quantum (or were not asked for).
    var units: UnsafeBufferPointer<Int32> = UnsafeBufferPointer(start: nil, count: 0)
    /// The number of buckets for ``units`` (0 when ``units`` is empty).
    var unitSpan = 0
}

extension Graph {
    /// Calls `body` with the out-adjacency (all adjacency when undirected); `values` are per-slot
    /// numbers in the order of ``targets`` (e.g. lengths from ``slotLengths(_:inward:)``), or empty.
    /// With `lengthUnits`, `values` are lengths and the adjacency carries their ``LengthUnits`` when
    /// they have one, so Dijkstra's searches use buckets.
    func withOutAdjacency<R>(values: [Double] = [], lengthUnits: Bool = false, _ body: (Adjacency) throws -> R) rethrows -> R {
        let quanta = lengthUnits ? LengthUnits(values) : nil
        return try offsets.withUnsafeBufferPointer { o in
            try targets.withUnsafeBufferPointer { t in
                try values.withUnsafeBufferPointer { l in
                    try slotEdges.withUnsafeBufferPointer { e in
                        try (quanta?.units ?? []).withUnsafeBufferPointer { u in
                            var adj = Adjacency(offsets: o, targets: t, values: l, edges: e)
                            if let quanta { adj.units = u; adj.unitSpan = quanta.span }
                            return try body(adj)
                        }
                    }
                }
            }
        }
    }

    /// Calls `body` with the in-adjacency (sources of arcs into each node; all adjacency when undirected).
    func withInAdjacency<R>(values: [Double] = [], lengthUnits: Bool = false, _ body: (Adjacency) throws -> R) rethrows -> R {
        let quanta = lengthUnits ? LengthUnits(values) : nil
        return try inOffsets.withUnsafeBufferPointer { o in
            try inSources.withUnsafeBufferPointer { t in
                try values.withUnsafeBufferPointer { l in
                    try inSlotEdges.withUnsafeBufferPointer { e in
                        try (quanta?.units ?? []).withUnsafeBufferPointer { u in
                            var adj = Adjacency(offsets: o, targets: t, values: l, edges: e)
                            if let quanta { adj.units = u; adj.unitSpan = quanta.span }
                            return try body(adj)
                        }
                    }
                }
            }
        }
    }

    /// The length of every out-slot (`inward == false`) or in-slot under `rule`; empty for ``PathLength/hops``.
    func slotLengths(_ rule: PathLength, inward: Bool = false) -> [Double] {
        if rule == .hops { return [] }
        return (inward ? inWeights : weights).map { rule.length($0) }
    }

    /// The weight of every out- or in-slot, or all ones when `weighted` is false.
    func slotWeights(_ weighted: Bool, inward: Bool = false) -> [Double] {
        let w = inward ? inWeights : weights
        return weighted ? w : [Double](repeating: 1, count: w.count)
    }
}
