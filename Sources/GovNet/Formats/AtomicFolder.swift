import Foundation

/// Writing a folder of files as one unit (a report): every file goes into a temporary folder beside the
/// target, which then takes the target's place, so a reader never finds files of two runs mixed.
///
/// - A new target: the temporary folder is renamed to it.
/// - A target written by an earlier run (it holds only the files its manifest `.govnet-files` lists):
///   it is renamed aside, the new folder renamed in, and the old one removed. Concurrent runs into one
///   folder retry the swap, so the last one wins, whole.
/// - Any other existing folder (one holding the inputs, `-o .`): its other files are kept; the new files
///   are moved in one by one (each complete) and the files of the previous run's manifest that this run
///   does not write are removed.
///
/// An interrupted run leaves no temporary folder (``AtomicFile/removeTemporaryFilesInFlight()``).
public enum AtomicFolder {
    /// The manifest of a folder written by ``write(_:to:)``: one file name per line.
    public static let manifestName = ".govnet-files"

    /// Writes `files` (name, contents) as the folder `folder` and returns their paths.
    /// - Throws: ``OutputError``.
    @discardableResult
    public static func write(_ files: [(name: String, data: Data)], to folder: String) throws -> [String] {
        let trimmed = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        let parent = (trimmed as NSString).deletingLastPathComponent
        try AtomicFile.makeFolder(parent.isEmpty ? "." : parent)
        let base = ((trimmed as NSString).lastPathComponent as NSString)
        let stamp = "govnet-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let temp = ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent(".\(base).\(stamp).tmp")
        guard AtomicFile.registerInFlight(temp) else { throw OutputError(path: folder, reason: "interrupted") }
        defer { AtomicFile.unregisterInFlight(temp); try? FileManager.default.removeItem(atPath: temp) }
        guard mkdir(temp, 0o755) == 0 else {
            throw OutputError(path: folder, reason: "cannot create a temporary folder beside it: \(String(cString: strerror(errno)))")
        }
        let manifest = files.map(\.name).joined(separator: "\n") + "\n"
        for f in files + [(name: manifestName, data: Data(manifest.utf8))] {
            try AtomicFile.write(f.data, to: (temp as NSString).appendingPathComponent(f.name))
        }
        let paths = files.map { (trimmed as NSString).appendingPathComponent($0.name) }
        for _ in 0..<20 {
            if rename(temp, trimmed) == 0 { return paths }
            guard errno == EEXIST || errno == ENOTEMPTY || errno == EBUSY || errno == EINVAL else {
                throw OutputError(path: folder, reason: String(cString: strerror(errno)))
            }
            guard ownsAllFiles(trimmed) else { return try merge(files, from: temp, into: trimmed, paths: paths) }
            let old = ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent(".\(base).\(stamp).old")
            if rename(trimmed, old) == 0 {
                let swapped = rename(temp, trimmed) == 0
                try? FileManager.default.removeItem(atPath: old)
                if swapped { return paths }
            }
            // Another run swapped in between: try again.
        }
        throw OutputError(path: folder, reason: "other runs kept replacing it; try again")
    }

    /// Whether every entry of `folder` is listed by its manifest (a folder this writer made).
    private static func ownsAllFiles(_ folder: String) -> Bool {
        guard let listed = manifest(folder), let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return false }
        return entries.allSatisfy { $0 == manifestName || listed.contains($0) }
    }

    private static func manifest(_ folder: String) -> Set<String>? {
        guard let text = try? String(contentsOfFile: (folder as NSString).appendingPathComponent(manifestName), encoding: .utf8) else { return nil }
        return Set(text.split(separator: "\n").map(String.init))
    }

    /// Moves the new files into a folder that holds other files too; removes the previous run's files
    /// that this run does not write.
    private static func merge(_ files: [(name: String, data: Data)], from temp: String, into folder: String, paths: [String]) throws -> [String] {
        let stale = (manifest(folder) ?? []).subtracting(files.map(\.name))
        for name in files.map(\.name) + [manifestName] {
            let target = (folder as NSString).appendingPathComponent(name)
            var link = stat()
            if lstat(target, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
                throw OutputError(path: target, reason: "it is a symbolic link; govnet does not write through links")
            }
            if rename((temp as NSString).appendingPathComponent(name), target) != 0 {
                throw OutputError(path: target, reason: String(cString: strerror(errno)))
            }
        }
        for name in stale where !name.contains("/") { unlink((folder as NSString).appendingPathComponent(name)) }
        return paths
    }
}
