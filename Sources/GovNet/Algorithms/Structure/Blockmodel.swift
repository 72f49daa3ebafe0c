/// Blockmodels: positions (blocks of departments) and the densities of ties between them.
public enum Blockmodel {
    /// The image matrix: the density of ties from each block to each block.
    ///
    /// Definition: image[r][s] = ties from members of block r to members of block s ÷ ordered pairs
    /// (i, j), i ≠ j, i in r and j in s (the diagonal of the adjacency matrix left out; an undirected
    /// tie is both entries). NaN for a one-member block's own cell (no pair).
    ///
    /// - Parameters:
    ///   - blocks: block of each node, 1…B.
    /// - Returns: B × B densities.
    /// - Complexity: O(n + m + B²).
    ///
    /// References: White, Boorman & Breiger (1976), "Social structure from multiple networks. I.
    /// Blockmodels of roles and positions", Am. J. Sociol. 81:730–780. Matches `sna::blockmodel(g, ec,
    /// k = …)$block.model` (block.content = "density", diag = FALSE).
    public static func image(of graph: Graph, blocks: [Int]) -> [[Double]] {
        let count = blocks.max() ?? 0
        var size = [Double](repeating: 0, count: count + 1)
        for b in blocks { size[b] += 1 }
        var ties = [[Double]](repeating: [Double](repeating: 0, count: count + 1), count: count + 1)
        for e in 0..<graph.edgeCount {
            let r = blocks[Int(graph.edgeSources[e])], s = blocks[Int(graph.edgeTargets[e])]
            ties[r][s] += 1
            if !graph.isDirected { ties[s][r] += 1 }
        }
        return (1...max(count, 1)).prefix(count).map { r in
            (1...count).map { s in
                let pairs = r == s ? size[r] * (size[r] - 1) : size[r] * size[s]
                return pairs > 0 ? ties[r][s] / pairs : .nan
            }
        }
    }
}
