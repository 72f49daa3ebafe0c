import ArgumentParser
import Foundation
import GovNet

/// Exit codes (sysexits.h values; docs/architecture.md, Exit codes).
enum Exit {
    static let findings = ExitCode(1)
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let noInput = ExitCode(66)
    static let software = ExitCode(70)
    static let cantCreate = ExitCode(73)
    static let ioError = ExitCode(74)
}

/// Whether a failed write to standard output was already reported (so the exit check does not repeat it).
enum StreamFailure {
    nonisolated(unsafe) static var reported = false
}

/// Standard error, unbuffered. A failed write to it is ignored: there is nowhere left to report it.
enum Stderr {
    /// Writes `line` and a newline, with control characters escaped (``TerminalText``).
    static func print(_ line: String) {
        raw(TerminalText.safe(line) + "\n")
    }
    /// Writes `text` as it is (progress bars and their terminal controls).
    static func raw(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }
    /// Whether stderr is a terminal (progress output only then).
    static var isTerminal: Bool { isatty(2) == 1 }
}

/// Runs `body`, turning library errors into messages on stderr (the files' diagnostics in `language`)
/// and the matching exit code.
func reportingErrors<T>(language: ReportLanguage = .en, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as FormatError {
        for d in e.printedDiagnostics { Stderr.print("govnet: " + d.description(language)) }
        throw Exit.dataError
    } catch let e as MissingFileError {
        Stderr.print("govnet: \(e.path): error: \(e.reason(language))")
        throw Exit.noInput
    } catch let e as OutputError {
        Stderr.print("govnet: \(e.printed)")
        throw Exit.cantCreate
    } catch let e as AlgorithmError {
        Stderr.print("govnet: error: \(e)")
        throw Exit.dataError
    } catch let e as InputError {
        Stderr.print("govnet: \(e.message)")
        throw e.code
    } catch let e as StreamWriteError {
        if !StreamFailure.reported { Stderr.print("govnet: \(e)") }
        StreamFailure.reported = true
        throw Exit.ioError
    }
}

/// A problem with the user's request found while running (an unknown department id given as an option,
/// an output that would overwrite an input, …).
struct InputError: Error {
    var message: String
    var code: ExitCode = Exit.usage
}
