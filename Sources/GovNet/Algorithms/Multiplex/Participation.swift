/// Measures across the layers (mechanisms) of a multiplex network, each layer a ``Graph`` over the same
/// nodes (built with `NetworkGraph(network:view:)` and a one-mechanism view, in the network's node order).
public enum Multiplex {
    /// Multiplex participation coefficient of every node: how evenly its ties spread over the layers.
    ///
    /// `P_i = M/(M − 1) · [1 − Σ_α (k_i^α / o_i)²]`, where `k_i^α` is `i`'s degree in layer `α` (in +
    /// out degree when the layer is directed), `o_i = Σ_α k_i^α` its overlapping degree and `M` the
    /// number of layers. 0 when all of a node's ties are in one layer, 1 when they are spread evenly.
    ///
    /// ```swift
    /// let a = Graph(nodeCount: 3, edges: [(0, 1)], directed: false)
    /// let b = Graph(nodeCount: 3, edges: [(0, 2)], directed: false)
    /// Multiplex.participation(layers: [a, b])  // [1.0, 0.0, 0.0]
    /// ```
    ///
    /// - Parameter layers: one graph per layer, all with the same `nodeCount`.
    /// - Returns: one value per node in [0, 1]; 0 for a node without ties, and for every node when
    ///   there are fewer than two layers (an empty array for no layers).
    /// - Complexity: O(M · n) time, O(n) extra space.
    ///
    /// References: Battiston, F., Nicosia, V. & Latora, V. (2014). Structural measures for multiplex
    /// networks. *Phys. Rev. E* 89, 032804, doi:10.1103/PhysRevE.89.032804. No NetworkX counterpart
    /// (compare pymnet / MuxViz's participation coefficient).
    public static func participation(layers: [Graph]) -> [Double] {
        guard let first = layers.first else { return [] }
        let n = first.nodeCount
        precondition(layers.allSatisfy { $0.nodeCount == n }, "layers must share their nodes")
        let m = layers.count
        guard m > 1 else { return [Double](repeating: 0, count: n) }
        var total = [Double](repeating: 0, count: n)
        var squares = [Double](repeating: 0, count: n)
        for g in layers {
            for v in 0..<n {
                let k = Double(g.isDirected ? g.outDegree(v) + g.inDegree(v) : g.outDegree(v))
                total[v] += k
                squares[v] += k * k
            }
        }
        let factor = Double(m) / Double(m - 1)
        return (0..<n).map { v in
            total[v] == 0 ? 0 : factor * (1 - squares[v] / (total[v] * total[v]))
        }
    }
}
