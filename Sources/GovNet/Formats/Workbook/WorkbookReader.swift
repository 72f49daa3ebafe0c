import Foundation

/// The sheets of an Excel workbook (`.xlsx`, Office Open XML SpreadsheetML) as rows of text cells.
///
/// Reads what Excel, LibreOffice Calc, WPS and openpyxl write: shared and inline strings (rich-text runs
/// joined, phonetic guides left out), numbers as written, booleans as `true`/`false`, the cached value of
/// a formula (never the formula), dates as `YYYY-MM-DD` (1900 and 1904 date systems), the `_xHHHH_`
/// escapes of control characters. Rows and cells are placed by their references, so gaps stay gaps;
/// empty rows and empty trailing cells are dropped. A formula without a cached value (a program that does
/// not calculate wrote it) and a cell holding an error value (`#N/A`) are reported at their cell.
///
/// Every XML part goes through ``SafeXML`` (no DTD, no entities) after ``WorkbookPackage`` has checked
/// and inflated it under ``WorkbookLimits``.
///
/// Reference: ECMA-376 Part 1, 5th edition (2016), §18.2 (workbook), §18.3.1 (sheetData, row, c),
/// §18.4 (shared strings), §18.8.30–31 (number formats), §22.4.2.4 (ST_Xstring escapes); Open Packaging
/// Conventions (Part 2) §9 for relationships.
struct WorkbookReader {
    /// One sheet: its name as the workbook shows it, and its part.
    struct Sheet { var name: String; var part: String }

    let file: String
    private(set) var sheets: [Sheet] = []
    private var package: WorkbookPackage
    private var sharedStrings: [String]?
    private let sharedStringsPart: String?
    private var dateStyles: Set<Int> = []
    private var date1904 = false

