import GovNet
import Testing
@testable import GovNetGraphviz

/// What a diagram leaves out and how large it may be: self-loops (ignored by the analyses) and repeated
/// ties are not drawn — 100,000 self-loops once made Graphviz fail ("edge length larger than maximum") —
/// and networks beyond ``DiagramLimits`` are refused with a message instead of a layout of minutes.
@Suite struct DiagramLimitsTests {
    @Test func selfLoopsAndRepeatedTiesAreDrawnOnce() throws {
        let departments = [Department(id: "a"), Department(id: "b")]
        let ties = [Tie(from: "a", to: "b", mechanism: "command"), Tie(from: "b", to: "a", mechanism: "command"),
                    Tie(from: "a", to: "b", mechanism: "command"), Tie(from: "a", to: "a", mechanism: "command")]
            + Array(repeating: Tie(from: "b", to: "b", mechanism: "command"), count: 1_000)
        let net = Network(metadata: NetworkMetadata(title: "t"), departments: departments, ties: ties)
        let g = try NetworkDiagram.graph(network: net, options: DiagramOptions())
        let drawn = g.edges.filter { $0.attributes["id"]?.hasPrefix("legend") != true }
        #expect(drawn.count == (net.isDirected(ties[0]) ? 2 : 1), "\(drawn.map(\.attributes))")
    }

    @Test func networksBeyondTheLimitsAreRefused() throws {
        let many = (0...DiagramLimits.maxDepartments).map { Department(id: "d\($0)") }
        let net = Network(metadata: NetworkMetadata(title: "t"), departments: many, ties: [])
        #expect(throws: DiagramError.tooLarge(departments: many.count, ties: 0)) {
            _ = try NetworkDiagram.graph(network: net, options: DiagramOptions())
        }
        // A part of it can still be drawn.
        _ = try NetworkDiagram.graph(network: Network(metadata: NetworkMetadata(title: "t"), departments: Array(many.prefix(10)), ties: []),
                                     options: DiagramOptions())
    }
}
