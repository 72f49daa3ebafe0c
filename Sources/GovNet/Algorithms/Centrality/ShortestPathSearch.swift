/// Preallocated scratch of one worker for single-source shortest paths over CSR: breadth-first
/// search (every edge of length 1) or Dijkstra's algorithm with ``IndexedMinHeap``, optionally
/// counting shortest paths (σ) and accumulating Brandes dependencies.
///
/// All buffers are flat, `nodeCount` (or slot-count) long, allocated once per worker and reset in
/// O(reached) after each source, so a run over all sources allocates nothing per source.
///
/// A counting breadth-first search also records the shortest-path DAG: the edges v → w with
/// d(w) = d(v) + 1, grouped by v in the order v was dequeued (``dagNodes`` from ``dagStart``), so
/// σ and the backward (dependency) pass read each DAG edge once, sequentially, without testing
/// distances again.
///
/// Ties between path lengths are decided by exact floating-point equality of `d(v) + ℓ(v, w)` and
/// `d(w)`, computed by the same additions as NetworkX's `_single_source_dijkstra_path_basic`, so
/// the same equal-length paths are counted (an epsilon would count paths NetworkX does not).
final class ShortestPathSearch {
    let nodeCount: Int
    /// Reached nodes in the order they were finalised (BFS queue order, Dijkstra pop order).
    let order: UnsafeMutablePointer<Int32>
    /// BFS distance of each node, −1 when unreached.
    let hops: UnsafeMutablePointer<Int32>
    /// Dijkstra distance of each node, +∞ when unreached.
    let distance: UnsafeMutablePointer<Double>
    /// Number of shortest paths from the source (counting searches only).
    let sigma: UnsafeMutablePointer<Double>
    /// Brandes coefficient (1 + δ(w)) / σ(w) of each processed node.
    let coefficient: UnsafeMutablePointer<Double>
    /// Hop distances of the DAG-recording BFS in 16 bits (graphs of ≤ 65 535 nodes, whose distances
    /// fit): the scan's per-slot distance test then reads a 2n-byte array that stays in L1 cache.
    /// `UInt16.max` marks unreached nodes.
    let narrowHops: UnsafeMutablePointer<UInt16>
    /// The same in 32 bits for larger graphs (`UInt32.max` = unreached).
    let wideHops: UnsafeMutablePointer<UInt32>
    /// Heads w of the shortest-path DAG edges v → w of the last counting BFS, grouped by tail v in
    /// ``order`` (the passes over the DAG read them sequentially).
    let dagNodes: UnsafeMutablePointer<Int32>
    /// The adjacency slot of each DAG edge, in lock-step with ``dagNodes`` (recorded only when
    /// edge scores are wanted).
    let dagSlots: UnsafeMutablePointer<Int32>
    /// `dagStart[i]..<dagStart[i + 1]` are the DAG slots out of `order[i]`.
    let dagStart: UnsafeMutablePointer<Int32>
    private let heapNodes: UnsafeMutablePointer<Int32>
    private let heapPosition: UnsafeMutablePointer<Int32>
    private var heap: IndexedMinHeap
    /// Dial's bucket queue (``dialSearch(from:_:counting:)``), allocated on first use: the first entry
    /// of each bucket, and per entry its node and the next entry of its bucket (−1 ends a list).
    private var bucketHead: UnsafeMutablePointer<Int32>? = nil
    private var bucketCapacity = 0
    private var entryNode: UnsafeMutablePointer<Int32>? = nil
    private var entryNext: UnsafeMutablePointer<Int32>? = nil
    private var entryCapacity = 0
    /// The distance of each queued node in quanta (valid while queued).
    private var unitDistance: UnsafeMutablePointer<Int>? = nil
    /// Number of nodes reached by the last search (prefix of ``order``).
    private(set) var reached = 0

