/// Articulation points and bridges of an undirected graph **with one extra edge**, without rebuilding
/// the graph: the inner loop of the biconnectivity augmentation, which tries every candidate tie.
///
/// An iterative depth-first search computes discovery times and low points (Hopcroft & Tarjan 1973)
/// over the CSR arrays, treating the candidate `(a, b)` as one more neighbour of `a` and of `b`.
/// Scratch arrays are allocated once and reused across candidates (one instance per task).
///
/// References: Hopcroft & Tarjan (1973), "Algorithm 447: efficient algorithms for graph manipulation",
/// Commun. ACM 16(6):372–378, doi:10.1145/362248.362272; Tarjan (1974), Inf. Process. Lett.
/// 2(6):160–161, doi:10.1016/0020-0190(74)90003-9. Same sets as NetworkX `articulation_points` and
/// `bridges` of `G` plus the edge.
final class BlockCutCounter {
    private let n: Int
    private let disc: UnsafeMutablePointer<Int32>
    private let low: UnsafeMutablePointer<Int32>
    private let parent: UnsafeMutablePointer<Int32>
    private let cursor: UnsafeMutablePointer<Int32>
    private let stack: UnsafeMutablePointer<Int32>
    private let skippedParent: UnsafeMutablePointer<Bool>
    private let cut: UnsafeMutablePointer<Bool>
    private let children: UnsafeMutablePointer<Int32>

    init(nodeCount: Int) {
        n = nodeCount
        let c = Swift.max(nodeCount, 1)
        disc = .allocate(capacity: c); low = .allocate(capacity: c); parent = .allocate(capacity: c)
        cursor = .allocate(capacity: c); stack = .allocate(capacity: c)
        skippedParent = .allocate(capacity: c); cut = .allocate(capacity: c); children = .allocate(capacity: c)
    }

    deinit {
        disc.deallocate(); low.deallocate(); parent.deallocate(); cursor.deallocate(); stack.deallocate()
        skippedParent.deallocate(); cut.deallocate(); children.deallocate()
    }

    /// Counts (and optionally lists) the cut points and bridges of `g` plus the edge `extra`.
    ///
    /// - Parameters:
    ///   - g: an undirected simple graph.
    ///   - extra: a pair not adjacent in `g`, or `nil` for `g` itself.
    ///   - cutPoints: when non-nil, receives the articulation points (ascending).
    ///   - bridges: when non-nil, receives the bridges as `(smaller, larger)` index pairs (DFS order).
    /// - Returns: the number of articulation points and of bridges.
    /// - Complexity: O(n + m) time, no allocation unless listing.
    func count(_ g: Graph, extra: (Int32, Int32)?, cutPoints: UnsafeMutablePointer<[Int32]>? = nil,
               bridges: UnsafeMutablePointer<[(Int32, Int32)]>? = nil) -> (cutPoints: Int, bridges: Int) {
        precondition(g.nodeCount == n && !g.isDirected)
        let ea = extra.map { Int($0.0) } ?? -1, eb = extra.map { Int($0.1) } ?? -1
        var cutCount = 0, bridgeCount = 0
        g.offsets.withUnsafeBufferPointer { off in
        g.targets.withUnsafeBufferPointer { tgt in
            for v in 0..<n { disc[v] = -1; cut[v] = false; children[v] = 0; skippedParent[v] = false }
            var time: Int32 = 0
            for root in 0..<n where disc[root] < 0 {
                disc[root] = time; low[root] = time; time += 1
                parent[root] = -1; cursor[root] = off[root]
                stack[0] = Int32(root)
                var depth = 1
                while depth > 0 {
                    let v = Int(stack[depth - 1])
                    let p = Int(cursor[v])
                    let end = Int(off[v + 1])
                    // Slots off[v]..<end are CSR neighbours; slot `end` is the extra edge, if v is an end of it.
                    if p < end || (p == end && (v == ea || v == eb)) {
                        cursor[v] = Int32(p + 1)
                        let w = p < end ? Int(tgt[p]) : (v == ea ? eb : ea)
                        if w == Int(parent[v]) && !skippedParent[v] { skippedParent[v] = true; continue }
                        if disc[w] < 0 {
                            disc[w] = time; low[w] = time; time += 1
                            parent[w] = Int32(v); cursor[w] = off[w]
                            stack[depth] = Int32(w); depth += 1
                        } else if disc[w] < low[v] {
                            low[v] = disc[w]
                        }
                    } else {
                        depth -= 1
                        let u = Int(parent[v])
                        guard u >= 0 else { continue }
                        if low[v] < low[u] { low[u] = low[v] }
                        if low[v] > disc[u] {
                            bridgeCount += 1
                            bridges?.pointee.append((Int32(Swift.min(u, v)), Int32(Swift.max(u, v))))
                        }
                        if parent[u] < 0 {
                            children[u] += 1
                            if children[u] == 2 { cut[u] = true; cutCount += 1 }
                        } else if low[v] >= disc[u] && !cut[u] {
                            cut[u] = true; cutCount += 1
                        }
                    }
                }
            }
        }}
        if let cutPoints {
            cutPoints.pointee = (0..<n).filter { cut[$0] }.map { Int32($0) }
        }
        return (cutCount, bridgeCount)
    }
}
