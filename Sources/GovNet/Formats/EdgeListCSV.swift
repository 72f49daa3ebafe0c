import Foundation

/// A bare edge list: `source,target[,weight][,mechanism][,directed]` with departments implied by the ids.
///
/// A header row is recognised when one of its fields names a tie column (case-insensitive, through
/// ``Vocabulary/columnAliases``: `起点`, `终点`, `机制`, `权重`, …); then `from`/`source` and `to`/`target`
/// are required and `weight`, `mechanism`, `directed` and `basis` are found by name in any order, and
/// any other column is kept as a tie attribute. Without a header, columns are positional. Ties without a mechanism get `link`.
/// A field guarded against spreadsheet formulas (``FormulaGuard``: `'=x`) reads as `=x`.
///
/// Direction of each tie, as in the YAML document: the tie's `directed` cell (`true`/`false`, `1`/`0`)
/// when it has one; else the reader's override (`--directed` / `--undirected`); else its mechanism's
/// direction — the standard mechanisms' own (command, information, material and supervision directed,
/// operation undirected), undirected for any other mechanism (a bare edge list is undirected). Each row
/// is one tie: two opposite rows of a directed mechanism stay two ties.
///
/// The writer writes one row per tie, `source,target,weight,mechanism`, and a `directed` column
/// (true/false on every row) whenever a tie's direction differs from the one its mechanism gives a
/// reader without override.
public enum EdgeListCSV {
    /// Whether a first row is a header: it names both ends (`from`/`source`/`起点`/…, `to`/`target`/`终点`/…),
    /// or two other tie columns (a header with a misspelt end, which then gets an error rather than
    /// being read as a tie). One recognised word alone is read as data.
    static func isHeader(_ lowercased: [String]) -> Bool {
        let names = lowercased.map(Vocabulary.column)
        if names.contains(where: { $0 == "from" || $0 == "source" }) && names.contains(where: { $0 == "to" || $0 == "target" }) { return true }
        return names.filter { CSVTables.tieColumns.contains($0) }.count >= 2
    }

    /// The mechanism of ties that name none.
    public static let defaultMechanism = "link"

    /// The direction a reader gives a tie of `mechanism` that has no `directed` cell, without override:
    /// the standard mechanism's, else undirected.
    public static func impliedDirection(_ mechanism: String) -> Bool {
        Mechanism.standard.first { $0.id == mechanism }?.directed ?? false
    }

    /// Writes `net` as an edge list (header `source,target,weight,mechanism[,directed]`, one row per tie).
    /// - Returns: the text and warnings for what an edge list cannot hold (metadata, department fields,
    ///   tie bases and attributes, departments without ties).
    /// - Complexity: O(m).
    public static func write(_ net: Network, file: String, cells: CSVCells) -> (text: String, warnings: [Diagnostic]) {
        let withDirection = net.ties.contains { net.isDirected($0) != impliedDirection($0.mechanism) }
        var out = CSVReader.line(["source", "target", "weight", "mechanism"] + (withDirection ? ["directed"] : []), cells: cells)
        for t in net.ties {
            var row = [t.from, t.to, NumberFormat.canonical(t.weight), t.mechanism]
            if withDirection { row.append(net.isDirected(t) ? "true" : "false") }
            out += CSVReader.line(row, cells: cells)
        }
        var loss = LossReport(edgeListFile: file)
        loss.networkLevel(net, keepsMetadata: false, keepsMechanisms: false, keepsFunctions: false)
        loss.departmentFields(net, keepsName: false)
        loss.tieFields(net)
        var tied = Set<String>()
        for t in net.ties { tied.insert(t.from); tied.insert(t.to) }
        loss.lost("untied", count: net.departments.filter { !tied.contains($0.id) }.count, unit: "department")
        return (out, loss.diagnostics)
    }

