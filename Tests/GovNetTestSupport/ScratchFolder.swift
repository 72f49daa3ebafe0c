import Foundation

/// Folders and files the command-line tests run in.
public enum ScratchFolder {
    /// A new folder `govnet-<label>-<UUID>` in the temporary directory holding a copy of the shipped
    /// Florentine network under each name in `florentineAs`. The caller removes it.
    public static func make(_ label: String, florentineAs names: [String] = []) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-\(label)-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in names {
            try FileManager.default.copyItem(at: RepoPaths.networks.appendingPathComponent("florentine/florentine.yaml"),
                                            to: dir.appendingPathComponent(name))
        }
        return dir
    }

    /// A YAML network of departments A, B and C with one undirected mechanism per id in `mechanisms`
    /// (at most three; named `a`, `b`, `c`) and one tie of each (A–B, B–C, A–C): ids such as `x y`,
    /// `x_y` and `x/y` that a naive file-name scheme would map to the same diagram file.
    public static func mechanismNamesNetwork(_ mechanisms: [String]) -> String {
        precondition(mechanisms.count <= 3)
        let names = ["a", "b", "c"], ends = [("A", "B"), ("B", "C"), ("A", "C")]
        var yaml = "mechanisms:\n"
        for (i, id) in mechanisms.enumerated() { yaml += "  - {id: \"\(id)\", name: \(names[i]), directed: false}\n" }
        yaml += "departments:\n  - {id: A, name: A}\n  - {id: B, name: B}\n  - {id: C, name: C}\nties:\n"
        for (i, id) in mechanisms.enumerated() { yaml += "  - {from: \(ends[i].0), to: \(ends[i].1), mechanism: \"\(id)\"}\n" }
        return yaml
    }
}
