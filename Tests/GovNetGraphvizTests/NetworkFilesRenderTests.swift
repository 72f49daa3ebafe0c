import Foundation
import GovNet
import GovNetTestSupport
import Testing
@testable import GovNetGraphviz

/// Every curated network in `networks/` draws with every engine, with bottlenecks highlighted, and every
/// department's label comes out in the SVG (every label must survive rendering).
@Suite struct NetworkFilesRenderTests {
    static let files: [String] = {
        let root = RepoPaths.networks
        let walker = FileManager.default.enumerator(atPath: root.path)
        var found: [String] = []
        while let path = walker?.nextObject() as? String {
            if path.hasSuffix(".yaml") { found.append(root.appendingPathComponent(path).path) }
        }
        return found.sorted()
    }()

    @Test func networksAreFound() {
        #expect(Self.files.count >= 3)
    }

    /// circo one network after another, in several orders, each graph closed before the next is read.
    /// Graphviz 2.42's circo recognises the graph it laid out last by its address alone and reuses that
    /// graph's attribute symbols; a new graph at a freed graph's address then made it read through freed
    /// symbols (SIGSEGV in `agxget` from `late_double`). Without `GraphvizRenderer`'s guard the test
    /// process crashed here in 1 of 2 runs; `govnet-render-stress --renderers 1 --busy 0` crashed in
    /// 3 of 3 seeds, and the test run's jobs replayed by a plain C caller in 9 of 10 orders.
    @Test func circoOneNetworkAfterAnotherReadsOnlyItsOwnAttributes() throws {
        var styled: [(String, DOTGraph, Set<String>)] = []
        for path in Self.files {
            let net = try NetworkReader.read(path: path, format: nil, directed: false).network
            let graph = try NetworkDiagram.styledGraph(network: net, options: DiagramOptions(layout: .circo))
            styled.append((path, graph, Set(net.departments.map(\.id))))
        }
        var rng = SeededGenerator(seed: 39)
        for _ in 0..<2 {
            for (path, graph, ids) in styled.shuffled(using: &rng) {
                // The layout job of a diagram (JSON out, read back): every department placed.
                let layout = try PinnedLayout.compute(graph, engine: .circo)
                #expect(Set(layout.nodes.keys) == ids, "\(path)")
            }
        }
    }

    @Test(arguments: files)
    func rendersWithEveryEngine(_ path: String) throws {
        let net = try NetworkReader.read(path: path, format: nil, directed: false).network
        // Any node with a name: brokers and highlights exercise hexagons and thick borders (the twopi
        // spline crash of Graphviz 2.42 needed them).
        let ids = net.departments.map(\.id)
        let options = { (engine: LayoutEngine) in
            DiagramOptions(layout: engine, highlightedDepartments: Set(ids.prefix(3)),
                           highlightedTies: Set(net.ties.prefix(3).map { TiePair($0.from, $0.to) }),
                           brokers: Set(ids.suffix(2)))
        }
        for engine in LayoutEngine.allCases {
            let svg = try SVGDocument(NetworkDiagram.render(network: net, options: options(engine), format: .svg))
            let titles = Set(svg.nodes.map(\.title))
            #expect(titles.isSuperset(of: ids), "\(path) with \(engine)")
            let labels = Set(svg.nodes.map { $0.texts.joined(separator: " ") })
            for d in net.departments {
                #expect(labels.contains(d.name.replacingOccurrences(of: "\n", with: " ")), "\(d.id) in \(path) with \(engine)")
            }
        }
    }
}
