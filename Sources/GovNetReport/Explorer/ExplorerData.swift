import GovNet
import GovNetGraphviz

/// The data block of the report's network explorer: departments, ties, findings, "what if it fails"
/// and the texts, as one JSON document embedded in `<script type="application/json" id="govnet-data">`.
///
/// Definition (keys; department and mechanism references are indices into `nodes` and `mechanisms`):
/// - `lang`, `centre` (index or null), `text` (the explorer's messages in the report's language),
///   `statusNames` (the comparison's status words);
/// - `mechanisms`: `{id, name}` of each used mechanism; `metrics`: `{id, name}` of the card's metrics
///   (``ReportBuilder/departmentColumns``, as `govnet metrics` computes them);
/// - `nodes`: `{id, name (report language), names {language: name}, kind, kindName, level, rel,
///   relName, x, y, m (metric values, full precision, null when not finite), f (finding indices),
///   roles ([function, role]), cmp (comparison status, comparisons only: added, removed, merged, split,
///   renamed, unchanged), was ([[id, name]] of the earlier departments of a merged, split or renamed one),
///   early (true for a removed department: its metrics and what-if are the earlier network's)}`;
/// - `ties`: `{s, t, m, w, d (directed), b, bn (basis and its name), src, srcn (source), ph (phases), c,
///   bbn (the earlier basis's name, when the tie is in both versions and its basis changed)}`; a tie
///   only in the earlier version has the earlier tie's basis, source and phases;
/// - `findings`: `{sev, sevName, rule, mech, text, rob (robustness sentence or null)}`;
/// - `whatif` (parallel to `nodes`): `{e: [before, after, retained] efficiency, i: [{m, to, from, cut}]}`
///   with only the mechanisms (`m` an index, or -1 for all combined) where someone loses something; a
///   removed department's entry is computed on the earlier network, its lists name the departments
///   that stand for the earlier ones (``ComparisonExplorer/standIn``), and `ids: [to, from, cut]` keeps
///   the earlier ids;
/// - `compare` (comparison reports): `{before: [tie indices], after: [tie indices]}`, the ties of
///   `ties` of each version, with each tie's status in `c` and each department's in `cmp`.
///
/// The text is compact, in a fixed order, numbers in ``NumberFormat/canonical(_:)``, and `<`, `>` and
/// `&` written as `\u003c`, `\u003e`, `\u0026`, so no name can close the script element or start markup.
/// - Complexity: O(n + m + findings + what-if entries).
enum ExplorerData {
    /// The messages the script shows (`explorer.<key>`).
    static let textKeys = ["allMechanisms", "basis", "basisBefore", "cutOff", "earlier", "earlierNetwork", "efficiency", "findings",
                           "functions", "kind", "level", "lostFrom", "lostTo", "mechanisms", "metrics", "noMatch", "noWhatIf", "none",
                           "phase", "relationship", "source", "status", "tie", "ties", "visible", "weight", "whatIf", "whatIfHeading",
                           "whatIfPick"]

    /// The JSON text, safe inside a `<script>` element.
    static func json(_ data: NetworkReportData, comparison: ComparisonSection?) -> String {
        scriptSafe(value(data, comparison: comparison).rendered(pretty: false))
    }

    /// `text` with `<`, `>` and `&` as JSON unicode escapes (they occur only inside strings).
    static func scriptSafe(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for u in text.unicodeScalars {
            switch u {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(u)
            }
        }
        return out.hasSuffix("\n") ? String(out.dropLast()) : out
    }

