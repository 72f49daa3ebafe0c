import Foundation

/// GraphML: departments as `<node>`, ties as `<edge>`, every field as a typed `<key>`/`<data>` pair.
///
/// Node keys: `name`, `names.<lang>`, `kind`, `level`, `formerly` (a JSON array of ids) and each
/// attribute (`attributes.<key>` when its name collides with a field). Edge keys: `mechanism`,
/// `weight`, `basis`, each attribute, and for a network mixing directed and undirected ties `directed`
/// (boolean, on every edge) and `mirror` (``MixedDirection``: each undirected tie as two opposite edges,
/// said in an XML comment). NetworkX refuses a `directed` XML attribute that contradicts `edgedefault`
/// and igraph ignores it, so the writer uses keys; the reader honours both. Graph keys: the metadata fields,
/// and `mechanisms` and `functions` as JSON text in the schema of the YAML/JSON document. Parallel ties
/// of different mechanisms are parallel edges with ids (NetworkX reads a MultiDiGraph/MultiGraph keyed
/// by them); a network without parallel ties has no edge ids (NetworkX would keep them as attributes).
///
/// Reading files of other tools: node ids become department ids (NetworkX `read_graphml` does the
/// same); a `name` key, else `label`, is the department name; edges without `mechanism` get `link`;
/// `<default>` values apply to elements without the data; nested graphs are flattened; hyperedges and
/// ports are ignored with a warning. XML is parsed by ``SafeXML``.
///
/// References: U. Brandes et al., "GraphML Progress Report", Graph Drawing 2001, LNCS 2265,
/// doi:10.1007/3-540-45848-4_59. Matches `networkx.read_graphml`/`write_graphml` and igraph
/// `read_graph(format="graphml")`.
public enum GraphMLFormat {
    private struct Key {
        var name: String
        var domain: String
        var type: AttributeType
        var defaultValue: String?
    }

