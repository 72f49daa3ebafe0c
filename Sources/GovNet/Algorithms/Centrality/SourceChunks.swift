import Dispatch

/// Deterministic splitting of per-source work (one shortest-path search per source) across cores.
///
/// Sources `0..<count` are cut into a fixed number of contiguous chunks, independent of the number
/// of cores, and the chunks run under `DispatchQueue.concurrentPerform`. Vector results are summed
/// per chunk into private buffers and reduced in chunk order, so a result is bit-for-bit the same on
/// every machine and every run; with one chunk the work runs sequentially on the calling thread.
enum SourceChunks {
    /// Chunks used by the public algorithms: enough for load balance on a few cores, few enough that
    /// per-chunk result vectors stay small (16 × n doubles).
    static let standard = 16

    /// The `c`-th of `chunks` near-equal contiguous ranges of `0..<count`.
    @inline(__always)
    static func range(_ c: Int, of chunks: Int, count: Int) -> Range<Int> {
        (c * count / chunks)..<((c + 1) * count / chunks)
    }

    /// Runs `body(range)` for each chunk of `0..<count`, possibly in parallel. `body` must only write
    /// state owned by its range.
    /// - Complexity: the cost of the bodies, over `min(chunks, cores)` threads.
    static func forEach(count: Int, chunks: Int, _ body: (Range<Int>) -> Void) {
        let k = Swift.max(1, Swift.min(chunks, count))
        if k == 1 {
            if count > 0 { body(0..<count) }
            return
        }
        if Parallelism.sequential {
            for c in 0..<k { body(range(c, of: k, count: count)) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: k) { c in shared.value(range(c, of: k, count: count)) }
        }
    }

    /// Sums vectors of `length` produced per chunk: `body(range, buffer)` adds the contribution of the
    /// sources in `range` into its own zeroed `buffer`; buffers are added in chunk order.
    /// - Complexity: the cost of the bodies plus O(chunks · length) for the reduction; O(chunks · length) extra space.
    static func sum(count: Int, length: Int, chunks: Int,
                    _ body: (Range<Int>, UnsafeMutableBufferPointer<Double>) -> Void) -> [Double] {
        let k = Swift.max(1, Swift.min(chunks, count))
        guard count > 0, length > 0 else { return [Double](repeating: 0, count: length) }
        if k == 1 {
            var result = [Double](repeating: 0, count: length)
            result.withUnsafeMutableBufferPointer { body(0..<count, $0) }
            return result
        }
        let store = UnsafeMutableBufferPointer<Double>.allocate(capacity: k * length)
        store.initialize(repeating: 0)
        defer { store.deallocate() }
        if Parallelism.sequential {
            for c in 0..<k { body(range(c, of: k, count: count), UnsafeMutableBufferPointer(rebasing: store[(c * length)..<((c + 1) * length)])) }
        } else { withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable((body, store))
            DispatchQueue.concurrentPerform(iterations: k) { c in
                let (body, store) = shared.value
                body(range(c, of: k, count: count), UnsafeMutableBufferPointer(rebasing: store[(c * length)..<((c + 1) * length)]))
            }
        } }
        var result = Array(store[0..<length])
        for c in 1..<k {
            let base = c * length
            for i in 0..<length { result[i] += store[base + i] }
        }
        return result
    }
}

/// Hands a value to `concurrentPerform`'s `@Sendable` closure. Sound here because every chunk
/// writes only memory it owns (its own result range or buffer) and reads shared data that no one
/// writes during the parallel section.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
