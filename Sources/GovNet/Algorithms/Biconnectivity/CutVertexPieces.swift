/// The pieces a connected component falls into when one of its cut points is removed, for every cut
/// point at once, from one depth-first search (Hopcroft & Tarjan 1973): removing `v` separates the
/// subtree of each DFS child `w` with `low[w] ≥ disc[v]` (every child when `v` is a root), and leaves
/// the rest of the component as one more piece. The single-point-of-failure rule asks this of every
/// cut point of every working mechanism, once per robustness draw; relabelling the components of the
/// graph without `v` costs O(n + m) per cut point.
///
/// Pieces are identified as ``Components/weak(of:)`` numbers them after the removal: by their smallest
/// node.
struct CutVertexPieces {
    /// One piece: its nodes (any order), its size and its smallest node.
    struct Piece {
        var nodes: [Int]
        var smallest: Int
    }

    private let g: Graph
    private let dfs: DepthFirstLowPoints
    /// Nodes in discovery order (a subtree is a contiguous run).
    private let order: [Int32]
    private let size: [Int32]
    private let smallest: [Int32]
    private let root: [Int32]
    /// Children of each node in discovery order (CSR).
    private let childStart: [Int32]
    private let children: [Int32]
    /// Nodes of each DFS tree (component), ascending (CSR by root).
    private let componentStart: [Int32]
    private let componentNodes: [Int32]
    private let componentOf: [Int32]

    /// - Complexity: O(n + m).
    init(_ g: Graph) {
        let n = g.nodeCount
        self.g = g
        dfs = DepthFirstLowPoints(undirected: g)
        var order = [Int32](repeating: 0, count: n)
        for v in 0..<n { order[Int(dfs.discovery[v])] = Int32(v) }
        var size = [Int32](repeating: 1, count: n), smallest = (0..<n).map { Int32($0) }
        for t in stride(from: n - 1, through: 0, by: -1) {
            let v = Int(order[t]), p = Int(dfs.parent[v])
            if p >= 0 { size[p] += size[v]; smallest[p] = min(smallest[p], smallest[v]) }
        }
        var root = [Int32](repeating: 0, count: n)
        var childCount = [Int32](repeating: 0, count: n + 1)
        for t in 0..<n {
            let v = Int(order[t]), p = Int(dfs.parent[v])
            root[v] = p < 0 ? Int32(v) : root[p]
            if p >= 0 { childCount[p + 1] += 1 }
        }
        for v in 0..<n { childCount[v + 1] += childCount[v] }
        var cursor = childCount
        var children = [Int32](repeating: 0, count: max(0, n))
        for t in 0..<n {
            let v = Int(order[t]), p = Int(dfs.parent[v])
            if p >= 0 { children[Int(cursor[p])] = Int32(v); cursor[p] += 1 }
        }
        // Components: roots numbered in node order, nodes ascending within each.
        var componentOf = [Int32](repeating: -1, count: n)
        var count: Int32 = 0
        var number = [Int32](repeating: -1, count: n)
        for v in 0..<n {
            let r = Int(root[v])
            if number[r] < 0 { number[r] = count; count += 1 }
            componentOf[v] = number[r]
        }
        var start = [Int32](repeating: 0, count: Int(count) + 1)
        for v in 0..<n { start[Int(componentOf[v]) + 1] += 1 }
        for c in 0..<Int(count) { start[c + 1] += start[c] }
        var fill = start
        var nodes = [Int32](repeating: 0, count: n)
        for v in 0..<n { let c = Int(componentOf[v]); nodes[Int(fill[c])] = Int32(v); fill[c] += 1 }
        self.order = order; self.size = size; self.smallest = smallest; self.root = root
        self.childStart = childCount; self.children = children
        self.componentStart = start; self.componentNodes = nodes; self.componentOf = componentOf
    }

    /// Whether `u` lies in the DFS subtree of `w`.
    private func inSubtree(_ u: Int, _ w: Int) -> Bool {
        let d = dfs.discovery[u], dw = dfs.discovery[w]
        return d >= dw && d < dw + size[w]
    }

    /// The pieces of `v`'s component without `v` (`v` a cut point): the piece that stays — the one
    /// holding `keep` when it is in the component and is not `v`, else the largest (on equal sizes the
    /// one with the smallest node) — and the others, the lost ones.
    /// - Returns: the lost pieces and the number of pieces.
    /// - Complexity: O(size of the lost pieces + separated children), plus O(component) when the
    ///   piece that stays is a subtree.
    func pieces(removing v: Int, keep: Int?) -> (lost: [Piece], count: Int) {
        let isRoot = dfs.parent[v] < 0
        var separated: [Int] = []
        for k in Int(childStart[v])..<Int(childStart[v + 1]) {
            let w = Int(children[k])
            if isRoot || dfs.low[w] >= dfs.discovery[v] { separated.append(w) }
        }
        let r = Int(root[v])
        let restSize = Int(size[r]) - 1 - separated.reduce(0) { $0 + Int(size[$1]) }
        let count = separated.count + (restSize > 0 ? 1 : 0)
        let component = Int(componentOf[v])
        let members = componentNodes[Int(componentStart[component])..<Int(componentStart[component + 1])]
        func inRest(_ u: Int) -> Bool { u != v && !separated.contains { inSubtree(u, $0) } }
        // The piece that stays: index into `separated`, or -1 for the rest.
        var stay: Int
        if let c = keep, c != v, root[c] == root[v] {
            stay = separated.firstIndex { inSubtree(c, $0) } ?? -1
        } else {
            stay = -2
            var bestSize = -1, bestSmallest = Int.max
            for (i, w) in separated.enumerated() where Int(size[w]) > bestSize || (Int(size[w]) == bestSize && Int(smallest[w]) < bestSmallest) {
                stay = i; bestSize = Int(size[w]); bestSmallest = Int(smallest[w])
            }
            if restSize > 0 && restSize >= bestSize {
                let restSmallest = Int(members.first { inRest(Int($0)) }!)
                if restSize > bestSize || restSmallest < bestSmallest { stay = -1 }
            }
        }
        var lost: [Piece] = []
        for (i, w) in separated.enumerated() where i != stay {
            let d = Int(dfs.discovery[w])
            lost.append(Piece(nodes: order[d..<(d + Int(size[w]))].map(Int.init), smallest: Int(smallest[w])))
        }
        if stay != -1 && restSize > 0 {
            let nodes = members.lazy.map(Int.init).filter(inRest)
            lost.append(Piece(nodes: Array(nodes), smallest: nodes.first!))
        }
        return (lost, count)
    }
}
