import GovNet

/// The library says what would fix an error as an ``ErrorRemedy``, never as a flag (it has no command line);
/// here each remedy becomes the options of this tool, appended to the library's message.
extension ErrorRemedy {
    /// `message` followed by the options that carry out this remedy.
    func appended(to message: String) -> String {
        func names(_ formats: [NetworkFormat]) -> String { formats.map(\.rawValue).joined(separator: "|") }
        switch self {
        case .nameInputFormat(let formats): return message + "; use --input-format " + names(formats)
        case .nameOutputFormat(let formats): return message + "; use --to " + names(formats)
        case .writeAs(let formats): return message + " (" + formats.map { "--to \($0.rawValue)" }.joined(separator: ", ") + ")"
        case .allowReplacingInputs: return message + " or pass --force"
        case .nameCoordinator: return message + "; give --center ID"
        case .giveOtherWave: return message + ": give --wave FILE (and --mapping)"
        case .binaryTiesOrLinearModel: return message + "; drop --weighted or use --model linear"
        }
    }
}

extension Optional where Wrapped == ErrorRemedy {
    /// `message` with the remedy's options, or unchanged without a remedy.
    func appended(to message: String) -> String { map { $0.appended(to: message) } ?? message }
}

extension FormatError {
    /// The diagnostics as the tool prints them: the remedy's options after the last error.
    var printedDiagnostics: [Diagnostic] {
        guard let remedy, let last = diagnostics.lastIndex(where: { $0.severity == .error }) else { return diagnostics }
        var result = diagnostics
        result[last].message = remedy.appended(to: result[last].message)
        return result
    }
}

extension OutputError {
    /// The error as the tool prints it, with the remedy's options.
    var printed: String { "cannot write \(path): \(remedy.appended(to: reason))" }
}
