/// Escaping text for Markdown output (tables and prose), so department names cannot inject markup.
public enum MarkdownText {
    /// A table cell: pipes escaped, line breaks as spaces, Markdown/HTML specials escaped.
    public static func cell(_ s: String) -> String {
        inline(s).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Inline text: backslash-escapes Markdown punctuation and HTML-escapes `<`, `>`, `&`.
    public static func inline(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\n", "\r": out += " "
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "#", "!": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        return out
    }
}

import Foundation
