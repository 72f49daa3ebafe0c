import ArgumentParser
import Foundation
import GovNet

/// `govnet`: analyse collaborative-governance (emergency linkage) networks.
@main
struct Govnet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govnet",
        abstract: "Analyse collaborative-governance networks: departments, their linkage ties by mechanism, and their responsibilities.",
        discussion: """
        Exit codes: 0 ok, 1 findings at or above --fail-on, 64 usage error, 65 bad input data, \
        66 missing input file, 70 internal error, 73 output file cannot be written, 74 standard output \
        cannot be written (a full disk, a closed descriptor, a reader that went away).
        """,
        version: "\(GovNetVersion.string) (commit \(BuildCommit.id))",
        subcommands: [
            InitCommand.self, ValidateCommand.self, InfoCommand.self, ConvertCommand.self, MetricsCommand.self, DiagnoseCommand.self,
            RenderCommand.self, SimulateCommand.self, SuggestCommand.self, ReportCommand.self, CompareCommand.self, QAPCommand.self,
            ERGMCommand.self, ExportCommand.self, IndicesCommand.self,
        ]
    )

    /// Installs the SIGINT/SIGTERM handler (``InterruptHandler``), turns on the protection of every file
    /// read against being replaced by an output (unless `--force`), then parses and runs the command.
    ///
    /// Every error a command lets through ends as a message and its exit code (``reportingErrors(_:)``);
    /// standard output is flushed and checked before the process exits, also after `--help` and
    /// argument errors (an `atexit` handler), so a failed write is never a trap or a silent success.
    static func main() {
        StandardOutput.occupyClosedStandardDescriptors()
        atexit { checkStandardOutputAtExit() }
        InterruptHandler.install()
        AtomicFile.protectsInputs = !CommandLine.arguments.contains("--force")
        do {
            var command = try parseAsRoot(nil)
            try reportingErrors { try command.run() }
        } catch {
            // A help request prints the help and its examples (HelpExamples) through the checked sink.
            let message = fullMessage(for: error)
            if exitCode(for: error) == .success, message.contains("USAGE:") {
                do {
                    try StandardOutput.write(message + "\n" + HelpExamples.section(for: HelpExamples.command(in: CommandLine.arguments)))
                } catch {
                    Stderr.print("govnet: \(error)")
                    StreamFailure.reported = true
                    Foundation.exit(Exit.ioError.rawValue)
                }
                Foundation.exit(0)
            }
            exit(withError: error)
        }
    }
}

/// Flushes standard output at exit; a failed write not reported yet ends the process with exit 74.
private func checkStandardOutputAtExit() {
    do { try StandardOutput.finish() } catch {
        guard !StreamFailure.reported else { return }
        Stderr.print("govnet: \(error)")
        _exit(Exit.ioError.rawValue)
    }
}
