/// Escaping for every XML GovNet writes: GraphML and GEXF documents and the SVG failure-curve chart.
///
/// Definition: `&`, `<`, `>`, `"` and `'` become the entities `&amp;` `&lt;` `&gt;` `&quot;` `&apos;`;
/// tab, CR and LF become the character references `&#9;`, `&#13;`, `&#10;` (an XML parser normalises
/// literal ones to spaces in attribute values, so only references keep them); the characters XML 1.0
/// does not allow (other C0 controls, U+FFFE, U+FFFF) are dropped. The result is safe both as element
/// text and inside a double- or single-quoted attribute value, and a conforming parser reads back the
/// input without the dropped characters.
///
/// - Complexity: O(length of the text).
///
/// References: XML 1.0 (Fifth Edition), §2.2 Characters (`Char`), §2.4 Character Data and Markup,
/// §3.3.3 Attribute-Value Normalization, <https://www.w3.org/TR/xml/>.
public enum XMLText {
    /// `s` as XML text or attribute content.
    /// - Parameter s: any text.
    /// - Returns: the escaped text.
    /// - Complexity: O(length of `s`).
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
