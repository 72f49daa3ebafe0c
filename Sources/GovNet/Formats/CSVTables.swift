import Foundation

/// A network as a folder of CSV tables an analyst keeps in a spreadsheet.
///
/// - `departments.csv`: `id` (required), `name`, `kind`, `level`, `formerly` (ids separated by `;`),
///   `led_by` (ids separated by `;`, primary first), `management`, `coordinator`, `names.<lang>` columns
///   (e.g. `names.zh`); any other column becomes an attribute.
/// - `ties.csv`: `from`, `to`, `mechanism` (required; `source`/`target` accepted when there is no
///   `from` column), `weight`, `directed`, `basis`, `relation`, `phase` (separated by `;`), `source`
///   (evidence, with a `from` column), `citation`, `confidence`, `role`; any other column becomes a tie
///   attribute.
/// - An attribute whose name is one of these column names is written as `attributes.<name>`, and such a
///   column is read back as that attribute.
/// - `functions.csv` (optional): `function`, `name`, `department`, `role`, `source`, `citation`,
///   `names.<lang>`; a row with an empty department declares a function with no assignment.
/// - `mechanisms.csv` (optional): `id`, `name`, `directed`, `names.zh`.
/// - `network.csv` (optional): `key,value` rows of metadata (title, jurisdiction, period, …; translations as
///   `title.zh`, `jurisdiction.zh`, `source.zh`, `provenance.zh`).
///
/// Empty cells mean "not given". Attribute cells are typed by inference (true/false, number, text).
/// A cell guarded against spreadsheet formulas (``FormulaGuard``: `'=x` for `=x`) reads as the cell
/// it guards, so tables GovNet writes read back unchanged.
public enum CSVTables {
    public static let departmentsFile = "departments.csv"
    public static let tiesFile = "ties.csv"
    public static let functionsFile = "functions.csv"
    public static let mechanismsFile = "mechanisms.csv"
    public static let metadataFile = "network.csv"

    /// Reads the tables in `folder`.
    public static func read(folder: String) throws -> (Network, SourceMap, [Diagnostic]) {
        return try read(FolderTables(folder: folder))
    }

