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

/// How the weights of parallel ties (repeated rows, or ties of merged predecessors landing on one
/// pair) combine: `max` for ordinal weights (1 occasional, 2 regular, 3 core — two occasional ties do
/// not make a regular one), `sum` for counts.
public enum WeightCombination: String, CaseIterable, Sendable {
    case max, sum
}

/// The ties of a network combined by ``TieKey``: parallel ties (repeated rows, or ties that an
/// alignment maps onto the same pair) combine their weights by ``WeightCombination`` (max by
/// default); the basis is kept when all agree, else the most formal one recorded (law > regulation >
/// plan > agreement > informal; unrecorded bases are ignored when another is recorded).
public struct TieTable: Sendable {
    /// The combined value of every key.
    public private(set) var values: [TieKey: TieValue] = [:]
    public let combine: WeightCombination

    public init(combine: WeightCombination = .max) { self.combine = combine }

    /// Every tie of `network` (self-loops skipped).
    public init(network: Network, combine: WeightCombination = .max) {
        self.combine = combine
        for t in network.ties where t.from != t.to {
            add(TieKey(from: t.from, to: t.to, mechanism: t.mechanism, directed: network.isDirected(t)), weight: t.weight, basis: t.basis)
        }
    }

    /// Adds one tie: weights combine, the basis becomes the more formal one.
    public mutating func add(_ key: TieKey, weight: Double, basis: Basis?) {
        if var v = values[key] {
            v.weight = combine == .sum ? v.weight + weight : Swift.max(v.weight, weight)
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

/// How the ties and roles of a department with several successors (a split) are distributed.
public enum AlignmentRule: String, CaseIterable, Sendable {
    /// One sentence for settings and methods sections.
    public var explanation: String { ReportLanguage.en.render("compare.alignment.\(rawValue)") }

    /// The rule's name in `language`: its id in English (the value `--alignment` takes), its name in
    /// Chinese (catalogue `alignmentRule.*`).
    public func name(_ language: ReportLanguage) -> String { MessageCatalogue.term("alignmentRule", rawValue).text(language) }

    /// A tie follows the duties it serves: to the successors whose mapping rows name those functions,
    /// a duty no row names staying with the continuation; a tie serving no named duty goes to the
    /// continuation and is reported as unattributed.
    case duty
    /// The first successor the mapping lists takes every tie and role.
    case successor
    /// Every successor gets a copy of every tie and role.
    case copy
}

/// The earlier network collapsed through a department mapping onto the later network's departments,
/// so both can be compared tie by tie.
///
/// Definition. Every department `d` of the earlier network is replaced by its successors `S(d)`
/// (``ResolvedMapping/successors``). The aligned network's departments are the later network's
/// departments that have at least one predecessor (in the later network's order, with the later
/// network's names and attributes, so groupings such as `kind` agree), followed by the removed
/// departments (no successor) under their own ids. A tie `u → v` of mechanism `m` becomes ties
/// `u' → v'` for `u'` in `T(u)` and `v'` in `T(v)`, where `T(d)` = `S(d)` when `d` has one successor
/// (a rename or a merger: merged ties are pooled) and, for a split, depends on the ``AlignmentRule``:
/// - `duty` — the successors that took over the functions the tie serves (``ResolvedMapping/dutyTargets(of:function:)``,
///   over the served functions); when no mapping row of `d` names any of them, the continuation
///   (``ResolvedMapping/continuation(of:)``), and the tie is *unattributed*;
/// - `successor` — the first successor the mapping lists;
/// - `copy` — every successor.
/// The functions a tie serves are its `functions:` field when recorded; otherwise they are inferred:
/// a tie serves function f when one end leads or co-leads f — or is the coordinating body whose office
/// a lead or co-lead of f hosts (``GovernanceStructure/officeHost``: the flood-control headquarters
/// whose office the water bureau runs acts for flood control) — and the other end holds any role in f.
/// The office half lets the headquarters' direction and membership ties follow the duty when its host
/// department is split; a body whose office no lead of f hosts serves f only through recorded `functions`.
/// A choice made by the rule rather than by the data (a copy, the first-listed successor, the
/// continuation of an unattributed tie — unless that successor is the department itself, continuing
/// under its own id) marks the aligned tie *attributed by the alignment* when
/// every contribution to it was such a choice; ``NetworkDiff`` labels added and removed ties of that
/// kind so that no change is read as real when only the rule created it. Ties that fall inside one
/// department (`u'` = `v'`, e.g. between two merged predecessors) are dropped and counted in
/// ``absorbedTies``. Ties landing on the same pair and mechanism combine as in ``TieTable``
/// (``WeightCombination``, max by default for ordinal weights). Roles follow the same rule (a role
/// in function f goes to `dutyTargets(d, f)` under `duty`), keeping the strongest role when
/// predecessors meet in one department; under `copy` a lead of a split department stays lead in its
/// continuation and becomes a co-lead in the others.
///
/// Governance reading: the aligned network is a device for tie-by-tie comparison; findings and
/// function changes are computed on the raw networks (``MetricDeltas``, ``FunctionChanges``), and
/// the comparison reports how the headline numbers move under each rule (``NetworkComparison/sensitivity``).
///
/// References: network contraction (`nx.contracted_nodes`, igraph `contract_vertices` with
/// `combine_edges="max"` or `"sum"`), generalised to one-to-many mappings.
public struct Alignment: Sendable {
    /// The earlier network as given.
    public let before: Network
    /// The later network as given.
    public let after: Network
    /// The mapping used.
    public let mapping: ResolvedMapping
    /// The split rule used.
    public let rule: AlignmentRule
    /// How parallel weights combine.
    public let combine: WeightCombination
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
    /// Aligned tie keys whose every contribution was placed by the rule, not by the data.
    public let attributedByAlignment: Set<TieKey>
    /// Earlier ties (earlier ids) with a split end that serve no duty the mapping names (`duty` rule).
    public let unattributed: [TieKey]
    /// Earlier ties (self-loops excluded) whose functions were recorded, inferred, or neither.
    public let tieFunctions: (recorded: Int, inferred: Int, none: Int)

    /// The inference rule for ties without a `functions:` field, as reported.
    public static var inferenceRule: String { ReportLanguage.en.render("compare.inference-rule") }

    /// Aligns `before` onto `after`.
    /// - Parameters:
    ///   - rule: the split rule (default: `duty` when the mapping names duties, else `copy`).
    ///   - combine: how parallel weights combine (default `max`).
    /// - Complexity: O(m · (s² + F)) for m ties, at most s successors per department and F functions, plus O(n log n).
    public init(before: Network, after: Network, mapping: ResolvedMapping, rule: AlignmentRule? = nil, combine: WeightCombination = .max) {
        self.before = before
        self.after = after
        self.mapping = mapping
        let rule = rule ?? (mapping.mapsFunctions ? .duty : .copy)
        self.rule = rule
        self.combine = combine
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

        var net = Network(metadata: before.metadata, mechanisms: before.mechanisms)
        net.departments = after.departments.filter { preds[$0.id] != nil }
        let beforeIndex = before.departmentIndex
        net.departments += removed.map { before.departments[beforeIndex[$0]!] }

        // Functions each department leads (or co-leads) and holds, for the inference of served functions.
        var leads: [String: Set<String>] = [:], holds: [String: Set<String>] = [:]
        let functionIDs = Set(before.functions.map(\.id))
        for f in before.functions {
            for a in f.assignments {
                holds[a.department, default: []].insert(f.id)
                if a.role != .support { leads[a.department, default: []].insert(f.id) }
            }
        }
        // The office half: a coordinating body acts for the functions its office host leads.
        for (body, host) in GovernanceStructure(network: before).officeHost where body != host {
            if let led = leads[host] { leads[body, default: []].formUnion(led) }
        }
        /// Successors of one end of a tie serving `served`, each with whether the rule (not the data) chose it.
        func ends(_ id: String, served: [String]) -> (targets: [(String, Bool)], unattributed: Bool) {
            guard let s = mapping.successors[id], !s.isEmpty else { return ([(id, false)], false) }
            if s.count == 1 { return ([(s[0], false)], false) }
            switch rule {
            case .copy: return (s.map { ($0, $0 != id) }, false)
            case .successor:
                let first = mapping.rows[id]?.first?.to ?? s[0]
                return ([(first, first != id)], false)
            case .duty:
                let rows = mapping.rows[id] ?? []
                let named = served.contains { f in
                    let ids = Set([f] + mapping.functionTargets(f))
                    return rows.contains { $0.functions?.contains(where: ids.contains) ?? false }
                }
                guard named else {
                    let c = mapping.continuation(of: id) ?? s[0]
                    return ([(c, c != id)], true)
                }
                var out: [String] = []
                for f in served { for t in mapping.dutyTargets(of: id, function: f) where !out.contains(t) { out.append(t) } }
                return (out.map { ($0, false) }, false)
            }
        }

        var table = TieTable(combine: combine)
        var byRuleOnly: [TieKey: Bool] = [:]
        var absorbed = 0
        var unattributed: [TieKey] = []
        var recorded = 0, inferred = 0, none = 0
        for t in before.ties where t.from != t.to {
            let directed = before.isDirected(t)
            var served = t.functions.filter(functionIDs.contains)
            if !t.functions.isEmpty {
                recorded += 1
            } else {
                let a = leads[t.from, default: []].intersection(holds[t.to, default: []])
                    .union(leads[t.to, default: []].intersection(holds[t.from, default: []]))
                served = before.functions.map(\.id).filter(a.contains)
                if served.isEmpty { none += 1 } else { inferred += 1 }
            }
            let (us, uu) = ends(t.from, served: served), (vs, vu) = ends(t.to, served: served)
            if uu || vu { unattributed.append(TieKey(from: t.from, to: t.to, mechanism: t.mechanism, directed: directed)) }
            var inside = false
            for (u, ur) in us {
                for (v, vr) in vs {
                    if u == v { inside = true; continue }
                    let key = TieKey(from: u, to: v, mechanism: t.mechanism, directed: directed)
                    table.add(key, weight: t.weight, basis: t.basis)
                    byRuleOnly[key] = (byRuleOnly[key] ?? true) && (ur || vr)
                }
            }
            if inside { absorbed += 1 }
        }
        self.absorbedTies = absorbed
        self.beforeTies = table
        self.afterTies = TieTable(network: after, combine: combine)
        self.attributedByAlignment = Set(byRuleOnly.filter(\.value).keys)
        self.unattributed = unattributed.sorted()
        self.tieFunctions = (recorded, inferred, none)
        net.ties = table.keys.map { k in
            let v = table.values[k]!
            return Tie(from: k.from, to: k.to, mechanism: k.mechanism, weight: v.weight, directed: k.directed, basis: v.basis)
        }

        let afterIndex = after.departmentIndex
        net.functions = before.functions.map { f in
            var best: [String: Role] = [:]
            var order: [String] = []
            for a in f.assignments {
                let all = mapping.successors[a.department].flatMap { $0.isEmpty ? nil : $0 } ?? [a.department]
                var s = all
                if all.count > 1 {
                    switch rule {
                    case .copy: break
                    case .successor: s = [mapping.rows[a.department]?.first?.to ?? all[0]]
                    case .duty: s = mapping.dutyTargets(of: a.department, function: f.id)
                    }
                }
                let keeper = s.first { $0 == a.department } ?? mapping.continuation(of: a.department) ?? s.first
                for n in s {
                    let role: Role = (rule == .copy && a.role == .lead && n != keeper && s.count > 1) ? .coLead : a.role
                    if let r = best[n] { best[n] = min(r, role) } else { best[n] = role; order.append(n) }
                }
            }
            let sorted = order.sorted { (afterIndex[$0] ?? Int.max, $0) < (afterIndex[$1] ?? Int.max, $1) }
            return Function(id: f.id, name: f.name, names: f.names, assignments: sorted.map { Assignment(department: $0, role: best[$0]!) })
        }
        self.aligned = net
    }

    /// The department that stands for an earlier department in the later network when one id is
    /// needed (matching findings): its continuation, or under `successor` the first-listed successor;
    /// itself when removed.
    public func primary(_ id: String) -> String {
        guard let s = mapping.successors[id], !s.isEmpty else { return id }
        if s.count > 1 && rule == .successor { return mapping.rows[id]?.first?.to ?? s[0] }
        return mapping.continuation(of: id) ?? s[0]
    }
}
