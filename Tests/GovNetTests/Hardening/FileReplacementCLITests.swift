import Foundation
import Testing
import GovNetTestSupport

/// Outputs replace files safely: an input is recognised by device and inode under any name, a
/// replaced file keeps its mode (and owner), a symbolic link is never written through, diagram file
/// names never collide, and what no writer can carry (NUL) is refused when read.
@Suite struct FileReplacementCLITests {
    static func scratch() throws -> URL {
        try ScratchFolder.make("replace", florentineAs: ["net.yaml"])
    }

    /// A hard link is the same file: refused as an input of the run (exit 64 before computing, and the
    /// library's check by inode behind it), the input intact.
    @Test func hardLinkToAnInputIsRefused() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try Data(contentsOf: dir.appendingPathComponent("net.yaml"))
        try FileManager.default.linkItem(atPath: dir.appendingPathComponent("net.yaml").path, toPath: dir.appendingPathComponent("out.csv").path)
        for arguments in [["metrics", "net.yaml", "-o", "out.csv"], ["convert", "net.yaml", "out.csv"],
                          ["simulate", "net.yaml", "--order", "degree", "--plot", "out.csv"]] {
            let r = try CLIRunner.run(arguments, in: dir)
            #expect(r.status == 64, "\(arguments): \(r.stderr)")
            #expect(r.stderr.contains("out.csv: error: the") && r.stderr.contains("overwrite the input file"), "\(arguments): \(r.stderr)")
        }
        #expect(try Data(contentsOf: dir.appendingPathComponent("net.yaml")) == before)
    }

    /// Whether this kernel lets an unprivileged process make a bind mount in its own user and mount
    /// namespace (`unshare -rm`): a kernel setting, not a tool the project installs, so the test below
    /// runs where it is allowed (as here and on common Linux hosts) and is skipped elsewhere.
    static let bindMountsAvailable: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "command -v unshare >/dev/null && unshare -rm sh -c 'mount --bind /tmp /tmp' >/dev/null 2>&1"]
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()

    /// An input seen through a bind mount (another path, the same device and inode) is the input:
    /// every command refuses to write over it (exit 64), the input intact. The mount lives in a private
    /// mount namespace of the one command.
    @Test(.enabled(if: bindMountsAvailable)) func bindMountOfAnInputIsRefused() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("in"), withIntermediateDirectories: true)
        try fm.createDirectory(at: dir.appendingPathComponent("mnt"), withIntermediateDirectories: true)
        try fm.moveItem(at: dir.appendingPathComponent("net.yaml"), to: dir.appendingPathComponent("in/net.yaml"))
        let before = try Data(contentsOf: dir.appendingPathComponent("in/net.yaml"))
        for arguments in [["convert", "in/net.yaml", "mnt/net.yaml"], ["metrics", "in/net.yaml", "-o", "mnt/net.yaml"],
                          ["diagnose", "in/net.yaml", "-o", "mnt/net.yaml"], ["info", "in/net.yaml", "-o", "mnt/net.yaml"]] {
            let r = try CLIRunner.runShell(#"exec unshare -rm sh -c 'mount --bind in mnt && exec "$0" "$@"' "$0" "$@""#, arguments, in: dir)
            #expect(r.status == 64, "\(arguments): \(r.stderr)")
            #expect(r.stderr.contains("mnt/net.yaml: error: the") && r.stderr.contains("overwrite the input file"), "\(arguments): \(r.stderr)")
        }
        #expect(try Data(contentsOf: dir.appendingPathComponent("in/net.yaml")) == before)
    }

    /// A symbolic link at the output name is refused with its target named; the target is untouched.
    @Test func symbolicLinkIsNotWrittenThrough() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("victim\n".utf8).write(to: dir.appendingPathComponent("victim.txt"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("out.csv").path, withDestinationPath: "victim.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("gone.csv").path, withDestinationPath: "nowhere.txt")
        let r = try CLIRunner.run(["metrics", "net.yaml", "-o", "out.csv"], in: dir)
        #expect(r.status == 73, "\(r.stderr)")
        #expect(r.stderr == "govnet: cannot write out.csv: it is a symbolic link (to victim.txt); govnet does not write through links — name the target itself, or remove the link\n")
        #expect(try String(contentsOf: dir.appendingPathComponent("victim.txt"), encoding: .utf8) == "victim\n")
        let g = try CLIRunner.run(["metrics", "net.yaml", "-o", "gone.csv"], in: dir)
        #expect(g.status == 73, "\(g.stderr)")
        #expect(g.stderr.contains("cannot write gone.csv: it is a symbolic link to a file that does not exist"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("nowhere.txt").path))
        // A link to a character device is written through (`-o /dev/stdout` is one).
        let d = try CLIRunner.run(["metrics", "net.yaml", "-o", "/dev/stdout", "--format", "csv"], in: dir)
        #expect(d.status == 0 && d.stdout.hasPrefix("id,name,"), "\(d.stderr)")
    }

    /// Replacing a 0600 file keeps 0600 (and, run as root, its owner and group).
    @Test func replacedFileKeepsModeAndOwner() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("m.csv").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: out))
        chmod(out, 0o600)
        let root = getuid() == 0
        if root { chown(out, 65534, 65534) }
        let r = try CLIRunner.run(["metrics", "net.yaml", "-o", "m.csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        var info = stat()
        #expect(stat(out, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        if root { #expect(info.st_uid == 65534 && info.st_gid == 65534) }
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("id,name,"))
    }

    /// Mechanisms `x y`, `x_y` and `x/y` give three diagram files, in render and in a report.
    @Test func diagramFileNamesAreInjective() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(ScratchFolder.mechanismNamesNetwork(["x y", "x_y", "x/y"]).utf8).write(to: dir.appendingPathComponent("m.yaml"))
        let r = try CLIRunner.run(["render", "m.yaml", "--split-mechanisms", "-o", "d.svg", "-q"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("d-") }.sorted()
        #expect(files == ["d-x_20y.svg", "d-x_2Fy.svg", "d-x_5Fy.svg"])
        let report = try CLIRunner.run(["report", "m.yaml", "-o", "rep", "-q", "--random-runs", "0", "--robustness", "0"], in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        let svgs = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("rep").path).filter { $0.hasPrefix("mechanism-") }.sorted()
        #expect(svgs == ["mechanism-x_20y.svg", "mechanism-x_2Fy.svg", "mechanism-x_5Fy.svg"])
        let md = try String(contentsOf: dir.appendingPathComponent("rep/report.md"), encoding: .utf8)
        for svg in svgs { #expect(md.contains(svg), "\(svg)") }
    }

    /// A NUL escaped into a title or an attribute value is refused when read (no writer can carry it).
    @Test func nulInTextIsRefused() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"""
        title: "T\0x"
        departments:
          - {id: A, name: A, attributes: {note: "a\0b"}}
          - {id: B, name: B}
        ties:
          - {from: A, to: B, mechanism: command, attributes: {"k\0": 1}}
        """#.utf8).write(to: dir.appendingPathComponent("nul.yaml"))
        let r = try CLIRunner.run(["convert", "nul.yaml", "out.net"], in: dir)
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("error: field 'title': NUL character (U+0000) in the network's title; remove it"), "\(r.stderr)")
        #expect(r.stderr.contains("nul.yaml:3: error: field 'attributes': NUL character (U+0000) in department 'A'; remove it"), "\(r.stderr)")
        #expect(r.stderr.contains("nul.yaml:6: error: field 'k\\u{0}': NUL character (U+0000) in tie A → B; remove it"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.net").path))
    }
}