    /// Reads the tables of `source` (a folder of CSV files, the sheets of a workbook): one implementation
    /// of the table rules — headers by name with their aliases, the vocabulary, every problem of a row
    /// reported in one pass — whatever holds the rows.
    static func read(_ source: some TableSource) throws -> (Network, SourceMap, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var net = Network()
        var map = SourceMap(file: source.location)
        map.departmentFile = path(departmentsFile)
        map.tieFile = path(tiesFile)
        map.functionFile = path(functionsFile)
        map.mechanismFile = path(mechanismsFile)
        func path(_ name: String) -> String { source.name(of: name) }
        let impliedDepartments = !source.has(departmentsFile) && source.impliesDepartments

        guard source.has(tiesFile) || source.has(departmentsFile) else { throw source.noTables() }
        for required in [departmentsFile, tiesFile] where !source.has(required) && !(required == departmentsFile && impliedDepartments) {
            diagnostics.append(Diagnostic(.error, file: path(required), source.missing(required)))
        }
        func load(_ name: String, required: [String], known: Set<String>) throws -> Table? {
            guard let records = try source.records(name, diagnostics: &diagnostics) else { return nil }
            return Table.make(path(name), records: records, unguard: source.unguards, diagnostics: &diagnostics, required: required, known: known)
        }

        if let table = try load(metadataFile, required: ["key", "value"], known: ["key", "value"]) {
            for row in table.rows {
                let key = table.cell(row, "key"), value = table.cell(row, "value")
                switch key {
                case "title": net.metadata.title = value
                case "jurisdiction": net.metadata.jurisdiction = value
                case "period": net.metadata.period = value
                case "date": net.metadata.date = value
                case "source": net.metadata.source = value
                case "notes": net.metadata.notes = value
                case "status": net.metadata.status = value
                case "provenance": net.metadata.provenance = value
                case "license": net.metadata.license = value
                case "derived_from": net.metadata.derivedFrom = value
                // Translations as `title.zh`, `jurisdiction.zh`, `source.zh`, `provenance.zh`.
                case let k? where k.split(separator: ".").count == 2 && NetworkMetadata.translatableFields.contains(String(k.split(separator: ".")[0])):
                    let parts = k.split(separator: ".").map(String.init)
                    if let value { net.metadata.translations[parts[0], default: [:]][parts[1]] = value }
                case nil: continue
                case let k?: diagnostics.append(Diagnostic(.warning, file: table.file, line: row.line, field: "key", Message("reader.table.unknown-metadata-key", [("key", .text(k))])))
                }
            }
        }
        if let table = try load(mechanismsFile, required: ["id"], known: ["id", "name", "directed", "names.zh"]) {
            for row in table.rows {
                guard let id = table.cell(row, "id") else { table.missing(row, "id", &diagnostics); continue }
                var m = Mechanism(id: id, name: table.cell(row, "name"))
                if let d = table.cell(row, "directed") {
                    guard let b = parseBool(d) else { table.bad(row, "directed", Table.expectedBool(d), &diagnostics); continue }
                    m.directed = b
                }
                m.nameZh = table.cell(row, "names.zh")
                net.mechanisms.append(m); map.mechanismLines.append(row.line)
            }
        }
        if let table = try load(departmentsFile, required: ["id"], known: departmentColumns) {
            let standard = departmentColumns
            for row in table.rows {
                guard let id = table.cell(row, "id") else { table.missing(row, "id", &diagnostics); continue }
                var d = Department(id: id, name: table.cell(row, "name"), kind: table.cell(row, "kind"), level: table.cell(row, "level"))
                if let f = table.cell(row, "formerly") { d.formerly = idList(f) }
                if let f = table.cell(row, "led_by") { d.ledBy = idList(f) }
                if let m = table.cell(row, "management") { d.management = table.choice(row, "management", m, &diagnostics) }
                if let c = table.cell(row, "coordinator") {
                    if let b = parseBool(c) { d.coordinator = b } else { table.bad(row, "coordinator", Table.expectedBool(c), &diagnostics) }
                }
                for (c, header) in table.header.enumerated() where !standard.contains(header) {
                    guard let v = table.cell(row, c) else { continue }
                    if header.hasPrefix("names.") { d.names[String(header.dropFirst(6))] = v } else { d.attributes[attributeName(header)] = table.attribute(row, c, v) }
                }
                net.departments.append(d); map.departmentLines.append(row.line)
            }
        }
        if let table = try load(tiesFile, required: ["from|source", "to|target", "mechanism"], known: tieColumns) {
            let endsByFrom = table.header.contains("from")
            let standard = tieColumns
            for row in table.rows {
                var ok = true
                let from = table.cell(row, "from") ?? (endsByFrom ? nil : table.cell(row, "source"))
                let to = table.cell(row, "to") ?? table.cell(row, "target")
                let mech = table.cell(row, "mechanism")
                if from == nil { table.missing(row, "from", &diagnostics); ok = false }
                if to == nil { table.missing(row, "to", &diagnostics); ok = false }
                if mech == nil { table.missing(row, "mechanism", &diagnostics); ok = false }
                var tie = Tie(from: from ?? "", to: to ?? "", mechanism: mech ?? "")
                if let w = table.cell(row, "weight") {
                    if let x = NetworkDocumentDecoder.checkWeight(w, reportMessage: { table.bad(row, "weight", $0, &diagnostics) }) { tie.weight = x } else { ok = false }
                }
                if let d = table.cell(row, "directed") {
                    if let b = parseBool(d) { tie.directed = b } else { table.bad(row, "directed", Table.expectedBool(d), &diagnostics); ok = false }
                }
                if let b = table.cell(row, "basis") {
                    if let basis: Basis = Vocabulary.parse(b, .basis) { tie.basis = basis } else {
                        table.bad(row, "basis", Vocabulary.unknownMessage(b, .basis), &diagnostics); ok = false
                    }
                }
                if let r = table.cell(row, "relation") { if let v: CommandRelation = table.choice(row, "relation", r, &diagnostics) { tie.relation = v } else { ok = false } }
                if let r = table.cell(row, "role") {
                    if let v: AffiliationRole = Vocabulary.parse(r, .tieRole) { tie.role = v } else { table.bad(row, "role", Vocabulary.unknownMessage(r, .tieRole), &diagnostics); ok = false }
                }
                if endsByFrom, let r = table.cell(row, "source") { if let v: EvidenceSource = table.choice(row, "source", r, &diagnostics) { tie.source = v } else { ok = false } }
                if let p = table.cell(row, "phase") {
                    for item in idList(p) {
                        if let v: Phase = table.choice(row, "phase", item, &diagnostics) { if !tie.phases.contains(v) { tie.phases.append(v) } } else { ok = false }
                    }
                }
                tie.citation = table.cell(row, "citation")
                if let f = table.cell(row, "functions") { tie.functions = idList(f) }
                if let c = table.cell(row, "confidence") {
                    if let x = NetworkDocumentDecoder.checkConfidence(c, reportMessage: { table.bad(row, "confidence", $0, &diagnostics) }) { tie.confidence = x } else { ok = false }
                }
                for (c, header) in table.header.enumerated() where !standard.contains(header) {
                    if let v = table.cell(row, c) { tie.attributes[attributeName(header)] = table.attribute(row, c, v) }
                }
                // A tie with a bad value is kept when its ends and mechanism are there (the file fails
                // anyway), so its references and mechanism are checked in the same pass.
                if ok || (from != nil && to != nil && mech != nil) { net.ties.append(tie); map.tieLines.append(row.line) }
            }
        }
        // A workbook of ties alone: its departments are the ends of its ties, in order of appearance.
        if impliedDepartments {
            var seen = Set<String>()
            for (i, t) in net.ties.enumerated() {
                for end in [t.from, t.to] where seen.insert(end).inserted {
                    net.departments.append(Department(id: end)); map.departmentLines.append(map.tieLines[i])
                }
            }
            map.departmentFile = map.tieFile
        }
        if let table = try load(functionsFile, required: ["function"], known: functionColumns) {
            var index: [String: Int] = [:]
            for row in table.rows {
                guard let fid = table.cell(row, "function") else { table.missing(row, "function", &diagnostics); continue }
                let k: Int
                if let existing = index[fid] { k = existing } else {
                    k = net.functions.count
                    index[fid] = k
                    net.functions.append(Function(id: fid))
                    map.functionLines.append(row.line)
                    map.assignmentLines.append([])
                }
                if let name = table.cell(row, "name") { net.functions[k].name = name }
                for (c, header) in table.header.enumerated() where header.hasPrefix("names.") {
                    if let v = table.cell(row, c) { net.functions[k].names[String(header.dropFirst(6))] = v }
                }
                guard let dep = table.cell(row, "department") else { continue }
                guard let r = table.cell(row, "role") else { table.missing(row, "role", &diagnostics); continue }
                // An assignment with a bad role or source is kept (the file fails anyway) so its
                // department is checked in the same pass.
                let role: Role = Vocabulary.parse(r, .role) ?? .support
                if Vocabulary.parse(r, .role) as Role? == nil { table.bad(row, "role", Vocabulary.unknownMessage(r, .role), &diagnostics) }
                var source: EvidenceSource?
                if let v = table.cell(row, "source") { source = table.choice(row, "source", v, &diagnostics) }
                net.functions[k].assignments.append(Assignment(department: dep, role: role, source: source, citation: table.cell(row, "citation")))
                map.assignmentLines[k].append(row.line)
            }
        }
        return (net, map, diagnostics)
    }

