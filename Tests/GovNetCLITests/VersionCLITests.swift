import Foundation
import GovNet
import Testing
import GovNetTestSupport

/// `govnet --version`: the semantic version and the commit the binary was built from, which the
/// CommitStamp plugin bakes in (Plugins/CommitStamp).
@Suite struct VersionCLITests {
    /// The expected commit comes from Git itself (`git rev-parse HEAD` in the repository the tests were
    /// built from): its first 12 hex digits, `-modified` allowed for a tree with uncommitted changes.
    /// Without Git (a source archive) the plugin writes the archive's commit or `unknown`.
    @Test func versionNamesTheSemanticVersionAndTheCommit() throws {
        let r = try CLIRunner.run(["--version"])
        #expect(r.status == 0, "\(r.stderr)")
        let line = r.stdout.trimmingCharacters(in: .newlines)
        #expect(GovNetVersion.string.wholeMatch(of: /\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?/) != nil)
        let prefix = "\(GovNetVersion.string) (commit "
        #expect(line.hasPrefix(prefix) && line.hasSuffix(")"), "\(line)")
        let commit = String(line.dropFirst(prefix.count).dropLast())

        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", RepoPaths.root.path, "rev-parse", "--verify", "HEAD"]
        let head = try? ProcessCapture.run(git)
        if let head, head.status == 0 {
            let expected = String(String(decoding: head.stdout, as: UTF8.self).prefix(12))
            #expect(commit == expected || commit == expected + "-modified", "\(line) vs HEAD \(expected)")
        } else {
            #expect(commit == "unknown" || commit.wholeMatch(of: /[0-9a-f]{12}/) != nil, "\(line)")
        }
    }
}
