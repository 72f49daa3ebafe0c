import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// The lexical check that runs before FoundationXML's parser (``SafeXML/checkMarkup(_:file:)``): the XML
/// declaration must follow the XML 1.0 grammar and declare UTF-8, and no other `<?` may appear anywhere.
@Suite struct SafeXMLMarkupCheckTests {
    static let body = "\n<graphml><graph edgedefault=\"undirected\"><node id=\"a\"/></graph></graphml>\n"

    func check(_ text: String) throws { try SafeXML.checkMarkup(Array(text.utf8), file: "f.graphml") }

    /// The line and message of the refusal of `text`.
    func refusal(_ text: String) throws -> (line: Int?, message: String) {
        let error = try #require(throws: FormatError.self) { try check(text) }
        let first = try #require(error.errors.first)
        #expect(first.file == "f.graphml")
        return (first.line, first.message)
    }

    @Test(arguments: [
        "",
        "<?xml version=\"1.0\"?>",
        "<?xml version='1.0' encoding='utf-8'?>",
        "<?xml version=\"1.1\" encoding=\"UTF-8\" standalone=\"yes\"?>",
        "<?xml  version = \"1.0\"\n  encoding=\"UTF8\"  ?>",
        "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",  // accepted: the file is pure ASCII
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- a comment --><![CDATA[x]]>",
    ])
    func wellFormedDeclarationsPass(prefix: String) throws {
        try check(prefix + Self.body)
    }

