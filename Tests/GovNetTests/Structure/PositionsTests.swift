import Testing
@testable import GovNet
import GovNetTestSupport

/// Structural equivalence, hierarchical clustering and blockmodel images against R's sna 2.7
/// (`sedist(joint.analysis = TRUE, code.diss = TRUE)`, `equiv.clust(cluster.method = "complete")`,
/// `cutree`, `blockmodel(...)$block.model`) on Fixtures/structural/one-mode.json; CONCOR on planted blocks.
@Suite struct PositionsTests {
    @Test func distancesMatchSedist() throws {
        var checked = 0
        for g in try StructuralFixture.load().graphs where g.nodes.count >= 4 {
            for d in StructuralEquivalence.Distance.allCases {
                guard let expected = g.list("sedist_\(d.rawValue)") else { continue }
                let n = g.nodes.count
                let x = StructuralEquivalence.distances(of: g.graph, distance: d)
                for i in 0..<n { for j in 0..<n where i != j {
                    #expect(approximatelyEqual(x[i * n + j], expected[i * n + j]), "\(g.name) \(d) (\(i), \(j)): \(x[i * n + j]) vs sna \(expected[i * n + j])")
                } }
                checked += 1
            }
        }
        #expect(checked >= 60)
    }

    @Test func partitionsAndImagesMatchEquivClustAndBlockmodel() throws {
        for g in try StructuralFixture.load().graphs where g.nodes.count >= 4 {
            for d in StructuralEquivalence.Distance.allCases {
                for k in 2...4 {
                    guard let expected = g.list("positions_\(d.rawValue)_\(k)") else { continue }
                    let r = Positions.compute(g.graph, method: .se, k: k, distance: d)
                    #expect(r.blocks.map(Double.init) == expected, "\(g.name) \(d) k=\(k): \(r.blocks) vs sna \(expected)")
                    guard r.blocks.map(Double.init) == expected, let image = g.sna["image_\(d.rawValue)_\(k)"] else { continue }
                    let flat = r.image.flatMap { $0 }
                    if case .list(let e) = image {
                        #expect(flat.count == e.count)
                        for (a, b) in zip(flat, e) { #expect(approximatelyEqual(a, b), "\(g.name) \(d) k=\(k) image") }
                    }
                }
            }
        }
    }

    /// Two planted groups with identical ties are found by CONCOR's first split.
    @Test func concorSeparatesPlantedPositions() {
        // Leaders 0–2 each send a tie to every follower 3–8; followers tie among themselves in a ring.
        var edges: [(Int32, Int32)] = []
        for l in 0..<3 { for f in 3..<9 { edges.append((Int32(l), Int32(f))) } }
        for f in 3..<9 { edges.append((Int32(f), Int32(3 + (f - 2) % 6))) }
        let g = Graph(nodeCount: 9, edges: edges, directed: true)
        let p = CONCOR.positions(of: g, depth: 1)
        #expect(p == [1, 1, 1, 2, 2, 2, 2, 2, 2])
        let image = Blockmodel.image(of: g, blocks: p)
        #expect(image[0][1] == 1 && image[0][0] == 0 && image[1][0] == 0)
    }
}
