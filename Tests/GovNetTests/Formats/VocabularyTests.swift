import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Headers, vocabulary and department names the way analysts write them (`Fixtures/vocabulary/`):
/// the expected networks are the fixtures' canonical spelling, `canonical.yaml`, written by hand
/// from the synonym table of docs/vocabulary.md.
@Suite struct VocabularyTests {
    static let dir = RepoPaths.fixtures.appendingPathComponent("vocabulary")
    static func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    static func expectSame(_ a: Network, _ b: Network) {
        #expect(a.departments == b.departments)
        #expect(a.ties == b.ties)
        #expect(a.functions == b.functions)
    }

    @Test func pinnedSynonymsReadAsTheirCanonicalWords() {
        let pinned: [(Vocabulary.Term, [String], String)] = [
            (.mechanism, ["指挥", "领导", "指挥协调"], "command"), (.mechanism, ["信息", "信息共享", "信息报送"], "information"),
            (.mechanism, ["物资", "物资保障"], "material"), (.mechanism, ["监督", "监督考核"], "supervision"),
            (.mechanism, ["联合处置", "协同处置", "协同联动"], "operation"), (.mechanism, ["成员", "成员单位"], "membership"),
            (.basis, ["法律"], "law"), (.basis, ["法规", "规章"], "regulation"), (.basis, ["预案"], "plan"),
            (.basis, ["协议", "合作协议", "联动协议"], "agreement"), (.basis, ["非正式", "惯例"], "informal"),
            (.role, ["牵头"], "lead"), (.role, ["共同牵头"], "co-lead"), (.role, ["配合", "协助"], "support"),
            (.kind, ["应急管理"], "emergency-management"), (.kind, ["水利"], "water"), (.kind, ["气象"], "meteorology"),
            (.kind, ["卫生", "卫健"], "health"), (.kind, ["交通"], "transport"), (.kind, ["民政"], "civil-affairs"),
            (.kind, ["消防"], "fire-rescue"), (.kind, ["公安"], "public-security"), (.kind, ["自然资源"], "natural-resources"),
            (.kind, ["政府"], "government"), (.kind, ["军队", "部队"], "military"),
            (.level, ["省级"], "provincial"), (.level, ["市级"], "municipal"), (.level, ["县级"], "county"), (.level, ["乡镇"], "township"),
        ]
        for (term, words, meaning) in pinned {
            #expect(Vocabulary.canonical(meaning, term) == meaning)
            for w in words { #expect(Vocabulary.canonical(w, term) == meaning, "\(w)") }
        }
        let headers: [(String, String)] = [("编号", "id"), ("名称", "name"), ("类型", "kind"), ("部门类型", "kind"), ("层级", "level"),
            ("级别", "level"), ("起点", "from"), ("来源部门", "from"), ("终点", "to"), ("目标部门", "to"), ("机制", "mechanism"),
            ("联动机制", "mechanism"), ("权重", "weight"), ("强度", "weight"), ("方向", "directed"), ("有向", "directed"),
            ("依据", "basis"), ("角色", "role"), ("职责", "role"), ("备注", "备注"), ("说明", "说明")]
        for (h, c) in headers { #expect(Vocabulary.column(h) == c, "\(h)") }
    }

    @Test func suggestionsCatchCaseAndTypos() {
        #expect(Vocabulary.suggestion(for: "Command", among: ["command", "information"]) == "command")
        #expect(Vocabulary.suggestion(for: "EBM", among: ["EMB", "GOV", "MET"]) == "EMB")
        #expect(Vocabulary.suggestion(for: "wieght", among: ["weight", "basis"]) == "weight")
        #expect(Vocabulary.suggestion(for: "xyz", among: ["EMB", "GOV"]) == nil)
        // Two equally near candidates: no guess.
        #expect(Vocabulary.suggestion(for: "AB", among: ["AC", "AD"]) == nil)
        #expect(Vocabulary.editDistance(Array("kitten"), Array("sitting")) == 3)
    }

    @Test func chineseHeadersInAnyOrderAndVocabularyReadLikeTheCanonicalYAML() throws {
        let tables = try NetworkReader.read(path: Self.path("zh-tables"), format: .tables)
        let yaml = try NetworkReader.read(path: Self.path("canonical.yaml"))
        Self.expectSame(tables.network, yaml.network)
        // The name used in place of an id is noted once, where it first occurs.
        let notes = tables.diagnostics.filter { $0.severity == .note && $0.message.contains("市应急管理局") }
        #expect(notes.count == 1)
        #expect(notes.first?.line == 3)
        #expect(notes.first?.message == "'市应急管理局' is the name of department 'EMB'; references to it are read as 'EMB'")
    }

    @Test func chineseVocabularyAndNamesInYAML() throws {
        let words = try NetworkReader.read(path: Self.path("zh-words.yaml"))
        let yaml = try NetworkReader.read(path: Self.path("canonical.yaml"))
        Self.expectSame(words.network, yaml.network)
        #expect(words.diagnostics.filter { $0.severity == .note && $0.message.contains("is the name of department") }.count == 4)
    }

    @Test func extraColumnsSurviveExport() throws {
        let net = try NetworkReader.read(path: Self.path("zh-tables"), format: .tables).network
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-vocab-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try CSVTables.write(net, folder: folder)
        let back = try NetworkReader.read(path: folder, format: .tables).network
        Self.expectSame(back, net)
        #expect(back.department("EMB")?.attributes["备注"] == .string("牵头部门"))
    }

    @Test func edgeListHeaderFoundByNameInAnyOrder() throws {
        let loaded = try NetworkReader.read(path: Self.path("edgelist-zh.csv"))
        let ties = loaded.network.ties
        #expect(ties.map(\.from) == ["GOV", "EMB", "MET"])
        #expect(ties.map(\.to) == ["EMB", "HLTH", "EMB"])
        #expect(ties.map(\.mechanism) == ["command", "operation", "information"])
        #expect(ties.map(\.weight) == [3, 2, 1])
        #expect(ties[1].attributes["备注"] == .string("现场"))
        // Standard mechanisms are not declared again as custom ones.
        #expect(loaded.network.mechanisms.isEmpty)
    }

    @Test func plantedMistakesAreAllReportedWithSuggestions() throws {
        let error = try #require(throws: FormatError.self) { try NetworkReader.read(path: Self.path("planted-tables"), format: .tables) }
        let messages = error.errors.map(\.message)
        #expect(messages.contains { $0.hasPrefix("unknown column 'wieght' (did you mean 'weight'?)") })
        #expect(messages.contains { $0.hasPrefix("unknown basis 'rumour'") })
        #expect(messages.contains { $0.hasPrefix("unknown basis 'Law' (did you mean 'law'?)") })
        #expect(messages.contains { $0.contains("names unknown department 'EBM' (did you mean 'EMB'?)") })
        #expect(messages.contains { $0.contains("'Same Name' is the name of 2 departments: A, B") })
        // Row 2 has three mistakes (department, mechanism, basis): all reported in the same run.
        #expect(messages.contains { $0.hasPrefix("unknown mechanism 'Command' (did you mean 'command'?)") })
        #expect(error.errors.filter { $0.file.hasSuffix("ties.csv") && $0.line == 2 }.count == 3)
        // A bad role does not hide the unknown department of the same assignment.
        let functions = error.errors.filter { $0.file.hasSuffix("functions.csv") }
        #expect(functions.count == 2 && functions.allSatisfy { $0.line == 2 })
        #expect(functions.contains { $0.message.hasPrefix("unknown role 'boss'") })
        #expect(functions.contains { $0.message.contains("assigns unknown department 'EBM' (did you mean 'EMB'?)") })
    }

    @Test func mechanismTyposGetASuggestion() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-vocab-\(UUID()).yaml").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "departments: [A, B]\nties:\n  - {from: A, to: B, mechanism: Command}\n  - {from: A, to: B, mechanism: 指挥, basis: 预按}\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let error = try #require(throws: FormatError.self) { try NetworkReader.read(path: file) }
        #expect(error.errors.count == 2)
        #expect(error.errors.contains { $0.line == 3 && $0.message.hasPrefix("unknown mechanism 'Command' (did you mean 'command'?)") })
        #expect(error.errors.contains { $0.line == 4 && $0.message.hasPrefix("unknown basis '预按' (did you mean 'plan' (预案)?)") })
    }

    @Test func aFileWithoutAHeaderGetsOneErrorNamingTheHeaders() throws {
        let error = try #require(throws: FormatError.self) { try NetworkReader.read(path: Self.path("noheader-tables"), format: .tables) }
        let ties = error.errors.filter { $0.file.hasSuffix("ties.csv") }
        #expect(ties.count == 1)
        #expect(ties.first?.message.hasPrefix("no recognisable header in the first row (found: 'gov', 'emb', 'command'); expected a header row naming the columns, in any order: from (来源部门, 起点) or source, to (目标部门, 终点) or target, mechanism (机制, 联动机制); optional: ") == true)
        #expect(error.errors.filter { $0.file.hasSuffix("departments.csv") }.count == 1)
    }

    @Test func aChineseKindKeepsTheCoordinatorRecognised() throws {
        let words = try NetworkReader.read(path: Self.path("zh-words.yaml")).network
        #expect(words.department("EMB")?.kind == "emergency-management")
        #expect(words.department("HLTH")?.level == "municipal")
    }

    @Test func theVocabularyPageListsEveryEntry() throws {
        let page = try String(contentsOf: RepoPaths.root.appendingPathComponent("docs/vocabulary.md"), encoding: .utf8)
        for (term, table) in Vocabulary.synonyms {
            for (synonym, meaning) in table {
                #expect(page.contains("| `\(meaning)` |") && page.contains(synonym), "\(term.rawValue): \(synonym) → \(meaning)")
            }
        }
        for (alias, column) in Vocabulary.columnAliases { #expect(page.contains("| `\(column)` |") && page.contains(alias), "\(alias)") }
    }
}
