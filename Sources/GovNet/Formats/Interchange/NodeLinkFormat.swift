/// NetworkX node-link JSON: `{"directed", "multigraph", "graph", "nodes": [{"id", …}], "edges" (or
/// "links"): [{"source", "target", …}]}`.
///
/// Departments are nodes with their fields as properties (`name`, `names` as an object, `kind`,
/// `level`, `formerly` as a list) and attributes flat beside them (`attributes.<key>` when a name
/// collides). Ties are edges with `mechanism`, `weight`, `basis`, attributes, and for a network mixing
/// directed and undirected ties `directed` (on every edge) and `mirror` (``MixedDirection``: each
/// undirected tie as two opposite edges, said in the graph property `mixed_directions`). The `graph` object holds the metadata, `mechanisms` and
/// `functions` in the YAML/JSON schema, so the format is lossless. The writer sets `"multigraph": true`
/// when ties are parallel or several mechanisms are used, with NetworkX edge keys 0, 1, … per pair.
/// A `.json` file is read as node-link JSON when its top level has `nodes` and `links`/`edges` and no
/// `departments`.
///
/// References: NetworkX `node_link_data` / `node_link_graph` (networkx.readwrite.json_graph); the
/// D3.js force-layout JSON it follows.
public enum NodeLinkFormat {
    /// Whether a parsed JSON document is node-link data rather than a GovNet network document.
    public static func looksLikeNodeLink(_ root: DocNode) -> Bool {
        guard case .object(let members) = root.value else { return false }
        let keys = Set(members.map(\.key))
        return keys.contains("nodes") && (keys.contains("links") || keys.contains("edges")) && !keys.contains("departments")
    }

    /// Decodes node-link data (already parsed, with lines).
    /// - Returns: the network, where each element was read, and the diagnostics (errors included).
    /// - Complexity: O(size of the document).
    public static func decode(_ root: DocNode?, file: String) -> (Network, SourceMap, [Diagnostic]) {
        guard let root, case .object(let members) = root.value else {
            var b = InterchangeBuilder(file: file, defaultDirected: false)
            b.error(line: root?.line ?? 1, Message("reader.nodelink.expected-object"))
            return b.finish()
        }
        var directed = false
        var badDirected: (line: Int, text: String)?
        for (k, _, v) in members where k == "directed" {
            if case .scalar(let s, false) = v.value, s == "true" || s == "false" { directed = s == "true" } else { badDirected = (v.line, "\(v.value)") }
        }
        var b = InterchangeBuilder(file: file, defaultDirected: directed)
        if !members.contains(where: { $0.key == "nodes" }) {
            b.error(line: root.line, Message("reader.nodelink.no-nodes"))
            return b.finish()
        }
        if let badDirected { b.error(line: badDirected.line, field: "directed", Message("reader.nodelink.directed")) }
        var warnedNested = false
        func value(_ node: DocNode, key: String) -> AttributeValue? {
            switch node.value {
            case .null: return nil
            case .scalar(let s, let quoted): return quoted ? .string(s) : (s == "true" ? .bool(true) : s == "false" ? .bool(false) : Double(s).map { .number($0) } ?? .string(s))
            case .array, .object:
                if !warnedNested { b.warning(line: node.line, field: key, Message("reader.nodelink.nested")); warnedNested = true }
                return .string(text(node))
            }
        }
        for (key, line, v) in members {
            switch key {
            case "graph":
                guard case .object(let g) = v.value else { continue }
                b.applyNetworkDocument(g)
                if b.network.metadata.title == nil, let name = g.first(where: { $0.key == "name" }), case .scalar(let s, _) = name.value.value, !s.isEmpty {
                    b.network.metadata.title = s
                }
            case "nodes":
                guard case .array(let nodes) = v.value else { b.error(line: line, field: key, Message("reader.nodelink.list", [("key", .text("nodes"))])); continue }
                for n in nodes {
                    guard case .object(let fields) = n.value, let idNode = fields.first(where: { $0.key == "id" })?.value, !(idNode.value.isNull) else {
                        b.error(line: n.line, Message("reader.nodelink.node-id")); continue
                    }
                    if case .object = idNode.value { b.error(line: idNode.line, field: "id", Self.objectID); continue }
                    var d = Department(id: text(idNode))
                    for (k, _, f) in fields where k != "id" {
                        switch (k, f.value) {
                        case ("names", .object(let langs)):
                            for (lang, _, t) in langs { if let s = value(t, key: "names.\(lang)") { d.names[lang] = s.description } }
                        case ("formerly", .array(let ids)):
                            d.formerly = ids.map { text($0) }
                        default:
                            if let a = value(f, key: k) { InterchangeKeys.applyDepartmentField(k, a, to: &d) }
                        }
                    }
                    b.add(d, line: n.line)
                }
            default: continue
            }
        }
        let edgeKey = members.contains { $0.key == "edges" } ? "edges" : "links"
        for (key, line, v) in members where key == edgeKey {
            guard case .array(let edges) = v.value else { b.error(line: line, field: key, Message("reader.nodelink.list", [("key", .text(key))])); continue }
            for e in edges {
                guard case .object(let fields) = e.value,
                      let s = fields.first(where: { $0.key == "source" })?.value, let t = fields.first(where: { $0.key == "target" })?.value else {
                    b.error(line: e.line, Message("reader.nodelink.edge-ends")); continue
                }
                if case .object = s.value { b.error(line: s.line, field: "source", Self.objectID); continue }
                if case .object = t.value { b.error(line: t.line, field: "target", Self.objectID); continue }
                let from = text(s), to = text(t)
                b.ensure(from, line: e.line)
                b.ensure(to, line: e.line)
                var tie = Tie(from: from, to: to, mechanism: EdgeListCSV.defaultMechanism, directed: directed)
                var bad = false, mirror = false
                for (k, l, f) in fields where !["source", "target", "key"].contains(k) {
                    guard let a = value(f, key: k) else { continue }
                    if k == MixedDirection.mirrorKey { mirror = MixedDirection.isMirror(a); continue }
                    if let message = InterchangeApply.tieField(k, a, to: &tie) { b.error(line: l, field: k, message); bad = true }
                }
                if !bad && !mirror { b.add(tie, line: e.line) }
            }
        }
        return b.finish()
    }

