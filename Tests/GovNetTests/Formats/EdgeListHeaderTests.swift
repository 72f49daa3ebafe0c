import Foundation
import Testing
@testable import GovNet

/// Edge-list headers: a misspelled column is an error naming the column meant (not an attribute and
/// every weight 1), and a first row of unknown words is one error listing the headers (not one error
/// per row from reading the words as a tie).
@Suite struct EdgeListHeaderTests {
    static func read(_ csv: String) throws -> LoadedNetwork {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-edgehead-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try csv.write(toFile: file, atomically: true, encoding: .utf8)
        return try NetworkReader.read(path: file)
    }

    @Test func aMisspelledColumnGetsDidYouMean() throws {
        let error = try #require(throws: FormatError.self) { try Self.read("from,to,mechanism,wieght\nA,B,command,3\nB,C,command,2\n") }
        #expect(error.errors.count == 1)
        #expect(error.errors.first?.line == 1 && error.errors.first?.column == 4)
        #expect(error.errors.first?.message.hasPrefix("unknown column 'wieght' (did you mean 'weight'?)") == true)
        // Chinese: 权中 for 权重.
        let zh = try #require(throws: FormatError.self) { try Self.read("起点,终点,机制,权中\nA,B,指挥,3\n") }
        #expect(zh.errors.first?.message.hasPrefix("unknown column '权中' (did you mean 'weight'?)") == true)
        // A real attribute column and attributes.X stay attributes.
        let ok = try Self.read("from,to,weight,备注,attributes.wieght\nA,B,2,现场,x\n")
        #expect(ok.network.ties.first?.weight == 2)
        #expect(ok.network.ties.first?.attributes["备注"] == .string("现场"))
        #expect(ok.network.ties.first?.attributes["wieght"] == .string("x"))
    }

    @Test func aMisspelledEndColumnIsNamed() throws {
        let error = try #require(throws: FormatError.self) { try Self.read("form,to,weight\nA,B,1\n") }
        #expect(error.errors.first?.message.hasPrefix("the header names no 'from' (起点, 来源部门) or 'source' column ('form' — did you mean 'from'?)") == true)
    }

    @Test func anUnknownHeaderIsOneErrorListingTheHeaders() throws {
        let rows = (0..<30).map { "D\($0),D\($0 + 1),2,command\n" }.joined()
        let error = try #require(throws: FormatError.self) { try Self.read("出发,到达,分值,方式\n" + rows) }
        #expect(error.errors.count == 1)
        #expect(error.errors.first?.line == 1)
        #expect(error.errors.first?.message.hasPrefix("no recognisable header in the first row (found: '出发', '到达', '分值', '方式'); expected a header row naming the columns, in any order: from (起点, 来源部门) or source") == true)
        // Without a header, by position, as before.
        let plain = try Self.read(rows)
        #expect(plain.network.ties.count == 30 && plain.network.ties.allSatisfy { $0.weight == 2 && $0.mechanism == "command" })
    }
}
