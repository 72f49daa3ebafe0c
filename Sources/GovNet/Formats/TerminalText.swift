/// Text for a terminal line: characters that would act on the terminal instead of showing escaped.
///
/// File names and department ids reach error messages unchanged, and a hostile one could carry an
/// escape sequence (`ESC[2J` clears the screen), a carriage return or newline that forges a line, or a
/// bidirectional override (U+202E) that reorders what the reader sees. Messages print them as `\u{1B}`,
/// and so does everything ``StandardOutput`` writes to a terminal (ids, mechanisms, titles, attribute
/// values of any output format).
public enum TerminalText {
    /// `line` with C0/C1 control characters (tab excepted), DEL and bidirectional embeddings, overrides
    /// and isolates written as `\u{…}`.
    public static func safe(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: needsEscape) else { return line }
        var out = ""
        out.reserveCapacity(line.utf8.count + 8)
        for u in line.unicodeScalars {
            if needsEscape(u) { out += "\\u{\(String(u.value, radix: 16, uppercase: true))}" } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// `text` made ``safe(_:)`` line by line (its newlines kept).
    public static func safeLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { safe(String($0)) }.joined(separator: "\n")
    }

    /// `cell` for a column of an aligned terminal table: every character ``safe(_:)`` escapes, and the
    /// tab (which would break the alignment), shown as U+FFFD, one column wide.
    /// - Complexity: O(length of `cell`).
    public static func cell(_ cell: String) -> String {
        guard cell.unicodeScalars.contains(where: { $0 == "\t" || needsEscape($0) }) else { return cell }
        return String(String.UnicodeScalarView(cell.unicodeScalars.map { $0 == "\t" || needsEscape($0) ? "\u{FFFD}" : $0 }))
    }

    private static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