    /// Standard columns of the tables (an attribute of the same name is written as `attributes.<name>`).
    static let departmentColumns: Set<String> = ["id", "name", "kind", "level", "formerly", "led_by", "management", "coordinator"]
    static let tieColumns: Set<String> = ["from", "to", "source", "target", "mechanism", "weight", "directed", "basis",
                                          "relation", "phase", "citation", "confidence", "role", "functions"]
    static let functionColumns: Set<String> = ["function", "name", "department", "role", "source", "citation"]

    /// The attribute a column holds: `attributes.X` is X, any other column its own name.
    static func attributeName(_ header: String) -> String {
        header.hasPrefix("attributes.") ? String(header.dropFirst("attributes.".count)) : header
    }

    /// The column of an attribute: its name, or `attributes.<name>` when that is a standard column
    /// (or already starts with `attributes.` or `names.`).
    static func attributeColumn(_ key: String, standard: Set<String>) -> String {
        standard.contains(key.lowercased()) || key.hasPrefix("attributes.") || key.hasPrefix("names.") ? "attributes." + key : key
    }

    /// Ids separated by `;` (or, as a Chinese keyboard types them, `；` and `、`), trimmed (the ideographic
    /// space too), empty entries dropped.
    static func idList(_ s: String) -> [String] {
        s.split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "、" })
            .map { $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{3000}"))) }.filter { !$0.isEmpty }
    }

    static func parseBool(_ s: String) -> Bool? { Vocabulary.bool(s) }

    /// Writes the tables into `folder` (created if needed). Each file is written atomically, after every
    /// table is checked to read back (``ReadBackCheck``): a table the reader would refuse writes nothing.
    public static func write(_ net: Network, folder: String, cells: CSVCells = .guarded) throws {
        let files = render(net, cells: cells)
        for (name, text) in files { try ReadBackCheck.check(text, format: .tables, departments: net.departments.count, path: (folder as NSString).appendingPathComponent(name)) }
        try AtomicFile.makeFolder(folder)
        for (name, text) in files {
            try AtomicFile.write(text, to: (folder as NSString).appendingPathComponent(name))
        }
    }

    /// The tables as (file name, CSV text), deterministic: columns in a fixed order, extra columns sorted;
    /// cells under the formula guard `cells` (``FormulaGuard``; the reader takes the guard off again).
    public static func render(_ net: Network, cells: CSVCells = .guarded) -> [(String, String)] {
        tables(net).map { table in (table.file, table.rows.map { CSVReader.line($0.map(\.text), cells: cells) }.joined()) }
    }

    /// The tables as rows of text cells, header first (what ``render(_:cells:)`` writes as CSV and the
    /// workbook writer as sheets): columns in a fixed order, extra columns sorted.
    static func tables(_ net: Network) -> [(file: String, rows: [[TableCell]])] {
        var files: [(file: String, rows: [[TableCell]])] = []
        func text(_ row: [String]) -> [TableCell] { row.map { TableCell.string($0) } }
        var meta: [[TableCell]] = [text(["key", "value"])]
        let m = net.metadata
        for (k, v) in [("title", m.title), ("jurisdiction", m.jurisdiction), ("period", m.period), ("date", m.date), ("source", m.source),
                       ("status", m.status), ("license", m.license), ("notes", m.notes), ("provenance", m.provenance),
                       ("derived_from", m.derivedFrom)] {
            if let v { meta.append(text([k, v])) }
        }
        for field in NetworkMetadata.translatableFields {
            for (language, translation) in (m.translations[field] ?? [:]).sorted(by: { $0.key < $1.key }) {
                meta.append(text(["\(field).\(language)", translation]))
            }
        }
        files.append((metadataFile, meta))
        if !net.mechanisms.isEmpty {
            var t: [[TableCell]] = [text(["id", "name", "directed", "names.zh"])]
            for m in net.mechanisms { t.append([.string(m.id), .string(m.name), .bool(m.directed), .string(m.nameZh)]) }
            files.append((mechanismsFile, t))
        }
        let langs = Set(net.departments.flatMap { $0.names.keys }).sorted()
        let attrs = Set(net.departments.flatMap { $0.attributes.keys }).sorted()
        let governance = net.departments.contains { !$0.ledBy.isEmpty || $0.management != nil || $0.coordinator }
        var d: [[TableCell]] = [text(["id", "name", "kind", "level", "formerly"] + (governance ? ["led_by", "management", "coordinator"] : [])
                                     + langs.map { "names." + $0 } + attrs.map { attributeColumn($0, standard: departmentColumns) })]
        for dep in net.departments {
            d.append(text([dep.id, dep.name, dep.kind ?? "", dep.level ?? "", dep.formerly.joined(separator: ";")])
                     + (governance ? text([dep.ledBy.joined(separator: ";"), dep.management?.rawValue ?? ""]) + [dep.coordinator ? .bool(true) : .empty] : [])
                     + text(langs.map { dep.names[$0] ?? "" }) + attrs.map { TableCell.attribute(dep.attributes[$0]) })
        }
        files.append((departmentsFile, d))
        let tieAttrs = Set(net.ties.flatMap { $0.attributes.keys }).sorted()
        let tieGovernance = net.ties.contains { $0.relation != nil || $0.role != nil || !$0.phases.isEmpty || $0.source != nil || $0.citation != nil || $0.confidence != nil }
        let served = net.ties.contains { !$0.functions.isEmpty }
        var t: [[TableCell]] = [text(["from", "to", "mechanism", "weight", "directed", "basis"]
                                     + (tieGovernance ? ["relation", "role", "phase", "source", "citation", "confidence"] : [])
                                     + (served ? ["functions"] : [])
                                     + tieAttrs.map { attributeColumn($0, standard: tieColumns) })]
        func number(_ x: Double) -> TableCell { x.isFinite ? .number(NumberFormat.canonical(x)) : .text(NumberFormat.canonical(x)) }
        for tie in net.ties {
            t.append(text([tie.from, tie.to, tie.mechanism]) + [number(tie.weight), tie.directed.map { TableCell.bool($0) } ?? .empty, .string(tie.basis?.rawValue)]
                     + (tieGovernance ? text([tie.relation?.rawValue ?? "", tie.role?.rawValue ?? "", tie.phases.map(\.rawValue).joined(separator: ";"),
                                              tie.source?.rawValue ?? "", tie.citation ?? ""]) + [tie.confidence.map(number) ?? .empty] : [])
                     + (served ? text([tie.functions.joined(separator: ";")]) : [])
                     + tieAttrs.map { TableCell.attribute(tie.attributes[$0]) })
        }
        files.append((tiesFile, t))
        if !net.functions.isEmpty {
            let flangs = Set(net.functions.flatMap { $0.names.keys }).sorted()
            let cited = net.functions.contains { $0.assignments.contains { $0.source != nil || $0.citation != nil } }
            var f: [[TableCell]] = [text(["function", "name", "department", "role"] + (cited ? ["source", "citation"] : []) + flangs.map { "names." + $0 })]
            for fn in net.functions {
                let names = flangs.map { fn.names[$0] ?? "" }
                if fn.assignments.isEmpty { f.append(text([fn.id, fn.name, "", ""] + (cited ? ["", ""] : []) + names)) }
                for a in fn.assignments {
                    f.append(text([fn.id, fn.name, a.department, a.role.rawValue] + (cited ? [a.source?.rawValue ?? "", a.citation ?? ""] : []) + names))
                }
            }
            files.append((functionsFile, f))
        }
        return files
    }
}

