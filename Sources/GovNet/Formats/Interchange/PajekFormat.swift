import Foundation

/// Pajek `.net` files: `*Vertices n` with `id "label"` lines, then `*Arcs` (directed) and `*Edges`
/// (undirected) blocks of `from to [weight]`, `*Arcslist`/`*Edgeslist`, and `*Matrix`.
///
/// By default one edge block with the mechanism as each tie's label `l "mechanism"` (readable by
/// igraph and NetworkX, see ``write(_:file:relations:)``); Pajek's multi-relational form, one
/// `*Arcs :k "mechanism"` / `*Edges :k "mechanism"` block per mechanism, on request. Reading maps
/// relation `k` to its name (or `relation-k`), a label `l` (or a `mechanism` pair) to the
/// mechanism, and a file without either to the mechanism `link`. Vertex labels become
/// department ids (as in NetworkX `read_pajek`); `key value` pairs after the coordinates and shape
/// (written by NetworkX) become attributes. Pajek cannot hold names, kinds, levels, functions or
/// metadata other than the title (`*Network`): the writer returns a warning for each.
///
/// References: V. Batagelj, A. Mrvar, *Pajek — Program for Large Network Analysis*, Connections 21(2),
/// 1998; Pajek manual, "Network" file format. Matches `networkx.read_pajek`/`write_pajek` and igraph
/// `read_graph(format="pajek")`.
public enum PajekFormat {
    private enum Block {
        case none, vertices, edges(directed: Bool, mechanism: String), list(directed: Bool, mechanism: String)
        case matrix(mechanism: String, row: Int), skipped
    }

