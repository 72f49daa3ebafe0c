import Foundation

/// The worked example `govnet init` writes: a small municipal emergency-linkage network to start from,
/// in English or Chinese, as a YAML document or a folder of CSV tables, with a reference of every
/// column and every allowed value (``NetworkTemplate/reference(_:tables:)``).
///
/// Seven departments: the municipal government, the coordinating emergency management bureau, water,
/// meteorology, health, fire and rescue, and the flood-control headquarters (a coordinating body);
/// ties of every standard mechanism (command, information, material, supervision, operation) and the
/// headquarters' membership; two functions with lead, co-lead and support roles. The Chinese example
/// writes values in the Chinese vocabulary (`指挥`, `预案`, `牵头`, `应急管理`, `市级`) and, as tables,
/// Chinese column headers, so the file shows what GovNet reads; both read as the same network.
/// The structure is illustrative (a typical post-2018 municipal arrangement), not any one city's.
public enum NetworkTemplate {
    /// Output forms.
    public enum Form: String, CaseIterable, Sendable {
        case yaml, csv, xlsx
    }

    struct Department {
        let id, en, zh, kind, level: String
        var coordinator = false
        var ledBy: String? = nil
    }

    struct Link {
        let from, to, mechanism: String
        var weight = 1.0
        var basis: String? = nil
        var role: String? = nil
        var relation: String? = nil
    }

    struct Duty {
        let id, en, zh: String
        let assignments: [(String, String)]
    }

    static let departments: [Department] = [
        Department(id: "GOV", en: "Municipal People's Government", zh: "市人民政府", kind: "government", level: "municipal"),
        Department(id: "EMB", en: "Emergency Management Bureau", zh: "市应急管理局", kind: "emergency-management", level: "municipal", coordinator: true, ledBy: "GOV"),
        Department(id: "WATER", en: "Water Resources Bureau", zh: "市水利局", kind: "water", level: "municipal", ledBy: "GOV"),
        Department(id: "MET", en: "Meteorological Bureau", zh: "市气象局", kind: "meteorology", level: "municipal"),
        Department(id: "HEALTH", en: "Health Commission", zh: "市卫生健康委员会", kind: "health", level: "municipal", ledBy: "GOV"),
        Department(id: "FIRE", en: "Fire and Rescue Detachment", zh: "市消防救援支队", kind: "fire-rescue", level: "municipal"),
        Department(id: "FLOODHQ", en: "Flood Control and Drought Relief Headquarters", zh: "市防汛抗旱指挥部", kind: "coordinating-body", level: "municipal"),
    ]

    static let links: [Link] = [
        Link(from: "GOV", to: "EMB", mechanism: "command", weight: 3, basis: "law", relation: "leadership"),
        Link(from: "EMB", to: "FIRE", mechanism: "command", weight: 3, basis: "regulation", relation: "direction"),
        Link(from: "MET", to: "EMB", mechanism: "information", weight: 3, basis: "plan"),
        Link(from: "WATER", to: "EMB", mechanism: "information", weight: 2, basis: "plan"),
        Link(from: "EMB", to: "HEALTH", mechanism: "information", weight: 1, basis: "informal"),
        Link(from: "EMB", to: "WATER", mechanism: "material", weight: 2, basis: "agreement"),
        Link(from: "GOV", to: "WATER", mechanism: "supervision", weight: 1, basis: "regulation"),
        Link(from: "EMB", to: "WATER", mechanism: "operation", weight: 3, basis: "plan"),
        Link(from: "FIRE", to: "HEALTH", mechanism: "operation", weight: 2, basis: "agreement"),
        Link(from: "GOV", to: "FLOODHQ", mechanism: "membership", weight: 1, basis: "regulation", role: "chair"),
        Link(from: "EMB", to: "FLOODHQ", mechanism: "membership", weight: 3, basis: "regulation", role: "office"),
        Link(from: "WATER", to: "FLOODHQ", mechanism: "membership", weight: 1, basis: "plan", role: "member"),
        Link(from: "MET", to: "FLOODHQ", mechanism: "membership", weight: 1, basis: "plan", role: "member"),
        Link(from: "FIRE", to: "FLOODHQ", mechanism: "membership", weight: 1, basis: "plan", role: "member"),
    ]

