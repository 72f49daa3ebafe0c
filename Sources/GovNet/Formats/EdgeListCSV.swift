import Foundation

/// A bare edge list: `source,target[,weight][,mechanism]` with departments implied by the ids.
///
/// A header row is recognised when its first two fields are `source,target` or `from,to`
/// (case-insensitive); then `weight` and `mechanism` columns are found by name. Without a header,
/// columns are positional. Ties without a mechanism get `link` (declared, directed as `directed`).
/// A field guarded against spreadsheet formulas (``FormulaGuard``: `'=x`) reads as `=x`.
public enum EdgeListCSV {
    /// The mechanism of ties that name none.
    public static let defaultMechanism = "link"

    /// Reads an edge list. `directed` sets the direction of the implied mechanisms.
    public static func read(bytes: [UInt8], file: String, directed: Bool) throws -> (Network, SourceMap, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var net = Network()
        var map = SourceMap(file: file)
        var index: [String: Int] = [:]
        var spellings = CanonicalSpellings()
        var mechanisms: [String] = []
        var sourceCol = 0, targetCol = 1, weightCol: Int? = 2, mechanismCol: Int? = 3
        var first = true
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
        net.mechanisms = mechanisms.map { Mechanism(id: $0, directed: directed) }
        if !directed {
            // Standard mechanisms named in an undirected edge list are read as undirected ties.
            for i in net.ties.indices where Mechanism.standard.contains(where: { $0.id == net.ties[i].mechanism }) { net.ties[i].directed = false }
        }
        return (net, map, diagnostics)
    }
}
