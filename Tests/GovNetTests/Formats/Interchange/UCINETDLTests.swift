import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// UCINET DL: the EMON files, every data layout, round trips and hostile headers.
@Suite struct UCINETDLTests {
    static let emon: [(String, Int, Int)] = [
        ("Cheyenne", 14, 83), ("HurrFrederic", 21, 118), ("LakePomona", 20, 148), ("MtSi", 13, 33),
        ("MtStHelens", 27, 123), ("Texas", 25, 186), ("Wichita", 20, 149),
    ]
    static let emonFolder = RepoPaths.root.appendingPathComponent("data/external/emon")

    /// Every EMON .dl reads with the node and arc counts of the CSVs beside it, and the same arcs.
    @Test(arguments: emon)
    func emonFiles(name: String, nodes: Int, arcs: Int) throws {
        let net = try NetworkReader.read(path: Self.emonFolder.appendingPathComponent(name + ".dl").path).network
        #expect(net.departments.count == nodes)
        #expect(net.ties.count == arcs)
        #expect(net.ties.allSatisfy { net.isDirected($0) && $0.mechanism == "link" })
        // Compare with the CSV edge list (ids are 1-based rows of the node table).
        let nodeRows = try CSVReader.records(InputFile.bytes(Self.emonFolder.appendingPathComponent(name + "_nodes.csv").path), file: "n").dropFirst()
        let names = Dictionary(uniqueKeysWithValues: nodeRows.map { ($0.fields[0], $0.fields[1]) })
        let edgeRows = try CSVReader.records(InputFile.bytes(Self.emonFolder.appendingPathComponent(name + "_edges.csv").path), file: "e").dropFirst()
        let fromCSV = edgeRows.map { "\(names[$0.fields[0]]!)>\(names[$0.fields[1]]!)>\(Double($0.fields[2])!)" }.sorted()
        let fromDL = net.ties.map { "\($0.from)>\($0.to)>\($0.weight)" }.sorted()
        #expect(fromDL == fromCSV)
    }

    func read(_ text: String, name: String = "t.dl") throws -> Network {
        let path = Interchange.temporaryPath(name)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return try NetworkReader.read(path: path).network
    }

    @Test func fullMatrixWithListedLabels() throws {
        let net = try read("DL N = 3\nFORMAT = FULLMATRIX\nlabels:\nEMB, \"Fire Dept\"\nMET\ndata:\n0 1 0\n0 0 2\n1 0 0\n")
        #expect(net.departments.map(\.id) == ["EMB", "Fire Dept", "MET"])
        #expect(Interchange.ties(net).map(\.description) == ["EMB->Fire Dept [link 1.0]", "Fire Dept->MET [link 2.0]", "MET->EMB [link 1.0]"])
    }

    @Test func fullMatrixLabelsEmbeddedSeveralMatrices() throws {
        let net = try read("dl n=2 nm=2 format=fullmatrix labels embedded\nmatrix labels:\ncommand, information\ndata:\n   a b\na 0 1\nb 0 0\n   a b\na 0 0\nb 3 0\n")
        #expect(net.departments.map(\.id) == ["a", "b"])
        #expect(Interchange.ties(net).map(\.description) == ["a->b [command 1.0]", "b->a [information 3.0]"])
    }

    @Test func edgeListNumberedWithLabelsAndMatrices() throws {
        let net = try read("dl n=3 format=edgelist1 nm=2\nlabels:\nA B C\nmatrix labels:\nx y\ndata:\n1 2 1\n2 3\n!\n3 1 5\n")
        #expect(Interchange.ties(net).map(\.description) == ["A->B [x 1.0]", "B->C [x 1.0]", "C->A [y 5.0]"])
        #expect(net.mechanisms.map(\.id) == ["x", "y"])
    }

    /// The default DL output is one `edgelist1` matrix (python-igraph's Read_DL rejects `nm=` and
    /// weighted full matrices): every tie is kept with its weight, and a warning says the mechanisms
    /// are not, naming `--relations`.
    @Test func defaultIsOneMatrixWithEveryTie() throws {
        let net = RoundTripTests.sample
        let path = Interchange.temporaryPath("one.dl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let warnings = try NetworkWriter.write(net, to: path, format: .dl)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("dl n=\(net.departments.count)\nformat=edgelist1\n"), "\(text)")
        #expect(!text.contains("nm=") && !text.contains("!\n"))
        #expect(warnings.contains { $0.message.contains("cannot hold each tie's mechanism") && $0.message.contains("--relations") })
        let back = try NetworkReader.read(path: path, format: .dl).network
        let arcs = Interchange.ties(net, undirectedAsArcs: true)
        #expect(Interchange.ties(back).map { "\($0.from)>\($0.to) \($0.weight)" }.sorted() == arcs.map { "\($0.from)>\($0.to) \($0.weight)" }.sorted())
        let relations = try NetworkWriter.write(net, to: path, format: .dl, relations: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("nm=\(net.usedMechanismIDs.count)"))
        #expect(!relations.contains { $0.message.contains("cannot hold each tie's mechanism") })
    }

    @Test func nodeList() throws {
        let net = try read("dl n=3 format=nodelist1 labels embedded\ndata:\nA B C\nB C\n")
        #expect(Interchange.ties(net).count == 3)
        #expect(net.departments.map(\.id) == ["A", "B", "C"])
    }

    /// One mechanism round-trips in the default one-matrix form; several need `relations` (nm=k).
    @Test(arguments: [false, true]) func roundTrip(severalMechanisms: Bool) throws {
        var net = RoundTripTests.sample
        if !severalMechanisms { net.ties = net.ties.filter { $0.mechanism == "command" } }
        let (back, warnings) = try Interchange.roundTrip(net, .dl, ext: "dl", relations: severalMechanisms)
        #expect(back.departments.map(\.id) == net.departments.map(\.id))
        #expect(Interchange.ties(back) == Interchange.ties(net, undirectedAsArcs: true))
        #expect(warnings.contains { $0.message.contains("functions") } == severalMechanisms || !severalMechanisms)
        #expect(warnings.contains { $0.message.contains("department kinds") })
    }

    @Test func hugeDeclaredSizeIsRefusedAtOnce() throws {
        let e = try #require(throws: FormatError.self) { try read("dl n=2000000000 format=edgelist1\ndata:\n1 2\n") }
        #expect(e.errors.first?.line == 1)
        #expect(e.errors.first?.message.contains("more than the limit") == true)
        let f = try #require(throws: FormatError.self) { try read("dl n=50000 format=fullmatrix\ndata:\n0 1\n") }
        #expect(f.errors.first?.message.contains("more than") == true)
    }
}
