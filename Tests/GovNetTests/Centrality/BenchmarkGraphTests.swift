import Testing
@testable import GovNet
import GovNetTestSupport

/// `scripts/bench/centrality_vs_igraph.py` regenerates the benchmark graphs in Python to time
/// python-igraph on the identical edge list; these hashes (FNV-1a over the little-endian Int32
/// endpoints, printed by the script) pin the Swift generator it ports.
@Suite struct BenchmarkGraphTests {
    @Test(arguments: [(1_000, 0x56a4_656f_d01f_a2e3 as UInt64), (10_000, 0x6268_2b3f_1bcf_cc23)])
    func barabasiAlbertMatchesPythonPort(n: Int, hash: UInt64) {
        var rng = SeededGenerator(seed: 42)
        let edges = RandomGraphs.barabasiAlbert(nodes: n, attach: 5, using: &rng)
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for (u, v) in edges {
            for x in [u, v] {
                for byte in 0..<4 { h = (h ^ UInt64((UInt32(bitPattern: x) >> (8 * UInt32(byte))) & 0xFF)) &* 0x100_0000_01B3 }
            }
        }
        #expect(h == hash)
    }
}
