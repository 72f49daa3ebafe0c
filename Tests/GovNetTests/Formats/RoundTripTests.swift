import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// read(write(x)) == x for every network format, on a network that uses every field, awkward text
/// included (quotes, backslashes, Chinese, YAML-looking values, multi-line prose).
@Suite struct RoundTripTests {
    static var sample: Network {
        var net = Network()
        net.metadata = NetworkMetadata(title: "Round trip: \"quotes\", commas, 汉字", jurisdiction: "Example City", period: "2020",
                                       source: "yes", notes: "a: b # not a comment", status: "illustrative model",
                                       provenance: "Line one.\nLine two: colon.\n", license: "CC0")
        net.mechanisms = [Mechanism(id: "co-assignment", name: "Shared function", directed: false, nameZh: "共同职能")]
        net.departments = [
            Department(id: "EMB", name: "Emergency Management Bureau", names: ["zh": "市应急管理局", "en": "EMB"], kind: "emergency-management",
                       level: "municipal", formerly: ["SAWS", "CIVIL"], attributes: ["staff": .number(120), "code": .string("007"), "hq": .bool(true)]),
            Department(id: "001", name: "A \"quoted\" \\ name, with comma", kind: "ngo"),
            Department(id: "true", name: "null"),
            Department(id: "MET", name: "Meteorological Bureau\nsecond line", names: ["zh": "市气象局"]),
        ]
        net.ties = [
            Tie(from: "EMB", to: "001", mechanism: "command", basis: .regulation),
            Tie(from: "MET", to: "EMB", mechanism: "information", weight: 2.5, basis: .plan, attributes: ["since": .number(2019), "note": .string("x, y")]),
            Tie(from: "MET", to: "true", mechanism: "operation", weight: 0.125, directed: true, basis: .informal),
            Tie(from: "EMB", to: "MET", mechanism: "co-assignment", weight: 3),
        ]
        net.functions = [
            Function(id: "flood", name: "Flood control", names: ["zh": "防汛抗旱"], assignments: [
                Assignment(department: "MET", role: .support), Assignment(department: "EMB", role: .lead), Assignment(department: "001", role: .coLead)]),
            Function(id: "empty", name: "No one yet"),
        ]
        return net
    }

    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("govnet-rt-\(UUID())-\(name)").path
    }

    @Test(arguments: [NetworkFormat.yaml, .json, .tables]) func lossless(format: NetworkFormat) throws {
        let ext = format == .tables ? "" : "." + format.rawValue
        let path = Self.temporaryPath("net" + ext)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try NetworkWriter.write(Self.sample, to: path, format: format)
        let back = try NetworkReader.read(path: path, format: format).network
        #expect(back == Self.sample)
    }

    @Test func yamlCsvJsonYamlChain() throws {
        let a = Self.temporaryPath("a.yaml"), b = Self.temporaryPath("b"), c = Self.temporaryPath("c.json"), d = Self.temporaryPath("d.yaml")
        defer { for p in [a, b, c, d] { try? FileManager.default.removeItem(atPath: p) } }
        try NetworkWriter.write(Self.sample, to: a)
        try NetworkWriter.write(try NetworkReader.read(path: a).network, to: b, format: .tables)
        try NetworkWriter.write(try NetworkReader.read(path: b).network, to: c)
        try NetworkWriter.write(try NetworkReader.read(path: c).network, to: d)
        #expect(try String(contentsOfFile: a, encoding: .utf8) == String(contentsOfFile: d, encoding: .utf8))
    }

    @Test func writersAreDeterministic() {
        #expect(NetworkDocumentWriter.yaml(Self.sample) == NetworkDocumentWriter.yaml(Self.sample))
        #expect(NetworkDocumentWriter.json(Self.sample) == NetworkDocumentWriter.json(Self.sample))
    }

    @Test func edgeListKeepsTiesAndWeights() throws {
        let path = RepoPaths.fixtures.appendingPathComponent("edgelist-bom-crlf.csv").path
        let net = try NetworkReader.read(path: path, directed: false).network
        #expect(net.departments.map(\.id) == ["A, Inc.", "B", "C \"quoted\""])
        #expect(net.ties.map(\.weight) == [1, 2])
        #expect(net.mechanisms == [Mechanism(id: "link", directed: false)])
        let out = Self.temporaryPath("e.csv")
        defer { try? FileManager.default.removeItem(atPath: out) }
        try NetworkWriter.write(net, to: out)
        let back = try NetworkReader.read(path: out, directed: false).network
        #expect(back.ties == net.ties && back.departments == net.departments)
    }

    @Test func atomicWriteLeavesExistingFileOnFailure() throws {
        let dir = Self.temporaryPath("ro")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/out.yaml"
        try "original".write(toFile: target, atomically: false, encoding: .utf8)
        #expect(throws: OutputError.self) { try AtomicFile.write("new", to: dir + "/missing-folder/out.yaml") }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "original")
        try AtomicFile.write("new", to: target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.yaml"], "no temporary file left")
    }
}
