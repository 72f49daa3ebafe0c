import Foundation

/// Fixed, locale-independent number formatting so that every output is byte-for-byte reproducible.
public enum NumberFormat {
    /// Shortest text that reads back to the same `Double` ("1", "0.5", "1e-07"); integers without ".0".
    public static func canonical(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// Up to `digits` significant digits (default 12), trailing zeros removed: the format of metric tables.
    public static func significant(_ x: Double, digits: Int = 12) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == 0 { return "0" }
        if x == x.rounded(), abs(x) < 1e12 { return String(Int64(x)) }
        var s = String(format: "%.\(digits)g", x)
        if s.contains("e") {
            // Trim zeros in the mantissa: 1.50000000000e-05 -> 1.5e-05
            let parts = s.split(separator: "e", maxSplits: 1)
            var mantissa = String(parts[0])
            if mantissa.contains(".") {
                while mantissa.hasSuffix("0") { mantissa.removeLast() }
                if mantissa.hasSuffix(".") { mantissa.removeLast() }
            }
            s = mantissa + "e" + parts[1]
        } else if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }

    /// Parses a plain decimal number (optional sign, digits, fraction, exponent). Rejects `nan`, `inf`,
    /// hex, and values that overflow to infinity (`1e999`).
    public static func parseStrictNumber(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.utf8.count < 400 else { return nil }
        var sawDigit = false
        for (i, c) in t.utf8.enumerated() {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"): if i != 0 && !(t.utf8[t.utf8.index(t.utf8.startIndex, offsetBy: i - 1)] | 0x20 == UInt8(ascii: "e")) { return nil }
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): continue
            default: return nil
            }
        }
        guard sawDigit, let x = Double(t), x.isFinite else { return nil }
        return x
    }
}
