import Foundation

/// GEXF 1.2/1.3 (Gephi): departments as `<node id label>`, ties as `<edge source target weight>`, the
/// other fields as typed `<attribute>` columns with `<attvalue>`s.
///
/// Node columns: `kind`, `level`, `names.<lang>`, `formerly` (JSON array text) and each attribute;
/// the label is the department name. Edge columns: `mechanism`, `basis`, each attribute, and for a
/// network mixing directed and undirected ties `directed` (boolean, on every edge) and `mirror`
/// (``MixedDirection``: each undirected tie as two opposite edges, said in an XML comment). NetworkX
/// refuses an edge `type` that contradicts the default, so the writer uses columns; the reader honours
/// `type` too.
/// The writer emits GEXF 1.2 (`http://www.gexf.net/1.2draft`, what NetworkX and Gephi read); the
/// reader takes 1.1, 1.2 and 1.3, including 1.3's edge `kind` as the mechanism. GEXF has no place for
/// metadata other than a description (the title), mechanism names or functions: the writer warns.
///
/// References: GEXF Working Group, *GEXF 1.2draft / 1.3 Primer*, gexf.net (Heymann, Bastian et al.,
/// Gephi, ICWSM 2009). Matches `networkx.read_gexf`/`write_gexf`.
public enum GEXFFormat {
    private struct Column { var title: String; var type: AttributeType; var defaultValue: String? }