    static let duties: [Duty] = [
        Duty(id: "flood-control", en: "Flood control and drought relief", zh: "防汛抗旱",
             assignments: [("EMB", "lead"), ("WATER", "co-lead"), ("MET", "support"), ("FIRE", "support")]),
        Duty(id: "medical-rescue", en: "Emergency medical rescue", zh: "紧急医学救援",
             assignments: [("HEALTH", "lead"), ("FIRE", "support"), ("EMB", "support")]),
    ]

    /// The everyday Chinese word of a value where the vocabulary has several (`应急管理`, not `应急`).
    static let everyday: [String: String] = [
        "emergency-management": "应急管理", "municipal": "市级", "health": "卫生健康", "operation": "联合处置",
        "membership": "成员单位", "regulation": "法规", "informal": "惯例", "fire-rescue": "消防救援",
    ]

    /// The everyday Chinese header of a column where the vocabulary has several.
    static let everydayHeader: [String: String] = ["id": "编号", "weight": "权重", "role": "角色", "department": "部门"]

    /// `value` as the example writes it in `language`: for Chinese its everyday synonym, else the
    /// shortest; for English the value itself.
    static func word(_ value: String, _ term: Vocabulary.Term, _ language: ReportLanguage) -> String {
        guard language == .zh else { return value }
        let words = Vocabulary.synonyms[term]?.filter { $0.value == value }.map(\.key).sorted(by: preferred) ?? []
        if let w = everyday[value], words.contains(w) { return w }
        return words.first ?? value
    }

    /// Shorter synonyms first (the everyday word: 指挥 before 指挥协调), then by code points.
    static func preferred(_ a: String, _ b: String) -> Bool { a.count != b.count ? a.count < b.count : a < b }

    static func number(_ w: Double) -> String { w == w.rounded() ? String(Int(w)) : String(w) }

    static func title(_ language: ReportLanguage) -> String { MessageCatalogue.template("template.title", language) }

    // MARK: YAML

    /// The example as a YAML document, its comment header holding ``reference(_:tables:)``.
    /// - Complexity: O(size of the example and the vocabulary).
    public static func yaml(_ language: ReportLanguage) -> String {
        let zh = language == .zh
        var out = reference(language, tables: false).map { $0.isEmpty ? "#" : "# " + $0 }.joined(separator: "\n") + "\n"
        out += "title: \(YAMLText.scalar(title(language)))\n"
        out += "jurisdiction: \(YAMLText.scalar(MessageCatalogue.template("template.jurisdiction", language)))\n"
        out += "status: illustrative model\n"
        out += "departments:\n"
        for d in departments {
            var fields = ["id: \(d.id)", "name: \(YAMLText.scalar(zh ? d.zh : d.en))",
                          "names: {\(zh ? "en" : "zh"): \(YAMLText.scalar(zh ? d.en : d.zh))}",
                          "kind: \(word(d.kind, .kind, language))", "level: \(word(d.level, .level, language))"]
            if let l = d.ledBy { fields.append("led_by: \(l)") }
            if d.coordinator { fields.append("coordinator: true") }
            out += "  - {\(fields.joined(separator: ", "))}\n"
        }
        out += "ties:\n"
        for t in links {
            var fields = ["from: \(t.from)", "to: \(t.to)", "mechanism: \(word(t.mechanism, .mechanism, language))", "weight: \(number(t.weight))"]
            if let b = t.basis { fields.append("basis: \(word(b, .basis, language))") }
            if let r = t.relation { fields.append("relation: \(r)") }
            if let r = t.role { fields.append("role: \(r)") }
            out += "  - {\(fields.joined(separator: ", "))}\n"
        }
        out += "functions:\n"
        for f in duties {
            out += "  - id: \(f.id)\n    name: \(YAMLText.scalar(zh ? f.zh : f.en))\n"
            out += "    names: {\(zh ? "en" : "zh"): \(YAMLText.scalar(zh ? f.en : f.zh))}\n    assignments:\n"
            for (d, r) in f.assignments { out += "      - {department: \(d), role: \(word(r, .role, language))}\n" }
        }
        return out
    }

