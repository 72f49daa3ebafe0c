/// Two-mode (affiliation) analysis of a network: departments × coordinating bodies (`membership` ties),
/// departments × plans (`drafting` ties) or departments × functions (the functions' assignments).
public enum TwoModeMetrics {
    /// Which affiliation forms the two modes.
    public enum Kind: String, CaseIterable, Sendable {
        /// Departments × coordinating bodies, from `membership` ties (member → body).
        case membership
        /// Departments × emergency plans, from `drafting` ties (department → plan).
        case drafting
        /// Departments × functions, from every assignment of a function (any role).
        case functions

        /// The label of the second mode in the `mode` column.
        public var secondMode: String {
            switch self {
            case .membership: "body"
            case .drafting: "plan"
            case .functions: "function"
            }
        }
    }

    /// The two-mode graph of a network with the ids and names of its nodes.
    public struct Affiliations: Sendable {
        /// Node ids, first mode (departments) then second mode, as in ``graph``.
        public let ids: [String]
        /// Display names, in the order of ``ids``.
        public let names: [String]
        /// `department` or the second mode's label, in the order of ``ids``.
        public let modes: [String]
        /// The bipartite graph.
        public let graph: TwoModeGraph
        /// Affiliations left out: ties of the mechanism whose source is itself of the second mode (a body
        /// member of a body), which a two-mode graph cannot hold.
        public let skipped: Int
    }

    /// Builds the two-mode graph of `kind`.
    ///
    /// Nodes are the ends of the affiliations: for `membership` and `drafting`, the targets of the
    /// mechanism's ties form the second mode and their sources (not themselves targets) the first; for
    /// `functions`, the departments holding any role form the first mode and the functions with an
    /// assignment the second. Departments without an affiliation are not in the graph (they would be
    /// isolates of every bipartite measure). Each mode is in file order; an affiliation given twice (two
    /// roles) is one tie — the graph is binary, as NetworkX's bipartite measures read it.
    /// - Complexity: O(n + ties + assignments).
    public static func affiliations(of network: Network, kind: Kind) -> Affiliations {
        var pairs: [(String, String)] = []
        var second: [String] = []
        var skipped = 0
        switch kind {
        case .membership, .drafting:
            let mechanism = kind == .membership ? Mechanism.membership.id : Mechanism.drafting.id
            let ties = network.ties.filter { $0.mechanism == mechanism && $0.from != $0.to }
            let targets = Set(ties.map(\.to))
            for t in ties {
                if targets.contains(t.from) { skipped += 1; continue }
                pairs.append((t.from, t.to))
            }
            let order = Dictionary(network.departments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            second = targets.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }
        case .functions:
            for f in network.functions {
                for a in f.assignments { pairs.append((a.department, f.id)) }
                if !f.assignments.isEmpty { second.append(f.id) }
            }
        }
        let order = Dictionary(network.departments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let firstSet = Set(pairs.map(\.0))
        let first = firstSet.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }
        let firstIndex = Dictionary(uniqueKeysWithValues: first.enumerated().map { ($1, Int32($0)) })
        let secondIndex = Dictionary(second.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        let graph = TwoModeGraph(firstCount: first.count, secondCount: second.count,
                                 affiliations: pairs.map { (firstIndex[$0.0]!, secondIndex[$0.1]!) })
        let functionNames = Dictionary(network.functions.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let secondNames = second.map { kind == .functions ? (functionNames[$0] ?? $0) : network.name(of: $0) }
        return Affiliations(ids: first + second, names: first.map { network.name(of: $0) } + secondNames,
                            modes: Array(repeating: "department", count: first.count) + Array(repeating: kind.secondMode, count: second.count),
                            graph: graph, skipped: skipped)
    }

    /// The bipartite measures of every node: `degree`, `closeness`, `betweenness` (``Bipartite``).
    /// - Complexity: O(n·m) (closeness and betweenness).
    public static func centralities(of a: Affiliations) -> [(name: String, values: [Double])] {
        [("degree", Bipartite.degree(of: a.graph)), ("closeness", Bipartite.closeness(of: a.graph)),
         ("betweenness", Bipartite.betweenness(of: a.graph))]
    }
}
