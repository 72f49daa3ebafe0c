/// A partition of the nodes of a graph into components: the result of ``Components``.
///
/// Component labels are `0..<count`, numbered in the order of each component's smallest node (the
/// component of node 0 is 0, the next component met in node order is 1, …) for both weak and strong
/// components, so results are deterministic and comparable across runs.
public struct ComponentLabels: Sendable, Equatable {
    /// Component label of each node.
    public let labels: [Int32]
    /// Number of components (`0` for the empty graph; each isolate is its own component).
    public let count: Int
    private let storedSizes: [Int]

    /// Builds the partition from labels already numbered `0..<count` in order of first appearance.
    init(labels: [Int32], count: Int) {
        var sizes = [Int](repeating: 0, count: count)
        for l in labels { sizes[Int(l)] += 1 }
        self.labels = labels
        self.count = count
        self.storedSizes = sizes
    }

    /// Number of nodes of each component, indexed by label.
    public var sizes: [Int] { storedSizes }

    /// Size of the largest component (`0` for the empty graph).
    public var largest: Int { storedSizes.max() ?? 0 }

    /// Label of the largest component; among equally large ones, the one with the smallest node (the
    /// component `max(nx.connected_components(G), key=len)` returns). `nil` for the empty graph.
    public var largestLabel: Int? {
        guard count > 0 else { return nil }
        var best = 0
        for c in 1..<count where storedSizes[c] > storedSizes[best] { best = c }
        return best
    }

    /// Nodes of component `label`, ascending.
    /// - Complexity: O(n).
    public func members(of label: Int) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(storedSizes[label])
        for (v, l) in labels.enumerated() where Int(l) == label { result.append(Int32(v)) }
        return result
    }
}

/// Connected components: weak, strong, and the reachability they imply.
public enum Components {}