    /// - Parameters:
    ///   - nodeCount: nodes of the graph.
    ///   - slotCount: slots of the adjacency searched when counting BFS records the DAG (else 0).
    init(nodeCount n: Int, slotCount: Int = 0) {
        nodeCount = n
        let c = Swift.max(n, 1)
        dagSlots = .allocate(capacity: Swift.max(slotCount, 1))
        dagNodes = .allocate(capacity: Swift.max(slotCount, 1))
        dagStart = .allocate(capacity: c + 1)
        narrowHops = .allocate(capacity: c); narrowHops.initialize(repeating: .max, count: c)
        wideHops = .allocate(capacity: c); wideHops.initialize(repeating: .max, count: c)
        order = .allocate(capacity: c + 1)  // + 1: the branch-free BFS may write one past the tail
        hops = .allocate(capacity: c); hops.initialize(repeating: -1, count: c)
        distance = .allocate(capacity: c); distance.initialize(repeating: .infinity, count: c)
        sigma = .allocate(capacity: c); sigma.initialize(repeating: 0, count: c)
        coefficient = .allocate(capacity: c); coefficient.initialize(repeating: 0, count: c)
        heapNodes = .allocate(capacity: c)
        heapPosition = .allocate(capacity: c); heapPosition.initialize(repeating: IndexedMinHeap.notQueued, count: c)
        heap = IndexedMinHeap(nodes: heapNodes, position: heapPosition)
    }

    deinit {
        dagSlots.deallocate(); dagNodes.deallocate(); dagStart.deallocate(); narrowHops.deallocate(); wideHops.deallocate()
        order.deallocate(); hops.deallocate(); distance.deallocate(); sigma.deallocate()
        coefficient.deallocate(); heapNodes.deallocate(); heapPosition.deallocate()
        bucketHead?.deallocate(); entryNode?.deallocate(); entryNext?.deallocate(); unitDistance?.deallocate()
    }

    /// Whether the last search was a DAG-recording BFS, which touches only ``narrowHops`` or
    /// ``wideHops`` (and σ, which no search needs cleared), so its reset is lighter.
    private var lastWasDAG = false

    /// Forgets the last search in O(reached).
    func reset() {
        if lastWasDAG {
            lastWasDAG = false
            if nodeCount <= Int(UInt16.max) {
                for i in 0..<reached { narrowHops[Int(order[i])] = .max }
            } else {
                for i in 0..<reached { wideHops[Int(order[i])] = .max }
            }
            reached = 0
            return
        }
        for i in 0..<reached {
            let v = Int(order[i])
            hops[v] = -1
            sigma[v] = 0
            narrowHops[v] = .max
            wideHops[v] = .max
            distance[v] = .infinity
            heapPosition[v] = IndexedMinHeap.notQueued
        }
        reached = 0
    }

    // MARK: Searches

    /// Breadth-first search from `s` along `adj`; fills ``order``, ``hops`` and, when `counting`, ``sigma``.
    /// - Complexity: O(n_s + m_s) for the n_s nodes and m_s slots reachable from `s`.
    @inline(__always)
    func breadthFirst(from s: Int, _ adj: Adjacency, counting: Bool) {
        reset()
        let off = adj.offsets, tgt = adj.targets
        order[0] = Int32(s); hops[s] = 0; sigma[s] = 1
        var head = 0, tail = 1
        while head < tail {
            let v = Int(order[head]); head += 1
            let next = hops[v] + 1
            let sv = sigma[v]
            for slot in Int(off[v])..<Int(off[v + 1]) {
                let w = Int(tgt[slot])
                let hw = hops[w]
                if hw < 0 {
                    hops[w] = next
                    order[tail] = Int32(w); tail += 1
                    if counting { sigma[w] = sv }
                } else if counting && hw == next {
                    sigma[w] += sv
                }
            }
        }
        reached = tail
    }

