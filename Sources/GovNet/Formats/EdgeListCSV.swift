import Foundation

/// A bare edge list: `source,target[,weight][,mechanism][,directed]` with departments implied by the ids.
///
/// A header row is recognised when its first two fields are `source,target` or `from,to`
/// (case-insensitive); then `weight`, `mechanism` and `directed` columns are found by name. Without a
/// header, columns are positional (`source,target,weight,mechanism`). Ties without a mechanism get `link`.
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
        var loss = LossReport(file: file, format: "An edge list")
        loss.networkLevel(net, keepsMetadata: false, keepsMechanisms: false, keepsFunctions: false)
        loss.departmentFields(net, keepsName: false)
        loss.tieFields(net)
        var tied = Set<String>()
        for t in net.ties { tied.insert(t.from); tied.insert(t.to) }
        loss.lost("departments without ties", count: net.departments.filter { !tied.contains($0.id) }.count, unit: "department")
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
        var sourceCol = 0, targetCol = 1, weightCol: Int? = 2, mechanismCol: Int? = 3, directedCol: Int?
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
                if lower.count >= 2, ["source", "from"].contains(lower[0]), ["target", "to"].contains(lower[1]) {
                    sourceCol = 0; targetCol = 1
                    weightCol = lower.firstIndex(of: "weight"); mechanismCol = lower.firstIndex(of: "mechanism")
                    directedCol = lower.firstIndex(of: "directed")
                    return
                }
            }
            guard f.count >= 2, !f[sourceCol].isEmpty, !f[targetCol].isEmpty else {
                diagnostics.append(Diagnostic(.error, file: file, line: record.line, message: "expected 'source,target[,weight][,mechanism]', found \(f.count) field(s)"))
                return
            }
            var tie = Tie(from: f[sourceCol], to: f[targetCol], mechanism: defaultMechanism)
            if let c = weightCol, c < f.count, !f[c].isEmpty {
                guard let w = NetworkDocumentDecoder.checkWeight(f[c], report: {
                    diagnostics.append(Diagnostic(.error, file: file, line: record.line, field: "weight", message: $0))
                }) else { return }
                tie.weight = w
            }
            if let c = mechanismCol, c < f.count, !f[c].isEmpty { tie.mechanism = f[c] }
            if let c = directedCol, c < f.count, !f[c].isEmpty {
                switch f[c].lowercased() {
                case "true", "1": tie.directed = true
                case "false", "0": tie.directed = false
                default:
                    diagnostics.append(Diagnostic(.error, file: file, line: record.line, field: "directed",
                                                  message: "'directed' must be true or false (or 1 or 0), found '\(String(f[c].prefix(40)))'"))
                    return
                }
                var v = votes[tie.mechanism] ?? (0, 0)
                if tie.directed == true { v.directed += 1 } else { v.undirected += 1 }
                votes[tie.mechanism] = v
            }
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
            diagnostics.append(Diagnostic(.error, file: file, line: 1, message: "the file is empty; expected rows 'source,target[,weight][,mechanism]'"))
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
