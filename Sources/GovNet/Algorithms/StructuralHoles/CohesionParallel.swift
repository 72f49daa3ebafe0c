import Dispatch

/// A raw pointer that chunks of a parallel loop write to at disjoint indices.
struct CohesionSharedPointer<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}

/// Splits `0..<count` into contiguous chunks, one per core (at most
/// `maxChunks`), and runs `body(chunk, range)` on them concurrently. Chunks are fixed by `count`, so
/// results that are reduced in chunk order are deterministic. Small inputs run on the calling thread.
func cohesionParallelChunks(count: Int, minimumPerChunk: Int = 512, maxChunks: Int = 2,
                            _ body: @escaping @Sendable (_ chunk: Int, _ range: Range<Int>) -> Void) {
    let chunks = Swift.max(1, Swift.min(maxChunks, count / Swift.max(1, minimumPerChunk)))
    if chunks == 1 {
        body(0, 0..<count)
        return
    }
    if Parallelism.sequential {
        for c in 0..<chunks { body(c, (count * c / chunks)..<(count * (c + 1) / chunks)) }
        return
    }
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
        let lo = count * c / chunks, hi = count * (c + 1) / chunks
        body(c, lo..<hi)
    }
}
