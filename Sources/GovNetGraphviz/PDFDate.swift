import Foundation

/// The creation date cairo writes into a PDF (`/CreationDate (D:20261207124348Z)`), replaced by a fixed
/// one so that rendering the same diagram twice gives the same bytes.
///
/// The date is `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) when that
/// is set to an integer, else 1970-01-01 00:00:00 UTC. cairo 1.16 ignores `SOURCE_DATE_EPOCH`
/// itself. The replacement has exactly the length of the original (cairo's `Z`, `+HH'mm` and
/// `+HH'mm'` forms alike), so the cross-reference offsets of the file stay valid. O(bytes).
public enum PDFDate {
    /// `pdf` with every `/CreationDate` and `/ModDate` value replaced by the pinned date.
    public static func pinned(_ pdf: Data, environment: [String: String] = ProcessInfo.processInfo.environment) -> Data {
        var bytes = [UInt8](pdf)
        let stamp = Array(digits(epoch(environment)).utf8)
        for key in ["/CreationDate (", "/ModDate ("] {
            let pattern = Array(key.utf8)
            var i = 0
            while let start = find(pattern, in: bytes, from: i) {
                let valueStart = start + pattern.count
                guard let end = bytes[valueStart...].firstIndex(of: UInt8(ascii: ")")) else { break }
                let old = Array(bytes[valueStart..<end])
                // D:YYYYMMDDHHmmSS then a zone: Z, +HH'mm or +HH'mm'.
                if old.count >= 17, old.starts(with: Array("D:".utf8)) {
                    let zone: [UInt8] = switch old.count - 16 {
                    case 1: Array("Z".utf8)
                    case 6: Array("+00'00".utf8)
                    case 7: Array("+00'00'".utf8)
                    default: []
                    }
                    if !zone.isEmpty { bytes.replaceSubrange(valueStart..<end, with: Array("D:".utf8) + stamp + zone) }
                }
                i = end
            }
        }
        return Data(bytes)
    }

    /// Seconds since 1970 to pin: `SOURCE_DATE_EPOCH` when a non-negative integer below year 10000, else 0.
    static func epoch(_ environment: [String: String]) -> Int {
        guard let text = environment["SOURCE_DATE_EPOCH"], let value = Int(text), value >= 0, value < 253_402_300_800 else { return 0 }
        return value
    }

    /// `YYYYMMDDHHmmSS` in UTC.
    static func digits(_ epoch: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(epoch)))
        return String(format: "%04d%02d%02d%02d%02d%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var i = start
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }
}
