import Foundation
import GovNet

/// A table of strings rendered as CSV, Markdown or an aligned text table.
struct TableOutput {
    var header: [String]
    var rows: [[String]]
    /// Columns holding numbers (right-aligned in text tables).
    var numeric: Set<Int> = []

    /// The table in `format`; CSV cells under the formula guard `cells` (``FormulaGuard``, `--raw`).
    func rendered(_ format: OutputFormat, cells: CSVCells = .guarded) -> String {
        switch format {
        case .csv:
            return CSVReader.line(header, cells: cells) + rows.map { CSVReader.line($0, cells: cells) }.joined()
        case .markdown:
            func esc(_ s: String) -> String { MarkdownText.cell(s) }
            var out = "| " + header.map(esc).joined(separator: " | ") + " |\n"
            out += "|" + header.indices.map { numeric.contains($0) ? "---:|" : "---|" }.joined() + "\n"
            for r in rows { out += "| " + r.map(esc).joined(separator: " | ") + " |\n" }
            return out
        case .table, .json:
            let shown = rows.map { row in row.indices.map { numeric.contains($0) ? Self.terminalNumber(row[$0]) : TerminalText.cell(row[$0]) } }
            return TextTable.render(header: header.map(TerminalText.cell), rows: shown, rightAligned: numeric)
        }
    }

    /// Digits of a number in a terminal table: 4 significant, enough to read and compare at a glance
    /// (CSV, JSON and Markdown keep the full precision of the cell).
    static let terminalDigits = 4

    /// A numeric cell for a terminal table: a number shown with ``terminalDigits`` significant
    /// digits, anything else (an empty cell, a dash) as it is.
    static func terminalNumber(_ cell: String) -> String {
        guard !cell.hasPrefix("0x"), let x = Double(cell) else { return TerminalText.cell(cell) }
        return NumberFormat.significant(x, digits: terminalDigits)
    }
}

/// Number formatting of metric tables: up to 12 significant digits, `nan` when undefined (terminal
/// tables show 4, ``TableOutput/terminalNumber(_:)``).
func metricText(_ x: Double) -> String { NumberFormat.significant(x) }
