/// A binary min-heap of node indices keyed by an external distance array, with decrease-key
/// (Williams 1964; the priority queue of Dijkstra's algorithm, as in igraph's `igraph_2wheap_t`).
///
/// Storage is preallocated for `capacity` nodes and owned by the caller (see
/// ``ShortestPathSearch``); the heap never allocates. `position[v]` is the slot of `v` in the heap,
/// `notQueued` when `v` has never been queued, `finalized` once it has been popped.
struct IndexedMinHeap {
    static let notQueued: Int32 = -1
    static let finalized: Int32 = -2

    let nodes: UnsafeMutablePointer<Int32>
    let position: UnsafeMutablePointer<Int32>
    private(set) var count = 0

    init(nodes: UnsafeMutablePointer<Int32>, position: UnsafeMutablePointer<Int32>) {
        self.nodes = nodes
        self.position = position
    }

    var isEmpty: Bool { count == 0 }

    /// Queues `v` (not queued yet) or moves it up after its key decreased.
    /// - Complexity: O(log n).
    @inline(__always)
    mutating func insertOrDecrease(_ v: Int32, keys: UnsafeMutablePointer<Double>) {
        var i = Int(position[Int(v)])
        if i < 0 {
            i = count
            count += 1
        }
        let key = keys[Int(v)]
        while i > 0 {
            let parent = (i - 1) >> 1
            let u = nodes[parent]
            if keys[Int(u)] <= key { break }
            nodes[i] = u
            position[Int(u)] = Int32(i)
            i = parent
        }
        nodes[i] = v
        position[Int(v)] = Int32(i)
    }

    /// Removes and returns a node of least key, marking it ``finalized``.
    /// - Complexity: O(log n).
    @inline(__always)
    mutating func popMin(keys: UnsafeMutablePointer<Double>) -> Int32 {
        let top = nodes[0]
        position[Int(top)] = IndexedMinHeap.finalized
        count -= 1
        if count > 0 {
            let v = nodes[count]
            let key = keys[Int(v)]
            var i = 0
            while true {
                let left = 2 * i + 1
                if left >= count { break }
                var child = left
                var childKey = keys[Int(nodes[left])]
                let right = left + 1
                if right < count {
                    let rightKey = keys[Int(nodes[right])]
                    if rightKey < childKey { child = right; childKey = rightKey }
                }
                if key <= childKey { break }
                let u = nodes[child]
                nodes[i] = u
                position[Int(u)] = Int32(i)
                i = child
            }
            nodes[i] = v
            position[Int(v)] = Int32(i)
        }
        return top
    }
}
