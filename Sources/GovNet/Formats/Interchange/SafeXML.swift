import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One XML element with its attributes, children, text and line, as GraphML and GEXF readers need.
final class XMLNode {
    /// Local name (any namespace prefix removed).
    let name: String
    let attributes: [String: String]
    var children: [XMLNode] = []
    var text = ""
    /// 1-based line of the element's start tag.
    let line: Int

    init(name: String, attributes: [String: String], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    /// Child elements named `name`.
    func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }
    /// The first child element named `name`.
    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }
}

/// Parses XML safely: FoundationXML's `XMLParser` with external entities disabled, after refusing any
/// document whose prolog declares entities or names an external DTD, so "billion laughs" and
/// external-entity (XXE) files are rejected in bounded time and memory without reading local files or
/// the network. Nesting deeper than ``InterchangeLimits/maxDepth`` is refused.
///
/// References: OWASP XML External Entity Prevention Cheat Sheet; "billion laughs" (CVE-2003-1564).
enum SafeXML {
    /// Parses `bytes` into a tree.
    /// - Throws: ``FormatError`` with the line for entity declarations, external DTDs, encodings other
    ///   than UTF-8, deep nesting, and malformed XML.
    /// - Complexity: O(n) in the file size.
    static func parse(_ bytes: [UInt8], file: String) throws -> XMLNode {
        try checkProlog(bytes, file: file)
        // FoundationXML traps on names that are not UTF-8, and we want a line for bad text anyway.
        if let line = firstBadLine(bytes) {
            throw FormatError(file: file, line: line, Message("reader.xml.not-utf8"))
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw FormatError(file: file, line: 1, Message("reader.xml.empty")) }
        try checkMarkup(bytes, file: file)
        if let long = longestToken(bytes), long.length > maxTokenBytes {
            throw FormatError(file: file, line: long.line, Message("reader.xml.token-too-long", [("length", .count(long.length)), ("limit", .count(maxTokenBytes))]))
        }
        // Fed from a stream, in chunks: given the whole document at once, libxml2's push parser refuses
        // any document of more than 10,000,000 bytes ("Huge input lookup", XMLParser error 1); in
        // chunks only a single token (``maxTokenBytes``) is bounded.
        let parser = XMLParser(stream: InputStream(data: Data(bytes)))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        var lineCount = 1
        for b in bytes where b == 0x0A { lineCount += 1 }
        if bytes.last == 0x0A { lineCount -= 1 }
        let builder = TreeBuilder(file: file, lineCount: lineCount)
        parser.delegate = builder
        let ok = parser.parse()
        if let error = builder.error { throw error }
        guard ok, let root = builder.root else {
            let code = (parser.parserError as NSError?)?.code ?? 0
            throw FormatError(file: file, line: builder.clamp(parser.lineNumber), Message("reader.xml.malformed", [("reason", .message(describe(code)))]))
        }
        return root
    }

    /// Longest token libxml2 reads without its `XML_PARSE_HUGE` option (which FoundationXML does not
    /// set): 10,000,000 bytes (`XML_MAX_LOOKUP_LIMIT`, `XML_MAX_TEXT_LENGTH`) for one tag with its
    /// attributes, one attribute value or one text between tags.
    static let maxTokenBytes = 10_000_000

    /// The longest stretch of `bytes` from one `<` to the next (a tag with its attributes and the text
    /// after it: every token libxml2 must hold at once lies within one), with the line it starts on;
    /// nil for an empty file. Characters `<` are escaped in attribute values and text, so in a file
    /// GovNet writes the stretch is the token's upper bound. O(n).
    static func longestToken(_ bytes: [UInt8]) -> (length: Int, line: Int)? {
        guard !bytes.isEmpty else { return nil }
        var best = (length: 0, line: 1), start = 0, line = 1, startLine = 1
        for (i, b) in bytes.enumerated() {
            if b == UInt8(ascii: "<") {
                if i - start > best.length { best = (i - start, startLine) }
                start = i; startLine = line
            } else if b == 0x0A { line += 1 }
        }
        if bytes.count - start > best.length { best = (bytes.count - start, startLine) }
        return best
    }

    /// The message for a token longer than ``maxTokenBytes``.
    static func tokenTooLong(_ length: Int) -> String {
        "a tag, attribute value or text of \(length) bytes; the XML parser (libxml2) reads at most \(maxTokenBytes) bytes in one (docs/limits.md) — shorten the value, or use YAML, JSON or CSV tables for it"
    }

