/// A user-facing sentence as data: a catalogue key and its named parameters, rendered in a language
/// only at output time (``ReportLanguage/render(_:)``). Findings, summaries and validation messages
/// carry messages, not text, so the same result prints in English or Chinese.
public struct Message: Sendable {
    /// Catalogue key, e.g. `finding.one-way-information.receiver.explanation`.
    public var key: String
    /// Named parameters, in the order they were given (the order JSON lists them).
    public var arguments: [(String, MessageArgument)]

    public init(_ key: String, _ arguments: [(String, MessageArgument)] = []) {
        self.key = key
        self.arguments = arguments
    }

    public func argument(_ name: String) -> MessageArgument? { arguments.first { $0.0 == name }?.1 }
}

/// A name in each language (a department, function or mechanism): the Chinese when the data give it,
/// else the name as written.
public struct LocalizedName: Sendable, Hashable {
    public var english: String
    public var chinese: String?

    public init(_ english: String, chinese: String? = nil) {
        self.english = english
        self.chinese = chinese.flatMap { $0.isEmpty ? nil : $0 }
    }

    public func text(_ language: ReportLanguage) -> String {
        language == .zh ? (chinese ?? english) : english
    }
}

/// What a list of names counts, for "and 3 more" / "等3个部门".
public enum ListUnit: String, Sendable {
    case department, function, item
}

/// A parameter of a message.
public indirect enum MessageArgument: Sendable {
    /// Text as written (an id, a value the user wrote); never translated.
    case text(String)
    /// A name in each language.
    case name(LocalizedName)
    /// Names joined the language's way ("A, B and C" / "A、B、C"), at most `limit`, then "and N more".
    case names([LocalizedName], limit: Int, unit: ListUnit)
    /// A whole number (used by plural forms `{n|one|other}`).
    case count(Int)
    /// A share 0…1, printed as a rounded percentage without the sign.
    case percent(Double)
    /// A real number printed with `digits` significant digits.
    case number(Double, digits: Int)
    /// Another catalogue message, rendered in the same language (`Message("…")` with no parameters for a
    /// fixed phrase).
    case message(Message)
    /// Several clauses joined by the language's separator ("; " / "；").
    case clauses([MessageArgument])
    /// A linkage instrument, named in the language.
    case instrument(Instrument)
    /// Nothing (an optional clause left out).
    case empty
}
