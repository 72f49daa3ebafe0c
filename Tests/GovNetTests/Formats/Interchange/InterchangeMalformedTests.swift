import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Malformed and hostile files of every interchange format (`Fixtures/interchange/malformed/`): each
/// fails with its exact first error line and message, quickly, and never crashes.
@Suite struct InterchangeMalformedTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let line: Int
        let message: String
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "billion-laughs.graphml", line: 3, message: "entity declarations are not allowed"),
        Case(file: "external-entity.graphml", line: 3, message: "entity declarations are not allowed"),
        Case(file: "external-dtd.gexf", line: 2, message: "external document type definitions (SYSTEM/PUBLIC) are not allowed"),
        Case(file: "mismatched-tag.graphml", line: 6, message: "malformed XML (an end tag does not match its start tag)"),
        Case(file: "bad-weight.graphml", line: 8, message: "weight -2 must be > 0"),
        Case(file: "truncated.gexf", line: 6, message: "malformed XML"),
        Case(file: "not-gexf.gexf", line: 2, message: "expected a <gexf> document, found <html>"),
        Case(file: "huge-vertices.net", line: 1, message: "*Vertices declares 2000000000 nodes, more than the limit of 10000000"),
        Case(file: "unknown-vertex.net", line: 7, message: "vertex '9' is not a vertex number between 1 and 3"),
        Case(file: "unclosed-quote.net", line: 2, message: "unclosed quote"),
        Case(file: "truncated-matrix.net", line: 4, message: "the file ends after 2 of 3 matrix rows"),
        Case(file: "huge-n.dl", line: 1, message: "n= declares 2000000000 nodes, more than the limit of 10000000"),
        Case(file: "truncated-matrix.dl", line: 7, message: "the file ends in the middle of matrix 1, row 3"),
        Case(file: "unsupported-format.dl", line: 1, message: "DL format 'edgelist2' is not supported"),
        Case(file: "bad-weight.dl", line: 6, message: "weight 'abc' is not a number"),
        Case(file: "wrong-edgeop.dot", line: 3, message: "invalid DOT: '->' in a graph; use '--'"),
        Case(file: "unclosed-string.dot", line: 2, message: "the quoted string opened at line 2 is not closed"),
        Case(file: "unclosed-brace.dot", line: 4, message: "the file ends before the closing '}'"),
        Case(file: "zero-weight.dot", line: 2, message: "weight 0 must be > 0"),
        Case(file: "negative-weight.json", line: 5, message: "weight -1 must be > 0"),
        Case(file: "edge-without-target.json", line: 5, message: "an edge needs 'source' and 'target'"),
        // Found by a blind hostile-input review: each was read without an error before.
        Case(file: "hex-weight.graphml", line: 8, message: "weight '0x10' is not a number"),
        Case(file: "bogus-edgedefault.graphml", line: 3, message: "edgedefault must be 'directed' or 'undirected', not 'sideways'"),
        Case(file: "bogus-directed.graphml", line: 6, message: "directed must be 'true' or 'false', not 'maybe'"),
        Case(file: "bogus-edge-type.gexf", line: 6, message: "an edge type must be 'directed', 'undirected' or 'mutual', not 'sideways'"),
        Case(file: "junk-weight.net", line: 5, message: "weight 'abc' is not a number"),
        Case(file: "duplicate-vertex.net", line: 3, message: "vertex 1 is listed twice (first at line 2)"),
        Case(file: "directed-not-boolean.json", line: 2, message: "'directed' must be true or false"),
        Case(file: "object-as-id.json", line: 7, message: "an id must be a string, a number or a list, not an object"),
        Case(file: "nul-escape-id.json", line: 6, message: "department 'a\\u{0}b' has a NUL character (U+0000)"),
    ]

    @Test(arguments: cases) func firstErrorIsExact(c: Case) throws {
        let path = Interchange.fixtures.appendingPathComponent("malformed/" + c.file).path
        let (error, seconds) = try HangGuard.timed { try #require(throws: FormatError.self) { try NetworkReader.read(path: path) } }
        #expect(HangGuard.finished(seconds), "took \(seconds) s")
        let first = try #require(error.errors.first)
        #expect(first.line == c.line, "\(first)")
        #expect(first.message.contains(c.message), "\(first)")
        #expect(first.description.hasPrefix("\(path):\(c.line):"), "FILE:LINE: \(first)")
    }

    /// An external entity naming a local file is refused before the file could be read: the error
    /// does not contain the file's content.
    @Test func externalEntityReadsNoLocalFile() throws {
        let secretPath = Interchange.temporaryPath("secret.txt")
        let marker = "SECRET-\(UUID().uuidString)"
        try marker.write(toFile: secretPath, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: secretPath) }
        for (name, body) in [
            ("internal.graphml", "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY s SYSTEM \"file://\(secretPath)\">]>\n<graphml><graph edgedefault=\"directed\"><node id=\"&s;\"/></graph></graphml>\n"),
            ("parameter.gexf", "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [<!ENTITY % p SYSTEM \"file://\(secretPath)\"> %p;]>\n<gexf><graph><nodes><node id=\"a\"/></nodes></graph></gexf>\n"),
            ("external.graphml", "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"file://\(secretPath)\">\n<graphml><graph edgedefault=\"directed\"><node id=\"a\"/></graph></graphml>\n"),
        ] {
            let path = Interchange.temporaryPath(name)
            try body.write(toFile: path, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let error = try #require(throws: FormatError.self) { try NetworkReader.read(path: path) }
            #expect(!error.description.contains(marker))
            #expect(error.errors.first?.line == 2)
        }
    }

    /// A billion-laughs document with a large internal subset is refused by the prolog scan, in
    /// bounded time, before XMLParser sees it.
    @Test func largeEntityBombIsRefusedQuickly() throws {
        var body = "<?xml version=\"1.0\"?>\n<!DOCTYPE g [\n<!ENTITY a0 \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\">\n"
        for i in 1..<64 { body += "<!ENTITY a\(i) \"" + String(repeating: "&a\(i - 1);", count: 16) + "\">\n" }
        body += "]>\n<graphml><graph><node id=\"&a63;\"/></graph></graphml>\n"
        let path = Interchange.temporaryPath("bomb.graphml")
        try body.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (error, seconds) = try HangGuard.timed { try #require(throws: FormatError.self) { try NetworkReader.read(path: path) } }
        #expect(HangGuard.finished(seconds), "took \(seconds) s")
        #expect(error.errors.first?.message.contains("entity declarations are not allowed") == true)
    }

    /// Deep nesting (XML elements, DOT subgraphs) is an error, not a stack overflow.
    @Test func deepNestingIsAnError() throws {
        let xml = "<graphml><graph>" + String(repeating: "<a>", count: 100_000) + "\n"
        let dot = "digraph {" + String(repeating: "{", count: 100_000) + "\n"
        for (name, text) in [("deep.graphml", xml), ("deep.dot", dot)] {
            let path = Interchange.temporaryPath(name)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let error = try #require(throws: FormatError.self) { try NetworkReader.read(path: path) }
            #expect(error.errors.first?.message.contains("deeper than 256") == true, "\(error)")
        }
    }
}
