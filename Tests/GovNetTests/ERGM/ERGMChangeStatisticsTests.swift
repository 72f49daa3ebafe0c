import Foundation
import Testing
import GovNet
import GovNetTestSupport

/// Every term's change statistic equals a brute-force recount g(y + ij) − g(y − ij) on seeded random
/// graphs, directed and undirected; the statistics g(y) here are computed from their definitions
/// (ergm's `ergm-terms` help) by dense O(n³) loops that share no code with the library.
@Suite struct ERGMChangeStatisticsTests {
    /// A dense network with the definitions of every term.
    struct Dense {
        var n: Int
        var directed: Bool
        var y: [[Bool]]
        var colour: [Int]
        var size: [Double]
        var cov: [[Double]]

        func tie(_ i: Int, _ j: Int) -> Bool { y[i][j] }
        func outDeg(_ i: Int) -> Int { (0..<n).filter { y[i][$0] }.count }
        func inDeg(_ i: Int) -> Int { (0..<n).filter { y[$0][i] }.count }
        /// Ties as (i, j), i < j when undirected.
        var ties: [(Int, Int)] { (0..<n).flatMap { i in (0..<n).filter { j in y[i][j] && (directed || i < j) }.map { (i, $0) } } }
        func choose(_ a: Int, _ k: Int) -> Double {
            if k > a { return 0 }
            var c = 1.0
            for t in 0..<k { c = c * Double(a - t) / Double(t + 1) }
            return c.rounded()
        }
        /// x → k → y two-paths (undirected: common neighbours).
        func partners(_ a: Int, _ b: Int) -> Int { (0..<n).filter { $0 != a && $0 != b && y[a][$0] && y[$0][b] }.count }
        func gw(_ counts: [Int], _ alpha: Double) -> Double {
            let r = 1 - exp(-alpha)
            return counts.reduce(0.0) { $0 + exp(alpha) * (1 - pow(r, Double($1))) }
        }

        func statistic(_ term: String) -> [Double] {
            switch term {
            case "edges": return [Double(ties.count)]
            case "mutual": return [Double(ties.filter { y[$0.1][$0.0] && $0.0 < $0.1 }.count)]
            case "triangle":
                var c = 0
                if directed {
                    // ttriple + ctriple
                    for i in 0..<n { for j in 0..<n { for k in 0..<n where i != j && j != k && i != k {
                        if y[i][j] && y[j][k] && y[i][k] { c += 1 }
                    } } }
                    var cyc = 0
                    for i in 0..<n { for j in 0..<n { for k in 0..<n where i != j && j != k && i != k {
                        if y[i][j] && y[j][k] && y[k][i] { cyc += 1 }
                    } } }
                    return [Double(c + cyc / 3)]
                }
                for i in 0..<n { for j in (i + 1)..<n { for k in (j + 1)..<n where y[i][j] && y[j][k] && y[i][k] { c += 1 } } }
                return [Double(c)]
            case "kstar(2)": return [(0..<n).reduce(0.0) { $0 + choose(outDeg($1), 2) }]
            case "kstar(3)": return [(0..<n).reduce(0.0) { $0 + choose(outDeg($1), 3) }]
            case "istar(2)": return [(0..<n).reduce(0.0) { $0 + choose(inDeg($1), 2) }]
            case "ostar(3)": return [(0..<n).reduce(0.0) { $0 + choose(outDeg($1), 3) }]
            case "gwesp(0.7, fixed)": return [gw(ties.map { partners($0.0, $0.1) }, 0.7)]
            case "gwdsp(0.7, fixed)":
                let pairs = (0..<n).flatMap { i in (0..<n).filter { j in j != i && (directed || i < j) }.map { (i, $0) } }
                return [gw(pairs.map { partners($0.0, $0.1) }, 0.7)]
            case "gwdegree(0.7, fixed)": return [gw((0..<n).map(outDeg), 0.7)]
            case "gwidegree(0.7, fixed)": return [gw((0..<n).map(inDeg), 0.7)]
            case "gwodegree(0.7, fixed)": return [gw((0..<n).map(outDeg), 0.7)]
            case "nodecov(size)": return [ties.reduce(0.0) { $0 + size[$1.0] + size[$1.1] }]
            case "absdiff(size)": return [ties.reduce(0.0) { $0 + abs(size[$1.0] - size[$1.1]) }]
            case "nodefactor(colour)":
                return (1..<3).map { l in Double(ties.reduce(0) { $0 + (colour[$1.0] == l ? 1 : 0) + (colour[$1.1] == l ? 1 : 0) }) }
            case "nodematch(colour)": return [Double(ties.filter { colour[$0.0] == colour[$0.1] }.count)]
            case "nodematch(colour, diff)":
                return (0..<3).map { l in Double(ties.filter { colour[$0.0] == l && colour[$0.1] == l }.count) }
            case "edgecov(cov)": return [ties.reduce(0.0) { $0 + cov[$1.0][$1.1] }]
            default: fatalError(term)
            }
        }
    }

