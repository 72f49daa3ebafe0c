import Foundation
internal import ZIPFoundation

/// Writes Excel workbooks (`.xlsx`, Office Open XML SpreadsheetML) that Excel, LibreOffice Calc, WPS and
/// openpyxl open, and that ``WorkbookReader`` reads back cell for cell.
///
/// - Every text cell is an inline string (`t="inlineStr"`): a cell is never a formula. Text a
///   spreadsheet would take for a formula when it is edited (`=`, `+`, `-`, `@` first, as ``FormulaGuard``
///   decides) gets the cell format with `quotePrefix`, so Excel keeps it text after editing too.
/// - Control characters XML cannot hold are written as `_xHHHH_`, and a literal `_xHHHH_` has its
///   underscore escaped (`_x005F_`), as Excel does (ECMA-376 §22.4.2.4).
/// - The header row is bold and frozen; column widths follow the longest cell (CJK characters count twice).
/// - Deterministic bytes: parts in a fixed order, every ZIP timestamp 1980-01-01 00:00, deflate by the
///   system zlib — the same network gives the same file on every run.
///
/// Reference: ECMA-376 Part 1, 5th edition (2016), §18.2, §18.3, §18.8; Part 2 (Open Packaging Conventions).
enum WorkbookWriter {
    /// Rows a sheet holds (Excel's limit).
    static let maxRows = 1_048_576
    /// Characters a cell holds (Excel's limit; longer text is refused by Excel when it opens the file).
    static let maxCellCharacters = 32_767
    /// The modification time of every entry: the earliest a ZIP file can record.
    static let timestamp = Date(timeIntervalSince1970: 315_532_800)

    /// The bytes of a workbook of `sheets` (name, rows, header first).
    /// - Throws: ``FormatError`` naming `file` when a sheet has more rows than Excel's limit.
    static func workbook(_ sheets: [(name: String, rows: [[TableCell]])], file: String) throws -> Data {
        for sheet in sheets where sheet.rows.count > maxRows {
            throw FormatError(file: file, "sheet '\(sheet.name)' would have \(sheet.rows.count) rows, more than the \(maxRows) an Excel sheet holds; nothing written — write CSV tables or YAML")
        }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(count: sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("docProps/app.xml", appProperties(sheets.map(\.name))),
            ("xl/workbook.xml", workbookXML(sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(count: sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (i, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", sheetXML(sheet.rows))) }
        return try zip(parts, file: file)
    }

    /// The ZIP package of `parts`, deflated, with fixed timestamps and permissions.
    static func zip(_ parts: [(String, String)], file: String) throws -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: timestamp,
                                     permissions: 0o644, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
                }
            }
            guard let bytes = archive.data else { throw FormatError(file: file, "the ZIP package could not be assembled") }
            return bytes
        } catch let e as FormatError {
            throw e
        } catch {
            throw OutputError(path: file, reason: "the ZIP package could not be assembled (\(error))")
        }
    }

    // MARK: Parts

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(count: Int) -> String {
        var s = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        s += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        s += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        s += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for i in 1...max(count, 1) where i <= count {
            s += "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        s += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        s += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return s + "</Types>"
    }

    static let rootRelationships = declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static func appProperties(_ names: [String]) -> String {
        declaration + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>GovNet</Application></Properties>"
    }

    static func workbookXML(_ names: [String]) -> String {
        var s = declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><bookViews><workbookView/></bookViews><sheets>"
        for (i, name) in names.enumerated() {
            s += "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        return s + "</sheets></workbook>"
    }

    static func workbookRelationships(count: Int) -> String {
        var s = declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in 0..<count {
            s += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        s += "<Relationship Id=\"rId\(count + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        return s + "</Relationships>"
    }

    /// Cell formats: 0 the default, 1 text kept as text when edited (`quotePrefix`), 2 the bold header.
    static let styles = declaration + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"

    static func sheetXML(_ rows: [[TableCell]]) -> String {
        var s = declaration + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        let width = rows.map(\.count).max() ?? 0
        s += "<sheetViews><sheetView workbookViewId=\"0\">"
        if rows.count > 1 { s += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>" }
        s += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if width > 0 {
            s += "<cols>"
            for c in 0..<width {
                let longest = rows.lazy.map { c < $0.count ? displayWidth($0[c]) : 0 }.max() ?? 0
                s += "<col min=\"\(c + 1)\" max=\"\(c + 1)\" width=\"\(min(max(longest + 2, 8), 60))\" customWidth=\"1\"/>"
            }
            s += "</cols>"
        }
        s += "<sheetData>"
        for (r, row) in rows.enumerated() {
            s += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = CellReference.columnName(c + 1) + String(r + 1)
                let header = r == 0 ? " s=\"2\"" : ""
                switch cell {
                case .empty: continue
                case .number(let x): s += "<c r=\"\(ref)\"\(header)><v>\(x)</v></c>"
                case .bool(let b): s += "<c r=\"\(ref)\"\(header) t=\"b\"><v>\(b ? 1 : 0)</v></c>"
                case .text(let t):
                    if t.isEmpty { continue }
                    let style = r == 0 ? header : FormulaGuard.needsGuard(Substring(t).utf8) ? " s=\"1\"" : ""
                    s += "<c r=\"\(ref)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escaped(t))</t></is></c>"
                }
            }
            s += "</row>"
        }
        return s + "</sheetData></worksheet>"
    }

    /// Text as an ST_Xstring in XML: control characters as `_xHHHH_`, a literal `_xHHHH_` with its
    /// underscore as `_x005F_`, then XML escaping (tab, LF and CR as character references).
    static func escaped(_ s: String) -> String {
        var out = ""
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let u = scalars[i]
            if u == "_" && i + 6 < scalars.count && scalars[i + 1] == "x" && scalars[i + 6] == "_"
                && scalars[(i + 2)...(i + 5)].allSatisfy({ $0.properties.isASCIIHexDigit }) {
                out += "_x005F_"
            } else if (u.value < 0x20 && u != "\t" && u != "\n" && u != "\r") || u.value == 0xFFFE || u.value == 0xFFFF {
                out += String(format: "_x%04X_", u.value)
            } else {
                out.unicodeScalars.append(u)
            }
            i += 1
        }
        return XMLText.escape(out)
    }

    /// Column width of a cell in characters, CJK and other wide characters counted twice.
    static func displayWidth(_ cell: TableCell) -> Int {
        switch cell {
        case .empty: return 0
        case .bool: return 5
        case .number(let x): return x.count
        case .text(let t):
            return t.split(separator: "\n").map { $0.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) } }.max() ?? 0
        }
    }
}

extension WorkbookWriter {
    /// The sheet names of the network tables, in the order written.
    static let networkSheets: [(file: String, sheet: String)] = [
        (CSVTables.departmentsFile, "departments"), (CSVTables.tiesFile, "ties"), (CSVTables.functionsFile, "functions"),
        (CSVTables.mechanismsFile, "mechanisms"), (CSVTables.metadataFile, "network"),
    ]

