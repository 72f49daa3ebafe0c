// Measures how FoundationXML's XMLParser grows the heap over 100,000 parses of a well-formed and of a
// malformed document (no GovNet code). Run: swiftc -O scripts/fuzz/xmlparser-leak.swift -o /tmp/xmlleak && /tmp/xmlleak
// Swift 6.3.1: ~24 bytes per good parse, ~240 bytes per malformed one (the error path leaks) — what
// makes a long GraphML/GEXF fuzzing process grow (~0.7 KB per input under ASan).
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
final class D: NSObject, XMLParserDelegate {
    var n = 0
    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) { n += attributeDict.count }
}
func rss() -> Int { let s = try! String(contentsOfFile: "/proc/self/statm", encoding: .utf8); return Int(s.split(separator: " ")[1])! * 4 }
let good = Data("<?xml version=\"1.0\"?><gexf><graph><nodes><node id=\"a\" label=\"A\"/><node id=\"b\"/></nodes><edges><edge source=\"a\" target=\"b\"/></edges></graph></gexf>".utf8)
let bad = Data("<?xml version=\"1.0\"?><gexf><graph><nodes><node id=\"a\" label=\"A\"/><node id=\"b\"></nodes></gexf>".utf8)
for (name, data) in [("good", good), ("bad", bad)] {
    let start = rss()
    for _ in 0..<100_000 {
        do {
            let p = XMLParser(data: data)
            let d = D()
            p.delegate = d
            _ = p.parse()
        }
    }
    print(name, "rss KB start", start, "after 100k", rss())
}
