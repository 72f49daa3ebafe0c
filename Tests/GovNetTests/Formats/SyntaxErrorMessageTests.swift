import Foundation
import Testing
@testable import GovNet

/// YAML and JSON syntax errors are catalogue messages: the file, line and column, what was expected
/// and a suggestion in the chosen language, with libyaml's own words kept as the detail.
@Suite struct SyntaxErrorMessageTests {
    static func firstError(_ text: String, ext: String) throws -> Diagnostic {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-syntax-\(UUID()).\(ext)")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(throws: FormatError.self) { try NetworkReader.read(path: url.path) }
        return try #require(error.errors.first)
    }

    @Test func unclosedQuoteNamesWhereItOpened() throws {
        let d = try Self.firstError("title: x\ndepartments:\n  - {id: A, name: \"A}\n  - id: B\n", ext: "yaml")
        #expect(d.text?.key == "reader.yaml.syntax")
        #expect(d.description.contains("expected the closing quote of the text opened at line 3 — close the quote"), "\(d)")
        #expect(d.description.contains("(libyaml: found unexpected end of stream"), "the detail is kept: \(d)")
        let zh = d.description(.zh)
        #expect(zh.contains("YAML 语法错误：此处应为第3行开始的带引号文本的闭合引号；请补上闭合引号"), "\(zh)")
        #expect(zh.contains("（libyaml 原文：found unexpected end of stream"), "\(zh)")
    }

    @Test func tabIndentationAsksForSpaces() throws {
        let d = try Self.firstError("departments:\n  - id: A\n\tname: x\n", ext: "yaml")
        #expect(d.line == 3 && d.column == 1)
        #expect(d.description(.en).contains("expected spaces for indentation, not a tab — replace the tabs"), "\(d)")
        #expect(d.description(.zh).contains("此处应为空格缩进，而不是制表符；请把行首的制表符换成空格"), "\(d.description(.zh))")
    }

    @Test func secondColonInAValueSuggestsQuotes() throws {
        let d = try Self.firstError("title: a: b\ndepartments: []\n", ext: "yaml")
        #expect(d.line == 1 && d.column == 9)
        #expect(d.description(.en).contains("put a value that holds ': ' in quotes"), "\(d)")
        #expect(d.description(.zh).contains("值中含有半角冒号加空格时请给整个值加引号"), "\(d.description(.zh))")
    }

    @Test func flowListNamesItsOpeningLine() throws {
        let d = try Self.firstError("departments:\n  - {id: A, formerly: [X, Y}\n", ext: "yaml")
        #expect(d.description(.en).contains("in the list opened at line 2") || d.description(.en).contains("in the mapping opened at line 2"), "\(d)")
        #expect(d.description(.zh).contains("第2行开始的"), "\(d.description(.zh))")
    }

    @Test func duplicateKeyInBothLanguages() throws {
        let d = try Self.firstError("title: a\ntitle: b\ndepartments: []\n", ext: "yaml")
        #expect(d.line == 2 && d.description(.en).contains("duplicate key 'title' in the mapping starting at line 1 — keep one of them"), "\(d)")
        #expect(d.description(.zh).contains("第1行开始的映射中键“title”重复；请只保留一个"), "\(d.description(.zh))")
    }

    @Test func jsonTrailingCommaBeforeAKey() throws {
        let d = try Self.firstError("{\"departments\": [ {\"id\": \"A\",} ]}", ext: "json")
        #expect(d.line == 1 && d.column == 30)
        #expect(d.description(.en).contains("invalid JSON: expected a key in double quotes"), "\(d)")
        #expect(d.description(.zh).contains("JSON 语法错误：此处应为带双引号的键"), "\(d.description(.zh))")
    }

    @Test func jsonUnclosedObjectNamesItsOpeningLine() throws {
        let d = try Self.firstError("{\n\"departments\": [\n {\"id\": \"A\"\n", ext: "json")
        #expect(d.description(.en).contains("the file ends inside the object opened at line 3"), "\(d)")
        #expect(d.description(.zh).contains("文件在第3行开始的对象内结束"), "\(d.description(.zh))")
    }

    /// Every kind of YAML syntax error has its expectation and suggestion in both languages.
    @Test func everyKindIsCatalogued() {
        for kind in YAMLSyntaxError.Kind.allCases {
            for key in ["reader.yaml.expected.\(kind.rawValue)", "reader.yaml.suggestion.\(kind.rawValue)"] {
                #expect(MessageCatalogue.english[key] != nil && MessageCatalogue.chinese[key] != nil, "\(key)")
            }
        }
    }
}
