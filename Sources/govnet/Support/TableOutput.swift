import Foundation
import GovNet

/// A table of strings rendered as CSV, Markdown or an aligned text table.
struct TableOutput {
    var header: [String]
    var rows: [[String]]
    /// Columns holding numbers (right-aligned in text tables).
    var numeric: Set<Int> = []

    func rendered(_ format: OutputFormat) -> String {
        switch format {
        case .csv:
            return CSVReader.line(header) + rows.map { CSVReader.line($0.map(Self.csvSafe)) }.joined()
        case .markdown:
            func esc(_ s: String) -> String { MarkdownText.cell(s) }
            var out = "| " + header.map(esc).joined(separator: " | ") + " |\n"
            out += "|" + header.indices.map { numeric.contains($0) ? "---:|" : "---|" }.joined() + "\n"
            for r in rows { out += "| " + r.map(esc).joined(separator: " | ") + " |\n" }
            return out
        case .table, .json:
            return TextTable.render(header: header.map(TextTable.sanitize), rows: rows.map { $0.map(TextTable.sanitize) }, rightAligned: numeric)
        }
    }

    /// Neutralises spreadsheet formula injection (`=`, `+`, `-`, `@` at the start of text that is not a
    /// number) by prefixing a single quote, as OWASP recommends for CSV exports.
    static func csvSafe(_ s: String) -> String { s == "-inf" ? s : ExportTable.formulaSafe(s) }
}

/// Number formatting of metric tables: up to 12 significant digits, `nan` when undefined.
func metricText(_ x: Double) -> String { NumberFormat.significant(x) }
