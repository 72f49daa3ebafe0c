import Yams

/// Reads YAML (through Yams/libyaml) into a ``DocNode`` tree with source positions.
///
/// Aliases are expanded with a node budget (``DocumentLimits/maxNodes``) so an alias bomb
/// ("billion laughs") is rejected quickly instead of exhausting memory, and nesting is bounded by
/// ``DocumentLimits/maxDepth`` (checked on the text before libyaml's recursive composer sees it).
public enum YAMLDocumentReader {
    /// Parses `text`.
    /// - Throws: ``FormatError`` with the line and column libyaml reports.
    public static func parse(_ text: String, file: String) throws -> DocNode? {
        if let (line, depth) = excessiveFlowNesting(text) {
            throw FormatError(file: file, line: line, Message("reader.yaml.nesting-found", [("limit", .count(DocumentLimits.maxDepth)), ("depth", .count(depth))]))
        }
        // Full-width ':' or ',' where YAML needs its own would be misread silently: an error with the fix.
        let fullWidth = FullWidthPunctuation.check(text, file: file)
        if !fullWidth.isEmpty { throw FormatError(fullWidth) }
        let limit = DocumentLimits.nodeBudget(byteCount: text.utf8.count)
        switch YAMLAliasBudget.firstExcess(text, limit: limit) {
        case .nodes(let line):
            throw FormatError(file: file, line: line, Message("reader.yaml.alias-bomb", [("limit", .count(limit))]))
        case .size(let line):
            throw FormatError(file: file, line: line, tooManyNodesMessage(limit))
        case .depth(let line):
            throw FormatError(file: file, line: line, Message("reader.yaml.nesting", [("limit", .count(DocumentLimits.maxDepth))]))
        case nil:
            break
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let e as YamlError {
            throw FormatError([describe(e, file: file, text: text)])
        } catch {
            throw FormatError([YAMLSyntaxError.diagnostic(file: file, problem: excerpt("\(error)", 200), context: nil, line: 1, column: 1, text: text)])
        }
        guard let root else { return nil }
        var budget = limit
        return try convert(root, file: file, depth: 0, budget: &budget, limit: limit)
    }

    private static func describe(_ e: YamlError, file: String, text: String) -> Diagnostic {
        switch e {
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = excerpt(duplicates.sorted().first ?? "")
            return Diagnostic(.error, file: file, line: secondKeyLine(key, in: text, from: context.mark.line) ?? context.mark.line,
                              field: key, Message("reader.yaml.duplicate-key", [("key", .text(key)), ("line", .count(context.mark.line))]))
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if problem.hasPrefix("Maximum nesting level") {
                return Diagnostic(.error, file: file, line: mark.line, column: mark.column,
                                  Message("reader.yaml.nesting", [("limit", .count(1000))]))
            }
            return YAMLSyntaxError.diagnostic(file: file, problem: problem, context: context.map { ($0.text, $0.mark.line) },
                                              line: mark.line, column: mark.column, text: text)
        case .reader(let problem, _, _, _):
            return Diagnostic(.error, file: file, Message("reader.yaml.not-text", [("detail", .text(excerpt(problem, 200)))]))
        default:
            return YAMLSyntaxError.diagnostic(file: file, problem: excerpt("\(e)", 200), context: nil, line: 1, column: 1, text: text)
        }
    }

    /// The message for a document that holds more than `limit` nodes as written (no aliases involved).
    static func tooManyNodesMessage(_ limit: Int) -> Message {
        Message("reader.yaml.too-many-nodes", [("limit", .count(limit))])
    }

    /// ``tooManyNodesMessage(_:)`` in English.
    static func tooManyNodes(_ limit: Int) -> String { ReportLanguage.en.render(tooManyNodesMessage(limit)) }

    /// At most `limit` characters of text from the file, for a message (a hostile key may be megabytes).
    static func excerpt(_ s: String, _ limit: Int = 40) -> String {
        s.count > limit ? String(s.prefix(limit)) + "…" : s
    }

    /// The line of the second `key:` at the start of a line (after indentation or `- `) from `start` on.
    private static func secondKeyLine(_ key: String, in text: String, from start: Int) -> Int? {
        var seen = 0
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where i + 1 >= start {
            var t = line.drop { $0 == " " }
            if t.hasPrefix("- ") { t = t.dropFirst(2).drop { $0 == " " } }
            if t.hasPrefix(key + ":") || t.hasPrefix("\"\(key)\":") || t.hasPrefix("'\(key)':") {
                seen += 1
                if seen == 2 { return i + 1 }
            }
        }
        return nil
    }

    /// Finds runaway flow nesting (`[[[[…` or `{{{…`) or block indentation depth before libyaml
    /// recurses on it. Returns the line and depth when it is beyond the limit.
    private static func excessiveFlowNesting(_ text: String) -> (Int, Int)? {
        var depth = 0, line = 1
        var quote: UInt8 = 0
        for b in text.utf8 {
            if b == 0x0A { line += 1; if quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") { continue } }
            if quote != 0 { if b == quote { quote = 0 }; continue }
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = b
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > DocumentLimits.maxDepth { return (line, depth) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    private static func convert(_ node: Node, file: String, depth: Int, budget: inout Int, limit: Int) throws -> DocNode {
        budget -= 1
        if budget < 0 {
            throw FormatError(file: file, line: node.mark?.line, Message("reader.yaml.alias-bomb", [("limit", .count(limit))]))
        }
        if depth > DocumentLimits.maxDepth {
            throw FormatError(file: file, line: node.mark?.line, Message("reader.yaml.nesting", [("limit", .count(DocumentLimits.maxDepth))]))
        }
        let line = node.mark?.line ?? 0, column = node.mark?.column ?? 0
        switch node {
        case .scalar(let s):
            let quoted = s.style != .plain && s.style != .any
            if !quoted && (s.string == "~" || s.string == "null" || s.string == "Null" || s.string == "NULL" || s.string.isEmpty) {
                return DocNode(.null, line: line, column: column)
            }
            return DocNode(.scalar(s.string, quoted: quoted), line: line, column: column)
        case .sequence(let seq):
            var items: [DocNode] = []
            items.reserveCapacity(seq.count)
            for item in seq { items.append(try convert(item, file: file, depth: depth + 1, budget: &budget, limit: limit)) }
            return DocNode(.array(items), line: line, column: column)
        case .mapping(let map):
            var members: [(key: String, line: Int, value: DocNode)] = []
            for (k, v) in map {
                guard case .scalar(let ks) = k else {
                    // Name the kind only: Yams' description of the node dumps all of it (an aliased key
                    // made a 199 MB message).
                    let kind = switch k { case .mapping: "mapping"; case .sequence: "list"; default: "alias" }
                    throw FormatError(file: file, line: k.mark?.line, column: k.mark?.column,
                                      Message("reader.yaml.complex-key", [("kind", .message(Message("reader.yaml.node.\(kind)")))]))
                }
                members.append((ks.string, k.mark?.line ?? line, try convert(v, file: file, depth: depth + 1, budget: &budget, limit: limit)))
            }
            return DocNode(.object(members), line: line, column: column)
        case .alias:
            throw FormatError(file: file, line: line, column: column, Message("reader.yaml.unresolved-alias"))
        }
    }
}
