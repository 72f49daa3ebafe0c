/// Which part of a network becomes a ``Graph``, and how: the mechanisms, the direction, the weights.
///
/// A view is undirected (a NetworkX `Graph`) when every tie in it is undirected or
/// ``forceUndirected`` is set; otherwise it is directed (a `DiGraph`) and an undirected tie counts as
/// two opposite arcs.
public struct GraphView: Hashable, Sendable {
    /// Mechanism ids to include; `nil` means every mechanism.
    public var mechanisms: [String]?
    /// Project onto an undirected graph (an arc u→v and v→u become one edge, combined by ``combine``).
    public var forceUndirected: Bool
    /// Use tie weights; when `false` every edge has weight 1 (unless ``combine`` is `.count`).
    public var weighted: Bool
    /// How parallel ties (several mechanisms, repeated rows) between one pair combine.
    public var combine: ParallelTieRule
    /// With ``mechanisms`` `nil`, include `membership` ties (member → coordinating body). They are
    /// two-mode (affiliation) data, left out of one-mode views by default; naming `membership` in
    /// ``mechanisms`` includes them too.
    public var includeMembership: Bool
    /// Derived ties (``Tie/isDerived``: one-mode projections of two-mode data). `nil` (the default):
    /// left out when ``mechanisms`` is `nil`, kept in a mechanism named in ``mechanisms`` (naming it
    /// asks for it); `true`: always kept; `false`: always left out.
    public var includeDerived: Bool?

    public init(mechanisms: [String]? = nil, forceUndirected: Bool = false, weighted: Bool = false,
                combine: ParallelTieRule = .sum, includeMembership: Bool = false, includeDerived: Bool? = nil) {
        self.mechanisms = mechanisms
        self.forceUndirected = forceUndirected
        self.weighted = weighted
        self.combine = combine
        self.includeMembership = includeMembership
        self.includeDerived = includeDerived
    }

    /// The whole network, every mechanism, direction as recorded, unweighted.
    public static let all = GraphView()

    /// Whether the tie belongs to this view.
    public func includes(_ tie: Tie) -> Bool {
        if tie.isDerived, !(includeDerived ?? (mechanisms != nil)) { return false }
        guard let mechanisms else { return includeMembership || tie.mechanism != Mechanism.membership.id }
        return mechanisms.contains(tie.mechanism)
    }
}

/// A ``Graph`` together with the departments its node indices stand for.
///
/// Node `i` is `network.departments[i]`; the mapping id ↔ index lives here, never inside algorithms.
public struct NetworkGraph: Sendable {
    /// The CSR graph.
    public let graph: Graph
    /// Department id of each node index.
    public let ids: [String]
    /// The view the graph was built with.
    public let view: GraphView
    /// For each edge id, the mechanisms (ids, sorted in the network's mechanism order) whose ties it combines.
    public let edgeMechanisms: [[String]]
    private let indexByID: [String: Int32]

    /// Builds the graph of a view of a network. Ties naming unknown departments are skipped
    /// (``Network/validate()`` reports them).
    /// - Complexity: O(n + m log m).
    public init(network: Network, view: GraphView = .all) {
        let ids = network.departments.map(\.id)
        var index: [String: Int32] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() where index[id] == nil { index[id] = Int32(i) }
        self.init(network: network, view: view, ids: ids, index: index)
    }