    /// Dijkstra's algorithm from `s` along `adj` with slot lengths `adj.values` (all > 0); fills
    /// ``order``, ``distance`` and, when `counting`, ``sigma``.
    /// - Complexity: O((n_s + m_s) log n_s).
    ///
    /// When `adj` carries ``LengthUnits`` (every length a small whole multiple of one power of two),
    /// the frontier is kept in Dial's buckets instead of the heap (``dialSearch(from:_:counting:)``):
    /// O(n_s + m_s + D/q) for the largest distance D and the quantum q.
    @inline(__always)
    func dijkstra(from s: Int, _ adj: Adjacency, counting: Bool) {
        if adj.unitSpan > 0 { return dialSearch(from: s, adj, counting: counting) }
        reset()
        let off = adj.offsets, tgt = adj.targets, len = adj.values
        distance[s] = 0; sigma[s] = 1
        heap.insertOrDecrease(Int32(s), keys: distance)
        var count = 0
        while !heap.isEmpty {
            let v = Int(heap.popMin(keys: distance))
            order[count] = Int32(v); count += 1
            let dv = distance[v]
            let sv = sigma[v]
            for slot in Int(off[v])..<Int(off[v + 1]) {
                let w = Int(tgt[slot])
                if heapPosition[w] == IndexedMinHeap.finalized { continue }
                let d = dv + len[slot]
                let dw = distance[w]
                if d < dw {
                    distance[w] = d
                    if counting { sigma[w] = sv }
                    heap.insertOrDecrease(Int32(w), keys: distance)
                } else if counting && d == dw {
                    sigma[w] += sv
                }
            }
        }
        reached = count
    }

    /// Dijkstra's algorithm with Dial's bucket queue (Dial 1969): distances are whole numbers of quanta
    /// (``Adjacency/units``), so the frontier sits in a circular array of `adj.unitSpan` buckets and
    /// nodes are finalised bucket by bucket in increasing distance. A node whose distance decreases is
    /// queued again; its older entry is skipped when its bucket comes up. Distances are the same
    /// floating-point sums as in the heap version (exact here), so σ and the order by distance are the
    /// same; nodes of equal distance may be finalised in another order, which changes no count.
    /// - Complexity: O(n_s + m_s + D/q), D the largest distance reached and q the quantum.
    ///
    /// Reference: R. B. Dial, "Algorithm 360: shortest-path forest with topological ordering",
    /// Communications of the ACM 12(11):632–633, 1969, doi:10.1145/363269.363610.
    func dialSearch(from s: Int, _ adj: Adjacency, counting: Bool) {
        reset()
        let span = adj.unitSpan
        if bucketCapacity < span {
            bucketHead?.deallocate()
            bucketHead = .allocate(capacity: span)
            bucketCapacity = span
        }
        let needed = adj.targets.count + 1  // at most one entry per successful relaxation, plus the source
        if entryCapacity < needed {
            entryNode?.deallocate(); entryNext?.deallocate()
            entryNode = .allocate(capacity: needed); entryNext = .allocate(capacity: needed)
            entryCapacity = needed
        }
        if unitDistance == nil { unitDistance = .allocate(capacity: Swift.max(nodeCount, 1)) }
        let head = bucketHead!, node = entryNode!, next = entryNext!, key = unitDistance!
        head.update(repeating: -1, count: span)
        let off = adj.offsets, tgt = adj.targets, len = adj.values, units = adj.units
        var entries: Int32 = 0, outstanding = 0
        @inline(__always) func queue(_ v: Int, at k: Int) {
            let b = k % span
            node[Int(entries)] = Int32(v); next[Int(entries)] = head[b]; head[b] = entries
            entries += 1; outstanding += 1
        }
        distance[s] = 0; sigma[s] = 1; key[s] = 0
        heapPosition[s] = 0  // queued
        queue(s, at: 0)
        var count = 0, current = 0
        while outstanding > 0 {
            let b = current % span
            while head[b] >= 0 {
                let e = Int(head[b])
                head[b] = next[e]; outstanding -= 1
                let v = Int(node[e])
                if heapPosition[v] == IndexedMinHeap.finalized || key[v] != current { continue }
                heapPosition[v] = IndexedMinHeap.finalized
                order[count] = Int32(v); count += 1
                let dv = distance[v], sv = sigma[v]
                for slot in Int(off[v])..<Int(off[v + 1]) {
                    let w = Int(tgt[slot])
                    if heapPosition[w] == IndexedMinHeap.finalized { continue }
                    let d = dv + len[slot]
                    let dw = distance[w]
                    if d < dw {
                        distance[w] = d
                        if counting { sigma[w] = sv }
                        let k = current + Int(units[slot])
                        key[w] = k
                        heapPosition[w] = 0  // queued
                        queue(w, at: k)
                    } else if counting && d == dw {
                        sigma[w] += sv
                    }
                }
            }
            current += 1
        }
        reached = count
    }

