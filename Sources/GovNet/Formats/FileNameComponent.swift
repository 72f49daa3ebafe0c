/// A mechanism id (or any id) as one readable, injective file-name component: distinct ids always give
/// distinct names, so diagrams of mechanisms `x y`, `x_y` and `x/y` never overwrite each other.
///
/// Letters, digits and `-` are kept (Unicode letters too: `指挥` stays `指挥`); every other character,
/// `_` included, is written as `_` followed by the uppercase hex of its UTF-8 bytes, each byte as two
/// digits (`x y` → `x_20y`, `x_y` → `x_5Fy`, `x/y` → `x_2Fy`). Since `_` only ever starts an escape,
/// the name decodes back to the id: the map is injective. A leading `.` is escaped like any other
/// character, so no name is hidden or `.`/`..`. O(length).
public enum FileNameComponent {
    public static func encode(_ id: String) -> String {
        var out = ""
        for c in id.unicodeScalars {
            let kept = c.isASCII ? (("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "-")
                                 : (c.properties.isAlphabetic || c.properties.numericType != nil)
            if kept { out.unicodeScalars.append(c) } else { escape(c, into: &out) }
        }
        return out.isEmpty ? "_" : out
    }

    private static func escape(_ c: Unicode.Scalar, into out: inout String) {
        for byte in String(c).utf8 {
            out += "_" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        }
    }
}