/// One cell of a table as GovNet writes it: CSV writes its text, a workbook its type too.
enum TableCell: Hashable, Sendable {
    /// Text, written as an inline string: never a formula, whatever its first character.
    case text(String)
    /// A number, written as its canonical text (``NumberFormat/canonical(_:)``), which reads back the same.
    case number(String)
    case bool(Bool)
    case empty

    /// The cell as CSV text.
    var text: String {
        switch self {
        case .text(let s), .number(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .empty: return ""
        }
    }

    /// A text cell, empty when `s` is.
    static func string(_ s: String?) -> TableCell { s.map { $0.isEmpty ? .empty : .text($0) } ?? .empty }

    /// An attribute's cell: text, number or boolean as the value is.
    static func attribute(_ v: AttributeValue?) -> TableCell {
        switch v {
        case .string(let s)?: return .string(s)
        case .number(let x)?: return x.isFinite ? .number(NumberFormat.canonical(x)) : .text(NumberFormat.canonical(x))
        case .bool(let b)?: return .bool(b)
        case nil: return .empty
        }
    }
}

/// A table read with its header (a CSV file, a workbook's sheet), for the table readers.
struct Table {
    let file: String
    let header: [String]
    let rows: [CSVReader.Record]
    private let column: [String: Int]
    /// Whether cells lose the formula guard of GovNet's CSV writers (CSV files; not a workbook's cells).
    var unguard = true

