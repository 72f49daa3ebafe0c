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
    private struct Token { var text: String; var quoted: Bool; var line: Int }

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
                guard let words = Words.split(raw, commas: true) else { throw FormatError(file: file, line: line, "unclosed quote") }
                if words.isEmpty { continue }
                dataTokens.append(contentsOf: words.map { Token(text: $0.text, quoted: $0.quoted, line: line) })
                dataTokens.append(Token(text: "\n", quoted: false, line: line))
                continue
            }
            guard var words = Words.split(raw, commas: true) else { throw FormatError(file: file, line: line, "unclosed quote") }
            if words.isEmpty { continue }
            if !sawDL {
                guard !words[0].quoted, words[0].text.lowercased() == "dl" else {
                    throw FormatError(file: file, line: line, "a DL file starts with 'dl', found '\(words[0].text)'")
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
                        guard let k = Int(value) else { throw FormatError(file: file, line: line, "'\(key)' must be a whole number, found '\(value)'") }
                        if let message = InterchangeLimits.checkDeclaredNodes(k, fileSize: bytes.count, what: "\(key)=") {
                            throw FormatError(file: file, line: line, message)
                        }
                        switch key { case "n": n = k; case "nr": nr = k; case "nc": nc = k; default: nm = max(k, 1) }
                    case "format":
                        guard let f = DataFormat(rawValue: value) else {
                            throw FormatError(file: file, line: line, "DL format '\(value)' is not supported; expected fullmatrix, edgelist1 or nodelist1")
                        }
                        format = f
                    case "diagonal":
                        if value != "present" { throw FormatError(file: file, line: line, "diagonal=\(value) is not supported; expected diagonal=present") }
                    default: b.warning(line: line, "DL option '\(key)' is ignored")
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
                    guard next.hasPrefix("labels") else { throw FormatError(file: file, line: line, "expected '\(w) labels', found '\(words[i].text) \(next)'") }
                    if third.hasPrefix("embedded") {
                        if w == "row" { rowEmbedded = true } else if w != "matrix" { colEmbedded = true }
                        i += 3
                    } else {
                        collecting = w == "row" ? \.rows : w == "matrix" ? \.matrices : \.columns
                        i += 2
                    }
                default:
                    throw FormatError(file: file, line: line, "unexpected '\(words[i].text)' in the DL header; expected n=, format=, labels or data:")
                }
            }
        }
        guard sawDL else { throw FormatError(file: file, line: 1, "the file is empty; a DL file starts with 'dl n=…'") }
        guard inData else { throw FormatError(file: file, line: lines.last?.line ?? firstLine, "the file ends before 'data:'") }
        rowLabels = lists.both.isEmpty ? lists.rows : lists.both
        colLabels = lists.both.isEmpty ? lists.columns : lists.both
        matrixLabels = lists.matrices
        if n >= 0 { if nr < 0 { nr = n }; if nc < 0 { nc = n } }
        guard nr >= 0, nc >= 0 else { throw FormatError(file: file, line: firstLine, "the header declares no size; expected n= (or nr= and nc=)") }
        let mechanisms = (0..<nm).map { k in k < matrixLabels.count ? matrixLabels[k] : (nm == 1 ? EdgeListCSV.defaultMechanism : "relation-\(k + 1)") }

        var reader = DataReader(tokens: dataTokens, builder: b, nr: nr, nc: nc, rowLabels: rowLabels, colLabels: colLabels,
                                rowEmbedded: rowEmbedded, colEmbedded: colEmbedded, mechanisms: mechanisms, lastLine: lines.last?.line ?? 1)
        switch format {
        case .fullmatrix:
            let (cells, overflow) = nr.multipliedReportingOverflow(by: nc)
            let (all, overflow2) = cells.multipliedReportingOverflow(by: nm)
            if overflow || overflow2 || all > bytes.count / 2 + 1 {
                throw FormatError(file: file, line: firstLine, "the header declares \(nm) matrix(es) of \(nr)×\(nc) cells, more than the \(bytes.count)-byte file holds")
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

    /// Reads the data section into ties.
    private struct DataReader {
        var tokens: [Token]
        var builder: InterchangeBuilder
        let nr: Int, nc: Int
        var rowLabels: [String], colLabels: [String]
        let rowEmbedded: Bool, colEmbedded: Bool
        let mechanisms: [String]
        let lastLine: Int
        var pos = 0

        init(tokens: [Token], builder: InterchangeBuilder, nr: Int, nc: Int, rowLabels: [String], colLabels: [String],
             rowEmbedded: Bool, colEmbedded: Bool, mechanisms: [String], lastLine: Int) {
            self.tokens = tokens; self.builder = builder; self.nr = nr; self.nc = nc
            self.rowLabels = rowLabels; self.colLabels = colLabels; self.rowEmbedded = rowEmbedded; self.colEmbedded = colEmbedded
            self.mechanisms = mechanisms; self.lastLine = lastLine
        }

        /// The next token that is not a line end or a `!` separator.
        mutating func next() -> Token? {
            while pos < tokens.count {
                let t = tokens[pos]; pos += 1
                if t.text == "\n" || (t.text == "!" && !t.quoted) { continue }
                return t
            }
            return nil
        }

        mutating func endOfFile(_ what: String) {
            builder.error(line: lastLine, "the file ends in the middle of \(what)")
        }

        /// Adds the departments of the listed or embedded labels, then isolated placeholders up to `n`.
        mutating func addDepartments(_ labels: [String], line: Int?) {
            for l in labels { builder.ensure(l, line: line) }
        }

        mutating func fullMatrix() {
            let square = nr == nc && rowLabels == colLabels
            for (k, mechanism) in mechanisms.enumerated() {
                if colEmbedded && (k == 0 || (pos < tokens.count && Double(peekText() ?? "0") == nil)) {
                    var labels: [String] = []
                    for _ in 0..<nc { guard let t = next() else { endOfFile("the column labels"); return }; labels.append(t.text) }
                    if k == 0 { colLabels = labels }
                }
                for i in 0..<nr {
                    var rowLabel = i < rowLabels.count ? rowLabels[i] : (square && i < colLabels.count ? colLabels[i] : String(i + 1))
                    if rowEmbedded {
                        guard let t = next() else { endOfFile("matrix \(k + 1), row \(i + 1)"); return }
                        rowLabel = t.text
                        if k == 0 && i >= rowLabels.count { rowLabels.append(t.text) }
                    }
                    if k == 0 { builder.ensure(rowLabel, line: pos > 0 ? tokens[pos - 1].line : nil) }
                    for j in 0..<nc {
                        guard let t = next() else { endOfFile("matrix \(k + 1), row \(i + 1)"); return }
                        guard let x = Double(t.text), x.isFinite else { builder.error(line: t.line, "'\(t.text)' in matrix \(k + 1), row \(i + 1) is not a number"); continue }
                        if x == 0 { continue }
                        guard let w = NetworkDocumentDecoder.checkWeight(t.text, report: { builder.error(line: t.line, field: "weight", $0) }) else { continue }
                        let col = j < colLabels.count ? colLabels[j] : (square && j < rowLabels.count ? rowLabels[j] : String(j + 1))
                        builder.add(Tie(from: rowLabel, to: col, mechanism: mechanism, weight: w, directed: true), line: t.line)
                    }
                }
            }
            addDepartments(Array(colLabels.prefix(nc)), line: nil)
            if let extra = next() { builder.error(line: extra.line, "more values than the \(mechanisms.count) matrix(es) of \(nr)×\(nc) declared") }
        }

        func peekText() -> String? {
            var p = pos
            while p < tokens.count { if tokens[p].text != "\n" && tokens[p].text != "!" { return tokens[p].text }; p += 1 }
            return nil
        }

        mutating func lists(nodelist: Bool) {
            let embedded = rowEmbedded || colEmbedded
            for l in rowLabels { builder.ensure(l, line: nil) }
            var matrix = 0
            var line: [Token] = []
            func node(_ t: Token) -> String? {
                if embedded { return t.text }
                if let k = Int(t.text), k >= 1, k <= max(nr, nc) { return k <= rowLabels.count ? rowLabels[k - 1] : String(k) }
                builder.error(line: t.line, "'\(t.text)' is not a node number between 1 and \(max(nr, nc))")
                return nil
            }
            func flush(_ line: [Token]) {
                guard let first = line.first else { return }
                guard matrix < mechanisms.count else { builder.error(line: first.line, "more matrices than nm=\(mechanisms.count)"); return }
                guard let u = node(first) else { return }
                builder.ensure(u, line: first.line)
                if nodelist {
                    for t in line.dropFirst() { if let v = node(t) { builder.ensure(v, line: t.line); builder.add(Tie(from: u, to: v, mechanism: mechanisms[matrix], directed: true), line: t.line) } }
                    return
                }
                guard line.count <= 3 else { builder.error(line: first.line, "expected 'from to [weight]', found \(line.count) values"); return }
                guard line.count >= 2, let v = node(line[1]) else { return }
                builder.ensure(v, line: first.line)
                var tie = Tie(from: u, to: v, mechanism: mechanisms[matrix], directed: true)
                if line.count == 3 {
                    guard let w = NetworkDocumentDecoder.checkWeight(line[2].text, report: { builder.error(line: first.line, field: "weight", $0) }) else { return }
                    tie.weight = w
                }
                builder.add(tie, line: first.line)
            }
            for t in tokens {
                if t.text == "\n" { flush(line); line = []; continue }
                if t.text == "!" && !t.quoted { flush(line); line = []; matrix += 1; continue }
                line.append(t)
            }
            flush(line)
            // Declared nodes no line names: isolated departments numbered after the known ones.
            let declared = max(nr, nc)
            let known = builder.network.departments.count
            if known > declared {
                builder.error(line: tokens.last?.line ?? lastLine, "\(known) different nodes, more than the n=\(declared) declared")
            } else if known < declared {
                var added: [String] = []
                var k = known + 1
                while builder.network.departments.count < declared {
                    let id = String(k)
                    if builder.index[id] == nil { builder.ensure(id, line: nil); added.append(id) }
                    k += 1
                }
                builder.warning(line: nil, "n=\(declared) declares \(declared - known) node(s) that no line names; added as isolated departments \(added.first!)…\(added.last!)")
            }
        }
    }
}
