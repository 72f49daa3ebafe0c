/// The ties of a binary network as an ERGM toggles them: an n × n presence table for O(1) look-ups and
/// per-node lists of out- and in-neighbours (`Int32`) for the sums over partners. Built once from the
/// CSR ``Graph`` of the modelled view; tie toggles are O(degree).
///
/// Undirected networks keep one neighbour list per node (``outNeighbors`` = ``inNeighbors``) and a
/// symmetric table.
public struct ERGMDyadState: Sendable {
    public let nodeCount: Int
    public let isDirected: Bool
    var present: [UInt8]
    var outLists: [[Int32]]
    var inLists: [[Int32]]
    /// Ties present (arcs when directed).
    public private(set) var edgeCount = 0

    /// An empty network.
    public init(nodeCount: Int, directed: Bool) {
        self.nodeCount = nodeCount
        isDirected = directed
        present = [UInt8](repeating: 0, count: nodeCount * nodeCount)
        outLists = [[Int32]](repeating: [], count: nodeCount)
        inLists = directed ? [[Int32]](repeating: [], count: nodeCount) : []
    }

    /// The network of `edges` (self-loops and repeats ignored).
    public init(nodeCount: Int, directed: Bool, edges: [(Int32, Int32)]) {
        self.init(nodeCount: nodeCount, directed: directed)
        for (u, v) in edges where u != v && !hasTie(u, v) { add(u, v) }
    }

    /// The network of a CSR graph (its direction).
    public init(graph: Graph) {
        var edges: [(Int32, Int32)] = []
        edges.reserveCapacity(graph.edgeCount)
        for e in 0..<graph.edgeCount { edges.append((graph.edgeSources[e], graph.edgeTargets[e])) }
        self.init(nodeCount: graph.nodeCount, directed: graph.isDirected, edges: edges)
    }

    /// Whether the tie i → j (or i – j) is present. O(1).
    @inline(__always) public func hasTie(_ i: Int32, _ j: Int32) -> Bool { present[Int(i) * nodeCount + Int(j)] != 0 }

    @inline(__always) public func outNeighbors(_ i: Int32) -> [Int32] { outLists[Int(i)] }
    @inline(__always) public func inNeighbors(_ i: Int32) -> [Int32] { isDirected ? inLists[Int(i)] : outLists[Int(i)] }
    @inline(__always) public func outDegree(_ i: Int32) -> Int { outLists[Int(i)].count }
    @inline(__always) public func inDegree(_ i: Int32) -> Int { isDirected ? inLists[Int(i)].count : outLists[Int(i)].count }

    /// Adds the absent tie i → j. O(1) amortised.
    public mutating func add(_ i: Int32, _ j: Int32) {
        present[Int(i) * nodeCount + Int(j)] = 1
        outLists[Int(i)].append(j)
        if isDirected {
            inLists[Int(j)].append(i)
        } else {
            present[Int(j) * nodeCount + Int(i)] = 1
            outLists[Int(j)].append(i)
        }
        edgeCount += 1
    }

    /// Removes the present tie i → j. O(degree).
    public mutating func remove(_ i: Int32, _ j: Int32) {
        present[Int(i) * nodeCount + Int(j)] = 0
        Self.drop(j, from: &outLists[Int(i)])
        if isDirected {
            Self.drop(i, from: &inLists[Int(j)])
        } else {
            present[Int(j) * nodeCount + Int(i)] = 0
            Self.drop(i, from: &outLists[Int(j)])
        }
        edgeCount -= 1
    }

    /// Adds the tie when absent, removes it when present.
    public mutating func toggle(_ i: Int32, _ j: Int32) {
        if hasTie(i, j) { remove(i, j) } else { add(i, j) }
    }

    static func drop(_ v: Int32, from list: inout [Int32]) {
        if let k = list.firstIndex(of: v) { list.swapAt(k, list.count - 1); list.removeLast() }
    }

    /// Outgoing two-paths from x to y: #{k : x → k → y} (undirected: common neighbours). O(outdeg x).
    @inline(__always) public func twoPaths(_ x: Int32, _ y: Int32) -> Int {
        var c = 0
        let base = nodeCount
        for k in outLists[Int(x)] where present[Int(k) * base + Int(y)] != 0 { c += 1 }
        return c
    }

    /// The ties as (from, to) pairs, from < to when undirected, sorted.
    public var edges: [(Int32, Int32)] {
        var out: [(Int32, Int32)] = []
        for i in 0..<nodeCount {
            for j in outLists[i].sorted() where isDirected || Int(j) > i { out.append((Int32(i), j)) }
        }
        return out
    }
}
