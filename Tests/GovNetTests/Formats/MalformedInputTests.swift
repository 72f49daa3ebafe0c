import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// The malformed-input corpus (`Fixtures/malformed/`): each file must fail with its exact first error
/// line and message, never crash, and report every error at once.
@Suite struct MalformedInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let line: Int?
        let message: String
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "bad-indentation.yaml", line: 4, message: "invalid YAML: expected a list item ('- ') at the indentation of the list that starts at line 3 — align this line with the list's other items (libyaml: did not find expected '-' indicator"),
        Case(file: "empty-object.json", line: 1, message: "no 'departments' and no 'ties': this is not a network document"),
        Case(file: "no-departments.yaml", line: 1, message: "no 'departments' and no 'ties': this is not a network document"),
        Case(file: "unknown-department.yaml", line: 7, message: "names unknown department 'C'"),
        Case(file: "duplicate-id.yaml", line: 5, message: "duplicate department id 'A' (first defined at line 3)"),
        Case(file: "weight-negative.yaml", line: 6, message: "weight -1 must be > 0"),
        Case(file: "weight-nan.yaml", line: 6, message: "weight 'NaN' is not a finite number"),
        Case(file: "weight-abc.yaml", line: 6, message: "weight 'abc' is not a number"),
        Case(file: "weight-zero.yaml", line: 6, message: "weight 0 must be > 0"),
        Case(file: "weight-overflow.json", line: 2, message: "weight '1e999' is not a finite number"),
        Case(file: "unknown-mechanism.yaml", line: 6, message: "unknown mechanism 'gossip'"),
        Case(file: "unknown-basis.yaml", line: 6, message: "unknown basis 'rumour'"),
        Case(file: "unknown-role.yaml", line: 10, message: "unknown role 'boss'"),
        Case(file: "assignment-unknown-department.yaml", line: 11, message: "assigns unknown department 'Q'"),
        Case(file: "tie-unknown-function.yaml", line: 6, message: "names unknown function 'flood-contrl' (did you mean 'flood-control'?); the functions are flood-control"),
        Case(file: "tie-missing-from.yaml", line: 6, message: "a tie needs 'from'"),
        Case(file: "duplicate-key.yaml", line: 2, message: "duplicate key 'title'"),
        Case(file: "top-level-list.yaml", line: 1, message: "expected a mapping"),
        Case(file: "assignments-not-list.yaml", line: 9, message: "expected a list, found a single value"),
        Case(file: "functions-not-list.json", line: 1, message: "expected a list, found a mapping"),
        Case(file: "empty.yaml", line: 1, message: "the file is empty"),
        Case(file: "invalid-utf8.yaml", line: 3, message: "not valid UTF-8"),
        Case(file: "binary-garbage.yaml", line: 1, message: "not valid UTF-8"),
        Case(file: "alias-bomb.yaml", line: 4, message: "alias bomb"),
        Case(file: "trailing-comma.json", line: 3, message: "invalid JSON: unexpected character ']'"),
        Case(file: "unterminated-string.json", line: 2, message: "unterminated string"),
        Case(file: "unclosed-quote", line: 3, message: "unclosed quote"),
        Case(file: "missing-column", line: 1, message: "missing required column 'mechanism'"),
        Case(file: "edgelist-bad-rows.csv", line: 3, message: "weight -2 must be > 0"),
    ]

    @Test(arguments: cases) func firstErrorIsExact(c: Case) throws {
        let path = RepoPaths.fixtures.appendingPathComponent("malformed/" + c.file).path
        let error = try #require(throws: FormatError.self) { try NetworkReader.read(path: path) }
        let first = try #require(error.errors.first)
        #expect(first.line == c.line, "\(first)")
        #expect(first.message.contains(c.message), "\(first)")
        #expect(first.file.hasPrefix(path), "the error names the file: \(first)")
    }

    /// Every unknown function id of a tie's `functions`, each at its line; no suggestion for a name far from any id.
    @Test func unknownTieFunctionsAreAllReported() throws {
        let path = RepoPaths.fixtures.appendingPathComponent("malformed/tie-unknown-function.yaml").path
        let error = try #require(throws: FormatError.self) { try NetworkReader.read(path: path) }
        #expect(error.errors.map(\.line) == [6, 7])
        #expect(error.errors.last?.message.contains("unknown function 'storms'; the functions are flood-control") == true, "\(error.errors)")
    }

    @Test func allErrorsOfAFileAreReported() throws {
        let path = RepoPaths.fixtures.appendingPathComponent("malformed/edgelist-bad-rows.csv").path
        let error = try #require(throws: FormatError.self) { try NetworkReader.read(path: path) }
        #expect(error.errors.map(\.line) == [3, 4])
    }

    @Test func fiveMegabyteLineIsAClearError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-long-line-\(UUID()).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let long = "source,target,weight\nA,B,1\nA," + String(repeating: "x", count: 5_000_000) + ",abc\n"
        try Data(long.utf8).write(to: url)
        let error = try #require(throws: FormatError.self) { try NetworkReader.read(path: url.path) }
        #expect(error.errors.first?.line == 3)
        #expect(error.errors.first?.message.contains("is not a number") == true)
    }

    @Test func deepNestingIsRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-deep-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8).write(to: url)
        let error = try #require(throws: FormatError.self) { try NetworkReader.read(path: url.path) }
        #expect(error.errors.first?.message.contains("nesting deeper") == true)
        let yaml = url.deletingPathExtension().appendingPathExtension("yaml")
        defer { try? FileManager.default.removeItem(at: yaml) }
        try Data(("a: " + String(repeating: "[", count: 100_000)).utf8).write(to: yaml)
        #expect(throws: FormatError.self) { try NetworkReader.read(path: yaml.path) }
    }

    @Test func missingFileIsNotAFormatError() {
        #expect(throws: MissingFileError.self) { try NetworkReader.read(path: "/nonexistent/net.yaml") }
    }
}
