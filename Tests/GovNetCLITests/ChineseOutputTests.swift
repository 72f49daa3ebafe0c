import Foundation
import Testing
import GovNet
import GovNetTestSupport

/// `--lang zh` output of report, diagnose, compare, simulate and suggest on the bundled networks holds
/// no English sentence (``EnglishSentences``): every sentence comes from the Chinese catalogue; only
/// ids, numbers and what the user wrote (names, metadata without a Chinese version) stay as written.
@Suite struct ChineseOutputTests {
    static let networks = ["hubei-city-post-reform.yaml", "hubei-city-pre-reform.yaml", "xiangyang/xiangyang-post-reform.yaml",
                           "japan-disaster-management.yaml", "us-nrf-esf.yaml", "emon/Texas.yaml"]

    /// Everything the user wrote in a network file: printed as written, so not a sentence of ours.
    static func written(_ path: String) throws -> [String] {
        let net = try NetworkReader.read(path: path).network
        var w: [String] = []
        for d in net.departments { w += [d.id, d.name] + Array(d.names.values) + [d.kind, d.level].compactMap { $0 } }
        for f in net.functions { w += [f.id, f.name] + Array(f.names.values) }
        for m in net.allMechanisms { w += [m.id, m.name, m.name.lowercased()] }
        let m = net.metadata
        for text in [m.title, m.jurisdiction, m.source, m.provenance, m.period, m.date, m.notes, m.license].compactMap({ $0 }) {
            w.append(text)
            w += text.split(separator: "\n").map(String.init)  // provenance quoted line by line
        }
        w += m.translations.values.flatMap(\.values)
        return w
    }

    func check(_ output: String, _ written: [String], _ what: String) {
        let english = EnglishSentences.find(in: output, allowing: written)
        #expect(english.isEmpty, "\(what): English in the Chinese output: \(english)")
    }

    @Test(arguments: networks) func diagnose(network: String) throws {
        let path = "networks/" + network
        let written = try Self.written(path)
        for format in ["table", "markdown"] {
            // A few draws: the robustness lines are Chinese too, and cheap to check.
            let r = try CLIRunner.run(["diagnose", path, "--lang", "zh", "--format", format, "--robustness", "10"])
            #expect(r.status == 0, "\(r.stderr)")
            check(r.stdout, written, "diagnose \(network) \(format)")
        }
    }

    @Test(arguments: networks) func report(network: String) throws {
        let path = "networks/" + network
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-zh-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLIRunner.run(["report", path, "--lang", "zh", "-o", dir, "--random-runs", "5", "--robustness", "0"])
        #expect(r.status == 0, "\(r.stderr)")
        let written = try Self.written(path)
        for file in ["report.html", "report.md"] {
            check(try String(contentsOfFile: dir + "/" + file, encoding: .utf8), written, "report \(network) \(file)")
        }
    }

    @Test func reformReport() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-zh-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLIRunner.run(["report", "networks/hubei-city-post-reform.yaml", "--compare", "networks/hubei-city-pre-reform.yaml",
                                   "--mapping", "networks/hubei-city-reform-mapping.csv", "-o", dir, "--random-runs", "5", "--lang", "zh", "--robustness", "0"])
        #expect(r.status == 0, "\(r.stderr)")
        let written = try Self.written("networks/hubei-city-post-reform.yaml") + Self.written("networks/hubei-city-pre-reform.yaml")
        let md = try String(contentsOfFile: dir + "/report.md", encoding: .utf8)
        check(md, written, "reform report.md")
        #expect(!md.contains("p = 0 ") && !md.contains("p = 0\n") && !md.contains("p = 0 |"), "a p-value is never 0")
    }

    /// The detector itself: it finds an English clause between Chinese text and passes ids, numbers and names.
    @Test func detector() {
        #expect(EnglishSentences.find(in: "市民政局 have no 信息共享 path back to 市应急管理局", allowing: []) == ["path back to"])
        #expect(EnglishSentences.find(in: "市民政局, 市红十字会 and 市城市管理局 have no path back to them", allowing: []).count == 1)
        #expect(EnglishSentences.find(in: "<p>EMB: R = 0.138, p < 0.001</p>", allowing: []) == [])
        #expect(EnglishSentences.find(in: "一旦Red Cross Society Chapter无法履职", allowing: ["Red Cross Society Chapter"]) == [])
        #expect(EnglishSentences.find(in: "Fill: kind (larger = higher)", allowing: []).count == 1)
    }
}
