import Foundation

/// A guard against a test that never finishes, not a speed budget.
///
/// Unit tests assert no wall-clock budgets: the work a hostile input causes is bounded by counts in
/// the readers (and tested as such), and speed is measured by `govnet-bench` (docs/benchmarks.md).
/// ``seconds`` only catches a reader that hangs or went quadratic on a large input, so the suites pass
/// on a busy 2-core machine, in a debug build and under sanitizers.
public enum HangGuard {
    /// 60 s: minutes-long runs (a quadratic scan of a megabyte) fail, a loaded machine does not.
    public static let seconds = 60.0

    /// Runs `body` and returns its value and its wall-clock seconds (monotonic clock).
    public static func timed<T>(_ body: () throws -> T) rethrows -> (value: T, seconds: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// Whether `seconds` is within the guard.
    public static func finished(_ seconds: Double) -> Bool { seconds < Self.seconds }
}
