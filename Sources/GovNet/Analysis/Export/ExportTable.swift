/// One cell of an exported table: text, a number, a boolean, or nothing.
public enum ExportCell: Sendable, Hashable {
    case text(String)
    case number(Double)
    case bool(Bool)
    /// An absent value: an empty CSV field, JSON `null`.
    case missing

    /// A text cell, or ``missing`` when `nil`.
    public static func optionalText(_ s: String?) -> ExportCell { s.map { .text($0) } ?? .missing }

    /// The number rounded to ``ExportTable/significantDigits`` significant digits (what both the CSV
    /// and the JSON files hold), `nil` when not a number cell.
    public var roundedNumber: Double? {
        guard case .number(let x) = self else { return nil }
        guard x.isFinite else { return x }
        return Double(NumberFormat.significant(x, digits: ExportTable.significantDigits)) ?? x
    }
}

/// A tidy table with a fixed column order and deterministic bytes, written as CSV and as JSON.
///
/// Numbers have at most 12 significant digits (``NumberFormat/significant(_:digits:)``; integers
/// without a decimal point, `nan` for undefined values in CSV and `null` in JSON). Text cells go
/// through the formula guard of every CSV writer (``FormulaGuard``: a cell a spreadsheet would run as a
/// formula gets a leading quote, numbers never do) unless written ``CSVCells/raw``; the JSON keeps the
/// text as it is. No timestamps, no locale: two runs give identical bytes.
public struct ExportTable: Sendable, Hashable {
    /// Significant digits of every number written.
    public static let significantDigits = 12

    /// Table name, the file name without extension (`departments`, `ties`, …).
    public var name: String
    /// Column names, in output order.
    public var columns: [String]
    /// Rows, each with one cell per column.
    public var rows: [[ExportCell]]

    /// - Precondition: every row has `columns.count` cells.
    public init(name: String, columns: [String], rows: [[ExportCell]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "one cell per column")
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// The cells of one column, by name (`nil` when there is no such column).
    public func column(_ name: String) -> [ExportCell]? {
        guard let j = columns.firstIndex(of: name) else { return nil }
        return rows.map { $0[j] }
    }

    /// The table as CSV with guarded text cells (``csv(_:)``).
    public var csv: String { csv(.guarded) }

    /// The table as CSV: a header line then one line per row, LF line ends, RFC 4180 quoting, text
    /// cells under the formula guard `cells`.
    /// - Complexity: O(total cell text).
    public func csv(_ cells: CSVCells) -> String {
        var out = CSVReader.line(columns, cells: cells)
        for row in rows { out += CSVReader.line(row.map { ExportTable.csvField($0, cells) }) }
        return out
    }

    /// The rows as JSON objects keyed by column name, in column order.
    public var jsonValue: JSONValue {
        .array(rows.map { row in .object(zip(columns, row).map { ($0, ExportTable.json($1)) }) })
    }

    /// The CSV text of one cell.
    static func csvField(_ cell: ExportCell, _ cells: CSVCells) -> String {
        switch cell {
        case .text(let s): return FormulaGuard.cell(s, cells)
        case .number(let x): return NumberFormat.significant(x, digits: significantDigits)
        case .bool(let b): return b ? "true" : "false"
        case .missing: return ""
        }
    }

    /// The JSON value of one cell (numbers rounded as in CSV; non-finite numbers become `null`).
    static func json(_ cell: ExportCell) -> JSONValue {
        switch cell {
        case .text(let s): return .string(s)
        case .number: return .finite(cell.roundedNumber)
        case .bool(let b): return .bool(b)
        case .missing: return .null
        }
    }

}

/// Department-id order used by every export: Unicode scalar order (Python's `sorted` on `str`), so
/// that rows sort the same in pandas and here, whatever the locale.
@inline(__always) func exportOrder(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
}

/// Lexicographic ``exportOrder(_:_:)`` over several keys.
func exportOrder(_ a: [String], _ b: [String]) -> Bool {
    for (x, y) in zip(a, b) where !x.unicodeScalars.elementsEqual(y.unicodeScalars) { return exportOrder(x, y) }
    return a.count < b.count
}
