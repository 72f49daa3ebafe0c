import Foundation
import GovNet
import Testing
import GovNetTestSupport
@testable import GovNetGraphviz

/// Golden DOT files in `Snapshots/`. Re-record with `RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests`.
/// Only the styled graphs (before layout) are snapshotted: positions depend on the Graphviz version
/// and the installed fonts.
@Suite struct SnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Snapshot.check(text, against: Self.directory.appendingPathComponent(name), sourceLocation: sourceLocation)
    }

    @Test func cityBottlenecks() throws {
        let net = SampleNetworks.city
        let options = DiagramOptions(layout: .neato, highlightedDepartments: SampleNetworks.articulationPoints(net),
                                     highlightedTies: SampleNetworks.bridges(net), brokers: ["HQ"])
        try assertSnapshot(DiagramDOTWriter.write(NetworkDiagram.styledGraph(network: net, options: options)), named: "city-bottlenecks.dot")
    }

    @Test func cityRankedChinese() throws {
        let options = DiagramOptions(layout: .dot, mechanisms: ["command", "information"], colorBy: .level,
                                     label: .language("zh"), rankBy: "level", clusterBy: "kind")
        try assertSnapshot(DiagramDOTWriter.write(NetworkDiagram.styledGraph(network: SampleNetworks.city, options: options)),
                           named: "city-ranked-zh.dot")
    }

    @Test func hostileNames() throws {
        let net = Network(departments: [Department(id: "1st", name: #"A "quoted" \ name"#),
                                        Department(id: "graph", name: "</text><script>alert(1)</script>"),
                                        Department(id: "EMB", name: "市应急管理局\r\nline two")],
                          ties: [Tie(from: "1st", to: "graph", mechanism: "command"), Tie(from: "graph", to: "EMB", mechanism: "operation")])
        try assertSnapshot(DiagramDOTWriter.write(NetworkDiagram.styledGraph(network: net)), named: "hostile-names.dot")
    }
}