    /// Reads a GraphML document.
    /// - Throws: ``FormatError`` for unsafe or malformed XML or a document that is not GraphML; data
    ///   problems (bad weights, unknown basis) are returned as diagnostics with their lines.
    /// - Complexity: O(file size).
    public static func read(bytes: [UInt8], file: String) throws -> (Network, SourceMap, [Diagnostic]) {
        let root = try SafeXML.parse(bytes, file: file)
        guard root.name == "graphml" else { throw FormatError(file: file, line: root.line, Message("reader.xml.expected-root", [("expected", .text("graphml")), ("found", .text(root.name))])) }
        var keys: [String: Key] = [:]
        for k in root.children("key") {
            guard let id = k.attributes["id"] else { throw FormatError(file: file, line: k.line, Message("reader.xml.needs-id", [("element", .text("key"))])) }
            let type: AttributeType
            switch (k.attributes["type"] ?? k.attributes["attr.type"] ?? "string").lowercased() {
            case "boolean": type = .boolean
            case "int", "long", "float", "double": type = .double
            default: type = .string
            }
            keys[id] = Key(name: k.attributes["attr.name"] ?? k.attributes["name"] ?? id, domain: k.attributes["for"] ?? "all",
                           type: type, defaultValue: k.child("default")?.text)
        }
        let graphs = root.children("graph")
        guard let graph = graphs.first else { throw FormatError(file: file, line: root.line, Message("reader.xml.no-graph", [("format", .text("GraphML"))])) }
        let edgeDefault = graph.attributes["edgedefault"] ?? "undirected"  // as NetworkX reads a missing one
        let directedDefault = edgeDefault == "directed"
        var b = InterchangeBuilder(file: file, defaultDirected: directedDefault)
        if edgeDefault != "directed" && edgeDefault != "undirected" {
            b.error(line: graph.line, field: "edgedefault", Message("reader.graphml.edgedefault", [("value", .text(String(edgeDefault.prefix(40))))]))
        }
        if graphs.count > 1 { b.warning(line: graphs[1].line, Message("reader.xml.first-graph-only")) }

        // Keys with a default value, per domain, sorted once (not per element). Every element receives
        // the defaults it does not override: like DOT's implied ties, they are bounded by the file size
        // (50,000 keys × 20,000 nodes once sorted all keys for every node: minutes).
        var defaults: [String: [(id: String, key: Key)]] = [:]
        for domain in ["graph", "node", "edge"] {
            defaults[domain] = keys.sorted { $0.key < $1.key }
                .filter { $0.value.defaultValue != nil && ($0.value.domain == domain || $0.value.domain == "all") }
                .map { (id: $0.key, key: $0.value) }
        }
        var implied = ImpliedBudget(fileSize: bytes.count)
        func data(_ element: XMLNode, domain: String) throws -> [(String, AttributeValue, Int)] {
            var out: [(String, AttributeValue, Int)] = []
            var seen = Set<String>()
            for d in element.children("data") {
                guard let id = d.attributes["key"], let key = keys[id] else {
                    b.warning(line: d.line, Message("reader.graphml.undeclared-key", [("key", .text(d.attributes["key"] ?? ""))]))
                    continue
                }
                seen.insert(id)
                if !d.children.isEmpty && d.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { continue }  // yEd graphics
                if let v = key.type.value(d.text) { out.append((key.name, v, d.line)) }
            }
            let domainDefaults = defaults[domain] ?? []
            try implied.spend(domainDefaults.count, file: file, line: element.line, Message("reader.interchange.implied.graphml"))
            for (id, key) in domainDefaults where !seen.contains(id) {
                if let text = key.defaultValue, let v = key.type.value(text) { out.append((key.name, v, element.line)) }
            }
            return out
        }

        for (key, value, line) in try data(graph, domain: "graph") {
            if key == "mechanisms" || key == "functions" {
                b.applyNetworkJSON(key: key, text: value.description, line: line)
            } else if NetworkDocumentDecoder.metadataKeys.contains(key) {
                b.applyNetworkDocument([(key, line, DocNode(.scalar(value.description, quoted: true), line: line, column: 1))])
            }
        }

        // Nodes and edges, nested graphs flattened (iteratively).
        var pending: [XMLNode] = [graph]
        var edges: [XMLNode] = []
        var hyperedges = 0
        while let g = pending.popLast() {
            for element in g.children {
                switch element.name {
                case "node":
                    guard let id = element.attributes["id"] else { b.error(line: element.line, Message("reader.xml.needs-id", [("element", .text("node"))])); continue }
                    var d = Department(id: id)
                    var label: String?
                    var hasName = false
                    for (key, value, _) in try data(element, domain: "node") {
                        if key == "label" { label = value.description; continue }
                        if key == "name" { hasName = true }
                        InterchangeKeys.applyDepartmentField(key, value, to: &d)
                    }
                    if let label { if hasName { d.attributes["label"] = .string(label) } else { d.name = label } }
                    b.add(d, line: element.line)
                    pending.append(contentsOf: element.children("graph"))
                case "edge": edges.append(element)
                case "hyperedge": hyperedges += 1
                case "graph": pending.append(element)
                default: continue
                }
            }
        }
        if hyperedges > 0 { b.warning(line: nil, Message("reader.graphml.hyperedges", [("n", .count(hyperedges))])) }
        for e in edges {
            guard let from = e.attributes["source"], let to = e.attributes["target"] else {
                b.error(line: e.line, Message("reader.xml.edge-needs-ends"))
                continue
            }
            b.ensure(from, line: e.line)
            b.ensure(to, line: e.line)
            var tie = Tie(from: from, to: to, mechanism: EdgeListCSV.defaultMechanism, directed: directedDefault)
            var bad = false, mirror = false
            for (key, value, line) in try data(e, domain: "edge") {
                if key == MixedDirection.mirrorKey { mirror = MixedDirection.isMirror(value); continue }
                if let message = InterchangeApply.tieField(key, value, to: &tie) { b.error(line: line, field: key, message); bad = true }
            }
            if let d = e.attributes["directed"] {
                switch d {
                case "true", "1": tie.directed = true
                case "false", "0": tie.directed = false
                default: b.error(line: e.line, field: "directed", Message("reader.graphml.directed", [("value", .text(String(d.prefix(40))))])); bad = true
                }
            }
            if !bad && !mirror { b.add(tie, line: e.line) }
        }
        return b.finish()
    }

