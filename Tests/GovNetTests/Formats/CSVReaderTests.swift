import Testing
@testable import GovNet

@Suite struct CSVReaderTests {
    func parse(_ s: String) throws -> [[String]] {
        try CSVReader.records(Array(s.utf8), file: "t.csv").map(\.fields)
    }

    @Test func rfc4180Quoting() throws {
        #expect(try parse("a,\"b,c\",\"d \"\"e\"\"\"\n") == [["a", "b,c", "d \"e\""]])
        #expect(try parse("a,\"multi\nline\",c\nx,y,z") == [["a", "multi\nline", "c"], ["x", "y", "z"]])
    }

    @Test func lineEndingsBomAndBlankLines() throws {
        let recs = try CSVReader.records(Array("\u{FEFF}h1,h2\r\n\r\n1,2\r\n3,4".utf8), file: "t.csv")
        #expect(recs.map(\.fields) == [["h1", "h2"], ["1", "2"], ["3", "4"]])
        #expect(recs.map(\.line) == [1, 3, 4])
        #expect(try parse("a,b\rc,d\r") == [["a", "b"], ["c", "d"]])
    }

    @Test func emptyFieldsAndTrailingComma() throws {
        #expect(try parse(",,\n") == [["", "", ""]])
        #expect(try parse("a,") == [["a", ""]])
    }

    @Test func lineNumbersCountEmbeddedNewlines() throws {
        let recs = try CSVReader.records(Array("a\n\"x\ny\"\nb\n".utf8), file: "t.csv")
        #expect(recs.map(\.line) == [1, 2, 4])
    }

    @Test func errors() {
        #expect(throws: FormatError.self) { try parse("a,\"open\nb,c\n") }
        #expect(throws: FormatError.self) { try parse("a,\"closed\"junk\n") }
        #expect(throws: FormatError.self) { try CSVReader.records([0x61, 0xFF, 0x0A], file: "t.csv") }
    }

    @Test func escapeRoundTrip() throws {
        let fields = ["plain", "with,comma", "with \"quote\"", "line\nbreak", " padded ", "汉字"]
        #expect(try parse(CSVReader.line(fields)) == [fields])
    }
}
