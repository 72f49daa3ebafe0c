/// Writing YAML scalars safely: plain when unambiguous, else double-quoted with escapes, or a literal
/// block for multi-line prose.
enum YAMLText {
    /// Words YAML 1.1/1.2 readers would turn into booleans or null.
    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]

    /// `s` as a scalar that reads back as the same string.
    static func scalar(_ s: String) -> String {
        isPlainSafe(s) ? s : doubleQuoted(s)
    }

    static func isPlainSafe(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
        if reserved.contains(s.lowercased()) || NumberFormat.parseStrictNumber(s) != nil || Double(s) != nil { return false }
        if first == " " || last == " " { return false }
        if "-?:,[]{}#&*!|>'\"%@`.".unicodeScalars.contains(first) { return false }
        if s.contains(": ") || s.contains(" #") || s.hasSuffix(":") { return false }
        for u in s.unicodeScalars {
            if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029 || u.value == 0xFEFF { return false }
            if "{}[],\"'\\".unicodeScalars.contains(u) { return false }
            if NetworkValidator.suspiciousCharacter(in: String(u)) != nil { return false }
        }
        return true
    }

    static func doubleQuoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029 || u.value == 0xFEFF
                    || NetworkValidator.suspiciousCharacter(in: String(u)) != nil {
                    let hex = String(u.value, radix: 16, uppercase: true)
                    out += u.value <= 0xFF ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                                           : "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// A top-level value for `key: value`: literal block for clean multi-line text.
    static func blockOrScalar(_ s: String, indent: String) -> String {
        let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
        let clean = s.contains("\n") && !s.hasPrefix(" ") && !s.hasPrefix("\n")
            && lines.allSatisfy { !$0.hasSuffix(" ") && !$0.contains("\t") && !$0.contains("\r") }
            && s.unicodeScalars.allSatisfy { $0 == "\n" || ($0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) && $0.value != 0x2028 && $0.value != 0x2029 && $0.value != 0xFEFF) }
            && !s.hasSuffix("\n\n")
        guard clean else { return scalar(s) }
        let body = s.hasSuffix("\n") ? String(s.dropLast()) : s
        let chomp = s.hasSuffix("\n") ? "|" : "|-"
        return chomp + "\n" + body.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
    }
}
