import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// QAP: observed correlations against the independent numpy computation of scripts/oracle/qap.py, and
/// the behaviour of the permutation p-values.
@Suite struct QAPTests {
    struct Oracle: Decodable {
        struct TieCounts: Decodable { let before, after, added, removed, reweighted: Int; let jaccard: Double? }
        let nodes: Int
        let binary: [String: Double]
        let weighted: [String: Double]
        let ties: [String: TieCounts]
    }

    static let oracle: [String: Oracle] = {
        let url = RepoPaths.fixtures.appendingPathComponent("comparison/qap-oracle.json")
        return try! JSONDecoder().decode([String: Oracle].self, from: Data(contentsOf: url))
    }()

    static func pair(_ name: String) throws -> (Network, Network, ResolvedMapping) {
        let (b, a, m): (String, String, String) = name == "small"
            ? (RepoPaths.fixtures.appendingPathComponent("comparison/small-before.yaml").path,
               RepoPaths.fixtures.appendingPathComponent("comparison/small-after.yaml").path,
               RepoPaths.fixtures.appendingPathComponent("comparison/small-mapping.csv").path)
            : (RepoPaths.networks.appendingPathComponent("hubei-city-pre-reform.yaml").path,
               RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path,
               RepoPaths.networks.appendingPathComponent("hubei-city-reform-mapping.csv").path)
        let before = try NetworkReader.read(path: b).network, after = try NetworkReader.read(path: a).network
        return (before, after, try DepartmentMapping.read(path: m).resolve(before: before, after: after))
    }

    @Test(arguments: ["small", "hubei"]) func observedCorrelationMatchesNumpy(_ name: String) throws {
        let expected = try #require(Self.oracle[name])
        let (before, after, mapping) = try Self.pair(name)
        for weighted in [false, true] {
            let c = try NetworkComparison(before: before, after: after, mapping: mapping,
                                          // scripts/oracle/qap.py copies split departments' ties and sums merged weights.
                                          settings: .init(weighted: weighted, permutations: 0, metrics: false, align: .copy, combine: .sum))
            let table = weighted ? expected.weighted : expected.binary
            #expect(Set(c.qap.map(\.0)) == Set(table.keys))
            for (scope, r) in c.qap {
                #expect(r.nodes == expected.nodes)
                #expect(approximatelyEqual(r.correlation, table[scope]!), "\(name) \(scope) weighted=\(weighted): \(r.correlation) vs \(table[scope]!)")
            }
            for (scope, k) in c.diff.counts {
                let o = try #require(expected.ties[scope])
                let got: [Int] = [k.before, k.after, k.added, k.removed, k.reweighted], want: [Int] = [o.before, o.after, o.added, o.removed, o.reweighted]
                #expect(got == want, "\(name) \(scope)")
                #expect(approximatelyEqual(k.jaccard, o.jaccard ?? .nan))
            }
        }
    }

    /// A random digraph on `n` nodes with arc probability `p`, as a QAP matrix.
    static func random(n: Int, p: Double, rng: inout SeededGenerator) -> QAP.Matrix {
        var cells: [(Int32, Int32, Double)] = []
        for i in 0..<n { for j in 0..<n where i != j && rng.nextUnit() < p { cells.append((Int32(i), Int32(j), 1)) } }
        return QAP.Matrix(n: n, cells: cells)
    }

