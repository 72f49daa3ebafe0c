import Foundation
import Testing
import GovNetTestSupport

/// Command-line conventions a new user expects: `-` for standard input and output, one exit code per
/// kind of mistake, sensible defaults, examples in every --help, completions, short numbers on a terminal.
@Suite struct ConventionsCLITests {
    static let network = "networks/emon/Cheyenne.yaml"

    @Test func dashAsOutputIsStandardOutput() throws {
        let r = try CLIRunner.run(["metrics", Self.network, "--metric", "pagerank", "-o", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("id,name,pagerank\n"))
        #expect(!FileManager.default.fileExists(atPath: RepoPaths.root.appendingPathComponent("-").path))
        let convert = try CLIRunner.run(["convert", Self.network, "-", "--to", "edgelist", "-q"])
        // EMON's own mechanism `contact` is directed, which an edge list's reader would not know: a directed column.
        #expect(convert.status == 0 && convert.stdout.hasPrefix("source,target,weight,mechanism,directed\n"), "\(convert.stderr)")
    }

    @Test func dashAndDevStdinAsInputAreStandardInput() throws {
        let yaml = try Data(contentsOf: RepoPaths.root.appendingPathComponent(Self.network))
        for path in ["-", "/dev/stdin"] {
            let r = try CLIRunner.run(["info", path, "--input-format", "yaml"], stdin: yaml)
            #expect(r.status == 0, "\(path): \(r.stderr)")
            #expect(r.stdout.contains("departments: 14   ties: 83 (as written)   linked pairs: 83"), "\(path)")
        }
        let edges = try Data(contentsOf: RepoPaths.networks.appendingPathComponent("florentine/florentine_marriage_edges.csv"))
        let v = try CLIRunner.run(["validate", "-", "--input-format", "edgelist", "-q"], stdin: edges)
        #expect(v.status == 0 && v.stdout == "-: ok — 15 departments, 20 ties, 0 functions, 0 warnings\n", "\(v.stdout)\(v.stderr)")
        let noFormat = try CLIRunner.run(["info", "-"], stdin: yaml)
        #expect(noFormat.status == 65)
        #expect(noFormat.stderr == "govnet: -: error: standard input has no file name to tell its format; use --input-format yaml|json|edgelist|graphml|gexf|pajek|dl|dot|nodelink|xlsx\n")
    }

    /// An unknown metric is a usage error (64) like an unknown mechanism, found before reading the file.
    @Test func unknownNamesAreUsageErrors() throws {
        let metric = try CLIRunner.run(["metrics", Self.network, "--metric", "pagerankk"])
        #expect(metric.status == 64)
        #expect(metric.stderr.hasPrefix("Error: unknown metric 'pagerankk'; expected one of degree, "))
        let tie = try CLIRunner.run(["metrics", Self.network, "--ties", "--metric", "nope"])
        #expect(tie.status == 64 && tie.stderr.hasPrefix("Error: unknown tie metric 'nope'"), "\(tie.stderr)")
        let mechanism = try CLIRunner.run(["metrics", Self.network, "--mechanism", "nope"])
        #expect(mechanism.status == 64 && mechanism.stderr.contains("unknown mechanism 'nope'"), "\(mechanism.stderr)")
    }

    @Test func listRulesNeedsNoFileAndSimulateAloneAttacksByDegree() throws {
        let rules = try CLIRunner.run(["diagnose", "--list-rules"])
        #expect(rules.status == 0 && rules.stdout.contains("single-point-of-failure: "), "\(rules.stderr)")
        let missing = try CLIRunner.run(["diagnose"])
        #expect(missing.status == 64 && missing.stderr.hasPrefix("Error: give a network FILE (or --list-rules)"), "\(missing.stderr)")
        let alone = try CLIRunner.run(["simulate", Self.network])
        #expect(alone.status == 0, "\(alone.stderr)")
        #expect(alone.stderr == "govnet: note: no --order, --random or --remove given: simulating a targeted attack by degree (add --random N for random failures, --remove ID,… for a scenario)\n")
        let explicit = try CLIRunner.run(["simulate", Self.network, "--order", "degree", "-q"])
        #expect(alone.stdout == explicit.stdout)
    }

    static let subcommands = ["init", "validate", "info", "convert", "metrics", "diagnose", "render", "simulate", "suggest", "report", "compare", "qap", "ergm", "export", "indices"]

    /// Every --help (and `govnet help X`) ends with at least two examples.
    @Test(arguments: subcommands + ["govnet"]) func helpEndsWithExamples(command: String) throws {
        for arguments in command == "govnet" ? [["--help"]] : [[command, "--help"], ["help", command]] {
            let r = try CLIRunner.run(arguments)
            #expect(r.status == 0, "\(arguments): \(r.stderr)")
            let tail = r.stdout.components(separatedBy: "\nEXAMPLES:\n")
            #expect(tail.count == 2, "\(arguments)")
            let examples = tail.last?.split(separator: "\n") ?? []
            #expect(examples.count >= 2 && examples.allSatisfy { $0.hasPrefix("  govnet ") || $0.hasPrefix("  cat ") }, "\(arguments): \(examples)")
        }
    }

    @Test(arguments: ["bash", "zsh", "fish"]) func completionScripts(shell: String) throws {
        let r = try CLIRunner.run(["--generate-completion-script", shell])
        #expect(r.status == 0, "\(r.stderr)")
        for command in Self.subcommands { #expect(r.stdout.contains(command), "\(shell): \(command)") }
    }

    /// Terminal tables show 4 significant digits; CSV keeps 12.
    @Test func terminalTablesShowFourSignificantDigits() throws {
        let table = try CLIRunner.run(["metrics", Self.network, "--metric", "pagerank", "--format", "table"])
        let csv = try CLIRunner.run(["metrics", Self.network, "--metric", "pagerank", "--format", "csv"])
        #expect(table.status == 0 && csv.status == 0)
        #expect(csv.stdout.contains("A1AS,A 1 Ambulance Service,0.08332536"), "\(csv.stdout)")
        let row = table.stdout.split(separator: "\n").first { $0.hasPrefix("A1AS ") }
        #expect(row?.hasSuffix(" 0.08333") == true, "\(table.stdout)")
    }
}