    /// The table of `records` (header first), read from `file` (a CSV file, or a workbook's sheet as
    /// `BOOK.xlsx:SHEET`). Headers are found by name in any order, through
    /// ``Vocabulary/columnAliases`` (`起点` is `from`). Reports missing required columns (`a|b` = either)
    /// — one error when no header cell is a `known` column — and a header cell that misspells a known
    /// column absent from the header (`wieght`), with the fix.
    /// - Parameter unguard: take off the formula guard of GovNet's CSV writers (``FormulaGuard``); a
    ///   workbook's text cells are never formulas, so a sheet's cells are read as they are.
    static func make(_ file: String, records: [CSVReader.Record], unguard: Bool = true, diagnostics: inout [Diagnostic], required: [String], known: Set<String>) -> Table? {
        let path = file
        var records = records
        guard !records.isEmpty else {
            diagnostics.append(Diagnostic(.error, file: path, line: 1, Message("reader.table.empty", [("columns", spelled(required))])))
            return nil
        }
        let headerRecord = records.removeFirst()
        let written = headerRecord.fields.map { (unguard ? FormulaGuard.unguarded($0.trimmingCharacters(in: .whitespaces)) : $0.trimmingCharacters(in: .whitespaces)).lowercased() }
        let header = written.map(Vocabulary.column)
        var column: [String: Int] = [:]
        for (i, h) in header.enumerated() {
            if let first = column[h] {
                let same: MessageArgument = written[first] == written[i] ? .empty
                    : .message(Message("reader.table.both-name-it", [("first", .text(written[first])), ("second", .text(written[i]))]))
                diagnostics.append(Diagnostic(.error, file: path, line: headerRecord.line, column: i + 1, field: h,
                                              Message("reader.table.duplicate-column", [("column", .text(h)), ("same", same)])))
            } else { column[h] = i }
        }
        let recognised = header.contains { known.contains($0) || $0.hasPrefix("names.") || $0 == "source" || $0 == "target" }
        guard recognised else {
            let expected = required.flatMap { $0.split(separator: "|").map(String.init) }
            let optional = known.subtracting(expected).sorted()
            diagnostics.append(Diagnostic(.error, file: path, line: headerRecord.line,
                                          Message(optional.isEmpty ? "reader.table.no-header" : "reader.table.no-header-optional",
                                                  [("found", foundHeaders(written)), ("required", spelled(required)), ("optional", spelled(optional))])))
            return nil
        }
        for (i, h) in header.enumerated() where !known.contains(h) && !h.hasPrefix("names.") && !h.hasPrefix("attributes.") {
            let absent = known.filter { column[$0] == nil }.sorted() + Vocabulary.columnAliases.filter { known.contains($0.value) && column[$0.value] == nil }.map(\.key).sorted()
            if let near = Vocabulary.suggestion(for: h, among: absent, maxDistance: 1) {
                let meant = Vocabulary.column(near)
                diagnostics.append(Diagnostic(.error, file: path, line: headerRecord.line, column: i + 1, field: written[i],
                                              Message("reader.table.unknown-column", [("column", .text(written[i])), ("meant", .text(meant))])))
            }
        }
        var ok = true
        for r in required {
            let options = r.split(separator: "|").map(String.init)
            if !options.contains(where: { column[$0] != nil }) {
                let aliases = Vocabulary.aliases(of: options[0]).map { LocalizedName($0) }
                let column = LocalizedName(options.map { "'\($0)'" }.joined(separator: " or "), chinese: options.map { "“\($0)”" }.joined(separator: "或"))
                diagnostics.append(Diagnostic(.error, file: path, line: headerRecord.line, field: options[0],
                                              Message("reader.table.missing-column",
                                                      [("column", .name(column)),
                                                       ("aliases", aliases.isEmpty ? .empty : .message(Message("reader.table.also-written", [("aliases", .names(aliases, limit: 99, unit: .function))]))),
                                                       ("header", .text(written.joined(separator: ", ")))])))
                ok = false
            }
        }
        guard ok else { return nil }
        for r in records where r.fields.count > header.count && !r.fields[header.count...].allSatisfy(\.isEmpty) {
            diagnostics.append(Diagnostic(.warning, file: path, line: r.line, column: header.count + 1,
                                          Message("reader.table.extra-fields", [("fields", .count(r.fields.count)), ("columns", .count(header.count))])))
        }
        return Table(file: path, header: header, rows: records, column: column, unguard: unguard)
    }

