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
        var diagnostics: [Diagnostic] = []
        var net = Network()
        var map = SourceMap(file: folder)
        map.departmentFile = path(departmentsFile)
        map.tieFile = path(tiesFile)
        map.functionFile = path(functionsFile)
        map.mechanismFile = path(mechanismsFile)
        let fm = FileManager.default
        func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

        guard fm.fileExists(atPath: path(tiesFile)) || fm.fileExists(atPath: path(departmentsFile)) else {
            throw FormatError(file: folder, "a table folder needs \(departmentsFile) and \(tiesFile)")
        }
        for required in [departmentsFile, tiesFile] where !fm.fileExists(atPath: path(required)) {
            diagnostics.append(Diagnostic(.error, file: path(required), message: "missing table \(required)"))
        }

        if let table = try Table.load(path(metadataFile), diagnostics: &diagnostics, required: ["key", "value"], known: ["key", "value"]) {
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
                case let k?: diagnostics.append(Diagnostic(.warning, file: table.file, line: row.line, field: "key", message: "unknown metadata key '\(k)' is ignored"))
                }
            }
        }
        if let table = try Table.load(path(mechanismsFile), diagnostics: &diagnostics, required: ["id"], known: ["id", "name", "directed", "names.zh"]) {
            for row in table.rows {
                guard let id = table.cell(row, "id") else { table.missing(row, "id", &diagnostics); continue }
                var m = Mechanism(id: id, name: table.cell(row, "name"))
                if let d = table.cell(row, "directed") {
                    guard let b = parseBool(d) else { table.bad(row, "directed", "expected true or false, found '\(d)'", &diagnostics); continue }
                    m.directed = b
                }
                m.nameZh = table.cell(row, "names.zh")
                net.mechanisms.append(m); map.mechanismLines.append(row.line)
            }
        }
        if let table = try Table.load(path(departmentsFile), diagnostics: &diagnostics, required: ["id"], known: departmentColumns) {
            let standard = departmentColumns
            for row in table.rows {
                guard let id = table.cell(row, "id") else { table.missing(row, "id", &diagnostics); continue }
                var d = Department(id: id, name: table.cell(row, "name"), kind: table.cell(row, "kind"), level: table.cell(row, "level"))
                if let f = table.cell(row, "formerly") { d.formerly = idList(f) }
                if let f = table.cell(row, "led_by") { d.ledBy = idList(f) }
                if let m = table.cell(row, "management") { d.management = table.choice(row, "management", m, &diagnostics) }
                if let c = table.cell(row, "coordinator") {
                    if let b = parseBool(c) { d.coordinator = b } else { table.bad(row, "coordinator", "expected true or false, found '\(c)'", &diagnostics) }
                }
                for (c, header) in table.header.enumerated() where !standard.contains(header) {
                    guard let v = table.cell(row, c) else { continue }
                    if header.hasPrefix("names.") { d.names[String(header.dropFirst(6))] = v } else { d.attributes[attributeName(header)] = .inferred(from: v) }
                }
                net.departments.append(d); map.departmentLines.append(row.line)
            }
        }
        if let table = try Table.load(path(tiesFile), diagnostics: &diagnostics, required: ["from|source", "to|target", "mechanism"], known: tieColumns) {
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
                    if let x = NetworkDocumentDecoder.checkWeight(w, report: { table.bad(row, "weight", $0, &diagnostics) }) { tie.weight = x } else { ok = false }
                }
                if let d = table.cell(row, "directed") {
                    if let b = parseBool(d) { tie.directed = b } else { table.bad(row, "directed", "expected true or false, found '\(d)'", &diagnostics); ok = false }
                }
                if let b = table.cell(row, "basis") {
                    if let basis: Basis = Vocabulary.parse(b, .basis) { tie.basis = basis } else {
                        table.bad(row, "basis", Vocabulary.unknown(b, .basis), &diagnostics); ok = false
                    }
                }
                if let r = table.cell(row, "relation") { if let v: CommandRelation = table.choice(row, "relation", r, &diagnostics) { tie.relation = v } else { ok = false } }
                if let r = table.cell(row, "role") { if let v: AffiliationRole = table.choice(row, "role", r, &diagnostics) { tie.role = v } else { ok = false } }
                if endsByFrom, let r = table.cell(row, "source") { if let v: EvidenceSource = table.choice(row, "source", r, &diagnostics) { tie.source = v } else { ok = false } }
                if let p = table.cell(row, "phase") {
                    for item in idList(p) {
                        if let v: Phase = table.choice(row, "phase", item, &diagnostics) { if !tie.phases.contains(v) { tie.phases.append(v) } } else { ok = false }
                    }
                }
                tie.citation = table.cell(row, "citation")
                if let c = table.cell(row, "confidence") {
                    if let x = NetworkDocumentDecoder.checkConfidence(c, report: { table.bad(row, "confidence", $0, &diagnostics) }) { tie.confidence = x } else { ok = false }
                }
                for (c, header) in table.header.enumerated() where !standard.contains(header) {
                    if let v = table.cell(row, c) { tie.attributes[attributeName(header)] = .inferred(from: v) }
                }
                // A tie with a bad value is kept when its ends and mechanism are there (the file fails
                // anyway), so its references and mechanism are checked in the same pass.
                if ok || (from != nil && to != nil && mech != nil) { net.ties.append(tie); map.tieLines.append(row.line) }
            }
        }
        if let table = try Table.load(path(functionsFile), diagnostics: &diagnostics, required: ["function"], known: functionColumns) {
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
                if Vocabulary.parse(r, .role) as Role? == nil { table.bad(row, "role", Vocabulary.unknown(r, .role), &diagnostics) }
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
                                          "relation", "phase", "citation", "confidence", "role"]
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

    /// Ids separated by `;`, trimmed, empty entries dropped.
    static func idList(_ s: String) -> [String] {
        s.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
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
        var files: [(String, String)] = []
        var meta = CSVReader.line(["key", "value"], cells: cells)
        let m = net.metadata
        for (k, v) in [("title", m.title), ("jurisdiction", m.jurisdiction), ("period", m.period), ("date", m.date), ("source", m.source),
                       ("status", m.status), ("license", m.license), ("notes", m.notes), ("provenance", m.provenance),
                       ("derived_from", m.derivedFrom)] {
            if let v { meta += CSVReader.line([k, v], cells: cells) }
        }
        for field in NetworkMetadata.translatableFields {
            for (language, text) in (m.translations[field] ?? [:]).sorted(by: { $0.key < $1.key }) {
                meta += CSVReader.line(["\(field).\(language)", text], cells: cells)
            }
        }
        files.append((metadataFile, meta))
        if !net.mechanisms.isEmpty {
            var t = CSVReader.line(["id", "name", "directed", "names.zh"], cells: cells)
            for m in net.mechanisms { t += CSVReader.line([m.id, m.name, m.directed ? "true" : "false", m.nameZh ?? ""], cells: cells) }
            files.append((mechanismsFile, t))
        }
        let langs = Set(net.departments.flatMap { $0.names.keys }).sorted()
        let attrs = Set(net.departments.flatMap { $0.attributes.keys }).sorted()
        let governance = net.departments.contains { !$0.ledBy.isEmpty || $0.management != nil || $0.coordinator }
        var d = CSVReader.line(["id", "name", "kind", "level", "formerly"] + (governance ? ["led_by", "management", "coordinator"] : [])
                               + langs.map { "names." + $0 } + attrs.map { attributeColumn($0, standard: departmentColumns) }, cells: cells)
        for dep in net.departments {
            d += CSVReader.line([dep.id, dep.name, dep.kind ?? "", dep.level ?? "", dep.formerly.joined(separator: ";")]
                                + (governance ? [dep.ledBy.joined(separator: ";"), dep.management?.rawValue ?? "", dep.coordinator ? "true" : ""] : [])
                                + langs.map { dep.names[$0] ?? "" } + attrs.map { dep.attributes[$0]?.description ?? "" }, cells: cells)
        }
        files.append((departmentsFile, d))
        let tieAttrs = Set(net.ties.flatMap { $0.attributes.keys }).sorted()
        let tieGovernance = net.ties.contains { $0.relation != nil || $0.role != nil || !$0.phases.isEmpty || $0.source != nil || $0.citation != nil || $0.confidence != nil }
        var t = CSVReader.line(["from", "to", "mechanism", "weight", "directed", "basis"]
                               + (tieGovernance ? ["relation", "role", "phase", "source", "citation", "confidence"] : [])
                               + tieAttrs.map { attributeColumn($0, standard: tieColumns) }, cells: cells)
        for tie in net.ties {
            t += CSVReader.line([tie.from, tie.to, tie.mechanism, NumberFormat.canonical(tie.weight),
                                 tie.directed.map { $0 ? "true" : "false" } ?? "", tie.basis?.rawValue ?? ""]
                                + (tieGovernance ? [tie.relation?.rawValue ?? "", tie.role?.rawValue ?? "", tie.phases.map(\.rawValue).joined(separator: ";"),
                                                    tie.source?.rawValue ?? "", tie.citation ?? "", tie.confidence.map(NumberFormat.canonical) ?? ""] : [])
                                + tieAttrs.map { tie.attributes[$0]?.description ?? "" }, cells: cells)
        }
        files.append((tiesFile, t))
        if !net.functions.isEmpty {
            let flangs = Set(net.functions.flatMap { $0.names.keys }).sorted()
            let cited = net.functions.contains { $0.assignments.contains { $0.source != nil || $0.citation != nil } }
            var f = CSVReader.line(["function", "name", "department", "role"] + (cited ? ["source", "citation"] : []) + flangs.map { "names." + $0 }, cells: cells)
            for fn in net.functions {
                let names = flangs.map { fn.names[$0] ?? "" }
                if fn.assignments.isEmpty { f += CSVReader.line([fn.id, fn.name, "", ""] + (cited ? ["", ""] : []) + names, cells: cells) }
                for a in fn.assignments {
                    f += CSVReader.line([fn.id, fn.name, a.department, a.role.rawValue] + (cited ? [a.source?.rawValue ?? "", a.citation ?? ""] : []) + names, cells: cells)
                }
            }
            files.append((functionsFile, f))
        }
        return files
    }
}

