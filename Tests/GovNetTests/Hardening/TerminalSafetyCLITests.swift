import Foundation
import Testing
import GovNetTestSupport

/// File names and ids reach messages unchanged; control characters and bidirectional overrides in them
/// must not act on the analyst's terminal (an escape sequence, a forged line, reordered text).
@Suite struct TerminalSafetyCLITests {
    @Test func controlCharactersInNamesAndIdsAreEscapedInMessages() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-terminal-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let name = "esc\u{1B}[2Jred\r.yaml"
        try Data("departments:\n  - id: \"A\\u202EB\"\n  - id: \"C\\u001B[31m\"\n".utf8).write(to: dir.appendingPathComponent(name))
        // `metrics` writes CSV when piped: its data keep the ids as they are; its messages are escaped.
        for arguments in [["validate", name], ["info", name], ["metrics", name, "--weighted"]] {
            let r = try CLIRunner.run(arguments, in: dir)
            let all = (arguments[0] == "metrics" ? "" : r.stdout) + r.stderr
            #expect(!all.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" || $0 == "\u{202E}" }, "\(arguments): \(all.debugDescription)")
            #expect(r.stdout.contains("\\u{1B}[2Jred\\u{D}.yaml") || r.stderr.contains("\\u{1B}[2Jred\\u{D}.yaml"), "\(arguments)")
        }
    }
}
