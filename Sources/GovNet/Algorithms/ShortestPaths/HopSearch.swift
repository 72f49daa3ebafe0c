/// Allocation-free breadth-first search kernel over CSR arrays, shared by diameter, average path
/// length, global and local efficiency and vulnerability. The caller owns the scratch buffers.
enum HopSearch {
    /// Breadth-first search from `source` over `offsets`/`targets`, never entering `blocked` (pass
    /// `-1` for none). On return `queue[0..<reached]` lists the reached nodes in BFS order (source
    /// first) and `distance` holds their hop counts; every other entry of `distance` is untouched and
    /// must be `-1` on entry. Call ``reset(_:_:_:)`` afterwards to restore `distance`.
    /// - Returns: the number of reached nodes, the source included.
    /// - Complexity: O(reached nodes + their degrees).
    @inline(__always)
    static func run(offsets off: UnsafeBufferPointer<Int32>, targets tgt: UnsafeBufferPointer<Int32>,
                    source: Int, blocked: Int, distance: UnsafeMutablePointer<Int32>,
                    queue: UnsafeMutablePointer<Int32>) -> Int {
        distance[source] = 0
        queue[0] = Int32(source)
        var head = 0, tail = 1
        if blocked >= 0 { distance[blocked] = 0 }  // looks visited; undone by reset
        while head < tail {
            let v = Int(queue[head]); head += 1
            let dv = distance[v] + 1
            for p in Int(off[v])..<Int(off[v + 1]) {
                let w = Int(tgt[p])
                if distance[w] < 0 { distance[w] = dv; queue[tail] = Int32(w); tail += 1 }
            }
        }
        if blocked >= 0 { distance[blocked] = -1 }
        return tail
    }

    /// Restores `distance` to `-1` for the `reached` nodes listed in `queue`.
    @inline(__always)
    static func reset(_ distance: UnsafeMutablePointer<Int32>, _ queue: UnsafeMutablePointer<Int32>, _ reached: Int) {
        for i in 0..<reached { distance[Int(queue[i])] = -1 }
    }

    /// Σ 1/d over the nodes reached by the last search (source excluded), summed level by level
    /// (count of nodes at depth d, divided by d) — fewer divisions and less rounding than node by node.
    @inline(__always)
    static func inverseDistanceSum(_ distance: UnsafeMutablePointer<Int32>, _ queue: UnsafeMutablePointer<Int32>,
                                   _ reached: Int) -> Double {
        var sum = 0.0
        var i = 1
        while i < reached {
            let d = distance[Int(queue[i])]
            var j = i + 1
            while j < reached && distance[Int(queue[j])] == d { j += 1 }
            sum += Double(j - i) / Double(d)
            i = j
        }
        return sum
    }

    /// Per-task scratch: a distance array of `-1` and a queue, `count` entries each.
    final class Scratch {
        let distance: UnsafeMutablePointer<Int32>
        let queue: UnsafeMutablePointer<Int32>
        init(count: Int) {
            let c = Swift.max(count, 1)
            distance = .allocate(capacity: c); distance.initialize(repeating: -1, count: c)
            queue = .allocate(capacity: c); queue.initialize(repeating: 0, count: c)
        }
        deinit { distance.deallocate(); queue.deallocate() }
    }
}