    /// The line of the first NUL byte or invalid UTF-8 sequence, or nil when the text is clean UTF-8.
    static func firstBadLine(_ bytes: [UInt8]) -> Int? {
        if !bytes.contains(0), String(validating: bytes, as: UTF8.self) != nil { return nil }
        var line = 1, start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            let slice = bytes[start..<i]
            if slice.contains(0) || String(validating: slice, as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }

    /// A readable name for the common XMLParser error codes.
    static func describe(_ code: Int) -> Message {
        let key: String
        switch code {
        case 1: return Message("reader.xml.code.token", [("limit", .count(maxTokenBytes))])
        case 4: key = "empty"
        case 5: key = "incomplete"
        case 9: key = "character"
        case 26: key = "entity"
        case 23: key = "unclosed-tag"
        case 38, 39, 40: key = "unclosed-value"
        case 41: key = "no-value"
        case 42: key = "repeated-attribute"
        case 64, 65, 68: key = "name"
        case 73, 76: key = "end-tag"
        case 85: key = "unclosed-elements"
        default: return Message("reader.xml.code.other", [("code", .count(code))])
        }
        return Message("reader.xml.code.\(key)")
    }

    /// Refuses a non-UTF-8 encoding, `<!ENTITY` declarations and external DTDs before any parsing.
    static func checkProlog(_ bytes: [UInt8], file: String) throws {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0x00, 0x3C]) || bytes.starts(with: [0x3C, 0x00]) {
            throw FormatError(file: file, line: 1, Message("reader.xml.utf16"))
        }
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        func startsWith(_ s: String, at k: Int, caseInsensitive: Bool = false) -> Bool {
            let u = Array(s.utf8)
            guard k + u.count <= bytes.count else { return false }
            for j in 0..<u.count {
                let a = bytes[k + j], b = u[j]
                if a != b && !(caseInsensitive && a | 0x20 == b | 0x20) { return false }
            }
            return true
        }
        func skip(to end: String) {
            while i < bytes.count && !startsWith(end, at: i) { if bytes[i] == 0x0A { line += 1 }; i += 1 }
            i += end.utf8.count
        }
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x0A { line += 1; i += 1; continue }
            if c == 0x20 || c == 0x09 || c == 0x0D { i += 1; continue }
            if startsWith("<?", at: i) { skip(to: "?>"); continue }
            if startsWith("<!--", at: i) { skip(to: "-->"); continue }
            if startsWith("<!DOCTYPE", at: i, caseInsensitive: true) {
                let start = line
                // Scan the declaration, its internal subset in [ ] and quoted strings included.
                var depth = 0, quote: UInt8 = 0, sawSubset = false
                i += 9
                while i < bytes.count {
                    let d = bytes[i]
                    if d == 0x0A { line += 1 }
                    if quote != 0 { if d == quote { quote = 0 } ; i += 1; continue }
                    if d == 0x22 || d == 0x27 { quote = d }
                    else if d == UInt8(ascii: "[") { depth += 1; sawSubset = true }
                    else if d == UInt8(ascii: "]") { depth -= 1 }
                    else if startsWith("<!ENTITY", at: i, caseInsensitive: true) {
                        throw FormatError(file: file, line: line, Message("reader.xml.entity-declared", [("line", .count(start))]))
                    } else if !sawSubset && depth == 0 && (startsWith("SYSTEM", at: i, caseInsensitive: true) || startsWith("PUBLIC", at: i, caseInsensitive: true)) {
                        throw FormatError(file: file, line: line, Message("reader.xml.external-dtd"))
                    } else if d == UInt8(ascii: ">") && depth <= 0 { i += 1; break }
                    i += 1
                }
                continue
            }
            return  // the root element starts: the prolog is over
        }
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        let file: String
        var stack: [XMLNode] = []
        var root: XMLNode?
        var error: FormatError?

        let lineCount: Int

        init(file: String, lineCount: Int) {
            self.file = file
            self.lineCount = lineCount
        }

        /// XMLParser reports the line after the last one at the end of the file.
        func clamp(_ line: Int) -> Int { min(max(line, 1), max(lineCount, 1)) }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            if stack.count >= InterchangeLimits.maxDepth {
                error = FormatError(file: file, line: parser.lineNumber, Message("reader.xml.depth", [("limit", .count(InterchangeLimits.maxDepth))]))
                parser.abortParsing()
                return
            }
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            // Prefixes are dropped (`xsi:schemaLocation` → `schemaLocation`). Where that makes two names
            // equal (`id` and `x:id`), the unprefixed attribute wins, then the first prefixed one in sorted
            // order — never the dictionary's iteration order, which changes from run to run.
            var attributes: [String: String] = [:]
            for (k, v) in attributeDict.sorted(by: { ($0.key.contains(":") ? 1 : 0, $0.key) < ($1.key.contains(":") ? 1 : 0, $1.key) }) {
                let local = k.split(separator: ":").last.map(String.init) ?? k
                if attributes[local] == nil { attributes[local] = v }
            }
            let node = XMLNode(name: local, attributes: attributes, line: max(parser.lineNumber, 1))
            if let parent = stack.last { parent.children.append(node) } else if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            error = FormatError(file: file, line: parser.lineNumber, Message("reader.xml.entity"))
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
            error = FormatError(file: file, line: parser.lineNumber, Message("reader.xml.entity"))
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            guard error == nil else { return }
            let code = (parseError as NSError).code
            error = FormatError(file: file, line: clamp(parser.lineNumber), Message("reader.xml.malformed", [("reason", .message(SafeXML.describe(code)))]))
        }

        func parserDidEndDocument(_ parser: XMLParser) {
            if error == nil, !stack.isEmpty {
                error = FormatError(file: file, line: clamp(parser.lineNumber), Message("reader.xml.unclosed", [("element", .text(stack.last!.name)), ("line", .count(stack.last!.line))]))
            }
        }

        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
            nil
        }
    }
}