    @Test(arguments: [
        ("<?xml?>", "expected version", 1),
        ("<?xml version=\"2.0\"?>", "version \"1.0\"", 1),
        ("<?xml version=\"1.0\" encoding=\"n=\"1.0\"?>", "plain encoding value", 1),
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"maybe\"?>", "standalone", 1),
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"", "'?>'", 2),  // the line where '?>' was expected
        ("<?xml version,=s\"7><ge<?xml?>", "'=' after version", 1),
    ])
    func malformedDeclarationsAreRefused(text: String, expected: String, line expectedLine: Int) throws {
        let (line, message) = try refusal(text + Self.body)
        #expect(line == expectedLine)
        #expect(message.contains("malformed XML declaration"), "\(message)")
        #expect(message.contains(expected), "\(message)")
    }

    /// libxml2 decodes as declared: UTF-16 or UTF-7 would let it see markup the byte scan cannot.
    @Test(arguments: ["UTF-16", "UTF-7", "EBCDIC-US"])
    func encodingsOtherThanUTF8AreRefused(encoding: String) throws {
        let (_, message) = try refusal("<?xml version=\"1.0\" encoding=\"\(encoding)\"?>" + Self.body)
        #expect(message.contains("\"\(encoding)\"") && message.contains("UTF-8 only"), "\(message)")
    }

    @Test func singleByteEncodingOfNonASCIITextIsRefused() throws {
        let (_, message) = try refusal("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + Self.body + "<!-- 应急 -->")
        #expect(message.contains("iconv -f ISO-8859-1"), "\(message)")
    }

    /// Every `<?` after the declaration is refused, wherever a lenient parser might think it is — a comment
    /// broken by a control character hid `<?x?>` from the earlier scanner, and FoundationXML crashed on it.
    @Test(arguments: [
        ("<?xml-stylesheet href=\"a.xsl\"?>" + body, 1),
        ("  <?xml version=\"1.0\"?>" + body, 1),
        ("<?xml version=\"1.0\"?>\n<graphml>\n<!-- a\u{18} <?x?> -->\n</graphml>", 3),
        ("<?xml version=\"1.0\"?>\n<graphml><![CDATA[\n<?x?>]]></graphml>", 3),
        ("<graphml>\n\n\n<?php echo 1; ?></graphml>", 4),
    ])
    func processingInstructionsAreRefusedEverywhere(text: String, line: Int) throws {
        let refused = try refusal(text)
        #expect(refused.line == line)
        #expect(refused.message.contains("processing instructions"), "\(refused.message)")
    }

    /// FoundationXML crashed (strlen of NULL) on an `#IMPLIED` attribute declaration and on a notation
    /// without a public id; no DTD declaration is read.
    @Test(arguments: [
        ("<!DOCTYPE graphml [<!ATTLIST node color CDATA #IMPLIED>]>", "internal subset"),
        ("<!DOCTYPE graphml [<!NOTATION n SYSTEM \"x\">]>", "internal subset"),
        ("<!ELEMENT graphml ANY>", "ELEMENT"),
        ("<!DOCTYPE graphml [\n]>", "internal subset"),
        ("<!-- <!attlist node c CDATA #IMPLIED> -->", "ATTLIST"),
    ])
    func documentTypeDeclarationsAreRefused(prolog: String, expected: String) throws {
        let refused = try refusal("<?xml version=\"1.0\"?>\n" + prolog + Self.body)
        #expect(refused.line == 2)
        #expect(refused.message.uppercased().contains(expected.uppercased()), "\(refused.message)")
    }

    /// Each `<!DOCTYPE` looks ahead for `[` before `>`: 200,000 of them without a `>` must not cost a
    /// scan to the end each (quadratic: minutes for a 2 MB file).
    @Test func manyDoctypesWithoutCloseAreLinear() throws {
        let text = "<graphml>" + String(repeating: "<!DOCTYPE", count: 200_000)
        // A quadratic scan takes minutes here; a linear one milliseconds. Only the hang guard is timed.
        let (_, seconds) = try HangGuard.timed { try check(text) }  // no internal subset: refused later by the parser, not here
        #expect(HangGuard.finished(seconds), "took \(seconds) s")
        _ = try refusal("<graphml>" + String(repeating: "<!DOCTYPE", count: 1_000) + "[")
    }

    @Test func plainDocumentTypeIsRead() throws {
        try check("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml>" + Self.body)
    }

    /// libxml2 2.9 compares each attribute with all earlier ones: 400,000 on one element took 44 s.
    @Test func elementsWithTooManyAttributesAreRefused() throws {
        let limit = InterchangeLimits.maxAttributesPerElement
        let attributes = (0..<limit).map { " a\($0)=\"x=y>\"" }.joined()  // `=` and `>` inside values too
        let ok = "<graphml>\n<graph edgedefault=\"undirected\"\(attributes)/></graphml>"
        #expect(throws: FormatError.self) { try check(ok) }  // 2 × limit `=` signs: the bound counts values
        let plain = (0..<limit).map { " a\($0)='x'" }.joined()
        try check("<graphml>\n<graph edgedefault=\"undirected\"\(plain.dropFirst(8))/></graphml>")
        let refused = try refusal("<graphml>\n<graph edgedefault=\"undirected\"\(plain)/></graphml>")
        #expect(refused.line == 2 && refused.message.contains("attributes"), "\(refused)")
    }

    /// `id` and `x:id` are both `id` once prefixes are dropped: the unprefixed one is read, every time.
    @Test func prefixedAttributesNeverReplaceUnprefixedOnes() throws {
        let text = "<graphml xmlns:x=\"urn:x\"><graph edgedefault=\"directed\"><node id=\"a0\" x:id=\"b0\"/><node x:id=\"b1\" id=\"a1\"/>"
            + "<edge x:source=\"b0\" source=\"a0\" target=\"a1\"/></graph></graphml>"
        for _ in 0..<5 {
            let (network, _, _) = try GraphMLFormat.read(bytes: Array(text.utf8), file: "g.graphml")
            #expect(network.departments.map(\.id).sorted() == ["a0", "a1"])
            #expect(network.ties.map { [$0.from, $0.to] } == [["a0", "a1"]])
        }
    }

    @Test func readersReportTheRefusalWithTheFile() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\(Self.body)".utf8)
        #expect(throws: FormatError.self) { _ = try GraphMLFormat.read(bytes: bytes, file: "g.graphml") }
        #expect(throws: FormatError.self) { _ = try GEXFFormat.read(bytes: bytes, file: "g.gexf") }
    }
}