    /// Counting breadth-first search from `s` that also records the shortest-path DAG (``dagSlots``,
    /// ``dagStart``); requires `slotCount` ≥ the slots of `adj` at init. Fills ``order`` and
    /// ``sigma``; ``narrowHops`` when the graph has at most 65 535 nodes, else ``wideHops``.
    /// - Complexity: O(n_s + m_s).
    @inline(__always)
    func breadthFirstDAG(from s: Int, _ adj: Adjacency, recordSlots: Bool) {
        switch (nodeCount <= Int(UInt16.max), recordSlots) {
        case (true, false): breadthFirstDAG(from: s, adj, hops: narrowHops, recordSlots: false)
        case (true, true): breadthFirstDAG(from: s, adj, hops: narrowHops, recordSlots: true)
        case (false, false): breadthFirstDAG(from: s, adj, hops: wideHops, recordSlots: false)
        case (false, true): breadthFirstDAG(from: s, adj, hops: wideHops, recordSlots: true)
        }
    }

    @inline(__always)
    private func breadthFirstDAG<H: FixedWidthInteger & UnsignedInteger>(from s: Int, _ adj: Adjacency,
                                                                         hops: UnsafeMutablePointer<H>,
                                                                         recordSlots: Bool) {
        reset()
        lastWasDAG = true
        // Locals, so the hot loop keeps its pointers in registers.
        let off = adj.offsets, tgt = adj.targets
        let order = self.order, sigma = self.sigma
        let dagNodes = self.dagNodes, dagSlots = self.dagSlots, dagStart = self.dagStart
        order[0] = Int32(truncatingIfNeeded: s); hops[s] = 0
        var head = 0, tail = 1, dagCount = 0
        while head < tail {
            let v = Int(order[head])
            dagStart[head] = Int32(truncatingIfNeeded: dagCount)
            head &+= 1
            let next = hops[v] &+ 1  // < H.max: distances are below the node count
            var slot = Int(off[v])
            let end = Int(off[v &+ 1])
            // Branch-free: whether w is new and whether v → w is a DAG edge are unpredictable, so
            // every slot stores unconditionally and only the counters advance conditionally (the
            // queue and the DAG list have room for one write past their ends).
            while slot < end {
                let w32 = tgt[slot]
                let w = Int(w32)
                let hw = hops[w]
                // A reached w has d(w) ≤ next, an unreached one H.max: min gives w's level after the
                // scan without a branch.
                let level = Swift.min(hw, next)
                hops[w] = level
                order[tail] = w32
                tail &+= hw == H.max ? 1 : 0
                dagNodes[dagCount] = w32
                if recordSlots { dagSlots[dagCount] = Int32(truncatingIfNeeded: slot) }
                dagCount &+= level == next ? 1 : 0
                slot &+= 1
            }
        }
        dagStart[tail] = Int32(truncatingIfNeeded: dagCount)
        reached = tail
        // σ along the DAG in BFS order: σ(v) is complete when v's own DAG slots are reached.
        for i in 1..<tail { sigma[Int(order[i])] = 0 }
        sigma[s] = 1
        for i in 0..<tail {
            let sv = sigma[Int(order[i])]
            for k in Int(dagStart[i])..<Int(dagStart[i &+ 1]) {
                sigma[Int(dagNodes[k])] += sv
            }
        }
    }

