/// A YAML syntax error reported by libyaml, as a catalogue message: what was expected at the line
/// and column libyaml names, a suggestion for the fix, and libyaml's own words kept as the detail.
///
/// libyaml's problems are fixed English phrases (`scanner.c`, `parser.c`; Yams' composer adds
/// "found undefined alias"); each known phrase maps to a kind with its `reader.yaml.expected.*` and
/// `reader.yaml.suggestion.*` keys, and any other phrase to `other`. The `context` libyaml gives
/// ("while parsing a flow sequence" at a line) names where the construct being read started, which
/// the expectation cites ("the list opened at line 3").
///
/// - Complexity: O(length of the problem text).
enum YAMLSyntaxError {
    /// The kinds of syntax error GovNet words itself.
    enum Kind: String, CaseIterable {
        case mappingValue = "mapping-value", missingColon = "missing-colon", blockEntry = "block-entry", tab
        case badStart = "bad-start", unclosedQuote = "unclosed-quote", escape, key, listItem = "list-item"
        case flowList = "flow-list", flowMap = "flow-map", node, alias, anchor, document, tag, other
    }

    /// The kind of `problem` (libyaml's text); `character` is the offending text at the mark, when known.
    static func kind(problem: String, context: String?, character: Unicode.Scalar?) -> Kind {
        let p = problem.lowercased(), c = context?.lowercased() ?? ""
        if p.contains("tab character") || (p.contains("cannot start any token") && character == "\t") { return .tab }
        if p.contains("mapping values are not allowed") || p.contains("mapping keys are not allowed") { return .mappingValue }
        if p.contains("could not find expected ':'") { return .missingColon }
        if p.contains("block sequence entries are not allowed") { return .blockEntry }
        if p.contains("cannot start any token") { return .badStart }
        if p.contains("unknown escape character") { return .escape }
        if c.contains("quoted scalar") && (p.contains("end of stream") || p.contains("document indicator")) { return .unclosedQuote }
        if p.contains("did not find expected key") { return .key }
        if p.contains("expected '-' indicator") { return .listItem }
        if p.contains("expected ',' or ']'") { return .flowList }
        if p.contains("expected ',' or '}'") { return .flowMap }
        if p.contains("expected node content") { return .node }
        if p.contains("undefined alias") { return .alias }
        if c.contains("anchor") || c.contains("alias") { return .anchor }
        if p.contains("document start") || p.contains("another document") { return .document }
        if p.contains("tag") { return .tag }
        return .other
    }

    /// The diagnostic for libyaml's `problem` at `line`:`column`, with its `context` (text and the line
    /// the construct started on) when libyaml gives one.
    static func diagnostic(file: String, problem: String, context: (text: String, line: Int)?, line: Int, column: Int, text: String) -> Diagnostic {
        let kind = kind(problem: problem, context: context?.text, character: character(in: text, line: line, column: column))
        var detail = YAMLDocumentReader.excerpt(problem, 200)
        if let context { detail += "; " + YAMLDocumentReader.excerpt(context.text, 200) + " (line \(context.line))" }
        let opened = context?.line ?? line
        return Diagnostic(.error, file: file, line: line, column: column, Message("reader.yaml.syntax", [
            ("expected", .message(Message("reader.yaml.expected.\(kind.rawValue)", [("line", .count(opened))]))),
            ("suggestion", .message(Message("reader.yaml.suggestion.\(kind.rawValue)"))),
            ("detail", .text(detail)),
        ]))
    }

    /// The character at a 1-based line and column of `text` (libyaml counts columns in Unicode scalars).
    private static func character(in text: String, line: Int, column: Int) -> Unicode.Scalar? {
        guard line >= 1, column >= 1 else { return nil }
        var n = 1
        for l in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if n == line { return l.unicodeScalars.dropFirst(column - 1).first }
            n += 1
            if n > line { break }
        }
        return nil
    }
}