    /// Opens the workbook in `bytes` and reads its list of sheets and its styles.
    /// - Throws: ``FormatError`` for what ``WorkbookPackage`` refuses, a package that is not a
    ///   SpreadsheetML workbook (`.xlsb`, `.ods`, a Word file), macro-enabled content and malformed XML.
    init(bytes: [UInt8], file: String) throws {
        self.file = file
        package = try WorkbookPackage(bytes: bytes, file: file)
        if let types = try package.part("[Content_Types].xml") {
            let text = String(decoding: types, as: UTF8.self).lowercased()
            if text.contains("macroenabled") || text.contains("vbaproject") {
                throw FormatError(file: file, Message("reader.xlsx.macro-enabled", [("extension", .text("xlsm"))]))
            }
        } else if package.has("content.xml") || package.has("mimetype") {
            throw FormatError(file: file, Message("reader.xlsx.ods"))
        }
        let root = try Self.relationships(of: "", in: &package, file: file)
        let main = root.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        if main.hasSuffix(".bin") || package.has("xl/workbook.bin") {
            throw FormatError(file: file, Message("reader.xlsx.xlsb"))
        }
        guard let workbookBytes = try package.part(main) else {
            throw FormatError(file: file, Message("reader.xlsx.no-workbook-part", [("part", .text(main))]))
        }
        let workbook = try SafeXML.parse(workbookBytes, file: "\(file):\(main)")
        date1904 = workbook.child("workbookPr").map { ["1", "true"].contains($0.attributes["date1904"]?.lowercased() ?? "") } ?? false
        let rels = try Self.relationships(of: main, in: &package, file: file)
        func target(_ id: String?) -> String? { id.flatMap { id in rels.first { $0.id == id }?.target } }
        for s in workbook.child("sheets")?.children("sheet") ?? [] {
            // `r:id`, with the prefix dropped by SafeXML (a sheet has no plain `id`).
            guard let name = s.attributes["name"], let part = target(s.attributes["id"]) else { continue }
            sheets.append(Sheet(name: name, part: part))
        }
        sharedStringsPart = rels.first { $0.type.hasSuffix("/sharedStrings") }?.target ?? (package.has("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : nil)
        if let stylesPart = rels.first(where: { $0.type.hasSuffix("/styles") })?.target, let styles = try package.part(stylesPart) {
            dateStyles = Self.dateStyles(try SafeXML.parse(styles, file: "\(file):\(stylesPart)"))
        }
    }

    /// The rows of sheet `index` (row numbers as ``CSVReader/Record/line``), and problems of its cells.
    mutating func rows(of index: Int, diagnostics: inout [Diagnostic]) throws -> [CSVReader.Record] {
        let sheet = sheets[index]
        guard let bytes = try package.part(sheet.part) else {
            throw FormatError(file: file, Message("reader.xlsx.sheet-part-missing", [("sheet", .text(sheet.name)), ("part", .text(sheet.part))]))
        }
        let root = try SafeXML.parse(bytes, file: "\(file):\(sheet.part)")
        var records: [CSVReader.Record] = []
        var nextRow = 1
        for row in root.child("sheetData")?.children("row") ?? [] {
            let r = row.attributes["r"].flatMap(Int.init).flatMap { (1...CellReference.maxRows).contains($0) ? $0 : nil } ?? nextRow
            nextRow = r + 1
            var fields: [String] = []
            var textCells = Set<Int>(), numberCells = Set<Int>()
            var nextColumn = 1
            for c in row.children("c") {
                let column = c.attributes["r"].flatMap(CellReference.parse)?.column ?? nextColumn
                nextColumn = column + 1
                guard let value = try cell(c, sheet: sheet.name, row: r, column: column, diagnostics: &diagnostics), !value.isEmpty else { continue }
                if column > CSVReader.maxFields {
                    throw FormatError(file: file, sheet: sheet.name, line: r, column: column,
                                      Message("reader.xlsx.column-limit", [("sheet", .text(sheet.name)), ("column", .text(CellReference.columnName(column))),
                                                                           ("limit", .count(CSVReader.maxFields))]))
                }
                if fields.count < column { fields += Array(repeating: "", count: column - fields.count) }
                fields[column - 1] = value
                switch c.attributes["t"] ?? "n" {
                case "s", "inlineStr", "str": textCells.insert(column - 1)
                case "n" where !(c.attributes["s"].flatMap(Int.init).map(dateStyles.contains) ?? false): numberCells.insert(column - 1)
                default: break
                }
            }
            if !fields.isEmpty { records.append(CSVReader.Record(fields: fields, line: r, textCells: textCells, numberCells: numberCells)) }
        }
        // Rows out of order (allowed, if rare) are put in order; the last of a repeated row wins.
        if zip(records, records.dropFirst()).contains(where: { $0.line >= $1.line }) {
            var byRow: [Int: CSVReader.Record] = [:]
            for r in records { byRow[r.line] = r }
            records = byRow.values.sorted { $0.line < $1.line }
        }
        return records
    }

    /// The text of one cell element; nil for an empty cell.
    private mutating func cell(_ c: XMLNode, sheet: String, row: Int, column: Int, diagnostics: inout [Diagnostic]) throws -> String? {
        let type = c.attributes["t"] ?? "n"
        let v = c.child("v")?.text
        if c.child("f") != nil && v == nil {
            diagnostics.append(Diagnostic(.error, file: file, sheet: sheet, line: row, column: column, Message("reader.xlsx.formula-without-value")))
            return nil
        }
        switch type {
        case "s":
            guard let v, let i = Int(v.trimmingCharacters(in: .whitespaces)) else { return nil }
            let strings = try loadSharedStrings()
            guard i >= 0 && i < strings.count else {
                throw FormatError(file: file, sheet: sheet, line: row, column: column,
                                  Message("reader.xlsx.shared-string", [("index", .count(i)), ("count", .count(strings.count))]))
            }
            return strings[i]
        case "inlineStr":
            return c.child("is").map(Self.richText)
        case "str":
            return v.map(Self.unescaped)
        case "b":
            return v.map { $0.trimmingCharacters(in: .whitespaces) == "1" ? "true" : "false" }
        case "e":
            if let v {
                diagnostics.append(Diagnostic(.warning, file: file, sheet: sheet, line: row, column: column,
                                              Message("reader.xlsx.error-value", [("value", .text(v))])))
            }
            return v
        case "d":
            return v
        default:
            guard let v = v?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
            if let s = c.attributes["s"].flatMap(Int.init), dateStyles.contains(s), let serial = Double(v), let date = Self.date(serial: serial, date1904: date1904) {
                return date
            }
            return v
        }
    }

    private mutating func loadSharedStrings() throws -> [String] {
        if let sharedStrings { return sharedStrings }
        var strings: [String] = []
        if let part = sharedStringsPart, let bytes = try package.part(part) {
            strings = try SafeXML.parse(bytes, file: "\(file):\(part)").children("si").map(Self.richText)
        }
        sharedStrings = strings
        return strings
    }

    /// The text of a string item (`si`, `is`): its `t`, or its runs' `t` joined; phonetic runs (`rPh`) left out.
    static func richText(_ node: XMLNode) -> String {
        if let t = node.child("t") { return unescaped(t.text) }
        return unescaped(node.children("r").compactMap { $0.child("t")?.text }.joined())
    }

    /// `s` with the `_xHHHH_` escapes of ST_Xstring decoded (`_x000D_` is a carriage return, `_x005F_` an underscore).
    static func unescaped(_ s: String) -> String {
        guard s.contains("_x") else { return s }
        var out = "", rest = Substring(s)
        while let r = rest.range(of: "_x") {
            out += rest[..<r.lowerBound]
            let after = rest[r.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                out += "_x"
                rest = after
            }
        }
        return out + rest
    }

    /// A package relationship: id, type (a URI whose last segment names it) and target part.
    struct Relationship { var id: String; var type: String; var target: String }

    /// The relationships of `part` (`""` for the package), targets resolved to part names.
    static func relationships(of part: String, in package: inout WorkbookPackage, file: String) throws -> [Relationship] {
        let folder = (part as NSString).deletingLastPathComponent
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (part as NSString).lastPathComponent + ".rels"
        guard let bytes = try package.part(relsPart) else { return [] }
        return try SafeXML.parse(bytes, file: "\(file):\(relsPart)").children("Relationship").compactMap { r in
            guard let id = r.attributes["Id"], let target = r.attributes["Target"], r.attributes["TargetMode"] != "External" else { return nil }
            return Relationship(id: id, type: r.attributes["Type"] ?? "", target: resolve(target, from: folder))
        }
    }

    /// `target` as a part name: absolute (`/xl/worksheets/sheet1.xml`) or relative to `folder`, `..` resolved.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for p in target.split(separator: "/") {
            if p == ".." { _ = parts.popLast() } else if p != "." { parts.append(p) }
        }
        return parts.joined(separator: "/")
    }

