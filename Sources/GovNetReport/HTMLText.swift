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
    ///
    /// Definition: the text from the first `<svg`, without any `<!--`…`-->` comment (left to right; an
    /// unclosed comment is kept), then ` id="`, `url(#` and `xlink:href="#` each followed by
    /// `idPrefix-`.
    /// - Parameters:
    ///   - svg: the SVG document.
    ///   - idPrefix: the prefix (plain ASCII such as `d0`).
    /// - Returns: the SVG element; empty when there is no `<svg`.
    /// - Complexity: O(length) — one pass per step over the UTF-8 bytes (a diagram of 200 departments is
    ///   about 1 MB; searching it again after every removed comment took most of a report's time).
    public static func inlineSVG(_ svg: String, idPrefix: String) -> String {
        let bytes = Array(svg.utf8)
        guard let start = find(Array("<svg".utf8), in: bytes, from: 0) else { return "" }
        // Comments: stream the bytes out; whenever the output ends with `<!--` (the leftmost comment of
        // the text so far, also one formed by joining the pieces around a removed comment), drop it and
        // skip to after the next `-->`; an unclosed comment stays, as does everything after it.
        var body: [UInt8] = []
        body.reserveCapacity(bytes.count - start)
        let close = Array("-->".utf8)
        var i = start
        var removing = true
        while i < bytes.count {
            body.append(bytes[i])
            i += 1
            if removing, body.count >= 4, body[body.count - 1] == 0x2D, body[body.count - 2] == 0x2D,
               body[body.count - 3] == 0x21, body[body.count - 4] == 0x3C {
                if let e = find(close, in: bytes, from: i) {
                    body.removeLast(4)
                    i = e + close.count
                } else {
                    removing = false
                }
            }
        }
        let prefix = Array((idPrefix + "-").utf8)
        for pattern in [" id=\"", "url(#", "xlink:href=\"#"] {
            body = insert(prefix, after: Array(pattern.utf8), in: body)
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// First index of `pattern` in `text` at or after `from`.
    private static func find(_ pattern: [UInt8], in text: [UInt8], from: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= text.count else { return nil }
        var i = from
        let last = text.count - pattern.count
        while i <= last {
            if text[i] == first {
                var k = 1
                while k < pattern.count && text[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// `text` with `insertion` after every (non-overlapping, left to right) occurrence of `pattern`.
    private static func insert(_ insertion: [UInt8], after pattern: [UInt8], in text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count + text.count / 8)
        var i = 0
        while let at = find(pattern, in: text, from: i) {
            out.append(contentsOf: text[i..<(at + pattern.count)])
            out.append(contentsOf: insertion)
            i = at + pattern.count
        }
        out.append(contentsOf: text[i...])
        return out
    }
}

import Foundation
