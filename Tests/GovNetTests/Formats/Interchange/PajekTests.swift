import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Pajek .net: relations as mechanisms, lists, matrices, round trips and hostile headers.
@Suite struct PajekTests {
    func read(_ text: String) throws -> Network {
        let path = Interchange.temporaryPath("t.net")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return try NetworkReader.read(path: path).network
    }

    @Test func relationsBecomeMechanisms() throws {
        let net = try read("% comment\n*Network test\n*Vertices 3\n1 \"A a\" 0.1 0.2 0.5\n2 B\n3 C\n*Arcs :1 \"command\"\n1 2 2\n*Edges :2 \"operation\"\n2 3\n*Arcslist :3 \"x\"\n3 1 2\n")
        #expect(net.metadata.title == "test")
        #expect(net.departments.map(\.id) == ["A a", "B", "C"])
        #expect(Interchange.ties(net).map(\.description) == ["A a->B [command 2.0]", "B--C [operation 1.0]", "C->A a [x 1.0]", "C->B [x 1.0]"])
        #expect(net.mechanisms == [Mechanism(id: "x", directed: true)])
    }

    @Test func implicitVerticesAndMatrix() throws {
        let net = try read("*Vertices 3\n*Matrix\n0 1 0\n0 0 0\n2 0 0\n")
        #expect(net.departments.map(\.id) == ["1", "2", "3"])
        #expect(Interchange.ties(net).map(\.description) == ["1->2 [link 1.0]", "3->1 [link 2.0]"])
    }

    /// One mechanism, or several all directed: the default single block round-trips exactly (the
    /// mechanism travels as the edge label).
    @Test(arguments: [false, true]) func roundTrip(severalMechanisms: Bool) throws {
        var net = RoundTripTests.sample
        net.ties = net.ties.filter { severalMechanisms ? net.isDirected($0) : $0.mechanism == "information" }
        let (back, warnings) = try Interchange.roundTrip(net, .pajek, ext: "net")
        #expect(back.departments.map(\.id) == net.departments.map(\.id))
        #expect(Interchange.ties(back) == Interchange.ties(net))
        #expect(back.metadata.title == net.metadata.title)
        #expect(warnings.contains { $0.message.contains("functions (responsibilities) (2 functions)") })
        #expect(warnings.contains { $0.message.contains("department names") })
    }

    /// A network mixing directed and undirected ties: by default one `*Arcs` block, each undirected
    /// tie as two opposite arcs, said in a `%` comment and a warning; the multi-relational form
    /// (`relations: true`) keeps the directions exactly.
    @Test func mixedDirectionsAreExplainedOrKeptAsRelations() throws {
        let net = RoundTripTests.sample
        let undirected = net.ties.filter { !net.isDirected($0) }.count
        try #require(undirected > 0 && undirected < net.ties.count)
        let (text, warnings) = PajekFormat.write(net, file: "x.net")
        #expect(text.contains("% GovNet: this network mixes directed and undirected ties"))
        #expect(!text.contains("*Edges") && !text.contains(":1 "))
        #expect(warnings.contains { $0.message.contains("\(undirected) undirected ties as two opposite arcs") })
        let back = try read(text)
        #expect(back.ties.count == net.ties.count + undirected)
        let (relations, _) = PajekFormat.write(net, file: "x.net", relations: true)
        #expect(relations.contains("*Edges :1 \"co-assignment\"") && relations.contains("*Arcs :2 \"command\""))
        #expect(Interchange.ties(try read(relations)) == Interchange.ties(net))
    }

    @Test func hugeDeclaredSizeIsRefusedAtOnce() throws {
        let e = try #require(throws: FormatError.self) { try read("*Vertices 2000000000\n1 2\n") }
        #expect(e.errors.first?.line == 1)
        #expect(e.errors.first?.message.contains("more than the limit of 10000000") == true)
    }
}
