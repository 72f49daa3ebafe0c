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

    /// The streamed reader (`govnet info`, `metrics`) and the full reader (`validate`) agree on records
    /// with more fields than ``CSVReader/maxFields``.
    @Test func tooManyFieldsAreRefusedAsByTheFullReader() throws {
        let row = "a,b" + String(repeating: ",1", count: CSVReader.maxFields)
        let error = try #require(throws: FormatError.self) {
            try EdgeListLoader.load(bytes: bytes("source,target\n" + row + "\n"), file: "wide.csv", directed: false)
        }
        #expect(error.errors.first?.line == 2)
        #expect(error.description.contains("more than \(CSVReader.maxFields) fields in one record"))
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
        // Misspelled or unknown headers are the full reader's, which names them (EdgeListHeaderTests).
        #expect(throws: EdgeListLoader.NeedsFullReader.self) { try EdgeListLoader.load(bytes: bytes("source,target,wieght\na,b,2\n"), file: "h.csv", directed: false) }
        #expect(throws: EdgeListLoader.NeedsFullReader.self) { try EdgeListLoader.load(bytes: bytes("start,end,strength\na,b,2\n"), file: "h.csv", directed: false) }
        #expect(throws: FormatError.self) { try EdgeListCSV.read(bytes: bytes("start,end,strength\na,b,2\n"), file: "h.csv", directed: nil) }
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

    /// Decimal ids take the dense path, everything else the hash table; an id never gets two indices
    /// (`7` and `007` are different ids, as in the full reader), and indices follow first appearance.
    @Test func decimalAndOtherIdsMix() throws {
        let text = "source,target\n7,007\n0,7\n99999999999,7\n12345678,x7\n007,0\n7,12345678\nx7,99999999999\n-1,+1\n"
        let large = try EdgeListLoader.load(bytes: bytes(text), file: "d.csv", directed: true)
        #expect(large.ids == ["7", "007", "0", "99999999999", "12345678", "x7", "-1", "+1"])
        let (net, _, _) = try EdgeListCSV.read(bytes: bytes(text), file: "d.csv", directed: true)
        let ng = NetworkGraph(network: net, view: .all)
        #expect(large.ids == ng.ids)
        #expect(large.graph.edgeSources == ng.graph.edgeSources)
        #expect(large.graph.edgeTargets == ng.graph.edgeTargets)
    }

    /// Many decimal ids, some beyond the dense table's limit (half the file's bytes), some long keys
    /// (over eight bytes, compared past the first word): the same graph as the full reader.
    @Test func manyDecimalAndLongIds() throws {
        var text = "source,target\n"
        for i in 0..<3000 {
            text += "\(i),\((i * 13 + 5) % 3000)\n"
            if i % 7 == 0 { text += "\(i * 1_000_003),department-with-a-long-id-\(i % 50)\n" }
        }
        let large = try EdgeListLoader.load(bytes: bytes(text), file: "m.csv", directed: false)
        let (net, _, _) = try EdgeListCSV.read(bytes: bytes(text), file: "m.csv", directed: false)
        let ng = NetworkGraph(network: net, view: .all)
        #expect(large.ids == ng.ids)
        #expect(large.graph.edgeSources == ng.graph.edgeSources)
        #expect(large.graph.edgeTargets == ng.graph.edgeTargets)
        #expect(Set(large.ids).count == large.ids.count)
    }
}
