import Foundation

/// Reading input files with clear errors.
public enum InputFile {
    /// Largest input file read (2 GiB): a guard against reading devices or runaway files.
    public static let maxBytes = 2 << 30

    /// The bytes of `path`, which is recorded as read (see ``AtomicFile/protectsInputs``).
    /// - Throws: ``MissingFileError`` when it does not exist, cannot be opened or is not a regular file
    ///   (a pipe, device or socket, which could block forever or never end); ``FormatError`` when it is
    ///   larger than ``maxBytes``.
    public static func bytes(_ path: String) throws -> [UInt8] {
        if isStandardInput(path) { return try standardInput() }
        let size = try checkReadable(path)
        if size > maxBytes { throw FormatError(file: path, Message("reader.file.too-large", [("size", .count(size)), ("limit", .count(maxBytes))])) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw MissingFileError(path: path, Message("reader.file.cannot-open"))
        }
        defer { try? handle.close() }
        let data = (try? handle.readToEnd()) ?? Data()
        return [UInt8](data)
    }

    /// Whether `path` names standard input: `-` (the convention of every command-line tool) or
    /// `/dev/stdin`, which would otherwise be refused as a pipe.
    public static func isStandardInput(_ path: String) -> Bool { path == "-" || path == "/dev/stdin" }

    /// Everything on standard input, at most ``maxBytes``.
    /// - Throws: ``FormatError`` when it is longer.
    private static func standardInput() throws -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw MissingFileError(path: "-", Message("reader.file.stdin-unreadable", [("reason", .text(String(cString: strerror(errno))))])) }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0..<n])
            if out.count > maxBytes { throw FormatError(file: "-", "standard input is more than the \(maxBytes)-byte limit") }
        }
    }

    /// Throws unless `path` (after symbolic links) is an existing regular file, and records it as read.
    /// - Returns: its size in bytes.
    /// - Throws: ``MissingFileError`` naming what `path` is instead.
    @discardableResult
    public static func checkReadable(_ path: String) throws -> Int {
        if isStandardInput(path) { return 0 }
        var info = stat()
        guard !path.isEmpty, stat(path, &info) == 0 else { throw missing(path, errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw MissingFileError(path: path, Message("reader.file.is-folder"))
        case S_IFIFO: throw MissingFileError(path: path, Message("reader.file.is-pipe"))
        case S_IFCHR, S_IFBLK: throw MissingFileError(path: path, Message("reader.file.is-device"))
        default: throw MissingFileError(path: path, Message("reader.file.not-regular"))
        }
        FilesRead.shared.insert(FileIdentity(info))
        return Int(info.st_size)
    }

    /// Throws unless `path` (after symbolic links) is an existing folder (a folder of tables).
    /// - Throws: ``MissingFileError`` saying what is wrong with the path.
    public static func checkFolder(_ path: String) throws {
        var info = stat()
        guard !path.isEmpty, stat(path, &info) == 0 else { throw missing(path, errno) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw MissingFileError(path: path, Message("reader.file.not-folder")) }
    }

    /// Why `path` cannot be found, after `stat` failed with `code`: a typo, an empty name, a
    /// symbolic link to nothing or a loop of links are told apart.
    static func missing(_ path: String, _ code: Int32) -> MissingFileError {
        if path.isEmpty { return MissingFileError(path: "''", Message("reader.file.empty-name")) }
        var link = stat()
        switch code {
        case ENOENT where lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK:
            return MissingFileError(path: path, Message("reader.file.dangling-link"))
        case ENOENT, ENOTDIR: return MissingFileError(path: path, Message("reader.file.no-such-file"))
        case ELOOP: return MissingFileError(path: path, Message("reader.file.link-loop"))
        default: return MissingFileError(path: path, Message("reader.file.system-error", [("reason", .text(String(cString: strerror(code))))]))
        }
    }
}

/// A file as the kernel knows it: device and inode. Two paths name the same file exactly when their
/// identities are equal — through symbolic links, bind mounts and hard links alike, which comparing
/// path strings misses.
public struct FileIdentity: Hashable, Sendable {
    public let device: UInt64
    public let inode: UInt64

