import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import GovNet

/// The one XML escaper (GraphML, GEXF, SVG chart): expected strings follow XML 1.0 §2.2 and §3.3.3.
@Suite("XML text escaping")
struct XMLTextTests {
    @Test func markupCharactersBecomeEntities() {
        #expect(XMLText.escape("R&D <\"a\" 'b'>") == "R&amp;D &lt;&quot;a&quot; &apos;b&apos;&gt;")
    }

    @Test func whitespaceControlsBecomeReferencesOthersAreDropped() {
        #expect(XMLText.escape("a\tb\rc\nd") == "a&#9;b&#13;c&#10;d")
        #expect(XMLText.escape("a\u{1B}[31mb\u{7}") == "a[31mb")
        #expect(XMLText.escape("x\u{FFFE}\u{FFFF}y\u{0}") == "xy")
        #expect(XMLText.escape("部门 é") == "部门 é")
    }

    @Test func anXMLParserReadsTheTextBack() throws {
        let text = "a&b<c>\"d\" 'e'\tf\r\ng 部门"
        let xml = "<r a=\"\(XMLText.escape(text))\">\(XMLText.escape(text))</r>"
        final class Collector: NSObject, XMLParserDelegate {
            var attribute = "", body = ""
            func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
                attribute = attributeDict["a"] ?? ""
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { body += string }
        }
        let collector = Collector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        #expect(parser.parse())
        #expect(collector.attribute == text)
        #expect(collector.body == text)
    }
}
