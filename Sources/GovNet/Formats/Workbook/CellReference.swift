/// A1-style cell references of spreadsheets: column letters (A…Z, AA…XFD) and row numbers.
public enum CellReference {
    /// The letters of 1-based column `n`: 1 → A, 26 → Z, 27 → AA. O(log n).
    public static func columnName(_ n: Int) -> String {
        var n = max(n, 1), letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The 1-based column and row of a reference such as `C14` (`$C$14` too); nil when it is not one.
    /// Columns beyond XFD (16,384) and rows beyond 1,048,576, Excel's limits, are refused.
    static func parse(_ ref: String) -> (column: Int, row: Int)? {
        var column = 0, row = 0, sawDigit = false
        for u in ref.utf8 {
            switch u {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit: column = column * 26 + Int(u - 64)
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !sawDigit: column = column * 26 + Int(u - 96)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true; row = row * 10 + Int(u - 48)
            default: return nil
            }
            if column > maxColumns || row > maxRows { return nil }
        }
        return column > 0 && row > 0 ? (column, row) : nil
    }

    /// Excel's sheet size: 16,384 columns (XFD) and 1,048,576 rows.
    static let maxColumns = 16_384
    static let maxRows = 1_048_576
}
