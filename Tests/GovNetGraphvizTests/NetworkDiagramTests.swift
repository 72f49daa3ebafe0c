import Foundation
import GovNet
import Testing
@testable import GovNetGraphviz

@Suite struct NetworkDiagramTests {
    static let net = SampleNetworks.city
    static let cuts = SampleNetworks.articulationPoints(net)
    static let bridges = SampleNetworks.bridges(net)

    static var bottleneckOptions: DiagramOptions {
        DiagramOptions(highlightedDepartments: cuts, highlightedTies: bridges, brokers: ["HQ"])
    }

    @Test func sampleHasBottlenecks() {
        // By construction: counties hang on EMB, townships on county bureaus.
        #expect(Self.cuts.isSuperset(of: ["EMB", "C1EMB", "C2EMB", "C3EMB", "WATER"]))
        #expect(Self.bridges.contains(TiePair("C3EMB", "EMB")))
    }

    @Test func svgHasEveryLabelHighlightsAndLegend() throws {
        let options = Self.bottleneckOptions
        let data = try NetworkDiagram.render(network: Self.net, options: options, format: .svg)
        let svg = try SVGDocument(data)
        let byTitle = Dictionary(svg.nodes.map { ($0.title, $0) }, uniquingKeysWith: { a, _ in a })
        for d in Self.net.departments {
            let node = try #require(byTitle[d.id], "no node for \(d.id)")
            #expect(node.texts.joined(separator: " ") == d.name, "label of \(d.id)")
            let outlined = node.shapes.contains { $0["stroke"] == "#c00000" && $0["stroke-width"] == "4" }
            #expect(outlined == Self.cuts.contains(d.id), "highlight of \(d.id)")
        }
        let broker = try #require(byTitle["HQ"])
        #expect(broker.shapes.contains { ($0["points"] ?? "").split(separator: " ").count == 7 }) // hexagon, closed
        let redEdges = svg.edges.filter { !$0.title.hasPrefix("legend:") && $0.shapes.contains { $0["stroke"] == "#c00000" } }
        let redPairs = Set(redEdges.compactMap { edge -> TiePair? in
            let ends = edge.title.components(separatedBy: "->")
            return ends.count == 2 ? TiePair(ends[0], ends[1]) : nil
        })
        #expect(redPairs == Self.bridges)
        let legend = try #require(svg.clusters.first { $0.title == "cluster_legend" })
        #expect(legend.shapes.count == 1)
        let texts = Set(svg.allTexts)
        for text in ["Legend", "Command and coordination", "Information sharing", "Joint prevention and relief operation",
                     "Articulation point: its removal disconnects the network", "Bridge: the only link between two parts",
                     "Broker: high constraint or betweenness", "Fill: kind", "emergency-management"] {
            #expect(texts.contains(text), "legend text \(text)")
        }
    }

