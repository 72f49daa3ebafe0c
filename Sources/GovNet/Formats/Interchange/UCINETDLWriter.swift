/// Writes UCINET DL files as `format=edgelist1`, one line `from to weight` per tie, labels the
/// department ids listed under `labels:`.
///
/// By default every tie goes into **one** matrix, which python-igraph's `Read_DL` reads (it rejects
/// `nm=` and reads full matrices of 0/1 only), named under `matrix labels:` when the network uses one
/// mechanism; with several mechanisms the matrix cannot say each tie's mechanism, and a warning says so.
/// `relations: true` writes one matrix per mechanism instead (`nm=k`, named under `matrix labels:`,
/// separated by `!`), which UCINET and GovNet read and igraph does not.
///
/// DL has no undirected ties (each is written in both directions), no names, kinds, attributes or
/// functions: the writer returns a warning for each kind of field it cannot hold. The header puts
/// `format=` on its own line and labels are bare where possible, as igraph's DL reader needs (it keeps
/// quotes as part of a label and splits quoted labels at blanks).
///
/// References: S.P. Borgatti, M.G. Everett, L.C. Freeman, *UCINET for Windows*, 2002 ("DL files").
/// Read back by UCINET, ``UCINETDLReader`` and igraph `Graph.Read_DL`.
public enum UCINETDLWriter {
    /// The DL text of `net` and the warnings for what DL cannot hold.
    /// - Parameter relations: one matrix per mechanism (`nm=k`) instead of one matrix.
    /// - Complexity: O(n + m).
    public static func write(_ net: Network, file: String, relations: Bool = false) -> (text: String, warnings: [Diagnostic]) {
        var loss = LossReport(file: file, format: "UCINET DL")
        loss.networkLevel(net, keepsMetadata: false, keepsMechanisms: false, keepsFunctions: false)
        loss.departmentFields(net, keepsName: false)
        loss.tieFields(net)
        let undirected = net.ties.filter { !net.isDirected($0) }.count
        if undirected > 0 { loss.note(Message("writer.dl.undirected", [("n", .count(undirected))])) }
        for d in net.departments where d.id.contains("\"") || d.id.contains("\n") {
            loss.note(Message("writer.dl.label", [("id", .text(d.id))]))
        }

        let mechanisms = net.usedMechanismIDs
        var number: [String: Int] = [:]
        for (i, d) in net.departments.enumerated() where number[d.id] == nil { number[d.id] = i }
        let n = net.departments.count
        let matrices: [[String]] = relations || mechanisms.count <= 1 ? mechanisms.map { [$0] } : [mechanisms]
        if matrices.count == 1 && mechanisms.count > 1 {
            loss.note(Message("writer.dl.mechanisms", [("n", .count(mechanisms.count)), ("mechanisms", .text(mechanisms.joined(separator: ", ")))]))
        }
        let named = matrices.allSatisfy { $0.count == 1 } && !(mechanisms.count == 1 && mechanisms[0] == EdgeListCSV.defaultMechanism) && !mechanisms.isEmpty

        // `format=` on its own line and bare labels: igraph's DL reader needs both.
        var out = "dl n=\(n)"
        if matrices.count > 1 { out += " nm=\(matrices.count)" }
        out += "\nformat=edgelist1\nlabels:\n"
        for d in net.departments { out += label(d.id) + "\n" }
        if named {
            out += "matrix labels:\n"
            for m in matrices { out += label(m[0]) + "\n" }
        }
        out += "data:\n"
        var matrixOf: [String: Int] = [:]
        for (k, ms) in matrices.enumerated() { for m in ms { matrixOf[m] = k } }
        var lines = [String](repeating: "", count: matrices.count)
        for t in net.ties {
            guard let u = number[t.from], let v = number[t.to], let k = matrixOf[t.mechanism] else { continue }
            let w = NumberFormat.canonical(t.weight)
            lines[k] += "\(u + 1) \(v + 1) \(w)\n"
            if !net.isDirected(t) && u != v { lines[k] += "\(v + 1) \(u + 1) \(w)\n" }
        }
        out += lines.joined(separator: "!\n")
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
