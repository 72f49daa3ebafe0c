import Foundation
import Testing

/// Golden text files (DOT of styled diagrams, diagnoses of the shipped networks): a test compares its
/// output with the file and fails with a diff hint; `RECORD_SNAPSHOTS=1 swift test --filter SUITE`
/// writes the files instead, for review in the diff.
public enum Snapshot {
    /// Whether this run records snapshots (`RECORD_SNAPSHOTS=1`) instead of comparing.
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Compares `text` with the file at `url`, or writes it there when ``recording``.
    /// - Parameters:
    ///   - text: the output.
    ///   - url: the golden file.
    ///   - what: what the snapshot shows, for the failure message (default: the file name).
    /// - Throws: when the golden file cannot be read (or written while recording).
    public static func check(_ text: String, against url: URL, what: String? = nil,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(what ?? "snapshot \(url.lastPathComponent)") changed; review and re-record with RECORD_SNAPSHOTS=1",
                sourceLocation: sourceLocation)
    }
}
