/// Writes UCINET DL files: one mechanism as a `fullmatrix` (up to ``maxFullMatrixNodes`` departments),
/// several mechanisms (or a larger network) as `edgelist1` with `nm=k` matrices named by
/// `matrix labels:` and separated by `!`. Labels are the department ids, listed under `labels:`.
///
/// DL has no undirected ties (each is written in both directions), no names, kinds, attributes or
/// functions: the writer returns a warning for each kind of field it cannot hold, and for parallel
/// ties a full matrix sums.
///
/// The header puts `format=` on its own line and labels are bare where possible, as igraph's DL reader
/// needs; igraph reads full matrices of 0/1 only (weighted single-mechanism output is for UCINET and
/// GovNet; edge lists it reads with weights) and splits quoted labels at blanks.
///
/// References: S.P. Borgatti, M.G. Everett, L.C. Freeman, *UCINET for Windows*, 2002 ("DL files").
/// Read back by UCINET, ``UCINETDLReader`` and igraph `read_graph(format="dl")`.
public enum UCINETDLWriter {
    /// Largest network written as a full matrix; larger ones are written as edge lists.
    public static let maxFullMatrixNodes = 2_000

    /// The DL text of `net` and the warnings for what DL cannot hold.
    /// - Complexity: O(n² + m) for a full matrix, O(n + m) for an edge list.
    public static func write(_ net: Network, file: String) -> (text: String, warnings: [Diagnostic]) {
        var loss = LossReport(file: file, format: "UCINET DL")
        loss.networkLevel(net, keepsMetadata: false, keepsMechanisms: false, keepsFunctions: false)
        loss.departmentFields(net, keepsName: false)
        loss.tieFields(net)
        let undirected = net.ties.filter { !net.isDirected($0) }.count
        if undirected > 0 { loss.note("UCINET DL has no undirected ties; \(undirected) undirected tie(s) written in both directions") }
        for d in net.departments where d.id.contains("\"") || d.id.contains("\n") {
            loss.note("department id '\(d.id)' has a quote or line break, which DL labels cannot hold; written with them replaced")
        }

        let mechanisms = net.usedMechanismIDs
        var number: [String: Int] = [:]
        for (i, d) in net.departments.enumerated() where number[d.id] == nil { number[d.id] = i }
        let n = net.departments.count
        let full = mechanisms.count <= 1 && n <= maxFullMatrixNodes
        let named = !(mechanisms.count == 1 && mechanisms[0] == EdgeListCSV.defaultMechanism) && !mechanisms.isEmpty

        // `format=` on its own line and bare labels: igraph's DL reader needs both.
        var out = "dl n=\(n)"
        if !full && mechanisms.count > 1 { out += " nm=\(mechanisms.count)" }
        out += "\nformat=\(full ? "fullmatrix" : "edgelist1")\nlabels:\n"
        for d in net.departments { out += label(d.id) + "\n" }
        if named {
            out += "matrix labels:\n"
            for m in mechanisms { out += label(m) + "\n" }
        }
        out += "data:\n"
        if full {
            var cells = [Double](repeating: 0, count: n * n)
            var parallel = 0
            for t in net.ties {
                guard let u = number[t.from], let v = number[t.to] else { continue }
                let ends = net.isDirected(t) || u == v ? [(u, v)] : [(u, v), (v, u)]
                for (a, b) in ends {
                    if cells[a * n + b] != 0 { parallel += 1 }
                    cells[a * n + b] += t.weight
                }
            }
            if parallel > 0 { loss.note("\(parallel) parallel tie(s) share a matrix cell; their weights are summed") }
            for i in 0..<n {
                var row: [String] = []
                row.reserveCapacity(n)
                for j in 0..<n { row.append(NumberFormat.canonical(cells[i * n + j])) }
                out += row.joined(separator: " ") + "\n"
            }
        } else {
            for (k, m) in mechanisms.enumerated() {
                if k > 0 { out += "!\n" }
                for t in net.ties where t.mechanism == m {
                    guard let u = number[t.from], let v = number[t.to] else { continue }
                    let w = NumberFormat.canonical(t.weight)
                    out += "\(u + 1) \(v + 1) \(w)\n"
                    if !net.isDirected(t) && u != v { out += "\(v + 1) \(u + 1) \(w)\n" }
                }
            }
        }
        return (out, loss.diagnostics)
    }

    static let keywords: Set<String> = ["dl", "data", "labels", "row", "col", "column", "matrix", "format", "diagonal", "embedded", "n", "nm", "nr", "nc"]

    /// A label, bare when it can be (igraph keeps quotes as part of the name), double-quoted when it has a
    /// blank, comma or other separator or reads as a DL keyword.
    static func label(_ s: String) -> String {
        let clean = String(s.map { $0 == "\"" ? "'" : ($0.isNewline ? " " : $0) })
        return Words.quoted(clean, always: keywords.contains(clean.lowercased()) || clean.hasPrefix("!"))
    }
}
