import Foundation
import Testing
import GovNetTestSupport

/// `govnet validate --lang zh` on what the readers refuse or warn about — workbooks (mistakes at cells,
/// encrypted, macro-enabled, ZIP bombs), CSV tables, edge lists, GraphML, GEXF, Pajek, UCINET DL, DOT,
/// node-link JSON, files that cannot be read — and the mapping warnings of `compare --lang zh`: the
/// location (`FILE:LINE:`, `BOOK.xlsx:SHEET!C14:`) and the words error, warning and note stay as editors
/// read them, every message is Chinese (``EnglishSentences``; ids, file names, values the user wrote and
/// the accepted spellings of a vocabulary are printed as written).
@Suite struct ChineseReadersTests {
    /// Spellings a message lists as the accepted ones, and the technical names it quotes: not sentences.
    static let spellings = [
        "law, regulation, plan, agreement, informal", "lead, co-lead, support", "chair, deputy, office, member, drafting-lead, drafting-co",
        "leadership, guidance, coordination, direction", "from to [weight]", "document, interview, survey, inferred",
        "prevention-preparedness, monitoring-warning, response-rescue, recovery-reconstruction",
        "command, drafting, information, material, membership, operation, supervision", "local, vertical, dual",
    ]

    /// Every line of `output` after its location is Chinese.
    static func check(_ output: String, _ what: String, written: [String] = []) {
        let english = EnglishSentences.find(in: output, allowing: written + spellings)
        #expect(english.isEmpty, "\(what): English in the Chinese output: \(english)\n\(output)")
    }

    /// The files of a fixture folder (files and table folders), by name.
    static func fixtures(_ folder: String) throws -> [URL] {
        let url = RepoPaths.fixtures.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted().map { url.appendingPathComponent($0) }
    }

    @Test func workbooks() throws {
        let xlsx = RepoPaths.fixtures.appendingPathComponent("xlsx")
        for name in ["linkage-zh-mistakes.xlsx", "encrypted.xlsx", "macro.xlsx", "bomb-ratio.xlsx", "bomb-lying.xlsx", "linkage-zh.xlsx"] {
            let r = try CLIRunner.run(["validate", name, "--lang", "zh"], in: xlsx)
            #expect(r.status == (name == "linkage-zh.xlsx" ? 0 : 65), "\(name): \(r.stdout)\(r.stderr)")
            Self.check(r.stdout + r.stderr, name, written: [name])
        }
        let mistakes = try CLIRunner.run(["validate", "linkage-zh-mistakes.xlsx", "--lang", "zh"], in: xlsx)
        for cell in ["联系!A3", "联系!C3", "联系!E3", "联系!B6", "联系!E6", "联系!F6", "职能!C4"] {
            #expect(mistakes.stdout.contains("linkage-zh-mistakes.xlsx:\(cell): error: "), "\(cell):\n\(mistakes.stdout)")
        }
        #expect(try CLIRunner.run(["validate", "encrypted.xlsx", "--lang", "zh"], in: xlsx).stdout.contains("工作簿已加密"))
    }

    /// The malformed and hostile fixtures of the table, edge-list, workbook and interchange readers:
    /// whatever the reader says, it says in Chinese. (The YAML and JSON document readers quote the
    /// parser's own English for a syntax error; they are not checked here.)
    @Test(arguments: ["malformed", "interchange/malformed", "hostile"])
    func malformedFiles(folder: String) throws {
        for url in try Self.fixtures(folder) where !url.lastPathComponent.hasPrefix(".") {
            let name = url.lastPathComponent
            guard !["md", "txt", "py", "yaml", "yml", "json"].contains(url.pathExtension) else { continue }
            let r = try CLIRunner.run(["validate", url.path, "--lang", "zh"])
            #expect(r.status != 70, "\(name): \(r.stderr)")
            // A header the file wrote is quoted as written ("the header has: from, to, weight").
            Self.check(r.stdout + r.stderr, "\(folder)/\(name)", written: [url.path, name, "from, to, weight"])
        }
    }

    @Test func filesThatCannotBeRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-zh-missing-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = dir.appendingPathComponent("link.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: dir.appendingPathComponent("gone.yaml").path)
        for (path, expected) in [(dir.appendingPathComponent("absent.yaml").path, "文件不存在"), (link, "符号链接指向的文件不存在"),
                                 (dir.path + "/", "表格文件夹需要"), (dir.appendingPathComponent("notes.abc").path, "无法从文件名判断格式")] {
            if path.hasSuffix("notes.abc") { try "x".write(toFile: path, atomically: true, encoding: .utf8) }
            let r = try CLIRunner.run(["validate", path, "--lang", "zh"])
            #expect(r.status == 65 || r.status == 66)
            #expect((r.stdout + r.stderr).contains(expected), "\(path): \(r.stdout)\(r.stderr)")
            Self.check(r.stdout, path, written: [path])
        }
        let info = try CLIRunner.run(["info", dir.appendingPathComponent("absent.yaml").path, "--lang", "zh"])
        #expect(info.status == 66 && info.stderr.contains("error: 文件不存在"), "\(info.stderr)")
    }

    /// A workbook whose ties name departments by their Chinese names: the note of each name read as an
    /// id points at the cell where it first appears.
    @Test func namesAreNotedAtTheirCell() throws {
        let xlsx = RepoPaths.fixtures.appendingPathComponent("xlsx")
        let r = try CLIRunner.run(["validate", "linkage-zh.xlsx", "--lang", "zh"], in: xlsx)
        #expect(r.stdout.contains("linkage-zh.xlsx:联系!B2: note: 字段 to：“市应急管理局”是部门“EMB”的名称"), "\(r.stdout)")
        for line in r.stdout.split(separator: "\n") where line.contains("的名称；") {
            #expect(line.range(of: #"linkage-zh\.xlsx:[^!]+![A-Z]+[0-9]+: note: "#, options: .regularExpression) != nil, "\(line)")
        }
    }

    /// compare's warnings about mapping rows that name no department, in Chinese.
    @Test func mappingWarnings() throws {
        let dir = try ChineseCommandsTests.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "formerly: {}\n".write(toFile: dir + "/empty.yaml", atomically: true, encoding: .utf8)
        try "from,to\nEMO,EMB\nSAWS,EMB\nGHOST,EMB\nFIRE,FIRE2\n".write(toFile: dir + "/map.csv", atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["compare", dir + "/before.yaml", dir + "/after.yaml", "--mapping", dir + "/map.csv", "--lang", "zh",
                                   "--permutations", "9", "--format", "markdown"])
        Self.check(r.stderr, "compare --mapping", written: ChineseCommandsTests.written + ["map.csv", "GHOST", "FIRE2", dir])
        #expect(r.stderr.contains("“GHOST”不是前一网络中的部门") || r.stderr.contains("GHOST"), "\(r.stderr)")
    }
}
