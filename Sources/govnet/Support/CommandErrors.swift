import ArgumentParser
import GovNet

/// The errors commands raise about their options and outputs, worded once in the message catalogue
/// (`cli.*`) in the command's `--lang`.
enum CommandErrors {
    /// `error: MESSAGE` (or `PATH: error: MESSAGE` when the error is about one file), the message the
    /// catalogue's `key` in `language`.
    static func error(_ key: String, _ arguments: [(String, MessageArgument)] = [], at path: String? = nil,
                      _ language: ReportLanguage, code: ExitCode = Exit.usage) -> InputError {
        InputError(message: (path.map { $0 + ": " } ?? "") + "error: " + language.render(key, arguments), code: code)
    }

    /// `--center ID` names no department of `file`.
    static func unknownCenter(_ id: String, file: String, _ language: ReportLanguage) -> InputError {
        InputError(message: "error: " + language.render("cli.unknown-center", [("id", .text(id)), ("file", .text(file))]))
    }

    /// A `--mechanism` the network does not use; `available` lists the ones it does (both networks' in
    /// a comparison).
    static func unknownMechanism(_ id: String, available: [String], _ language: ReportLanguage) -> InputError {
        InputError(message: "error: " + language.render("cli.unknown-mechanism", [
            ("id", .text(id)), ("list", .text(available.joined(separator: language.render("list.enumeration")))),
        ]))
    }
}
