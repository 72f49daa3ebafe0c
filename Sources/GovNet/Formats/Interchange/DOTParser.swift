/// The recursive-descent DOT grammar (graphviz.org/doc/info/lang.html) over ``DOTLexer`` tokens,
/// building departments and ties as it goes. Subgraph nesting is bounded by
/// ``InterchangeLimits/maxDepth``.
struct DOTParser {
    typealias Attributes = [(key: String, value: String, quoted: Bool, line: Int)]

    var lexer: DOTLexer
    let file: String
    var builder: InterchangeBuilder
    var token: DOTReader.Token = .end
    var line = 1
    var directed = false
    /// Default node and edge attributes per scope.
    var nodeDefaults: [Attributes] = [[]]
    var edgeDefaults: [Attributes] = [[]]
    var known: [String: Int] = [:]
    var spellings = CanonicalSpellings()
    /// Most ties the file may imply (``InterchangeLimits/maxImpliedTies(fileSize:)``); the same bound
    /// holds for the attributes applied to nodes and ties, defaults included (`node [a=1]` repeated
    /// 50,000 times before 20,000 nodes would apply a billion: 3 GB and minutes).
    let maxTies: Int
    var appliedAttributes: ImpliedBudget

    init(lexer: DOTLexer, file: String) {
        self.maxTies = InterchangeLimits.maxImpliedTies(fileSize: lexer.chars.count)
        self.appliedAttributes = ImpliedBudget(fileSize: lexer.chars.count)
        self.lexer = lexer
        self.file = file
        self.builder = InterchangeBuilder(file: file, defaultDirected: false)
    }

    mutating func advance() throws { (token, line) = try lexer.next() }

    func error(_ message: Message) -> FormatError { lexer.error(message, line: line) }

    func describe(_ t: DOTReader.Token) -> MessageArgument {
        switch t {
        case .id(let s, _): return .message(Message("reader.dot.token", [("token", .text(s))]))
        case .punct(let c): return .message(Message("reader.dot.token", [("token", .text(String(c)))]))
        case .edgeop(let d): return .message(Message("reader.dot.token", [("token", .text(d ? "->" : "--"))]))
        case .end: return .message(Message("reader.dot.end-of-file"))
        }
    }

    mutating func expect(_ c: Character) throws {
        guard token == .punct(c) else { throw error(Message("reader.dot.expected", [("expected", .text(String(c))), ("found", describe(token))])) }
        try advance()
    }

    func keyword(_ t: DOTReader.Token, _ word: String) -> Bool {
        if case .id(let s, false) = t { return s.lowercased() == word }
        return false
    }

    mutating func parseGraph() throws {
        try advance()
        if token == .end { throw FormatError(file: file, line: 1, Message("reader.dot.empty")) }
        if keyword(token, "strict") { try advance() }
        if keyword(token, "digraph") { directed = true } else if !keyword(token, "graph") {
            throw error(Message("reader.dot.expected-graph", [("found", describe(token))]))
        }
        builder.defaultDirected = directed
        try advance()
        if case .id = token { try advance() }
        try expect("{")
        _ = try statements(depth: 1)
        try expect("}")
        if token != .end { builder.warning(line: line, Message("reader.dot.first-graph-only")) }
    }

    /// Parses statements up to the closing brace; returns the nodes they mention, in order.
    mutating func statements(depth: Int) throws -> [String] {
        guard depth <= InterchangeLimits.maxDepth else { throw error(Message("reader.dot.depth", [("limit", .count(InterchangeLimits.maxDepth))])) }
        var mentioned: [String] = []
        while token != .punct("}") {
            if token == .end { throw error(Message("reader.dot.unclosed-graph")) }
            if token == .punct(";") { try advance(); continue }
            try statement(depth: depth, mentioned: &mentioned)
        }
        return mentioned
    }

    mutating func statement(depth: Int, mentioned: inout [String]) throws {
        let stmtLine = line
        if keyword(token, "node") || keyword(token, "edge") || keyword(token, "graph") {
            let which = keyword(token, "node") ? 0 : keyword(token, "edge") ? 1 : 2
            try advance()
            let attributes = try attributeLists()
            switch which {
            case 0: nodeDefaults[nodeDefaults.count - 1] += attributes
            case 1: edgeDefaults[edgeDefaults.count - 1] += attributes
            default: if depth == 1 { graphAttributes(attributes) }
            }
            return
        }
        // ID '=' ID at statement level: a graph attribute.
        if case .id(let key, _) = token, !keyword(token, "subgraph") {
            let save = lexer, saveToken = token, saveLine = line
            try advance()
            if token == .punct("=") {
                try advance()
                guard case .id(let value, let quoted) = token else { throw error(Message("reader.dot.value-after", [("key", .text(key)), ("found", describe(token))])) }
                try advance()
                if depth == 1 { graphAttributes([(key, value, quoted, stmtLine)]) }
                return
            }
            lexer = save; token = saveToken; line = saveLine
        }
        var operands: [[String]] = [try operand(depth: depth)]
        var ops: [Bool] = []
        while case .edgeop(let d) = token {
            if d != directed { throw error(Message("reader.dot.edgeop", [("found", .text(d ? "->" : "--")), ("graph", .text(directed ? "digraph" : "graph")), ("use", .text(directed ? "->" : "--"))])) }
            ops.append(d)
            try advance()
            operands.append(try operand(depth: depth))
        }
        let attributes = try attributeLists()
        for o in operands { mentioned += o }
        if ops.isEmpty {
            // A node statement (or a bare subgraph).
            if operands[0].count == 1 { try applyNode(operands[0][0], attributes, line: stmtLine) }
            return
        }
        for k in 0..<ops.count {
            let (product, overflow) = operands[k].count.multipliedReportingOverflow(by: operands[k + 1].count)
            if overflow || builder.network.ties.count + product > maxTies {
                throw FormatError(file: file, line: stmtLine, Message("reader.dot.too-many-ties", [("limit", .count(maxTies))]))
            }
            for u in operands[k] { for v in operands[k + 1] { try addEdge(u, v, attributes, line: stmtLine) } }
        }
    }

