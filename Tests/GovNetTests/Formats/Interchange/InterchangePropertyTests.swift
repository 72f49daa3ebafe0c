import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Seeded random networks (awkward ids and text, typed attributes, parallel ties, mixed directions)
/// survive write → read in every interchange format, as far as the format holds them.
@Suite struct InterchangePropertyTests {
    static let pieces = ["EMB", "001", "a b", "\"q\"", "x\\y", "市局", "graph", "-1.5", "R&D <x>", "line\nbreak", "a,b", "true", "*s", "%p", "n=3", "data:"]

    static func randomNetwork(_ rng: inout SeededGenerator) -> Network {
        var net = Network()
        net.metadata.title = rng.nextInt(below: 2) == 0 ? "T \(rng.nextInt(below: 100))" : nil
        net.mechanisms = [Mechanism(id: "custom", name: "Custom link", directed: rng.nextInt(below: 2) == 0)]
        var ids: [String] = []
        for i in 0..<(1 + rng.nextInt(below: 9)) {
            let id = Self.pieces[rng.nextInt(below: Self.pieces.count)] + (rng.nextInt(below: 3) == 0 ? "" : "\(i)")
            if ids.contains(id) { continue }
            ids.append(id)
            var d = Department(id: id)
            if rng.nextInt(below: 2) == 0 { d.name = "Name " + Self.pieces[rng.nextInt(below: Self.pieces.count)] }
            if rng.nextInt(below: 3) == 0 { d.kind = "fire" }
            if rng.nextInt(below: 3) == 0 { d.names = ["zh": "部门\(i)"] }
            if rng.nextInt(below: 4) == 0 { d.formerly = ["OLD\(i)", "a b"] }
            if rng.nextInt(below: 3) == 0 { d.attributes["staff"] = .number(Double(rng.nextInt(below: 500))) }
            if rng.nextInt(below: 4) == 0 { d.attributes["hq"] = .bool(true) }
            net.departments.append(d)
        }
        let mechanisms = ["command", "information", "operation", "custom"]
        for _ in 0..<rng.nextInt(below: 15) {
            var t = Tie(from: ids[rng.nextInt(below: ids.count)], to: ids[rng.nextInt(below: ids.count)],
                        mechanism: mechanisms[rng.nextInt(below: mechanisms.count)],
                        weight: [1, 2, 0.5, 3.25, 0.1][rng.nextInt(below: 5)])
            if t.from == t.to { continue }
            if rng.nextInt(below: 5) == 0 { t.directed = rng.nextInt(below: 2) == 0 }
            if rng.nextInt(below: 4) == 0 { t.basis = .plan }
            if rng.nextInt(below: 4) == 0 { t.attributes["since"] = .number(2019) }
            net.ties.append(t)
        }
        return net
    }

    /// The network with tie directions equal to the mechanism's default cleared (what readers give).
    static func normalised(_ net: Network) -> Network {
        var n = net
        for i in n.ties.indices where n.ties[i].directed == n.mechanism(n.ties[i].mechanism)?.directed { n.ties[i].directed = nil }
        return n
    }

    @Test(arguments: 0..<40) func roundTrip(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed) &* 7919 &+ 17)
        let net = Self.randomNetwork(&rng)
        let expected = Self.normalised(net)
        for (format, ext) in [(NetworkFormat.graphml, "graphml"), (.dot, "dot"), (.nodelink, "json")] {
            let (back, _) = try Interchange.roundTrip(net, format, ext: ext)
            #expect(back == expected, "\(format) seed \(seed)")
        }
        let (gexf, _) = try Interchange.roundTrip(net, .gexf, ext: "gexf")
        // GEXF does not hold mechanism declarations: directions compare by their effect.
        #expect(gexf.departments == net.departments && Interchange.ties(gexf) == Interchange.ties(net), "gexf seed \(seed)")
        #expect(gexf.ties.map(\.attributes) == net.ties.map(\.attributes) && gexf.ties.map(\.basis) == net.ties.map(\.basis), "gexf seed \(seed)")
        let plainIDs = net.departments.allSatisfy { !$0.id.contains("\n") && !$0.id.contains("\"") }
        if plainIDs {
            let (pajek, _) = try Interchange.roundTrip(net, .pajek, ext: "net")
            #expect(pajek.departments.map(\.id) == net.departments.map(\.id), "pajek seed \(seed)")
            // One block (PajekFormat.write): a mixed network's undirected ties come back as two arcs.
            let undirected = net.ties.filter { !net.isDirected($0) }.count
            let mixed = undirected > 0 && undirected < net.ties.count
            #expect(Interchange.ties(pajek) == Interchange.ties(net, undirectedAsArcs: mixed), "pajek seed \(seed)")
            let (dl, _) = try Interchange.roundTrip(net, .dl, ext: "dl", relations: true)
            #expect(dl.departments.map(\.id) == net.departments.map(\.id), "dl seed \(seed)")
            if net.usedMechanismIDs.count > 1 {
                #expect(Interchange.ties(dl) == Interchange.ties(net, undirectedAsArcs: true), "dl seed \(seed)")
            }
        }
    }
}
