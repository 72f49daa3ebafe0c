import ArgumentParser
import Foundation
import GovNet

/// `govnet init [--lang zh|en] [--format yaml|csv|xlsx] PATH`: write a worked example to start from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a small worked example network to start from, with every column and allowed value explained.",
        discussion: """
        yaml (default) writes one YAML document whose comment header lists every field and its allowed values; \
        csv writes a folder with departments.csv, ties.csv, functions.csv and a README.md listing every column; \
        xlsx an Excel workbook with the three tables as sheets and a README sheet. \
        --lang zh writes Chinese names, Chinese vocabulary (指挥, 预案, 牵头, 应急管理) and, for csv, Chinese column \
        headers; both read as the same network. The example validates as written and `govnet report` runs on it. \
        An existing PATH is not replaced unless --force.
        """
    )

    enum Form: String, ExpressibleByArgument, CaseIterable { case yaml, csv, xlsx }

    @Option(help: "Language of the names, vocabulary and explanations: en or zh.") var lang: String = "en"
    @Option(help: "What to write: yaml (a YAML file), csv (a folder of CSV tables) or xlsx (an Excel workbook).")
    var format: Form = .yaml
    @Flag(help: "Replace PATH if it exists.") var force = false
    @Argument(help: "The file (yaml, xlsx) or folder (csv) to write; - writes the YAML to standard output.") var path: String

    func validate() throws {
        guard ["en", "zh"].contains(lang) else { throw ValidationError("unknown --lang '\(lang)' (expected en or zh)") }
    }

    func run() throws {
        try reportingErrors {
            let language: ReportLanguage = lang == "zh" ? .zh : .en
            if path == "-" {
                guard format == .yaml else { throw CommandErrors.error("cli.init.stdout-yaml", [], language) }
                try StandardOutput.write(NetworkTemplate.yaml(language))
                return
            }
            var info = stat()
            if lstat(path, &info) == 0, !force {
                throw CommandErrors.error("cli.init.exists", [], at: path, language, code: Exit.cantCreate)
            }
            switch format {
            case .yaml:
                try AtomicFile.write(NetworkTemplate.yaml(language), to: path)
            case .csv:
                try AtomicFolder.write(NetworkTemplate.tables(language).map { ($0.name, Data($0.text.utf8)) }, to: path)
            case .xlsx:
                try AtomicFile.write(NetworkTemplate.workbook(language, file: path), to: path)
            }
            let shown = TerminalText.safe(path)
            try StandardOutput.write(language.render("template.written", [("path", .text(shown))]) + "\n")
        }
    }
}