    /// Reads a GEXF document.
    /// - Throws: ``FormatError`` for unsafe or malformed XML or a document that is not GEXF; data
    ///   problems are returned as diagnostics with their lines.
    /// - Complexity: O(file size).
    public static func read(bytes: [UInt8], file: String) throws -> (Network, SourceMap, [Diagnostic]) {
        let root = try SafeXML.parse(bytes, file: file)
        guard root.name == "gexf" else { throw FormatError(file: file, line: root.line, Message("reader.xml.expected-root", [("expected", .text("gexf")), ("found", .text(root.name))])) }
        guard let graph = root.child("graph") else { throw FormatError(file: file, line: root.line, Message("reader.xml.no-graph", [("format", .text("GEXF"))])) }
        let defaultType = graph.attributes["defaultedgetype"] ?? "undirected"
        let directedDefault = defaultType == "directed"
        var b = InterchangeBuilder(file: file, defaultDirected: directedDefault)
        let edgeTypes: Set<String> = ["directed", "undirected", "mutual"]
        if !edgeTypes.contains(defaultType) {
            b.error(line: graph.line, field: "defaultedgetype", Message("reader.gexf.defaultedgetype", [("value", .text(String(defaultType.prefix(40))))]))
        }
        if let description = root.child("meta")?.child("description")?.text, !description.isEmpty { b.network.metadata.title = description }

        var columns: [String: [String: Column]] = ["node": [:], "edge": [:]]
        for group in graph.children("attributes") {
            let cls = group.attributes["class"] ?? "node"
            for a in group.children("attribute") {
                guard let id = a.attributes["id"] else { b.error(line: a.line, Message("reader.xml.needs-id", [("element", .text("attribute"))])); continue }
                let type: AttributeType
                switch (a.attributes["type"] ?? "string").lowercased() {
                case "boolean": type = .boolean
                case "integer", "long", "float", "double", "short", "byte", "bigdecimal", "biginteger": type = .double
                default: type = .string
                }
                columns[cls, default: [:]][id] = Column(title: a.attributes["title"] ?? id, type: type, defaultValue: a.child("default")?.text)
            }
        }
        // Columns with a default value, per class, sorted once (not per element); the defaults applied are
        // bounded by the file size, as GraphML's are.
        var defaults: [String: [(id: String, column: Column)]] = [:]
        for (cls, table) in columns {
            defaults[cls] = table.sorted { $0.key < $1.key }.filter { $0.value.defaultValue != nil }.map { (id: $0.key, column: $0.value) }
        }
        var implied = ImpliedBudget(fileSize: bytes.count)
        func values(_ element: XMLNode, _ cls: String) throws -> [(String, AttributeValue, Int)] {
            var out: [(String, AttributeValue, Int)] = []
            var seen = Set<String>()
            let table = columns[cls] ?? [:]
            for v in element.child("attvalues")?.children("attvalue") ?? [] {
                guard let id = v.attributes["for"] ?? v.attributes["id"], let c = table[id] else {
                    b.warning(line: v.line, Message("reader.gexf.undeclared-attribute", [("key", .text(v.attributes["for"] ?? ""))]))
                    continue
                }
                seen.insert(id)
                if let value = c.type.value(v.attributes["value"] ?? "") { out.append((c.title, value, v.line)) }
            }
            let classDefaults = defaults[cls] ?? []
            try implied.spend(classDefaults.count, file: file, line: element.line, Message("reader.interchange.implied.gexf"))
            for (id, c) in classDefaults where !seen.contains(id) {
                if let text = c.defaultValue, let value = c.type.value(text) { out.append((c.title, value, element.line)) }
            }
            return out
        }

        var pending: [XMLNode] = graph.children("nodes")
        while let group = pending.popLast() {
            for n in group.children("node") {
                guard let id = n.attributes["id"] else { b.error(line: n.line, Message("reader.xml.needs-id", [("element", .text("node"))])); continue }
                var d = Department(id: id)
                if let label = n.attributes["label"], !label.isEmpty { d.name = label }
                for (key, value, _) in try values(n, "node") { InterchangeKeys.applyDepartmentField(key, value, to: &d) }
                b.add(d, line: n.line)
                pending.append(contentsOf: n.children("nodes"))
            }
        }
        for group in graph.children("edges") {
            for e in group.children("edge") {
                guard let from = e.attributes["source"], let to = e.attributes["target"] else {
                    b.error(line: e.line, Message("reader.xml.edge-needs-ends"))
                    continue
                }
                b.ensure(from, line: e.line)
                b.ensure(to, line: e.line)
                let type = e.attributes["type"] ?? defaultType
                var tie = Tie(from: from, to: to, mechanism: e.attributes["kind"] ?? EdgeListCSV.defaultMechanism, directed: type == "directed")
                var bad = false, mirror = false
                if !edgeTypes.contains(type) {
                    b.error(line: e.line, field: "type", Message("reader.gexf.edge-type", [("value", .text(String(type.prefix(40))))]))
                    bad = true
                }
                if let w = e.attributes["weight"] {
                    if let message = InterchangeApply.tieField("weight", .string(w), to: &tie) { b.error(line: e.line, field: "weight", message); bad = true }
                }
                if let label = e.attributes["label"], !label.isEmpty { tie.attributes["label"] = .string(label) }
                for (key, value, line) in try values(e, "edge") where key != "networkx_key" {
                    if key == MixedDirection.mirrorKey { mirror = MixedDirection.isMirror(value); continue }
                    if let message = InterchangeApply.tieField(key, value, to: &tie) { b.error(line: line, field: key, message); bad = true }
                }
                if e.attributes["type"] != nil { tie.directed = type == "directed" }
                if !bad && !mirror { b.add(tie, line: e.line) }
            }
        }
        return b.finish()
    }

