import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Progress reporting of the per-source algorithms (exact runs show progress on stderr).
@Suite("SourceProgress", .serialized)
struct SourceProgressTests {
    /// Thread-safe record of what the observer heard.
    final class Heard: @unchecked Sendable {
        private let lock = NSLock()
        private var calls: [(Int, Int)] = []
        func add(_ done: Int, _ total: Int) { lock.withLock { calls.append((done, total)) } }
        var all: [(Int, Int)] { lock.withLock { calls } }
    }

    /// Observing splits chunks into slices but adds the same numbers in the same order: results are
    /// bit-identical, and the observer hears every pass through to its total.
    @Test(arguments: [false, true])
    func resultsUnchangedAndProgressComplete(weighted: Bool) {
        let g = SmallGraphs.ba(600, weighted: weighted)
        let length: PathLength = weighted ? .inverseWeight : .hops
        let plainBetweenness = Centrality.betweenness(of: g, length: length)
        let plainCloseness = Centrality.closeness(of: g, length: length)
        let heard = Heard()
        let (b, c) = SourceProgress.observing({ heard.add($0, $1) }) {
            (Centrality.betweenness(of: g, length: length), Centrality.closeness(of: g, length: length))
        }
        #expect(b == plainBetweenness)
        #expect(c == plainCloseness)
        let calls = heard.all
        #expect(!calls.isEmpty)
        #expect(calls.allSatisfy { $0.0 >= 1 && $0.0 <= $0.1 })
        // Each pass ends at its total (one report with done == total per pass; at least one pass).
        #expect(calls.contains { $0.0 == $0.1 })
        // The binding ends with the closure.
        #expect(SourceProgress.observer == nil)
    }

    @Test func sequentialChunksToo() {
        let g = SmallGraphs.ba(300)
        let heard = Heard()
        let b = SourceProgress.observing({ heard.add($0, $1) }) { Centrality.betweenness(of: g, length: .hops, normalized: true, chunks: 1) }
        #expect(b == Centrality.betweenness(of: g, length: .hops, normalized: true, chunks: 1))
        #expect(heard.all.last.map { $0.0 == $0.1 } == true)
        #expect(heard.all.count >= 100)  // slices of total / 200 sources, at least one source each
    }
}
