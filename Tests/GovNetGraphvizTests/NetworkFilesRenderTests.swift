import Foundation
import GovNet
import GovNetTestSupport
import Testing
@testable import GovNetGraphviz

/// Every curated network in `networks/` draws with every engine, with bottlenecks highlighted, and every
/// department's label comes out in the SVG (the check issue 4 names).
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
