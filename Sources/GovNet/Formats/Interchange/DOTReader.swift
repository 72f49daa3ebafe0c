/// Reads Graphviz DOT with a parser of our own (no libcgraph): `graph`/`digraph`/`strict`, node and
/// edge statements with attribute lists, edge chains `a -> b -> c`, subgraphs (flattened; as edge
/// operands they stand for all their nodes), `node`/`edge` default attributes with subgraph scope,
/// graph attributes, ports (dropped), quoted IDs with escapes and `+` concatenation, HTML strings
/// (kept as text), numerals such as `-1.5`, and `//`, `/* */` and `#` comments.
///
/// Mapping: node `label` is the department name (unless `\N`); `kind`, `level`, `names.<lang>`,
/// `formerly` and other attributes as in ``DOTWriter``; edge `mechanism` (default `link`), `weight`,
/// `basis`, attributes; `dir=none` makes a tie of a digraph undirected, `dir=forward`/`back` a tie of
/// a graph directed. Quoted values are text, unquoted numerals and `true`/`false` numbers and flags.
/// Graph attributes `title`, … and `mechanisms`/`functions` (JSON text) restore the network level.
///
/// References: Graphviz, "The DOT Language", graphviz.org/doc/info/lang.html. Read back what
/// `networkx.nx_agraph.write_dot`/`nx_pydot.write_dot` and Graphviz write.
public enum DOTReader {
    enum Token: Equatable {
        case id(String, quoted: Bool)
        case punct(Character)
        case edgeop(directed: Bool)
        case end
    }

    /// Reads a DOT graph.
    /// - Throws: ``FormatError`` with the line of the first syntax error, for text that is not UTF-8,
    ///   or nesting deeper than ``InterchangeLimits/maxDepth``.
    /// - Complexity: O(file size).
    public static func read(bytes: [UInt8], file: String) throws -> (Network, SourceMap, [Diagnostic]) {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let nul = body.firstIndex(of: 0) {
            throw FormatError(file: file, line: body[..<nul].filter { $0 == 0x0A }.count + 1, Message("reader.text.nul", [("format", .text("DOT"))]))
        }
        guard let text = String(validating: body, as: UTF8.self) else { throw FormatError(file: file, line: nil, Message("reader.csv.not-utf8")) }
        var parser = DOTParser(lexer: DOTLexer(Array(text.unicodeScalars), file: file), file: file)
        try parser.parseGraph()
        return parser.builder.finish()
    }
}

/// Splits DOT text into tokens with lines.
struct DOTLexer {
    let chars: [Unicode.Scalar]
    let file: String
    var pos = 0
    var line = 1
    var atLineStart = true

    init(_ chars: [Unicode.Scalar], file: String) {
        self.chars = chars
        self.file = file
    }

    func error(_ message: Message, line: Int? = nil) -> FormatError {
        FormatError(file: file, line: line ?? self.line, Message("reader.dot.invalid", [("detail", .message(message))]))
    }

