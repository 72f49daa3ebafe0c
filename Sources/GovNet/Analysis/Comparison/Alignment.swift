/// A tie identified across two networks: its ends, its mechanism and whether it is directed.
/// Undirected ties are stored with the smaller id first, so `A–B` and `B–A` are the same key.
public struct TieKey: Hashable, Sendable, Comparable {
    public var from: String
    public var to: String
    public var mechanism: String
    public var directed: Bool

    public init(from: String, to: String, mechanism: String, directed: Bool) {
        if !directed && to < from {
            self.from = to
            self.to = from
        } else {
            self.from = from
            self.to = to
        }
        self.mechanism = mechanism
        self.directed = directed
    }

    /// Sorted by from, to, then mechanism.
    public static func < (a: TieKey, b: TieKey) -> Bool {
        (a.from, a.to, a.mechanism, a.directed ? 1 : 0) < (b.from, b.to, b.mechanism, b.directed ? 1 : 0)
    }
}

/// The combined weight and basis of the ties sharing one ``TieKey``.
public struct TieValue: Hashable, Sendable {
    public var weight: Double
    public var basis: Basis?
    public init(weight: Double, basis: Basis?) {
        self.weight = weight
        self.basis = basis
    }
}

/// The ties of a network combined by ``TieKey``: parallel ties (repeated rows, or ties that an
/// alignment maps onto the same pair) add their weights; the basis is kept when all agree, else the
/// most formal one recorded (law > regulation > plan > agreement > informal; unrecorded bases are
/// ignored when another is recorded).
public struct TieTable: Sendable {
    /// The combined value of every key.
    public private(set) var values: [TieKey: TieValue] = [:]

    public init() {}

    /// Every tie of `network` (self-loops skipped).
    public init(network: Network) {
        for t in network.ties where t.from != t.to {
            add(TieKey(from: t.from, to: t.to, mechanism: t.mechanism, directed: network.isDirected(t)), weight: t.weight, basis: t.basis)
        }
    }

    /// Adds one tie: weights add up, the basis becomes the more formal one.
    public mutating func add(_ key: TieKey, weight: Double, basis: Basis?) {
        if var v = values[key] {
            v.weight += weight
            v.basis = Self.moreFormal(v.basis, basis)
            values[key] = v
        } else {
            values[key] = TieValue(weight: weight, basis: basis)
        }
    }

    /// The keys, sorted.
    public var keys: [TieKey] { values.keys.sorted() }

    /// The more formal of two bases (`nil` only when both are unrecorded).
    public static func moreFormal(_ a: Basis?, _ b: Basis?) -> Basis? {
        guard let a else { return b }
        guard let b else { return a }
        let order = Basis.allCases
        return order.firstIndex(of: a)! <= order.firstIndex(of: b)! ? a : b
    }
}