    /// Brandes' backward pass over the DAG of the last ``breadthFirstDAG(from:_:)``: adds δ_s(v) to
    /// `score[v]` (v ≠ s) and, when `edgeScore` is non-empty, σ(v)/σ(w)·(1 + δ(w)) to each DAG edge.
    /// Each node's σ in ``sigma`` is replaced by its coefficient (1 + δ)/σ once processed (its
    /// successors are processed before it), so one array serves both passes.
    /// - Complexity: O(n_s + DAG edges).
    @inline(__always)
    func accumulateDAG(_ adj: Adjacency, score: UnsafeMutableBufferPointer<Double>,
                       edgeScore: UnsafeMutableBufferPointer<Double>) {
        let eid = adj.edges, value = sigma
        let order = self.order, dagNodes = self.dagNodes, dagSlots = self.dagSlots, dagStart = self.dagStart
        let withEdges = edgeScore.count > 0
        let withNodes = score.count > 0
        var i = reached - 1
        while i >= 0 {
            let v = Int(order[i])
            let sv = value[v]
            var sum = 0.0
            for k in Int(dagStart[i])..<Int(dagStart[i + 1]) {
                let c = value[Int(dagNodes[k])]
                sum += c
                if withEdges { edgeScore[Int(eid[Int(dagSlots[k])])] += sv * c }
            }
            if withNodes && i > 0 { score[v] += sv * sum }
            value[v] = 1 / sv + sum
            i -= 1
        }
    }

    // MARK: Brandes accumulation

    /// Adds the dependencies δ_s(w) of the last counting search from `order[0]` to `score[w]`
    /// (w ≠ s), and, when `edgeScore` is non-empty, the edge dependencies σ(v)/σ(w)·(1 + δ(w)) to
    /// the edge id of each shortest-path slot v → w. `adj` must be the adjacency searched; when
    /// `weighted`, `adj.values` are the lengths searched with.
    ///
    /// Pull form of Brandes' recurrence: δ(v) = σ(v) · Σ_{w : v → w on a shortest path} (1 + δ(w)) / σ(w),
    /// over nodes in reverse order of distance; shortest-path slots are recognised by the distance
    /// test, so no predecessor lists are stored.
    /// - Complexity: O(n_s + m_s).
    @inline(__always)
    func accumulate(_ adj: Adjacency, weighted: Bool, score: UnsafeMutableBufferPointer<Double>,
                    edgeScore: UnsafeMutableBufferPointer<Double>) {
        let off = adj.offsets, tgt = adj.targets, len = adj.values, eid = adj.edges
        let withEdges = edgeScore.count > 0
        let withNodes = score.count > 0
        var i = reached - 1
        while i >= 0 {
            let v = Int(order[i])
            var sum = 0.0
            let sv = sigma[v]
            if weighted {
                let dv = distance[v]
                for slot in Int(off[v])..<Int(off[v + 1]) {
                    let w = Int(tgt[slot])
                    if dv + len[slot] == distance[w] {
                        let c = coefficient[w]
                        sum += c
                        if withEdges { edgeScore[Int(eid[slot])] += sv * c }
                    }
                }
            } else {
                let next = hops[v] + 1
                for slot in Int(off[v])..<Int(off[v + 1]) {
                    let w = Int(tgt[slot])
                    if hops[w] == next {
                        let c = coefficient[w]
                        sum += c
                        if withEdges { edgeScore[Int(eid[slot])] += sv * c }
                    }
                }
            }
            if withNodes && i > 0 { score[v] += sv * sum }
            coefficient[v] = 1 / sv + sum
            i -= 1
        }
    }
}
