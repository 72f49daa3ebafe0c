import Testing
@testable import GovNet
import GovNetTestSupport

/// The one parallel loop: every index runs exactly once, in its fixed chunk, whatever the thread cap;
/// results reduced in chunk order are bit-identical for every cap.
@Suite struct ParallelChunksTests {
    @Test(arguments: [0, 1, 5, 16, 17, 1_000])
    func everyIndexRunsOnceInItsChunk(count: Int) {
        for threads in [1, 2, 3, nil] as [Int?] {
            let chunks = 16
            let seen = DisjointSlots<Int>(count: max(count, 1), repeating: -1)
            defer { seen.release() }
            ParallelChunks.forEach(count: count, chunks: chunks, threads: threads) { c, range in
                for i in range { seen[i] = c }
            }
            let k = max(1, min(chunks, count))
            for i in 0..<count {
                let c = seen[i]
                #expect(c >= 0 && c < k)
                #expect(ParallelChunks.range(c, of: k, count: count).contains(i))
            }
        }
    }

    @Test func rangesPartitionTheWork() {
        for (count, chunks) in [(10, 3), (7, 7), (100, 16), (3, 1)] {
            let ranges = (0..<chunks).map { ParallelChunks.range($0, of: chunks, count: count) }
            #expect(ranges.first?.lowerBound == 0)
            #expect(ranges.last?.upperBound == count)
            for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
        }
    }

    @Test func mapReturnsChunkResultsInOrder() {
        let parts = ParallelChunks.map(count: 100, chunks: 8) { range in range.lowerBound }
        #expect(parts == (0..<8).map { $0 * 100 / 8 })
        #expect(ParallelChunks.map(count: 0, chunks: 8) { $0.count }.isEmpty)
    }

    /// A floating-point sum reduced in chunk order does not depend on how many threads ran.
    @Test func chunkOrderReductionIsIndependentOfThreads() {
        let values = (0..<10_000).map { 1.0 / Double($0 + 1) }
        var sums: [Double] = []
        for threads in [1, 2, 5, nil] as [Int?] {
            let slots = DisjointSlots<Double>(count: 16, repeating: 0)
            defer { slots.release() }
            ParallelChunks.forEach(count: values.count, chunks: 16, threads: threads) { c, range in
                var s = 0.0
                for i in range { s += values[i] }
                slots[c] = s
            }
            sums.append(slots.array.reduce(0, +))
        }
        #expect(Set(sums.map(\.bitPattern)).count == 1)
    }

    @Test func chunkCountFollowsTheWorkSize() {
        #expect(ParallelChunks.chunks(for: 0, minimumPerChunk: 512) == 1)
        #expect(ParallelChunks.chunks(for: 1_100, minimumPerChunk: 512) == 2)
        #expect(ParallelChunks.chunks(for: 1_000_000, minimumPerChunk: 512) == ParallelChunks.standard)
    }
}
