import Foundation
import Testing
import GovNetTestSupport

/// Every subcommand's help text, one typical run and one typical mistake — standard output, standard
/// error and exit code — compared with the transcripts in `Snapshots/commands/` (as swift-argument-
/// parser's `MathExampleTests` does for its example tool). A change to what a user sees shows up
/// here as a diff; re-record on purpose with
/// `RECORD_SNAPSHOTS=1 swift test --skip-build --filter CommandSnapshotTests` and review the diff.
///
/// The runs use bundled published data that does not change — the Florentine marriage network (Padgett
/// and Ansell) and the Cheyenne EMON (Drabek et al.) — write their
/// files into a scratch folder shown as `$OUT`, and pin the help width with `COLUMNS=100`.
@Suite struct CommandSnapshotTests {
    /// One transcript per subcommand: the runs it shows, in order.
    static let transcripts: [(command: String, runs: [[String]])] = [
        ("init", [["init", "--help"], ["init", "$OUT/new.yaml"], ["init", "$OUT/new.yaml"]]),
        ("validate", [["validate", "--help"], ["validate", "$NET"], ["validate", "$OUT/missing.yaml"]]),
        ("info", [["info", "--help"], ["info", "$NET"], ["info", "$NET", "--format", "xml"]]),
        ("convert", [["convert", "--help"], ["convert", "$NET", "$OUT/florentine.graphml"],
                     ["convert", "$NET", "$OUT/florentine.unknown"]]),
        ("metrics", [["metrics", "--help"], ["metrics", "$NET", "--metric", "degree", "--metric", "betweenness"],
                     ["metrics", "$NET", "--metric", "fame"]]),
        ("diagnose", [["diagnose", "--help"], ["diagnose", "$NET", "--robustness", "0"],
                      ["diagnose", "$NET", "--robustness", "many"]]),
        ("render", [["render", "--help"], ["render", "$NET", "--format", "dot", "-o", "$OUT/florentine.dot"],
                    ["render", "$NET", "--format", "bmp", "-o", "$OUT/florentine.bmp"]]),
        ("simulate", [["simulate", "--help"], ["simulate", "$NET", "--remove", "Medici"],
                      ["simulate", "$NET", "--remove", "Borgia"]]),
        ("suggest", [["suggest", "--help"], ["suggest", "$NET", "--budget", "2"], ["suggest", "$NET", "--budget", "5000"]]),
        ("report", [["report", "--help"], ["report", "$OUT/missing.yaml", "-o", "$OUT/report"]]),
        ("compare", [["compare", "--help"], ["compare", "$NET", "$NET"], ["compare", "$NET"]]),
        ("qap", [["qap", "--help"],
                 ["qap", "$EMON", "--dependent", "contact", "--independent", "t:contact", "--independent", "same:sponsorship",
                  "--permutations", "200", "--seed", "1"],
                 ["qap", "$EMON", "--dependent", "nonsense", "--independent", "t:contact"]]),
        ("ergm", [["ergm", "--help"], ["ergm", "$EMON", "--model", "edges + mutual", "--estimate", "mple"],
                  ["ergm", "$EMON", "--model", "edges + stars"]]),
        ("export", [["export", "--help"], ["export", "$NET", "-o", "$OUT/tables"], ["export", "$NET"]]),
        ("indices", [["indices", "--help"], ["indices", "$NET", "$EMON", "--center", "-", "--format", "markdown"],
                     ["indices", "$NET", "--center", "Borgia"]]),
    ]

    @Test(arguments: transcripts.map(\.command))
    func transcript(of command: String) throws {
        let runs = try #require(Self.transcripts.first { $0.command == command }?.runs)
        let out = try ScratchFolder.make("snapshot-\(command)")
        defer { try? FileManager.default.removeItem(at: out) }
        let network = "networks/florentine/florentine.yaml"
        var text = ""
        for arguments in runs {
            let resolved = arguments.map {
                $0.replacingOccurrences(of: "$OUT", with: out.path).replacingOccurrences(of: "$NET", with: network)
                    .replacingOccurrences(of: "$EMON", with: "networks/emon/Cheyenne.yaml")
            }
            let r = try CLIRunner.run(resolved, environment: ["COLUMNS": "100", "NO_COLOR": "1"])
            func masked(_ s: String) -> String { s.replacingOccurrences(of: out.path, with: "$OUT") }
            text += "$ govnet \(arguments.joined(separator: " "))\n"
            text += "exit \(r.status)\n"
            if !r.stdout.isEmpty { text += "--- stdout\n" + masked(r.stdout) + (r.stdout.hasSuffix("\n") ? "" : "\n") }
            if !r.stderr.isEmpty { text += "--- stderr\n" + masked(r.stderr) + (r.stderr.hasSuffix("\n") ? "" : "\n") }
            text += "\n"
        }
        let url = RepoPaths.root.appendingPathComponent("Tests/GovNetCLITests/Snapshots/commands/\(command).txt")
        try Snapshot.check(text, against: url, what: "transcript of govnet \(command)")
    }

    /// Every subcommand has a transcript.
    @Test func everySubcommandIsCovered() throws {
        let r = try CLIRunner.run(["--help"], environment: ["COLUMNS": "100"])
        // Subcommand lines are indented by exactly two spaces; wrapped descriptions by more.
        let section = (r.stdout.components(separatedBy: "SUBCOMMANDS:").last ?? "").components(separatedBy: "EXAMPLES:")[0]
        let listed = section.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
            .filter { $0 != "See" && $0 != "help" }
        #expect(!listed.isEmpty)
        #expect(Set(listed) == Set(Self.transcripts.map(\.command)), "\(listed)")
    }
}
