import Foundation

/// The tables of a network in the sheets of an Excel workbook: the same tables as a folder of CSV
/// files (``CSVTables``), one sheet each, read by the same rules.
///
/// Sheets are found by name (trimmed, any letter case): `departments`/`部门`, `ties`/`联系`,
/// `functions`/`职能`, `mechanisms`/`机制`, `network`/`网络` (metadata); other sheets (a README, notes)
/// are ignored. A workbook of a single sheet, whatever its name, is a table of ties whose ends are the
/// departments. Problems are located at their cell: ``locate(_:)`` turns the table's diagnostics into
/// `BOOK.xlsx:SHEET!C14`.
final class WorkbookTables: TableSource {
    /// The sheet names of each table (the first is the one GovNet writes).
    static let sheetNames: [(table: String, names: [String])] = [
        (CSVTables.departmentsFile, ["departments", "部门", "部门表"]),
        (CSVTables.tiesFile, ["ties", "联系", "联系表", "关系"]),
        (CSVTables.functionsFile, ["functions", "职能", "职能表"]),
        (CSVTables.mechanismsFile, ["mechanisms", "机制"]),
        (CSVTables.metadataFile, ["network", "网络"]),
    ]

    let location: String
    private var reader: WorkbookReader
    /// Table file → index of its sheet.
    private var sheetOf: [String: Int] = [:]
    /// Per sheet name: the canonical column names of its header row, for locating diagnostics.
    private var headers: [String: [String]] = [:]

    /// Opens `bytes` (checked by ``WorkbookPackage``) and matches its sheets to tables.
    init(bytes: [UInt8], file: String) throws {
        location = file
        reader = try WorkbookReader(bytes: bytes, file: file)
        for (i, sheet) in reader.sheets.enumerated() {
            let name = sheet.name.trimmingCharacters(in: .whitespaces).lowercased()
            if let table = Self.sheetNames.first(where: { $0.names.contains(name) })?.table, sheetOf[table] == nil { sheetOf[table] = i }
        }
        if sheetOf.isEmpty && reader.sheets.count == 1 { sheetOf[CSVTables.tiesFile] = 0 }
    }

    /// The workbook at `path` (``InputFile`` checks; `.xlsm` and `.xltm` refused by name before reading).
    static func open(_ path: String) throws -> WorkbookTables {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "xlsm" || ext == "xltm" {
            try InputFile.checkReadable(path)
            throw FormatError(file: path, Message("reader.xlsx.macro-enabled", [("extension", .text(ext))]))
        }
        return try WorkbookTables(bytes: try InputFile.bytes(path), file: path)
    }

    /// The sheet of table `file`, by name.
    private func sheet(_ file: String) -> WorkbookReader.Sheet? { sheetOf[file].map { reader.sheets[$0] } }

    func name(of file: String) -> String { sheet(file).map { "\(location):\($0.name)" } ?? location }
    func has(_ file: String) -> Bool { sheetOf[file] != nil }
    var unguards: Bool { false }
    var impliesDepartments: Bool { reader.sheets.count == 1 || sheetOf[CSVTables.departmentsFile] == nil }

    func records(_ file: String, diagnostics: inout [Diagnostic]) throws -> [CSVReader.Record]? {
        guard let i = sheetOf[file] else { return nil }
        let rows = try reader.rows(of: i, diagnostics: &diagnostics)
        if let header = rows.first {
            headers[reader.sheets[i].name] = header.fields.map { Vocabulary.column($0.trimmingCharacters(in: .whitespaces).lowercased()) }
        }
        return rows
    }

    func noTables() -> FormatError {
        let found = reader.sheets.map { LocalizedName($0.name) }
        return FormatError(file: location, Message(found.isEmpty ? "reader.xlsx.no-sheets" : "reader.xlsx.no-table-sheets",
                                                   [("sheets", .names(found, limit: 8, unit: .item))]))
    }

    func missing(_ file: String) -> Message {
        let names = Self.sheetNames.first { $0.table == file }?.names ?? [file]
        return Message("reader.xlsx.missing-sheet", [("sheet", .text(names[0])), ("aliases", .names(names.dropFirst().map { LocalizedName($0) }, limit: 8, unit: .item))])
    }

    /// `d` located at its cell when it names one of this workbook's sheets (`BOOK.xlsx:SHEET`): file
    /// the workbook, sheet, row (its line) and the column of its field, found in the sheet's header.
    func locate(_ d: Diagnostic) -> Diagnostic {
        guard d.sheet == nil, d.file.hasPrefix(location + ":") else { return d }
        let sheet = String(d.file.dropFirst(location.count + 1))
        guard let header = headers[sheet] ?? (reader.sheets.contains { $0.name == sheet } ? [] : nil) else { return d }
        var out = d
        out.file = location
        out.sheet = sheet
        if out.column == nil, let field = d.field {
            let names = field == "from" ? ["from", "source"] : field == "to" ? ["to", "target"] : [field]
            if let i = names.lazy.compactMap({ header.firstIndex(of: $0) }).first { out.column = i + 1 }
        }
        return out
    }
}
