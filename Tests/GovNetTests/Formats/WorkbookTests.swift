import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Excel workbooks (`.xlsx`) read and written. The fixtures in Fixtures/xlsx/ were made by
/// scripts/fixtures/make_workbooks.py: by openpyxl (linkage-zh.xlsx and its planted mistakes), by
/// LibreOffice Calc (`soffice --headless --convert-to xlsx`, linkage-zh-libreoffice.xlsx), encrypted
/// by msoffcrypto-tool, and hostile packages built with Python's zipfile. linkage-zh.yaml is the same
/// network written with ids and canonical words.
@Suite struct WorkbookTests {
    static let folder = RepoPaths.fixtures.appendingPathComponent("xlsx")
    static func fixture(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("govnet-xlsx-\(UUID())-\(name)").path
    }

    /// The errors of reading `path`, as printed.
    static func errors(_ path: String) -> [String] {
        do {
            _ = try NetworkReader.read(path: path)
            return []
        } catch let e as FormatError {
            return e.errors.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    // MARK: Reading what analysts' tools write

    @Test(arguments: ["linkage-zh.xlsx", "linkage-zh-libreoffice.xlsx"])
    func workbookReadsAsItsYAML(name: String) throws {
        let book = try NetworkReader.read(path: Self.fixture(name))
        let yaml = try NetworkReader.read(path: Self.fixture("linkage-zh.yaml"))
        #expect(book.format == .xlsx)
        var expected = yaml.network
        expected.metadata = book.network.metadata  // the workbook has no network sheet
        #expect(book.network == expected)
        // Names in ties resolved to ids, Chinese vocabulary to canonical words, extra columns kept.
        let emb = try #require(book.network.departments.first { $0.id == "EMB" })
        #expect(emb.kind == "emergency-management" && emb.level == "municipal" && emb.names["zh"] == "市应急管理局")
        #expect(emb.attributes["备注"] == .string("综合协调"))
        #expect(book.network.ties[1].attributes["联系人"] == .string("张三"))
        #expect(book.network.ties[0].from == "GOV" && book.network.ties[0].mechanism == "command" && book.network.ties[0].basis == .regulation)
    }

    @Test func libreOfficeFormulaReadsAsItsCachedValue() throws {
        // LibreOffice calculated =1+2 when it saved; the first tie's weight is that value.
        let book = try NetworkReader.read(path: Self.fixture("linkage-zh-libreoffice.xlsx"))
        #expect(book.network.ties[0].weight == 3)
    }

    @Test func correctedWorkbookHasTheMetricsOfItsYAML() throws {
        let settings = ExportSettings(seed: 1, randomRuns: 20)
        let book = try NetworkExport(network: try NetworkReader.read(path: Self.fixture("linkage-zh.xlsx")).network, name: "n", settings: settings)
        let yaml = try NetworkExport(network: try NetworkReader.read(path: Self.fixture("linkage-zh.yaml")).network, name: "n", settings: settings)
        let bookFiles = book.files(.raw), yamlFiles = yaml.files(.raw)
        for (b, y) in zip(bookFiles, yamlFiles) where b.name != "network.csv" {
            #expect(b.text == y.text, "\(b.name) differs")
        }
        #expect(bookFiles.count == yamlFiles.count)
    }

    @Test func everyPlantedMistakeIsReportedAtItsCellInOnePass() {
        let errors = Self.errors(Self.fixture("linkage-zh-mistakes.xlsx"))
        let book = Self.fixture("linkage-zh-mistakes.xlsx")
        let expected = [
            "\(book):联系!A3: error: field 'mechanism': unknown mechanism '指辉' (did you mean 'command' (指挥)?)",
            "\(book):联系!C3: error: field 'weight': weight 'abc' is not a number",
            "\(book):联系!E3: error: field 'basis': unknown basis '预按' (did you mean 'plan' (预案)?)",
            "\(book):联系!B6: error: field 'to': tie EMB → EBM (command) names unknown department 'EBM' (did you mean 'EMB'?)",
            "\(book):联系!E6: error: field 'basis': unknown basis 'plann' (did you mean 'plan'?)",
            "\(book):联系!F6: error: field 'directed': expected true or false, found 'maybe'",
            "\(book):职能!C4: error: field 'role': unknown role '牵投' (did you mean 'lead' (牵头)?)",
        ]
        #expect(errors.count == expected.count, "\(errors)")
        for e in expected { #expect(errors.contains { $0.hasPrefix(e) }, "missing: \(e)\nin: \(errors)") }
    }

    @Test func singleSheetIsATableOfTies() throws {
        let path = Self.temporaryPath("ties.xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let rows: [[TableCell]] = [[.text("起点"), .text("终点"), .text("机制"), .text("权重")],
                                      [.text("A"), .text("B"), .text("信息共享"), .number("2")],
                                      [.text("B"), .text("C"), .text("指挥"), .empty]]
        try WorkbookWriter.workbook([("Sheet1", rows)], file: path).write(to: URL(fileURLWithPath: path))
        let net = try NetworkReader.read(path: path).network
        #expect(net.departments.map(\.id) == ["A", "B", "C"])
        #expect(net.ties.map(\.mechanism) == ["information", "command"] && net.ties[0].weight == 2)
    }

    @Test func workbookUnderAnotherNameIsRecognisedByItsContent() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fixture("linkage-zh.xlsx")))
        for name in ["linkage.csv", "linkage"] {
            let path = Self.temporaryPath(name)
            defer { try? FileManager.default.removeItem(atPath: path) }
            try data.write(to: URL(fileURLWithPath: path))
            #expect(try NetworkReader.read(path: path).format == .xlsx)
        }
    }