    /// ``init(network:view:)`` with the department ids and their index already built (the same for
    /// every view of one set of departments).
    init(network: Network, view: GraphView, ids: [String], index: [String: Int32]) {
        // The ties of the view, by position, and whether each is directed (a mechanism's direction
        // looked up once per mechanism).
        var included: [Int] = []
        included.reserveCapacity(network.ties.count)
        var tieDirected: [Bool] = []
        tieDirected.reserveCapacity(network.ties.count)
        var mechanismDirected: [String: Bool] = [:]
        var used = Set<String>()
        var anyDirected = false
        for (i, tie) in network.ties.enumerated() where view.includes(tie) {
            let d = tie.directed ?? mechanismDirected[tie.mechanism] ?? {
                let d = network.mechanism(tie.mechanism)?.directed ?? true
                mechanismDirected[tie.mechanism] = d
                return d
            }()
            included.append(i); tieDirected.append(d)
            used.insert(tie.mechanism)
            anyDirected = anyDirected || d
        }
        let directed = anyDirected && !view.forceUndirected

        let mechanismOrder = network.allMechanisms.map(\.id) + Array(used).sorted()
        var mechanismRank: [String: Int] = [:]
        for (i, m) in mechanismOrder.enumerated() where mechanismRank[m] == nil { mechanismRank[m] = i }

        var edges: [(Int32, Int32)] = []
        var weights: [Double] = []
        var mechs: [Int] = []
        edges.reserveCapacity(included.count * 2)
        for (k, i) in included.enumerated() {
            let tie = network.ties[i]
            guard let u = index[tie.from], let v = index[tie.to] else { continue }
            let w = view.weighted ? tie.weight : 1
            let m = mechanismRank[tie.mechanism]!
            edges.append((u, v)); weights.append(w); mechs.append(m)
            if directed && !tieDirected[k] {
                edges.append((v, u)); weights.append(w); mechs.append(m)
            }
        }
        let graph = Graph(nodeCount: ids.count, edges: edges, weights: (view.weighted || view.combine == .count) ? weights : nil,
                          directed: directed, combine: view.combine)
        // Mechanisms per edge: look each input edge up in the (sorted) edge list by binary search,
        // collecting ranks as bits (one shared list of ids per distinct set of mechanisms).
        var edgeMechanisms: [[String]]
        if mechanismOrder.count <= 64 {
            var masks = [UInt64](repeating: 0, count: graph.edgeCount)
            for (k, (u0, v0)) in edges.enumerated() where u0 != v0 {
                var u = u0, v = v0
                if !directed && u > v { swap(&u, &v) }
                if let e = graph.edgeID(u, v) { masks[e] |= 1 << UInt64(mechs[k]) }
            }
            var lists: [UInt64: [String]] = [:]
            edgeMechanisms = masks.map { mask in
                if let list = lists[mask] { return list }
                let list = (0..<mechanismOrder.count).filter { mask & (1 << UInt64($0)) != 0 }.map { mechanismOrder[$0] }
                lists[mask] = list
                return list
            }
        } else {
            var perEdge = [Set<Int>](repeating: [], count: graph.edgeCount)
            for (k, (u0, v0)) in edges.enumerated() where u0 != v0 {
                var u = u0, v = v0
                if !directed && u > v { swap(&u, &v) }
                if let e = graph.edgeID(u, v) { perEdge[e].insert(mechs[k]) }
            }
            edgeMechanisms = perEdge.map { $0.sorted().map { mechanismOrder[$0] } }
        }
        self.graph = graph
        self.ids = ids
        self.view = view
        self.indexByID = index
        self.edgeMechanisms = edgeMechanisms
    }

    /// A graph of another view of the same departments, sharing this one's id index.
    func sameDepartments(network: Network, view: GraphView) -> NetworkGraph {
        NetworkGraph(network: network, view: view, ids: ids, index: indexByID)
    }

    public func index(of id: String) -> Int32? { indexByID[id] }
}

extension Graph {
    /// Id of the edge from `u` to `v` (either orientation when undirected), by binary search in `u`'s
    /// sorted adjacency.
    /// - Complexity: O(log deg(u)).
    public func edgeID(_ u: Int32, _ v: Int32) -> Int? {
        var lo = Int(offsets[Int(u)]), hi = Int(offsets[Int(u) + 1])
        while lo < hi {
            let mid = (lo + hi) / 2
            if targets[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < Int(offsets[Int(u) + 1]) && targets[lo] == v ? Int(slotEdges[lo]) : nil
    }

    /// Whether there is an edge (arc when directed) from `u` to `v`.
    public func hasEdge(_ u: Int32, _ v: Int32) -> Bool { edgeID(u, v) != nil }
}
