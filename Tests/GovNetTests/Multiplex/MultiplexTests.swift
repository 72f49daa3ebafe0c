import Testing
@testable import GovNet
import GovNetTestSupport

@Suite struct MultiplexTests {
    /// Hand-checked: node 0 has one tie in each of two layers → P = 2·(1 − ½) = 1; nodes 1 and 2 have
    /// their only tie in one layer → 0.
    @Test func participationByHand() {
        let a = Graph(nodeCount: 4, edges: [(0, 1)], directed: false)
        let b = Graph(nodeCount: 4, edges: [(0, 2)], directed: false)
        #expect(Multiplex.participation(layers: [a, b]) == [1, 0, 0, 0])
        // Three layers, node 0 with degrees (2, 1, 0) → 3/2 · (1 − (4 + 1)/9) = 2/3; directed counts in + out.
        let c = Graph(nodeCount: 4, edges: [(0, 1), (2, 0)], directed: true)
        let d = Graph(nodeCount: 4, edges: [(0, 3)], directed: false)
        let e = Graph(nodeCount: 4, edges: [], directed: false)
        let p = Multiplex.participation(layers: [c, d, e])
        #expect(approximatelyEqual(p[0], 2.0 / 3) && p[3] == 0)
    }

    @Test func participationDegenerate() {
        #expect(Multiplex.participation(layers: []) == [])
        let a = Graph(nodeCount: 3, edges: [(0, 1)], directed: false)
        #expect(Multiplex.participation(layers: [a]) == [0, 0, 0])
    }

    @Test func jaccardOverlap() {
        let a = Graph(nodeCount: 4, edges: [(0, 1), (1, 2)], directed: false)
        let b = Graph(nodeCount: 4, edges: [(2, 1), (3, 2), (2, 3)], directed: true)  // pairs {1,2}, {2,3}
        #expect(approximatelyEqual(Multiplex.jaccardOverlap(a, b), 1.0 / 3))
        #expect(Multiplex.jaccardOverlap(a, a) == 1)
        let none = Graph(nodeCount: 4, edges: [], directed: false)
        #expect(Multiplex.jaccardOverlap(none, none).isNaN)
        #expect(Multiplex.jaccardOverlap(a, none) == 0)
    }

    /// Layers built from a network's mechanisms keep the node order (NetworkGraph per mechanism view).
    @Test func layersFromNetwork() {
        var net = Network()
        net.departments = ["A", "B", "C"].map { Department(id: $0) }
        net.ties = [Tie(from: "A", to: "B", mechanism: "command"), Tie(from: "A", to: "C", mechanism: "information")]
        let layers = ["command", "information"].map { NetworkGraph(network: net, view: GraphView(mechanisms: [$0])).graph }
        #expect(Multiplex.participation(layers: layers) == [1, 0, 0])
        #expect(Multiplex.jaccardOverlap(layers[0], layers[1]) == 0)
    }
}
