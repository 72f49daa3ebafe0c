import Foundation

/// Runs the two halves of a report at once: the Graphviz work (layouts and SVG, serialised by
/// `GraphvizRenderer`'s lock and so on one core at a time) beside the analysis (metrics, resilience
/// curves, QAP permutations), which then uses the other core.
///
/// Results do not depend on the timing: the second job writes only its own slot, which is read after
/// the join (a semaphore), and every job is deterministic by itself (Graphviz jobs are independent
/// of their order; the analysis is seeded).
///
/// References: `DispatchQueue.concurrentPerform` (libdispatch's `dispatch_apply`), the fork–join used
/// across GovNet's parallel algorithms.
enum ReportConcurrency {
    /// Runs `first` on the calling thread and `second` on a new thread at the same time, and returns
    /// both results.
    ///
    /// A thread of its own (with a main-thread-sized stack, 8 MiB) rather than a dispatch queue: the
    /// parallel loops inside the analysis (`concurrentPerform`) keep their full width, which a nested
    /// `concurrentPerform` would reduce to one, and Graphviz's recursive routines get the stack they
    /// get on the main thread.
    /// - Parameters:
    ///   - first: a job run on the calling thread (e.g. the diagrams).
    ///   - second: another job (e.g. the analysis).
    /// - Returns: both results, in argument order.
    /// - Throws: the error of `first` if it failed, else the error of `second` (both always finish).
    /// - Complexity: the longer of the two jobs on a machine with two free cores, their sum on one.
    static func both<A: Sendable, B: Sendable>(_ first: () throws -> A,
                                               _ second: @escaping @Sendable () throws -> B) throws -> (A, B) {
        let slots = Slots<B>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            slots.b = Result { try second() }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        let a = Result { try first() }
        done.wait()
        return (try a.get(), try slots.b!.get())
    }

    /// One slot per job; each is written by exactly one iteration and read after the join.
    private final class Slots<B>: @unchecked Sendable {
        var b: Result<B, any Error>?
    }
}
