import Foundation

/// Runs a prepared `Process` with standard output and standard error on pipes and returns both with the
/// exit status: the one capture loop of the CLI and Python test helpers.
public enum ProcessCapture {
    /// Runs `process` to its end.
    /// - Parameters:
    ///   - process: executable, arguments and folder set; its output handles are replaced by pipes.
    ///   - input: the child's standard input (default: the null device).
    /// - Returns: the exit status and the bytes written to standard output and standard error. Both pipes
    ///   are read concurrently, so a child that fills one of them cannot block on it.
    public static func run(_ process: Process, input: Any = FileHandle.nullDevice) throws
        -> (status: Int32, stdout: Data, stderr: Data) {
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, outData, errData)
    }
}