    /// Reads a Pajek network.
    /// - Throws: ``FormatError`` for a declared size over ``InterchangeLimits`` (before allocating),
    ///   text that is not UTF-8, or an unclosed quote; other problems are returned as diagnostics.
    /// - Complexity: O(n + m) in the file size.
    public static func read(bytes: [UInt8], file: String) throws -> (Network, SourceMap, [Diagnostic]) {
        var b = InterchangeBuilder(file: file, defaultDirected: true)
        var labels: [String?] = []
        var vertexLines: [Int?] = []
        var listedAt: [Int: Int] = [:]  // vertex number → line of its entry in *Vertices
        var vertexAttributes: [[String: AttributeValue]] = []
        var declared = -1
        var byLabel: [String: Int] = [:]
        var materialized = false
        var block = Block.none
        var sawHeader = false

        func materialize() {
            guard !materialized, declared >= 0 else { return }
            materialized = true
            for i in 0..<declared {
                let id = labels[i] ?? String(i + 1)
                var d = Department(id: id)
                d.attributes = vertexAttributes[i]
                b.add(d, line: vertexLines[i])
                if byLabel[id] == nil { byLabel[id] = i }
            }
        }
        func vertex(_ w: Words.Word, line: Int) -> String? {
            if !w.quoted, let k = Int(w.text), k >= 1, k <= max(declared, 0) { return labels[k - 1] ?? String(k) }
            if let k = byLabel[w.text] { return labels[k] ?? String(k + 1) }
            b.error(line: line, Message("reader.pajek.not-vertex", [("vertex", .text(w.text)), ("n", .count(max(declared, 0)))]))
            return nil
        }
        func relation(_ words: [Words.Word], _ line: Int) -> String {
            guard words.count > 1, words[1].text.hasPrefix(":"), !words[1].quoted else {
                if words.count > 1 { b.warning(line: line, Message("reader.pajek.text-after", [("word", .text(words[0].text))])) }
                return EdgeListCSV.defaultMechanism
            }
            let k = words[1].text.dropFirst()
            if words.count > 2 { return words[2...].map(\.text).joined(separator: " ") }
            return "relation-\(k)"
        }

        let lines = try TextLines.split(bytes, file: file)
        for (line, raw) in lines {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("%") { continue }
            guard let words = Words.split(text) else { throw FormatError(file: file, line: line, Message("reader.text.unclosed-quote")) }
            if text.hasPrefix("*") {
                let head = words[0].text.lowercased()
                if head != "*vertices" { materialize() }
                switch head {
                case "*network":
                    if sawHeader { b.warning(line: line, Message("reader.pajek.second-network")); return b.finish() }
                    let title = words.dropFirst().map(\.text).joined(separator: " ")
                    if !title.isEmpty { b.network.metadata.title = title }
                case "*vertices":
                    guard declared < 0 else { b.error(line: line, Message("reader.pajek.second-vertices")); block = .skipped; continue }
                    guard words.count >= 2, let n = Int(words[1].text) else {
                        throw FormatError(file: file, line: line, Message("reader.pajek.vertices-count"))
                    }
                    if let message = InterchangeLimits.checkDeclaredNodes(n, fileSize: bytes.count, what: "*Vertices") {
                        throw FormatError(file: file, line: line, message)
                    }
                    declared = n
                    labels = Array(repeating: nil, count: n)
                    vertexLines = Array(repeating: line, count: n)
                    vertexAttributes = Array(repeating: [:], count: n)
                    block = .vertices
                case "*arcs", "*edges":
                    block = .edges(directed: head == "*arcs", mechanism: relation(words, line))
                case "*arcslist", "*edgeslist":
                    block = .list(directed: head == "*arcslist", mechanism: relation(words, line))
                case "*matrix":
                    block = .matrix(mechanism: relation(words, line), row: 0)
                default:
                    b.warning(line: line, Message("reader.pajek.section-not-read", [("section", .text(words[0].text))]))
                    block = .skipped
                }
                sawHeader = true
                continue
            }
            switch block {
            case .none:
                b.error(line: line, Message("reader.pajek.vertices-first"))
                return b.finish()
            case .skipped: continue
            case .vertices:
                guard let k = Int(words[0].text), k >= 1, k <= declared else {
                    b.error(line: line, Message("reader.pajek.vertex-number", [("vertex", .text(words[0].text)), ("n", .count(declared))]))
                    continue
                }
                if let first = listedAt[k] {
                    b.error(line: line, Message("reader.pajek.vertex-twice", [("vertex", .count(k)), ("line", .count(first))]))
                    continue
                }
                listedAt[k] = line
                if words.count > 1 { labels[k - 1] = words[1].text; byLabel[words[1].text] = byLabel[words[1].text] ?? (k - 1) }
                vertexLines[k - 1] = line
                var rest = Array(words.dropFirst(2))
                var coordinates = 0
                while let f = rest.first, !f.quoted, Double(f.text) != nil, coordinates < 3 { rest.removeFirst(); coordinates += 1 }
                if rest.count % 2 == 1 { rest.removeFirst() }  // a shape (ellipse, box, …)
                for p in stride(from: 0, to: rest.count - 1, by: 2) {
                    vertexAttributes[k - 1][rest[p].text] = rest[p + 1].quoted ? .string(rest[p + 1].text) : AttributeValue.inferred(from: rest[p + 1].text)
                }
            case .edges(let directed, var mechanism):
                var ws = words
                if let f = ws.first, !f.quoted, f.text.hasSuffix(":"), Int(f.text.dropLast()) != nil {
                    mechanism = "relation-\(f.text.dropLast())"
                    ws.removeFirst()
                }
                guard ws.count >= 2 else { b.error(line: line, Message("reader.interchange.tie-values", [("n", .count(ws.count))])); continue }
                guard let u = vertex(ws[0], line: line), let v = vertex(ws[1], line: line) else { continue }
                var tie = Tie(from: u, to: v, mechanism: mechanism, directed: directed)
                var rest = Array(ws.dropFirst(2))
                // A weight, then attribute pairs (`c Blue`): a lone word left over is a weight that is not a number.
                if let w = rest.first, !w.quoted, rest.count % 2 == 1 {
                    rest.removeFirst()
                    guard let weight = NetworkDocumentDecoder.checkWeight(w.text, reportMessage: { b.error(line: line, field: "weight", $0) }) else { continue }
                    tie.weight = weight
                }
                for p in stride(from: 0, to: rest.count - 1, by: 2) {
                    let key = rest[p].text, value = rest[p + 1]
                    // `l` is the Pajek edge label, where GovNet writes the mechanism.
                    if key == "mechanism" || key == "l" { tie.mechanism = value.text; continue }
                    tie.attributes[key] = value.quoted ? .string(value.text) : AttributeValue.inferred(from: value.text)
                }
                b.add(tie, line: line)
            case .list(let directed, let mechanism):
                guard let u = vertex(words[0], line: line) else { continue }
                for w in words.dropFirst() {
                    if let v = vertex(w, line: line) { b.add(Tie(from: u, to: v, mechanism: mechanism, directed: directed), line: line) }
                }
            case .matrix(let mechanism, let row):
                guard row < declared else { b.error(line: line, Message("reader.pajek.extra-rows", [("n", .count(declared))])); block = .skipped; continue }
                guard words.count == declared else { b.error(line: line, Message("reader.pajek.row-length", [("row", .count(row + 1)), ("found", .count(words.count)), ("n", .count(declared))])); block = .matrix(mechanism: mechanism, row: row + 1); continue }
                for (j, w) in words.enumerated() {
                    guard let x = NumberFormat.parseStrictNumber(w.text) else { b.error(line: line, Message("reader.interchange.not-number", [("value", .text(String(w.text.prefix(40))))])); break }
                    if x == 0 { continue }
                    guard let weight = NetworkDocumentDecoder.checkWeight(w.text, reportMessage: { b.error(line: line, field: "weight", $0) }) else { continue }
                    b.add(Tie(from: labels[row] ?? String(row + 1), to: labels[j] ?? String(j + 1), mechanism: mechanism, weight: weight, directed: true), line: line)
                }
                block = .matrix(mechanism: mechanism, row: row + 1)
            }
        }
        if case .matrix(_, let row) = block, row < declared {
            b.error(line: lines.last?.line, Message("reader.pajek.short-matrix", [("rows", .count(row)), ("n", .count(declared))]))
        }
        if declared < 0 { b.error(line: 1, Message("reader.pajek.no-vertices")) }
        materialize()
        return b.finish()
    }

