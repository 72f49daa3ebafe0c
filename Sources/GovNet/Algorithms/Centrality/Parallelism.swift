import Foundation

/// The process-wide parallelism knob of the chunked algorithms (Brandes family, closeness, harmonic,
/// structural and cohesion maps).
///
/// With `GOVNET_THREADS=1` in the environment, the fixed chunks run one after another on the calling
/// thread instead of under `DispatchQueue.concurrentPerform`. The partition into chunks and the order
/// of the reduction do not change, so results are bit-for-bit those of the parallel run; the knob
/// exists for side-by-side benchmarks against single-threaded peers (python-igraph) and for tests.
enum Parallelism {
    /// `true` when `GOVNET_THREADS` is `1`.
    static let sequential: Bool = ProcessInfo.processInfo.environment["GOVNET_THREADS"] == "1"
}
