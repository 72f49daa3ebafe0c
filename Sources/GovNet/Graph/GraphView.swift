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
        let ties = network.ties.filter(view.includes)
        let anyDirected = ties.contains { network.isDirected($0) }
        let directed = anyDirected && !view.forceUndirected

        let mechanismOrder = network.allMechanisms.map(\.id) + Array(Set(ties.map(\.mechanism))).sorted()
        var mechanismRank: [String: Int] = [:]
        for (i, m) in mechanismOrder.enumerated() where mechanismRank[m] == nil { mechanismRank[m] = i }

        var edges: [(Int32, Int32)] = []
        var weights: [Double] = []
        var mechs: [Int] = []
        edges.reserveCapacity(ties.count * 2)
        for tie in ties {
            guard let u = index[tie.from], let v = index[tie.to] else { continue }
            let w = view.weighted ? tie.weight : 1
            let m = mechanismRank[tie.mechanism]!
            edges.append((u, v)); weights.append(w); mechs.append(m)
            if directed && !network.isDirected(tie) {
                edges.append((v, u)); weights.append(w); mechs.append(m)
            }
        }
        let graph = Graph(nodeCount: ids.count, edges: edges, weights: (view.weighted || view.combine == .count) ? weights : nil,
                          directed: directed, combine: view.combine)
        // Mechanisms per edge: look each input edge up in the (sorted) edge list by binary search.
        var perEdge = [Set<Int>](repeating: [], count: graph.edgeCount)
        for (k, (u0, v0)) in edges.enumerated() where u0 != v0 {
            var u = u0, v = v0
            if !directed && u > v { swap(&u, &v) }
            if let e = graph.edgeID(u, v) { perEdge[e].insert(mechs[k]) }
        }
        self.graph = graph
        self.ids = ids
        self.view = view
        self.indexByID = index
        self.edgeMechanisms = perEdge.map { $0.sorted().map { mechanismOrder[$0] } }
    }

    /// Node index of a department id.
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
