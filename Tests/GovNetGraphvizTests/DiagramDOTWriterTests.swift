import Foundation
import Testing
import GovNet
@testable import GovNetGraphviz

@Suite struct DiagramDOTWriterTests {
    @Test func quotesAndEscapes() {
        #expect(DOTText.label("plain") == #""plain""#)
        #expect(DOTText.label(#"A "quoted" \ name"#) == #""A \"quoted\" \\ name""#)
        #expect(DOTText.label(#"\N\G\n"#) == #""\\N\\G\\n""#)
        #expect(DOTText.label("two\nlines") == #""two\nlines""#)
        #expect(DOTText.label("crlf\r\nline") == #""crlf\nline""#)
        #expect(DOTText.label("cr\rline") == #""cr\nline""#)
        #expect(DOTText.label("tab\tnul\u{0}del\u{7F}") == #""tab nul del ""#)
        #expect(DOTText.label("trailing\\") == #""trailing\\""#)
        #expect(DOTText.label("R&D", entities: true) == #""R&amp;D""#)
        #expect(DOTText.label("R&D") == #""R&D""#)
        #expect(DOTText.label("<b>html</b>") == #""<b>html</b>""#)
    }

    /// Ids are quoted injectively (found by the Render fuzz target): control characters no longer all
    /// become spaces, so `a<TAB>b` and `a b`, or CR and LF, never share a Graphviz node; an id ending in a
    /// backslash still parses.
    @Test func idsAreQuotedInjectively() throws {
        #expect(DOTText.quoted("a\tb") == #""a\x09b""#)
        #expect(DOTText.quoted("a b") == #""a b""#)
        #expect(DOTText.quoted("a\rb") != DOTText.quoted("a\nb"))
        #expect(DOTText.quoted("crlf\r\n") == #""crlf\r\n""#)
        #expect(DOTText.quoted(#"ends\"#) == #""ends\\""#)
        #expect(DOTText.quoted(#"a\x09b"#) == #""a\\x09b""#)  // the text, not the escape
        // cgraph makes every name starting with % anonymous (a new node per mention): escaped.
        #expect(DOTText.quoted("%amp") == #""\%amp""#)
        #expect(DOTText.quoted(#"\%amp"#) == #""\\%amp""#)
        let ids = ["a\tb", "a b", "a\rb", "a\nb", #"ends\"#, #"q"\"#, "\u{7F}", "%amp; <b>", "%1", #"\%1"#]
        #expect(Set(ids.map(DOTText.quoted)).count == ids.count)
        var g = DOTGraph(name: "ids", directed: false)
        g.nodes = ids.map { DOTNode($0, ["label": $0]) }
        g.edges = [DOTEdge(ids[0], ids[1]), DOTEdge(ids[4], ids[5]), DOTEdge(ids[7], ids[8]), DOTEdge(ids[8], ids[9])]
        let svg = String(decoding: try GraphvizRenderer.render(dot: DiagramDOTWriter.write(g), layout: .neato, format: .svg), as: UTF8.self)
        // One node group per id: none merged, none split off by a broken quote.
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == ids.count)
    }

    @Test func attributeNamesAreBareOnlyWhenPlain() {
        #expect(DOTText.id("fillcolor") == "fillcolor")
        #expect(DOTText.id("node") == #""node""#)
        #expect(DOTText.id("Graph") == #""Graph""#)
        #expect(DOTText.id("1st") == #""1st""#)
        #expect(DOTText.id("with space") == #""with space""#)
    }

    @Test func numbersAreFixed() {
        #expect(DiagramDOTWriter.number(1) == "1")
        #expect(DiagramDOTWriter.number(0.5) == "0.5")
        #expect(DiagramDOTWriter.number(2.123456) == "2.1235")
        #expect(DiagramDOTWriter.number(-0.00001) == "0")
        #expect(DiagramDOTWriter.number(.nan) == "0")
        #expect(DiagramDOTWriter.number(1e6) == "1000000")
    }

    @Test func writesSortedAttributesInOrderAndIdsQuoted() {
        let g = DOTGraph(name: "g", directed: false, graphAttributes: ["splines": "true", "label": "T"],
                         nodeDefaults: ["shape": "box"], nodes: [DOTNode("2nd", ["z": "1", "a": "2"]), DOTNode("node")],
                         edges: [DOTEdge("2nd", "node", ["color": "red"])],
                         subgraphs: [DOTSubgraph(name: "cluster_a", graphAttributes: ["label": "A"], nodes: [DOTNode("2nd")])])
        let expected = """
            graph "g" {
              graph [label="T", splines="true"];
              node [shape="box"];
              "2nd" [a="2", z="1"];
              "node";
              subgraph "cluster_a" {
                graph [label="A"];
                "2nd";
              }
              "2nd" -- "node" [color="red"];
            }

            """
        #expect(DiagramDOTWriter.write(g) == expected)
        #expect(DiagramDOTWriter.write(g) == DiagramDOTWriter.write(g))
    }

    /// Names that try every escape survive Graphviz as the same text (SVG parsed as XML).
    @Test func hostileNamesSurviveAsText() throws {
        let names = [#"A "quoted" \ name"#, "</text><script>alert(1)</script>", "市应急管理局", #"\N \G \L end\"#,
                     "R&amp;D & co", "graph", "123", "-1.5", "two\nlines"]
        let g = DOTGraph(nodes: names.enumerated().map { DOTNode(names[$0.offset], ["label": $0.element]) })
        let svg = try SVGDocument(GraphvizRenderer.render(dot: DiagramDOTWriter.write(g), layout: .dot, format: .svg))
        #expect(!svg.elementNames.contains("script"))
        let labels = svg.nodes.map { $0.texts.joined(separator: "\n") }
        #expect(labels.sorted() == names.sorted())
        // Node ids come back as the SVG titles, escapes intact except the doubled backslash.
        #expect(svg.nodes.map(\.title).contains("市应急管理局"))
    }
}
