/// What makes a finding "the same finding" in a perturbed network: the same rule and mechanism, and
/// the same core — the subject the finding is about — whatever its evidence.
///
/// | rule | core | holds while |
/// |---|---|---|
/// | single-point-of-failure, overloaded-broker | the department | it still cuts someone off / still carries the top share above the threshold |
/// | fragile-tie, informal-critical-tie | each tie named (unordered pair) | one of them is still the only link |
/// | unreachable, cannot-report-back, low-redundancy | each department named | one of them still lacks the path |
/// | material-gap, supervision-gap, no-coordination-reach, roles-without-ties, isolated-department | the department | it still lacks the tie |
/// | membership-without-linkage | each (body, function, unlinked member) | one of them is still unlinked |
/// | lead-support-unlinked | (lead, function) | the lead still lacks a tie with a support |
/// | function-without-lead, multiple-leads | the function | — (roles are not perturbed) |
/// | one-way-information | the receiver, or the network | the receiver still answers no one / reciprocity still below the threshold |
/// | informal-foundation | the mechanism | the share is still at or above the threshold |
/// | silo | the kind, or half of a community's members | the group is still a silo |
///
/// Findings naming several subjects (the departments hanging on single ties, the unreached) hold
/// while at least one of their subjects does; how many is the evidence, summarised separately.
public struct FindingCore: Sendable, Hashable {
    /// Rule and mechanism.
    public let key: String
    /// The subjects (sorted, distinct).
    public let atoms: [String]
    /// How many atoms another finding must share (1, or half of a community silo).
    public let quorum: Int

    public init(_ f: Finding) {
        key = f.rule + "\u{1F}" + f.mechanism
        let atoms: [String]
        var quorum = 1
        func pair(_ t: TieRef) -> String { t.from <= t.to ? t.from + "\u{1F}" + t.to : t.to + "\u{1F}" + t.from }
        switch f.rule {
        case "fragile-tie", "informal-critical-tie":
            atoms = f.ties.map(pair)
        case "unreachable", "cannot-report-back", "low-redundancy":
            atoms = f.departments
        case "membership-without-linkage":
            let n = f.evidence.first { $0.0 == "members_with_duty_unlinked" }.flatMap { if case .number(let x) = $0.1 { Int(x) } else { nil } } ?? 0
            let body = f.departments.first ?? ""
            atoms = f.departments.dropFirst().prefix(n).map { body + "\u{1F}" + (f.functions.first ?? "") + "\u{1F}" + $0 }
        case "lead-support-unlinked":
            atoms = [(f.departments.first ?? "") + "\u{1F}" + (f.functions.first ?? "")]
        case "function-without-lead", "multiple-leads":
            atoms = [f.functions.first ?? ""]
        case "one-way-information", "informal-foundation":
            atoms = f.rule == "one-way-information" ? [f.departments.first ?? ""] : [""]
        case "silo":
            let grouping = f.evidence.first { $0.0 == "grouping" }.flatMap { if case .string(let s) = $0.1 { s } else { nil } }
            if grouping == "kind" {
                atoms = ["kind\u{1F}" + (f.evidence.first { $0.0 == "group" }.flatMap { if case .string(let s) = $0.1 { s } else { nil } } ?? "")]
            } else {
                atoms = f.departments
                quorum = max(1, (f.departments.count + 1) / 2)
            }
        default:
            atoms = Array(f.departments.prefix(1)) + Array(f.functions.prefix(1))
        }
        self.atoms = Array(Set(atoms)).sorted()
        self.quorum = min(quorum, max(1, self.atoms.count))
    }

    /// Whether `other` (a finding of a perturbed network) is this finding: same rule and mechanism,
    /// and at least ``quorum`` shared atoms (or both without atoms).
    public func matches(_ other: FindingCore) -> Bool {
        guard key == other.key else { return false }
        if atoms.isEmpty || other.atoms.isEmpty { return atoms.isEmpty && other.atoms.isEmpty }
        var i = 0, j = 0, shared = 0
        while i < atoms.count && j < other.atoms.count {
            if atoms[i] == other.atoms[j] {
                shared += 1
                if shared >= quorum { return true }
                i += 1; j += 1
            } else if atoms[i] < other.atoms[j] { i += 1 } else { j += 1 }
        }
        return false
    }
}