    /// Reads an edge list.
    /// - Parameter directed: the direction of ties without a `directed` cell (`--directed` true,
    ///   `--undirected` false); nil gives each its mechanism's (``impliedDirection(_:)``).
    public static func read(bytes: [UInt8], file: String, directed: Bool?) throws -> (Network, SourceMap, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var net = Network()
        var map = SourceMap(file: file)
        var index: [String: Int] = [:]
        var spellings = CanonicalSpellings()
        var mechanisms: [String] = []
        var sourceCol = 0, targetCol = 1, weightCol: Int? = 2, mechanismCol: Int? = 3
        var directedCol: Int?, basisCol: Int?
        var attributeCols: [(Int, String)] = []
        var first = true
        var votes: [String: (directed: Int, undirected: Int)] = [:]
        func department(_ id: String, line: Int) {
            if let i = index[id] {
                // Swift compares strings by canonical equivalence: keep a differently normalised
                // spelling as another department so the validator reports the collision.
                if spellings.isNewSpelling(id, of: net.departments[i].id) {
                    net.departments.append(Department(id: id))
                    map.departmentLines.append(line)
                }
            } else {
                index[id] = net.departments.count
                net.departments.append(Department(id: id))
                map.departmentLines.append(line)
            }
        }
        try CSVReader.forEachRecord(bytes, file: file, delimiter: file.lowercased().hasSuffix(".tsv") ? 0x09 : UInt8(ascii: ",")) { record in
            let f = record.fields.map { FormulaGuard.unguarded($0.trimmingCharacters(in: .whitespaces)) }
            if first {
                first = false
                let lower = f.map { $0.lowercased() }
                if isHeader(lower) {
                    let names = lower.map(Vocabulary.column)
                    guard let s = names.firstIndex(of: "from") ?? names.firstIndex(of: "source"),
                          let t = names.firstIndex(of: "to") ?? names.firstIndex(of: "target") else {
                        let missing = names.contains("from") || names.contains("source") ? ["to", "target"] : ["from", "source"]
                        let near: MessageArgument = lower.first { Vocabulary.suggestion(for: $0, among: missing, maxDistance: 1) != nil }
                            .map { w in .message(Message("reader.edgelist.near", [("written", .text(w)), ("meant", .text(Vocabulary.suggestion(for: w, among: missing, maxDistance: 1)!))])) } ?? .empty
                        let column = missing[0] == "to" ? LocalizedName("'to' (终点, 目标部门) or 'target'", chinese: "“to”（终点、目标部门）或“target”")
                            : LocalizedName("'from' (起点, 来源部门) or 'source'", chinese: "“from”（起点、来源部门）或“source”")
                        throw FormatError(file: file, line: record.line, Message("reader.edgelist.header-no-end", [("column", .name(column)), ("near", near),
                                                                                                              ("found", .text(f.prefix(8).joined(separator: ", ")))]))
                    }
                    sourceCol = s; targetCol = t
                    weightCol = names.firstIndex(of: "weight"); mechanismCol = names.firstIndex(of: "mechanism")
                    directedCol = names.firstIndex(of: "directed"); basisCol = names.firstIndex(of: "basis")
                    let used = Set([s, t, weightCol, mechanismCol, directedCol, basisCol].compactMap { $0 })
                    attributeCols = names.indices.filter { !used.contains($0) && !names[$0].isEmpty }.map { ($0, CSVTables.attributeName(names[$0])) }
                    // A header cell misspelling a column the header lacks (wieght) would silently become
                    // an attribute and every weight 1: an error naming the column meant.
                    let absent = ["weight", "mechanism", "directed", "basis"].filter { !names.contains($0) }
                    let candidates = absent + Vocabulary.columnAliases.filter { absent.contains($0.value) }.map(\.key).sorted()
                    for (i, name) in attributeCols where !names[i].hasPrefix("attributes.") {
                        if let near = Vocabulary.suggestion(for: name, among: candidates, maxDistance: 1) {
                            diagnostics.append(Diagnostic(.error, file: file, line: record.line, column: i + 1, field: f[i],
                                                          Message("reader.table.unknown-column", [("column", .text(f[i])), ("meant", .text(Vocabulary.column(near)))])))
                        }
                    }
                    return
                }
                // A first row of words only, with a word where the weight goes, is a header GovNet does
                // not know, not a tie: one error listing the headers, instead of one per row.
                if f.count >= 3, f.allSatisfy({ !$0.isEmpty && Double($0) == nil }) {
                    throw FormatError(file: file, line: record.line, Message("reader.edgelist.no-header", [("found", Table.foundHeaders(f))]))
                }
            }
            guard f.count > max(sourceCol, targetCol), !f[sourceCol].isEmpty, !f[targetCol].isEmpty else {
                diagnostics.append(Diagnostic(.error, file: file, line: record.line, Message("reader.edgelist.fields", [("n", .count(f.count))])))
                return
            }
            var tie = Tie(from: f[sourceCol], to: f[targetCol], mechanism: defaultMechanism)
            if let c = weightCol, c < f.count, !f[c].isEmpty {
                guard let w = NetworkDocumentDecoder.checkWeight(f[c], reportMessage: {
                    diagnostics.append(Diagnostic(.error, file: file, line: record.line, field: "weight", $0))
                }) else { return }
                tie.weight = w
            }
            if let c = mechanismCol, c < f.count, !f[c].isEmpty { tie.mechanism = Vocabulary.normalised(f[c], .mechanism) }
            var rowOK = true
            if let c = directedCol, c < f.count, !f[c].isEmpty {
                if let d = Vocabulary.bool(f[c]) {
                    tie.directed = d
                    var v = votes[tie.mechanism] ?? (0, 0)
                    if d { v.directed += 1 } else { v.undirected += 1 }
                    votes[tie.mechanism] = v
                } else {
                    diagnostics.append(Diagnostic(.error, file: file, line: record.line, field: "directed",
                                                  Message("reader.edgelist.directed", [("value", .text(String(f[c].prefix(40))))])))
                    rowOK = false
                }
            }
            if let c = basisCol, c < f.count, !f[c].isEmpty {
                if let b: Basis = Vocabulary.parse(f[c], .basis) { tie.basis = b } else {
                    diagnostics.append(Diagnostic(.error, file: file, line: record.line, field: "basis", Vocabulary.unknownMessage(f[c], .basis))); rowOK = false
                }
            }
            for (c, name) in attributeCols where c < f.count && !f[c].isEmpty { tie.attributes[name] = .inferred(from: f[c]) }
            guard rowOK else { return }
            if !mechanisms.contains(tie.mechanism) && Mechanism.standard.first(where: { $0.id == tie.mechanism }) == nil {
                if mechanisms.count >= NetworkLimits.maxMechanisms {
                    throw FormatError(file: file, line: record.line, field: "mechanism", NetworkLimits.tooManyMechanisms(tie.mechanism))
                }
                mechanisms.append(tie.mechanism)
            }
            department(tie.from, line: record.line)
            department(tie.to, line: record.line)
            net.ties.append(tie)
            map.tieLines.append(record.line)
        }
        if first {
            diagnostics.append(Diagnostic(.error, file: file, line: 1, Message("reader.edgelist.empty")))
        }
        // Other mechanisms: the override, else the direction most of their `directed` cells give, else undirected.
        net.mechanisms = mechanisms.map { id in
            let v = votes[id] ?? (0, 0)
            return Mechanism(id: id, directed: directed ?? (v.directed > v.undirected))
        }
        var mechanismDirection: [String: Bool] = [:]
        for m in net.allMechanisms where mechanismDirection[m.id] == nil { mechanismDirection[m.id] = m.directed }
        for i in net.ties.indices {
            let own = mechanismDirection[net.ties[i].mechanism] ?? false
            let d = net.ties[i].directed ?? directed ?? own
            net.ties[i].directed = d == own ? nil : d
        }
        return (net, map, diagnostics)
    }
}
