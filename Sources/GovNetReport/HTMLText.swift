/// Escaping for HTML text and attribute values: everything user-supplied (department names, titles,
/// notes) passes through here, so a department named `<script>alert(1)</script>` shows as text.
public enum HTMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab/newline are dropped (invalid in HTML).
                if ch.value < 0x20 && ch != "\n" && ch != "\t" { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// An SVG document from Graphviz made ready to inline in HTML: the XML prolog, DOCTYPE and comments
    /// removed, and every `id` prefixed so several diagrams on one page do not collide.
    public static func inlineSVG(_ svg: String, idPrefix: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var body = String(svg[start.lowerBound...])
        while let c = body.range(of: "<!--"), let e = body.range(of: "-->", range: c.upperBound..<body.endIndex) {
            body.removeSubrange(c.lowerBound..<e.upperBound)
        }
        body = body.replacingOccurrences(of: " id=\"", with: " id=\"\(idPrefix)-")
        body = body.replacingOccurrences(of: "url(#", with: "url(#\(idPrefix)-")
        body = body.replacingOccurrences(of: "xlink:href=\"#", with: "xlink:href=\"#\(idPrefix)-")
        return body
    }
}

import Foundation
