extension Components {
    /// Strongly connected components.
    ///
    /// Definition: `u` and `v` are in the same strong component when there is a directed path `u→v`
    /// and one `v→u`. On an undirected graph these are the connected components.
    ///
    /// - Parameter graph: any graph.
    /// - Returns: labels renumbered in order of each component's smallest node (like ``weak(of:)``).
    /// - Complexity: O(n + m) time, O(n) extra space (``StrongComponentSearch``).
    ///
    /// References: Tarjan (1972), "Depth-first search and linear graph algorithms", SIAM J. Comput.
    /// 1(2):146–160, doi:10.1137/0201010. Matches NetworkX `strongly_connected_components` and igraph
    /// `igraph_connected_components` with `IGRAPH_STRONG` (as partitions).
    public static func strong(of graph: Graph) -> ComponentLabels {
        guard graph.isDirected else { return weak(of: graph) }
        let (raw, count) = tarjan(graph)
        var renumber = [Int32](repeating: -1, count: count)
        var next: Int32 = 0
        var labels = raw
        for v in 0..<labels.count {
            let c = Int(raw[v])
            if renumber[c] < 0 { renumber[c] = next; next += 1 }
            labels[v] = renumber[c]
        }
        return ComponentLabels(labels: labels, count: count)
    }

    /// Tarjan's strong components in completion order: every arc between two components goes from a
    /// higher to a lower id (ids are a reverse topological order of the condensation).
    static func tarjan(_ graph: Graph) -> (labels: [Int32], count: Int) {
        let search = StrongComponentSearch(nodeCount: graph.nodeCount)
        let (count, _) = search.run(graph)
        return (search.labels, count)
    }
}

/// Tarjan's strong components over the CSR arrays, optionally skipping removed nodes, with scratch
/// allocated once and reused across runs: the one strong-component kernel, behind
/// ``Components/strong(of:)``, ``Components/unreachablePairs(of:)`` and the per-step strong-component
/// column of a failure curve (strong components can split without any weak split, so reverse
/// union–find does not apply there).
///
/// An explicit call stack (node, adjacency cursor) replaces recursion, so deep graphs (a 10⁵-node
/// path) cannot overflow the thread stack. Components are numbered in completion order: every arc
/// between two components goes from a higher to a lower id.
///
/// - Complexity: O(n + m) time per run, O(n) space allocated once.
///
/// References: Tarjan (1972), "Depth-first search and linear graph algorithms", SIAM J. Comput.
/// 1(2):146–160, doi:10.1137/0201010. The largest component equals
/// `len(max(nx.strongly_connected_components(G), key=len))` on the remaining graph.
final class StrongComponentSearch {
    private let n: Int
    private let index: UnsafeMutablePointer<Int32>
    private let low: UnsafeMutablePointer<Int32>
    private let comp: UnsafeMutablePointer<Int32>          // component id; -1 while unassigned
    private let stack: UnsafeMutablePointer<Int32>         // Tarjan's node stack
    private let callNode: UnsafeMutablePointer<Int32>      // DFS call stack
    private let callCursor: UnsafeMutablePointer<Int32>

    /// Scratch for graphs of `nodeCount` nodes (one instance per task; not thread-safe).
    init(nodeCount: Int) {
        n = nodeCount
        let c = Swift.max(nodeCount, 1)
        index = .allocate(capacity: c); low = .allocate(capacity: c); comp = .allocate(capacity: c)
        stack = .allocate(capacity: c); callNode = .allocate(capacity: c); callCursor = .allocate(capacity: c)
    }

    deinit {
        index.deallocate(); low.deallocate(); comp.deallocate()
        stack.deallocate(); callNode.deallocate(); callCursor.deallocate()
    }

    /// The component id of every node after the last ``run(_:removed:)`` (`-1` for removed nodes).
    var labels: [Int32] { Array(UnsafeBufferPointer(start: comp, count: n)) }

    /// The strong components of `g` without the nodes flagged in `removed` (none when `nil`).
    /// - Returns: the number of components and the size of the largest (`0` when every node is removed).
    /// - Complexity: O(n + m) time, no allocation.
    @discardableResult
    func run(_ g: Graph, removed: UnsafeBufferPointer<Bool>? = nil) -> (count: Int, largest: Int) {
        precondition(g.nodeCount == n && (removed == nil || removed!.count == n))
        let masked = removed != nil
        let removed = removed ?? UnsafeBufferPointer(start: nil, count: 0)
        var count: Int32 = 0, largest = 0
        g.offsets.withUnsafeBufferPointer { off in
        g.targets.withUnsafeBufferPointer { tgt in
            for v in 0..<n { index[v] = -1; comp[v] = -1 }
            var counter: Int32 = 0, sp = 0
            for s in 0..<n where index[s] < 0 && !(masked && removed[s]) {
                index[s] = counter; low[s] = counter; counter += 1
                stack[sp] = Int32(s); sp += 1
                callNode[0] = Int32(s); callCursor[0] = off[s]
                var depth = 1
                while depth > 0 {
                    let v = Int(callNode[depth - 1])
                    let p = Int(callCursor[depth - 1])
                    if p < Int(off[v + 1]) {
                        callCursor[depth - 1] = Int32(p + 1)
                        let w = Int(tgt[p])
                        if masked && removed[w] { continue }
                        if index[w] < 0 {
                            index[w] = counter; low[w] = counter; counter += 1
                            stack[sp] = Int32(w); sp += 1
                            callNode[depth] = Int32(w); callCursor[depth] = off[w]; depth += 1
                        } else if comp[w] < 0 && index[w] < low[v] {
                            low[v] = index[w]  // w is on the stack
                        }
                    } else {
                        depth -= 1
                        if low[v] == index[v] {
                            var size = 0
                            while true {
                                sp -= 1
                                let w = Int(stack[sp])
                                comp[w] = count
                                size += 1
                                if w == v { break }
                            }
                            count += 1
                            if size > largest { largest = size }
                        }
                        if depth > 0 {
                            let u = Int(callNode[depth - 1])
                            if low[v] < low[u] { low[u] = low[v] }
                        }
                    }
                }
            }
        }}
        return (Int(count), largest)
    }
}