    /// The identity of the file `path` names (symbolic links followed); nil when it does not exist.
    public init?(path: String) {
        var info = stat()
        guard !path.isEmpty, stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// Whether `a` and `b` name the same existing file.
    public static func same(_ a: String, _ b: String) -> Bool {
        guard let x = FileIdentity(path: a) else { return false }
        return x == FileIdentity(path: b)
    }
}

/// The identities of every file this process has read, so that ``AtomicFile`` can refuse to replace
/// one of them (under any of its names).
final class FilesRead: @unchecked Sendable {
    static let shared = FilesRead()
    private let lock = NSLock()
    private var files: Set<FileIdentity> = []
    func insert(_ f: FileIdentity) { lock.lock(); files.insert(f); lock.unlock() }
    func contains(_ f: FileIdentity) -> Bool { lock.lock(); defer { lock.unlock() }; return files.contains(f) }
}

/// Writing output files atomically: a temporary file beside the target, then a rename, so a failed or
/// interrupted run never leaves a half-written file and an existing output is replaced only by a
/// complete new one.
public enum AtomicFile {
    /// Writes `text` (UTF-8) to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Whether ``write(_:to:)`` refuses to replace a file this process has read (through
    /// ``InputFile``). Off by default for library users; the `govnet` tool turns it on unless `--force`
    /// is given, so no command can destroy its input — also where the input is a folder of tables and
    /// the output one of its files.
    public static var protectsInputs: Bool {
        get { Protection.shared.on }
        set { Protection.shared.on = newValue }
    }

    /// Writes `data` to `path` atomically: a temporary file beside the target, then a rename.
    ///
    /// - An existing regular file is replaced by a complete new one that keeps its permission bits
    ///   (and its owner and group where the process may set them).
    /// - A symbolic link at `path` is never followed into a regular file: in a shared folder another
    ///   user could have planted it to make the run replace a file it points to. It is refused with a
    ///   message naming its target. A link to a pipe or a character device (`/dev/stdout`) is written
    ///   through, as is a pipe or a character device itself, since they cannot be replaced.
    /// - A file this process has read is refused when ``protectsInputs`` is on, compared by device and
    ///   inode (a bind mount or a hard link of an input is the input).
    /// - Throws: ``OutputError`` when the file cannot be written or is refused.
    public static func write(_ data: Data, to path: String) throws {
        var existing: stat? = nil
        var link = stat()
        if !path.isEmpty, lstat(path, &link) == 0 {
            var info = link
            if link.st_mode & S_IFMT == S_IFLNK {
                guard stat(path, &info) == 0 else {
                    throw OutputError(path: path, reason: "it is a symbolic link to a file that does not exist; govnet does not write through links (remove the link or name its target)")
                }
                if info.st_mode & S_IFMT == S_IFIFO || info.st_mode & S_IFMT == S_IFCHR { return try writeDirectly(data, to: path) }
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                throw OutputError(path: path, reason: "it is a symbolic link (to \(target)); govnet does not write through links — name the target itself, or remove the link")
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG: existing = info
            case S_IFIFO, S_IFCHR: return try writeDirectly(data, to: path)
            case S_IFDIR: throw OutputError(path: path, reason: "it is a folder")
            default: throw OutputError(path: path, reason: "it is not a regular file")
            }
            if protectsInputs && FilesRead.shared.contains(FileIdentity(info)) {
                throw OutputError(path: path, reason: "it is an input of this run (the same file, by device and inode), and writing would overwrite it; choose another path",
                                  remedy: .allowReplacingInputs)
            }
        }
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).govnet-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard InFlight.shared.insert(temp.path) else { throw OutputError(path: path, reason: "interrupted") }
        defer { InFlight.shared.remove(temp.path) }
        do {
            try writeNew(data, to: temp.path, like: existing)
            if rename(temp.path, url.path) != 0 { throw POSIXFailure(errno) }
        } catch let e as POSIXFailure {
            unlink(temp.path)
            throw OutputError(path: path, reason: e.reason(creating: path))
        }
    }