/// A CSV file read with its header, for the table readers.
struct Table {
    let file: String
    let header: [String]
    let rows: [CSVReader.Record]
    private let column: [String: Int]

    /// Loads `path` if it exists (nil otherwise). Headers are found by name in any order, through
    /// ``Vocabulary/columnAliases`` (`起点` is `from`). Reports missing required columns (`a|b` = either)
    /// — one error when no header cell is a `known` column — and a header cell that misspells a known
    /// column absent from the header (`wieght`), with the fix.
    static func load(_ path: String, diagnostics: inout [Diagnostic], required: [String], known: Set<String>) throws -> Table? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let bytes = try InputFile.bytes(path)
        var records = try CSVReader.records(bytes, file: path)
        guard !records.isEmpty else {
            diagnostics.append(Diagnostic(.error, file: path, line: 1, message: "the table is empty; expected a header row with \(required.joined(separator: ", "))"))
            return nil
        }
        let headerRecord = records.removeFirst()
        let written = headerRecord.fields.map { FormulaGuard.unguarded($0.trimmingCharacters(in: CharacterSet.whitespaces)).lowercased() }
        let header = written.map(Vocabulary.column)
        var column: [String: Int] = [:]
        for (i, h) in header.enumerated() {
            if let first = column[h] {
                let same = written[first] == written[i] ? "" : " ('\(written[first])' and '\(written[i])' both name it)"
                diagnostics.append(Diagnostic(.error, file: path, line: headerRecord.line, field: h, message: "duplicate column '\(h)'\(same)"))
            } else { column[h] = i }
        }
        let recognised = header.contains { known.contains($0) || $0.hasPrefix("names.") || $0 == "source" || $0 == "target" }
        guard recognised else {
            let expected = required.flatMap { $0.split(separator: "|").map(String.init) }
            let optional = known.subtracting(expected).sorted()
            func spelled(_ c: String) -> String {
                c.split(separator: "|").map { o in let a = Vocabulary.aliases(of: String(o)); return a.isEmpty ? String(o) : "\(o) (\(a.joined(separator: ", ")))" }.joined(separator: " or ")
            }
            diagnostics.append(Diagnostic(.error, file: path, line: headerRecord.line,
                                          message: "no recognisable header in the first row (found: \(written.prefix(8).map { "'\(String($0.prefix(40)))'" }.joined(separator: ", "))); expected a header row naming the columns, in any order: \(required.map(spelled).joined(separator: ", "))\(optional.isEmpty ? "" : "; optional: " + optional.map(spelled).joined(separator: ", "))"))
            return nil
        }
        for (i, h) in header.enumerated() where !known.contains(h) && !h.hasPrefix("names.") && !h.hasPrefix("attributes.") {
            let absent = known.filter { column[$0] == nil }.sorted() + Vocabulary.columnAliases.filter { known.contains($0.value) && column[$0.value] == nil }.map(\.key).sorted()
            if let near = Vocabulary.suggestion(for: h, among: absent, maxDistance: 1) {
                let meant = Vocabulary.column(near)
                diagnostics.append(Diagnostic(.error, file: path, line: headerRecord.line, column: i + 1, field: written[i],
                                              message: "unknown column '\(written[i])' (did you mean '\(meant)'?); rename it, or write 'attributes.\(written[i])' to keep it as an attribute"))
            }
        }
        var ok = true
        for r in required {
            let options = r.split(separator: "|").map(String.init)
            if !options.contains(where: { column[$0] != nil }) {
                diagnostics.append(Diagnostic(.error, file: path, line: headerRecord.line, field: options[0],
                                              message: "missing required column '\(options.joined(separator: "' or '"))'\(Vocabulary.aliases(of: options[0]).isEmpty ? "" : " (also written \(Vocabulary.aliases(of: options[0]).joined(separator: ", ")))"); the header has: \(written.joined(separator: ", "))"))
                ok = false
            }
        }
        guard ok else { return nil }
        for r in records where r.fields.count > header.count && !r.fields[header.count...].allSatisfy(\.isEmpty) {
            diagnostics.append(Diagnostic(.warning, file: path, line: r.line, message: "row has \(r.fields.count) fields but the header has \(header.count); extra fields ignored"))
        }
        return Table(file: path, header: header, rows: records, column: column)
    }

    /// Trimmed cell of a named column; nil when the column is absent or the cell empty.
    func cell(_ row: CSVReader.Record, _ name: String) -> String? {
        guard let c = column[name] else { return nil }
        return cell(row, c)
    }

    func cell(_ row: CSVReader.Record, _ c: Int) -> String? {
        guard c < row.fields.count else { return nil }
        let v = FormulaGuard.unguarded(row.fields[c].trimmingCharacters(in: .whitespaces))
        return v.isEmpty ? nil : v
    }

    func missing(_ row: CSVReader.Record, _ name: String, _ diagnostics: inout [Diagnostic]) {
        diagnostics.append(Diagnostic(.error, file: file, line: row.line, field: name, message: "'\(name)' is empty"))
    }

    /// One of an enumeration's spellings; an error naming them otherwise.
    func choice<T: RawRepresentable & CaseIterable>(_ row: CSVReader.Record, _ name: String, _ value: String, _ diagnostics: inout [Diagnostic]) -> T? where T.RawValue == String {
        if let v = T(rawValue: value) { return v }
        let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
        let near = Vocabulary.suggestion(for: value, among: T.allCases.map(\.rawValue)).map { " (did you mean '\($0)'?)" } ?? ""
        bad(row, name, "unknown \(name) '\(shown)'\(near); expected one of \(T.allCases.map(\.rawValue).joined(separator: ", "))", &diagnostics)
        return nil
    }

    func bad(_ row: CSVReader.Record, _ name: String, _ message: String, _ diagnostics: inout [Diagnostic]) {
        diagnostics.append(Diagnostic(.error, file: file, line: row.line, field: name, message: message))
    }
}
