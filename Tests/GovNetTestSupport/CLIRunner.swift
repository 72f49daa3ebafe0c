import Foundation

/// Runs the built `govnet` executable and captures its output (swift-argument-parser's
/// `AssertExecuteCommand` pattern): CLI tests assert stdout, stderr and the exit code.
public enum CLIRunner {
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// The `govnet` binary beside the test bundle (same build folder and configuration).
    public static let executable: URL = {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("govnet"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("govnet"),
            RepoPaths.root.appendingPathComponent(".build/debug/govnet"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// Runs `govnet arguments…` in `directory` (default: the repository root).
    public static func run(_ arguments: [String], in directory: URL? = nil, stdin: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? RepoPaths.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let stdin {
            let inPipe = Pipe()
            process.standardInput = inPipe
            inPipe.fileHandleForWriting.write(stdin)
            try inPipe.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        // Read both pipes concurrently so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `govnet arguments…` through `/bin/sh -c script`, where the script names the executable
    /// `"$0"` and the arguments `"$@"`: for redirections a `Process` cannot express (a closed
    /// standard output, `/dev/full`, an ignored SIGPIPE). Standard output is the script's business;
    /// `stdout` holds what reached the test's pipe.
    public static func runShell(_ script: String, _ arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, executable.path] + arguments
        process.currentDirectoryURL = directory ?? RepoPaths.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
