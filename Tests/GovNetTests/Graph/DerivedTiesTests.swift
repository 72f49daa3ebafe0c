import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Derived ties (attribute `derived: true`, the one-mode projections of two-mode data) stay out of
/// one-mode views and of the diagnosis by default; `includeDerived` (CLI `--include-derived`,
/// diagnosis config `include_derived`) or naming the mechanism brings them in.
@Suite struct DerivedTiesTests {
    static let network = Network(
        mechanisms: [Mechanism(id: "co-membership", name: "co-membership", directed: false)],
        departments: ["A", "B", "C", "HQ"].map { Department(id: $0) },
        ties: [Tie(from: "A", to: "B", mechanism: "information"),
               Tie(from: "B", to: "C", mechanism: "co-membership", attributes: ["derived": .bool(true)]),
               Tie(from: "A", to: "C", mechanism: "information", attributes: ["derived": .bool(true)]),
               Tie(from: "C", to: "HQ", mechanism: "membership", role: .member)])

    @Test func viewsLeaveDerivedTiesOutUnlessAsked() {
        let net = Self.network
        #expect(net.ties.map(\.isDerived) == [false, true, true, false])
        #expect(NetworkGraph(network: net).graph.edgeCount == 1)
        // Directed view: the undirected co-membership tie counts as two arcs.
        #expect(NetworkGraph(network: net, view: GraphView(includeDerived: true)).graph.edgeCount == 4)
        // Naming a mechanism asks for all its ties; includeDerived: false still leaves them out.
        #expect(NetworkGraph(network: net, view: GraphView(mechanisms: ["co-membership"])).graph.edgeCount == 1)
        #expect(NetworkGraph(network: net, view: GraphView(mechanisms: ["information"], includeDerived: false)).graph.edgeCount == 1)
    }

    @Test func defaultMechanismsLeaveOutDerivedOnlyMechanismsAndMembership() throws {
        let net = Self.network
        #expect(net.derivedMechanismIDs == ["co-membership"])
        #expect(net.defaultMechanismIDs() == ["information"])
        #expect(net.defaultMechanismIDs(includeMembership: true, includeDerived: true).sorted() == ["co-membership", "information", "membership"])
        #expect(DiagnosisContext(network: net).mechanisms == ["information"])
        var config = DiagnosisConfig()
        config.includeDerived = true
        #expect(DiagnosisContext(network: net, config: config).mechanisms.sorted() == ["co-membership", "information"])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("derived-\(UUID().uuidString).yaml")
        try "include_derived: true\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try DiagnosisConfig.load(path: url.path).includeDerived)
    }

    /// The bundled US NRF co-assignment ties are derived: the default diagnosis works on the agency ×
    /// ESF two-mode data and the recorded ties, not on the projection.
    @Test func bundledProjectionsAreLeftOutOfTheDefaultDiagnosis() throws {
        for file in ["us-nrf-esf.yaml", "xiangyang/xiangyang-pre-reform.yaml", "xiangyang/xiangyang-post-reform.yaml"] {
            let net = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent(file).path).network
            let derived = Set(net.derivedMechanismIDs)
            #expect(!derived.isEmpty, "\(file) ships a derived projection")
            #expect(Set(DiagnosisContext(network: net).mechanisms).isDisjoint(with: derived), "\(file)")
        }
    }
}
