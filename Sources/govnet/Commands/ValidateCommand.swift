import ArgumentParser
import GovNet

/// `govnet validate FILE…`: check network files and list every problem with its line.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check network files; print every error and warning as FILE:LINE: message.",
        discussion: "Exits 65 when any file has an error, 66 when a file is missing, 0 otherwise (warnings alone are fine)."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var edgeList: EdgeListUndirected

    @Argument(help: "Network files (YAML, JSON, a folder of CSV tables, or an edge list CSV).")
    var files: [String]

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "Language of the messages: en or zh (the location FILE:LINE: and the words error, warning and note stay as they are, for editors and CI).")
    var lang: ReportLanguage = .en

    func validate() throws {
        if input.directed && edgeList.undirected { throw ValidationError("--directed and --undirected exclude each other; give one") }
    }

    func run() throws {
        var worst: ExitCode = .success
        for file in files {
            var lines: [String] = []
            do {
                let loaded = try NetworkReader.read(path: file, format: input.inputFormat, directed: edgeList.direction(input))
                let warnings = loaded.diagnostics.filter { $0.severity == .warning }
                if !input.quiet { for d in loaded.diagnostics where d.severity != .error { lines.append(TerminalText.safe(d.description(lang))) } }
                let n = loaded.network
                lines.append(lang.render("validate.ok", [("file", .text(TerminalText.safe(file))), ("departments", .count(n.departments.count)),
                                                         ("ties", .count(n.ties.count)), ("functions", .count(n.functions.count)), ("warnings", .count(warnings.count))]))
                if strict && !warnings.isEmpty && worst == .success { worst = Exit.dataError }
            } catch let e as FormatError {
                for d in e.printedDiagnostics where d.severity == .error || !input.quiet { lines.append(TerminalText.safe(d.description(lang))) }
                lines.append(lang.render("validate.errors", [("file", .text(TerminalText.safe(file))), ("n", .count(e.errors.count))]))
                if worst != Exit.noInput { worst = Exit.dataError }
            } catch let e as MissingFileError {
                lines.append(TerminalText.safe("\(e.path): error: \(e.reason(lang))"))
                worst = Exit.noInput
            }
            // One checked write per file: a failed write ends the run with exit 74 (see `Govnet.main`).
            try StandardOutput.write(lines.joined(separator: "\n") + "\n")
        }
        if worst != .success { throw worst }
    }
}
