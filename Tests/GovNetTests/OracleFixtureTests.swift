import Testing
@testable import GovNet
import GovNetTestSupport

/// The oracle fixtures (written by `scripts/oracle/generate.py` with NetworkX) load, and the CSR graph
/// built from each one is the graph NetworkX computed on: same nodes, same edges, same degrees and
/// strengths. Every algorithm test that compares against a fixture relies on this.
@Suite struct OracleFixtureTests {
    static let names = OracleFixture.allNames()

    @Test func fixturesArePresent() {
        for required in ["karate", "karate_weighted", "florentine", "krackhardt_kite", "davis_women_projection",
                         "les_miserables", "emon_cheyenne", "emon_hurrfrederic", "emon_lakepomona", "emon_mtsi",
                         "emon_mtsthelens", "emon_texas", "emon_wichita", "random_directed_weighted",
                         "random_isolates", "random_undirected_weighted", "star6", "path5", "single_node",
                         "empty", "two_nodes", "directed_cycle5", "directed_path4", "random_directed_sparse"] {
            #expect(Self.names.contains(required), "missing fixture \(required)")
        }
    }

    @Test(arguments: names) func loadsAndMatchesGraph(name: String) throws {
        let fixture = try OracleFixture.load(name)
        let spec = fixture.graph
        #expect(spec.name == name)
        #expect(Set(spec.nodes).count == spec.nodes.count, "duplicate node ids")
        #expect(fixture.weighted != nil || !spec.weighted, "weighted graph without a weighted variant")

        for weighted in spec.weighted ? [false, true] : [false] {
            let graph = fixture.makeGraph(weighted: weighted)
            graph._checkInvariants()
            #expect(graph.nodeCount == spec.nodes.count)
            #expect(graph.edgeCount == spec.edges.count, "\(name): \(graph.edgeCount) edges built, fixture has \(spec.edges.count)")
            #expect(graph.droppedSelfLoops == 0)
            if !spec.edges.isEmpty { #expect(graph.isDirected == spec.directed) }

            // Degrees (and, weighted, strengths) agree with NetworkX node by node.
            let metrics = weighted ? fixture.weighted! : fixture.unweighted
            for (i, id) in spec.nodes.enumerated() {
                let inDegree = graph.inDegree(i), outDegree = graph.outDegree(i)
                let degree = spec.directed ? inDegree + outDegree : outDegree
                if !weighted {
                    #expect(metrics.node["degree"]?[id] == Double(degree), "\(name) degree of \(id)")
                    #expect(metrics.node["in_degree"]?[id] == Double(inDegree), "\(name) in_degree of \(id)")
                    #expect(metrics.node["out_degree"]?[id] == Double(outDegree), "\(name) out_degree of \(id)")
                }
                let outSlots = Int(graph.offsets[i])..<Int(graph.offsets[i + 1])
                let inSlots = Int(graph.inOffsets[i])..<Int(graph.inOffsets[i + 1])
                var strength = outSlots.reduce(0.0) { $0 + graph.weights[$1] }
                if spec.directed { strength += inSlots.reduce(0.0) { $0 + graph.inWeights[$1] } }
                let expected = try #require(metrics.node["strength"]?[id] ?? nil)
                #expect(approximatelyEqual(strength, expected), "\(name) strength of \(id): \(strength) vs \(expected)")
            }
            if !weighted {
                #expect(metrics.network["nodes"] == Double(spec.nodes.count))
                #expect(metrics.network["ties"] == Double(spec.edges.count))
            }
        }
    }

    @Test(arguments: names) func everyEdgeMetricListsEveryEdge(name: String) throws {
        let fixture = try OracleFixture.load(name)
        let edges = fixture.graph.edges.map { [$0[0].string, $0[1].string] }
        for metrics in [fixture.unweighted] + (fixture.weighted.map { [$0] } ?? []) {
            for (metric, rows) in metrics.edge {
                #expect(rows.map { [$0[0].string, $0[1].string] } == edges, "\(name) \(metric)")
            }
            for (metric, values) in metrics.node {
                #expect(values.count == fixture.graph.nodes.count, "\(name) \(metric)")
            }
        }
    }
}
