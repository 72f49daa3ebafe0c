import GovNet

/// The network's status (observed, documentary, illustrative) carried into every output of a command,
/// in the output's language, so that findings from an illustrative model are never read as facts:
/// a first line in table and Markdown output, a top-level `status` in JSON, a `status` column in CSV.
enum StatusNotice {
    /// "Status: illustrative model — built from public institutional structure …" (nil without a status).
    static func line(_ network: Network, language: ReportLanguage = .en) -> String? {
        network.metadata.status.map { language.text(.status) + language.render("punct.colon") + language.status($0) }
    }

    /// `text` with the status in front (table, Markdown) or as a column (CSV, its cells under the formula
    /// guard `cells`; the cells of `text` are kept as written); JSON is handled by ``json(_:_:)``.
    static func apply(_ text: String, format: OutputFormat, network: Network, language: ReportLanguage = .en, cells: CSVCells = .guarded) -> String {
        guard let status = network.metadata.status, let line = line(network, language: language) else { return text }
        switch format {
        case .table: return TerminalText.cell(line) + "\n" + text
        case .markdown: return MarkdownText.inline(line) + "\n\n" + text
        case .json: return text
        case .csv:
            guard let records = try? CSVReader.records(Array(text.utf8), file: "-"), let header = records.first else { return text }
            let statusCell = FormulaGuard.cell(status, cells)
            return CSVReader.line(header.fields + ["status"]) + records.dropFirst().map { CSVReader.line($0.fields + [statusCell]) }.joined()
        }
    }

    /// A JSON object with `status` (the network's status as written, or null) as its first key.
    static func json(_ value: JSONValue, _ network: Network) -> JSONValue {
        guard case .object(let fields) = value else { return value }
        return .object([("status", network.metadata.status.map { .string($0) } ?? .null)] + fields.filter { $0.0 != "status" })
    }
}
