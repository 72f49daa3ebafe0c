import Foundation
import Testing
import GovNet
import GovNetTestSupport

/// One formula guard for every CSV GovNet writes (``FormulaGuard``): a cell a spreadsheet would run
/// (first character `=`, `+`, `-`, `@`, tab or CR, and not a number) gets a leading quote; numbers,
/// negative ones included, stay numbers; `--raw` writes cells verbatim; the readers take the guard off.
@Suite struct FormulaGuardTests {
    // MARK: The rule

    @Test func ruleGuardsFormulasAndKeepsNumbers() {
        let guarded = ["=1+1", "=HYPERLINK(\"http://x\")", "+x", "-x", "@SUM(A1)", "\tx", "\r=x", "-1+cmd|' /C calc'!A0",
                       "-", "+", "=", "@", "-1e999", "--1", "-0x10", "-inf x", "-nan", "+inf"]
        for s in guarded { #expect(FormulaGuard.cell(s, .guarded) == "'" + s, "\(s.debugDescription)") }
        let kept = ["-1", "-0.25", "+2.5", "-3e-4", "+1E+10", "-inf", "1", "x=1", "a-b", " =x", "", "'x", "''", "—x", "nan"]
        for s in kept { #expect(FormulaGuard.cell(s, .guarded) == s, "\(s.debugDescription)") }
        // A quote in front of a guarded cell takes one more, so the guard can be undone exactly.
        #expect(FormulaGuard.cell("'=x", .guarded) == "''=x")
        #expect(FormulaGuard.cell("'-1", .guarded) == "'-1")
        for s in guarded + kept { #expect(FormulaGuard.cell(s, .raw) == s) }
    }

    /// Every string over the alphabet of the rule's edge cases, up to length 4: the guard is undone
    /// exactly, and its output never starts a formula.
    @Test func guardIsInvertibleAndLeavesNoFormula() {
        let alphabet: [String] = ["'", "=", "+", "-", "@", "\t", "\r", "1", ".", "e", "x", " "]
        var strings = [""]
        var frontier = [""]
        for _ in 1...4 {
            frontier = frontier.flatMap { p in alphabet.map { p + $0 } }
            strings += frontier
        }
        for s in strings {
            let c = FormulaGuard.cell(s, .guarded)
            #expect(FormulaGuard.unguarded(c) == s, "\(s.debugDescription) → \(c.debugDescription)")
            #expect(!Self.spreadsheetRuns(c), "\(s.debugDescription) → \(c.debugDescription)")
        }
    }

    // MARK: Every writer

    /// Ids, a mechanism, names and a title that a spreadsheet would run, a negative-number id and an id
    /// that already starts with a quote.
    static let hostile = """
    title: "=title"
    mechanisms:
      - {id: "=mech", directed: false}
    departments:
      - {id: "=cmd|' /C calc'!A0", name: "=HYPERLINK(\\"http://x\\")"}
      - {id: "+plus", name: "-minus"}
      - {id: "@at"}
      - {id: "-1"}
      - {id: "'=quoted"}
      - {id: "plain"}
    ties:
      - {from: "=cmd|' /C calc'!A0", to: "+plus", mechanism: "=mech"}
      - {from: "+plus", to: "@at", mechanism: "=mech", weight: 2}
      - {from: "@at", to: "-1", mechanism: "=mech"}
      - {from: "-1", to: "'=quoted", mechanism: "=mech"}
      - {from: "'=quoted", to: plain, mechanism: "=mech"}

    """

    /// Whether a spreadsheet would run the cell as a formula (independent of ``FormulaGuard``: the
    /// OWASP characters, and numbers by a regular expression).
    static func spreadsheetRuns(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return false }
        let number = #"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$|^-inf$"#
        return cell.range(of: number, options: .regularExpression) == nil
    }

    static func fields(_ csv: String, _ name: String) throws -> [String] {
        try CSVReader.records(Array(csv.utf8), file: name).flatMap(\.fields)
    }

    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-formula-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(hostile.utf8).write(to: dir.appendingPathComponent("net.yaml"))
        return dir
    }

    /// The CSV every command writes from `net.yaml`, by (what, text), with `--raw` or not.
    static func outputs(_ dir: URL, raw: Bool) throws -> [(String, String)] {
        let flag = raw ? ["--raw"] : []
        var out: [(String, String)] = []
        for command in [["metrics", "net.yaml"], ["metrics", "net.yaml", "--ties"], ["metrics", "net.yaml", "--root", "@at", "--directed"],
                        ["diagnose", "net.yaml", "--robustness", "5"], ["simulate", "net.yaml"], ["suggest", "net.yaml"]] {
            let r = try CLIRunner.run(command + ["-q", "--format", "csv"] + flag, in: dir)
            #expect(r.status == 0, "\(command): \(r.stderr)")
            out.append((command.joined(separator: " "), r.stdout))
        }
        let folder = raw ? "raw" : "guarded"
        for command in [["convert", "net.yaml", "\(folder)-tables/", "--to", "tables"], ["convert", "net.yaml", "\(folder)-edges.csv"],
                        ["export", "net.yaml", "-o", "\(folder)-export"], ["report", "net.yaml", "-o", "\(folder)-report", "--robustness", "0"]] {
            let r = try CLIRunner.run(command + ["-q"] + flag, in: dir)
            #expect(r.status == 0, "\(command): \(r.stderr)")
        }
        let fm = FileManager.default
        for sub in ["\(folder)-tables", "\(folder)-export/net", "\(folder)-report"] {
            for name in try fm.contentsOfDirectory(atPath: dir.appendingPathComponent(sub).path).sorted() where name.hasSuffix(".csv") {
                out.append(("\(sub)/\(name)", try String(contentsOf: dir.appendingPathComponent(sub).appendingPathComponent(name), encoding: .utf8)))
            }
        }
        out.append(("\(folder)-edges.csv", try String(contentsOf: dir.appendingPathComponent("\(folder)-edges.csv"), encoding: .utf8)))
        return out
    }

    @Test func everyCSVWriterGuardsAndRawWritesVerbatim() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let guarded = try Self.outputs(dir, raw: false)
        #expect(guarded.count >= 20)
        var sawGuard = Set<String>()
        for (what, csv) in guarded {
            for f in try Self.fields(csv, what) {
                #expect(!Self.spreadsheetRuns(f), "\(what): \(f.debugDescription)")
                if f.hasPrefix("'=cmd") || f.hasPrefix("'+plus") || f.hasPrefix("'=mech") || f == "'=title" { sawGuard.insert(what) }
            }
        }
        // Every writer had hostile text to guard: ids, the mechanism or both reach each of them.
        let writers = ["metrics net.yaml", "metrics net.yaml --ties", "metrics net.yaml --root @at --directed", "diagnose net.yaml --robustness 5",
                       "simulate net.yaml", "suggest net.yaml", "guarded-tables/departments.csv", "guarded-tables/ties.csv",
                       "guarded-tables/mechanisms.csv", "guarded-tables/network.csv", "guarded-edges.csv", "guarded-export/net/departments.csv",
                       "guarded-export/net/ties.csv", "guarded-export/net/findings.csv", "guarded-report/departments.csv", "guarded-report/findings.csv"]
        for what in writers { #expect(sawGuard.contains(what), "\(what) shows no guarded cell") }
        // The negative-number id stays a number everywhere.
        let ties = try #require(guarded.first { $0.0 == "guarded-tables/ties.csv" }?.1)
        #expect(ties.contains("\n-1,'=quoted,'=mech,1,") || ties.contains("\n-1,''=quoted,'=mech,1,"), "\(ties)")
        #expect(ties.contains("\n-1,''=quoted,"))

        let raw = try Self.outputs(dir, raw: true)
        for (what, csv) in raw where sawGuard.contains(what.replacingOccurrences(of: "raw", with: "guarded")) {
            let f = try Self.fields(csv, what)
            #expect(f.contains { $0.hasPrefix("=cmd") || $0.hasPrefix("+plus") || $0 == "=mech" || $0 == "=title" }, "\(what) --raw: \(csv)")
            #expect(!f.contains { $0.hasPrefix("'=cmd") || $0.hasPrefix("'+plus") || $0 == "'=mech" || $0 == "'=title" }, "\(what) --raw: \(csv)")
        }
    }

    /// Guarded tables and edge lists read back as the network that was written (the readers take the
    /// guard off): converting back gives the bytes of a direct conversion.
    @Test func guardedNetworkFilesReadBackUnchanged() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        for command in [["convert", "net.yaml", "direct.yaml"], ["convert", "net.yaml", "t/", "--to", "tables"], ["convert", "t/", "back.yaml", "--from", "tables"],
                        ["convert", "net.yaml", "e.csv"], ["convert", "e.csv", "e2.csv"], ["convert", "e.csv", "e.yaml"], ["convert", "e.csv", "raw.csv", "--raw"]] {
            let r = try CLIRunner.run(command + ["-q"], in: dir)
            #expect(r.status == 0, "\(command): \(r.stderr)")
        }
        func text(_ name: String) throws -> String { try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) }
        #expect(try text("back.yaml") == text("direct.yaml"))
        #expect(try text("e2.csv") == text("e.csv"))
        let edges = try text("e.yaml")
        #expect(edges.contains("=cmd|' /C calc'!A0") && !edges.contains("'=cmd") && edges.contains("'=quoted"))
        #expect(try text("raw.csv").contains("\n=cmd|' /C calc'!A0,+plus,1,=mech\n"))
    }

    /// The streaming edge-list reader (files of 4 MiB and more) takes the guard off as the full reader does.
    @Test func streamingReaderTakesTheGuardOff() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-formula-large-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = "source,target,weight,mechanism\n'=a,'+b,1,'=m\n"
        var i = 0
        while text.utf8.count < EdgeListLoader.thresholdBytes + 1024 {
            text += "n\(i),n\(i + 1),1,'=m\n"
            i += 1
        }
        try Data(text.utf8).write(to: dir.appendingPathComponent("big.csv"))
        let large = try EdgeListLoader.load(path: dir.appendingPathComponent("big.csv").path, directed: false)
        #expect(Array(large.ids.prefix(2)) == ["=a", "+b"])
        #expect(large.mechanisms.contains("=m") && !large.mechanisms.contains("'=m"))
        let guarded = try CLIRunner.run(["metrics", "big.csv", "-q", "--format", "csv", "--metric", "degree"], in: dir)
        #expect(guarded.status == 0, "\(guarded.stderr)")
        #expect(guarded.stdout.contains("\n'=a,") && guarded.stdout.contains("\n'+b,"), "\(guarded.stdout.prefix(300))")
        let raw = try CLIRunner.run(["metrics", "big.csv", "-q", "--format", "csv", "--metric", "degree", "--raw"], in: dir)
        #expect(raw.stdout.contains("\n=a,") && raw.stdout.contains("\n+b,"), "\(raw.stdout.prefix(300))")
    }
}