    // MARK: CSV tables and workbooks

    /// The example's three tables (departments, ties, functions), header first; Chinese tables use the
    /// Chinese column headers where the vocabulary has them.
    static func rows(_ language: ReportLanguage) -> [(table: String, rows: [[String]])] {
        let zh = language == .zh
        func header(_ columns: [String]) -> [String] {
            columns.map { c in zh ? everydayHeader[c] ?? Vocabulary.aliases(of: c).sorted(by: preferred).first ?? c : c }
        }
        var departmentRows = [header(["id", "name", zh ? "names.en" : "names.zh", "kind", "level", "led_by", "coordinator"])]
        for d in departments {
            departmentRows.append([d.id, zh ? d.zh : d.en, zh ? d.en : d.zh, word(d.kind, .kind, language),
                                   word(d.level, .level, language), d.ledBy ?? "", d.coordinator ? (zh ? "是" : "true") : ""])
        }
        var tieRows = [header(["from", "to", "mechanism", "weight", "basis", "relation", "role"])]
        for t in links {
            tieRows.append([t.from, t.to, word(t.mechanism, .mechanism, language), number(t.weight),
                            t.basis.map { word($0, .basis, language) } ?? "", t.relation ?? "", t.role ?? ""])
        }
        var functionRows = [header(["function", "name", "department", "role"])]
        for f in duties {
            for (d, r) in f.assignments { functionRows.append([f.id, zh ? f.zh : f.en, d, word(r, .role, language)]) }
        }
        return [("departments", departmentRows), ("ties", tieRows), ("functions", functionRows)]
    }

    /// The example as CSV tables plus a README.md with ``reference(_:tables:)``: file name and contents.
    public static func tables(_ language: ReportLanguage) -> [(name: String, text: String)] {
        let readme = "# " + title(language) + "\n\n" + reference(language, tables: true).joined(separator: "\n") + "\n"
        return rows(language).map { ($0.table + ".csv", $0.rows.map(CSVReader.line).joined()) } + [("README.md", readme)]
    }

    /// The example as an Excel workbook: a README sheet (说明) with ``reference(_:tables:)`` and the
    /// three tables as sheets (部门, 联系, 职能 in Chinese), weights as numbers, every other cell text.
    /// - Throws: ``FormatError`` only if the workbook cannot be packed.
    public static func workbook(_ language: ReportLanguage, file: String) throws -> Data {
        let zh = language == .zh
        let sheetNames = ["departments": zh ? "部门" : "departments", "ties": zh ? "联系" : "ties", "functions": zh ? "职能" : "functions"]
        let readme: [[TableCell]] = ([title(language), ""] + reference(language, tables: true)).map { [.string($0)] }
        var sheets: [(name: String, rows: [[TableCell]])] = [(zh ? "说明" : "README", readme)]
        for (table, rows) in rows(language) {
            let weight = table == "ties" ? rows.first?.firstIndex(of: zh ? "权重" : "weight") : nil
            sheets.append((sheetNames[table] ?? table, rows.enumerated().map { r, row in
                row.enumerated().map { c, cell in r > 0 && c == weight ? .number(cell) : .string(cell) }
            }))
        }
        return try WorkbookWriter.workbook(sheets, file: file)
    }
}

