import Foundation

/// Reads UCINET DL files: `fullmatrix`, `edgelist1` and `nodelist1` data, labels embedded in the data
/// (`labels embedded`, `row labels embedded`, `column labels embedded`) or listed (`labels:`,
/// `row labels:`, `column labels:`), and several matrices (`nm=k`, named by `matrix labels:`) read as
/// mechanisms. A single unnamed matrix is the mechanism `link`. DL ties are directed.
///
/// Limits (checked before allocating): `n` at most ``InterchangeLimits/maxNodes`` and the file-size
/// allowance of ``InterchangeLimits``; a full matrix may not declare more cells than half the file's
/// bytes (every cell needs a digit and a separator).
///
/// References: S.P. Borgatti, M.G. Everett, L.C. Freeman, *UCINET for Windows: Software for Social
/// Network Analysis*, Analytic Technologies, 2002 — "DL files" in the UCINET help. Matches igraph
/// `read_graph(format="dl")` (`igraph_read_graph_dl`).
public enum UCINETDLReader {
    struct Token { var text: String; var quoted: Bool; var line: Int }

    private enum DataFormat: String { case fullmatrix, edgelist1, nodelist1 }

    /// Reads a DL file.
    /// - Throws: ``FormatError`` for a header that is not DL, an unsupported format, declared sizes over
    ///   the limits, or text that is not UTF-8; other problems are returned as diagnostics.
    /// - Complexity: O(file size + n·nm).
    public static func read(bytes: [UInt8], file: String) throws -> (Network, SourceMap, [Diagnostic]) {
        var b = InterchangeBuilder(file: file, defaultDirected: true)
        let lines = try TextLines.split(bytes, file: file)
        var n = -1, nr = -1, nc = -1, nm = 1
        var format = DataFormat.fullmatrix
        var rowEmbedded = false, colEmbedded = false
        var rowLabels: [String] = [], colLabels: [String] = [], matrixLabels: [String] = []
        var collecting: WritableKeyPath<LabelLists, [String]>? = nil
        var lists = LabelLists()
        var dataTokens: [Token] = []
        var inData = false
        var sawDL = false
        var firstLine = 1

        for (line, raw) in lines {
            if inData {
                guard let words = Words.split(raw, commas: true) else { throw FormatError(file: file, line: line, Message("reader.text.unclosed-quote")) }
                if words.isEmpty { continue }
                dataTokens.append(contentsOf: words.map { Token(text: $0.text, quoted: $0.quoted, line: line) })
                dataTokens.append(Token(text: "\n", quoted: false, line: line))
                continue
            }
            guard var words = Words.split(raw, commas: true) else { throw FormatError(file: file, line: line, Message("reader.text.unclosed-quote")) }
            if words.isEmpty { continue }
            if !sawDL {
                guard !words[0].quoted, words[0].text.lowercased() == "dl" else {
                    throw FormatError(file: file, line: line, Message("reader.dl.start", [("found", .text(words[0].text))]))
                }
                sawDL = true
                firstLine = line
                words.removeFirst()
            }
            var i = 0
            let lower = words.map { $0.quoted ? "" : $0.text.lowercased() }
            func isSectionStart(_ k: Int) -> Bool {
                let w = lower[k], next = k + 1 < lower.count ? lower[k + 1] : ""
                return ["data:", "labels:", "labels", "row", "col", "column", "matrix", "format", "diagonal"].contains(w)
                    || w.hasPrefix("data:") || (w.contains("=") && !words[k].quoted) || next.hasPrefix("=")
            }
            while i < words.count {
                if let path = collecting {
                    if words[i].quoted || !isSectionStart(i) { lists[keyPath: path].append(words[i].text); i += 1; continue }
                }
                collecting = nil
                let w = lower[i]
                // key=value, key= value, key = value
                var key = w, value: String? = nil, used = 1
                if let eq = w.firstIndex(of: "=") {
                    key = String(w[..<eq])
                    let rest = String(w[w.index(after: eq)...])
                    if rest.isEmpty, i + 1 < words.count { value = lower[i + 1]; used = 2 } else { value = rest }
                } else if i + 1 < words.count, lower[i + 1] == "=" || lower[i + 1].hasPrefix("=") {
                    if lower[i + 1] == "=" { value = i + 2 < words.count ? lower[i + 2] : nil; used = 3 } else { value = String(lower[i + 1].dropFirst()); used = 2 }
                }
                if let value {
                    i += used
                    switch key {
                    case "n", "nr", "nc", "nm":
                        guard let k = Int(value) else { throw FormatError(file: file, line: line, Message("reader.dl.whole-number", [("key", .text(key)), ("value", .text(value))])) }
                        if let message = InterchangeLimits.checkDeclaredNodes(k, fileSize: bytes.count, what: "\(key)=") {
                            throw FormatError(file: file, line: line, message)
                        }
                        switch key { case "n": n = k; case "nr": nr = k; case "nc": nc = k; default: nm = max(k, 1) }
                    case "format":
                        guard let f = DataFormat(rawValue: value) else {
                            throw FormatError(file: file, line: line, Message("reader.dl.format", [("value", .text(value))]))
                        }
                        format = f
                    case "diagonal":
                        if value != "present" { throw FormatError(file: file, line: line, Message("reader.dl.diagonal", [("value", .text(value))])) }
                    default: b.warning(line: line, Message("reader.dl.option-ignored", [("key", .text(key))]))
                    }
                    continue
                }
                let next = i + 1 < words.count ? lower[i + 1] : ""
                switch w {
                case _ where w.hasPrefix("data:"):
                    inData = true
                    var rest = Array(words[(i + 1)...])
                    if w.count > 5 { rest.insert(Words.Word(text: String(words[i].text.dropFirst(5)), quoted: false), at: 0) }
                    if !rest.isEmpty { dataTokens.append(contentsOf: rest.map { Token(text: $0.text, quoted: $0.quoted, line: line) }); dataTokens.append(Token(text: "\n", quoted: false, line: line)) }
                    i = words.count
                case "labels:", "labels":
                    if next.hasPrefix("embedded") { rowEmbedded = true; colEmbedded = true; i += 2 } else { collecting = \.both; i += 1 }
                case "row", "col", "column", "matrix":
                    let third = i + 2 < words.count ? lower[i + 2] : ""
                    guard next.hasPrefix("labels") else { throw FormatError(file: file, line: line, Message("reader.dl.labels", [("word", .text(w)), ("found", .text("\(words[i].text) \(next)"))])) }
                    if third.hasPrefix("embedded") {
                        if w == "row" { rowEmbedded = true } else if w != "matrix" { colEmbedded = true }
                        i += 3
                    } else {
                        collecting = w == "row" ? \.rows : w == "matrix" ? \.matrices : \.columns
                        i += 2
                    }
                default:
                    throw FormatError(file: file, line: line, Message("reader.dl.unexpected", [("word", .text(words[i].text))]))
                }
            }
        }
        guard sawDL else { throw FormatError(file: file, line: 1, Message("reader.dl.empty")) }
        guard inData else { throw FormatError(file: file, line: lines.last?.line ?? firstLine, Message("reader.dl.no-data")) }
        rowLabels = lists.both.isEmpty ? lists.rows : lists.both
        colLabels = lists.both.isEmpty ? lists.columns : lists.both
        matrixLabels = lists.matrices
        if n >= 0 { if nr < 0 { nr = n }; if nc < 0 { nc = n } }
        guard nr >= 0, nc >= 0 else { throw FormatError(file: file, line: firstLine, Message("reader.dl.no-size")) }
        let mechanisms = (0..<nm).map { k in k < matrixLabels.count ? matrixLabels[k] : (nm == 1 ? EdgeListCSV.defaultMechanism : "relation-\(k + 1)") }

        var reader = UCINETDLDataReader(tokens: dataTokens, builder: b, nr: nr, nc: nc, rowLabels: rowLabels, colLabels: colLabels,
                                rowEmbedded: rowEmbedded, colEmbedded: colEmbedded, mechanisms: mechanisms, lastLine: lines.last?.line ?? 1)
        switch format {
        case .fullmatrix:
            let (cells, overflow) = nr.multipliedReportingOverflow(by: nc)
            let (all, overflow2) = cells.multipliedReportingOverflow(by: nm)
            if overflow || overflow2 || all > bytes.count / 2 + 1 {
                throw FormatError(file: file, line: firstLine, Message("reader.dl.too-large", [("nm", .count(nm)), ("nr", .count(nr)), ("nc", .count(nc)), ("size", .count(bytes.count))]))
            }
            reader.fullMatrix()
        case .edgelist1, .nodelist1:
            reader.lists(nodelist: format == .nodelist1)
        }
        b = reader.builder
        return b.finish()
    }

    private struct LabelLists {
        var both: [String] = [], rows: [String] = [], columns: [String] = [], matrices: [String] = []
    }
}
