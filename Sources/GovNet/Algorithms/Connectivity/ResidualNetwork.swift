/// A flow network in CSR form with paired reverse arcs, solved by Dinic's blocking-flow algorithm.
/// Internal engine of ``Connectivity``: built once per call (or once per graph for the global
/// connectivities) and reset between queries in time proportional to the arcs a query touched.
///
/// Dinic's algorithm (Dinitz 1970; Even 1975 for unit capacities): a breadth-first level graph from
/// the source, then augmenting paths along strictly increasing levels, found by an iterative
/// depth-first search with a current-arc pointer per node. On unit-capacity networks each phase is
/// O(m) and there are O(√m) phases (O(√n) with unit node capacities). Level labels carry a stamp so
/// no array is cleared between phases or queries, and the breadth-first search stops as soon as it
/// labels the sink — a query that needs a few short paths costs far less than O(m).
struct ResidualNetwork {
    let nodeCount: Int
    let head: [Int32]
    let to: [Int32]
    let reverse: [Int32]
    let original: [Int32]
    /// Caller's label of each arc (an edge id or a node id), −1 when none.
    let tag: [Int32]
    var capacity: [Int32]

    private var level: [Int32]
    private var levelStamp: [UInt32]
    private var stamp: UInt32 = 0
    private var current: [Int32]
    private var touched: [Int32] = []
    private var queue: [Int32]
    private var path: [Int32] = []
    // Bidirectional search scratch (see `augmentingPathFlow`).
    private var forwardStamp: [UInt32]
    private var backwardStamp: [UInt32]
    private var link: [Int32]
    private var searchStamp: UInt32 = 0
    private var frontier: [Int32] = []
    private var backFrontier: [Int32] = []
    private var nextFrontier: [Int32] = []

    /// One arc to insert: `from → to` with capacity `capacity`, its reverse with `reverseCapacity`
    /// (0 for a directed arc, the same as `capacity` for an undirected edge).
    struct Arc {
        var from: Int32, to: Int32, capacity: Int32, reverseCapacity: Int32, tag: Int32
    }

    /// Builds the CSR residual network (counting sort of the arcs by tail).
    /// - Complexity: O(n + a) for `a` arcs.
    init(nodeCount n: Int, arcs: [Arc]) {
        nodeCount = n
        var degree = [Int32](repeating: 0, count: n + 1)
        for a in arcs { degree[Int(a.from)] += 1; degree[Int(a.to)] += 1 }
        var head = [Int32](repeating: 0, count: n + 1)
        for v in 0..<n { head[v + 1] = head[v] + degree[v] }
        let total = Int(head[n])
        var to = [Int32](repeating: 0, count: total)
        var rev = [Int32](repeating: 0, count: total)
        var cap = [Int32](repeating: 0, count: total)
        var tag = [Int32](repeating: -1, count: total)
        var cursor = Array(head[0..<n])
        for a in arcs {
            let f = Int(cursor[Int(a.from)]); cursor[Int(a.from)] += 1
            let r = Int(cursor[Int(a.to)]); cursor[Int(a.to)] += 1
            to[f] = a.to; cap[f] = a.capacity; tag[f] = a.tag; rev[f] = Int32(r)
            to[r] = a.from; cap[r] = a.reverseCapacity; tag[r] = a.reverseCapacity > 0 ? a.tag : -1; rev[r] = Int32(f)
        }
        self.head = head; self.to = to; self.reverse = rev; self.original = cap; self.capacity = cap; self.tag = tag
        level = [Int32](repeating: 0, count: n)
        levelStamp = [UInt32](repeating: 0, count: n)
        current = [Int32](repeating: 0, count: n)
        queue = [Int32](repeating: 0, count: n)
        forwardStamp = [UInt32](repeating: 0, count: n)
        backwardStamp = [UInt32](repeating: 0, count: n)
        link = [Int32](repeating: -1, count: n)
    }

    /// Pushes `amount` units along arc `a` (and returns them to its reverse), remembered by ``reset()``.
    mutating func push(_ a: Int, _ amount: Int32) {
        let r = Int(reverse[a])
        capacity[a] -= amount; capacity[r] += amount
        touched.append(Int32(a)); touched.append(Int32(r))
    }

