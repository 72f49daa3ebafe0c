/// A strict JSON (RFC 8259) parser producing a ``DocNode`` tree with line and column of every value.
///
/// Foundation's `JSONSerialization` reports no positions, and analysts need `FILE:LINE:` errors;
/// this reader also bounds nesting depth (``DocumentLimits/maxDepth``) so hostile input cannot
/// exhaust the stack, and the nodes it builds (``DocumentLimits/maxJSONNodes``, counted by
/// ``nodeCount(_:limit:)``'s rule as it reads) so a file within the size limit cannot exhaust memory.
public struct JSONDocumentReader {
    private let bytes: [UInt8]
    private var pos = 0
    private var line = 1
    private var lineStart = 0
    private let file: String
    private var nodes = 0
    private var nodeLimit = DocumentLimits.maxJSONNodes

    /// Parses `bytes` (UTF-8, an optional BOM is skipped).
    /// - Throws: ``FormatError`` with the line and column of the first syntax error.
    /// - Complexity: O(n) in the input size.
    public static func parse(_ bytes: [UInt8], file: String) throws -> DocNode {
        try parse(bytes, file: file, nodeLimit: DocumentLimits.maxJSONNodes)
    }

    /// Parses `bytes` with at most `nodeLimit` nodes (tests use small limits).
    static func parse(_ bytes: [UInt8], file: String, nodeLimit: Int) throws -> DocNode {
        var reader = JSONDocumentReader(bytes: bytes, file: file)
        reader.nodeLimit = nodeLimit
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.pos = 3; reader.lineStart = 3 }
        reader.skipWhitespace()
        let node = try reader.parseValue(depth: 0)
        reader.skipWhitespace()
        if reader.pos < bytes.count { throw reader.error("after-document") }
        return node
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private var column: Int { pos - lineStart + 1 }

    /// A syntax error at the current position: `reader.json.invalid` around the problem `reader.json.<key>`.
    private func error(_ key: String, _ arguments: [(String, MessageArgument)] = []) -> FormatError {
        FormatError(file: file, line: line, column: column,
                    Message("reader.json.invalid", [("problem", .message(Message("reader.json.\(key)", arguments)))]))
    }