    /// Creates `path` (which must not exist), writes all of `data` and closes it, checking every step.
    /// With `existing`, the new file takes its permission bits, and its owner and group where permitted
    /// (`fchown` fails for other users' files unless privileged; the group alone may still be set).
    private static func writeNew(_ data: Data, to path: String, like existing: stat?) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw POSIXFailure(errno) }
        if let existing {
            if fchown(fd, existing.st_uid, existing.st_gid) != 0 { _ = fchown(fd, uid_t.max, existing.st_gid) }
            if fchmod(fd, existing.st_mode & 0o777) != 0 { let code = errno; close(fd); throw POSIXFailure(code) }
        }
        do { try writeAll(data, to: fd) } catch { close(fd); throw error }
        if close(fd) != 0 { throw POSIXFailure(errno) }
    }

    /// Writes every byte of `data` to `fd`, retrying short and interrupted writes.
    static func writeAll(_ data: Data, to fd: Int32) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw POSIXFailure(errno)
                }
                offset += n
            }
        }
    }

    /// Creates `folder` and any missing parents (as `mkdir -p`), for outputs that are folders.
    /// - Throws: ``OutputError`` naming the part of the path that is not a folder or cannot be made.
    public static func makeFolder(_ folder: String) throws {
        var partial = folder.hasPrefix("/") ? "/" : ""
        for part in folder.split(separator: "/", omittingEmptySubsequences: true) {
            partial += (partial.isEmpty || partial.hasSuffix("/") ? "" : "/") + part
            var info = stat()
            if stat(partial, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFDIR else {
                    throw OutputError(path: folder, reason: "\(partial) is a file, not a folder")
                }
                continue
            }
            if mkdir(partial, 0o755) != 0 && errno != EEXIST {
                throw OutputError(path: folder, reason: "cannot create the folder \(partial): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Writes to a pipe or device in place.
    private static func writeDirectly(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        do { try writeAll(data, to: fd) } catch let e as POSIXFailure {
            throw OutputError(path: path, reason: e.reason(creating: nil))
        }
    }
}

/// A failed system call, by its `errno`.
struct POSIXFailure: Error {
    var code: Int32
    init(_ code: Int32) { self.code = code }

    /// `strerror`, and the folder to blame when a file could not be created in it.
    func reason(creating path: String?) -> String {
        if let path, code == ENOENT {
            let folder = (path as NSString).deletingLastPathComponent
            return "folder \(folder.isEmpty ? "." : folder) does not exist"
        }
        return String(cString: strerror(code))
    }
}

/// Whether ``AtomicFile`` protects the inputs, under a lock.
private final class Protection: @unchecked Sendable {
    static let shared = Protection()
    private let lock = NSLock()
    private var value = false
    var on: Bool {
        get { lock.lock(); defer { lock.unlock() }; return value }
        set { lock.lock(); value = newValue; lock.unlock() }
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
        InFlight.shared.closeAndDrain { path in
            if unlink(path) != 0 { try? FileManager.default.removeItem(atPath: path) }  // a temporary folder
        }
    }

    /// Records a temporary path (a file or a folder) of a write in progress, for
    /// ``removeTemporaryFilesInFlight()``; false once an interrupt has closed the registry.
    static func registerInFlight(_ path: String) -> Bool { InFlight.shared.insert(path) }

    /// Forgets a temporary path recorded by ``registerInFlight(_:)``.
    static func unregisterInFlight(_ path: String) { InFlight.shared.remove(path) }

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
    /// What would get past the error, for the front end to word with its own controls (``ErrorRemedy``).
    public var remedy: ErrorRemedy?
    public init(path: String, reason: String, remedy: ErrorRemedy? = nil) { self.path = path; self.reason = reason; self.remedy = remedy }
    public var description: String { "cannot write \(path): \(reason)" }
}
