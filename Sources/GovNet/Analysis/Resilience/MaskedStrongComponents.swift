/// Largest strongly connected component of a directed graph with some nodes removed: the per-step
/// recomputation behind the strong-component column of a failure curve (strong components can split
/// without any weak split, so reverse union–find does not apply).
///
/// Tarjan's algorithm with an explicit call stack over the CSR arrays, skipping removed nodes; the
/// scratch arrays are allocated once per task and reused across steps.
///
/// References: Tarjan (1972), "Depth-first search and linear graph algorithms", SIAM J. Comput.
/// 1(2):146–160, doi:10.1137/0201010. Equals `len(max(nx.strongly_connected_components(G), key=len))`
/// on the remaining graph.
final class MaskedStrongComponents {
    private let n: Int
    private let index: UnsafeMutablePointer<Int32>
    private let low: UnsafeMutablePointer<Int32>
    private let onStack: UnsafeMutablePointer<Bool>
    private let stack: UnsafeMutablePointer<Int32>
    private let callNode: UnsafeMutablePointer<Int32>
    private let callCursor: UnsafeMutablePointer<Int32>

    /// Scratch for graphs of `nodeCount` nodes (one instance per task; not thread-safe).
    init(nodeCount: Int) {
        n = nodeCount
        let c = Swift.max(nodeCount, 1)
        index = .allocate(capacity: c); low = .allocate(capacity: c); onStack = .allocate(capacity: c)
        stack = .allocate(capacity: c); callNode = .allocate(capacity: c); callCursor = .allocate(capacity: c)
        onStack.initialize(repeating: false, count: c)
    }

    deinit {
        index.deallocate(); low.deallocate(); onStack.deallocate()
        stack.deallocate(); callNode.deallocate(); callCursor.deallocate()
    }

    /// Size of the largest strong component among the nodes not flagged in `removed` (`0` when every
    /// node is removed).
    /// - Complexity: O(n + m) time, no allocation.
    func largest(of g: Graph, removed: UnsafeBufferPointer<Bool>) -> Int {
        precondition(g.nodeCount == n && removed.count == n)
        var best = 0
        g.offsets.withUnsafeBufferPointer { off in
        g.targets.withUnsafeBufferPointer { tgt in
            for v in 0..<n { index[v] = -1 }
            var counter: Int32 = 0, sp = 0
            for s in 0..<n where index[s] < 0 && !removed[s] {
                index[s] = counter; low[s] = counter; counter += 1
                stack[sp] = Int32(s); sp += 1; onStack[s] = true
                callNode[0] = Int32(s); callCursor[0] = off[s]
                var depth = 1
                while depth > 0 {
                    let v = Int(callNode[depth - 1])
                    let p = Int(callCursor[depth - 1])
                    if p < Int(off[v + 1]) {
                        callCursor[depth - 1] = Int32(p + 1)
                        let w = Int(tgt[p])
                        if removed[w] { continue }
                        if index[w] < 0 {
                            index[w] = counter; low[w] = counter; counter += 1
                            stack[sp] = Int32(w); sp += 1; onStack[w] = true
                            callNode[depth] = Int32(w); callCursor[depth] = off[w]; depth += 1
                        } else if onStack[w] && index[w] < low[v] {
                            low[v] = index[w]
                        }
                    } else {
                        depth -= 1
                        if low[v] == index[v] {
                            var size = 0
                            while true {
                                sp -= 1
                                let w = Int(stack[sp])
                                onStack[w] = false
                                size += 1
                                if w == v { break }
                            }
                            if size > best { best = size }
                        }
                        if depth > 0 {
                            let u = Int(callNode[depth - 1])
                            if low[v] < low[u] { low[u] = low[v] }
                        }
                    }
                }
            }
        }}
        return best
    }
}
