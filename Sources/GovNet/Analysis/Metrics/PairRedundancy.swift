/// Redundancy between two named departments: how many independent routes join them, which routes,
/// and the smallest set of departments (or ties) whose loss separates them — Menger's theorem via
/// maximum flow (NetworkX `node_disjoint_paths`, `edge_disjoint_paths`, `minimum_node_cut`,
/// `minimum_edge_cut`). Runs on the view's graph as it is (directed stays directed).
public struct PairRedundancy: Sendable {
    public var from: String
    public var to: String
    /// Paths sharing no intermediate department, as department ids from `from` to `to`.
    public var nodeDisjointPaths: [[String]]
    /// Paths sharing no tie.
    public var edgeDisjointPaths: [[String]]
    /// Departments whose joint loss separates the pair (empty when they are adjacent: no node cut exists).
    public var nodeCut: [String]
    /// Ties whose joint loss separates the pair, as (from, to).
    public var edgeCut: [(String, String)]
    /// Whether the two departments are directly tied.
    public var adjacent: Bool

    /// Computes the redundancy between `from` and `to` in the view of `settings`.
    /// - Throws: ``AlgorithmError/invalidArgument(_:)`` for unknown or identical departments.
    /// - Complexity: O(k·m) for k paths (augmenting paths on unit capacities).
    public static func compute(_ network: Network, settings: MetricSettings, from: String, to: String) throws -> PairRedundancy {
        let ng = NetworkGraph(network: network, view: settings.view)
        guard let s = ng.index(of: from) else { throw AlgorithmError.invalidArgument("unknown department '\(from)'") }
        guard let t = ng.index(of: to) else { throw AlgorithmError.invalidArgument("unknown department '\(to)'") }
        guard s != t else { throw AlgorithmError.invalidArgument("a pair needs two different departments") }
        let g = ng.graph
        func ids(_ path: [Int32]) -> [String] { path.map { ng.ids[Int($0)] } }
        let adjacent = g.hasEdge(s, t)
        let nodePaths = Connectivity.disjointPaths(of: g, from: Int(s), to: Int(t), nodeDisjoint: true).map(ids)
        let edgePaths = Connectivity.disjointPaths(of: g, from: Int(s), to: Int(t), nodeDisjoint: false).map(ids)
        let nodeCut = adjacent ? [] : Connectivity.minimumCut(of: g, from: Int(s), to: Int(t), nodes: true).map { ng.ids[Int($0)] }.sorted()
        let edgeCut = Connectivity.minimumCut(of: g, from: Int(s), to: Int(t), nodes: false)
            .map { (ng.ids[Int(g.edgeSources[Int($0)])], ng.ids[Int(g.edgeTargets[Int($0)])]) }.sorted { $0 < $1 }
        return PairRedundancy(from: from, to: to, nodeDisjointPaths: nodePaths, edgeDisjointPaths: edgePaths,
                              nodeCut: nodeCut, edgeCut: edgeCut, adjacent: adjacent)
    }

    /// The result as JSON.
    public var jsonValue: JSONValue {
        .object([
            ("from", .string(from)), ("to", .string(to)), ("adjacent", .bool(adjacent)),
            ("node_disjoint_paths", .array(nodeDisjointPaths.map { .array($0.map { .string($0) }) })),
            ("edge_disjoint_paths", .array(edgeDisjointPaths.map { .array($0.map { .string($0) }) })),
            ("minimum_node_cut", .array(nodeCut.map { .string($0) })),
            ("minimum_edge_cut", .array(edgeCut.map { .array([.string($0.0), .string($0.1)]) })),
        ])
    }
}

/// Dominators along directed ties from a root department (Cooper, Harvey & Kennedy 2001; NetworkX
/// `immediate_dominators`): the departments every command path from the root must pass through.
public struct DominatorTable: Sendable {
    public struct Row: Sendable {
        public var department: String
        /// Immediate dominator (nil for the root and for departments the root cannot reach).
        public var immediateDominator: String?
        /// Every dominator from the immediate one up to the root.
        public var dominators: [String]
        public var reachable: Bool
    }
    public var root: String
    public var rows: [Row]

    /// Dominators in the view of `settings` (use `--mechanism command` for command paths).
    public static func compute(_ network: Network, settings: MetricSettings, root: String) throws -> DominatorTable {
        let ng = NetworkGraph(network: network, view: settings.view)
        guard let r = ng.index(of: root) else { throw AlgorithmError.invalidArgument("unknown department '\(root)'") }
        let idom = Dominators.immediateDominators(of: ng.graph, root: Int(r))
        var rows: [Row] = []
        for v in 0..<ng.graph.nodeCount where v != Int(r) {
            guard idom[v] >= 0 else {
                rows.append(Row(department: ng.ids[v], immediateDominator: nil, dominators: [], reachable: false))
                continue
            }
            var chain: [String] = []
            var u = Int(idom[v])
            while true {
                chain.append(ng.ids[u])
                if u == Int(r) || chain.count > ng.graph.nodeCount { break }
                u = Int(idom[u])
            }
            rows.append(Row(department: ng.ids[v], immediateDominator: ng.ids[Int(idom[v])], dominators: chain, reachable: true))
        }
        rows.sort { $0.department < $1.department }
        return DominatorTable(root: root, rows: rows)
    }
}
