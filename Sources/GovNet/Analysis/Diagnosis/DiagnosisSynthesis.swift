/// The synthesis that ends a diagnosis: the findings placed on the research framework of municipal
/// emergency linkage (four failing mechanisms × five remedies), the basis of the ties per mechanism,
/// and the coordinating department's profile with each same-level department it does not lead.
///
/// A finding's failing mechanism: information sharing for information ties or information problems;
/// material support for material ties or material gaps; supervision for supervision ties or
/// accountability gaps; integrated prevention–relief operation for everything else (joint operation,
/// responsibilities, coordination reach, membership). Its column is its main remedy.
public struct DiagnosisSynthesis: Sendable {
    /// The four failing mechanisms named by the research, in its order.
    public enum FailingMechanism: String, CaseIterable, Sendable {
        case integratedOperation = "integrated-operation"
        case supervision
        case informationSharing = "information-sharing"
        case materialSupport = "material-support"

        public var phrase: Phrase {
            switch self {
            case .integratedOperation: return .integratedOperation
            case .supervision: return .supervisionAssessment
            case .informationSharing: return .informationSharing
            case .materialSupport: return .materialSupport
            }
        }

        static func of(_ f: Finding) -> FailingMechanism {
            if f.mechanism == "information" || f.problem == .oneWayInformation || f.problem == .missingInformation { return .informationSharing }
            if f.mechanism == "material" || f.problem == .materialGap { return .materialSupport }
            if f.mechanism == "supervision" || f.problem == .accountabilityGap { return .supervision }
            return .integratedOperation
        }
    }

    /// One cell: how many findings, and the most serious (the first in diagnosis order).
    public struct Cell: Sendable {
        public var count: Int
        public var mostSerious: Finding?
    }

    /// One same-level department's linkage with the centre.
    public struct Partner: Sendable {
        public var id: String
        public var relationship: RelationshipClass
        /// Mechanisms with at least one tie between it and the centre.
        public var mechanisms: [String]
        /// Bases of those ties (sorted, `unrecorded` when a tie has none).
        public var bases: [String]
        /// Whether some directed tie runs each way, or an undirected tie joins them.
        public var reciprocated: Bool
    }

    /// `cells[failing][remedy]`.
    public let cells: [FailingMechanism: [Remedy: Cell]]
    /// Ties per mechanism and basis (`unrecorded` for ties without one); mechanisms in network order.
    public let basisByMechanism: [(mechanism: String, counts: [String: Int])]
    public let center: String?
    public let partners: [Partner]
    /// Departments each department leads directly, for the centre and its leaders.
    public let spanOfControl: [(id: String, led: Int)]

    public static let bases: [String] = Basis.allCases.map(\.rawValue) + ["unrecorded"]

    public init(findings: [Finding], context: DiagnosisContext) {
        var cells: [FailingMechanism: [Remedy: Cell]] = [:]
        for m in FailingMechanism.allCases { cells[m] = Dictionary(uniqueKeysWithValues: Remedy.allCases.map { ($0, Cell(count: 0, mostSerious: nil)) }) }
        for f in findings {
            let m = FailingMechanism.of(f)
            cells[m]![f.remedy]!.count += 1
            if cells[m]![f.remedy]!.mostSerious == nil { cells[m]![f.remedy]!.mostSerious = f }
        }
        self.cells = cells

        let net = context.network
        var table: [String: [String: Int]] = [:]
        for t in net.ties { table[t.mechanism, default: [:]][t.basis?.rawValue ?? "unrecorded", default: 0] += 1 }
        basisByMechanism = net.usedMechanismIDs.map { ($0, table[$0] ?? [:]) }

        center = context.center
        var partners: [Partner] = []
        if let c = context.center {
            for d in net.departments where context.structure.relationship(of: d.id) == .sameLevel {
                let ties = net.ties.filter { ($0.from == c && $0.to == d.id) || ($0.from == d.id && $0.to == c) }
                guard !ties.isEmpty || net.functions.contains(where: { $0.assignments.contains { $0.department == d.id } }) else { continue }
                let mechanisms = net.usedMechanismIDs.filter { m in ties.contains { $0.mechanism == m } }
                let bases = Set(ties.map { $0.basis?.rawValue ?? "unrecorded" }).sorted()
                let out = ties.contains { $0.from == c && net.isDirected($0) }, back = ties.contains { $0.to == c && net.isDirected($0) }
                let reciprocated = (out && back) || ties.contains { !net.isDirected($0) }
                partners.append(Partner(id: d.id, relationship: .sameLevel, mechanisms: mechanisms, bases: bases, reciprocated: reciprocated))
            }
        }
        self.partners = partners
        var span: [(String, Int)] = []
        if let c = context.center {
            var led: [String: Int] = [:]
            for (_, ls) in context.structure.leaders { for l in Set(ls) { led[l, default: 0] += 1 } }
            for id in [c] + (context.structure.leaders[c] ?? []) { span.append((id, led[id] ?? 0)) }
        }
        spanOfControl = span
    }

