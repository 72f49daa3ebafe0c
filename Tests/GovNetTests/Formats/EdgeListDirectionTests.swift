import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// An edge list gives each tie its direction as the YAML document does: the tie's `directed` cell,
/// else `--directed`/`--undirected`, else its mechanism's (command directed, operation undirected, any
/// other mechanism undirected); the writer adds a `directed` column when that would be wrong.
struct EdgeListDirectionTests {
    static func read(_ text: String, directed: Bool? = nil) throws -> (Network, [Diagnostic]) {
        let (net, _, diagnostics) = try EdgeListCSV.read(bytes: Array(text.utf8), file: "t.csv", directed: directed)
        return (net, diagnostics)
    }

    @Test func mechanismGivesDirectionAndOppositeTiesStayTwo() throws {
        let (net, d) = try Self.read("source,target,weight,mechanism\nA,B,1,command\nB,A,2,command\nA,C,1,operation\nC,D,1,liaison\n")
        #expect(d.isEmpty, "\(d)")
        #expect(net.ties.count == 4)
        #expect(net.ties.map { net.isDirected($0) } == [true, true, false, false])
        let graph = NetworkGraph(network: net, view: GraphView(mechanisms: ["command"])).graph
        #expect(graph.isDirected && graph.edgeCount == 2, "A→B and B→A are two arcs, never merged")
    }

    @Test func overrideAppliesToTiesWithoutACell() throws {
        let text = "source,target,mechanism,directed\nA,B,command,\nA,C,operation,\nC,D,liaison,true\nD,E,command,false\n"
        let (byMechanism, _) = try Self.read(text)
        #expect(byMechanism.ties.map { byMechanism.isDirected($0) } == [true, false, true, false])
        let (undirected, _) = try Self.read(text, directed: false)
        #expect(undirected.ties.map { undirected.isDirected($0) } == [false, false, true, false])
        let (directed, _) = try Self.read(text, directed: true)
        #expect(directed.ties.map { directed.isDirected($0) } == [true, true, true, false])
    }

    @Test func badDirectedCellIsAnErrorWithItsLine() throws {
        let (_, d) = try Self.read("source,target,mechanism,directed\nA,B,command,yes please\n")
        #expect(d.contains { $0.severity == .error && $0.line == 2 && $0.field == "directed" && $0.message.contains("true or false") }, "\(d)")
    }

    /// The column appears only when a tie's direction differs from its mechanism's, and the round
    /// trip keeps every direction (a mixed network; an own mechanism declared directed).
    @Test func writerAddsTheColumnOnlyWhenNeeded() throws {
        var plain = Network()
        plain.departments = ["A", "B", "C"].map { Department(id: $0) }
        plain.ties = [Tie(from: "A", to: "B", mechanism: "command"), Tie(from: "B", to: "C", mechanism: "operation")]
        let (text, _) = EdgeListCSV.write(plain, file: "p.csv", cells: .guarded)
        #expect(text.hasPrefix("source,target,weight,mechanism\n"), "\(text)")

        var mixed = plain
        mixed.mechanisms = [Mechanism(id: "reports-to", directed: true)]
        mixed.ties += [Tie(from: "C", to: "A", mechanism: "reports-to"), Tie(from: "A", to: "C", mechanism: "reports-to"),
                       Tie(from: "B", to: "A", mechanism: "command", directed: false)]
        let (written, _) = EdgeListCSV.write(mixed, file: "m.csv", cells: .guarded)
        #expect(written.hasPrefix("source,target,weight,mechanism,directed\nA,B,1,command,true\nB,C,1,operation,false\n"), "\(written)")
        let (back, d) = try Self.read(written)
        #expect(d.isEmpty, "\(d)")
        #expect(back.ties.map { back.isDirected($0) } == mixed.ties.map { mixed.isDirected($0) })
        #expect(back.mechanism("reports-to")?.directed == true)
    }

    @Test func departmentsWithoutTiesAreReported() {
        var net = Network()
        net.departments = ["A", "B", "LONE"].map { Department(id: $0) }
        net.ties = [Tie(from: "A", to: "B", mechanism: "operation")]
        let (_, warnings) = EdgeListCSV.write(net, file: "l.csv", cells: .guarded)
        #expect(warnings.contains { $0.message.contains("departments without ties (1 department)") }, "\(warnings)")
    }
}