    @Test func chineseLabelsAndMechanismNames() throws {
        var options = Self.bottleneckOptions
        options.label = .language("zh")
        let svg = try SVGDocument(NetworkDiagram.render(network: Self.net, options: options, format: .svg))
        let labels = Set(svg.nodes.map { $0.texts.joined() })
        for d in Self.net.departments { #expect(labels.contains(d.names["zh"]!)) }
        #expect(Set(svg.allTexts).isSuperset(of: ["指挥协调", "信息共享", "防灾救灾一体化运行"]))
        // The legend is Chinese too: its heading, highlight meanings, the fill attribute and the kind values.
        #expect(Set(svg.allTexts).isSuperset(of: ["图例", "割点：移除后网络断开", "桥：两部分之间的唯一联系", "填充色：部门类型", "应急管理"]))
        #expect(!svg.allTexts.contains("emergency-management") && !svg.allTexts.contains("Legend"))
        #expect(try NetworkDiagram.graph(network: Self.net, options: options).containsCJKText)
    }

    @Test func hostileNamesSurviveIntoTheSVG() throws {
        let names = [#"A "quoted" \ name"#, "</text><script>alert(1)</script>", "市应急管理局"]
        let net = Network(departments: names.enumerated().map { Department(id: "d\($0.offset)", name: $0.element) },
                          ties: [Tie(from: "d0", to: "d1", mechanism: "command"), Tie(from: "d1", to: "d2", mechanism: "operation")])
        let svg = try SVGDocument(NetworkDiagram.render(network: net, format: .svg))
        #expect(!svg.elementNames.contains("script"))
        let labels = Set(svg.nodes.map { $0.texts.joined() })
        for name in names { #expect(labels.contains(name)) }
    }

    @Test func pngAndPdfOfADiagram() throws {
        let png = try NetworkDiagram.render(network: Self.net, options: Self.bottleneckOptions, format: .png)
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        #expect(png.count > 50_000)
        var zh = Self.bottleneckOptions
        zh.label = .language("zh")
        let pdf = try NetworkDiagram.render(network: Self.net, options: zh, format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(pdf.count > 20_000)
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let options = Self.bottleneckOptions
        let a = DiagramDOTWriter.write(try NetworkDiagram.styledGraph(network: Self.net, options: options))
        let b = DiagramDOTWriter.write(try NetworkDiagram.styledGraph(network: Self.net, options: options))
        #expect(a == b)
        let c = DiagramDOTWriter.write(try NetworkDiagram.graph(network: Self.net, options: options))
        let d = DiagramDOTWriter.write(try NetworkDiagram.graph(network: Self.net, options: options))
        #expect(c == d)
        #expect(c.contains("layout=\"nop2\""))
    }

    @Test func everyEngineDrawsEveryDepartment() throws {
        for engine in LayoutEngine.allCases {
            let g = try NetworkDiagram.graph(network: Self.net, options: DiagramOptions(layout: engine))
            let pinned = g.nodes.filter { $0.attributes["pos"]?.hasSuffix("!") == true }
            #expect(Set(pinned.map(\.id)).isSuperset(of: Self.net.departments.map(\.id)), "\(engine)")
            #expect(g.edges.count == Self.net.ties.count, "\(engine)")
        }
    }

    @Test func focusDrawsTheEgoNetwork() throws {
        let options = DiagramOptions(focus: (id: "C1EMB", radius: 1))
        let g = try NetworkDiagram.styledGraph(network: Self.net, options: options)
        #expect(Set(g.nodes.map(\.id)) == ["C1EMB", "EMB", "C1FIRE", "C1T1", "C1T2"])
        let two = try NetworkDiagram.styledGraph(network: Self.net, options: DiagramOptions(focus: (id: "C1EMB", radius: 2)))
        #expect(two.nodes.count > 10)
        #expect(throws: DiagramError.unknownDepartment("NOPE")) {
            try NetworkDiagram.styledGraph(network: Self.net, options: DiagramOptions(focus: (id: "NOPE", radius: 1)))
        }
    }

    @Test func mechanismSelection() throws {
        let g = try NetworkDiagram.styledGraph(network: Self.net, options: DiagramOptions(mechanisms: ["operation"]))
        #expect(g.edges.count == Self.net.ties.filter { $0.mechanism == "operation" }.count)
        #expect(!g.directed)
        #expect(throws: DiagramError.unknownMechanism("telepathy")) {
            try NetworkDiagram.styledGraph(network: Self.net, options: DiagramOptions(mechanisms: ["telepathy"]))
        }
    }

    @Test func nodeSizeScalesBetweenMinAndMax() throws {
        let sizes = ["EMB": 10.0, "FIRE": 5, "PSB": 0]
        let g = try NetworkDiagram.styledGraph(network: Self.net, options: DiagramOptions(nodeSize: sizes))
        let byID = Dictionary(uniqueKeysWithValues: g.nodes.map { ($0.id, $0.attributes) })
        #expect(byID["EMB"]?["width"] == "2.2")
        #expect(byID["FIRE"]?["width"] == "1.55")
        #expect(byID["PSB"]?["width"] == "0.9")
        #expect(byID["MET"]?["width"] == "0.9")
    }

    @Test func colourByLevelAndCommunity() throws {
        let level = try NetworkDiagram.styledGraph(network: Self.net, options: DiagramOptions(colorBy: .level))
        let fills = Dictionary(uniqueKeysWithValues: level.nodes.map { ($0.id, $0.attributes["fillcolor"]) })
        #expect(fills["PEMB"] == "#6baed6")
        #expect(fills["C1T1"] == "#eff3ff")
        let community = try NetworkDiagram.styledGraph(network: Self.net, options: DiagramOptions(colorBy: .community(["EMB": 0, "FIRE": 1])))
        let c = Dictionary(uniqueKeysWithValues: community.nodes.map { ($0.id, $0.attributes["fillcolor"]) })
        #expect(c["EMB"] != c["FIRE"])
        #expect(c["MET"] == .some(nil))
    }

    @Test func rankByLevelOrdersLevelsTopDown() throws {
        let options = DiagramOptions(layout: .dot, rankBy: "level")
        let g = try NetworkDiagram.graph(network: Self.net, options: options)
        var y: [String: Double] = [:]
        for n in g.nodes { if let p = n.attributes["pos"] { y[n.id] = Double(p.split(separator: ",")[1].dropLast())! } }
        let byLevel = Dictionary(grouping: Self.net.departments, by: { $0.level! })
        let lowestProvincial = byLevel["provincial"]!.map { y[$0.id]! }.min()!
        let highestMunicipal = byLevel["municipal"]!.map { y[$0.id]! }.max()!
        let lowestMunicipal = byLevel["municipal"]!.map { y[$0.id]! }.min()!
        let highestCounty = byLevel["county"]!.map { y[$0.id]! }.max()!
        #expect(lowestProvincial > highestMunicipal)   // Graphviz y grows upwards
        #expect(lowestMunicipal > highestCounty)
    }

    @Test func labelsWrap() {
        #expect(DiagramModel.wrap("City Emergency Management Bureau") == "City Emergency\nManagement Bureau")
        #expect(DiagramModel.wrap("Short name") == "Short name")
        #expect(DiagramModel.wrap("市自然资源和规划局规划") == "市自然资源和\n规划局规划")
        #expect(DiagramModel.wrap("</text><script>alert(1)</script>") == "</text><script>alert(1)</script>")
    }

    @Test func recommendedEngine() {
        #expect(LayoutEngine.recommended(nodes: 2, edges: 1, directed: false) == .dot)
        #expect(LayoutEngine.recommended(nodes: 30, edges: 29, directed: true) == .dot)
        #expect(LayoutEngine.recommended(nodes: 40, edges: 66, directed: true) == .neato)
        #expect(LayoutEngine.recommended(nodes: 200, edges: 500, directed: false) == .sfdp)
    }
}

@Suite struct NetworkDiagramEdgeCaseTests {
    @Test(arguments: [0, 1, 2])
    func tinyNetworksRender(_ n: Int) throws {
        let departments = (0..<n).map { Department(id: "D\($0)", name: "部门 \($0)") }
        let ties = n == 2 ? [Tie(from: "D0", to: "D1", mechanism: "operation")] : []
        let net = Network(departments: departments, ties: ties)
        for engine in LayoutEngine.allCases {
            let svg = try SVGDocument(NetworkDiagram.render(network: net, options: DiagramOptions(layout: engine), format: .svg))
            #expect(Set(svg.nodes.map(\.title)).isSuperset(of: departments.map(\.id)), "\(n) with \(engine)")
        }
        #expect(try NetworkDiagram.panels(network: net).count == (n == 2 ? 1 : 0))
    }
}
