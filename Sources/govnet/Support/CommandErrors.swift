import GovNet

/// The errors several commands raise about their options, worded once in the message catalogue
/// (`cli.unknown-center`, `cli.unknown-mechanism`) in the command's `--lang`.
enum CommandErrors {
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
