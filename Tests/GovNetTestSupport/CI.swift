import Foundation

/// Whether the tests run under CI, where a suite is never skipped for a missing tool.
public enum CI {
    /// `CI=true` (or `1`) in the environment; `.ci/run` sets it.
    public static let isRunning: Bool = {
        let value = ProcessInfo.processInfo.environment["CI"]?.lowercased()
        return value == "true" || value == "1"
    }()

    /// A test condition for something the test needs (a tool, a binary): true when it is available,
    /// and always under CI, so the test runs and fails there instead of being skipped.
    public static func runs(ifAvailable available: Bool) -> Bool { available || isRunning }
}
