/// The markup FoundationXML's `XMLParser` cannot be trusted with, refused before it runs.
///
/// `XMLParser` hands the NULL data of a processing instruction libxml2 could not read (`<?x?>`,
/// `<?xml?>`, a target followed by control characters, an instruction libxml2 finds after giving up on
/// a broken comment or declaration) to `strlen` and crashes the process (found by libFuzzer on the
/// GraphML and GEXF targets, Swift 6.3.1). A scanner that tries to follow libxml2's recovery — skipping
/// comments and CDATA sections as a well-formed document would — was beaten three times, so the rule is
/// now lexical and needs no agreement with libxml2 about where markup starts:
///
/// - the file may start (after a byte-order mark) with an XML declaration that matches the XML 1.0
///   grammar exactly (`<?xml version="1.x" encoding="…" standalone="…"?>`, production [23]) and declares
///   UTF-8 — or, for a file of ASCII bytes only, an ASCII-compatible single-byte encoding, which reads the
///   same bytes the same way;
/// - no other `<?` may appear anywhere in the file, not even inside a comment, a CDATA section or the
///   document type declaration. GraphML and GEXF need no processing instructions; the writers of yEd,
///   Gephi, NetworkX and igraph emit none but the declaration;
/// - no DTD markup declaration (`<!ELEMENT`, `<!ATTLIST`, `<!ENTITY`, `<!NOTATION`) and no internal
///   subset (`<!DOCTYPE g [ … ]>`): `XMLParser` also passes libxml2's NULL default of an `#IMPLIED`
///   attribute and the NULL public id of a notation to `strlen`.
///
/// Encodings are pinned because libxml2 decodes the bytes as declared: a declaration of UTF-16 or UTF-7
/// (`+ADwAPw-` is `<?`) would let libxml2 see markup the byte scan cannot.
///
/// Reference: Extensible Markup Language (XML) 1.0 (Fifth Edition), W3C Recommendation, §2.8
/// productions [23]–[26], [32]; §4.3.3 [80]–[81].
extension SafeXML {
    /// Encodings that read ASCII bytes as ASCII, accepted in the declaration of a file that is pure ASCII.
    static let asciiCompatibleEncodings: Set<String> = [
        "us-ascii", "ascii", "iso-8859-1", "latin1", "iso-8859-15", "windows-1252", "cp1252",
    ]

    /// Throws when `bytes` hold a malformed or non-UTF-8 XML declaration, any processing instruction
    /// (`<?`) after it, any DTD markup declaration or internal subset, or an element with more than
    /// ``InterchangeLimits/maxAttributesPerElement`` attributes.
    /// - Throws: ``FormatError`` naming `file` and the line.
    /// - Complexity: O(n) in the file size, one pass, no allocation.
    static func checkMarkup(_ bytes: [UInt8], file: String) throws {
        try bytes.withUnsafeBufferPointer { b in
            var i = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            if b.count - i >= 6, b[i...].starts(with: Array("<?xml".utf8)), isSpace(b[i + 5]) || b[i + 5] == UInt8(ascii: "?") {
                i = try declarationEnd(b, from: i, file: file)
            }
            var line = 1 + newlines(b, 0, i)
            // Inside a start tag (from `<` and a name character to `>` outside quotes, or the next `<`):
            // its `=` signs, an upper bound of its attributes (values may contain `=` too).
            var inTag = false, quote: UInt8 = 0, equals = 0
            // The next `>` and `[` at or after a position, found by scans that only move forward, so
            // that many `<!DOCTYPE` without a `>` cost O(n) in all, not O(n) each.
            var nextClose = -1, nextBracket = -1
            func next(_ byte: UInt8, from k: Int, cached: inout Int) -> Int {
                if cached >= k { return cached }
                var j = k
                while j < b.count, b[j] != byte { j += 1 }
                cached = j
                return j
            }
            while i + 1 < b.count {
                let c = b[i]
                if c == 0x0A { line += 1 }
                if c == UInt8(ascii: "<") {
                    inTag = isNameStart(b[i + 1]); quote = 0; equals = 0
                } else if inTag {
                    if quote != 0 { if c == quote { quote = 0 } } else if c == 0x22 || c == 0x27 { quote = c } else if c == UInt8(ascii: ">") { inTag = false }
                    if c == UInt8(ascii: "=") {
                        equals += 1
                        if equals > InterchangeLimits.maxAttributesPerElement {
                            throw FormatError(file: file, line: line, Message("reader.xml.attributes", [("limit", .count(InterchangeLimits.maxAttributesPerElement))]))
                        }
                    }
                }
                if c == UInt8(ascii: "<") && b[i + 1] == UInt8(ascii: "?") {
                    throw FormatError(file: file, line: line, Message("reader.xml.processing-instruction"))
                }
                if c == UInt8(ascii: "<") && b[i + 1] == UInt8(ascii: "!") {
                    if let keyword = markupDeclarations.first(where: { startsCaseInsensitive(b, i + 2, $0) }) {
                        throw FormatError(file: file, line: line, Message("reader.xml.doctype", [("keyword", .text(keyword))]))
                    }
                    if startsCaseInsensitive(b, i + 2, "DOCTYPE"),
                       next(UInt8(ascii: "["), from: i + 9, cached: &nextBracket) < next(UInt8(ascii: ">"), from: i + 9, cached: &nextClose) {
                        throw FormatError(file: file, line: line, Message("reader.xml.internal-subset"))
                    }
                }
                i += 1
            }
        }
    }