    static func value(_ data: NetworkReportData, comparison: ComparisonSection?) -> JSONValue {
        let lang = data.options.language
        let network = data.network
        let context = data.context
        let cmp = comparison?.explorer
        // Departments: the network's, then (comparison) the removed ones of the earlier network.
        var nodeIDs = network.departments.map(\.id)
        if let cmp { nodeIDs += cmp.removed.map(\.id) }
        var index: [String: Int] = [:]
        for (i, id) in nodeIDs.enumerated() where index[id] == nil { index[id] = i }
        let layout = cmp?.layout ?? data.layout
        var mechanisms = network.usedMechanismIDs
        if let cmp { for t in cmp.ties where !mechanisms.contains(t.tie.mechanism) { mechanisms.append(t.tie.mechanism) } }
        let mechanismIndex = Dictionary(uniqueKeysWithValues: mechanisms.enumerated().map { ($1, $0) })

        var findingsOf: [String: [Int]] = [:]
        for (i, f) in data.findings.enumerated() { for d in Set(f.departments) { findingsOf[d, default: []].append(i) } }
        var rolesOf: [String: [JSONValue]] = [:]
        for f in network.functions {
            let name = lang == .zh ? (f.names["zh"] ?? f.name) : f.name
            for a in f.assignments {
                let role: String = switch a.role { case .lead: lang.text(.lead); case .coLead: lang.text(.coLead); case .support: lang.text(.support) }
                rolesOf[a.department, default: []].append(.array([.string(name), .string(role)]))
            }
        }
        let metrics = data.nodeMetrics
        var metricRow: [String: Int] = [:]
        if let metrics { for (i, id) in metrics.ids.enumerated() where metricRow[id] == nil { metricRow[id] = i } }

        func term(_ prefix: String, _ value: String?) -> JSONValue {
            value.map { .string(MessageCatalogue.term(prefix, $0).text(lang)) } ?? .null
        }
        func point(_ id: String) -> (JSONValue, JSONValue) {
            guard let p = layout.positions[id] else { return (.null, .null) }
            return (.number(p.x), .number(p.y))
        }
        var nodes: [JSONValue] = []
        for d in network.departments where index[d.id] == nodes.count {
            let (x, y) = point(d.id)
            let rel = context.structure.relationship(of: d.id)?.rawValue
            var members: [(String, JSONValue)] = [
                ("id", .string(d.id)), ("name", .string(context.name(d.id))),
                ("names", .object([("en", .string(d.name))] + d.names.keys.sorted().map { ($0, .string(d.names[$0]!)) })),
                ("kind", d.kind.map { .string($0) } ?? .null), ("kindName", term("kind", d.kind)),
                ("level", d.level.map { .string($0) } ?? .null), ("rel", rel.map { .string($0) } ?? .null),
                ("relName", term("relationship", rel)), ("x", x), ("y", y),
                ("m", .array(metrics.map { r in r.columns.map { c in metricRow[d.id].map { .finite(c.values[$0]) } ?? .null } } ?? [])),
                ("f", .array((findingsOf[d.id] ?? []).map { .number(Double($0)) })),
                ("roles", .array(rolesOf[d.id] ?? [])),
            ]
            if let cmp {
                members.append(("cmp", .string(cmp.status[d.id] ?? "unchanged")))
                if let was = cmp.predecessors[d.id], !was.isEmpty {
                    members.append(("was", .array(was.map { .array([.string($0.id), .string($0.label(language: lang.departmentLanguage))]) })))
                }
            }
            nodes.append(.object(members))
        }
        if let cmp {
            var earlierRow: [String: Int] = [:]
            if let r = cmp.removedMetrics { for (i, id) in r.ids.enumerated() where earlierRow[id] == nil { earlierRow[id] = i } }
            func earlierMetrics(_ id: String) -> JSONValue {
                guard let metrics, let r = cmp.removedMetrics, let row = earlierRow[id] else { return .array([]) }
                return .array(metrics.columns.map { c in r.columns.first { $0.name == c.name }.map { .finite($0.values[row]) } ?? .null })
            }
            for d in cmp.removed where index[d.id] == nodes.count {
                let (x, y) = point(d.id)
                nodes.append(.object([
                    ("id", .string(d.id)), ("name", .string(d.label(language: lang.departmentLanguage))),
                    ("names", .object([("en", .string(d.name))] + d.names.keys.sorted().map { ($0, .string(d.names[$0]!)) })),
                    ("kind", d.kind.map { .string($0) } ?? .null), ("kindName", term("kind", d.kind)),
                    ("level", d.level.map { .string($0) } ?? .null), ("rel", .null), ("relName", .null), ("x", x), ("y", y),
                    ("m", earlierMetrics(d.id)), ("f", .array([])), ("roles", .array([])), ("cmp", .string("removed")),
                    ("early", .bool(true)),
                ]))
            }
        }

        func tieValue(_ t: Tie, status: String?, basisBefore: Basis? = nil) -> JSONValue? {
            guard let s = index[t.from], let e = index[t.to], let m = mechanismIndex[t.mechanism] else { return nil }
            var members: [(String, JSONValue)] = [
                ("s", .number(Double(s))), ("t", .number(Double(e))), ("m", .number(Double(m))), ("w", .finite(t.weight)),
                ("d", .bool(network.isDirected(t))), ("b", t.basis.map { .string($0.rawValue) } ?? .null), ("bn", term("basis", t.basis?.rawValue)),
                ("src", t.source.map { .string($0.rawValue) } ?? .null), ("srcn", term("source", t.source?.rawValue)),
                ("ph", .array(t.phases.map { .string($0.rawValue) })),
            ]
            if let status { members.append(("c", .string(status))) }
            if let b = basisBefore { members.append(("bbn", term("basis", b.rawValue))) }
            return .object(members)
        }
        var ties: [JSONValue] = []
        var compare: JSONValue = .null
        if let cmp {
            var before: [JSONValue] = [], after: [JSONValue] = []
            for t in cmp.ties {
                guard let v = tieValue(t.tie, status: t.status, basisBefore: t.basisBefore) else { continue }
                if t.inBefore { before.append(.number(Double(ties.count))) }
                if t.inAfter { after.append(.number(Double(ties.count))) }
                ties.append(v)
            }
            compare = .object([("before", .array(before)), ("after", .array(after))])
        } else {
            ties = network.ties.compactMap { tieValue($0, status: nil) }
        }

        let findings: [JSONValue] = data.findings.enumerated().map { i, f in
            .object([
                ("sev", .string(f.severity.rawValue)), ("sevName", .string(lang.severity(f.severity))),
                ("rule", .string(data.ruleName(f))), ("mech", .string(context.mechanismName(f.mechanism))),
                ("text", .string(f.explanation(in: lang))),
                ("rob", data.robustness.map { .string($0.findings[i].line(lang)) } ?? .null),
            ])
        }

        let styles = NetworkDiagram.mechanismStyles(for: mechanisms)
        var whatif: [JSONValue] = []
        if let failures = data.failures {
            let entry = Dictionary(failures.ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            let earlier = cmp?.removedFailures
            let earlierEntry = Dictionary((earlier?.ids ?? []).enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            /// One department's consequences; `standIn` maps the ids of another network onto the explorer's.
            func value(_ e: ExplorerFailures.Entry, standIn: [String: String]?) -> JSONValue {
                func list(_ ids: [String]) -> JSONValue {
                    var seen = Set<Int>()
                    return .array(ids.compactMap { index[standIn?[$0] ?? $0] }.filter { seen.insert($0).inserted }.map { .number(Double($0)) })
                }
                let impacts: [JSONValue] = e.impacts.compactMap { i in
                    guard !(i.lostToCenter.isEmpty && i.lostFromCenter.isEmpty && i.cutOff.isEmpty) else { return nil }
                    let m = i.mechanism == "all" ? -1 : (mechanismIndex[i.mechanism] ?? -2)
                    guard m > -2 else { return nil }
                    var members: [(String, JSONValue)] = [("m", .number(Double(m))), ("to", list(i.lostToCenter)), ("from", list(i.lostFromCenter)),
                                                          ("cut", list(i.cutOff))]
                    if standIn != nil {
                        members.append(("ids", .array([i.lostToCenter, i.lostFromCenter, i.cutOff].map { .array($0.map(JSONValue.string)) })))
                    }
                    return .object(members)
                }
                return .object([("e", .array([.finite(e.efficiencyBefore), .finite(e.efficiencyAfter), .finite(e.efficiencyRetained)])),
                                ("i", .array(impacts))])
            }
            let removedIDs = Set(cmp?.removed.map(\.id) ?? [])
            for id in nodeIDs {
                if removedIDs.contains(id), let earlier, let k = earlierEntry[id] {
                    whatif.append(value(earlier.entries[k], standIn: cmp?.standIn ?? [:]))
                } else if let k = entry[id], !removedIDs.contains(id) {
                    whatif.append(value(failures.entries[k], standIn: nil))
                } else {
                    whatif.append(.null)
                }
            }
        }

        return .object([
            ("lang", .string(lang == .zh ? "zh" : "en")),
            ("centre", context.center.flatMap { index[$0] }.map { .number(Double($0)) } ?? .null),
            ("text", .object(textKeys.map { ($0, .string(lang.render("explorer.\($0)"))) })),
            ("statusNames", .object(["added", "removed", "merged", "split", "renamed", "reweighted"].map { ($0, .string(lang.render("report.\($0)"))) }
                                     + [("unchanged", .string(lang.render("compare.text.col.unchanged")))])),
            ("mechanisms", .array(mechanisms.map { m in .object([("id", .string(m)), ("name", .string(context.mechanismName(m))),
                                                                 ("color", .string(styles[m]?.color ?? "#555555")), ("style", .string(styles[m]?.style ?? "solid"))]) })),
            ("metrics", .array((metrics?.columns ?? []).map { .object([("id", .string($0.name)), ("name", .string(MessageCatalogue.term("metric", $0.name).text(lang)))]) })),
            ("nodes", .array(nodes)),
            ("ties", .array(ties)),
            ("findings", .array(findings)),
            ("whatif", .array(whatif)),
            ("compare", compare),
        ])
    }
}
