import Testing
@testable import GovNet
import GovNetTestSupport

@Suite struct StructuralHolesTests {
    /// Every reference graph, unweighted and weighted, against NetworkX 3.6.1 (`CohesionReferenceData.swift`).
    @Test(arguments: ReferenceCase.names, [false, true])
    func matchesNetworkX(name: String, weighted: Bool) {
        let ref = ReferenceCase.named(name)
        let g = ref.graph(weighted: weighted)
        let computed: [String: [Double]] = [
            "constraint": StructuralHoles.constraint(of: g, weighted: weighted),
            "effective_size": StructuralHoles.effectiveSize(of: g, weighted: weighted),
            "burt_efficiency": StructuralHoles.efficiency(of: g, weighted: weighted),
            "hierarchy": StructuralHoles.hierarchy(of: g, weighted: weighted),
        ]
        for (metric, values) in computed {
            guard let expected = ref.expected(metric, weighted: weighted) else { continue }
            #expect(values.count == expected.count)
            for v in 0..<expected.count {
                #expect(approximatelyEqual(values[v], expected[v]), "\(name) \(metric) node \(v): \(values[v]) vs \(expected[v])")
            }
        }
    }

    /// Hand-checked: path 0—1—2. Node 1 has p = ½ to each end and no indirect ties: C = 2·(½)² = ½;
    /// its contacts are unconnected, so effective size 2, efficiency 1, hierarchy 0 (equal shares).
    @Test func pathByHand() {
        let g = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], directed: false)
        #expect(StructuralHoles.constraint(of: g, weighted: false) == [1, 0.5, 1])
        #expect(StructuralHoles.effectiveSize(of: g, weighted: false) == [1, 2, 1])
        #expect(StructuralHoles.efficiency(of: g, weighted: false) == [1, 1, 1])
        let h = StructuralHoles.hierarchy(of: g, weighted: false)
        #expect(h[0].isNaN && h[2].isNaN && abs(h[1]) < 1e-15)
    }

    /// Triangle: every node has p = ½ to each contact and an indirect ½·½, so c_ij = (¾)², C = 9/8;
    /// effective size 2 − 2·1/2 = 1 (Borgatti n − 2t/n).
    @Test func triangleByHand() {
        let g = Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (0, 2)], directed: false)
        for c in StructuralHoles.constraint(of: g, weighted: false) { #expect(approximatelyEqual(c, 9.0 / 8)) }
        for e in StructuralHoles.effectiveSize(of: g, weighted: false) { #expect(approximatelyEqual(e, 1)) }
    }

    @Test func emptyAndIsolates() {
        let empty = Graph(nodeCount: 0, edges: [], directed: false)
        #expect(StructuralHoles.constraint(of: empty, weighted: false).isEmpty)
        #expect(StructuralHoles.effectiveSize(of: empty, weighted: true).isEmpty)
        let lonely = Graph(nodeCount: 2, edges: [], directed: true)
        #expect(StructuralHoles.constraint(of: lonely, weighted: false).allSatisfy { $0.isNaN })
        #expect(StructuralHoles.effectiveSize(of: lonely, weighted: false).allSatisfy { $0.isNaN })
        #expect(StructuralHoles.efficiency(of: lonely, weighted: false).allSatisfy { $0.isNaN })
        #expect(StructuralHoles.hierarchy(of: lonely, weighted: false).allSatisfy { $0.isNaN })
    }

    /// A sink of a directed graph (in-arcs only) has contacts: NetworkX's all-nodes computation gives it
    /// a value, not NaN (its per-node path would say NaN; see `StructuralHoles`).
    @Test func directedSinkHasValues() {
        let g = Graph(nodeCount: 3, edges: [(0, 2), (1, 2)], directed: true)
        #expect(StructuralHoles.constraint(of: g, weighted: false)[2] == 0.5)
        #expect(StructuralHoles.effectiveSize(of: g, weighted: false)[2] == 2)
    }

    /// Mutual weights: a reciprocated arc weighs 2 against 1 for a one-way arc, so in 0⇄1, 0→2 node 0
    /// has p = (⅔, ⅓) and C = 4/9 + 1/9.
    @Test func reciprocatedArcsWeighDouble() {
        let g = Graph(nodeCount: 3, edges: [(0, 1), (1, 0), (0, 2)], directed: true)
        #expect(approximatelyEqual(StructuralHoles.constraint(of: g, weighted: false)[0], 5.0 / 9))
    }
}

@Suite struct StructuralHolesOracleTests {
    /// Every oracle fixture (NetworkX 3.6.1, scripts/oracle/generate.py), unweighted and weighted variants.
    @Test(arguments: CohesionOracle.names, [false, true])
    func matchesOracle(name: String, weighted: Bool) {
        let f = CohesionOracle.load(name)
        guard !weighted || f.weighted != nil else { return }
        let g = f.makeGraph(weighted: weighted)
        let computed: [String: [Double]] = [
            "constraint": StructuralHoles.constraint(of: g, weighted: weighted),
            "effective_size": StructuralHoles.effectiveSize(of: g, weighted: weighted),
            "burt_efficiency": StructuralHoles.efficiency(of: g, weighted: weighted),
            "hierarchy": StructuralHoles.hierarchy(of: g, weighted: weighted),
        ]
        for (metric, values) in computed {
            guard let expected = CohesionOracle.node(f, metric, weighted: weighted) else {
                Issue.record("\(name): fixture lacks \(metric)"); continue
            }
            for v in 0..<expected.count where !approximatelyEqual(values[v], expected[v]) {
                Issue.record("\(name) \(metric) \(f.graph.nodes[v]): \(values[v]) vs \(expected[v])")
            }
        }
    }
}
