/// One dyadic matrix of a QAP regression: a linkage mechanism, its transpose, an attribute matrix of the
/// departments, or the aligned matrix of another wave.
///
/// Spelling (the command line's `--dependent` and `--independent` values, and the term names in every
/// output):
/// - `MECH` — ties of mechanism MECH from row to column (`all`: every one-mode mechanism combined);
///   undirected ties fill both cells.
/// - `t:MECH` — its transpose: cell (i, j) holds the tie j → i. With the dependent `information` and the
///   predictor `t:command`, a positive coefficient says information runs up the lines that command
///   runs down (reciprocity across mechanisms); `t:` of the dependent itself tests reciprocity.
/// - `same:ATTR` — 1 when both departments have the same value of ATTR: `kind`, `level`, `management`,
///   `class` (their ``RelationshipClass`` relative to the coordinating department) or any department
///   attribute; 0 when either lacks it.
/// - `led-by-same` — 1 when the two share a leader (``GovernanceStructure/leaders``: `led_by`, else
///   leadership command ties).
/// - `co-member` — 1 when the two are members of one coordinating body (membership ties).
/// - `centre` (also `center`) — 1 on the dyads involving the coordinating department.
/// - `wave:MECH` — mechanism MECH in the other wave, aligned onto this network's departments by the
///   mapping (``Alignment``); the regression then runs on the common node set.
///
/// Attribute matrices are symmetric and binary; mechanism matrices hold presence or, when weighted, the
/// tie weight. The diagonal is never used.
public enum DyadicTerm: Hashable, Sendable, CustomStringConvertible {
    case mechanism(String)
    case transpose(String)
    case same(String)
    case ledBySame
    case coMember
    case centre
    case wave(String)

    /// Parses a spelling; nil when the prefix is unknown or the name after it is empty.
    public init?(_ text: String) {
        func rest(_ prefix: String) -> String? {
            guard text.hasPrefix(prefix) else { return nil }
            let r = String(text.dropFirst(prefix.count))
            return r.isEmpty ? nil : r
        }
        switch text {
        case "led-by-same": self = .ledBySame
        case "co-member": self = .coMember
        case "centre", "center": self = .centre
        default:
            if let m = rest("t:") ?? rest("transpose:") { self = .transpose(m) }
            else if let a = rest("same:") { self = .same(a) }
            else if let m = rest("wave:") { self = .wave(m) }
            else if text.contains(":") || text.isEmpty { return nil }
            else { self = .mechanism(text) }
        }
    }

    /// The canonical spelling.
    public var description: String {
        switch self {
        case .mechanism(let m): m
        case .transpose(let m): "t:" + m
        case .same(let a): "same:" + a
        case .ledBySame: "led-by-same"
        case .coMember: "co-member"
        case .centre: "centre"
        case .wave(let m): "wave:" + m
        }
    }

    /// Whether the matrix is binary whatever the weighting (attribute matrices).
    public var isAttribute: Bool {
        switch self {
        case .same, .ledBySame, .coMember, .centre: true
        case .mechanism, .transpose, .wave: false
        }
    }

    /// The accepted spellings, for error messages.
    public static let spellings = "MECH, t:MECH, same:kind|level|management|class|ATTR, led-by-same, co-member, centre, wave:MECH"
}

