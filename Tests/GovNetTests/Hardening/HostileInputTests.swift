import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// The hostile-input corpus (`Fixtures/hostile/`, written by `scripts/hostile/make_corpus.py`) and
/// generated giants: every input gives a ``FormatError`` whose every error names the file, in
/// bounded time, never a crash — except the `warn-*` files, which read with a documented warning
/// (invisible or direction-changing characters in ids and names, docs/limits.md), and the `ok-*`
/// files, odd but valid.
@Suite struct HostileInputTests {
    static let folder = RepoPaths.fixtures.appendingPathComponent("hostile")
    static let files: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

    /// A hang guard, not a speed budget (``HangGuard``).
    static let budget = HangGuard.seconds

    static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        try HangGuard.timed(body)
    }

    @Test func corpusIsPresent() {
        #expect(Self.files.count >= 100)
    }

    @Test(arguments: files.filter { !$0.hasPrefix("warn-") && !$0.hasPrefix("ok-") })
    func clearErrorNamingTheFile(name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let (result, seconds) = Self.timed { Result { try NetworkReader.read(path: path) } }
        #expect(seconds < Self.budget, "\(name) took \(seconds) s")
        guard case .failure(let failure) = result else {
            Issue.record("\(name) was accepted")
            return
        }
        let error = try #require(failure as? FormatError, "\(name): \(failure)")
        #expect(!error.errors.isEmpty)
        for e in error.errors {
            #expect(e.file.hasPrefix(path), "the error names the file: \(e)")
            #expect(!e.message.isEmpty)
        }
    }

    @Test(arguments: files.filter { $0.hasPrefix("warn-") })
    func documentedWarning(name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let loaded = try NetworkReader.read(path: path)
        #expect(loaded.diagnostics.contains { $0.severity == .warning && $0.message.contains("invisible or direction-changing character") && $0.file.hasPrefix(path) },
                "\(loaded.diagnostics)")
    }

    /// Odd but valid inputs: CR-only line ends, a DOT HTML label with 5,000 tags, an XInclude element
    /// (read as an unknown element: the included file is never opened).
    @Test(arguments: files.filter { $0.hasPrefix("ok-") })
    func oddButValid(name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let (loaded, seconds) = try Self.timed { try NetworkReader.read(path: path) }
        #expect(seconds < Self.budget)
        #expect(!loaded.network.departments.isEmpty)
    }

    // MARK: generated giants

    private func expectRefused(_ contents: [UInt8], ext: String, containing: String? = nil) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-hostile-\(UUID()).\(ext)")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(contents).write(to: url)
        let (result, seconds) = Self.timed { Result { try NetworkReader.read(path: url.path) } }
        #expect(seconds < Self.budget, "took \(seconds) s")
        guard case .failure(let failure) = result else { Issue.record("accepted"); return }
        let error = try #require(failure as? FormatError, "\(failure)")
        let first = try #require(error.errors.first)
        #expect(first.file.hasPrefix(url.path), "\(first)")
        if let containing { #expect(first.message.contains(containing), "\(first)") }
    }

    /// 20,000 ids each in two Unicode spellings (U+00E9 and e + U+0301): every pair is an error, found
    /// without comparing each new spelling with every department (quadratic: 50,000 pairs took 37 s).
    @Test(arguments: ["csv", "dot", "graphml"]) func twentyThousandNormalisationCollisions(ext: String) throws {
        let pairs = (0..<20_000).map { ("caf\u{E9}\($0)", "cafe\u{301}\($0)") }
        let text: String
        switch ext {
        case "csv": text = "source,target\n" + pairs.map { "\($0.0),\($0.1)\n" }.joined()
        case "dot": text = "digraph {\n" + pairs.map { "\"\($0.0)\" -> \"\($0.1)\";\n" }.joined() + "}\n"
        default:
            text = "<graphml><graph edgedefault=\"directed\">\n"
                + pairs.map { "<edge source=\"\($0.0)\" target=\"\($0.1)\"/>\n" }.joined() + "</graph></graphml>\n"
        }
        try expectRefused(Array(text.utf8), ext: ext, containing: "collides after Unicode normalisation")
    }

    /// 20,000 ties naming unknown departments among 20,000 departments: each error's "did you mean"
    /// suggestion once scanned every id (15 s); now one table for the file.
    @Test func twentyThousandUnknownDepartments() throws {
        let n = 20_000
        let text = "departments:\n" + (0..<n).map { "  - id: d\($0)\n" }.joined()
            + "ties:\n" + (0..<n).map { "  - {from: X\($0), to: d\($0), mechanism: command}\n" }.joined()
        try expectRefused(Array(text.utf8), ext: "yaml", containing: "names unknown department 'X0'")
    }

    /// 30,000 distinct mechanisms (a column of unique labels read as the mechanism): every
    /// per-mechanism pass over the ties made this take minutes; refused at the 101st.
    @Test(arguments: ["csv", "yaml", "graphml"]) func thirtyThousandMechanisms(ext: String) throws {
        let n = 30_000
        let text: String
        switch ext {
        case "csv": text = "source,target,weight,mechanism\n" + (0..<n).map { "a\($0),b\($0),1,m\($0)\n" }.joined()
        case "yaml":
            text = "departments:\n" + (0...n).map { "  - id: d\($0)\n" }.joined()
                + "ties:\n" + (0..<n).map { "  - {from: d\($0), to: d\($0 + 1), mechanism: m\($0)}\n" }.joined()
        default:
            text = "<graphml><key id=\"m\" for=\"edge\" attr.name=\"mechanism\" attr.type=\"string\"/><graph edgedefault=\"directed\">\n"
                + (0..<n).map { "<edge source=\"a\($0)\" target=\"b\($0)\"><data key=\"m\">m\($0)</data></edge>\n" }.joined() + "</graph></graphml>\n"
        }
        try expectRefused(Array(text.utf8), ext: ext, containing: "more than \(NetworkLimits.maxMechanisms) distinct mechanisms")
    }

    /// A 100 KB string anchored once and aliased 20,000 times as a tie end: scalars weigh by their length
    /// in the alias budget, so it is refused before the decoder copies and hashes 2 GB of ids.
    @Test func aliasedLongStringBomb() throws {
        let big = String(repeating: "x", count: 100_000)
        let text = "departments:\n  - id: &a \"\(big)\"\n  - id: b\nties:\n"
            + String(repeating: "  - {from: *a, to: b, mechanism: command}\n", count: 20_000)
        try expectRefused(Array(text.utf8), ext: "yaml", containing: "alias bomb")
    }

    /// GraphML `<key>` defaults apply to every element: 5,000 keys with defaults on 20,000 nodes would add
    /// 100 million attributes, and 50,000 keys without defaults were once sorted for every node.
    @Test func graphMLKeyDefaultsAreBounded() throws {
        let keys = (0..<5_000).map { "<key id=\"k\($0)\" for=\"node\" attr.name=\"a\($0)\" attr.type=\"string\"><default>x</default></key>" }.joined()
        let nodes = (0..<20_000).map { "<node id=\"n\($0)\"/>" }.joined()
        try expectRefused(Array("<graphml>\(keys)<graph edgedefault=\"undirected\">\(nodes)</graph></graphml>".utf8), ext: "graphml",
                          containing: "default values of <key> elements")
        let manyKeys = (0..<50_000).map { "<key id=\"k\($0)\" for=\"node\" attr.name=\"a\($0)\" attr.type=\"string\"/>" }.joined()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-keys-\(UUID()).graphml")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("<graphml>\(manyKeys)<graph edgedefault=\"undirected\">\(nodes)</graph></graphml>".utf8).write(to: url)
        let (result, seconds) = Self.timed { Result { try NetworkReader.read(path: url.path) } }
        #expect(seconds < Self.budget)
        #expect((try? result.get())?.network.departments.count == 20_000)
    }

    @Test func gexfAttributeDefaultsAreBounded() throws {
        let columns = (0..<5_000).map { "<attribute id=\"a\($0)\" title=\"t\($0)\" type=\"string\"><default>x</default></attribute>" }.joined()
        let nodes = (0..<20_000).map { "<node id=\"n\($0)\"/>" }.joined()
        try expectRefused(Array("<gexf><graph><attributes class=\"node\">\(columns)</attributes><nodes>\(nodes)</nodes></graph></gexf>".utf8),
                          ext: "gexf", containing: "default values of <attribute> elements")
    }

    /// `node [cK=1]` 50,000 times, then 20,000 nodes: a billion default attributes (3 GB, minutes) —
    /// refused by the bound on applied attributes.
    @Test func dotDefaultAttributesAreBounded() throws {
        let text = "graph {\n" + (0..<50_000).map { "node [c\($0)=1];\n" }.joined() + (0..<20_000).map { "n\($0);\n" }.joined() + "}\n"
        try expectRefused(Array(text.utf8), ext: "dot", containing: "defaults included")
    }

    @Test func jsonMillionDeepArrays() throws {
        try expectRefused(Array(repeating: UInt8(ascii: "["), count: 1_000_000) + Array(repeating: UInt8(ascii: "]"), count: 1_000_000), ext: "json", containing: "nesting")
    }

    @Test func jsonMillionDeepObjects() throws {
        try expectRefused(Array(String(repeating: "{\"a\":", count: 1_000_000).utf8), ext: "json", containing: "nesting")
    }

    @Test func nodeLinkMillionDeepId() throws {
        try expectRefused(Array(("{\"nodes\": [{\"id\": " + String(repeating: "[", count: 1_000_000)).utf8), ext: "json", containing: "nesting")
    }

    @Test func yamlBlockSequencesOnOneLine() throws {
        try expectRefused(Array(("departments:\n" + String(repeating: "- ", count: 1_000_000) + "x\n").utf8), ext: "yaml", containing: "nesting")
    }

    @Test func yamlDeepBlockMappings() throws {
        var text = ""
        for i in 0..<2_000 { text += String(repeating: " ", count: i) + "k:\n" }
        try expectRefused(Array(text.utf8), ext: "yaml", containing: "nesting")
    }

    @Test func csvHundredThousandColumns() throws {
        let line = (0..<100_000).map { "c\($0)" }.joined(separator: ",")
        try expectRefused(Array(("source,target\n" + line + "\n").utf8), ext: "csv", containing: "fields")
        try expectRefused(Array((line + "\nA,B\n").utf8), ext: "csv", containing: "fields")
    }

    @Test func tablesHundredThousandColumns() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-hostile-tables-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let wide = (0..<100_000).map { "c\($0)" }.joined(separator: ",")
        try Data(("id,name," + wide + "\nA,Alpha\n").utf8).write(to: dir.appendingPathComponent("departments.csv"))
        try Data("from,to,mechanism\n".utf8).write(to: dir.appendingPathComponent("ties.csv"))
        let (result, seconds) = Self.timed { Result { try NetworkReader.read(path: dir.path) } }
        #expect(seconds < Self.budget)
        guard case .failure(let failure) = result else { Issue.record("accepted"); return }
        let error = try #require(failure as? FormatError, "\(failure)")
        #expect(error.errors.first?.file.hasPrefix(dir.path) == true, "\(error)")
    }

    @Test func xmlMillionDeepElements() throws {
        try expectRefused(Array(("<?xml version=\"1.0\"?><graphml>" + String(repeating: "<x>", count: 1_000_000)).utf8), ext: "graphml")
    }

    @Test func dotMillionDeepSubgraphs() throws {
        try expectRefused(Array(("graph { " + String(repeating: "{ ", count: 1_000_000)).utf8), ext: "dot")
    }

    @Test func pajekMillionVerticesDeclaredButNotListed() throws {
        try expectRefused(Array("*Vertices 2000000000\n*Edges\n1 2\n".utf8), ext: "net")
    }
}