    static let undirectedTerms = ["edges", "triangle", "kstar(2)", "kstar(3)", "gwesp(0.7, fixed)", "gwdsp(0.7, fixed)", "gwdegree(0.7, fixed)",
                                  "nodecov(size)", "absdiff(size)", "nodefactor(colour)", "nodematch(colour)", "nodematch(colour, diff)", "edgecov(cov)"]
    static let directedTerms = ["edges", "mutual", "triangle", "istar(2)", "ostar(3)", "gwesp(0.7, fixed)", "gwdsp(0.7, fixed)",
                                "gwidegree(0.7, fixed)", "gwodegree(0.7, fixed)", "nodecov(size)", "absdiff(size)", "nodefactor(colour)",
                                "nodematch(colour)", "nodematch(colour, diff)", "edgecov(cov)"]

    static func random(n: Int, directed: Bool, density: Double, seed: UInt64) -> Dense {
        var rng = SeededGenerator(seed: seed)
        var y = [[Bool]](repeating: [Bool](repeating: false, count: n), count: n)
        for i in 0..<n { for j in 0..<n where i != j && (directed || i < j) && rng.nextUnit() < density {
            y[i][j] = true
            if !directed { y[j][i] = true }
        } }
        let colour = (0..<n).map { _ in rng.nextInt(below: 3) }
        let size = (0..<n).map { _ in Double(rng.nextInt(below: 9) + 1) }
        var cov = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n { for j in 0..<n where i != j { cov[i][j] = Double(rng.nextInt(below: 5)) / 2 } }
        if !directed { for i in 0..<n { for j in 0..<i { cov[i][j] = cov[j][i] } } }
        return Dense(n: n, directed: directed, y: y, colour: colour, size: size, cov: cov)
    }

    @Test(arguments: [(false, 0.15, UInt64(1)), (false, 0.4, 2), (true, 0.15, 3), (true, 0.35, 4)])
    func changeStatisticsEqualTheRecount(directed: Bool, density: Double, seed: UInt64) throws {
        let g = Self.random(n: 13, directed: directed, density: density, seed: seed)
        let terms = directed ? Self.directedTerms : Self.undirectedTerms
        let model = try ERGMModel(formula: try ERGMFormula(terms.joined(separator: " + ")), nodeCount: g.n, directed: directed, attribute: { name in
            switch name {
            case "colour": return g.colour.map { AttributeValue.string(["a", "b", "c"][$0]) }
            case "size": return g.size.map { AttributeValue.number($0) }
            default: return nil
            }
        }, matrix: { _ in g.cov.flatMap { $0 } })
        var state = ERGMDyadState(nodeCount: g.n, directed: directed, edges: g.ties.map { (Int32($0.0), Int32($0.1)) })
        // The statistics themselves.
        let brute = terms.flatMap { g.statistic($0) }
        expectClose(model.statistics(state), brute, "g(y), directed \(directed)", names: model.names)
        var mismatches: [String] = []
        for i in 0..<g.n { for j in 0..<g.n where i != j && (directed || i < j) {
            var with = g, without = g
            with.y[i][j] = true; without.y[i][j] = false
            if !directed { with.y[j][i] = true; without.y[j][i] = false }
            let expected = zip(terms.flatMap { with.statistic($0) }, terms.flatMap { without.statistic($0) }).map { $0 - $1 }
            let actual = model.changeStatistics(&state, Int32(i), Int32(j))
            for k in expected.indices where !approximatelyEqual(actual[k], expected[k], absolute: 1e-10) {
                mismatches.append("\(model.names[k]) at (\(i), \(j)): \(actual[k]) vs \(expected[k])")
            }
        } }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(state.edges.count == g.ties.count)
    }
}
