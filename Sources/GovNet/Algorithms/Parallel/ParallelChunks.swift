import Foundation

/// The library's one parallel loop: `0..<count` cut into a fixed number of contiguous chunks that run
/// across the cores.
///
/// The partition depends only on `count` and `chunks` — never on the number of cores, the thread
/// setting or scheduling — so anything reduced in chunk order (vector sums, counts, result lists) is
/// bit-for-bit the same on every machine and every run. Every parallel algorithm of the library
/// (the Brandes family, closeness and harmonic centrality, clustering and triads, efficiency and
/// vulnerability, structural holes and tie redundancy, QAP and MRQAP permutations, ERGM chains,
/// failure curves and robustness draws) goes through ``forEach(count:chunks:_:)`` or
/// ``map(count:chunks:_:)``.
///
/// **Threads.** `GOVNET_THREADS=N` in the environment caps the worker threads at `N`; `1` runs the
/// chunks one after another on the calling thread (for side-by-side benchmarks against
/// single-threaded peers such as python-igraph, and for tests). Unset, the chunks go to
/// `DispatchQueue.concurrentPerform`, which sizes itself to the cores. The setting never changes a
/// result, only how many chunks run at once.
///
/// References: libdispatch's `dispatch_apply`; the fixed-partition, ordered-reduction scheme of
/// igraph's and NetworKit's parallel all-sources loops.
enum ParallelChunks {
    /// Chunks for all-sources work whose chunks each hold an n-long result vector: enough for load
    /// balance on a few cores, few enough that the private vectors stay small.
    static let standard = 16

    /// The worker-thread cap from `GOVNET_THREADS` (a positive integer), or `nil` when unset or not a
    /// positive integer.
    static let threadLimit: Int? = {
        guard let text = ProcessInfo.processInfo.environment["GOVNET_THREADS"], let n = Int(text), n > 0 else { return nil }
        return n
    }()

    /// `true` when `GOVNET_THREADS` is `1`: every loop runs on the calling thread.
    static var sequential: Bool { threadLimit == 1 }

    /// The `c`-th of `chunks` near-equal contiguous ranges of `0..<count`.
    @inline(__always)
    static func range(_ c: Int, of chunks: Int, count: Int) -> Range<Int> {
        (c * count / chunks)..<((c + 1) * count / chunks)
    }

    /// The number of chunks for `count` items when each chunk should hold at least `minimumPerChunk`
    /// of them: between 1 and ``standard``.
    static func chunks(for count: Int, minimumPerChunk: Int) -> Int {
        Swift.max(1, Swift.min(standard, count / Swift.max(1, minimumPerChunk)))
    }

    /// Runs `body(chunk, range)` for each of the `chunks` ranges of `0..<count` (fewer when
    /// `count < chunks`), possibly in parallel. `body` may write only state owned by its chunk or
    /// its range — a ``DisjointSlots`` handle, or a private value returned through ``map``. `threads`
    /// caps the worker threads (default: the `GOVNET_THREADS` setting; `nil` for no cap).
    /// - Complexity: the cost of the bodies over min(chunks, cores, thread limit) threads; O(chunks)
    ///   overhead.
    static func forEach(count: Int, chunks requested: Int, threads: Int? = threadLimit,
                        _ body: (_ chunk: Int, _ range: Range<Int>) -> Void) {
        guard count > 0 else { return }
        let k = Swift.max(1, Swift.min(requested, count))
        let workers = Swift.max(1, Swift.min(k, threads ?? k))
        if workers == 1 {
            for c in 0..<k { body(c, range(c, of: k, count: count)) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable(body)
            if workers == k {
                DispatchQueue.concurrentPerform(iterations: k) { c in shared.value(c, range(c, of: k, count: count)) }
            } else {
                // Capped: `workers` threads take chunks in turn from a shared counter.
                let next = ChunkCounter()
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    while let c = next.take(below: k) { shared.value(c, range(c, of: k, count: count)) }
                }
            }
        }
    }

    /// `body(range)` for each chunk of `0..<count`, possibly in parallel; the results in chunk order.
    /// - Complexity: as ``forEach(count:chunks:_:)``; O(chunks) extra space for the results.
    static func map<T>(count: Int, chunks requested: Int, _ body: (Range<Int>) -> T) -> [T] {
        guard count > 0 else { return [] }
        let k = Swift.max(1, Swift.min(requested, count))
        let slots = DisjointSlots<T?>(count: k, repeating: nil)
        defer { slots.release() }
        forEach(count: count, chunks: k) { c, r in slots[c] = body(r) }
        return slots.array.map { $0! }
    }
}

/// A buffer that the chunks of a ``ParallelChunks`` loop write at disjoint indices — the one
/// scratch-and-result handle of the parallel code, in the manner of swift-collections'
/// `Heap+UnsafeHandle`: one allocation, initialised on creation, bounds-checked in debug builds,
/// released once by its owner (`defer { slots.release() }`).
///
/// It is `@unchecked Sendable` because each index is written by exactly one chunk during the loop and
/// read only after the loop returns.
struct DisjointSlots<Element>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Element>
    /// The number of slots.
    let count: Int

    /// `count` slots, each set to `value`.
    /// - Complexity: O(count).
    init(count: Int, repeating value: Element) {
        self.count = count
        base = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(count, 1))
        base.initialize(repeating: value, count: count)
    }

    /// The slot at `index` (`0..<count`; checked in debug builds).
    subscript(index: Int) -> Element {
        get { assert(index >= 0 && index < count, "slot \(index) outside 0..<\(count)"); return base[index] }
        nonmutating set { assert(index >= 0 && index < count, "slot \(index) outside 0..<\(count)"); base[index] = newValue }
    }

    /// The slots `range` as a mutable buffer (for a chunk's private vector; checked in debug builds).
    func buffer(_ range: Range<Int>) -> UnsafeMutableBufferPointer<Element> {
        assert(range.lowerBound >= 0 && range.upperBound <= count, "slots \(range) outside 0..<\(count)")
        return UnsafeMutableBufferPointer(start: base + range.lowerBound, count: range.count)
    }

    /// A copy of all slots, in index order.
    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Deinitialises and frees the slots; the handle must not be used afterwards.
    func release() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}

/// Hands the loop body to `concurrentPerform`'s `@Sendable` closure. Sound because every chunk writes
/// only memory it owns and reads shared data that no one writes during the loop.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// The next chunk index for capped worker threads.
private final class ChunkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    /// The next unclaimed index below `limit`, or `nil` when all are claimed.
    func take(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < limit else { return nil }
        next += 1
        return next - 1
    }
}