    /// The arc `x → y`, by binary search; valid only when every node's arcs are sorted by head (true
    /// for a network built from arcs sorted by (tail, head) of an undirected edge list sorted by
    /// (min, max), as `tieRedundancy` builds it).
    func sortedArc(from x: Int, to y: Int) -> Int? {
        var lo = Int(head[x]), hi = Int(head[x + 1])
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(to[mid]) < y { lo = mid + 1 } else { hi = mid }
        }
        return lo < Int(head[x + 1]) && Int(to[lo]) == y ? lo : nil
    }

    /// Maximum flow by successive augmenting paths, each found by a bidirectional breadth-first search
    /// (frontiers grow from `s` and from `t`, the smaller one first, until they meet). Meant for many
    /// small bounded queries on one network (all-pairs style loops): a path between nearby nodes of a
    /// small-world graph is found after exploring two small neighbourhoods instead of a whole level
    /// graph. Stops once the flow reaches `cutoff`. O(flow · m) in the worst case.
    mutating func augmentingPathFlow(from s: Int, to t: Int, cutoff: Int = Int.max) -> Int {
        precondition(s != t)
        var flow = 0
        while flow < cutoff {
            let pushed = augmentBidirectional(s, t, limit: cutoff - flow)
            if pushed == 0 { break }
            flow += pushed
        }
        return flow
    }

    /// One bidirectional search and augmentation; returns the amount pushed (0: no path).
    /// `link[x]` is the arc into `x` on the source side, or the arc out of `x` on the sink side.
    private mutating func augmentBidirectional(_ s: Int, _ t: Int, limit: Int) -> Int {
        searchStamp &+= 1
        if searchStamp == 0 {
            for i in 0..<nodeCount { forwardStamp[i] = 0; backwardStamp[i] = 0 }
            searchStamp = 1
        }
        let st = searchStamp
        forwardStamp[s] = st; backwardStamp[t] = st
        link[s] = -1; link[t] = -1
        frontier.removeAll(keepingCapacity: true); frontier.append(Int32(s))
        backFrontier.removeAll(keepingCapacity: true); backFrontier.append(Int32(t))
        var meetArc = -1  // arc joining a source-side node to a sink-side node
        search: while !frontier.isEmpty && !backFrontier.isEmpty {
            nextFrontier.removeAll(keepingCapacity: true)
            if frontier.count <= backFrontier.count {
                for x32 in frontier {
                    let x = Int(x32)
                    for a in Int(head[x])..<Int(head[x + 1]) where capacity[a] > 0 {
                        let y = Int(to[a])
                        if backwardStamp[y] == st { meetArc = a; break search }
                        if forwardStamp[y] != st { forwardStamp[y] = st; link[y] = Int32(a); nextFrontier.append(Int32(y)) }
                    }
                }
                swap(&frontier, &nextFrontier)
            } else {
                for x32 in backFrontier {
                    let x = Int(x32)
                    for b in Int(head[x])..<Int(head[x + 1]) {
                        let r = Int(reverse[b])  // arc y → x
                        guard capacity[r] > 0 else { continue }
                        let y = Int(to[b])
                        if forwardStamp[y] == st { meetArc = r; break search }
                        if backwardStamp[y] != st { backwardStamp[y] = st; link[y] = Int32(r); nextFrontier.append(Int32(y)) }
                    }
                }
                swap(&backFrontier, &nextFrontier)
            }
        }
        guard meetArc >= 0 else { return 0 }
        // Collect the path's arcs: source side backwards from the meeting arc's tail, sink side forwards.
        path.removeAll(keepingCapacity: true)
        var x = Int(to[Int(reverse[meetArc])])
        while x != s { let a = Int(link[x]); path.append(Int32(a)); x = Int(to[Int(reverse[a])]) }
        path.reverse()
        path.append(Int32(meetArc))
        x = Int(to[meetArc])
        while x != t { let a = Int(link[x]); path.append(Int32(a)); x = Int(to[a]) }
        var b = limit
        for a in path { b = Swift.min(b, Int(capacity[Int(a)])) }
        for a in path {
            let r = Int(reverse[Int(a)])
            capacity[Int(a)] -= Int32(b); capacity[r] += Int32(b)
            touched.append(a); touched.append(Int32(r))
        }
        return b
    }

    /// Restores every capacity changed since the last reset.
    /// - Complexity: O(arcs touched).
    mutating func reset() {
        for a in touched { capacity[Int(a)] = original[Int(a)] }
        touched.removeAll(keepingCapacity: true)
    }

    /// Maximum flow from `s` to `t`, stopping once it reaches `cutoff` (the value returned is then
    /// at least `cutoff`, possibly not the maximum). Call ``reset()`` before reusing the network.
    /// `s == t` is allowed when `s` and `t` are distinct network nodes only — callers map them.
    mutating func maxFlow(from s: Int, to t: Int, cutoff: Int = Int.max) -> Int {
        precondition(s != t)
        var flow = 0
        while flow < cutoff && buildLevels(s, t) {
            while flow < cutoff {
                let f = augment(s, t, limit: cutoff - flow)
                if f == 0 { break }
                flow += f
            }
        }
        return flow
    }

    /// Breadth-first level graph from `s`; stops once `t` is labelled. Returns whether it was.
    private mutating func buildLevels(_ s: Int, _ t: Int) -> Bool {
        stamp &+= 1
        if stamp == 0 {  // wrapped: clear stale stamps once every 2^32 phases
            for i in levelStamp.indices { levelStamp[i] = 0 }
            stamp = 1
        }
        let st = stamp
        return head.withUnsafeBufferPointer { hd in
        to.withUnsafeBufferPointer { tt in
        capacity.withUnsafeBufferPointer { cp in
        level.withUnsafeMutableBufferPointer { lv in
        levelStamp.withUnsafeMutableBufferPointer { ls in
        current.withUnsafeMutableBufferPointer { cur in
        queue.withUnsafeMutableBufferPointer { q in
            var qHead = 0, qTail = 0
            q[qTail] = Int32(s); qTail += 1
            ls[s] = st; lv[s] = 0; cur[s] = hd[s]
            while qHead < qTail {
                let v = Int(q[qHead]); qHead += 1
                let next = lv[v] + 1
                for a in Int(hd[v])..<Int(hd[v + 1]) where cp[a] > 0 {
                    let w = Int(tt[a])
                    if ls[w] == st { continue }
                    ls[w] = st; lv[w] = next; cur[w] = hd[w]
                    if w == t { return true }
                    q[qTail] = Int32(w); qTail += 1
                }
            }
            return false
        }}}}}}}
    }

    /// One augmenting path along the level graph (iterative DFS with current-arc pointers); pushes
    /// its bottleneck (at most `limit`) and returns it, or 0 when the level graph is blocked.
    private mutating func augment(_ s: Int, _ t: Int, limit: Int) -> Int {
        let st = stamp
        path.removeAll(keepingCapacity: true)
        var v = s
        while true {
            if v == t {
                var b = limit
                for a in path { b = Swift.min(b, Int(capacity[Int(a)])) }
                for a in path {
                    let r = Int(reverse[Int(a)])
                    capacity[Int(a)] -= Int32(b); capacity[r] += Int32(b)
                    touched.append(a); touched.append(Int32(r))
                }
                return b
            }
            var advanced = false
            let end = head[v + 1]
            while current[v] < end {
                let a = Int(current[v])
                let w = Int(to[a])
                if capacity[a] > 0 && levelStamp[w] == st && level[w] == level[v] + 1 {
                    path.append(Int32(a)); v = w; advanced = true
                    break
                }
                current[v] += 1
            }
            if advanced { continue }
            if v == s { return 0 }
            level[v] = -2  // dead end for the rest of this phase
            let a = Int(path.removeLast())
            v = Int(to[Int(reverse[a])])
            current[v] += 1
        }
    }

    /// Nodes reachable from `s` in the residual network (the source side of a minimum cut after a
    /// maximum flow).
    func reachable(from s: Int) -> [Bool] {
        var seen = [Bool](repeating: false, count: nodeCount)
        var stack: [Int32] = [Int32(s)]
        seen[s] = true
        while let v = stack.popLast() {
            for a in Int(head[Int(v)])..<Int(head[Int(v) + 1]) where capacity[a] > 0 {
                let w = Int(to[a])
                if !seen[w] { seen[w] = true; stack.append(Int32(w)) }
            }
        }
        return seen
    }

    /// Decomposes the current flow into `s`–`t` paths (as network-node sequences), dropping any
    /// cycles. Flow on an arc is `original − capacity` where positive.
    func flowPaths(from s: Int, to t: Int) -> [[Int32]] {
        var remaining = [Int32](repeating: 0, count: to.count)
        for a in 0..<to.count where original[a] > capacity[a] { remaining[a] = original[a] - capacity[a] }
        var paths: [[Int32]] = []
        var position = [Int32](repeating: -1, count: nodeCount)
        while true {
            var walk: [Int32] = [Int32(s)]
            position[s] = 0
            var v = s
            var stuck = false
            while v != t {
                var next = -1
                for a in Int(head[v])..<Int(head[v + 1]) where remaining[a] > 0 { next = a; break }
                if next < 0 { stuck = true; break }
                remaining[next] -= 1
                let w = Int(to[next])
                if position[w] >= 0 {  // a cycle: cut it out of the walk
                    let keep = Int(position[w]) + 1
                    for x in walk[keep...] { position[Int(x)] = -1 }
                    walk.removeSubrange(keep...)
                } else {
                    position[w] = Int32(walk.count)
                    walk.append(Int32(w))
                }
                v = w
            }
            for x in walk { position[Int(x)] = -1 }
            if stuck { break }
            paths.append(walk)
        }
        return paths
    }
}
