/// The right-hand side of an ERGM formula as R's `ergm` writes it: terms joined by `+`, each a name
/// with optional arguments, `edges + mutual + gwesp(0.5, fixed) + nodematch(kind, diff) + edgecov(X)`.
///
/// Grammar (a subset of R's formula syntax, nothing evaluated):
/// ```
/// formula  := [ [name] '~' ] term ( '+' term )*
/// term     := name [ '(' [ argument ( ',' argument )* ] ')' ]
/// argument := [ name '=' ] value
/// value    := number | "text" | 'text' | word
/// ```
/// A word is letters, digits and `_ . : -` (so `wave:information`, `co-member` and attribute names are
/// words); `TRUE`, `T`, `FALSE`, `F` are logical words. Spaces are free. Every error names the column
/// (1-based, in Unicode characters) where the parser stopped, what it expected, what it found and a
/// suggestion (``ERGMFormulaError``).
///
/// - Complexity: O(length of the formula).
public struct ERGMFormula: Sendable, Hashable, CustomStringConvertible {
    /// One argument of a term as written.
    public struct Argument: Sendable, Hashable {
        /// The name before `=`, if any (`fixed` in `fixed=TRUE`).
        public var name: String?
        public var value: Value
        /// Column of the argument (1-based).
        public var column: Int
    }

    /// An argument value.
    public enum Value: Sendable, Hashable, CustomStringConvertible {
        case number(Double)
        case text(String)
        case word(String)

        public var description: String {
            switch self {
            case .number(let x): return ERGMTerm.decayText(x)
            case .text(let s): return "\"\(s)\""
            case .word(let w): return w
            }
        }
        /// The value read as a logical (`TRUE`/`T`/`FALSE`/`F`), or nil.
        public var logical: Bool? {
            guard case .word(let w) = self else { return nil }
            switch w { case "TRUE", "T", "true": return true; case "FALSE", "F", "false": return false; default: return nil }
        }
        /// The value as a name (a word or a quoted text), or nil for a number.
        public var name: String? {
            switch self { case .text(let s), .word(let s): return s; case .number: return nil }
        }
    }

    /// One term as written.
    public struct Call: Sendable, Hashable {
        public var name: String
        public var arguments: [Argument]
        /// Whether the name was followed by parentheses.
        public var parenthesised: Bool
        /// Column of the term's name (1-based).
        public var column: Int
    }

    public var calls: [Call]
    /// The formula as given.
    public var text: String

    public var description: String { text }

    /// Parses a formula.
    /// - Throws: ``ERGMFormulaError`` at the first problem.
    public init(_ text: String) throws {
        self.text = text
        var parser = Parser(Array(text))
        calls = try parser.formula()
    }

    struct Parser {
        let chars: [Character]
        var i = 0
        init(_ chars: [Character]) { self.chars = chars }

        var column: Int { i + 1 }
        var atEnd: Bool { i >= chars.count }

        mutating func skipSpace() { while i < chars.count, chars[i].isWhitespace { i += 1 } }

        func found() -> String {
            guard i < chars.count else { return "" }
            var s = ""
            var k = i
            while k < chars.count, !chars[k].isWhitespace, s.count < 12 { s.append(chars[k]); k += 1 }
            return s
        }

        func fail(_ expected: ERGMFormulaError.Expected, hint: ERGMFormulaError.Hint) -> ERGMFormulaError {
            ERGMFormulaError(column: column, expected: expected, found: found(), hint: hint)
        }

        static func isWordStart(_ c: Character) -> Bool { c.isLetter || c == "_" || c == "." }
        static func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" || c == "." || c == ":" || c == "-" }

        mutating func word() -> String? {
            guard i < chars.count, Self.isWordStart(chars[i]) else { return nil }
            var s = ""
            while i < chars.count, Self.isWordChar(chars[i]) { s.append(chars[i]); i += 1 }
            return s
        }

        mutating func formula() throws -> [Call] {
            skipSpace()
            if atEnd { throw fail(.term, hint: .emptyFormula) }
            // An optional left-hand side: `~ terms` or `net ~ terms`.
            if let tilde = chars.firstIndex(of: "~") {
                let lhs = String(chars[..<tilde]).trimmingCharacters(in: .whitespaces)
                if lhs.isEmpty || lhs.allSatisfy(Self.isWordChar) { i = tilde + 1; skipSpace() }
            }
            var calls: [Call] = []
            while true {
                skipSpace()
                if atEnd { throw fail(.term, hint: calls.isEmpty ? .emptyFormula : .trailingPlus) }
                calls.append(try call())
                skipSpace()
                if atEnd { return calls }
                if chars[i] == "+" { i += 1; continue }
                if chars[i] == "*" || chars[i] == ":" || chars[i] == "-" { throw fail(.plus, hint: .noInteractions) }
                throw fail(.plus, hint: .joinWithPlus)
            }
        }

