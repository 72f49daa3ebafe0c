import ArgumentParser
import GovNet

/// `govnet`: analyse collaborative-governance (emergency linkage) networks.
@main
struct Govnet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govnet",
        abstract: "Analyse collaborative-governance networks: departments, their linkage ties by mechanism, and their responsibilities.",
        discussion: """
        Exit codes: 0 ok, 1 findings at or above --fail-on, 64 usage error, 65 bad input data, \
        66 missing input file, 70 internal error, 73 output cannot be written.
        """,
        version: GovNetVersion.string,
        subcommands: [
            ValidateCommand.self, InfoCommand.self, ConvertCommand.self, MetricsCommand.self, DiagnoseCommand.self,
            RenderCommand.self, SimulateCommand.self, SuggestCommand.self, ReportCommand.self, CompareCommand.self, QAPCommand.self,
            ExportCommand.self,
        ]
    )

    /// Installs the SIGINT/SIGTERM handler (``InterruptHandler``), turns on the protection of every file
    /// read against being replaced by an output (unless `--force`), then parses and runs the command.
    static func main() {
        InterruptHandler.install()
        AtomicFile.protectsInputs = !CommandLine.arguments.contains("--force")
        main(nil)
    }
}