extension NetworkTemplate {
    /// Every column of the network's tables (YAML fields, or CSV headers with their aliases when
    /// `tables`) with what it holds and its allowed values, generated from ``Vocabulary`` and the
    /// model's enumerations, one line each, in `language`.
    /// - Complexity: O(size of the vocabulary).
    public static func reference(_ language: ReportLanguage, tables: Bool) -> [String] {
        func text(_ key: String) -> String { MessageCatalogue.template("template.\(key)", language) }
        func values(_ term: Vocabulary.Term) -> String {
            Vocabulary.canonicalValues(term).map { v in
                let words = (Vocabulary.synonyms[term] ?? [:]).filter { $0.value == v }.map(\.key).sorted(by: preferred)
                return words.isEmpty ? v : "\(v) (\(words.joined(separator: ", ")))"
            }.joined(separator: "; ")
        }
        func list<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> String where T.RawValue == String {
            T.allCases.map(\.rawValue).joined(separator: ", ")
        }
        func column(_ name: String, _ yamlName: String? = nil, _ detail: String, _ allowed: String? = nil) -> String {
            var head = tables ? name : (yamlName ?? name)
            if tables, case let aliases = Vocabulary.aliases(of: name), !aliases.isEmpty { head += " (\(aliases.sorted(by: preferred).joined(separator: ", ")))" }
            return "  \(head): \(detail)" + (allowed.map { " — " + text("values") + " " + $0 } ?? "")
        }
        let yes = "true/false, yes/no, 1/0, 是/否"
        var lines = [text("intro"), text(tables ? "usage-tables" : "usage-yaml"), ""]
        lines.append(text(tables ? "departments-csv" : "departments"))
        lines += [
            column("id", nil, text("field.id")),
            column("name", nil, text("field.name")),
            column(language == .zh ? "names.en" : "names.zh", tables ? nil : "names", text("field.names")),
            column("kind", nil, text("field.kind"), values(.kind) + "; " + text("open")),
            column("level", nil, text("field.level"), values(.level) + "; " + text("open")),
            column("coordinator", nil, text("field.coordinator"), yes),
            column("led_by", nil, text("field.led_by")),
            column("formerly", nil, text("field.formerly")),
            column("management", nil, text("field.management"), list(Management.self)),
            tables ? "  " + text("field.other-columns") : column("attributes", nil, text("field.attributes")),
            "",
            text(tables ? "ties-csv" : "ties"),
            column("from", nil, text("field.from")),
            column("to", nil, text("field.to")),
            column("mechanism", nil, text("field.mechanism"), values(.mechanism) + "; " + text("declared")),
            column("weight", nil, text("field.weight")),
            column("directed", nil, text("field.directed"), yes),
            column("basis", nil, text("field.basis"), values(.basis)),
            column("role", nil, text("field.tie-role"), values(.tieRole)),
            column("relation", nil, text("field.relation"), list(CommandRelation.self)),
            column("phase", "phases", text("field.phase"), list(Phase.self)),
            column("source", nil, text("field.source"), list(EvidenceSource.self)),
            column("citation", nil, text("field.citation")),
            column("confidence", nil, text("field.confidence")),
            tables ? "  " + text("field.other-columns") : column("attributes", nil, text("field.attributes")),
            "",
            text(tables ? "functions-csv" : "functions"),
        ]
        if tables {
            lines += [column("function", nil, text("field.function")), column("name", nil, text("field.function-name")),
                      column("department", nil, text("field.department")), column("role", nil, text("field.role"), values(.role)),
                      column("source", nil, text("field.source"), list(EvidenceSource.self)), column("citation", nil, text("field.citation"))]
        } else {
            lines += [column("id", nil, text("field.function")), column("name", nil, text("field.function-name")),
                      "  assignments: " + text("field.assignments"),
                      "    " + column("department", nil, text("field.department")).dropFirst(2),
                      "    " + column("role", nil, text("field.role"), values(.role)).dropFirst(2)]
        }
        lines += ["", text("vocabulary")]
        return lines
    }
}
