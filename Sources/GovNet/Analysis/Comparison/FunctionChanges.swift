/// Who held which role in every function before and after a reform, on each network's own department
/// ids, and how the lead changed — the responsibilities-first view of a reform comparison.
///
/// Definition. Functions are matched through ``ResolvedMapping/functionSuccessors`` (the identity of
/// shared ids unless a function mapping says otherwise): every pair (earlier function, later function)
/// is one entry, an earlier function without successor is compared with nothing and a later function
/// without predecessor with nothing. Roles are read from the raw networks, never from an aligned copy.
/// The *leading* departments of a function are its leads and co-leads. For each earlier lead L, the
/// departments that took over L's part in the function are ``ResolvedMapping/dutyTargets(of:function:)``
/// (the successors whose mapping row names the function, else L's continuation). L's transfer is
/// - `kept` — a target leads (lead or co-lead) after and is L itself or its one-to-one successor (a rename);
/// - `merged` — a target leads after, is L's only successor or its continuation, and has other predecessors too
///   (L merged into a larger department);
/// - `moved` — no target is L's continuation or only successor but one leads after (a split handed the duty to a
///   successor other than L's continuation), or no target leads after and the function has a
///   leading department that continues no earlier lead (the duty passed to another organisation);
/// - `dropped` — no target leads after, and every later leading department continues another earlier
///   lead (one of several leads stepped back).
///
/// The function's `change` is, in this order: `lead-gained` (no leading department before, one after);
/// `lead-lost` (the reverse); `lead-moved` (some lead moved); `lead-merged` (some lead merged);
/// `co-lead-changed` (a lead dropped, a lead added that continues no earlier lead, or the co-leads
/// after differ from the targets of the co-leads before); else `unchanged`. A rename of the lead is
/// therefore `unchanged`; a department merged as a whole into the new lead is `lead-merged`.
///
/// Governance reading: a `lead-moved` function is a transfer of responsibility between organisations
/// (the 2018 Chinese reform moving flood control from water resources to emergency management); a
/// `lead-merged` function changed only its organisational home. Not flagged: a lead renamed, or a
/// merged predecessor keeping its duty inside its successor.
///
/// References: the transfer of responsibilities in the State Council institutional reform plan
/// (Xinhua, 13 March 2018); the function × department matrix of the US NRF Emergency Support
/// Functions. No NetworkX or igraph counterpart.
public struct FunctionChanges: Sendable {
    /// A function's roles in one network (department ids as written there).
    public struct Roles: Sendable, Hashable {
        public var lead: [String] = []
        public var coLead: [String] = []
        public var support: [String] = []
        public var leading: [String] { lead + coLead }
        public init(lead: [String] = [], coLead: [String] = [], support: [String] = []) {
            self.lead = lead
            self.coLead = coLead
            self.support = support
        }
        init(_ f: Function?) {
            guard let f else { return }
            lead = f.departments(withRole: .lead)
            coLead = f.departments(withRole: .coLead)
            support = f.departments(withRole: .support)
        }
    }

    /// What happened to one earlier lead.
    public struct Transfer: Sendable, Hashable {
        /// The earlier lead (earlier id).
        public var from: String
        /// Later departments now leading the part it held (later ids; empty when dropped).
        public var to: [String]
        /// `kept`, `merged`, `moved` or `dropped`.
        public var kind: String
    }

    /// The change categories, in precedence order.
    public enum Change: String, Sendable, CaseIterable {
        case leadGained = "lead-gained"
        case leadLost = "lead-lost"
        case leadMoved = "lead-moved"
        case leadMerged = "lead-merged"
        case coLeadChanged = "co-lead-changed"
        case unchanged
    }

    /// One function before and after.
    public struct Entry: Sendable, Hashable {
        /// The later function id (the earlier one when the function has no successor).
        public var id: String
        public var name: String
        /// The earlier function id (nil when new).
        public var idBefore: String?
        public var nameBefore: String?
        /// Whether the later function exists.
        public var existsAfter: Bool
        public var before: Roles
        public var after: Roles
        public var change: Change
        /// One entry per earlier lead.
        public var transfers: [Transfer]
    }

    /// Every function, earlier functions first (in the earlier network's order, one entry per
    /// successor), then later functions without predecessor.
    public private(set) var entries: [Entry] = []

    /// Classifies every function (see the type's definition).
    /// - Complexity: O(F · a · s) for F functions of at most a assignments and s successors per department.
    public init(before: Network, after: Network, mapping: ResolvedMapping) {
        var afterByID: [String: Function] = [:]
        for f in after.functions where afterByID[f.id] == nil { afterByID[f.id] = f }
        var predecessors: [String: Int] = [:]
        for (_, news) in mapping.successors { for n in news { predecessors[n, default: 0] += 1 } }
        var reached = Set<String>()
        var seen = Set<String>()
        for fb in before.functions where seen.insert(fb.id).inserted {
            let targets = mapping.functionTargets(fb.id).filter { afterByID[$0] != nil }
            for id in targets.isEmpty ? [nil] : targets.map(Optional.some) {
                let fa = id.flatMap { afterByID[$0] }
                if let id { reached.insert(id) }
                entries.append(Self.classify(fb, fa, mapping: mapping, predecessors: predecessors))
            }
        }
        for fa in after.functions where !reached.contains(fa.id) && seen.insert("\u{0}" + fa.id).inserted {
            entries.append(Self.classify(nil, fa, mapping: mapping, predecessors: predecessors))
        }
    }

