import Foundation

/// Folder names of exported networks.
public enum ExportNaming {
    /// The name of each file: its path relative to the folder common to all files, without extension,
    /// components joined by `-`; a folder named like the next component is dropped
    /// (`florentine/florentine` → `florentine`).
    ///
    /// Names are unique for distinct files (their relative paths differ) and do not depend on the
    /// working directory, but do depend on the set of files: `networks/emon/Cheyenne.yaml` alone is
    /// `Cheyenne`, beside `networks/florentine/florentine.yaml` it is `emon-Cheyenne`.
    /// - Parameter files: file paths, absolute or relative to the working directory.
    /// - Returns: one name per file, in order.
    /// - Complexity: O(total path length).
    public static func names(for files: [String]) -> [String] {
        let paths = files.map { URL(fileURLWithPath: $0).standardizedFileURL.pathComponents }
        let folders = paths.map { $0.dropLast() }
        var common = folders.first.map(Array.init) ?? []
        for f in folders.dropFirst() {
            var k = 0
            while k < common.count && k < f.count && common[k] == f[k] { k += 1 }
            common = Array(common.prefix(k))
        }
        return paths.map { components in
            var parts = Array(components.dropFirst(common.count))
            if let last = parts.popLast() { parts.append((last as NSString).deletingPathExtension) }
            var collapsed: [String] = []
            for p in parts {
                if let previous = collapsed.last, previous == p { continue }
                collapsed.append(p)
            }
            return collapsed.joined(separator: "-")
        }
    }

    /// Whether `name` is a single folder name (not empty, no `/`, not `.` or `..`).
    public static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }
}