    static func isIDStart(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" || c.value >= 0x80
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    mutating func skipTrivia() throws {
        while pos < chars.count {
            let c = chars[pos]
            if c == "\n" { line += 1; pos += 1; atLineStart = true; continue }
            if c == " " || c == "\t" || c == "\r" || c == "\u{FEFF}" { pos += 1; continue }
            if c == "#" && atLineStart { while pos < chars.count && chars[pos] != "\n" { pos += 1 }; continue }
            if c == "/" && pos + 1 < chars.count && chars[pos + 1] == "/" { while pos < chars.count && chars[pos] != "\n" { pos += 1 }; continue }
            if c == "/" && pos + 1 < chars.count && chars[pos + 1] == "*" {
                let start = line
                pos += 2
                while pos < chars.count && !(chars[pos] == "*" && pos + 1 < chars.count && chars[pos + 1] == "/") {
                    if chars[pos] == "\n" { line += 1 }
                    pos += 1
                }
                guard pos < chars.count else { throw error(Message("reader.dot.comment", [("line", .count(start))]), line: start) }
                pos += 2
                continue
            }
            return
        }
    }

    /// The next token and its line.
    mutating func next() throws -> (DOTReader.Token, Int) {
        try skipTrivia()
        atLineStart = false
        guard pos < chars.count else { return (.end, chars.last == "\n" ? max(line - 1, 1) : line) }
        let c = chars[pos], l = line
        if "{}[]=;,:".unicodeScalars.contains(c) { pos += 1; return (.punct(Character(c)), l) }
        if c == "-" && pos + 1 < chars.count && (chars[pos + 1] == ">" || chars[pos + 1] == "-") {
            pos += 2
            return (.edgeop(directed: chars[pos - 1] == ">"), l)
        }
        if c == "\"" { return (.id(try quoted(), quoted: true), l) }
        if c == "<" { return (.id(try html(), quoted: true), l) }
        if c == "-" || c == "." || Self.isDigit(c) {
            var s = String(c)
            pos += 1
            var dot = c == "."
            while pos < chars.count, Self.isDigit(chars[pos]) || (chars[pos] == "." && !dot) {
                if chars[pos] == "." { dot = true }
                s.unicodeScalars.append(chars[pos]); pos += 1
            }
            guard s != "-", s != ".", s != "-." else { throw error(Message("reader.interchange.not-number", [("value", .text(s))])) }
            // Graphviz splits `1e999` or `2x` into a number and a name ("badly delimited number"), which
            // would silently read `weight=1e999` as weight 1: refuse it instead.
            if pos < chars.count, Self.isIDStart(chars[pos]) {
                var rest = ""
                while pos < chars.count, Self.isIDStart(chars[pos]) || Self.isDigit(chars[pos]) || chars[pos] == "-" || chars[pos] == "+" || chars[pos] == "." {
                    rest.unicodeScalars.append(chars[pos]); pos += 1
                }
                throw error(Message("reader.dot.number", [("value", .text(s + rest))]))
            }
            return (.id(s, quoted: false), l)
        }
        if Self.isIDStart(c) {
            var s = ""
            while pos < chars.count, Self.isIDStart(chars[pos]) || Self.isDigit(chars[pos]) { s.unicodeScalars.append(chars[pos]); pos += 1 }
            return (.id(s, quoted: false), l)
        }
        throw error(Message("reader.dot.character", [("character", .text(c.escaped(asASCII: true)))]))
    }

    /// A double-quoted string (and `+ "…"` continuations): `\"`, `\\`, `\n` and `\r` decoded, `\xHH` for a
    /// control character (C0 or DEL) decoded, `\%` at the start decoded to `%` (every escape
    /// ``DOTText/quoted(_:)`` writes), a backslash before a line break removed, other backslash sequences
    /// kept as written (Graphviz's label escapes such as `\l` or `\N` stay text).
    mutating func quoted() throws -> String {
        var s = ""
        while true {
            let start = line
            pos += 1
            var closed = false
            while pos < chars.count {
                let c = chars[pos]
                if c == "\\" && pos + 1 < chars.count {
                    let e = chars[pos + 1]
                    switch e {
                    case "\"": s += "\""
                    case "\\": s += "\\"
                    case "n": s += "\n"
                    case "r": s += "\r"
                    case "%" where s.isEmpty: s += "%"
                    case "x" where controlCharacter(at: pos + 2) != nil:
                        s.unicodeScalars.append(controlCharacter(at: pos + 2)!)
                        pos += 2
                    case "\n": line += 1
                    case "\r": if pos + 2 < chars.count && chars[pos + 2] == "\n" { pos += 1; line += 1 }
                    default: s.unicodeScalars.append(c); s.unicodeScalars.append(e)
                    }
                    pos += 2
                    continue
                }
                if c == "\"" { closed = true; pos += 1; break }
                if c == "\n" { line += 1 }
                s.unicodeScalars.append(c)
                pos += 1
            }
            guard closed else { throw error(Message("reader.dot.string", [("line", .count(start))]), line: start) }
            // "a" + "b"
            let save = (pos, line, atLineStart)
            try skipTrivia()
            if pos < chars.count && chars[pos] == "+" {
                pos += 1
                try skipTrivia()
                if pos < chars.count && chars[pos] == "\"" { continue }
                throw error(Message("reader.dot.plus"))
            }
            (pos, line, atLineStart) = save
            return s
        }
    }

    /// The control character (C0 or DEL) written as two hex digits at `i`, if they are there.
    func controlCharacter(at i: Int) -> Unicode.Scalar? {
        guard i + 1 < chars.count, chars[i].properties.isASCIIHexDigit, chars[i + 1].properties.isASCIIHexDigit,
              let v = UInt32(String(String.UnicodeScalarView([chars[i], chars[i + 1]])), radix: 16),
              v < 0x20 || v == 0x7F else { return nil }
        return Unicode.Scalar(v)
    }

    /// An HTML string `<…>` with nested angle brackets, returned without the outer brackets.
    mutating func html() throws -> String {
        let start = line
        var depth = 0
        var s = ""
        while pos < chars.count {
            let c = chars[pos]
            if c == "\n" { line += 1 }
            if c == "<" { depth += 1; if depth > 1 { s.unicodeScalars.append(c) } }
            else if c == ">" { depth -= 1; if depth == 0 { pos += 1; return s }; s.unicodeScalars.append(c) }
            else { s.unicodeScalars.append(c) }
            pos += 1
        }
        throw error(Message("reader.dot.html", [("line", .count(start))]), line: start)
    }
}