    /// Writes `net` as GEXF 1.2.
    /// - Returns: the text and warnings for what GEXF cannot hold (metadata besides the title,
    ///   mechanism names, functions) and for attribute columns that mix types.
    /// - Complexity: O(n + m) times the number of attributes.
    public static func write(_ net: Network, file: String) -> (text: String, warnings: [Diagnostic]) {
        var loss = LossReport(file: file, format: "GEXF")
        var md = net.metadata
        md.title = nil
        loss.networkLevel(Network(metadata: md, mechanisms: net.mechanisms, functions: net.functions), keepsMetadata: false, keepsMechanisms: false, keepsFunctions: false)
        let nodeRows = net.departments.map { InterchangeKeys.departmentPairs($0).filter { $0.0 != "name" } }
        let nodeColumns = AttributeColumns(nodeRows, leading: ["kind", "level", "formerly"])
        let layout = MixedDirection(net)
        let anyDirected = layout.anyDirected
        let plainMechanism = NetworkDocumentParts.onlyDefaultMechanism(net), unitWeights = NetworkDocumentParts.unitWeights(net)
        let edgeRows: [[(String, AttributeValue)]] = layout.edges.map { e in
            let t = net.ties[e.tie]
            var row: [(String, AttributeValue)] = plainMechanism ? [] : [("mechanism", .string(t.mechanism))]
            if layout.mixed { row.append(("directed", .bool(net.isDirected(t)))) }
            if e.mirror { row.append((MixedDirection.mirrorKey, .bool(true))) }
            return row + InterchangeKeys.tieExtraPairs(t).map { ($0.0 == "label" ? "attributes.label" : $0.0, $0.1) }
        }
        let edgeColumns = AttributeColumns(edgeRows, leading: ["mechanism", "directed", MixedDirection.mirrorKey, "basis"])

        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">

        """
        if let note = layout.note { out += "  <!-- GovNet: \(note) -->\n" }
        out += """
          <meta>
            <creator>GovNet</creator>

        """
        if let title = net.metadata.title { out += "    <description>\(XMLText.escape(title))</description>\n" }
        out += "  </meta>\n  <graph defaultedgetype=\"\(anyDirected ? "directed" : "undirected")\" mode=\"static\">\n"
        func declare(_ cls: String, _ columns: AttributeColumns, offset: Int) {
            guard !columns.columns.isEmpty else { return }
            let gexfType: [AttributeType: String] = [.string: "string", .double: "double", .boolean: "boolean"]
            out += "    <attributes class=\"\(cls)\" mode=\"static\">\n"
            for (i, c) in columns.columns.enumerated() {
                out += "      <attribute id=\"\(offset + i)\" title=\"\(XMLText.escape(c.name))\" type=\"\(gexfType[c.type]!)\"/>\n"
            }
            out += "    </attributes>\n"
        }
        declare("node", nodeColumns, offset: 0)
        declare("edge", edgeColumns, offset: nodeColumns.columns.count)
        func attvalues(_ row: [(String, AttributeValue)], _ index: [String: Int], indent: String) -> String {
            var s = "\(indent)<attvalues>\n"
            for (k, v) in row { s += "\(indent)  <attvalue for=\"\(index[k]!)\" value=\"\(XMLText.escape(v.description))\"/>\n" }
            return s + "\(indent)</attvalues>\n"
        }
        let nodeIndex = Dictionary(uniqueKeysWithValues: nodeColumns.columns.enumerated().map { ($1.name, $0) })
        out += "    <nodes>\n"
        for (d, row) in zip(net.departments, nodeRows) {
            let open = "      <node id=\"\(XMLText.escape(d.id))\" label=\"\(XMLText.escape(d.name))\""
            if row.isEmpty { out += open + "/>\n"; continue }
            out += open + ">\n" + attvalues(row, nodeIndex, indent: "        ") + "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        let edgeIndex = Dictionary(uniqueKeysWithValues: edgeColumns.columns.enumerated().map { ($1.name, $0 + nodeColumns.columns.count) })
        for (i, (e, row)) in zip(layout.edges, edgeRows).enumerated() {
            let weight = unitWeights ? "" : " weight=\"\(NumberFormat.canonical(net.ties[e.tie].weight))\""
            let open = "      <edge id=\"\(i)\" source=\"\(XMLText.escape(e.from))\" target=\"\(XMLText.escape(e.to))\"\(weight)"
            out += row.isEmpty ? open + "/>\n" : open + ">\n" + attvalues(row, edgeIndex, indent: "        ") + "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return (out, loss.diagnostics + layout.warnings(file: file, format: "GEXF") + nodeColumns.mixedWarnings(file: file, format: "GEXF", what: "department")
                    + edgeColumns.mixedWarnings(file: file, format: "GEXF", what: "tie"))
    }
}