    @Test func formulaWithoutCachedValueIsAnErrorAtItsCell() throws {
        let path = Self.temporaryPath("formula.xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var sheet = WorkbookWriter.sheetXML([[.text("from"), .text("to"), .text("mechanism"), .text("weight")],
                                             [.text("A"), .text("B"), .text("command"), .number("1")]])
        sheet = sheet.replacingOccurrences(of: "<c r=\"D2\"><v>1</v></c>", with: "<c r=\"D2\"><f>SUM(1,2)</f></c>")
        try Self.package(sheet: sheet).write(to: URL(fileURLWithPath: path))
        let errors = Self.errors(path)
        #expect(errors.count == 1 && errors[0].hasPrefix("\(path):Sheet1!D2: error: a formula without a calculated value"), "\(errors)")
    }

    @Test func cellTypesOfSpreadsheetML() throws {
        // Shared strings with rich-text runs and a phonetic guide, booleans, an error value, a date,
        // cells placed by reference with gaps, an `_x000A_` escape.
        let path = Self.temporaryPath("types.xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sheet = WorkbookWriter.declaration + "<worksheet xmlns=\"\(WorkbookWriter.mainNamespace)\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"E1\" t=\"inlineStr\"><is><t>since</t></is></c><c r=\"F1\" t=\"str\"><v>flag</v></c><c r=\"G1\" t=\"inlineStr\"><is><t>note</t></is></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>3</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>B</t></is></c><c r=\"C3\" t=\"inlineStr\"><is><t>command</t></is></c>"
            + "<c r=\"E3\" s=\"1\"><v>45292</v></c><c r=\"F3\" t=\"b\"><v>1</v></c><c r=\"G3\" t=\"inlineStr\"><is><t>two_x000A_lines</t></is></c></row>"
            + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>B</t></is></c><c r=\"B4\" t=\"inlineStr\"><is><t>A</t></is></c><c r=\"C4\" t=\"inlineStr\"><is><t>information</t></is></c><c r=\"E4\"><v>8.3000000000000007</v></c><c r=\"G4\" t=\"e\"><v>#N/A</v></c></row>"
            + "</sheetData></worksheet>"
        let shared = WorkbookWriter.declaration + "<sst xmlns=\"\(WorkbookWriter.mainNamespace)\">"
            + "<si><r><t>fr</t></r><r><rPr><b/></rPr><t>om</t></r></si><si><t>to</t></si><si><t>mechanism</t></si>"
            + "<si><t>A</t><rPh sb=\"0\" eb=\"1\"><t>エー</t></rPh></si></sst>"
        let styles = WorkbookWriter.declaration + "<styleSheet xmlns=\"\(WorkbookWriter.mainNamespace)\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"
        try Self.package(sheet: sheet, sharedStrings: shared, styles: styles).write(to: URL(fileURLWithPath: path))
        let loaded = try NetworkReader.read(path: path)
        let t = loaded.network.ties
        #expect(t.count == 2 && t[0].from == "A" && t[0].to == "B" && t[1].mechanism == "information")
        #expect(t[0].attributes["since"] == .string("2024-01-01"))
        #expect(t[0].attributes["flag"] == .bool(true))
        #expect(t[0].attributes["note"] == .string("two\nlines"))
        #expect(t[1].attributes["note"] == .string("#N/A"))
        // A number cell is a number however Excel spelled it (17 significant digits).
        #expect(t[1].attributes["since"] == .number(8.3))
        #expect(loaded.diagnostics.contains { $0.description.hasPrefix("\(path):Sheet1!G4: warning: the cell holds the error value #N/A") })
    }

    @Test func dateSerials() {
        #expect(WorkbookReader.date(serial: 1, date1904: false) == "1900-01-01")
        #expect(WorkbookReader.date(serial: 59, date1904: false) == "1900-02-28")
        #expect(WorkbookReader.date(serial: 61, date1904: false) == "1900-03-01")
        #expect(WorkbookReader.date(serial: 45292, date1904: false) == "2024-01-01")
        #expect(WorkbookReader.date(serial: 45292.5, date1904: false) == "2024-01-01T12:00:00")
        #expect(WorkbookReader.date(serial: 0, date1904: true) == "1904-01-01")
        #expect(WorkbookReader.isDateFormat("yyyy\"年\"m\"月\"d\"日\""))
        #expect(!WorkbookReader.isDateFormat("0.00E+00") && !WorkbookReader.isDateFormat("[Red]0.0") && !WorkbookReader.isDateFormat("General"))
    }

    @Test func cellReferences() {
        #expect([1, 26, 27, 52, 703, 16_384].map(CellReference.columnName) == ["A", "Z", "AA", "AZ", "AAA", "XFD"])
        #expect(CellReference.parse("C14")! == (3, 14))
        #expect(CellReference.parse("$AA$2")! == (27, 2))
        #expect(CellReference.parse("XFE1") == nil && CellReference.parse("14") == nil && CellReference.parse("A0") == nil)
        let d = Diagnostic(.error, file: "联动网络.xlsx", sheet: "联系", line: 14, column: 3, message: "x")
        #expect(d.description == "联动网络.xlsx:联系!C14: error: x")
    }

    // MARK: Refused quickly, with what to do

    @Test(arguments: [
        ("encrypted.xlsx", "the workbook is encrypted (password-protected)"),
        ("macro.xlsx", "the workbook contains macros (xl/vbaProject.bin)"),
        ("bomb-ratio.xlsx", "more than 100 times: a ZIP bomb; refused"),
        ("bomb-lying.xlsx", "inflates past the 1000 bytes the ZIP directory declares for it"),
    ])
    func hostileWorkbookIsRefused(name: String, message: String) {
        let errors = Self.errors(Self.fixture(name))
        #expect(errors.count == 1 && errors[0].contains(message), "\(errors)")
    }

    @Test func otherSpreadsheetsAreRefusedByName() throws {
        let cases: [(String, [UInt8], String)] = [
            ("book.xlsm", Array("PK\u{3}\u{4}".utf8), "a macro-enabled workbook (.xlsm)"),
            ("old.xls", WorkbookPackage.oleSignature + [UInt8](repeating: 0, count: 504), "an old Excel 97–2003 workbook (.xls)"),
            ("text.xlsx", Array("from,to\nA,B\n".utf8), "not an Excel workbook: an .xlsx file is a ZIP package"),
            ("cut.xlsx", Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture("linkage-zh.xlsx"))).prefix(3000)), "the ZIP package is damaged"),
        ]
        for (name, bytes, message) in cases {
            let path = Self.temporaryPath(name)
            defer { try? FileManager.default.removeItem(atPath: path) }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let errors = Self.errors(path)
            #expect(errors.count == 1 && errors[0].contains(message), "\(name): \(errors)")
        }
    }

    @Test func declaredSizesPastTheLimitsAreRefusedBeforeInflating() throws {
        var directory = try ZipDirectory(Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture("linkage-zh.xlsx")))), file: "x.xlsx")
        #expect(throws: Never.self) { try directory.check() }
        directory.items[0].size = UInt64(WorkbookLimits.maxPartBytes) + 1
        directory.items[0].compressed = UInt64(WorkbookLimits.maxPartBytes)
        #expect { try directory.check() } throws: { "\($0)".contains("more than the \(WorkbookLimits.maxPartBytes) of one part") }
    }

    // MARK: Writing

    /// Every network GovNet ships, as YAML.
    static var bundledNetworks: [String] {
        let root = RepoPaths.networks.path
        let all = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(".yaml") }.sorted().map { (root as NSString).appendingPathComponent($0) }
    }

    @Test func yamlToWorkbookToYAMLIsLosslessOnEveryBundledNetwork() throws {
        #expect(Self.bundledNetworks.count >= 8)
        for yaml in Self.bundledNetworks {
            let book = Self.temporaryPath("net.xlsx"), back = Self.temporaryPath("back.yaml")
            defer { for p in [book, back] { try? FileManager.default.removeItem(atPath: p) } }
            let original = try NetworkReader.read(path: yaml).network
            try NetworkWriter.write(original, to: book)
            let read = try NetworkReader.read(path: book).network
            #expect(read == original, "\(yaml)")
            try NetworkWriter.write(read, to: back)
            #expect(try String(contentsOfFile: back, encoding: .utf8) == NetworkDocumentWriter.yaml(original), "\(yaml)")
        }
    }

    @Test func awkwardTextRoundTrips() throws {
        var net = RoundTripTests.sample
        net.departments.append(Department(id: "=HYPERLINK(\"http://x\")", name: "+1 call _x0041_ me\u{1}\r\nnext", kind: "@kind"))
        net.ties.append(Tie(from: "=HYPERLINK(\"http://x\")", to: "EMB", mechanism: "information", attributes: ["code": .string("-x"), "n": .number(-2.5)]))
        let path = Self.temporaryPath("awkward.xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try NetworkWriter.write(net, to: path)
        #expect(try NetworkReader.read(path: path).network == net)
        // Text that looks like a formula is an inline string with the quote-prefix format, never a formula.
        var package = try WorkbookPackage(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
        let sheet = String(decoding: try #require(try package.part("xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(!sheet.contains("<f>"))
        #expect(sheet.contains("s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">=HYPERLINK(&quot;http://x&quot;)</t>"))
    }

    @Test func writerIsDeterministic() throws {
        let network = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path).network
        let a = try WorkbookWriter.network(network, file: "a.xlsx").data, b = try WorkbookWriter.network(network, file: "b.xlsx").data
        #expect(a == b)
    }

    @Test func exportWorkbookHoldsTheCSVTables() throws {
        let network = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path).network
        let export = try NetworkExport(network: network, name: "hubei", settings: ExportSettings(seed: 1, randomRuns: 10))
        let data = try ExportTable.workbook(export.tables, file: "hubei.xlsx")
        var reader = try WorkbookReader(bytes: Array(data), file: "hubei.xlsx")
        #expect(reader.sheets.map(\.name) == export.tables.map(\.name))
        for (i, table) in export.tables.enumerated() {
            var diagnostics: [Diagnostic] = []
            let rows = try reader.rows(of: i, diagnostics: &diagnostics).map(\.fields)
            func trimmed(_ r: [String]) -> [String] { Array(r.reversed().drop { $0.isEmpty }.reversed()) }
            let csv = try CSVReader.records(Array(table.csv(.raw).utf8), file: table.name).map { trimmed($0.fields) }.filter { !$0.isEmpty }
            #expect(rows == csv, "\(table.name)")
            #expect(diagnostics.isEmpty)
        }
    }

    /// A package of one sheet named Sheet1 with the given parts.
    static func package(sheet: String, sharedStrings: String? = nil, styles: String? = nil) throws -> Data {
        var rels = WorkbookWriter.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(WorkbookWriter.relationshipNamespace)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        if sharedStrings != nil { rels += "<Relationship Id=\"rId2\" Type=\"\(WorkbookWriter.relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>" }
        if styles != nil { rels += "<Relationship Id=\"rId3\" Type=\"\(WorkbookWriter.relationshipNamespace)/styles\" Target=\"/xl/styles.xml\"/>" }
        rels += "</Relationships>"
        var parts = [("[Content_Types].xml", WorkbookWriter.contentTypes(count: 1)), ("_rels/.rels", WorkbookWriter.rootRelationships),
                     ("xl/workbook.xml", WorkbookWriter.workbookXML(["Sheet1"])), ("xl/_rels/workbook.xml.rels", rels),
                     ("xl/worksheets/sheet1.xml", sheet)]
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", sharedStrings)) }
        if let styles { parts.append(("xl/styles.xml", styles)) }
        return try WorkbookWriter.zip(parts, file: "test.xlsx")
    }
}
