/// An RFC 4180 CSV reader over UTF-8 bytes that remembers the line of every record.
///
/// Handles what spreadsheets write: quoted fields with embedded commas, quotes (`""`) and line breaks,
/// CRLF or LF line ends, a UTF-8 byte-order mark (Excel), a missing final line break. Blank lines are
/// skipped. A quote left open reports the line where the field started. We keep our own reader rather
/// than SwiftCSV because errors must carry line numbers and a million-row edge list must stream
/// without per-row dictionaries.
public struct CSVReader {
    /// One record: its fields and the 1-based line where it starts.
    public struct Record: Sendable {
        public var fields: [String]
        public var line: Int
        /// The fields that are text whatever they look like (a workbook's string cells); nil for CSV,
        /// whose fields are typed by inference.
        var textCells: Set<Int>? = nil
        /// The fields that are numbers whatever their spelling (a workbook's number cells: Excel writes
        /// 8.3 as `8.3000000000000007`); nil for CSV.
        var numberCells: Set<Int>? = nil
    }

    /// Maximum fields in one record (hostile-input guard).
    public static let maxFields = 10_000

    /// Parses all records of `bytes`. `delimiter` defaults to a comma (use `\t` for TSV).
    /// - Throws: ``FormatError`` for an unclosed quote, text after a closing quote, invalid UTF-8 or
    ///   too many fields.
    /// - Complexity: O(n) in the input size.
    public static func records(_ bytes: [UInt8], file: String, delimiter: UInt8 = UInt8(ascii: ",")) throws -> [Record] {
        var result: [Record] = []
        try forEachRecord(bytes, file: file, delimiter: delimiter) { result.append($0) }
        return result
    }

    /// Streams records to `body` without keeping them.
    public static func forEachRecord(_ bytes: [UInt8], file: String, delimiter: UInt8 = UInt8(ascii: ","),
                                     _ body: (Record) throws -> Void) throws {
        let quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        try bytes.withUnsafeBufferPointer { buf in
            var i = buf.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let n = buf.count
            var line = 1
            var fields: [String] = []
            var recordLine = 1
            var field: [UInt8] = []

            func makeString(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence, at line: Int) throws -> String {
                guard let s = String(validating: bytes, as: UTF8.self) else {
                    throw FormatError(file: file, line: line, Message("reader.csv.not-utf8"))
                }
                if bytes.contains(0) {
                    throw FormatError(file: file, line: line, Message("reader.csv.nul"))
                }
                return s
            }

            while i < n {
                // Start of a record: skip blank lines.
                if fields.isEmpty && (buf[i] == lf || buf[i] == cr) {
                    if buf[i] == lf { line += 1 }
                    i += 1
                    continue
                }
                recordLine = line
                var endOfRecord = false
                while !endOfRecord {
                    if i < n && buf[i] == quote {
                        // Quoted field.
                        let fieldLine = line
                        i += 1
                        field.removeAll(keepingCapacity: true)
                        var closed = false
                        while i < n {
                            let b = buf[i]
                            if b == quote {
                                if i + 1 < n && buf[i + 1] == quote { field.append(quote); i += 2; continue }
                                i += 1
                                closed = true
                                break
                            }
                            if b == lf { line += 1 }
                            field.append(b)
                            i += 1
                        }
                        if !closed {
                            throw FormatError(file: file, line: fieldLine, Message("reader.csv.unclosed-quote"))
                        }
                        guard let s = String(validating: field, as: UTF8.self) else {
                            throw FormatError(file: file, line: fieldLine, Message("reader.csv.not-utf8"))
                        }
                        fields.append(s)
                        if i < n && buf[i] != delimiter && buf[i] != lf && buf[i] != cr {
                            throw FormatError(file: file, line: line, Message("reader.csv.after-quote"))
                        }
                    } else {
                        let start = i
                        while i < n && buf[i] != delimiter && buf[i] != lf && buf[i] != cr { i += 1 }
                        if buf[start..<i].contains(quote) {
                            // A bare quote inside an unquoted field: accept it literally (as Excel does), no error.
                        }
                        fields.append(try makeString(buf[start..<i], at: line))
                    }
                    if fields.count > maxFields {
                        throw FormatError(file: file, line: recordLine, Message("reader.csv.too-many-fields", [("limit", .count(maxFields))]))
                    }
                    if i >= n { endOfRecord = true }
                    else if buf[i] == delimiter { i += 1; if i >= n { fields.append(""); endOfRecord = true } }
                    else {
                        // Line end: CRLF, LF or lone CR.
                        if buf[i] == cr { i += 1; if i < n && buf[i] == lf { i += 1 } } else { i += 1 }
                        line += 1
                        endOfRecord = true
                    }
                }
                try body(Record(fields: fields, line: recordLine))
                fields.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Escapes one CSV field: quoted when it contains a delimiter, quote, CR or LF, or leading/trailing
    /// spaces; quotes doubled.
    public static func escape(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.hasPrefix(" ") || field.hasSuffix(" ")
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One CSV line (with LF) from fields.
    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }
}

import Foundation
