import Foundation
import Testing
import GovNetTestSupport

/// What reaches the analyst is safe and reproducible: file-derived strings never act on a terminal, a
/// missing input is "no such file" (66), PDFs carry a pinned date, and weights whose sum overflows are
/// refused with the ties named.
@Suite struct OutputIntegrityCLITests {
    static func scratch(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-\(name)-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A mechanism id and names carrying OSC (window title), BEL and CSI (clear screen) sequences.
    static let hostile = #"""
    mechanisms:
      - {id: "cmd\u001B]0;pwned\u0007\u001B[2J", name: "Command\u001B[31m", directed: true}
    departments:
      - {id: A, name: "Alpha\u001B[2J", kind: emergency-management}
      - {id: B, name: B}
      - {id: C, name: C}
    ties:
      - {from: A, to: B, mechanism: "cmd\u001B]0;pwned\u0007\u001B[2J"}
      - {from: B, to: C, mechanism: "cmd\u001B]0;pwned\u0007\u001B[2J"}
    """#

    /// On a terminal (a pseudo-terminal from `script`), every command's output has no ESC or BEL left,
    /// whatever --format: the sink escapes what the table renderers did not.
    @Test(.enabled(if: CI.runs(ifAvailable: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")), "util-linux script gives a pseudo-terminal"),
          arguments: [["diagnose", "net.yaml"], ["diagnose", "net.yaml", "--format", "markdown", "--robustness", "0"], ["diagnose", "net.yaml", "--format", "json", "--robustness", "0"],
                      ["compare", "net.yaml", "net.yaml", "--permutations", "0"], ["compare", "net.yaml", "net.yaml", "--permutations", "0", "--format", "markdown"],
                      ["info", "net.yaml"], ["metrics", "net.yaml", "--format", "csv"], ["metrics", "net.yaml", "--ties", "--format", "markdown"],
                      ["convert", "net.yaml", "-", "--to", "edgelist"]])
    func terminalOutputIsEscaped(arguments: [String]) throws {
        let dir = try Self.scratch("tty")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.hostile.utf8).write(to: dir.appendingPathComponent("net.yaml"))
        let command = ([CLIRunner.executable.path] + arguments + ["-q"]).map { "'\($0)'" }.joined(separator: " ")
        let r = try CLIRunner.runShell(#"exec script -qec "$1" /dev/null"#, [command], in: dir)
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        #expect(r.stdout.contains("pwned") || r.stdout.contains("Alpha"), "\(arguments): \(r.stdout)")
        #expect(!r.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" }, "\(arguments): \(r.stdout.debugDescription)")
    }

    /// Missing inputs of every kind: exit 66 and "no such file", not a table-folder complaint (65).
    @Test func missingInputIsNoSuchFile() throws {
        let dir = try Self.scratch("missing")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("dangling").path, withDestinationPath: "/nonexistent/x")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("loop1").path, withDestinationPath: "loop2")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("loop2").path, withDestinationPath: "loop1")
        let cases = [("typo", "typo: error: no such file"),
                     ("", "'': error: no such file (the file name is empty)"),
                     ("dangling", "dangling: error: no such file (a symbolic link to a file that does not exist)"),
                     ("loop1", "loop1: error: no such file (a loop of symbolic links)"),
                     ("typo.yaml", "typo.yaml: error: no such file")]
        for (path, message) in cases {
            for command in ["info", "metrics", "diagnose"] {
                let r = try CLIRunner.run([command, path], in: dir)
                #expect(r.status == 66, "\(command) \(path): \(r.stderr)")
                #expect(r.stderr == "govnet: \(message)\n", "\(command) \(path)")
            }
            let v = try CLIRunner.run(["validate", path], in: dir)
            #expect(v.status == 66 && v.stdout == "\(message)\n", "validate \(path): \(v.stdout)")
        }
    }

    /// The same diagram rendered twice as PDF gives the same bytes; SOURCE_DATE_EPOCH sets the date.
    @Test func pdfIsReproducible() throws {
        let dir = try Self.scratch("pdf")
        defer { try? FileManager.default.removeItem(at: dir) }
        let network = RepoPaths.networks.appendingPathComponent("florentine/florentine.yaml").path
        let first = try CLIRunner.run(["render", network, "-o", "a.pdf"], in: dir)
        let second = try CLIRunner.run(["render", network, "-o", "b.pdf"], in: dir)
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        let a = try Data(contentsOf: dir.appendingPathComponent("a.pdf")), b = try Data(contentsOf: dir.appendingPathComponent("b.pdf"))
        #expect(a == b)
        #expect(String(decoding: a, as: UTF8.self).contains("/CreationDate (D:19700101000000Z)"))
        let pinned = try CLIRunner.runShell(#"SOURCE_DATE_EPOCH=1700000000 exec "$0" "$@""#, ["render", network, "-o", "c.pdf"], in: dir)
        #expect(pinned.status == 0, "\(pinned.stderr)")
        let c = try Data(contentsOf: dir.appendingPathComponent("c.pdf"))
        #expect(String(decoding: c, as: UTF8.self).contains("/CreationDate (D:20231114221320Z)"))
        #expect(c.count == a.count)
    }

    /// Two parallel ties of 1.7e308 would combine into an infinite weight: refused, both ties named.
    @Test func overflowingWeightSumIsAnError() throws {
        let dir = try Self.scratch("overflow")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("source,target,weight\na,b,1.7e308\nb,c,1\na,b,1.7e308\n".utf8).write(to: dir.appendingPathComponent("big.csv"))
        for command in [["metrics", "big.csv", "--weighted"], ["validate", "big.csv"]] {
            let r = try CLIRunner.run(command + ["-q"], in: dir)
            #expect(r.status == 65, "\(command): \(r.stderr)")
            #expect((r.stdout + r.stderr).contains("big.csv:4: error: field 'weight': weights add up past the largest number (≈1.8e308): tie a → b (link, weight 1.7e+308) and tie a → b (link, weight 1.7e+308) at line 2"),
                    "\(command): \(r.stdout)\(r.stderr)")
        }
    }
}
