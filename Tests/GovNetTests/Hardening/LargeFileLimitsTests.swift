import Foundation
import Testing
@testable import GovNet

/// Honest large files: limits are about work, a size limit that stays is named in its message, and a
/// writer never writes what GovNet's readers refuse (``ReadBackCheck``).
@Suite struct LargeFileLimitsTests {
    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-large-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// GraphML and GEXF of more than 10,000,000 bytes, as `convert` writes them, read back (libxml2
    /// refused any document that size when given it in one piece: "XMLParser error 1").
    @Test func graphMLAndGEXFOverTenMillionBytesReadBack() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var net = Network()
        let n = 20_000
        net.departments = (0..<n).map { Department(id: "department-with-a-long-identifier-\($0)") }
        var rng = SeededGenerator(seed: 3)
        net.ties = (0..<65_000).map { _ in
            Tie(from: net.departments[Int(rng.next() % UInt64(n))].id, to: net.departments[Int(rng.next() % UInt64(n))].id, mechanism: "information")
        }
        for ext in ["graphml", "gexf"] {
            let path = dir.appendingPathComponent("big.\(ext)").path
            try NetworkWriter.write(net, to: path)
            let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
            #expect(size > SafeXML.maxTokenBytes, "\(ext): \(size) bytes")
            let back = try NetworkReader.read(path: path)
            #expect(back.network.departments.count == n && back.network.ties.count == net.ties.count, "\(ext)")
        }
    }

    /// A value longer than libxml2's 10,000,000-byte token: the GraphML and GEXF writers refuse it
    /// (nothing written), YAML holds it, and the XML readers name the limit instead of "error 1".
    @Test func tokenBeyondTheXMLLimitIsRefusedByWritersAndNamedByReaders() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var net = Network()
        net.departments = [Department(id: "a", name: String(repeating: "x", count: SafeXML.maxTokenBytes + 1)), Department(id: "b")]
        net.ties = [Tie(from: "a", to: "b", mechanism: "information")]
        for ext in ["graphml", "gexf"] {
            let path = dir.appendingPathComponent("long.\(ext)").path
            do {
                try NetworkWriter.write(net, to: path)
                Issue.record("\(ext): written")
            } catch let e as FormatError {
                let text = e.diagnostics.map(\.description).joined()
                #expect(text.contains("cannot write this network as") && text.contains("reads at most 10000000 bytes") && text.contains("nothing written"), "\(text)")
            }
            #expect(!FileManager.default.fileExists(atPath: path))
        }
        let yaml = dir.appendingPathComponent("long.yaml").path
        try NetworkWriter.write(net, to: yaml)
        #expect(try NetworkReader.read(path: yaml).network.departments[0].name.count == SafeXML.maxTokenBytes + 1)

        let graphml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph edgedefault=\"directed\">\n<node id=\""
            + String(repeating: "y", count: SafeXML.maxTokenBytes + 10) + "\"/>\n</graph>\n</graphml>\n"
        let path = dir.appendingPathComponent("hand.graphml")
        try Data(graphml.utf8).write(to: path)
        #expect {
            _ = try NetworkReader.read(path: path.path)
        } throws: { e in
            "\(e)".contains("hand.graphml:4: error: a tag, attribute value or text of 10000024 bytes; the XML parser (libxml2) reads at most 10000000 bytes")
        }
    }

    /// A YAML document without aliases beyond the node limit is refused as too large for the YAML reader
    /// (named limit, what to use instead), not as an "alias bomb"; the YAML writer checks the same limit.
    @Test func largeYAMLIsRefusedHonestlyAndNeverWritten() throws {
        let row = "  - [a, b, c, d, e, f, g, h, i]\n"  // ten nodes
        var text = "departments: []\nties:\n"
        text.reserveCapacity(row.utf8.count * (DocumentLimits.maxNodes / 10 + 1))
        for _ in 0...(DocumentLimits.maxNodes / 10) { text += row }
        do {
            _ = try YAMLDocumentReader.parse(text, file: "big.yaml")
            Issue.record("read")
        } catch let e as FormatError {
            let message = e.diagnostics.map(\.description).joined()
            #expect(message.contains("big.yaml:") && message.contains("the YAML document holds more than 5000000 nodes"), "\(message)")
            #expect(message.contains("docs/limits.md") && message.contains("CSV tables") && !message.contains("alias"), "\(message)")
        }
        #expect {
            try ReadBackCheck.check(text, format: .yaml, departments: 0, path: "out.yaml")
        } throws: { e in
            "\(e)".contains("out.yaml: error: cannot write this network as YAML: the YAML document holds more than 5000000 nodes")
                && "\(e)".contains("write it as JSON or CSV tables") && (e as? FormatError)?.remedy == .writeAs([.json, .tables])
        }
        // Below the limit the check passes (and a smaller file is not even scanned).
        try ReadBackCheck.check(String(text.prefix(1_000_000)), format: .yaml, departments: 0, path: "out.yaml")
    }

    /// A tables folder with more columns than a CSV record may have is refused before anything is written.
    @Test func tablesBeyondTheFieldLimitAreNotWritten() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var d = Department(id: "a")
        for k in 0...CSVReader.maxFields { d.attributes["c\(k)"] = .string("v") }
        var net = Network()
        net.departments = [d]
        let folder = dir.appendingPathComponent("t").path
        #expect {
            try NetworkWriter.write(net, to: folder, format: .tables)
        } throws: { e in
            "\(e)".contains("departments.csv: error: cannot write this table: the CSV reader would refuse it (more than 10000 fields in one record")
        }
        #expect(!FileManager.default.fileExists(atPath: folder))
    }
}
