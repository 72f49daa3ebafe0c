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
    public func includes(_ tie: Tie) -> Bool { includes(mechanism: tie.mechanism, derived: tie.isDerived) }

    /// Whether a tie of `mechanism`, derived or not, belongs to this view.
    func includes(mechanism: String, derived: Bool) -> Bool {
        if derived, !(includeDerived ?? (mechanisms != nil)) { return false }
        guard let mechanisms else { return includeMembership || mechanism != Mechanism.membership.id }
        return mechanisms.contains(mechanism)
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
    /// every view of one set of departments), and optionally the network's ties already resolved
    /// (``ResolvedTies``, built with the same index): the same graph, without looking ids up.
    init(network: Network, view: GraphView, ids: [String], index: [String: Int32], resolved: ResolvedTies? = nil) {
        // The ties of the view, by position, with their direction and mechanism (an index into
        // `mechanismIDs`): from `resolved` when given, else looked up here (a mechanism's direction
        // once per mechanism).
        let ties = network.ties
        var included: [Int] = [], tieDirected: [Bool] = [], tieMechanism: [Int32] = []
        included.reserveCapacity(ties.count); tieDirected.reserveCapacity(ties.count); tieMechanism.reserveCapacity(ties.count)
        var mechanismIDs: [String] = []
        var anyDirected = false
        if let resolved {
            mechanismIDs = resolved.mechanismIDs
            // Whether a tie of each mechanism belongs to the view, not derived and derived.
            let plain = mechanismIDs.map { view.includes(mechanism: $0, derived: false) }
            let derived = mechanismIDs.map { view.includes(mechanism: $0, derived: true) }
            for i in 0..<ties.count {
                let k = Int(resolved.mechanism[i])
                guard resolved.derived[i] ? derived[k] : plain[k] else { continue }
                included.append(i); tieDirected.append(resolved.directed[i]); tieMechanism.append(Int32(k))
                anyDirected = anyDirected || resolved.directed[i]
            }
        } else {
            var position: [String: Int32] = [:]
            var mechanismDirected: [Bool] = []
            for i in 0..<ties.count where view.includes(ties[i]) {
                let id = ties[i].mechanism
                let k = position[id] ?? {
                    let k = Int32(mechanismIDs.count)
                    position[id] = k
                    mechanismIDs.append(id)
                    mechanismDirected.append(network.mechanism(id)?.directed ?? true)
                    return k
                }()
                let d = ties[i].directed ?? mechanismDirected[Int(k)]
                included.append(i); tieDirected.append(d); tieMechanism.append(k)
                anyDirected = anyDirected || d
            }
        }
        let directed = anyDirected && !view.forceUndirected

        var inView = [Bool](repeating: false, count: mechanismIDs.count)
        for k in tieMechanism { inView[Int(k)] = true }
        let used = mechanismIDs.indices.filter { inView[$0] }.map { mechanismIDs[$0] }
        let mechanismOrder = network.allMechanisms.map(\.id) + used.sorted()
        var mechanismRank: [String: Int] = [:]
        for (i, m) in mechanismOrder.enumerated() where mechanismRank[m] == nil { mechanismRank[m] = i }
        let rank = mechanismIDs.map { mechanismRank[$0] ?? -1 }  // −1: no tie of it in the view

        var edges: [(Int32, Int32)] = []
        var weights: [Double] = []
        var mechs: [Int] = []
        edges.reserveCapacity(included.count * 2)
        for (k, i) in included.enumerated() {
            let u: Int32, v: Int32
            if let resolved { u = resolved.from[i]; v = resolved.to[i] } else { u = index[ties[i].from] ?? -1; v = index[ties[i].to] ?? -1 }
            guard u >= 0, v >= 0 else { continue }
            let w = view.weighted ? ties[i].weight : 1
            let m = rank[Int(tieMechanism[k])]
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
    func sameDepartments(network: Network, view: GraphView, resolved: ResolvedTies? = nil) -> NetworkGraph {
        NetworkGraph(network: network, view: view, ids: ids, index: indexByID, resolved: resolved)
    }

    /// The ties of `network` resolved with this graph's department index.
    func resolve(_ network: Network) -> ResolvedTies { ResolvedTies(network: network, index: indexByID) }

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