    /// The synthesis as JSON (the `synthesis` key of `diagnose --format json`).
    public var jsonValue: JSONValue {
        .object([
            ("failing_mechanisms", .object(FailingMechanism.allCases.map { m in
                (m.rawValue, .object(Remedy.allCases.map { r in
                    let cell = cells[m]![r]!
                    return (r.rawValue, .object([("count", .number(Double(cell.count))),
                                                 ("most_serious", cell.mostSerious.map { .object([("rule", .string($0.rule)), ("severity", .string($0.severity.rawValue)),
                                                                                                  ("departments", .array($0.departments.map { .string($0) }))]) } ?? .null)]))
                }))
            })),
            ("tie_basis", .object(basisByMechanism.map { row in
                (row.mechanism, .object(Self.bases.map { ($0, .number(Double(row.counts[$0] ?? 0))) }))
            })),
            ("center", center.map { .string($0) } ?? .null),
            ("span_of_control", .object(spanOfControl.map { ($0.id, .number(Double($0.led))) })),
            ("center_profile", .array(partners.map { p in
                .object([("department", .string(p.id)), ("relationship", .string(p.relationship.rawValue)),
                         ("mechanisms", .array(p.mechanisms.map { .string($0) })), ("basis", .array(p.bases.map { .string($0) })),
                         ("reciprocated", .bool(p.reciprocated))])
            })),
        ])
    }

    /// A tie basis (`law`, …, `unrecorded`) as the language names it.
    public static func basisName(_ basis: String, _ language: ReportLanguage) -> String {
        MessageCatalogue.term("basis", basis).text(language)
    }

    /// The synthesis as Markdown tables (headings in `language`, every name escaped).
    public func markdown(context: DiagnosisContext, language: ReportLanguage, headingLevel: Int = 2) -> String {
        let esc = MarkdownText.inline
        let h = String(repeating: "#", count: headingLevel)
        var out = "\(h) \(language.text(.synthesis))\n\n"
        out += "\(h)# \(language.text(.failingMechanismsByRemedy))\n\n"
        out += "| \(language.text(.failingMechanism)) | " + Remedy.allCases.map { esc(language.remedy($0)) }.joined(separator: " | ") + " |\n"
        out += "|---|" + Remedy.allCases.map { _ in "---|" }.joined() + "\n"
        for m in FailingMechanism.allCases {
            out += "| \(language.text(m.phrase)) | " + Remedy.allCases.map { r in
                let cell = cells[m]![r]!
                guard let f = cell.mostSerious else { return "0" }
                return language.render("diagnose.cell", [
                    ("n", .count(cell.count)), ("rule", .text(esc(DiagnosisMarkdown.ruleName(f.rule, language)))), ("severity", .text(language.severity(f.severity))),
                    ("department", f.departments.first.map { .message(Message("diagnose.cell-department", [("department", .text(esc(context.name($0))))])) } ?? .empty)])
            }.joined(separator: " | ") + " |\n"
        }
        out += "\n\(h)# \(language.text(.tieBasisByMechanism))\n\n"
        out += "| \(language.text(.mechanism)) | " + Self.bases.map { Self.basisName($0, language) }.joined(separator: " | ") + " |\n"
        out += "|---|" + Self.bases.map { _ in "---:|" }.joined() + "\n"
        for row in basisByMechanism {
            out += "| \(esc(context.mechanismName(row.mechanism))) | " + Self.bases.map { String(row.counts[$0] ?? 0) }.joined(separator: " | ") + " |\n"
        }
        if let c = center {
            out += "\n\(h)# \(language.text(.centreProfile))\n\n"
            out += language.render("diagnose.centre-line", [
                ("centre", .text("**\(esc(context.name(c)))**")),
                ("spans", .text(spanOfControl.map { language.render("diagnose.span", [("department", .text(esc(context.name($0.id)))), ("n", .count($0.led))]) }
                    .joined(separator: language.render("list.separator"))))]) + "\n\n"
            if !partners.isEmpty {
                out += "| \(language.text(.department)) | \(language.text(.mechanismsWithCentre)) | \(language.text(.basis)) | \(language.text(.reciprocated)) |\n|---|---|---|---|\n"
                for p in partners {
                    let ms = p.mechanisms.isEmpty ? language.text(.none) : p.mechanisms.map { esc(context.mechanismName($0)) }.joined(separator: language == .zh ? "、" : ", ")
                    let bs = p.bases.isEmpty ? "–" : p.bases.map { Self.basisName($0, language) }.joined(separator: language == .zh ? "、" : ", ")
                    out += "| \(esc(context.name(p.id))) | \(ms) | \(bs) | \(language.text(p.reciprocated ? .yes : .no)) |\n"
                }
            }
        }
        return out
    }
}