    /// Writes `net` as Pajek text that python-igraph (`Graph.Read_Pajek`) and NetworkX (`read_pajek`)
    /// read back with the same departments, tie count, directions, weights and mechanisms.
    ///
    /// Default: vertices labelled by department id, then **one** edge block — NetworkX reads only the
    /// first block (later headers become bogus nodes) and igraph rejects relation numbers. `*Edges`
    /// when every tie is undirected, else `*Arcs`, where an undirected tie of a mixed network is
    /// written as two opposite arcs (a `%` comment before `*Vertices` and a warning say so). Each
    /// line is `from to weight l "mechanism"`: the Pajek edge label, read by igraph as the edge
    /// attribute `label` and by NetworkX as `l` (GovNet reads it back as the mechanism).
    ///
    /// `relations: true` writes Pajek's multi-relational form instead, one `*Arcs :k "mechanism"` /
    /// `*Edges :k "mechanism"` block per mechanism and direction (Pajek reads it; igraph and
    /// NetworkX do not).
    /// - Returns: the text and a warning for each kind of field Pajek cannot hold.
    /// - Complexity: O(n + m).
    public static func write(_ net: Network, file: String, relations: Bool = false) -> (text: String, warnings: [Diagnostic]) {
        var loss = LossReport(file: file, format: "Pajek")
        var out = ""
        if let title = net.metadata.title { out += "*Network \(Words.quoted(title, always: true))\n" }
        var md = net.metadata
        md.title = nil
        loss.networkLevel(Network(metadata: md, mechanisms: net.mechanisms, functions: net.functions), keepsMetadata: false, keepsMechanisms: false, keepsFunctions: false)
        loss.departmentFields(net, keepsName: false)
        loss.tieFields(net)
        var warnings: [Diagnostic] = []
        let undirected = net.ties.filter { !net.isDirected($0) }.count
        let mixed = !relations && undirected > 0 && undirected < net.ties.count
        if mixed {
            let note = Message("writer.mixed.pajek", [("undirected", .count(undirected)), ("directed", .count(net.ties.count - undirected)),
                                                      ("arcs", .count(net.ties.count + undirected))])
            out += "% GovNet: \(ReportLanguage.en.render(note))\n"
            warnings.append(Diagnostic(.warning, file: file, Message("writer.format-note", [("format", .text("Pajek")), ("note", .message(note))])))
        }
        out += "*Vertices \(net.departments.count)\n"
        var number: [String: Int] = [:]
        for (i, d) in net.departments.enumerated() {
            // Coordinates and shape as NetworkX writes them, so NetworkX reads the same node attributes.
            out += "\(i + 1) \(Words.quoted(d.id, always: true)) 0.0 0.0 ellipse\n"
            if number[d.id] == nil { number[d.id] = i + 1 }
        }
        func line(_ u: Int, _ v: Int, _ t: Tie, label: Bool) -> String {
            "\(u) \(v) \(NumberFormat.canonical(t.weight))" + (label ? " l \(Words.quoted(t.mechanism, always: true))" : "") + "\n"
        }
        let mechanisms = net.usedMechanismIDs
        if !relations {
            let labelled = mechanisms != [EdgeListCSV.defaultMechanism]
            let directed = undirected < net.ties.count
            if !net.ties.isEmpty { out += directed ? "*Arcs\n" : "*Edges\n" }
            for t in net.ties {
                guard let u = number[t.from], let v = number[t.to] else { continue }
                out += line(u, v, t, label: labelled)
                if directed && !net.isDirected(t) && u != v { out += line(v, u, t, label: labelled) }
            }
            return (out, loss.diagnostics + warnings)
        }
        // Only the default mechanism: plain headers, which igraph (no relations) also reads.
        let plain = mechanisms == [EdgeListCSV.defaultMechanism]
        for (k, mechanism) in mechanisms.enumerated() {
            for directed in [true, false] {
                let ties = net.ties.filter { $0.mechanism == mechanism && net.isDirected($0) == directed }
                if ties.isEmpty { continue }
                out += directed ? "*Arcs" : "*Edges"
                out += plain ? "\n" : " :\(k + 1) \(Words.quoted(mechanism, always: true))\n"
                for t in ties {
                    guard let u = number[t.from], let v = number[t.to] else { continue }
                    out += line(u, v, t, label: false)
                }
            }
        }
        return (out, loss.diagnostics)
    }
}
