import Foundation
import Testing
@testable import GovNet

/// What a Chinese input method types where ASCII is meant: keys in full-width letters and Chinese header
/// words before a full-width colon in YAML are errors with the fix; full-width letters, colons, spaces and
/// list separators in the headers and values of tables are read as ASCII (``Vocabulary/widthFolded(_:)``).
@Suite struct FullWidthInputTests {
    static func read(_ text: String, ext: String = "yaml") throws -> LoadedNetwork {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-fullwidth-input-\(UUID()).\(ext)").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return try NetworkReader.read(path: file)
    }

    @Test func fullWidthKeysAndChineseHeaderKeysAreErrors() throws {
        let yaml = """
            departments:
              - {id: EMB, ｎａｍｅ: 市应急管理局}
              - id: GOV
                名称：市人民政府
            vocabulary:
              mechanism: {会商：information}
            ties:
              - {from: GOV, to: EMB, mechanism: command}
            """
        let error = try #require(throws: FormatError.self) { try Self.read(yaml) }
        let messages = error.errors.map(\.message)
        #expect(error.errors.count == 3, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("key 'ｎａｍｅ' is typed in full-width letters") && $0.contains("write 'name'") })
        #expect(messages.contains { $0.contains("after '名称'") && $0.contains("write 'name: …'") })
        #expect(messages.contains { $0.contains("after '会商'") })
        #expect(error.errors.first { $0.message.contains("名称") }?.line == 4)
    }

    /// Chinese header words as YAML keys (with an ASCII colon) are read as the keys they name, as the
    /// table readers read them: the department keeps its name and the tie its ends, mechanism and basis;
    /// one field under two spellings is a duplicate.
    @Test func chineseHeaderKeysReadAsTheirFields() throws {
        let yaml = """
            departments:
              - {编号: EMB, 名称: 市应急管理局, 类型: 应急管理, 层级: 市级, 中文名: 市应急管理局}
              - {id: GOV, name: 市人民政府, kind: government, level: municipal}
            ties:
              - {起点: GOV, 终点: EMB, 机制: 指挥, 依据: 法规, 权重: 2}
            """
        let loaded = try Self.read(yaml)
        #expect(!loaded.diagnostics.contains { $0.message.contains("key") }, "\(loaded.diagnostics.map(\.message))")
        let emb = try #require(loaded.network.department("EMB"))
        #expect(emb.name == "市应急管理局" && emb.kind == "emergency-management" && emb.level == "municipal" && emb.names["zh"] == "市应急管理局")
        let tie = try #require(loaded.network.ties.first)
        #expect(tie.from == "GOV" && tie.to == "EMB" && tie.mechanism == "command" && tie.basis == .regulation && tie.weight == 2)
        let twice = try #require(throws: FormatError.self) {
            try Self.read("departments:\n  - {id: EMB, name: 应急管理局, 名称: 市应急管理局}\n")
        }
        #expect(twice.errors.contains { $0.message.contains("name") }, "\(twice.errors.map(\.message))")
    }

    @Test func chineseColonsInTextsStayText() throws {
        #expect(FullWidthPunctuation.check("sources:\n  - 某预案：第三章\n  - 第二章：总则\n", file: "x.yaml").isEmpty)
        let net = try Self.read("""
            notes: 某预案：第三章
            departments:
              - {id: A, name: 甲, attributes: {说明: 主要职责：防汛}}
              - B
            ties: [{from: A, to: B, mechanism: command}]
            """).network
        #expect(net.departments.count == 2)
    }

    @Test func tableHeadersAndValuesTypedFullWidthReadAsASCII() throws {
        let csv = "起点：,ｔｏ,机制,ｗｅｉｇｈｔ,ｂａｓｉｓ,ｄｉｒｅｃｔｅｄ\nGOV,EMB,ｃｏｍｍａｎｄ,2,\u{3000}预案\u{3000},ｔｒｕｅ\nEMB,WATER,信息共享,1,ｐｌａｎ,否\n"
        let net = try Self.read(csv, ext: "csv").network
        #expect(net.ties.map(\.mechanism) == ["command", "information"])
        #expect(net.ties.map(\.weight) == [2, 1])
        #expect(net.ties.map(\.basis) == [.plan, .plan])
        #expect(net.ties.map { net.isDirected($0) } == [true, false])
    }

    @Test func listsSeparatedTheChineseWay() {
        #expect(CSVTables.idList("GOV；EMB、 WATER;MET") == ["GOV", "EMB", "WATER", "MET"])
        #expect(Vocabulary.column("起点：") == "from" && Vocabulary.column("ＷＥＩＧＨＴ".lowercased()) == "weight")
        #expect(Vocabulary.canonical("ｃｏ－ｌｅａｄ", .role) == "co-lead")
    }
}
