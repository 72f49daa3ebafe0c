/// The overview `govnet info` prints: composition, ties per mechanism, connectedness, responsibilities.
public struct NetworkSummary: Sendable {
    public struct MechanismCount: Sendable {
        public var id: String
        public var name: String
        /// Ties of the mechanism as written in the file.
        public var ties: Int
        /// Arcs (directed) or edges of the mechanism's own view: parallel ties combined, self-loops
        /// dropped, an undirected tie two arcs when the mechanism mixes directions.
        public var linkedPairs: Int
        public var directedTies: Int
        public var undirectedTies: Int
        public var density: Double
    }
    public var title: String?
    public var departments: Int
    /// **Ties**: every tie as written in the file, each typed by its mechanism (docs/metrics.md).
    public var ties: Int
    /// **Linked pairs**: the arcs (directed view) or edges of the combined all-mechanism view — ties of
    /// several mechanisms between the same pair count once, an undirected tie in a directed view
    /// counts as two opposite arcs, self-loops are dropped. What density and every metric count.
    public var linkedPairs: Int
    /// Possible linked pairs: n(n − 1) ordered pairs when directed, n(n − 1)/2 otherwise.
    public var possiblePairs: Int
    /// Department counts by kind (unknown kind under "(none)"), sorted by count then name.
    public var byKind: [(String, Int)]
    /// Department counts by level.
    public var byLevel: [(String, Int)]
    public var mechanisms: [MechanismCount]
    /// Whether the all-mechanism view is directed.
    public var directed: Bool
    /// Density of the all-mechanism graph (NetworkX `density`): ``linkedPairs`` / ``possiblePairs``.
    public var density: Double
    public var weakComponents: Int
    /// Strongly connected components (nil when undirected).
    public var strongComponents: Int?
    /// Size of the largest weak component.
    public var largestComponent: Int
    /// Departments in no tie of any mechanism.
    public var isolates: [String]
    public var functions: Int
    public var functionsWithLead: Int
    /// Functions with no lead department.
    public var functionsWithoutLead: [String]
    public var selfLoops: Int

    /// Summarises `network`.
    /// - Complexity: O(n + m log m).
    public init(_ network: Network) {
        title = network.metadata.title
        departments = network.departments.count
        ties = network.ties.count
        func counts(_ values: [String?]) -> [(String, Int)] {
            var c: [String: Int] = [:]
            for v in values { c[v ?? "(none)", default: 0] += 1 }
            return c.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        }
        byKind = counts(network.departments.map(\.kind))
        byLevel = counts(network.departments.map(\.level))
        let n = network.departments.count
        mechanisms = network.usedMechanismIDs.map { id in
            let ts = network.ties.filter { $0.mechanism == id }
            let d = ts.filter { network.isDirected($0) }.count
            let g = NetworkGraph(network: network, view: GraphView(mechanisms: [id])).graph
            return MechanismCount(id: id, name: network.mechanism(id)?.name ?? id, ties: ts.count, linkedPairs: g.edgeCount, directedTies: d,
                                  undirectedTies: ts.count - d, density: NetworkSummary.density(g))
        }
        let all = NetworkGraph(network: network).graph
        directed = all.isDirected
        linkedPairs = all.edgeCount
        possiblePairs = n * (n - 1) / (all.isDirected ? 1 : 2)
        density = NetworkSummary.density(all)
        let weak = Components.weak(of: all)
        weakComponents = weak.count
        largestComponent = weak.largest
        strongComponents = all.isDirected ? Components.strong(of: all).count : nil
        isolates = (0..<n).filter { all.outDegree($0) == 0 && all.inDegree($0) == 0 }.map { network.departments[$0].id }.sorted()
        functions = network.functions.count
        let noLead = network.functions.filter { f in !f.assignments.contains { $0.role == .lead || $0.role == .coLead } }
        functionsWithLead = functions - noLead.count
        functionsWithoutLead = noLead.map(\.id)
        selfLoops = network.ties.filter { $0.from == $0.to }.count
    }

    /// NetworkX `density`: m / (n(n−1)) directed, 2m / (n(n−1)) undirected; 0 for n ≤ 1.
    static func density(_ g: Graph) -> Double {
        let n = Double(g.nodeCount)
        guard n > 1 else { return 0 }
        return Double(g.edgeCount) / (n * (n - 1)) * (g.isDirected ? 1 : 2)
    }
}
