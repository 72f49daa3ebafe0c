import Foundation

/// Fixed-partition parallel map used by the structural algorithms (components, clustering, paths,
/// efficiency): `0..<count` is cut into `chunks` contiguous ranges that run concurrently with
/// `DispatchQueue.concurrentPerform`; the results come back in range order. Because the partition
/// depends only on `count` and `chunks` (never on the number of cores or on scheduling), floating-point
/// reductions done in result order are deterministic.
enum StructureParallel {
    /// Default number of chunks for all-sources work: enough for load balancing on a few cores while
    /// keeping per-chunk scratch buffers few.
    static let defaultChunks = 32

    /// `body(range)` for each chunk of `0..<count`, in parallel; results in chunk order.
    /// - Complexity: the cost of the bodies, divided among the cores; O(chunks) overhead.
    static func map<T>(count: Int, chunks requested: Int = defaultChunks,
                       _ body: @Sendable (Range<Int>) -> T) -> [T] {
        guard count > 0 else { return [] }
        let chunks = Swift.max(1, Swift.min(requested, count))
        let range: @Sendable (Int) -> Range<Int> = { i in (i * count / chunks)..<((i + 1) * count / chunks) }
        if chunks == 1 || ProcessInfo.processInfo.activeProcessorCount == 1 || Parallelism.sequential {
            return (0..<chunks).map { body(range($0)) }
        }
        let slots = SlotPointer(base: UnsafeMutablePointer<T>.allocate(capacity: chunks))
        defer { slots.base.deinitialize(count: chunks); slots.base.deallocate() }
        withoutActuallyEscaping(body) { body in
            DispatchQueue.concurrentPerform(iterations: chunks) { i in
                (slots.base + i).initialize(to: body(range(i)))
            }
        }
        return Array(UnsafeBufferPointer(start: slots.base, count: chunks))
    }

    /// Result slots written by distinct chunks (each index by exactly one task).
    private struct SlotPointer<T>: @unchecked Sendable { let base: UnsafeMutablePointer<T> }
}
