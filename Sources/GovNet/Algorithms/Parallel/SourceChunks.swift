import Foundation

/// Per-source work (one shortest-path search per source) over ``ParallelChunks``, with progress.
///
/// Sources `0..<count` are cut into a fixed number of contiguous chunks, independent of the number
/// of cores. Vector results are summed per chunk into private buffers and reduced in chunk order, so
/// a result is bit-for-bit the same on every machine and every run. When a ``SourceProgress`` observer
/// is bound, each chunk's range is handed to the body in consecutive slices (the same items in the
/// same order) and the observer hears after each slice.
enum SourceChunks {
    /// Runs `body(range)` for each chunk of `0..<count`, possibly in parallel. `body` must only write
    /// state owned by its range.
    /// - Complexity: the cost of the bodies, over min(chunks, cores) threads.
    static func forEach(count: Int, chunks: Int, _ body: (Range<Int>) -> Void) {
        let tracker = SourceProgress.observer.map { ProgressTracker(total: count, observer: $0) }
        ParallelChunks.forEach(count: count, chunks: chunks) { _, r in
            guard let tracker else { return body(r) }
            tracker.slices(of: r, body)
        }
    }

    /// Sums vectors of `length` produced per chunk: `body(range, buffer)` adds the contribution of the
    /// sources in `range` into its own zeroed `buffer`; buffers are added in chunk order.
    /// - Complexity: the cost of the bodies plus O(chunks · length) for the reduction; O(chunks · length) extra space.
    static func sum(count: Int, length: Int, chunks: Int,
                    _ body: (Range<Int>, UnsafeMutableBufferPointer<Double>) -> Void) -> [Double] {
        let k = Swift.max(1, Swift.min(chunks, count))
        guard count > 0, length > 0 else { return [Double](repeating: 0, count: length) }
        // With an observer, a chunk is summed slice by slice into the same buffer: the same
        // additions in the same order, so the result does not change.
        let tracker = SourceProgress.observer.map { ProgressTracker(total: count, observer: $0) }
        let store = DisjointSlots<Double>(count: k * length, repeating: 0)
        defer { store.release() }
        ParallelChunks.forEach(count: count, chunks: k) { c, r in
            let buffer = store.buffer((c * length)..<((c + 1) * length))
            guard let tracker else { return body(r, buffer) }
            tracker.slices(of: r) { body($0, buffer) }
        }
        var result = Array(store.buffer(0..<length))
        for c in 1..<k {
            let chunk = store.buffer((c * length)..<((c + 1) * length))
            for i in 0..<length { result[i] += chunk[i] }
        }
        return result
    }
}

/// Progress of the per-source algorithms (betweenness, closeness, harmonic centrality and the other
/// all-sources searches), for front ends that show it during long exact runs.
///
/// Bind an observer around a computation: `SourceProgress.observing({ done, total in … }) { … }`. It is
/// called from worker threads, after each slice of sources (about 1/200 of a pass), with the items
/// finished and the total of the current pass; a computation may make several passes. The binding is a
/// task-local value: it holds for the code `body` runs on the calling thread (or task), so two
/// computations in one process can be observed apart, and results do not depend on it.
public enum SourceProgress {
    /// Called with (done, total) of the current pass.
    public typealias Observer = @Sendable (_ done: Int, _ total: Int) -> Void

    @TaskLocal private static var bound: Observer?

    /// The observer bound now, if any.
    static var observer: Observer? { bound }

    /// Runs `body` with `observer` bound, then restores the previous binding.
    public static func observing<T>(_ observer: @escaping Observer, _ body: () throws -> T) rethrows -> T {
        try $bound.withValue(observer, operation: body)
    }
}

/// Counts finished items of one pass across threads and forwards the count to the observer.
private final class ProgressTracker: @unchecked Sendable {
    let total: Int
    let observer: @Sendable (Int, Int) -> Void
    private let lock = NSLock()
    private var done = 0
    private let slice: Int

    init(total: Int, observer: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.observer = observer
        slice = Swift.max(1, total / 200)
    }

    /// Runs `body` on consecutive slices of `r` and reports after each.
    func slices(of r: Range<Int>, _ body: (Range<Int>) -> Void) {
        var start = r.lowerBound
        while start < r.upperBound {
            let end = Swift.min(start + slice, r.upperBound)
            body(start..<end)
            lock.lock(); done += end - start; let now = done; lock.unlock()
            observer(now, total)
            start = end
        }
    }
}