    /// An id as JSON: a number when it is a plain integer (`7`, `-12`; not `007`), as NetworkX writes
    /// integer nodes, so they read back as integers there; text otherwise.
    static func nodeID(_ id: String) -> JSONValue {
        let digits = id.hasPrefix("-") ? id.dropFirst() : Substring(id)
        guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy({ $0 >= "0" && $0 <= "9" }),
              digits.count == 1 || digits.first != "0", id != "-0", let x = Double(id) else { return .string(id) }
        return .number(x)
    }

    /// The graph property that says how a mixed network was written (``MixedDirection/note``).
    static let mixedDirectionsKey = "mixed_directions"

    /// Ids are strings, numbers or lists (NetworkX writes tuple nodes as lists); a mapping never is one.
    static let objectID = Message("reader.nodelink.object-id")

    /// The text of a scalar (ids), or compact JSON for lists and objects.
    static func text(_ node: DocNode) -> String {
        switch node.value {
        case .null: return ""
        case .scalar(let s, _): return s
        case .array(let items): return "[" + items.map { item in
            if case .scalar(let s, true) = item.value { var o = ""; JSONValue.quote(s, into: &o); return o }
            return text(item)
        }.joined(separator: ",") + "]"
        case .object(let fields): return "{" + fields.map { k, _, v in
            var o = ""; JSONValue.quote(k, into: &o)
            if case .scalar(let s, true) = v.value { var q = ""; JSONValue.quote(s, into: &q); return o + ":" + q }
            return o + ":" + text(v)
        }.joined(separator: ",") + "}"
        }
    }

    /// Writes `net` as node-link JSON (edges under `"edges"`, the key NetworkX 3.4+ reads by default).
    /// - Returns: the text, and a warning for a network mixing directed and undirected ties (how they
    ///   were written); the format holds everything.
    /// - Complexity: O(n + m).
    public static func write(_ net: Network, file: String) -> (text: String, warnings: [Diagnostic]) {
        let layout = MixedDirection(net)
        let anyDirected = layout.anyDirected
        var pairCount: [String: Int] = [:]
        var keys: [Int] = []
        for e in layout.edges {
            let pair = anyDirected ? "\(e.from)\u{0}\(e.to)" : "\(min(e.from, e.to))\u{0}\(max(e.from, e.to))"
            keys.append(pairCount[pair, default: 0])
            pairCount[pair, default: 0] += 1
        }
        let multigraph = net.usedMechanismIDs.count > 1 || keys.contains { $0 > 0 }
        func json(_ v: AttributeValue) -> JSONValue {
            switch v { case .string(let s): return .string(s); case .number(let x): return .number(x); case .bool(let b): return .bool(b) }
        }
        let nodes: [JSONValue] = net.departments.map { d in
            var o: [(String, JSONValue)] = [("id", nodeID(d.id))]
            if d.name != d.id { o.append(("name", .string(d.name))) }
            if !d.names.isEmpty { o.append(("names", .object(d.names.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))) }
            if let k = d.kind { o.append(("kind", .string(k))) }
            if let l = d.level { o.append(("level", .string(l))) }
            if !d.formerly.isEmpty { o.append(("formerly", .array(d.formerly.map { .string($0) }))) }
            for (k, v) in d.attributes.sorted(by: { $0.key < $1.key }) {
                o.append((k == "names" ? InterchangeKeys.attributesPrefix + k : InterchangeKeys.departmentAttributeKey(k), json(v)))
            }
            return .object(o)
        }
        let plainMechanism = NetworkDocumentParts.onlyDefaultMechanism(net), unitWeights = NetworkDocumentParts.unitWeights(net)
        let edges: [JSONValue] = zip(layout.edges, keys).map { e, key in
            let t = net.ties[e.tie]
            var o: [(String, JSONValue)] = [("source", nodeID(e.from)), ("target", nodeID(e.to))]
            if multigraph { o.append(("key", .number(Double(key)))) }
            if !plainMechanism { o.append(("mechanism", .string(t.mechanism))) }
            if !unitWeights { o.append(("weight", .number(t.weight))) }
            if layout.mixed { o.append(("directed", .bool(net.isDirected(t)))) }
            if e.mirror { o.append((MixedDirection.mirrorKey, .bool(true))) }
            for (k, v) in InterchangeKeys.tieExtraPairs(t) { o.append((k, json(v))) }
            return .object(o)
        }
        let doc = JSONValue.object([
            ("directed", .bool(anyDirected)), ("multigraph", .bool(multigraph)),
            ("graph", .object(NetworkDocumentParts.networkLevel(net) + (layout.note.map { [(Self.mixedDirectionsKey, JSONValue.string($0))] } ?? []))),
            ("nodes", .array(nodes)), ("edges", .array(edges)),
        ])
        return (doc.rendered(pretty: true, compactWidth: 400), layout.warnings(file: file, format: "node-link JSON"))
    }
}

private extension DocNode.Value {
    var isNull: Bool { if case .null = self { return true } else { return false } }
}