    /// The column of a field named in a diagnostic (`from` also found as `source`, `to` as `target`),
    /// 0-based; nil when the table has no such column.
    func index(of field: String) -> Int? {
        column[field] ?? (field == "from" ? column["source"] : field == "to" ? column["target"] : nil)
    }

    /// Trimmed cell of a named column; nil when the column is absent or the cell empty.
    func cell(_ row: CSVReader.Record, _ name: String) -> String? {
        guard let c = column[name] else { return nil }
        return cell(row, c)
    }

    func cell(_ row: CSVReader.Record, _ c: Int) -> String? {
        guard c < row.fields.count else { return nil }
        let trimmed = row.fields[c].trimmingCharacters(in: .whitespaces)
        let v = unguard ? FormulaGuard.unguarded(trimmed) : trimmed
        return v.isEmpty ? nil : v
    }

    /// The attribute value of cell `v` in column `c`: text or a number when the source says what the cell
    /// is (a workbook's string and number cells), else typed by inference (``AttributeValue/inferred(from:)``).
    func attribute(_ row: CSVReader.Record, _ c: Int, _ v: String) -> AttributeValue {
        if row.textCells?.contains(c) == true { return .string(v) }
        if row.numberCells?.contains(c) == true, let x = NumberFormat.parseStrictNumber(v), x.isFinite { return .number(x) }
        return .inferred(from: v)
    }

