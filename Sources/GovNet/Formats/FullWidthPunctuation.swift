/// Full-width punctuation typed where YAML syntax is expected — `name：市应急管理局` with the Chinese colon
/// (U+FF1A), `{id: EMB，name: …}` with the Chinese comma (U+FF0C) — found before YAML is parsed.
///
/// YAML reads `name：市应急管理局` as one text, not as the key `name`, and `EMB，name` as one value, so the
/// file would be read wrongly (a department without a name, a tie without its mechanism) with at most a
/// warning about an unknown key. These are errors instead, each with the line, the column and the fix.
/// Chinese punctuation inside values (`notes: 说明：见预案，第三章`) is left alone: a colon is flagged only
/// after a key at the start of an entry (`key：`, `- key：`, `{key：`, `, key：`), a comma only inside a
/// flow collection (`[…]`, `{…}`) and before a `key:`; quoted text, comments and block scalars
/// (`|`, `>`) are skipped.
/// - Complexity: O(length of the text).
enum FullWidthPunctuation {
    static let colon: Unicode.Scalar = "\u{FF1A}"
    static let comma: Unicode.Scalar = "\u{FF0C}"

    /// Whether `text` holds a full-width colon or comma at all (a byte scan: EF BC 9A, EF BC 8C).
    static func mayContain(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for b in text.utf8 {
            if previous == (0xEF, 0xBC), b == 0x9A || b == 0x8C { return true }
            previous = (previous.1, b)
        }
        return false
    }

    /// One diagnostic per misplaced full-width colon or comma.
    static func check(_ text: String, file: String) -> [Diagnostic] {
        guard mayContain(text) else { return [] }
        var out: [Diagnostic] = []
        var blockIndent: Int? = nil     // inside a block scalar: lines more indented than this belong to it
        var flowDepth = 0
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Array((raw.hasSuffix("\r") ? raw.dropLast() : raw).unicodeScalars)
            let indent = line.prefix { $0 == " " }.count
            if let b = blockIndent {
                if indent > b || line.allSatisfy({ $0 == " " }) { continue }
                blockIndent = nil
            }
            var i = 0
            var quote: Unicode.Scalar? = nil
            var entryStart = flowDepth == 0   // a block entry starts at the line's first token
            while i < line.count {
                let c = line[i]
                if let q = quote {
                    if c == q { quote = nil }
                    i += 1; continue
                }
                switch c {
                case "\"", "'":
                    if i == 0 || [" ", "[", "{", ",", ":", "-"].contains(line[i - 1]) { quote = c }
                case "#" where i == 0 || line[i - 1] == " ":
                    i = line.count; continue
                case "[" where structural(line, before: i), "{" where structural(line, before: i):
                    // A flow collection starts a value (after ':', '-', ',', '[' or '{'), not inside a text.
                    flowDepth += 1; entryStart = true; i += 1; continue
                case "]" where flowDepth > 0, "}" where flowDepth > 0: flowDepth -= 1
                case ",": if flowDepth > 0 { entryStart = true; i += 1; continue }
                case "-" where entryStart && (i + 1 == line.count || line[i + 1] == " "):
                    i += 1; continue
                case " ", "\t":
                    i += 1; continue
                default: break
                }
                if entryStart, isKeyStart(c) {
                    // A key-like token: letters, digits, _ . - ; what follows decides.
                    var j = i
                    while j < line.count, isKeyCharacter(line[j]) { j += 1 }
                    var k = j
                    while k < line.count, line[k] == " " { k += 1 }
                    if k < line.count, line[k] == colon {
                        let key = String(String.UnicodeScalarView(line[i..<j]))
                        out.append(Diagnostic(.error, file: file, line: lineNumber, column: k + 1, field: key,
                                              message: "full-width colon '：' after '\(key)' where YAML needs ':' — write '\(key): …' (an ASCII colon followed by a space); with '：' the line is read as one text, not as the field '\(key)'"))
                        i = k + 1
                        entryStart = false
                        continue
                    }
                    i = j
                    entryStart = false
                    continue
                }
                if c == ":" && (i + 1 == line.count || line[i + 1] == " ") {
                    // A block scalar indicator after the colon: the following indented lines are text.
                    if flowDepth == 0, let first = line[(i + 1)...].first(where: { $0 != " " }), first == "|" || first == ">" { blockIndent = indent }
                    i += 1; continue
                }
                if c == comma && flowDepth > 0 {
                    var k = i + 1
                    while k < line.count, line[k] == " " { k += 1 }
                    var j = k
                    while j < line.count, isKeyCharacter(line[j]) { j += 1 }
                    if j > k, j < line.count, line[j] == ":" || line[j] == colon {
                        out.append(Diagnostic(.error, file: file, line: lineNumber, column: i + 1,
                                              message: "full-width comma '，' before '\(String(String.UnicodeScalarView(line[k..<j])))' where YAML needs ',' to separate entries — write ', \(String(String.UnicodeScalarView(line[k..<j]))): …'; with '，' the two entries are read as one value"))
                    }
                }
                entryStart = false
                i += 1
            }
        }
        return out
    }

    /// Whether position `i` starts a value: nothing but spaces since the line's start or since ':',
    /// '-', ',', '[' or '{'.
    static func structural(_ line: [Unicode.Scalar], before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, line[k] == " " { k -= 1 }
        return k < 0 || [":", "-", ",", "[", "{"].contains(line[k])
    }

    static func isKeyStart(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || c == "_") }
    static func isKeyCharacter(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "." || c == "-")
    }
}
