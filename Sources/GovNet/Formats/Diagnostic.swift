/// One problem found in an input file: where it is and what was expected.
///
/// Readers and ``NetworkValidator`` collect every diagnostic of a file instead of stopping at the first,
/// so an analyst fixes a spreadsheet in one pass. The CLI prints them as `FILE:LINE: message`, and a
/// problem in a sheet of an Excel workbook as `BOOK.xlsx:SHEET!C14: message` (column letters and row).
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Comparable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// The file cannot be used; a warning deserves a look; a note says how the file will be read
        /// (printed by `govnet validate`, never failing it, not even with `--strict`).
        case error, warning, note
        private var rank: Int { switch self { case .error: 0; case .warning: 1; case .note: 2 } }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }
    public var severity: Severity
    /// File path as the user gave it.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// Field or column name, when the problem is in one (e.g. `weight`).
    public var field: String?
    /// The sheet of a workbook (``file``) the problem is in; ``line`` is then its row and ``column``
    /// its column (1 is A).
    public var sheet: String?
    /// What is wrong and what was expected (English).
    public var message: String
    /// The message as catalogue data, when it has one: ``description(_:)`` renders it in any language
    /// (a diagnostic without one prints its English ``message`` in every language).
    public var text: Message?

    public init(_ severity: Severity, file: String, sheet: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String) {
        self.severity = severity
        self.sheet = sheet
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// A diagnostic whose message comes from the catalogue (keys `diagnostic.*`).
    public init(_ severity: Severity, file: String, sheet: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil, _ text: Message) {
        self.init(severity, file: file, sheet: sheet, line: line, column: column, field: field, message: ReportLanguage.en.render(text))
        self.text = text
    }

    /// `FILE:LINE:COLUMN: error: message` (parts that are unknown left out); in a workbook's sheet
    /// `FILE:SHEET!C14: error: message`, `FILE:SHEET!14` when the column is unknown.
    public var description: String { description(.en) }

    /// ``description`` in `language`: the location and the severity word (`error`, `warning`, `note`,
    /// which editors and CI parse) are the same in every language, the field and the message follow
    /// the language.
    public func description(_ language: ReportLanguage) -> String {
        var s = file
        if let sheet {
            s += ":\(sheet)"
            if let line { s += "!" + (column.map(CellReference.columnName) ?? "") + "\(line)" }
        } else {
            if let line { s += ":\(line)" }
            if let line = line, let column { _ = line; s += ":\(column)" }
        }
        s += ": \(severity.rawValue): "
        if let field { s += language.render("diagnostic.field", [("field", .text(field))]) }
        return s + (language == .en ? message : text.map(language.render) ?? message)
    }

    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.severity, a.file, a.sheet, a.line) == (b.severity, b.file, b.sheet, b.line) && (a.column, a.field, a.message) == (b.column, b.field, b.message)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(severity)
        hasher.combine(file)
        hasher.combine(sheet)
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(field)
        hasher.combine(message)
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.sheet ?? "", a.line ?? 0, a.column ?? 0, a.message) < (b.file, b.sheet ?? "", b.line ?? 0, b.column ?? 0, b.message)
    }
}

/// A file could not be read into a network: every error found (and the warnings), in file order.
public struct FormatError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// What would get past the error, for the front end to word with its own controls (``ErrorRemedy``).
    public var remedy: ErrorRemedy?
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, _ message: String,
                remedy: ErrorRemedy? = nil) {
        diagnostics = [Diagnostic(.error, file: file, line: line, column: column, field: field, message: message)]
        self.remedy = remedy
    }
    /// One error whose message comes from the catalogue, so the front end prints it in any language.
    public init(file: String, sheet: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil, _ text: Message,
                remedy: ErrorRemedy? = nil) {
        diagnostics = [Diagnostic(.error, file: file, sheet: sheet, line: line, column: column, field: field, text)]
        self.remedy = remedy
    }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// The input file does not exist or cannot be opened (exit code 66 in the CLI).
public struct MissingFileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    /// Why the file cannot be read (English).
    public var reason: String
    /// The reason as catalogue data, when it has one (keys `reader.file.*`).
    public var text: Message?
    public init(path: String, reason: String) { self.path = path; self.reason = reason }
    /// A missing file whose reason comes from the catalogue.
    public init(path: String, _ text: Message) {
        self.init(path: path, reason: ReportLanguage.en.render(text))
        self.text = text
    }
    /// The reason in `language` (its English text when it has no catalogue message).
    public func reason(_ language: ReportLanguage) -> String { text.map(language.render) ?? reason }
    public var description: String { "\(path): \(reason)" }
}
