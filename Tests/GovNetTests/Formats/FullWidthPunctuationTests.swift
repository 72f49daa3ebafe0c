import Foundation
import Testing
@testable import GovNet

/// Full-width punctuation where YAML syntax is expected is an error with the fix, never a warning
/// followed by a misreading; Chinese punctuation inside values is text (``FullWidthPunctuation``).
@Suite struct FullWidthPunctuationTests {
    static func read(_ yaml: String) throws -> LoadedNetwork {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-fullwidth-\(UUID()).yaml").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)
        return try NetworkReader.read(path: file)
    }

    @Test func aFullWidthColonAfterAKeyIsAnError() throws {
        let yaml = """
            departments:
              - id: EMB
                name：市应急管理局
              - {id：GOV, name: 市人民政府}
            ties:
              - {from: GOV, to: EMB, mechanism: command}
            """
        let error = try #require(throws: FormatError.self) { try Self.read(yaml) }
        #expect(error.errors.count == 2)
        let first = try #require(error.errors.first)
        #expect(first.line == 3 && first.column == 9 && first.field == "name")
        #expect(first.message.hasPrefix("full-width colon '：' after 'name' where YAML needs ':' — write 'name: …'"))
        #expect(error.errors.last?.line == 4)
        #expect(error.errors.last?.message.contains("after 'id'") == true)
    }

    @Test func aFullWidthCommaBetweenEntriesIsAnError() throws {
        let error = try #require(throws: FormatError.self) {
            try Self.read("departments: [A, B]\nties:\n  - {from: A，to: B, mechanism: command}\n")
        }
        #expect(error.errors.count == 1)
        #expect(error.errors.first?.line == 3)
        #expect(error.errors.first?.message.hasPrefix("full-width comma '，' before 'to' where YAML needs ','") == true)
    }

    @Test func chinesePunctuationInsideValuesIsText() throws {
        let net = try Self.read("""
            title: 示例：某市，应急联动
            notes: |
              说明：本网络为示意，
              source：none
            departments:
              - {id: A, name: "甲：乙，丙", attributes: {note: 主要职责：防汛，抗旱}}
              - {id: B, name: 丁，戊}
            ties: [{from: A, to: B, mechanism: command}]  # 注：指挥，领导
            """).network
        #expect(net.metadata.title == "示例：某市，应急联动")
        #expect(net.departments.map(\.name) == ["甲：乙，丙", "丁，戊"])
        #expect(net.metadata.notes?.contains("source：none") == true)
    }
}
