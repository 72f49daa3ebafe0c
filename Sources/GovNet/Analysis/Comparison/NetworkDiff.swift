/// What changed between two versions of a network: departments added, removed, merged, split and
/// renamed; ties added, removed, reweighted and re-based per mechanism (compared after alignment);
/// the Jaccard similarity of the tie sets; and the changes in who leads which function.
///
/// Definitions. Departments, from the mapping's successor lists: *removed* — no successor; *added* —
/// no predecessor; *merged* — a later department with two or more predecessors; *split* — an earlier
/// department with two or more successors; *renamed* — a one-to-one pair (the old department has one
/// successor, which has one predecessor) whose id or name changed. Ties, on the ``Alignment``'s
/// combined tie tables (key = ends, mechanism, direction): *added* — only in the later network;
/// *removed* — only in the aligned earlier network; *reweighted* — in both with different combined
/// weights; *re-based* — in both with different bases (an unrecorded basis counts as different from a
/// recorded one); *unchanged* — in both with equal weight and basis. Added and removed ties that exist
/// only because of the alignment rule are labelled (``TieChange/byAlignment``) and still counted;
/// ``Counts/addedByAlignment`` and ``Counts/removedByAlignment`` count them. Jaccard similarity per mechanism:
/// |B ∩ A| / |B ∪ A| of the tie-key sets (NaN when both are empty); `all` pools the keys of every
/// compared mechanism.
///
/// References: Jaccard (1901); tie-set similarity of two networks as in UCINET's "Tools > Similarities"
/// and `nx.utils` set operations on `G.edges`; igraph `similarity_jaccard` is the node-level analogue.
public struct NetworkDiff: Sendable {
    /// A later department with several predecessors (earlier ids, sorted).
    public struct Merge: Sendable, Hashable { public var from: [String]; public var into: String }
    /// An earlier department with several successors (later ids, sorted).
    public struct Split: Sendable, Hashable { public var from: String; public var into: [String] }
    /// A one-to-one continuation whose id or name changed.
    public struct Rename: Sendable, Hashable {
        public var from: String
        public var to: String
        public var nameBefore: String
        public var nameAfter: String
    }
    /// A tie present in either version, with its combined weight and basis on each side (nil: absent).
    public struct TieChange: Sendable, Hashable {
        public var key: TieKey
        public var before: TieValue?
        public var after: TieValue?
        /// Whether the change exists only because of the alignment rule: a removed tie every copy of
        /// which the rule placed (``Alignment/attributedByAlignment``), or an added tie between
        /// successors of two departments that were tied by the same mechanism before (the rule sent
        /// that tie elsewhere).
        public var byAlignment = false
    }
    /// Tie counts of one mechanism (or `all`).
    public struct Counts: Sendable, Hashable {
        public var before = 0, after = 0, added = 0, removed = 0, reweighted = 0, rebased = 0, unchanged = 0
        public var addedByAlignment = 0, removedByAlignment = 0
        public var jaccard: Double = .nan
    }
    /// One function whose leadership changed.
    public struct ResponsibilityChange: Sendable, Hashable {
        public var function: String
        /// `overlap-resolved` or `overlap-created`.
        public var change: String
        /// Leads before (earlier ids) and after.
        public var leadsBefore: [String]
        public var leadsAfter: [String]
    }

    /// Later departments without predecessor, sorted.
    public var added: [String] = []
    /// Earlier departments without successor, sorted.
    public var removed: [String] = []
    public var merged: [Merge] = []
    public var split: [Split] = []
    public var renamed: [Rename] = []
    public var tiesAdded: [TieChange] = []
    public var tiesRemoved: [TieChange] = []
    public var tiesReweighted: [TieChange] = []
    public var tiesRebased: [TieChange] = []
    public var tiesUnchanged: [TieChange] = []
    /// The compared mechanisms, in order.
    public var mechanisms: [String] = []
    /// Counts and Jaccard similarity per mechanism, then `all`.
    public var counts: [(String, Counts)] = []
    public var responsibilities: [ResponsibilityChange] = []