    private mutating func skipWhitespace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x20, 0x09, 0x0D: pos += 1
            case 0x0A: pos += 1; line += 1; lineStart = pos
            default: return
            }
        }
    }

    /// Counts `n` more nodes; throws past ``DocumentLimits/maxJSONNodes``.
    private mutating func count(_ n: Int) throws {
        nodes += n
        if nodes > nodeLimit { throw FormatError(file: file, line: line, column: column, Self.tooManyNodesMessage(nodeLimit)) }
    }

    /// The message for a document beyond ``DocumentLimits/maxJSONNodes``.
    static func tooManyNodesMessage(_ limit: Int = DocumentLimits.maxJSONNodes) -> Message {
        Message("reader.json.too-many-nodes", [("limit", .count(limit))])
    }

    /// ``tooManyNodesMessage(_:)`` in English.
    static func tooManyNodes(_ limit: Int = DocumentLimits.maxJSONNodes) -> String { ReportLanguage.en.render(tooManyNodesMessage(limit)) }

    /// Whether `bytes`, read as JSON, would hold more than `limit` nodes by the reader's count: one per
    /// value (object, list, text, number, true, false, null) and per key, plus one per 16 bytes of a
    /// text or key as written. A lexical pass, for writers to check what they are about to write.
    /// - Complexity: O(n) time, O(1) memory.
    static func nodeCount(_ bytes: [UInt8], limit: Int = DocumentLimits.maxJSONNodes) -> Int {
        var n = 0, i = 0
        while i < bytes.count, n <= limit {
            switch bytes[i] {
            case UInt8(ascii: "\""):
                let start = i + 1
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
                n += 1 + (min(i, bytes.count) - start) / 16
            case UInt8(ascii: "{"), UInt8(ascii: "["): n += 1
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                n += 1
                while i + 1 < bytes.count, !"{}[],: \t\r\n\"".utf8.contains(bytes[i + 1]) { i += 1 }
            default: break
            }
            i += 1
        }
        return n
    }

    private mutating func parseValue(depth: Int) throws -> DocNode {
        guard depth <= DocumentLimits.maxDepth else { throw error("nesting", [("limit", .count(DocumentLimits.maxDepth))]) }
        switch pos < bytes.count ? bytes[pos] : 0 {
        case UInt8(ascii: "\""): break   // a text counts itself (parseString)
        default: try count(1)
        }
        guard pos < bytes.count else { throw error("end-value") }
        let (l, c) = (line, column)
        switch bytes[pos] {
        case UInt8(ascii: "{"):
            pos += 1
            var members: [(key: String, line: Int, value: DocNode)] = []
            skipWhitespace()
            if pos < bytes.count && bytes[pos] == UInt8(ascii: "}") { pos += 1; return DocNode(.object(members), line: l, column: c) }
            while true {
                skipWhitespace()
                guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw error("quoted-key") }
                let keyLine = line
                let key = try parseString()
                skipWhitespace()
                guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw error("colon", [("key", .text(YAMLDocumentReader.excerpt(key)))]) }
                pos += 1
                skipWhitespace()
                members.append((key, keyLine, try parseValue(depth: depth + 1)))
                skipWhitespace()
                guard pos < bytes.count else { throw error("end-object", [("line", .count(l))]) }
                if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
                if bytes[pos] == UInt8(ascii: "}") { pos += 1; return DocNode(.object(members), line: l, column: c) }
                throw error("object-separator", [("line", .count(l))])
            }
        case UInt8(ascii: "["):
            pos += 1
            var items: [DocNode] = []
            skipWhitespace()
            if pos < bytes.count && bytes[pos] == UInt8(ascii: "]") { pos += 1; return DocNode(.array(items), line: l, column: c) }
            while true {
                skipWhitespace()
                items.append(try parseValue(depth: depth + 1))
                skipWhitespace()
                guard pos < bytes.count else { throw error("end-list", [("line", .count(l))]) }
                if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
                if bytes[pos] == UInt8(ascii: "]") { pos += 1; return DocNode(.array(items), line: l, column: c) }
                throw error("list-separator", [("line", .count(l))])
            }
        case UInt8(ascii: "\""):
            return DocNode(.scalar(try parseString(), quoted: true), line: l, column: c)
        case UInt8(ascii: "t"): try expectWord("true"); return DocNode(.scalar("true", quoted: false), line: l, column: c)
        case UInt8(ascii: "f"): try expectWord("false"); return DocNode(.scalar("false", quoted: false), line: l, column: c)
        case UInt8(ascii: "n"): try expectWord("null"); return DocNode(.null, line: l, column: c)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return DocNode(.scalar(try parseNumber(), quoted: false), line: l, column: c)
        default:
            throw error("character", [("character", .text(Self.describe(bytes[pos])))])
        }
    }

    private static func describe(_ b: UInt8) -> String {
        b >= 0x20 && b < 0x7F ? String(UnicodeScalar(b)) : String(format: "\\x%02X", b)
    }

    private mutating func expectWord(_ word: String) throws {
        let w = Array(word.utf8)
        guard pos + w.count <= bytes.count, Array(bytes[pos..<pos + w.count]) == w else {
            throw error("word", [("word", .text(word))])
        }
        pos += w.count
    }

    private mutating func parseNumber() throws -> String {
        let start = pos
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        func digits() -> Int { let s = pos; while pos < bytes.count, bytes[pos] >= 0x30, bytes[pos] <= 0x39 { pos += 1 }; return pos - s }
        guard digits() > 0 else { throw error("number-digits") }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") { pos += 1; guard digits() > 0 else { throw error("number-fraction") } }
        if pos < bytes.count, bytes[pos] | 0x20 == UInt8(ascii: "e") {
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            guard digits() > 0 else { throw error("number-exponent") }
        }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }

    /// A text (value or key), counted as one node plus one per 16 bytes as written.
    private mutating func parseString() throws -> String {
        let opening = pos
        let s = try parseStringBody()
        try count(1 + (pos - opening - 2) / 16)
        return s
    }

    private mutating func parseStringBody() throws -> String {
        pos += 1  // opening quote
        var out: [UInt8] = []
        while pos < bytes.count {
            let b = bytes[pos]
            switch b {
            case UInt8(ascii: "\""):
                pos += 1
                guard let s = String(validating: out, as: UTF8.self) else { throw error("not-utf8") }
                return s
            case UInt8(ascii: "\\"):
                pos += 1
                guard pos < bytes.count else { break }
                let e = bytes[pos]
                pos += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code) {
                        guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") else {
                            throw error("unpaired-surrogate")
                        }
                        pos += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error("surrogate-pair") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(code) {
                        throw error("unpaired-surrogate")
                    }
                    guard let scalar = UnicodeScalar(code) else { throw error("unicode-escape") }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: throw error("escape", [("escape", .text("\\" + Self.describe(e)))])
                }
            case 0x0A:
                throw error("line-break")
            case 0x00..<0x20:
                throw error("control-character")
            default:
                out.append(b)
                pos += 1
            }
        }
        throw error("unterminated")
    }

    private mutating func hex4() throws -> UInt32 {
        guard pos + 4 <= bytes.count else { throw error("unicode-escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[pos]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: throw error("unicode-escape")
            }
            v = v * 16 + d
            pos += 1
        }
        return v
    }
}

import Foundation