    static func classify(_ fb: Function?, _ fa: Function?, mapping: ResolvedMapping, predecessors: [String: Int]) -> Entry {
        let b = Roles(fb), a = Roles(fa)
        var entry = Entry(id: fa?.id ?? fb!.id, name: fa?.name ?? fb!.name, idBefore: fb?.id, nameBefore: fb?.name,
                          existsAfter: fa != nil, before: b, after: a, change: .unchanged, transfers: [])
        if b.leading.isEmpty && a.leading.isEmpty { return entry }
        if b.leading.isEmpty { entry.change = .leadGained; return entry }
        let fid = fb!.id
        func targets(_ d: String) -> [String] { mapping.dutyTargets(of: d, function: fid) }
        // Later leading departments that continue some earlier leading department.
        let continuing = Set(b.leading.flatMap(targets)).intersection(a.leading)
        let newcomers = a.leading.filter { !continuing.contains($0) }
        for l in b.lead {
            let t = targets(l).filter(a.leading.contains)
            let successors = mapping.successors[l] ?? []
            let home = successors.count == 1 ? successors.first : mapping.continuation(of: l)
            if let h = t.first(where: { $0 == home }) {
                entry.transfers.append(Transfer(from: l, to: [h], kind: (predecessors[h] ?? 0) > 1 ? "merged" : "kept"))
            } else if !t.isEmpty {
                entry.transfers.append(Transfer(from: l, to: t, kind: "moved"))
            } else if !newcomers.isEmpty {
                entry.transfers.append(Transfer(from: l, to: newcomers, kind: "moved"))
            } else {
                entry.transfers.append(Transfer(from: l, to: [], kind: "dropped"))
            }
        }
        let kinds = Set(entry.transfers.map(\.kind))
        let coLeadTargets = Set(b.coLead.flatMap(targets))
        if a.leading.isEmpty {
            entry.change = .leadLost
        } else if kinds.contains("moved") {
            entry.change = .leadMoved
        } else if kinds.contains("merged") {
            entry.change = .leadMerged
        } else if b.lead.isEmpty && !a.lead.isEmpty && newcomers.contains(where: a.lead.contains) {
            entry.change = .leadMoved  // co-leads only before, a new organisation leads after
        } else if kinds.contains("dropped") || !newcomers.isEmpty || coLeadTargets != Set(a.coLead) {
            entry.change = .coLeadChanged
        }
        return entry
    }

    /// Number of entries per change, in ``Change`` order.
    public var counts: [(Change, Int)] {
        Change.allCases.map { c in (c, entries.filter { $0.change == c }.count) }
    }
}

extension FunctionChanges {
    /// Words of ``describe(_:wording:beforeName:afterName:)`` in one language.
    public struct Wording: Sendable {
        public var lead: String, coLead: String, none: String, colon: String, open: String, close: String, listSeparator: String
        /// Between a name and the word that follows it ("A co-lead"; Chinese writes none).
        public var space = " "
        public init(lead: String, coLead: String, none: String, colon: String, open: String, close: String, listSeparator: String) {
            self.lead = lead
            self.coLead = coLead
            self.none = none
            self.colon = colon
            self.open = open
            self.close = close
            self.listSeparator = listSeparator
        }
        public static let english = Wording(lead: "lead", coLead: "co-lead", none: "none", colon: ": ", open: " (", close: ")", listSeparator: ", ")

        /// The words of `language` from the message catalogue (English: ``english``).
        public init(_ language: ReportLanguage) {
            guard language != .en else { self = .english; return }
            let paren = language.render("punct.paren", [("text", .text("\u{1}"))]).components(separatedBy: "\u{1}")
            self.init(lead: language.text(.lead), coLead: language.text(.coLead), none: language.text(.noLead),
                      colon: language.render("punct.colon"), open: paren[0], close: paren.count > 1 ? paren[1] : "",
                      listSeparator: language.render("list.enumeration"))
            space = language.render("punct.word-space")
        }
    }

    /// One side of an entry: the leads by name, co-leads in brackets ("A (B co-lead)"), or "none".
    public static func side(_ r: Roles, wording w: Wording = .english, name: (String) -> String) -> String {
        var s = r.lead.isEmpty ? w.none : r.lead.map(name).joined(separator: w.listSeparator)
        if !r.coLead.isEmpty { s += w.open + r.coLead.map(name).joined(separator: w.listSeparator) + w.space + w.coLead + w.close }
        return s
    }

    /// The entry as a sentence in the departments' own names, e.g. "Flood control and drought relief:
    /// lead Water Resources Bureau → Emergency Management Bureau (Water Resources Bureau co-lead)".
    /// - Parameters:
    ///   - beforeName: display name of an earlier department id.
    ///   - afterName: display name of a later department id.
    public static func describe(_ e: Entry, functionName: String? = nil, wording w: Wording = .english,
                                beforeName: (String) -> String, afterName: (String) -> String) -> String {
        (functionName ?? e.name) + w.colon + w.lead + w.space + side(e.before, wording: w, name: beforeName) + " → " + side(e.after, wording: w, name: afterName)
    }
}