    /// Compares the aligned earlier network with the later one.
    /// - Parameters:
    ///   - alignment: the alignment.
    ///   - mechanisms: mechanisms to compare (default: every mechanism used in either network).
    /// - Returns: the diff, every list sorted (departments by id, ties by from, to, mechanism).
    /// - Complexity: O(m log m) for m ties.
    public init(_ alignment: Alignment, mechanisms: [String]? = nil) {
        let before = alignment.before, after = alignment.after
        let ms = mechanisms ?? NetworkDiff.usedMechanisms(before, after)
        self.mechanisms = ms
        added = alignment.added.sorted()
        removed = alignment.removed.sorted()
        var beforeNames: [String: String] = [:], afterNames: [String: String] = [:]
        for d in before.departments where beforeNames[d.id] == nil { beforeNames[d.id] = d.name }
        for d in after.departments where afterNames[d.id] == nil { afterNames[d.id] = d.name }
        for (new, olds) in alignment.predecessors where olds.count > 1 { merged.append(Merge(from: olds.sorted(), into: new)) }
        merged.sort { $0.into < $1.into }
        for (old, news) in alignment.mapping.successors {
            if news.count > 1 { split.append(Split(from: old, into: news.sorted())) }
            if news.count == 1, let new = news.first, alignment.predecessors[new]?.count == 1 {
                let nb = beforeNames[old] ?? old, na = afterNames[new] ?? new
                if new != old || nb != na { renamed.append(Rename(from: old, to: new, nameBefore: nb, nameAfter: na)) }
            }
        }
        split.sort { $0.from < $1.from }
        renamed.sort { $0.from < $1.from }

        let selected = Set(ms)
        let b = alignment.beforeTies.values.filter { selected.contains($0.key.mechanism) }
        let a = alignment.afterTies.values.filter { selected.contains($0.key.mechanism) }
        var perMechanism: [String: Counts] = [:]
        for m in ms { perMechanism[m] = Counts() }
        var all = Counts()
        let raw = Set(TieTable(network: before).values.keys)
        func tiedBefore(_ k: TieKey) -> Bool {
            for p in alignment.predecessors[k.from] ?? [] {
                for q in alignment.predecessors[k.to] ?? [] where raw.contains(TieKey(from: p, to: q, mechanism: k.mechanism, directed: k.directed)) { return true }
            }
            return false
        }
        for key in Set(b.keys).union(a.keys).sorted() {
            var change = TieChange(key: key, before: b[key], after: a[key])
            if change.after == nil { change.byAlignment = alignment.attributedByAlignment.contains(key) }
            if change.before == nil { change.byAlignment = tiedBefore(key) }
            var c = perMechanism[key.mechanism]!
            if change.before != nil { c.before += 1; all.before += 1 }
            if change.after != nil { c.after += 1; all.after += 1 }
            switch (change.before, change.after) {
            case (nil, .some):
                tiesAdded.append(change); c.added += 1; all.added += 1
                if change.byAlignment { c.addedByAlignment += 1; all.addedByAlignment += 1 }
            case (.some, nil):
                tiesRemoved.append(change); c.removed += 1; all.removed += 1
                if change.byAlignment { c.removedByAlignment += 1; all.removedByAlignment += 1 }
            case let (.some(x), .some(y)):
                let reweighted = abs(x.weight - y.weight) > 1e-12 * max(1, abs(x.weight), abs(y.weight))
                if reweighted { tiesReweighted.append(change); c.reweighted += 1; all.reweighted += 1 }
                if x.basis != y.basis { tiesRebased.append(change); c.rebased += 1; all.rebased += 1 }
                if !reweighted && x.basis == y.basis { tiesUnchanged.append(change); c.unchanged += 1; all.unchanged += 1 }
            default: break
            }
            perMechanism[key.mechanism] = c
        }
        func jaccard(_ c: Counts) -> Double {
            let shared = (c.before + c.after - c.added - c.removed) / 2  // keys in both
            let union = c.added + c.removed + shared
            return union == 0 ? .nan : Double(shared) / Double(union)
        }
        counts = ms.map { m in
            var c = perMechanism[m]!
            c.jaccard = jaccard(c)
            return (m, c)
        }
        all.jaccard = jaccard(all)
        counts.append(("all", all))
        responsibilities = NetworkDiff.responsibilityChanges(alignment)
    }

    /// Mechanism ids used by ties of either network: the later network's order, then the earlier's.
    public static func usedMechanisms(_ before: Network, _ after: Network) -> [String] {
        var out = after.usedMechanismIDs
        for m in before.usedMechanismIDs where !out.contains(m) { out.append(m) }
        return out
    }

    /// Changes of lead overlaps per function (matched by function id), on the leads as recorded:
    /// *overlap-resolved* / *overlap-created*: several leads and no co-lead before but not after, or
    /// the reverse (the overlap rule of ``ResponsibilityRule``). Who took over which lead is
    /// ``FunctionChanges``, computed through the mapping.
    static func responsibilityChanges(_ alignment: Alignment) -> [ResponsibilityChange] {
        var out: [ResponsibilityChange] = []
        let beforeFunctions = Dictionary(alignment.before.functions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let afterFunctions = Dictionary(alignment.after.functions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for id in Set(beforeFunctions.keys).union(afterFunctions.keys).sorted() {
            let fb = beforeFunctions[id], fa = afterFunctions[id]
            let lb = fb?.departments(withRole: .lead) ?? [], la = fa?.departments(withRole: .lead) ?? []
            let cb = fb?.departments(withRole: .coLead) ?? [], ca = fa?.departments(withRole: .coLead) ?? []
            func add(_ change: String) { out.append(ResponsibilityChange(function: id, change: change, leadsBefore: lb, leadsAfter: la)) }
            let overlapBefore = lb.count > 1 && cb.isEmpty, overlapAfter = la.count > 1 && ca.isEmpty
            if overlapBefore && !overlapAfter && fa != nil { add("overlap-resolved") }
            if !overlapBefore && overlapAfter { add("overlap-created") }
        }
        return out
    }
}
