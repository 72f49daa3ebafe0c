import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// The DOT parser and the escaping writer.
@Suite struct DOTTests {
    func read(_ text: String) throws -> Network {
        let path = Interchange.temporaryPath("t.dot")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return try NetworkReader.read(path: path).network
    }

    @Test func grammar() throws {
        let net = try read("""
        # preprocessor line
        strict digraph "G" {
          // comment
          graph [rankdir=LR]; title = "T";
          node [kind=fire];
          a -> b -> c [weight=2, mechanism=command];
          /* block
             comment */
          subgraph cluster_x { label="x"; d; e:port:n }
          c -> { d e } [mechanism="information"];
          "quoted \\"id\\"" [label="Line\\nbreak", staff=12, hq=true, code="007"];
          -1.5 -> a [dir=none];
          f [label="con" + "cat"];
        }
        """)
        #expect(net.metadata.title == "T")
        #expect(net.departments.map(\.id) == ["a", "b", "c", "d", "e", "quoted \"id\"", "-1.5", "f"])
        #expect(net.departments.allSatisfy { $0.kind == "fire" })
        let q = try #require(net.department("quoted \"id\""))
        #expect(q.name == "Line\nbreak")
        #expect(q.attributes == ["staff": .number(12), "hq": .bool(true), "code": .string("007")])
        #expect(net.department("f")?.name == "concat")
        #expect(Interchange.ties(net).map(\.description) == [
            "-1.5--a [link 1.0]", "a->b [command 2.0]", "b->c [command 2.0]", "c->d [information 1.0]", "c->e [information 1.0]",
        ])
    }

    @Test func undirectedGraphWithForwardTie() throws {
        let net = try read("graph { a -- b; b -- c [dir=forward] }")
        #expect(Interchange.ties(net).map(\.description) == ["a--b [link 1.0]", "b->c [link 1.0]"])
    }

    @Test func escaping() {
        #expect(DOTText.id("EMB_2") == "EMB_2")
        #expect(DOTText.id("001") == "\"001\"")
        #expect(DOTText.id("Node") == "\"Node\"")
        #expect(DOTText.id("subgraph") == "\"subgraph\"")
        #expect(DOTText.id("市应急管理局") == "市应急管理局")
        #expect(DOTText.id("a b") == "\"a b\"")
        #expect(DOTText.id("") == "\"\"")
        #expect(DOTText.id("%x") == #""\%x""#)
        #expect(DOTText.quoted("say \"hi\" \\ now\nnext") == "\"say \\\"hi\\\" \\\\ now\\nnext\"")
        #expect(DOTText.quoted("cr\rtab\tbel\u{7}") == #""cr\rtab\x09bel\x07""#)
    }

    /// Every escape ``DOTText/quoted(_:)`` writes reads back: ids, names and attribute values with `%`
    /// (written `\%` at the start for cgraph), quotes, backslashes, CR, LF, tab and other control
    /// characters survive a DOT round trip unchanged.
    @Test func quotedTextRoundTripsThroughTheReader() throws {
        let texts = ["%amp", "%", "50%", "\\%x", "say \"hi\"", "back\\slash\\", "cr\rlf\ncrlf\r\n", "tab\there",
                     "bell\u{7}esc\u{1B}del\u{7F}", "\\x09 not an escape", "\\r and \\n as text", "\u{1}", "市 %"]
        var net = Network()
        net.departments = texts.enumerated().map { i, t in
            var d = Department(id: t)
            d.name = texts[(i + 1) % texts.count]
            d.attributes = ["note": .string(texts[(i + 2) % texts.count])]
            return d
        }
        net.ties = zip(texts, texts.dropFirst()).map { Tie(from: $0, to: $1, mechanism: "command") }
        let (back, _) = try Interchange.roundTrip(net, .dot, ext: "dot")
        #expect(back.departments.map(\.id) == texts)
        #expect(back.departments.map(\.name) == net.departments.map(\.name))
        #expect(back.departments.map(\.attributes) == net.departments.map(\.attributes))
        #expect(back.ties == net.ties)
    }

    /// The decoder undoes exactly what the quoter writes: `\%` only at the start, `\xHH` only for a
    /// control character; Graphviz's label escapes (`\l`, `\N`) and other text stay as written.
    @Test func readerDecodesOnlyTheQuotersEscapes() throws {
        let net = try read(#"graph { "\%a" [label="x\%y \x41 \x1b \l \N"] }"#)
        #expect(net.departments.map(\.id) == ["%a"])
        #expect(net.departments.first?.name == "x\\%y \\x41 \u{1B} \\l \\N")
    }

    @Test func awkwardIdsRoundTrip() throws {
        let ids = ["001", "graph", "a \"b\" \\ c", "line\nbreak", "-", "x->y", "{", "//", "市", "#hash", "a;b", "[x]"]
        var net = Network()
        net.departments = ids.map { Department(id: $0) }
        net.ties = zip(ids, ids.dropFirst()).map { Tie(from: $0, to: $1, mechanism: "command") }
        let (back, _) = try Interchange.roundTrip(net, .dot, ext: "dot")
        #expect(back.departments.map(\.id) == ids)
        #expect(back.ties == net.ties)
    }

    /// Subgraph operands multiply (`{a b} -> {c d}` is four ties); a small file cannot imply millions.
    @Test func subgraphProductIsBounded() throws {
        let side = (0..<3000).map { "n\($0)" }.joined(separator: " ")
        let text = "digraph {\n{\(side)} -> {\(side)}\n}\n"
        let error = try #require(throws: FormatError.self) { try read(text) }
        #expect(error.errors.first?.line == 2)
        #expect(error.errors.first?.message.contains("implies more than") == true)
    }
}
