import Foundation
import Testing
import GovNetTestSupport

/// Every failed write ends with one line on stderr and a sysexits code — 74 for standard output, 73 for
/// a named file — never a trap, a lost message or a silent success; nothing is left half-written.
@Suite struct OutputErrorCLITests {
    static let network = "networks/emon/Cheyenne.yaml"

    /// One invocation per command that prints to standard output.
    static let commands: [[String]] = [
        ["metrics", "-q", network], ["metrics", "--network", network], ["info", network], ["diagnose", network, "--robustness", "0"],
        ["simulate", network, "--order", "degree"], ["suggest", network], ["validate", network],
        ["compare", network, network, "--no-metrics", "--permutations", "0"],
        ["qap", "networks/hubei-city-post-reform.yaml", "--dependent", "command", "--independent", "information", "--permutations", "10"],
        ["convert", network, "-", "--to", "edgelist"], ["diagnose", "--list-rules"], ["--help"], ["metrics", "--help"],
    ]

    static func expectIOError(_ r: CLIRunner.Result, _ reason: String, _ what: [String]) {
        #expect(r.status == 74, "\(what): \(r.status) \(r.stderr)")
        let lines = r.stderr.split(separator: "\n").filter { $0.hasPrefix("govnet: cannot write") }
        #expect(lines == ["govnet: cannot write to standard output: \(reason)"], "\(what): \(r.stderr)")
        #expect(!r.stderr.contains("Fatal error"), "\(what)")
    }

    @Test(arguments: commands) func fullDiskOnStandardOutput(arguments: [String]) throws {
        let r = try CLIRunner.runShell(#"exec "$0" "$@" > /dev/full"#, arguments)
        Self.expectIOError(r, "No space left on device", arguments)
    }

    @Test(arguments: commands) func closedStandardOutput(arguments: [String]) throws {
        let r = try CLIRunner.runShell(#"exec "$0" "$@" >&-"#, arguments)
        Self.expectIOError(r, "it is closed", arguments)
    }

    /// With SIGPIPE ignored a write to a pipe nobody reads fails with EPIPE instead of killing the process.
    @Test func brokenPipeWithSIGPIPEIgnored() throws {
        let script = #"trap '' PIPE; mkfifo "$TMPDIR/p"; : < "$TMPDIR/p" & exec 3>"$TMPDIR/p"; wait; exec "$0" "$@" >&3"#
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-epipe-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.runShell("TMPDIR=\(dir.path); " + script, ["metrics", "-q", RepoPaths.root.path + "/" + Self.network])
        Self.expectIOError(r, "Broken pipe", ["metrics"])
    }

    /// A named output on a full disk: exit 73, the message names the file, and the old file is intact.
    @Test func fullDiskOnAnOutputFile() throws {
        let r = try CLIRunner.run(["metrics", "-q", Self.network, "-o", "/dev/full"])
        #expect(r.status == 73, "\(r.stderr)")
        #expect(r.stderr == "govnet: cannot write /dev/full: No space left on device\n")
    }

    /// An output in a folder that does not exist: exit 73 naming the folder (not Foundation's text).
    @Test func missingOutputFolder() throws {
        for arguments in [["metrics", "-q", Self.network, "-o", "no-such-folder/m.csv"],
                          ["convert", Self.network, "no-such-folder/x.graphml"],
                          ["render", Self.network, "-o", "no-such-folder/x.dot"]] {
            let r = try CLIRunner.run(arguments)
            #expect(r.status == 73, "\(arguments): \(r.stderr)")
            #expect(r.stderr.hasSuffix("govnet: cannot write no-such-folder/\(arguments.last!.split(separator: "/").last!): folder no-such-folder does not exist\n"), "\(arguments): \(r.stderr)")
        }
    }

    /// A folder output whose parent is a file: exit 73 naming it.
    @Test func folderOutputBlockedByAFile() throws {
        let r = try CLIRunner.run(["export", Self.network, "-o", "Package.swift/out"])
        #expect(r.status == 73, "\(r.stderr)")
        #expect(r.stderr.contains("cannot write Package.swift/out/Cheyenne: Package.swift is a file, not a folder"), "\(r.stderr)")
    }
}