    func missing(_ row: CSVReader.Record, _ name: String, _ diagnostics: inout [Diagnostic]) {
        diagnostics.append(Diagnostic(.error, file: file, line: row.line, field: name, Message("reader.table.cell-empty", [("column", .text(name))])))
    }

    /// One of an enumeration's spellings; an error naming them otherwise.
    func choice<T: RawRepresentable & CaseIterable>(_ row: CSVReader.Record, _ name: String, _ value: String, _ diagnostics: inout [Diagnostic]) -> T? where T.RawValue == String {
        if let v = T(rawValue: value) ?? T(rawValue: Vocabulary.widthFolded(value)) { return v }
        let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
        let near = Vocabulary.suggestion(for: value, among: T.allCases.map(\.rawValue)).map(Vocabulary.didYouMean) ?? .empty
        bad(row, name, Message("diagnostic.unknown-value", [("term", .text(name)), ("value", .text(shown)), ("hint", near),
                                                            ("expected", Vocabulary.spellings(T.allCases.map(\.rawValue)))]), &diagnostics)
        return nil
    }

    func bad(_ row: CSVReader.Record, _ name: String, _ message: Message, _ diagnostics: inout [Diagnostic]) {
        diagnostics.append(Diagnostic(.error, file: file, line: row.line, field: name, message))
    }