    /// The index after the `?>` of a well-formed XML declaration starting at `start`.
    private static func declarationEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int, file: String) throws -> Int {
        var i = start + 5  // after "<?xml"
        func fail(_ expected: Message) -> FormatError {
            FormatError(file: file, line: 1 + newlines(b, 0, min(i, b.count)), Message("reader.xml.declaration", [("expected", .message(expected))]))
        }
        func skipSpace() -> Bool {
            let from = i
            while i < b.count, isSpace(b[i]) { i += 1 }
            return i > from
        }
        func literal(_ s: String) -> Bool {
            let u = Array(s.utf8)
            guard i + u.count <= b.count, b[i..<(i + u.count)].elementsEqual(u) else { return false }
            i += u.count
            return true
        }
        /// `Eq` then a quoted value whose bytes satisfy `allowed`; returns the value.
        func quotedValue(_ name: String, _ allowed: (UInt8) -> Bool) throws -> String {
            _ = skipSpace()
            guard literal("=") else { throw fail(Message("reader.xml.declaration.equals", [("name", .text(name))])) }
            _ = skipSpace()
            guard i < b.count, b[i] == 0x22 || b[i] == 0x27 else { throw fail(Message("reader.xml.declaration.quoted", [("name", .text(name))])) }
            let quote = b[i]
            i += 1
            let from = i
            while i < b.count, b[i] != quote {
                guard allowed(b[i]) else { throw fail(Message("reader.xml.declaration.plain", [("name", .text(name))])) }
                i += 1
            }
            guard i < b.count else { throw fail(Message("reader.xml.declaration.closing", [("name", .text(name))])) }
            i += 1
            return String(decoding: b[from..<(i - 1)], as: UTF8.self)
        }
        let isNameByte: (UInt8) -> Bool = { c in
            (c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
                || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
        }
        guard skipSpace(), literal("version") else { throw fail(Message("reader.xml.declaration.version")) }
        let version = try quotedValue("version", isNameByte)
        guard version.hasPrefix("1."), version.count > 2, version.dropFirst(2).allSatisfy(\.isASCIIDigit) else {
            throw fail(Message("reader.xml.declaration.version-not", [("version", .text(version))]))
        }
        var spaced = skipSpace()
        if spaced, literal("encoding") {
            let encoding = try quotedValue("encoding", isNameByte)
            let lower = encoding.lowercased()
            if lower != "utf-8" && lower != "utf8" {
                let ascii = !b.contains { $0 >= 0x80 }
                if !(ascii && asciiCompatibleEncodings.contains(lower)) {
                    throw FormatError(file: file, line: 1 + newlines(b, 0, i), Message("reader.xml.encoding", [("encoding", .text(encoding))]))
                }
            }
            spaced = skipSpace()
        }
        if spaced, literal("standalone") {
            let value = try quotedValue("standalone", isNameByte)
            guard value == "yes" || value == "no" else { throw fail(Message("reader.xml.declaration.standalone")) }
            _ = skipSpace()
        }
        guard literal("?>") else { throw fail(Message("reader.xml.declaration.close")) }
        return i
    }

    /// Markup declarations of a DTD. FoundationXML hands libxml2's NULL pointers for an `#IMPLIED`
    /// attribute default or a notation without a public id to `strlen` and crashes, and the formats need
    /// no DTD, so none is read.
    static let markupDeclarations = ["ELEMENT", "ATTLIST", "ENTITY", "NOTATION"]

    private static func startsCaseInsensitive(_ b: UnsafeBufferPointer<UInt8>, _ at: Int, _ word: String) -> Bool {
        var k = at
        for u in word.utf8 {
            guard k < b.count, b[k] | 0x20 == u | 0x20 else { return false }
            k += 1
        }
        return true
    }

    /// A byte that can start an element name (ASCII letter, `_`, `:` or any non-ASCII byte).
    private static func isNameStart(_ c: UInt8) -> Bool {
        (c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "z")) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c >= 0x80
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    private static func newlines(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var n = 0
        for k in from..<to where b[k] == 0x0A { n += 1 }
        return n
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
