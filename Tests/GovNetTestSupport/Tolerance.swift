import Foundation
import Testing

// The oracle tolerance (docs/architecture.md, Oracles and tolerance): every comparison with an oracle
// value goes through these two functions.

/// Relative/absolute tolerance comparison used against oracle values (docs/architecture.md, Oracles and tolerance: 1e-9 relative).
public func approximatelyEqual(_ a: Double, _ b: Double, relative: Double = 1e-9, absolute: Double = 1e-12) -> Bool {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    if a == b { return true }
    return abs(a - b) <= max(absolute, relative * max(abs(a), abs(b)))
}

/// Records one issue listing the entries of `actual` that differ from `expected` by more than 1e-9
/// relative (the oracle tolerance, docs/architecture.md).
public func expectClose(_ actual: [Double], _ expected: [Double?], _ label: String, names: [String]? = nil,
                        sourceLocation: SourceLocation = #_sourceLocation) {
    guard actual.count == expected.count else {
        Issue.record("\(label): \(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
        return
    }
    var bad: [String] = []
    for i in actual.indices {
        guard let e = expected[i] else {
            bad.append("#\(i): got \(actual[i]), expected null")
            continue
        }
        if !approximatelyEqual(actual[i], e) {
            bad.append("\(names?[i] ?? "#\(i)"): got \(actual[i]), expected \(e)")
        }
    }
    if !bad.isEmpty {
        Issue.record("\(label): \(bad.count) of \(actual.count) differ: \(bad.prefix(4).joined(separator: "; "))",
                     sourceLocation: sourceLocation)
    }
}
