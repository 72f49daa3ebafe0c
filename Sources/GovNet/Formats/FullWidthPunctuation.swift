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
///
/// Keys typed in Chinese are checked too: a key in full-width letters (`ｎａｍｅ: …`, which YAML reads as
/// another key) is an error naming the ASCII key, whichever colon follows it; a Chinese word before a
/// full-width colon is an error when it is a column header GovNet knows (`名称：` — write `name:`) or
/// stands inside a flow mapping (`{会商：information}` in a `vocabulary` section), where YAML would read
/// the pair as one text. Elsewhere (`- 某预案：第三章` in a list of texts) a Chinese colon is text.
/// - Complexity: O(length of the text).
enum FullWidthPunctuation {
    static let colon: Unicode.Scalar = "\u{FF1A}"
    static let comma: Unicode.Scalar = "\u{FF0C}"

    /// Whether `text` holds a full-width colon, comma or letter at all (a byte scan: EF BC 9A, EF BC 8C;
    /// the letters EF BC A1–BA and EF BD 81–9A).
    static func mayContain(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for b in text.utf8 {
            if previous == (0xEF, 0xBC), b == 0x9A || b == 0x8C || (0xA1...0xBA).contains(b) { return true }
            if previous == (0xEF, 0xBD), (0x81...0x9A).contains(b) { return true }
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
        var flows: [Unicode.Scalar] = []  // the open flow collections, innermost last ('[' or '{')
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
                    flowDepth += 1; flows.append(c); entryStart = true; i += 1; continue
                case "]" where flowDepth > 0, "}" where flowDepth > 0: flowDepth -= 1; _ = flows.popLast()
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
                    let key = String(String.UnicodeScalarView(line[i..<j]))
                    let ascii = Vocabulary.widthFolded(key)
                    let fullWidthLetters = ascii != key && ascii.unicodeScalars.allSatisfy(\.isASCII)
                    let chinese = !key.unicodeScalars.allSatisfy { $0.isASCII } && !fullWidthLetters
                    let meant = chinese ? Vocabulary.columnAliases[key] : nil
                    // After a Chinese word, the colon is syntax when the word is a known header, inside a
                    // flow mapping, or before an ASCII word (`会商：information` in a vocabulary section).
                    let asciiValue = line[min(k + 1, line.count)...].first { $0 != " " }.map { $0.isASCII && $0.properties.isAlphabetic } ?? false
                    if k < line.count, line[k] == colon,
                       !chinese || meant != nil || flows.last == "{" || asciiValue {
                        // `name：`, `ｎａｍｅ：`, `名称：` (the known header's key), `{会商：information}`.
                        let written = meant ?? (fullWidthLetters ? ascii : key)
                        out.append(Diagnostic(.error, file: file, line: lineNumber, column: k + 1, field: written,
                                              Message(meant != nil ? "reader.fullwidth.colon-chinese-key" : "reader.fullwidth.colon",
                                                      [("key", .text(key)), ("written", .text(written)), ("example", .text("\(written): …"))])))
                        i = k + 1
                        entryStart = false
                        continue
                    }
                    if k < line.count, line[k] == ":", fullWidthLetters {
                        // `ｎａｍｅ: …`: YAML reads the key `ｎａｍｅ`, not `name`.
                        out.append(Diagnostic(.error, file: file, line: lineNumber, column: i + 1, field: ascii,
                                              Message("reader.fullwidth.key-letters", [("key", .text(key)), ("written", .text(ascii))])))
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
                    let next = String(String.UnicodeScalarView(line[k..<j]))
                    let plain = next.unicodeScalars.allSatisfy { $0.isASCII || isFullWidthLetter($0) || !$0.properties.isUnifiedIdeograph }
                    // A Chinese word before a colon is a key only when it is one GovNet knows or the colon is ASCII.
                    if j > k, j < line.count, line[j] == ":" || (line[j] == colon && (plain || Vocabulary.columnAliases[next] != nil)) {
                        out.append(Diagnostic(.error, file: file, line: lineNumber, column: i + 1,
                                              Message("reader.fullwidth.comma", [("key", .text(next)), ("example", .text(", \(Vocabulary.widthFolded(next)): …"))])))
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

    /// A key starts with a letter or `_`: ASCII, full-width (`ｎ`, U+FF21–FF3A, U+FF41–FF5A) or a Chinese character.
    static func isKeyStart(_ c: Unicode.Scalar) -> Bool {
        (c.isASCII && (c.properties.isAlphabetic || c == "_")) || isFullWidthLetter(c) || c.properties.isUnifiedIdeograph
    }
    static func isKeyCharacter(_ c: Unicode.Scalar) -> Bool {
        (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "." || c == "-"))
            || isFullWidthLetter(c) || (0xFF10...0xFF19).contains(c.value) || c.value == 0xFF3F || c.properties.isUnifiedIdeograph
    }
    static func isFullWidthLetter(_ c: Unicode.Scalar) -> Bool { (0xFF21...0xFF3A).contains(c.value) || (0xFF41...0xFF5A).contains(c.value) }
}
