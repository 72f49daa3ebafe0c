/// How the text cells of a CSV file are written: guarded against spreadsheet formula injection (the
/// default of every CSV writer) or verbatim (`--raw`).
public enum CSVCells: Sendable, Hashable {
    /// A cell a spreadsheet would run as a formula gets a leading `'` (``FormulaGuard``).
    case guarded
    /// Every cell as it is, for tools that want the data verbatim (pandas, R, NetworkX).
    case raw
}

/// The one formula-guard policy of every CSV GovNet writes (network tables and edge lists from
/// `convert`, `export`, report tables, `metrics`, `diagnose`, `simulate`, `suggest`).
///
/// Rule: a cell whose first character is `=`, `+`, `-`, `@`, tab or carriage return is written with a
/// leading single quote — unless the whole cell reads as a number (a plain decimal such as `-1`,
/// `+2.5`, `-3e-4`, or `-inf`, GovNet's spelling of negative infinity), which a spreadsheet stores as
/// a number and never runs; so negative values stay numbers. A cell that already starts with `'`
/// followed by such a cell gets one more quote, so the guard is injective and ``unguarded(_:)`` undoes
/// it exactly: GovNet's readers (CSV tables, edge lists, also the streaming reader) take the quote
/// off again, and a guarded file reads back as the network that was written.
///
/// Governance situation: network files and tables circulate between agencies and are opened in
/// Excel or WPS; a department id or tie label such as `=HYPERLINK(…)` written by another party must
/// not run on a colleague's machine. Not flagged: numbers, and text starting with any other character.
///
/// References: OWASP, "CSV Injection" (the characters `=`, `+`, `-`, `@`, tab and CR, and the
/// leading-quote defence).
public enum FormulaGuard {
    /// Whether a spreadsheet could run `s` as a formula, or `s` is a quote followed by such a cell
    /// (so that the guard stays invertible). O(length).
    public static func needsGuard(_ s: Substring.UTF8View) -> Bool {
        var rest = s
        while let first = rest.first, first == UInt8(ascii: "'") { rest = rest.dropFirst() }
        guard let first = rest.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D: return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return !isNumber(Substring(rest))
        default: return false
        }
    }

    /// `s` as a CSV cell under `cells`: guarded (a leading `'` when ``needsGuard(_:)``) or as it is.
    public static func cell(_ s: String, _ cells: CSVCells) -> String {
        cells == .guarded && needsGuard(Substring(s).utf8) ? "'" + s : s
    }

    /// The cell a reader keeps: `t` without the quote ``cell(_:_:)`` added (unchanged otherwise).
    public static func unguarded(_ t: String) -> String {
        t.utf8.first == UInt8(ascii: "'") && needsGuard(Substring(t).utf8.dropFirst()) ? String(decoding: t.utf8.dropFirst(), as: UTF8.self) : t
    }

    /// The byte range a reader keeps of a field `bytes[s..<e]` (the streaming edge-list reader): the
    /// start moves past the quote ``cell(_:_:)`` added. Same rule as ``unguarded(_:)``.
    static func unguardedStart(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        guard s < e, bytes[s] == UInt8(ascii: "'"), s + 1 < e else { return s }
        let rest = String(decoding: UnsafeBufferPointer(rebasing: bytes[(s + 1)..<e]), as: UTF8.self)
        return needsGuard(Substring(rest).utf8) ? s + 1 : s
    }

    /// A cell a spreadsheet stores as a number: a plain decimal (``NumberFormat/parseStrictNumber(_:)``,
    /// without surrounding spaces) or `-inf`.
    static func isNumber(_ s: Substring) -> Bool {
        if s == "-inf" { return true }
        let plain = s.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }
        return plain && NumberFormat.parseStrictNumber(String(s)) != nil
    }
}

extension CSVReader {
    /// One CSV line (with LF) from text cells, each under the formula guard `cells` (``FormulaGuard``).
    public static func line(_ fields: [String], cells: CSVCells) -> String {
        line(fields.map { FormulaGuard.cell($0, cells) })
    }
}