/// Builds the matrices of ``DyadicTerm``s over one node set.
///
/// - Complexity: O(m + n²) per term for m ties and n nodes.
public struct DyadicMatrices: Sendable {
    /// A term that cannot be built, with the reason and a suggestion.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        public var term: String
        public var reason: String
        /// What would get past the problem, for the front end to word with its own controls (``ErrorRemedy``).
        public var remedy: ErrorRemedy? = nil
        public var description: String { "'\(term)': \(reason)" }
    }

    public let network: Network
    /// The node order of every matrix.
    public let nodes: [String]
    public let weighted: Bool
    let table: TieTable
    let otherWave: TieTable?
    let structure: GovernanceStructure
    let index: [String: Int32]

    /// - Parameters:
    ///   - network: the network whose departments and ties the terms read.
    ///   - nodes: the node order (a subset of the network's departments, e.g. the common node set of two waves).
    ///   - weighted: mechanism matrices hold tie weights instead of presence.
    ///   - center: the coordinating department (`nil`: ``GovernanceStructure/findCenter(_:requested:)``).
    ///   - otherWave: the other wave's ties aligned onto `network`'s ids (``Alignment/beforeTies``).
    public init(network: Network, nodes: [String], weighted: Bool, center: String? = nil, otherWave: TieTable? = nil) {
        self.network = network
        self.nodes = nodes
        self.weighted = weighted
        self.table = TieTable(network: network)
        self.otherWave = otherWave
        self.structure = GovernanceStructure(network: network, center: center)
        var index: [String: Int32] = [:]
        for (i, id) in nodes.enumerated() where index[id] == nil { index[id] = Int32(i) }
        self.index = index
    }

    /// The one-mode mechanisms `all` combines: every mechanism used, membership and drafting (two-mode) left out.
    func oneMode(_ table: TieTable) -> [String] {
        let twoMode = Set(Mechanism.affiliation.map(\.id))
        return Array(Set(table.values.keys.map(\.mechanism))).filter { !twoMode.contains($0) }.sorted()
    }

    /// The matrix of a term.
    /// - Throws: ``Problem`` when the mechanism, attribute, centre or other wave is missing.
    public func matrix(_ term: DyadicTerm) throws -> QAP.Matrix {
        let n = nodes.count
        func mechanismMatrix(_ m: String, in table: TieTable, transposed: Bool) throws -> QAP.Matrix {
            let known = Set(table.values.keys.map(\.mechanism)).union(network.allMechanisms.map(\.id))
            guard m == "all" || known.contains(m) else {
                throw Problem(term: term.description, reason: "unknown mechanism '\(m)'; known: \(known.sorted().joined(separator: ", ")), all")
            }
            let ms = m == "all" ? oneMode(table) : [m]
            let matrix = NetworkComparison.matrix(table, nodes: nodes, mechanisms: ms, weighted: weighted)
            guard transposed else { return matrix }
            return QAP.Matrix(n: n, cells: zip(matrix.rows, zip(matrix.cols, matrix.values)).map { ($1.0, $0, $1.1) })
        }
        func pairs(_ related: (String, String) -> Bool) -> QAP.Matrix {
            var cells: [(Int32, Int32, Double)] = []
            for (i, a) in nodes.enumerated() { for (j, b) in nodes.enumerated() where i != j && related(a, b) {
                cells.append((Int32(i), Int32(j), 1))
            } }
            return QAP.Matrix(n: n, cells: cells)
        }
        switch term {
        case .mechanism(let m): return try mechanismMatrix(m, in: table, transposed: false)
        case .transpose(let m): return try mechanismMatrix(m, in: table, transposed: true)
        case .wave(let m):
            guard let otherWave else {
                throw Problem(term: term.description, reason: "needs the other wave", remedy: .giveOtherWave)
            }
            return try mechanismMatrix(m, in: otherWave, transposed: false)
        case .same(let attribute):
            let byID = Dictionary(network.departments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let value: (String) -> String?
            if attribute == "class" {
                guard structure.center != nil else {
                    throw Problem(term: term.description, reason: "relationship classes need a coordinating department", remedy: .nameCoordinator)
                }
                value = { structure.classes[$0]?.rawValue }
            } else {
                value = { byID[$0]?.group(attribute) }
            }
            guard nodes.contains(where: { value($0) != nil }) else {
                let attrs = Set(network.departments.flatMap(\.attributes.keys))
                throw Problem(term: term.description, reason: "no department has '\(attribute)'; use kind, level, management, class\(attrs.isEmpty ? "" : " or " + attrs.sorted().joined(separator: ", "))")
            }
            let values = nodes.map(value)
            var cells: [(Int32, Int32, Double)] = []
            for i in 0..<n { for j in 0..<n where i != j { if let a = values[i], a == values[j] { cells.append((Int32(i), Int32(j), 1)) } } }
            return QAP.Matrix(n: n, cells: cells)
        case .ledBySame:
            guard !structure.leaders.isEmpty else {
                throw Problem(term: term.description, reason: "no department records a leader (led_by, or command ties with relation: leadership)")
            }
            return pairs { a, b in !Set(structure.leaders[a] ?? []).isDisjoint(with: structure.leaders[b] ?? []) }
        case .coMember:
            var bodiesOf: [String: Set<String>] = [:]
            for (body, ms) in structure.members { for m in ms { bodiesOf[m.id, default: []].insert(body) } }
            guard !bodiesOf.isEmpty else {
                throw Problem(term: term.description, reason: "no membership ties (department → coordinating body) in this network")
            }
            return pairs { a, b in !(bodiesOf[a] ?? []).isDisjoint(with: bodiesOf[b] ?? []) }
        case .centre:
            guard let c = structure.center, index[c] != nil else {
                throw Problem(term: term.description, reason: "no coordinating department among the analysed departments", remedy: .nameCoordinator)
            }
            return pairs { a, b in a == c || b == c }
        }
    }
}
