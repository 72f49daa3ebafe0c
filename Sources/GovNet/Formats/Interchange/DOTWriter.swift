import Foundation

/// Writes a network as Graphviz DOT that ``DOTReader`` reads back without loss and Graphviz renders.
///
/// `digraph` when any tie is directed (undirected ties get `dir=none`), else `graph`. Departments are
/// node statements: `label` (the name), `kind`, `level`, `names.<lang>`, `formerly` (JSON text) and
/// attributes; ties are edge statements with `mechanism`, `weight`, `basis` and attributes. The
/// network's metadata and its `mechanisms` and `functions` (JSON text) are graph attributes.
/// Text values are always quoted (so they stay text), numbers and flags bare.
///
/// Escaping (``DOTText``, shared with the diagrams): an ID is written bare only when it is a plain
/// identifier (`[A-Za-z_\x80-…][A-Za-z0-9_\x80-…]*`, not a keyword `node edge graph digraph subgraph
/// strict` in any case); otherwise it, like every text value, is quoted injectively (``DOTText/quoted(_:)``:
/// `\"`, `\\`, `\n`, `\r`, `\xHH` for other control characters, `\%` for a leading `%`, which cgraph would
/// take for an anonymous node), and ``DOTReader`` decodes every one of these escapes. Digit-leading
/// ids (`001`) are quoted so they stay text.
///
/// References: E.R. Gansner, S.C. North, "An open graph visualization system and its applications to
/// software engineering", Software: Practice and Experience 30(11), 2000, doi:10.1002/1097-024X(200009)30:11<1203::AID-SPE338>3.0.CO;2-N.
/// Like `networkx.nx_agraph.write_dot`, with complete escaping.
public enum DOTWriter {
    /// A value: numbers that are DOT numerals and flags bare, everything else quoted.
    static func value(_ v: AttributeValue) -> String {
        switch v {
        case .string(let s): return DOTText.quoted(s)
        case .bool(let b): return b ? "true" : "false"
        case .number(let x):
            let s = NumberFormat.canonical(x)
            return s.contains("e") || s.contains("n") || s.contains("i") ? DOTText.quoted(s) : s
        }
    }

    static func list(_ pairs: [(String, AttributeValue)]) -> String {
        pairs.isEmpty ? "" : " [" + pairs.map { "\(DOTText.id($0.0))=\(value($0.1))" }.joined(separator: ", ") + "]"
    }

    /// The sentence said (as a `//` comment and a warning) when a network mixes directed and undirected
    /// ties: DOT says each tie's direction, but readers other than Graphviz and GovNet keep `dir` as a
    /// plain attribute (`writer.mixed.dot`; the comment in English).
    static var mixedNote: String { ReportLanguage.en.render("writer.mixed.dot") }

    /// The DOT text of `net`.
    /// - Returns: the text, and for a network mixing directed and undirected ties a warning saying how
    ///   they were written (DOT holds every field).
    /// - Complexity: O(n + m) times the number of attributes.
    public static func write(_ net: Network, file: String) -> (text: String, warnings: [Diagnostic]) {
        let anyDirected = net.ties.contains { net.isDirected($0) }
        let mixed = anyDirected && net.ties.contains { !net.isDirected($0) }
        var out = mixed ? "// GovNet: \(mixedNote)\n" : ""
        out += anyDirected ? "digraph {\n" : "graph {\n"
        for (k, v) in NetworkDocumentParts.networkLevel(net) {
            let text: String
            if case .string(let s) = v { text = s } else { text = v.rendered(pretty: false).trimmingCharacters(in: .newlines) }
            out += "  \(DOTText.id(k))=\(DOTText.quoted(text));\n"
        }
        for d in net.departments {
            var pairs = InterchangeKeys.departmentPairs(d)
            if let i = pairs.firstIndex(where: { $0.0 == "name" }) { pairs[i].0 = "label" }
            out += "  \(DOTText.id(d.id))\(list(pairs));\n"
        }
        let op = anyDirected ? "->" : "--"
        let plainMechanism = NetworkDocumentParts.onlyDefaultMechanism(net), unitWeights = NetworkDocumentParts.unitWeights(net)
        for t in net.ties {
            var pairs: [(String, AttributeValue)] = []
            if !plainMechanism { pairs.append(("mechanism", .string(t.mechanism))) }
            if !unitWeights { pairs.append(("weight", .number(t.weight))) }
            if anyDirected && !net.isDirected(t) { pairs.append(("dir", .string("none"))) }
            pairs += InterchangeKeys.tieExtraPairs(t).map { ($0.0 == "dir" ? "attributes.dir" : $0.0, $0.1) }
            out += "  \(DOTText.id(t.from)) \(op) \(DOTText.id(t.to))\(list(pairs));\n"
        }
        return (out + "}\n", mixed ? [Diagnostic(.warning, file: file, Message("writer.format-note", [("format", .text("DOT")), ("note", .message(Message("writer.mixed.dot")))]))] : [])
    }
}