    @Test func correlationByDefinition() {
        // Directed 3-cycle vs its reverse: cells (0,1),(1,2),(2,0) vs (1,0),(2,1),(0,2): r = -1.
        let x = QAP.Matrix(n: 3, cells: [(0, 1, 1), (1, 2, 1), (2, 0, 1)])
        let y = QAP.Matrix(n: 3, cells: [(1, 0, 1), (2, 1, 1), (0, 2, 1)])
        #expect(approximatelyEqual(QAP.correlation(x, y), -1))
        #expect(approximatelyEqual(QAP.correlation(x, x), 1))
        let r = QAP.test(x, y, permutations: 200, seed: 3)
        #expect(r.jaccard == 0 && r.simpleMatching == 0 && r.hamming == 6)
        #expect(r.pLess > 0 && r.pTwoSided == 1)  // every relabelling of a 3-cycle is the cycle or its reverse
        // Constant matrices: undefined.
        #expect(QAP.correlation(QAP.Matrix(n: 3, cells: []), x).isNaN)
        #expect(QAP.test(QAP.Matrix(n: 1, cells: []), QAP.Matrix(n: 1, cells: [])).correlation.isNaN)
    }

    @Test func pValuesAreReproducibleUnderASeed() {
        var rng = SeededGenerator(seed: 11)
        let x = Self.random(n: 25, p: 0.2, rng: &rng), y = Self.random(n: 25, p: 0.2, rng: &rng)
        let a = QAP.test(x, y, permutations: 500, seed: 42), b = QAP.test(x, y, permutations: 500, seed: 42)
        #expect(a == b)
        let c = QAP.test(x, y, permutations: 500, seed: 43)
        #expect(c.correlation == a.correlation)
        #expect(a.pGreater + a.pLess >= 1)  // ties at r count on both sides
    }

    @Test func identicalNetworksAreSignificant() {
        var rng = SeededGenerator(seed: 5)
        let x = Self.random(n: 30, p: 0.15, rng: &rng)
        let r = QAP.test(x, x, permutations: 1000, seed: 1)
        #expect(approximatelyEqual(r.correlation, 1))
        #expect(r.pGreater <= 2.0 / 1001)
        #expect(r.pLess == 1)
        #expect(r.jaccard == 1 && r.simpleMatching == 1)
    }

    @Test func independentNetworksGiveRoughlyUniformP() {
        var ps: [Double] = []
        for s in 0..<40 {
            var rng = SeededGenerator(seed: UInt64(1000 + s))
            let x = Self.random(n: 20, p: 0.2, rng: &rng), y = Self.random(n: 20, p: 0.2, rng: &rng)
            ps.append(QAP.test(x, y, permutations: 200, seed: UInt64(s)).pGreater)
        }
        let mean = ps.reduce(0, +) / Double(ps.count)
        #expect(mean > 0.3 && mean < 0.7, "mean p_greater \(mean)")
        #expect(ps.filter { $0 < 0.05 }.count <= 6)
    }

    @Test func undirectedMatricesEqualUpperTriangleCorrelation() {
        // Symmetric matrices: the correlation over all off-diagonal cells equals that over the upper
        // triangle (each pair counted twice), as sna::gcor(mode = "graph").
        var rng = SeededGenerator(seed: 9)
        var xc: [(Int32, Int32, Double)] = [], yc: [(Int32, Int32, Double)] = []
        var xs: [Double] = [], ys: [Double] = []
        for i in 0..<12 { for j in (i + 1)..<12 {
            let a: Double = rng.nextUnit() < 0.3 ? 1 : 0, b: Double = rng.nextUnit() < 0.3 ? 1 : 0
            xs.append(a); ys.append(b)
            if a > 0 { xc += [(Int32(i), Int32(j), 1), (Int32(j), Int32(i), 1)] }
            if b > 0 { yc += [(Int32(i), Int32(j), 1), (Int32(j), Int32(i), 1)] }
        } }
        let n = Double(xs.count), mx = xs.reduce(0, +) / n, my = ys.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for k in xs.indices { sxy += (xs[k] - mx) * (ys[k] - my); sxx += (xs[k] - mx) * (xs[k] - mx); syy += (ys[k] - my) * (ys[k] - my) }
        #expect(approximatelyEqual(QAP.correlation(QAP.Matrix(n: 12, cells: xc), QAP.Matrix(n: 12, cells: yc)), sxy / (sxx * syy).squareRoot()))
    }
}