    /// A node id (port dropped) or a subgraph; returns the nodes it stands for.
    mutating func operand(depth: Int) throws -> [String] {
        if keyword(token, "subgraph") || token == .punct("{") {
            if keyword(token, "subgraph") {
                try advance()
                if case .id = token { try advance() }
            }
            try expect("{")
            nodeDefaults.append(nodeDefaults.last!)
            edgeDefaults.append(edgeDefaults.last!)
            let nodes = try statements(depth: depth + 1)
            nodeDefaults.removeLast()
            edgeDefaults.removeLast()
            try expect("}")
            return nodes
        }
        guard case .id(let id, _) = token else { throw error(Message("reader.dot.expected-statement", [("found", describe(token))])) }
        let l = line
        try advance()
        if token == .punct(":") {
            try advance()
            guard case .id = token else { throw error(Message("reader.dot.port")) }
            try advance()
            if token == .punct(":") { try advance(); guard case .id = token else { throw error(Message("reader.dot.compass")) }; try advance() }
        }
        try ensureNode(id, line: l)
        return [id]
    }

    mutating func attributeLists() throws -> Attributes {
        var out: Attributes = []
        while token == .punct("[") {
            try advance()
            while token != .punct("]") {
                guard case .id(let key, _) = token else { throw error(Message("reader.dot.attribute-name", [("found", describe(token))])) }
                let l = line
                try advance()
                var value = "true", quoted = false
                if token == .punct("=") {
                    try advance()
                    guard case .id(let v, let q) = token else { throw error(Message("reader.dot.value-after", [("key", .text(key)), ("found", describe(token))])) }
                    value = v; quoted = q
                    try advance()
                }
                out.append((key, value, quoted, l))
                if token == .punct(",") || token == .punct(";") { try advance() }
            }
            try advance()
        }
        return out
    }

    static func value(_ text: String, quoted: Bool) -> AttributeValue {
        quoted ? .string(text) : AttributeValue.inferred(from: text)
    }

    mutating func ensureNode(_ id: String, line: Int) throws {
        if let i = known[id] {
            // Swift compares strings by canonical equivalence: a differently normalised spelling of a
            // known id is another department, kept so the validator reports the collision.
            if spellings.isNewSpelling(id, of: builder.network.departments[i].id) {
                builder.add(Department(id: id), line: line)
            }
            return
        }
        known[id] = builder.network.departments.count
        builder.add(Department(id: id), line: line)
        try applyNode(id, nodeDefaults.last!, line: line)
    }

    mutating func applyNode(_ id: String, _ attributes: Attributes, line: Int) throws {
        guard let i = known[id] else { return }
        try appliedAttributes.spend(attributes.count, file: file, line: line, Message("reader.interchange.implied.dot"))
        var d = builder.network.departments[i]
        for (k, v, q, _) in attributes {
            if k == "label" { if v != "\\N" { d.name = v }; continue }
            InterchangeKeys.applyDepartmentField(k, Self.value(v, quoted: q), to: &d)
        }
        builder.network.departments[i] = d
    }

    mutating func addEdge(_ u: String, _ v: String, _ attributes: Attributes, line: Int) throws {
        try appliedAttributes.spend(edgeDefaults.last!.count + attributes.count, file: file, line: line, Message("reader.interchange.implied.dot"))
        var tie = Tie(from: u, to: v, mechanism: EdgeListCSV.defaultMechanism, directed: directed)
        for (k, value, q, l) in edgeDefaults.last! + attributes {
            if k == "dir" {
                switch value.lowercased() {
                case "none": tie.directed = false; continue
                case "forward": tie.directed = true; continue
                case "back": tie.directed = true; (tie.from, tie.to) = (v, u); continue
                default: break
                }
            }
            if let message = InterchangeApply.tieField(k, Self.value(value, quoted: q), to: &tie) {
                builder.error(line: l, field: k, message)
                return
            }
        }
        builder.add(tie, line: line)
    }

    mutating func graphAttributes(_ attributes: Attributes) {
        for (k, v, _, l) in attributes {
            if k == "mechanisms" || k == "functions" {
                builder.applyNetworkJSON(key: k, text: v, line: l)
            } else if NetworkDocumentDecoder.metadataKeys.contains(k) {
                builder.applyNetworkDocument([(k, l, DocNode(.scalar(v, quoted: true), line: l, column: 1))])
            }
        }
    }
}
