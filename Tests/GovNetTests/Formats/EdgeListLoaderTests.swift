import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

@Suite struct EdgeListLoaderTests {
    private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func matchesTheNetworkPath() throws {
        let text = "source,target,weight\na,b,2\nb , c,1.5\r\nc,a,1\na,b,3\nd,d,1\n\ne,a,0.25\n"
        let large = try EdgeListLoader.load(bytes: bytes(text), file: "t.csv", directed: false)
        let (net, _, diags) = try EdgeListCSV.read(bytes: bytes(text), file: "t.csv", directed: false)
        #expect(diags.isEmpty)
        var view = GraphView.all
        view.weighted = true
        let ng = NetworkGraph(network: net, view: view)
        #expect(large.ids == ng.ids)
        #expect(large.rows == 6)
        #expect(large.selfLoops == 1)
        #expect(large.graph.edgeSources == ng.graph.edgeSources)
        #expect(large.graph.edgeTargets == ng.graph.edgeTargets)
        #expect(large.graph.edgeWeights == ng.graph.edgeWeights)
        #expect(large.graph.isWeighted && !large.graph.isDirected)
    }

    @Test func headerlessDirectedAndMechanisms() throws {
        let large = try EdgeListLoader.load(bytes: bytes("x,y\ny,x\nx,z,1,command\n"), file: "t.csv", directed: true)
        #expect(large.ids == ["x", "y", "z"])
        #expect(large.graph.isDirected)
        #expect(large.graph.edgeCount == 3)
        #expect(large.mechanisms == ["link", "command"])
        #expect(large.mechanismOfRow == [0, 0, 1])
    }

    @Test func badRowsGiveFileAndLine() {
        do {
            _ = try EdgeListLoader.load(bytes: bytes("source,target\na,b\nc\n"), file: "bad.csv", directed: false)
            Issue.record("expected an error")
        } catch let e as FormatError {
            #expect(e.errors.first?.line == 3)
            #expect(e.description.contains("bad.csv:3"))
        } catch { Issue.record("unexpected \(error)") }
        #expect(throws: FormatError.self) { try EdgeListLoader.load(bytes: bytes("source,target,weight\na,b,-1\n"), file: "w.csv", directed: false) }
        #expect(throws: FormatError.self) { try EdgeListLoader.load(bytes: [], file: "e.csv", directed: false) }
        #expect(throws: EdgeListLoader.NeedsFullReader.self) { try EdgeListLoader.load(bytes: bytes("\"a\",b\n"), file: "q.csv", directed: false) }
        #expect(throws: EdgeListLoader.NeedsFullReader.self) { try EdgeListLoader.load(bytes: bytes("é,b\n"), file: "u.csv", directed: false) }
        #expect(throws: FormatError.self) { try EdgeListLoader.load(bytes: [0x61, 0x2C, 0x00, 0x0A], file: "z.csv", directed: false) }
    }

    @Test func manyIdsGrowTheInterner() throws {
        var text = "source,target\n"
        for i in 0..<5000 { text += "n\(i),n\((i * 7 + 1) % 5000)\n" }
        let large = try EdgeListLoader.load(bytes: bytes(text), file: "g.csv", directed: false)
        #expect(large.ids.count == 5000)
        #expect(Set(large.ids).count == 5000)
        #expect(large.ids[0] == "n0" && large.ids[1] == "n1")
    }
}
