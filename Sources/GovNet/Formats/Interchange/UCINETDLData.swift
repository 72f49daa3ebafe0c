/// The data section of a DL file (after `data:`): full matrices, edge lists and node lists read into
/// ties, with the declared sizes and labels of the header. Used by ``UCINETDLReader``.
/// Reads the data section into ties.
struct UCINETDLDataReader {
    var tokens: [UCINETDLReader.Token]
    var builder: InterchangeBuilder
    let nr: Int, nc: Int
    var rowLabels: [String], colLabels: [String]
    let rowEmbedded: Bool, colEmbedded: Bool
    let mechanisms: [String]
    let lastLine: Int
    var pos = 0

    init(tokens: [UCINETDLReader.Token], builder: InterchangeBuilder, nr: Int, nc: Int, rowLabels: [String], colLabels: [String],
         rowEmbedded: Bool, colEmbedded: Bool, mechanisms: [String], lastLine: Int) {
        self.tokens = tokens; self.builder = builder; self.nr = nr; self.nc = nc
        self.rowLabels = rowLabels; self.colLabels = colLabels; self.rowEmbedded = rowEmbedded; self.colEmbedded = colEmbedded
        self.mechanisms = mechanisms; self.lastLine = lastLine
    }

    /// The next token that is not a line end or a `!` separator.
    mutating func next() -> UCINETDLReader.Token? {
        while pos < tokens.count {
            let t = tokens[pos]; pos += 1
            if t.text == "\n" || (t.text == "!" && !t.quoted) { continue }
            return t
        }
        return nil
    }

    mutating func endOfFile(_ what: Message) {
        builder.error(line: lastLine, Message("reader.dl.ends-inside", [("what", .message(what))]))
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
                for _ in 0..<nc { guard let t = next() else { endOfFile(Message("reader.dl.column-labels")); return }; labels.append(t.text) }
                if k == 0 { colLabels = labels }
            }
            for i in 0..<nr {
                var rowLabel = i < rowLabels.count ? rowLabels[i] : (square && i < colLabels.count ? colLabels[i] : String(i + 1))
                if rowEmbedded {
                    guard let t = next() else { endOfFile(Message("reader.dl.matrix-row", [("matrix", .count(k + 1)), ("row", .count(i + 1))])); return }
                    rowLabel = t.text
                    if k == 0 && i >= rowLabels.count { rowLabels.append(t.text) }
                }
                if k == 0 { builder.ensure(rowLabel, line: pos > 0 ? tokens[pos - 1].line : nil) }
                for j in 0..<nc {
                    guard let t = next() else { endOfFile(Message("reader.dl.matrix-row", [("matrix", .count(k + 1)), ("row", .count(i + 1))])); return }
                    guard let x = Double(t.text), x.isFinite else { builder.error(line: t.line, Message("reader.dl.cell-not-number", [("value", .text(t.text)), ("matrix", .count(k + 1)), ("row", .count(i + 1))])); continue }
                    if x == 0 { continue }
                    guard let w = NetworkDocumentDecoder.checkWeight(t.text, reportMessage: { builder.error(line: t.line, field: "weight", $0) }) else { continue }
                    let col = j < colLabels.count ? colLabels[j] : (square && j < rowLabels.count ? rowLabels[j] : String(j + 1))
                    builder.add(Tie(from: rowLabel, to: col, mechanism: mechanism, weight: w, directed: true), line: t.line)
                }
            }
        }
        addDepartments(Array(colLabels.prefix(nc)), line: nil)
        if let extra = next() { builder.error(line: extra.line, Message("reader.dl.extra-values", [("nm", .count(mechanisms.count)), ("nr", .count(nr)), ("nc", .count(nc))])) }
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
        var line: [UCINETDLReader.Token] = []
        func node(_ t: UCINETDLReader.Token) -> String? {
            if embedded { return t.text }
            if let k = Int(t.text), k >= 1, k <= max(nr, nc) { return k <= rowLabels.count ? rowLabels[k - 1] : String(k) }
            builder.error(line: t.line, Message("reader.dl.node-number", [("value", .text(t.text)), ("n", .count(max(nr, nc)))]))
            return nil
        }
        func flush(_ line: [UCINETDLReader.Token]) {
            guard let first = line.first else { return }
            guard matrix < mechanisms.count else { builder.error(line: first.line, Message("reader.dl.extra-matrices", [("nm", .count(mechanisms.count))])); return }
            guard let u = node(first) else { return }
            builder.ensure(u, line: first.line)
            if nodelist {
                for t in line.dropFirst() { if let v = node(t) { builder.ensure(v, line: t.line); builder.add(Tie(from: u, to: v, mechanism: mechanisms[matrix], directed: true), line: t.line) } }
                return
            }
            guard line.count <= 3 else { builder.error(line: first.line, Message("reader.interchange.tie-values", [("n", .count(line.count))])); return }
            guard line.count >= 2, let v = node(line[1]) else { return }
            builder.ensure(v, line: first.line)
            var tie = Tie(from: u, to: v, mechanism: mechanisms[matrix], directed: true)
            if line.count == 3 {
                guard let w = NetworkDocumentDecoder.checkWeight(line[2].text, reportMessage: { builder.error(line: first.line, field: "weight", $0) }) else { return }
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
            builder.error(line: tokens.last?.line ?? lastLine, Message("reader.dl.extra-nodes", [("n", .count(known)), ("declared", .count(declared))]))
        } else if known < declared {
            var added: [String] = []
            var k = known + 1
            while builder.network.departments.count < declared {
                let id = String(k)
                if builder.index[id] == nil { builder.ensure(id, line: nil); added.append(id) }
                k += 1
            }
            builder.warning(line: nil, Message("reader.dl.unnamed-nodes", [("declared", .count(declared)), ("n", .count(declared - known)), ("first", .text(added.first!)), ("last", .text(added.last!))]))
        }
    }
}