    /// A network as a workbook: the CSV tables (``CSVTables/tables(_:)``) as sheets departments, ties,
    /// functions, mechanisms and network, cells typed as the tables type them (weights and confidences
    /// numbers, directions and the coordinator flag booleans, attributes as their values are); every
    /// other cell text. ``WorkbookTables`` reads it back as the same network.
    static func network(_ net: Network, file: String) throws -> (data: Data, warnings: [Diagnostic]) {
        let tables = CSVTables.tables(net)
        var sheets: [(name: String, rows: [[TableCell]])] = []
        var warnings: [Diagnostic] = []
        for (fileName, sheet) in networkSheets {
            guard let table = tables.first(where: { $0.file == fileName }) else { continue }
            for (r, row) in table.rows.enumerated() {
                for (c, cell) in row.enumerated() {
                    if case .text(let text) = cell, text.count > maxCellCharacters {
                        warnings.append(Diagnostic(.warning, file: file, sheet: sheet, line: r + 1, column: c + 1,
                                                   Message("writer.xlsx.long-cell", [("n", .count(text.count)), ("limit", .count(maxCellCharacters))])))
                    }
                }
            }
            sheets.append((sheet, table.rows))
        }
        return (try workbook(sheets, file: file), warnings)
    }
}

extension ExportTable {
    /// Tables as one Excel workbook, a sheet per table named as the table (`govnet export --to xlsx`):
    /// numbers as numbers (12 significant digits, as in the CSV; `nan` and infinities as text),
    /// booleans as booleans, text as text — never a formula. Deterministic bytes.
    /// - Throws: ``FormatError`` when a table has more rows than an Excel sheet holds.
    public static func workbook(_ tables: [ExportTable], file: String) throws -> Data {
        try WorkbookWriter.workbook(tables.map { table in
            (table.name, [table.columns.map { TableCell.text($0) }] + table.rows.map { row in
                row.map { cell -> TableCell in
                    switch cell {
                    case .text(let s): return .string(s)
                    case .number(let x):
                        let text = NumberFormat.significant(x, digits: significantDigits)
                        return x.isFinite ? .number(text) : .text(text)
                    case .bool(let b): return .bool(b)
                    case .missing: return .empty
                    }
                }
            })
        }, file: file)
    }
}
