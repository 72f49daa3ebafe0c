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

    /// Runs `govnet arguments…` in `directory` (default: the repository root), with `environment` added
    /// to (or replacing entries of) the test process's environment.
    public static func run(_ arguments: [String], in directory: URL? = nil, stdin: Data? = nil,
                           environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? RepoPaths.root
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        var input: Any = FileHandle.nullDevice
        if let stdin {
            let inPipe = Pipe()
            inPipe.fileHandleForWriting.write(stdin)
            try inPipe.fileHandleForWriting.close()
            input = inPipe
        }
        return try capture(process, input: input)
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
        return try capture(process)
    }

    private static func capture(_ process: Process, input: Any = FileHandle.nullDevice) throws -> Result {
        let r = try ProcessCapture.run(process, input: input)
        return Result(status: r.status, stdout: String(decoding: r.stdout, as: UTF8.self),
                      stderr: String(decoding: r.stderr, as: UTF8.self))
    }
}
