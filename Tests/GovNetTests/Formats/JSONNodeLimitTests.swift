import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// The JSON reader's node limit (``DocumentLimits/maxJSONNodes``) and the writers' check of it
/// (``JSONDocumentReader/nodeCount(_:limit:)``) count alike: a document of exactly `nodeCount` nodes is
/// read, one node fewer allowed is refused with the limit named. Small limits stand for the real one.
@Suite struct JSONNodeLimitTests {
    static let documents = [
        #"{"departments": [{"id": "A"}, {"id": "B", "names": {"zh": "乙"}}], "ties": [{"from": "A", "to": "B", "mechanism": "command", "weight": -1.5e3, "directed": true, "x": null}]}"#,
        #"[1, 2.5, -3, true, false, null, "a\"b\\", {"k": []}, [[]]]"#,
        "\"" + String(repeating: "x", count: 100) + "\"",
        #"{"long key that is longer than sixteen bytes": "and a value longer than sixteen bytes too"}"#,
    ]

    @Test func theReaderAndTheWritersCheckCountAlike() throws {
        for doc in Self.documents {
            let bytes = Array(doc.utf8)
            let n = JSONDocumentReader.nodeCount(bytes)
            #expect(n > 0)
            _ = try JSONDocumentReader.parse(bytes, file: "t.json", nodeLimit: n)
            let error = try #require(throws: FormatError.self) { try JSONDocumentReader.parse(bytes, file: "t.json", nodeLimit: n - 1) }
            #expect(error.errors.first?.message.hasPrefix("the JSON document holds more than \(n - 1) nodes") == true, "\(doc)")
        }
        // One per value and key, one more per 16 bytes of a text: 100 bytes → 1 + 6.
        #expect(JSONDocumentReader.nodeCount(Array(Self.documents[2].utf8)) == 7)
        #expect(JSONDocumentReader.nodeCount(Array(#"{"a": [1, "b"]}"#.utf8)) == 5)
    }

    @Test func theLimitIsDocumented() throws {
        let page = try String(contentsOf: RepoPaths.root.appendingPathComponent("docs/limits.md"), encoding: .utf8)
        #expect(page.contains("10,000,000 nodes (`DocumentLimits.maxJSONNodes`)"))
        #expect(DocumentLimits.maxJSONNodes == 10_000_000)
    }
}