    /// "expected true or false, found 'x'" for a cell of a yes/no column.
    static func expectedBool(_ value: String) -> Message {
        Message("diagnostic.expected-bool", [("value", .text(value.count > 40 ? String(value.prefix(40)) + "…" : value))])
    }

    /// The header cells found, quoted, at most 8 of 40 characters each (for "no recognisable header").
    static func foundHeaders(_ cells: [String]) -> MessageArgument {
        .text(cells.prefix(8).map { "'\(String($0.prefix(40)))'" }.joined(separator: ", "))
    }

    /// A column as a message writes it, in each language: its name and its aliases in parentheses
    /// (`from (来源部门, 起点) or source` / `from（来源部门、起点）或source`); `a|b` for either of two columns.
    static func spelled(_ c: String) -> LocalizedName {
        let options = c.split(separator: "|").map(String.init)
        func one(_ o: String, _ separator: String, _ open: String, _ close: String) -> String {
            let a = Vocabulary.aliases(of: o)
            return a.isEmpty ? o : o + open + a.joined(separator: separator) + close
        }
        return LocalizedName(options.map { one($0, ", ", " (", ")") }.joined(separator: " or "),
                             chinese: options.map { one($0, "、", "（", "）") }.joined(separator: "或"))
    }

    /// Columns as a message lists them (``spelled(_:)``, joined by commas / 、).
    static func spelled(_ columns: [String]) -> MessageArgument { .names(columns.map(spelled), limit: 99, unit: .function) }
}

/// Where the tables of a network come from: a folder of CSV files or the sheets of a workbook. The table
/// rules (``CSVTables``) read records from either the same way.
protocol TableSource {
    /// The folder or workbook, as the user gave it (``SourceMap/file``).
    var location: String { get }
    /// How diagnostics name table `file` (`departments.csv`, …): `FOLDER/departments.csv`, `BOOK.xlsx:部门`.
    func name(of file: String) -> String
    /// Whether the source holds table `file`.
    func has(_ file: String) -> Bool
    /// The records of table `file` (header first), nil when absent; problems that are not fatal go to
    /// `diagnostics`.
    func records(_ file: String, diagnostics: inout [Diagnostic]) throws -> [CSVReader.Record]?
    /// Whether cells lose the formula guard of GovNet's CSV writers.
    var unguards: Bool { get }
    /// Whether ties alone make a network (their ends are the departments): a workbook with one sheet.
    var impliesDepartments: Bool { get }
    /// The error when the source holds neither departments nor ties.
    func noTables() -> FormatError
    /// The message for a missing required table.
    func missing(_ file: String) -> Message
}

/// A folder of CSV tables.
struct FolderTables: TableSource {
    let folder: String
    var location: String { folder }
    func name(of file: String) -> String { (folder as NSString).appendingPathComponent(file) }
    func has(_ file: String) -> Bool { FileManager.default.fileExists(atPath: name(of: file)) }
    func records(_ file: String, diagnostics: inout [Diagnostic]) throws -> [CSVReader.Record]? {
        guard has(file) else { return nil }
        return try CSVReader.records(try InputFile.bytes(name(of: file)), file: name(of: file))
    }
    var unguards: Bool { true }
    var impliesDepartments: Bool { false }
    func noTables() -> FormatError {
        FormatError(file: folder, Message("reader.table.folder-needs", [("departments", .text(CSVTables.departmentsFile)), ("ties", .text(CSVTables.tiesFile))]))
    }
    func missing(_ file: String) -> Message { Message("reader.table.missing-table", [("table", .text(file))]) }
}