    /// Writes `net` as GraphML (UTF-8, keys sorted for reproducible output).
    /// - Returns: the text and warnings (attribute columns that mix types are written as text).
    /// - Complexity: O(n + m) times the number of attributes.
    public static func write(_ net: Network, file: String) -> (text: String, warnings: [Diagnostic]) {
        let nodeRows = net.departments.map { InterchangeKeys.departmentPairs($0) }
        let nodeColumns = AttributeColumns(nodeRows, leading: ["name"] + ["kind", "level", "formerly"])
        let layout = MixedDirection(net)
        let anyDirected = layout.anyDirected
        let plainMechanism = NetworkDocumentParts.onlyDefaultMechanism(net), unitWeights = NetworkDocumentParts.unitWeights(net)
        let edgeRows: [[(String, AttributeValue)]] = layout.edges.map { e in
            let t = net.ties[e.tie]
            var row: [(String, AttributeValue)] = []
            if !plainMechanism { row.append(("mechanism", .string(t.mechanism))) }
            if !unitWeights { row.append(("weight", .number(t.weight))) }
            if layout.mixed { row.append(("directed", .bool(net.isDirected(t)))) }
            if e.mirror { row.append((MixedDirection.mirrorKey, .bool(true))) }
            return row + InterchangeKeys.tieExtraPairs(t)
        }
        let edgeColumns = AttributeColumns(edgeRows, leading: ["mechanism", "weight", "directed", MixedDirection.mirrorKey, "basis"])
        let graphPairs = NetworkDocumentParts.networkLevel(net)

        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        if let note = layout.note { out += "  <!-- GovNet: \(note) -->\n" }
        for (i, (k, _)) in graphPairs.enumerated() {
            out += "  <key id=\"g\(i)\" for=\"graph\" attr.name=\"\(XMLText.escape(k))\" attr.type=\"string\"/>\n"
        }
        for (i, c) in nodeColumns.columns.enumerated() {
            out += "  <key id=\"d\(i)\" for=\"node\" attr.name=\"\(XMLText.escape(c.name))\" attr.type=\"\(c.type.rawValue)\"/>\n"
        }
        for (i, c) in edgeColumns.columns.enumerated() {
            out += "  <key id=\"e\(i)\" for=\"edge\" attr.name=\"\(XMLText.escape(c.name))\" attr.type=\"\(c.type.rawValue)\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"\(anyDirected ? "directed" : "undirected")\">\n"
        for (i, (_, v)) in graphPairs.enumerated() {
            let text: String
            if case .string(let s) = v { text = s } else { text = v.rendered(pretty: false).trimmingCharacters(in: .newlines) }
            out += "    <data key=\"g\(i)\">\(XMLText.escape(text))</data>\n"
        }
        let nodeIndex = Dictionary(uniqueKeysWithValues: nodeColumns.columns.enumerated().map { ($1.name, $0) })
        for (d, row) in zip(net.departments, nodeRows) {
            if row.isEmpty { out += "    <node id=\"\(XMLText.escape(d.id))\"/>\n"; continue }
            out += "    <node id=\"\(XMLText.escape(d.id))\">\n"
            for (k, v) in row { out += "      <data key=\"d\(nodeIndex[k]!)\">\(XMLText.escape(v.description))</data>\n" }
            out += "    </node>\n"
        }
        let edgeIndex = Dictionary(uniqueKeysWithValues: edgeColumns.columns.enumerated().map { ($1.name, $0) })
        // Edge ids only for parallel edges: NetworkX keeps them as the multigraph keys, but as an extra
        // `id` attribute of a simple graph.
        let pairs = layout.edges.map { anyDirected ? "\($0.from)\u{0}\($0.to)" : "\(min($0.from, $0.to))\u{0}\(max($0.from, $0.to))" }
        let parallel = Set(pairs).count < pairs.count
        for (i, (e, row)) in zip(layout.edges, edgeRows).enumerated() {
            out += "    <edge\(parallel ? " id=\"e\(i)\"" : "") source=\"\(XMLText.escape(e.from))\" target=\"\(XMLText.escape(e.to))\">\n"
            for (k, v) in row { out += "      <data key=\"e\(edgeIndex[k]!)\">\(XMLText.escape(v.description))</data>\n" }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return (out, layout.warnings(file: file, format: "GraphML") + nodeColumns.mixedWarnings(file: file, format: "GraphML", what: "department")
                    + edgeColumns.mixedWarnings(file: file, format: "GraphML", what: "tie"))
    }
}