    /// The indexes of the cell formats (`cellXfs`) that show numbers as dates or times.
    static func dateStyles(_ styles: XMLNode) -> Set<Int> {
        var custom: [Int: String] = [:]
        for f in styles.child("numFmts")?.children("numFmt") ?? [] {
            if let id = f.attributes["numFmtId"].flatMap(Int.init) { custom[id] = f.attributes["formatCode"] ?? "" }
        }
        var out = Set<Int>()
        for (i, xf) in (styles.child("cellXfs")?.children("xf") ?? []).enumerated() {
            guard let id = xf.attributes["numFmtId"].flatMap(Int.init) else { continue }
            if custom[id].map(isDateFormat) ?? builtInDateFormats.contains(id) { out.insert(i) }
        }
        return out
    }

    /// Built-in number formats that are dates or times (ECMA-376 §18.8.30; 27–36 and 50–58 are the
    /// East Asian date formats, 年月日 among them).
    static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// Whether a format code shows a date or time: `y`, `m`, `d`, `h` or `s` outside quoted text,
    /// brackets (`[Red]`, `[$-804]`) and escaped characters.
    static func isDateFormat(_ code: String) -> Bool {
        if code.lowercased().hasPrefix("general") { return false }
        var quoted = false, bracket = false, escaped = false
        for ch in code.lowercased() {
            if escaped { escaped = false; continue }
            switch ch {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case "y", "m", "d", "h", "s": if !quoted && !bracket { return true }
            default: break
            }
        }
        return false
    }

    /// A date serial as ISO 8601: `YYYY-MM-DD`, with `THH:MM:SS` when it has a time of day; nil out of
    /// range. 1900 system: day 1 is 1900-01-01 and day 60 the 29 February 1900 Excel keeps from Lotus 1-2-3
    /// (read as 1 March); 1904 system: day 0 is 1904-01-01.
    static func date(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 { days += 1; seconds -= 86_400 }
        // Days since 1970-01-01.
        let epoch: Int
        if date1904 { epoch = days - 24_107 } else if days >= 61 { epoch = days - 25_569 } else if days >= 1 { epoch = days - 25_568 } else { epoch = -25_568 }
        if serial < 1 && !date1904 && seconds > 0 {
            return String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        }
        // Howard Hinnant's civil_from_days.
        let z = epoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        let day = String(format: "%04d-%02d-%02d", y, m, d)
        return seconds == 0 ? day : day + String(format: "T%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
    }
}