        mutating func call() throws -> Call {
            let start = column
            guard let name = word() else {
                throw fail(.term, hint: i < chars.count && chars[i] == "+" ? .doublePlus : .termName)
            }
            skipSpace()
            guard i < chars.count, chars[i] == "(" else {
                return Call(name: name, arguments: [], parenthesised: false, column: start)
            }
            i += 1
            var arguments: [Argument] = []
            skipSpace()
            if i < chars.count, chars[i] == ")" { i += 1; return Call(name: name, arguments: [], parenthesised: true, column: start) }
            while true {
                skipSpace()
                arguments.append(try argument())
                skipSpace()
                guard i < chars.count else { throw fail(.closingParenthesis, hint: .closeParenthesis) }
                if chars[i] == "," { i += 1; continue }
                if chars[i] == ")" { i += 1; break }
                throw fail(.commaOrParenthesis, hint: .separateArguments)
            }
            return Call(name: name, arguments: arguments, parenthesised: true, column: start)
        }

        mutating func argument() throws -> Argument {
            let start = column
            let save = i
            if let w = word() {
                skipSpace()
                if i < chars.count, chars[i] == "=", !(i + 1 < chars.count && chars[i + 1] == "=") {
                    i += 1
                    skipSpace()
                    return Argument(name: w, value: try value(), column: start)
                }
                i = save
            }
            return Argument(name: nil, value: try value(), column: start)
        }

        mutating func value() throws -> Value {
            guard i < chars.count else { throw fail(.value, hint: .closeParenthesis) }
            let c = chars[i]
            if c == "\"" || c == "'" {
                i += 1
                var s = ""
                while i < chars.count, chars[i] != c { s.append(chars[i]); i += 1 }
                guard i < chars.count else { throw fail(.closingQuote, hint: .closeQuote) }
                i += 1
                return .text(s)
            }
            if c.isNumber || c == "-" || c == "+" || (c == "." && i + 1 < chars.count && chars[i + 1].isNumber) {
                var s = ""
                while i < chars.count, chars[i].isNumber || "+-.eE".contains(chars[i]) { s.append(chars[i]); i += 1 }
                if i < chars.count, chars[i] == "L" { i += 1 }  // R's integer suffix, 2L
                guard let x = Double(s), x.isFinite else {
                    i -= s.count
                    throw fail(.value, hint: .number)
                }
                return .number(x)
            }
            if let w = word() { return .word(w) }
            throw fail(.value, hint: .argumentValue)
        }
    }
}

/// A formula that does not parse: where, what was expected, what was found, and a suggestion.
public struct ERGMFormulaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What the parser expected at ``column``.
    public enum Expected: String, Sendable, Hashable {
        case term, plus, value, closingParenthesis = "closing-parenthesis", commaOrParenthesis = "comma-or-parenthesis"
        case closingQuote = "closing-quote"
    }
    /// The suggestion.
    public enum Hint: String, Sendable, Hashable {
        case emptyFormula = "empty-formula", trailingPlus = "trailing-plus", doublePlus = "double-plus", termName = "term-name"
        case joinWithPlus = "join-with-plus", noInteractions = "no-interactions", closeParenthesis = "close-parenthesis"
        case separateArguments = "separate-arguments", closeQuote = "close-quote", number, argumentValue = "argument-value"
    }
    /// Column (1-based, in characters) where the problem is.
    public var column: Int
    public var expected: Expected
    /// The text at the column (empty at the end of the formula).
    public var found: String
    public var hint: Hint

    /// The message in `language`.
    public func text(_ language: ReportLanguage) -> String {
        MessageCatalogue.render(Message("ergm.formula.syntax", [
            ("column", .count(column)),
            ("expected", .text(MessageCatalogue.template("ergm.formula.expected.\(expected.rawValue)", language))),
            ("found", .text(found.isEmpty ? MessageCatalogue.template("ergm.formula.end", language) : "'\(found)'")),
            ("hint", .text(MessageCatalogue.template("ergm.formula.hint.\(hint.rawValue)", language))),
        ]), language)
    }

    public var description: String { text(.en) }
}
