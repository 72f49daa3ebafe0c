import Foundation

/// Standard output as a checked sink: every byte a command prints goes through ``write(_:)-(String)``,
/// which flushes and reports a failed write (a full disk, a closed descriptor, a reader that went away)
/// as a ``StreamWriteError`` instead of trapping or losing the output silently.
///
/// Writes go through C stdio (`fwrite` + `fflush`), the same buffer Swift's `print` and
/// swift-argument-parser's help use, so output keeps its order; ``finish()`` flushes and checks what
/// those wrote too. Each write is O(bytes).
public enum StandardOutput {
    /// Writes `text` as UTF-8 and flushes it. On a terminal, control characters and bidirectional
    /// overrides are written escaped (``TerminalText/safeLines(_:)``): a string from a file must not
    /// set the window title or clear the screen.
    /// - Throws: ``StreamWriteError`` when the bytes cannot all be written.
    public static func write(_ text: String) throws {
        var text = isatty(1) == 1 ? TerminalText.safeLines(text) : text
        try text.withUTF8 { try write(bytes: $0) }
    }

    /// Writes `data` and flushes it.
    /// - Throws: ``StreamWriteError`` when the bytes cannot all be written.
    public static func write(_ data: Data) throws {
        try data.withUnsafeBytes { try write(bytes: $0.bindMemory(to: UInt8.self)) }
    }

    private static func write(bytes: UnsafeBufferPointer<UInt8>) throws {
        errno = 0
        let written = bytes.isEmpty ? 0 : fwrite(bytes.baseAddress, 1, bytes.count, stream)
        if written != bytes.count || fflush(stream) != 0 || ferror(stream) != 0 {
            throw failure(errno)
        }
    }

    /// Flushes what `print` or the argument parser left in the buffer and checks the stream.
    /// - Throws: ``StreamWriteError`` when an earlier or this final write failed.
    public static func finish() throws {
        errno = 0
        if fflush(stream) != 0 || ferror(stream) != 0 { throw failure(errno) }
    }

    /// Makes sure descriptors 0, 1 and 2 are open before any file is: a process started with one of
    /// them closed would otherwise give that number to the next file it opens, and printing to
    /// "standard output" would write into an output file. A closed standard output is replaced by a
    /// descriptor every write fails on (`/dev/full`), remembered so that the error says it was closed.
    public static func occupyClosedStandardDescriptors() {
        for fd in Int32(0)...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let device = fd == 1 ? (access("/dev/full", W_OK) == 0 ? "/dev/full" : "/dev/null") : "/dev/null"
            let opened = open(device, fd == 0 ? O_RDONLY : O_WRONLY)
            guard opened >= 0 else { continue }
            if opened != fd { dup2(opened, fd); close(opened) }
            if fd == 1 { State.shared.closedAtStart = true }
        }
    }

    /// C's `stdout`, looked up once: Swift 6 refuses the imported global `var` as shared mutable
    /// state, though the stream it points to never changes.
    nonisolated(unsafe) private static let stream: UnsafeMutablePointer<FILE>? = {
        #if canImport(Darwin)
        let (handle, name) = (UnsafeMutableRawPointer(bitPattern: -2), "__stdoutp")
        #else
        let (handle, name) = (UnsafeMutableRawPointer(bitPattern: 0), "stdout")
        #endif
        return dlsym(handle, name)?.load(as: UnsafeMutablePointer<FILE>?.self)
    }()

    private static func failure(_ code: Int32) -> StreamWriteError {
        if State.shared.closedAtStart { return StreamWriteError(reason: "it is closed") }
        return StreamWriteError(reason: code == 0 ? "write failed" : String(cString: strerror(code)))
    }

    private final class State: @unchecked Sendable {
        static let shared = State()
        private let lock = NSLock()
        private var closed = false
        var closedAtStart: Bool {
            get { lock.lock(); defer { lock.unlock() }; return closed }
            set { lock.lock(); closed = newValue; lock.unlock() }
        }
    }
}

/// Standard output could not be written (sysexits `EX_IOERR`, exit 74, in the `govnet` tool).
public struct StreamWriteError: Error, Sendable, CustomStringConvertible {
    /// What went wrong (`strerror` of the failed write).
    public var reason: String
    public init(reason: String) { self.reason = reason }
    public var description: String { "cannot write to standard output: \(reason)" }
}
