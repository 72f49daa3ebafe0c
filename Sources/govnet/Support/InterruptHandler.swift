import Dispatch
import Foundation
import GovNet

/// SIGINT/SIGTERM handling: an interrupted run removes the temporary files of atomic writes in
/// progress and exits 130 (SIGINT) or 143 (SIGTERM), so it never leaves a partial or temporary file
/// (outputs are only replaced by a complete rename; see ``AtomicFile``).
enum InterruptHandler {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers (once, before the command runs). The handler runs on a dispatch worker
    /// thread, not in signal context, so it may take locks and unlink files while the command's own
    /// thread is busy computing.
    static func install() {
        for (sig, code) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global(qos: .userInitiated))
            source.setEventHandler {
                AtomicFile.removeTemporaryFilesInFlight()
                Stderr.print("govnet: interrupted; unfinished output files removed")
                _exit(code)
            }
            source.resume()
            sources.append(source)
        }
    }
}
