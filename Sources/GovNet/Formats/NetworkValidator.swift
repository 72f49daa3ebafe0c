/// Checks a network for problems that make it unusable (errors) or that deserve a look (warnings).
///
/// Errors: duplicate department, mechanism or function ids (including ids equal under Unicode
/// canonical equivalence); ties or assignments naming unknown departments; ties of unknown
/// mechanisms; weights that are not finite numbers > 0, or whose sum is not finite (every strength
/// and combined parallel tie is at most that sum). Warnings: self-loops, isolated departments,
/// duplicate ties (same ends and mechanism), invisible or direction-changing characters in ids, a
/// `status` that is not one of ``NetworkStatus``.
///
/// A tie's `functions` must name functions of the network (an error, with the nearest id suggested).
///
/// Governance structure: `led_by` must name known departments other than itself; `relation` belongs on
/// command ties and `role` on membership ties; a leadership tie whose target names other leaders in
/// `led_by` contradicts it (an error). Command ties without `relation` count as unspecified: one note
/// per file says so.
public enum NetworkValidator {
    /// All diagnostics of `network`, located through `map` when it carries lines.
    /// - Complexity: O(n + m) expected.
    /// - Parameter reportIsolates: warn about departments in no tie (off when reading already failed,
    ///   since dropped ties would make the warning misleading).
    public static func validate(_ network: Network, map: SourceMap? = nil, reportIsolates: Bool = true) -> [Diagnostic] {
        let map = map ?? SourceMap.none(for: network)
        let file = map.file
        let departmentFile = map.departmentFile ?? file, tieFile = map.tieFile ?? file
        let functionFile = map.functionFile ?? file, mechanismFile = map.mechanismFile ?? file
        var out: [Diagnostic] = []
        func line(_ lines: [Int?], _ i: Int) -> Int? { i < lines.count ? lines[i] : nil }

        // Mechanisms.
        var mechanismIDs = Set((Mechanism.standard + Mechanism.affiliation).map(\.id))
        var declared: [String: Int] = [:]
        for (i, m) in network.mechanisms.enumerated() {
            if let first = declared[m.id] {
                out.append(Diagnostic(.error, file: mechanismFile, line: line(map.mechanismLines, i), field: "id",
                                      Message("diagnostic.duplicate-mechanism", [("id", .text(m.id)), ("n", .count(first + 1))])))
            }
            declared[m.id] = declared[m.id] ?? i
            mechanismIDs.insert(m.id)
        }

        // Departments.
        var departmentIndex: [String: Int] = [:]
        departmentIndex.reserveCapacity(network.departments.count)
        for (i, d) in network.departments.enumerated() {
            let l = line(map.departmentLines, i)
            if let first = departmentIndex[d.id] {
                let same = network.departments[first].id.unicodeScalars.elementsEqual(d.id.unicodeScalars)
                let firstLine: MessageArgument = line(map.departmentLines, first).map { .message(Message("diagnostic.at-line", [("line", .count($0))])) } ?? .empty
                out.append(Diagnostic(.error, file: departmentFile, line: l, field: "id", same
                    ? Message("diagnostic.duplicate-department", [("id", .text(d.id)), ("where", firstLine)])
                    : Message(line(map.departmentLines, first) == nil ? "diagnostic.normalisation-collision" : "diagnostic.normalisation-collision-at",
                              [("id", .text(Self.spelled(d.id))), ("other", .text(Self.spelled(network.departments[first].id))), ("where", firstLine)])))
                continue
            }
            departmentIndex[d.id] = i
            // A NUL cannot be written to most formats (GovNet refuses raw NUL bytes when reading).
            if d.id.unicodeScalars.contains("\u{0}") || d.name.unicodeScalars.contains("\u{0}") {
                out.append(Diagnostic(.error, file: departmentFile, line: l, field: d.id.unicodeScalars.contains("\u{0}") ? "id" : "name",
                                      Message("diagnostic.department-nul", [("id", .text(Self.spelled(d.id)))])))
                continue
            }
            if let bad = suspiciousCharacter(in: d.id) {
                out.append(Diagnostic(.warning, file: departmentFile, line: l, field: "id", Message("diagnostic.invisible-id", [("id", .text(d.id)), ("character", .text(bad))])))
            }
            if d.ledBy.contains(d.id) {
                out.append(Diagnostic(.error, file: departmentFile, line: l, field: "led_by", Message("diagnostic.led-by-itself", [("id", .text(d.id))])))
            }
            // Exactly one leader under dual leadership is a half-recorded line (none: the leaders lie outside the network).
            if d.management == .dual && d.ledBy.count == 1 {
                out.append(Diagnostic(.warning, file: departmentFile, line: l, field: "led_by",
                                      Message("diagnostic.dual-one-leader", [("id", .text(d.id))])))
            }
            if let bad = suspiciousCharacter(in: d.name) {
                out.append(Diagnostic(.warning, file: departmentFile, line: l, field: "name", Message("diagnostic.invisible-name", [("id", .text(d.id)), ("character", .text(bad))])))
            }
        }

        lazy var lowercaseIDs = Self.idsByLowercase(departmentIndex.keys)
        lazy var namesIndex = Self.departmentsByName(network.departments)
        lazy var sortedIDs = departmentIndex.keys.sorted()
        // Near-miss ids by edit distance cost O(n · L²) per unknown reference: searched while the
        // total stays within this many id comparisons, then only letter-case matches are offered.
        var fuzzyBudget = 200_000
        func hint(_ ref: String) -> MessageArgument {
            if let named = namesIndex[ref], named.count > 1 {
                return .message(Message("diagnostic.ambiguous-name", [("name", .text(ref)), ("n", .count(named.count)),
                                                                      ("ids", Vocabulary.spellings(named))]))
            }
            if let exact = lowercaseIDs[ref.lowercased()] { return Vocabulary.didYouMean(exact) }
            guard fuzzyBudget >= sortedIDs.count else { return .empty }
            fuzzyBudget -= sortedIDs.count
            return Vocabulary.suggestion(for: ref, among: sortedIDs, maxDistance: 1).map(Vocabulary.didYouMean) ?? .empty
        }
        for (i, d) in network.departments.enumerated() where departmentIndex[d.id] == i {
            for leader in d.ledBy where departmentIndex[leader] == nil {
                out.append(Diagnostic(.error, file: departmentFile, line: line(map.departmentLines, i), field: "led_by",
                                      Message("diagnostic.unknown-leader", [("id", .text(d.id)), ("leader", .text(leader)), ("hint", hint(leader))])))
            }
        }

        // Ties.
        var unspecifiedCommand = 0, firstUnspecified: Int?
        let functionOrder = network.functions.map(\.id)
        let functionIDs = Set(functionOrder)
        var touched = [Bool](repeating: false, count: network.departments.count)
        var tieSeen: [TieKey: Int] = [:]
        tieSeen.reserveCapacity(network.ties.count)
        // Every sum of weights an analysis forms stays finite (WeightTotal, shared with the streaming reader).
        var weightTotal = WeightTotal(), overflowReported = false
        for (i, t) in network.ties.enumerated() {
            let l = line(map.tieLines, i)
            if t.weight.isFinite && t.weight > 0 && !overflowReported, let h = weightTotal.add(t.weight, index: i, line: l) {
                let other = network.ties[h.index]
                out.append(Diagnostic(.error, file: tieFile, line: l, field: "weight", WeightTotal.overflowMessage(
                    .init(from: t.from, to: t.to, mechanism: t.mechanism, weight: t.weight),
                    .init(from: other.from, to: other.to, mechanism: other.mechanism, weight: other.weight), otherLine: h.line)))
                overflowReported = true
            }
            var known = true
            let tie: MessageArgument = .name(LocalizedName("\(t.from) → \(t.to) (\(t.mechanism))", chinese: "\(t.from) → \(t.to)（\(t.mechanism)）"))
            for (field, end) in [("from", t.from), ("to", t.to)] {
                if let k = departmentIndex[end] { touched[k] = true } else {
                    known = false
                    out.append(Diagnostic(.error, file: tieFile, line: l, field: field,
                                          Message("diagnostic.tie-unknown-department", [("tie", tie), ("id", .text(end)), ("hint", hint(end))])))
                }
            }
            if !mechanismIDs.contains(t.mechanism) {
                out.append(Diagnostic(.error, file: tieFile, line: l, field: "mechanism",
                                      Message("diagnostic.unknown-mechanism", [("value", .text(t.mechanism)),
                                                                          ("hint", Vocabulary.didYouMeanArgument(t.mechanism, .mechanism, extra: network.mechanisms.map(\.id))),
                                                                          ("expected", Vocabulary.spellings(mechanismIDs.sorted()))])))
            }
            if !(t.weight.isFinite && t.weight > 0) {
                out.append(Diagnostic(.error, file: tieFile, line: l, field: "weight", Message("diagnostic.bad-weight", [("weight", .text("\(t.weight)"))])))
            }
            if t.relation != nil && t.mechanism != "command" {
                out.append(Diagnostic(.error, file: tieFile, line: l, field: "relation",
                                      Message("diagnostic.relation-not-command", [("tie", tie)])))
            }
            if let role = t.role, role.mechanism != t.mechanism {
                let allowed = AffiliationRole.roles(of: t.mechanism).map(\.rawValue)
                out.append(Diagnostic(.error, file: tieFile, line: l, field: "role", allowed.isEmpty
                    ? Message("diagnostic.role-not-affiliation", [("tie", tie)])
                    : Message("diagnostic.role-wrong-mechanism", [("tie", tie), ("role", .text(role.rawValue)), ("mechanism", .text(t.mechanism)),
                                                                  ("allowed", Vocabulary.spellings(allowed))])))
            }
            for f in t.functions where !functionIDs.contains(f) {
                out.append(Diagnostic(.error, file: tieFile, line: l, field: "functions",
                                      Message(functionOrder.isEmpty ? "diagnostic.tie-unknown-function-none" : "diagnostic.tie-unknown-function",
                                                  [("tie", tie), ("id", .text(f)), ("hint", NearestName.suggestion(for: f, in: functionOrder).map(Vocabulary.didYouMean) ?? .empty),
                                                   ("functions", Vocabulary.spellings(functionOrder))])))
            }
            if t.mechanism == "command" && t.relation == nil {
                unspecifiedCommand += 1
                firstUnspecified = firstUnspecified ?? i
            }
            if t.relation == .leadership, let k = departmentIndex[t.to], departmentIndex[t.from] != nil {
                let leaders = network.departments[k].ledBy
                if !leaders.isEmpty && !leaders.contains(t.from) {
                    out.append(Diagnostic(.error, file: tieFile, line: l, field: "relation",
                                          Message("diagnostic.leadership-contradicts", [("from", .text(t.from)), ("to", .text(t.to)), ("leaders", Vocabulary.spellings(leaders))])))
                }
            }
            if known && t.from == t.to {
                out.append(Diagnostic(.warning, file: tieFile, line: l, Message("diagnostic.self-loop", [("id", .text(t.from)), ("mechanism", .text(t.mechanism))])))
            }
            let directed = network.isDirected(t)
            let key = TieKey(from: directed ? t.from : min(t.from, t.to), to: directed ? t.to : max(t.from, t.to), mechanism: t.mechanism)
            if let first = tieSeen[key] {
                let firstLine: MessageArgument = line(map.tieLines, first).map { .message(Message("diagnostic.at-line", [("line", .count($0))])) } ?? .empty
                out.append(Diagnostic(.warning, file: tieFile, line: l, Message("diagnostic.duplicate-tie", [("tie", tie), ("where", firstLine)])))
            } else {
                tieSeen[key] = i
            }
        }

        if unspecifiedCommand > 0 {
            let total = network.ties.filter { $0.mechanism == "command" }.count
            out.append(Diagnostic(.note, file: tieFile, line: firstUnspecified.flatMap { line(map.tieLines, $0) }, field: "relation",
                                  Message("diagnostic.unspecified-relation", [("n", .count(unspecifiedCommand)), ("total", .count(total))])))
        }

        // Functions.
        var functionSeen: [String: Int] = [:]
        for (i, f) in network.functions.enumerated() {
            let l = line(map.functionLines, i)
            if let first = functionSeen[f.id] {
                let firstLine: MessageArgument = line(map.functionLines, first).map { .message(Message("diagnostic.at-line", [("line", .count($0))])) } ?? .empty
                out.append(Diagnostic(.error, file: functionFile, line: l, field: "id", Message("diagnostic.duplicate-function", [("id", .text(f.id)), ("where", firstLine)])))
            }
            functionSeen[f.id] = functionSeen[f.id] ?? i
            let lines = i < map.assignmentLines.count ? map.assignmentLines[i] : []
            var assigned = Set<String>()
            for (j, a) in f.assignments.enumerated() {
                let al = line(lines, j) ?? l
                if let k = departmentIndex[a.department] { _ = k } else {
                    out.append(Diagnostic(.error, file: functionFile, line: al, field: "department",
                                          Message("diagnostic.function-unknown-department", [("function", .text(f.id)), ("id", .text(a.department)), ("hint", hint(a.department))])))
                }
                if !assigned.insert(a.department).inserted {
                    out.append(Diagnostic(.warning, file: functionFile, line: al, Message("diagnostic.assigned-twice", [("id", .text(a.department)), ("function", .text(f.id))])))
                }
            }
        }

        // Status: a claim readers rely on (observed, documentary, illustrative); another word says nothing.
        if let status = network.metadata.status, NetworkStatus(metadata: status) == nil {
            out.append(Diagnostic(.warning, file: file, field: "status",
                                  Message("diagnostic.unknown-status", [("status", .text(Self.spelled(status))),
                                                                      ("expected", .text(NetworkStatus.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")))])))
        }

        // Isolates (departments in no tie).
        for (i, d) in network.departments.enumerated() where reportIsolates && !touched[i] && departmentIndex[d.id] == i {
            out.append(Diagnostic(.warning, file: departmentFile, line: line(map.departmentLines, i), Message("diagnostic.isolated", [("id", .text(d.id))])))
        }

        // NUL characters anywhere else (titles, names, attribute keys and values, sources…): no writer
        // can carry one that every reader, govnet's own included, accepts back.
        if let field = Self.fieldWithNUL(network.metadata) {
            out.append(Diagnostic(.error, file: file, field: field, Message("diagnostic.nul-metadata", [("field", .text(field))])))
        }
        for (i, m) in network.mechanisms.enumerated() {
            if let field = Self.fieldWithNUL(m) {
                out.append(Diagnostic(.error, file: mechanismFile, line: line(map.mechanismLines, i), field: field, Message("diagnostic.nul-mechanism", [("id", .text(Self.spelled(m.id)))])))
            }
        }
        for (i, d) in network.departments.enumerated() where !d.id.unicodeScalars.contains("\u{0}") && !d.name.unicodeScalars.contains("\u{0}") {
            if let field = Self.fieldWithNUL(d) {
                out.append(Diagnostic(.error, file: departmentFile, line: line(map.departmentLines, i), field: field, Message("diagnostic.nul-department", [("id", .text(d.id))])))
            }
        }
        for (i, t) in network.ties.enumerated() {
            if let field = Self.containsNUL(t.mechanism) ? "mechanism" : t.attributes.first(where: { Self.containsNUL($0.key) || Self.containsNUL($0.value.description) })?.key {
                out.append(Diagnostic(.error, file: tieFile, line: line(map.tieLines, i), field: Self.spelled(field), Message("diagnostic.nul-tie", [("from", .text(Self.spelled(t.from))), ("to", .text(Self.spelled(t.to)))])))
            }
        }
        for (i, f) in network.functions.enumerated() {
            if let field = Self.fieldWithNUL(f) {
                out.append(Diagnostic(.error, file: functionFile, line: line(map.functionLines, i), field: field, Message("diagnostic.nul-function", [("id", .text(Self.spelled(f.id)))])))
            }
        }
        return out.sorted()
    }

    private static func containsNUL(_ s: String) -> Bool { s.utf8.contains(0) }

    /// The first field of `value` (by reflection, nested values and dictionary keys included) whose
    /// text holds a NUL, as its property name; nil when none does. O(size of the value).
    static func fieldWithNUL(_ value: Any, label: String? = nil) -> String? {
        switch value {
        case let s as String: return containsNUL(s) ? (label ?? "value") : nil
        case let a as AttributeValue: return containsNUL(a.description) ? (label ?? "value") : nil
        default: break
        }
        let isPair = Mirror(reflecting: value).displayStyle == .tuple
        for child in Mirror(reflecting: value).children {
            // A dictionary's entries are unlabelled (key, value) pairs: they report the dictionary's name.
            let name = isPair || child.label == nil ? label : child.label
            if let found = fieldWithNUL(child.value, label: name) { return found }
        }
        return nil
    }

    private struct TieKey: Hashable { let from: String, to: String, mechanism: String }

    /// `s` with its non-ASCII characters spelled as `\u{…}`, so two spellings that look alike differ.
    static func spelled(_ s: String) -> String {
        s.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F ? String($0) : "\\u{\(String($0.value, radix: 16, uppercase: true))}" }.joined()
    }

    /// The first zero-width or bidirectional-control character in `s`, as `U+XXXX`.
    static func suspiciousCharacter(in s: String) -> String? {
        for u in s.unicodeScalars {
            switch u.value {
            case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x00AD, 0x0000...0x0008, 0x000B, 0x000C, 0x000E...0x001F:
                return String(format: "U+%04X", u.value)
            default: continue
            }
        }
        return nil
    }

    /// " (did you mean 'X'?)" for a near miss (case-insensitive match or edit distance 1).
    /// ` (did you mean 'X'?)` when a department id equals `id` but for letter case (the first such id
    /// in sorted order), else empty.
    static func suggestion(for id: String, in byLowercase: [String: String]) -> String {
        byLowercase[id.lowercased()].map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Department ids by their `name` and `names.*` (names that are not themselves ids), for "which
    /// one?" hints on references by an ambiguous name. O(n).
    static func departmentsByName(_ departments: [Department]) -> [String: [String]] {
        let ids = Set(departments.map(\.id))
        var out: [String: [String]] = [:]
        for d in departments {
            for n in Set([d.name] + d.names.values) where !n.isEmpty && n != d.id && !ids.contains(n) && !(out[n]?.contains(d.id) ?? false) {
                out[n, default: []].append(d.id)
            }
        }
        return out.mapValues { $0.sorted() }
    }

    /// Department ids by their lowercase form (the smallest id where several share one), built once for
    /// all the unknown references of a file: a scan of every id per reference was quadratic (20,000
    /// unknown references took 15 s).
    static func idsByLowercase(_ ids: Dictionary<String, Int>.Keys) -> [String: String] {
        var out: [String: String] = [:]
        for id in ids {
            let key = id.lowercased()
            if let seen = out[key], seen <= id { continue }
            out[key] = id
        }
        return out
    }
}

import Foundation
