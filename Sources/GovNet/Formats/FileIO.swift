import Foundation

/// Reading input files with clear errors.
public enum InputFile {
    /// Largest input file read (2 GiB): a guard against reading devices or runaway files.
    public static let maxBytes = 2 << 30

    /// The bytes of `path`.
    /// - Throws: ``MissingFileError`` when it does not exist or cannot be opened.
    public static func bytes(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MissingFileError(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw MissingFileError(path: path, reason: "is a folder, expected a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw MissingFileError(path: path, reason: "cannot be opened (permission?)")
        }
        defer { try? handle.close() }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > maxBytes { throw FormatError(file: path, "file is \(size) bytes, more than the \(maxBytes)-byte limit") }
        let data = (try? handle.readToEnd()) ?? Data()
        return [UInt8](data)
    }
}

/// Writing output files atomically: a temporary file beside the target, then a rename, so a failed or
/// interrupted run never leaves a half-written file and an existing output is replaced only by a
/// complete new one.
public enum AtomicFile {
    /// Writes `text` (UTF-8) to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).govnet-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard InFlight.shared.insert(temp.path) else { throw OutputError(path: path, reason: "interrupted") }
        defer { InFlight.shared.remove(temp.path) }
        do {
            try data.write(to: temp, options: [])
            if rename(temp.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
            }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw OutputError(path: path, reason: "\(error.localizedDescription)")
        }
    }
}

extension AtomicFile {
    /// Removes the temporary files of writes still in progress, refuses any later write, and returns
    /// the removed paths.
    ///
    /// For a SIGINT/SIGTERM handler that exits right after: an interrupted run then leaves neither a
    /// partial output nor a temporary file behind (targets are only ever replaced by a complete
    /// rename). Later atomic writes throw ``OutputError`` without creating anything.
    /// Safe to call from any thread.
    /// - Returns: the temporary paths that were in flight, sorted.
    @discardableResult
    public static func removeTemporaryFilesInFlight() -> [String] {
        InFlight.shared.closeAndDrain { path in unlink(path) }
    }

    /// The temporary files of writes in progress (for tests).
    public static var temporaryFilesInFlight: [String] { InFlight.shared.snapshot() }
}

/// The temporary paths ``AtomicFile`` is writing, under a lock.
private final class InFlight: @unchecked Sendable {
    static let shared = InFlight()
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var closed = false
    func insert(_ p: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        if closed { return false }
        paths.insert(p)
        return true
    }
    func remove(_ p: String) { lock.lock(); paths.remove(p); lock.unlock() }
    func snapshot() -> [String] { lock.lock(); defer { lock.unlock() }; return paths.sorted() }
    /// Closes the registry and calls `remove` on every path while holding the lock, so a write
    /// between creating its temporary file and renaming it waits until the removal is done.
    func closeAndDrain(_ remove: (String) -> Void) -> [String] {
        lock.lock(); defer { lock.unlock() }
        closed = true
        let all = paths.sorted()
        for p in all { remove(p) }
        paths = []
        return all
    }
}

/// An output file could not be written.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) { self.path = path; self.reason = reason }
    public var description: String { "\(path): cannot write: \(reason)" }
}
