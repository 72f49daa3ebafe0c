import Foundation

/// Locations in the repository, found from this file's path so tests run from any working directory.
public enum RepoPaths {
    /// The repository root (the folder holding Package.swift).
    public static let root: URL = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }()
    /// `Tests/GovNetTests/Fixtures`.
    public static let fixtures = root.appendingPathComponent("Tests/GovNetTests/Fixtures")
    /// `Tests/GovNetTests/Fixtures/oracle` (JSON written by scripts/oracle/generate.py).
    public static let oracle = fixtures.appendingPathComponent("oracle")
    /// `networks/`.
    public static let networks = root.appendingPathComponent("networks")
}