/// The earlier network collapsed through a department mapping onto the later network's departments,
/// so both can be compared tie by tie.
///
/// Definition. Every department `d` of the earlier network is replaced by its successors `S(d)`
/// (``ResolvedMapping/successors``). The aligned network's departments are the later network's
/// departments that have at least one predecessor (in the later network's order, with the later
/// network's names and attributes, so groupings such as `kind` agree), followed by the removed
/// departments (no successor) under their own ids. A tie `u → v` of mechanism `m` becomes the ties
/// `u' → v'` for every `u'` in `S(u)` and `v'` in `S(v)`: a merged department's ties are pooled, and
/// **a split department's ties go to every successor** (the mapping does not say which successor took
/// which partner; an analyst who knows should list fewer successors). Ties that fall inside one
/// department (`u'` = `v'`, e.g. between two merged predecessors) are dropped and counted in
/// ``absorbedTies``. Ties landing on the same pair and mechanism combine as in ``TieTable``: weights
/// add up (sum), the basis is kept when all agree, else the most formal. Responsibilities: each role
/// goes to every successor, keeping the strongest role when predecessors meet in one department; a
/// lead of a split department stays lead in the successor with the same id (or the first successor)
/// and becomes a co-lead in the others, so a split alone does not create an undeclared shared lead.
///
/// References: network contraction (`nx.contracted_nodes`, igraph `contract_vertices` with
/// `combine_edges="sum"`), generalised to one-to-many mappings.
public struct Alignment: Sendable {
    /// The earlier network as given.
    public let before: Network
    /// The later network as given.
    public let after: Network
    /// The mapping used.
    public let mapping: ResolvedMapping
    /// The earlier network collapsed onto the later network's departments.
    public let aligned: Network
    /// Later id → earlier ids mapped onto it, in the earlier network's order.
    public let predecessors: [String: [String]]
    /// Earlier departments with no successor, in the earlier network's order.
    public let removed: [String]
    /// Later departments with no predecessor, in the later network's order.
    public let added: [String]
    /// Ties of the earlier network that fell inside one aligned department and were dropped.
    public let absorbedTies: Int
    /// The aligned earlier ties, combined by key.
    public let beforeTies: TieTable
    /// The later ties, combined by key.
    public let afterTies: TieTable

    /// Aligns `before` onto `after`.
    /// - Complexity: O(m · s²) for m ties and at most s successors per department, plus O(n log n).
    public init(before: Network, after: Network, mapping: ResolvedMapping) {
        self.before = before
        self.after = after
        self.mapping = mapping
        var preds: [String: [String]] = [:]
        var removed: [String] = []
        var seen = Set<String>()
        for d in before.departments where seen.insert(d.id).inserted {
            let s = mapping.successors[d.id] ?? []
            if s.isEmpty { removed.append(d.id) }
            for n in s { preds[n, default: []].append(d.id) }
        }
        self.predecessors = preds
        self.removed = removed
        self.added = after.departments.map(\.id).filter { preds[$0] == nil }

        func successors(_ id: String) -> [String] {
            guard let s = mapping.successors[id] else { return [] }
            return s.isEmpty ? [id] : s
        }
        var net = Network(metadata: before.metadata, mechanisms: before.mechanisms)
        net.departments = after.departments.filter { preds[$0.id] != nil }
        let beforeIndex = before.departmentIndex
        net.departments += removed.map { before.departments[beforeIndex[$0]!] }

        var table = TieTable()
        var absorbed = 0
        for t in before.ties where t.from != t.to {
            let directed = before.isDirected(t)
            var inside = false
            for u in successors(t.from) {
                for v in successors(t.to) {
                    if u == v { inside = true; continue }
                    table.add(TieKey(from: u, to: v, mechanism: t.mechanism, directed: directed), weight: t.weight, basis: t.basis)
                }
            }
            if inside { absorbed += 1 }
        }
        self.absorbedTies = absorbed
        self.beforeTies = table
        self.afterTies = TieTable(network: after)
        net.ties = table.keys.map { k in
            let v = table.values[k]!
            return Tie(from: k.from, to: k.to, mechanism: k.mechanism, weight: v.weight, directed: k.directed, basis: v.basis)
        }

        let afterIndex = after.departmentIndex
        net.functions = before.functions.map { f in
            var best: [String: Role] = [:]
            var order: [String] = []
            for a in f.assignments {
                let s = successors(a.department)
                let keeper = s.first { $0 == a.department } ?? s.first
                for n in s {
                    let role: Role = (a.role == .lead && n != keeper) ? .coLead : a.role
                    if let r = best[n] { best[n] = min(r, role) } else { best[n] = role; order.append(n) }
                }
            }
            let sorted = order.sorted { (afterIndex[$0] ?? Int.max, $0) < (afterIndex[$1] ?? Int.max, $1) }
            return Function(id: f.id, name: f.name, names: f.names, assignments: sorted.map { Assignment(department: $0, role: best[$0]!) })
        }
        self.aligned = net
    }
}
