import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Function-by-function roles before → after on the hand-checked duty-transfer pair
/// (Fixtures/comparison/duties-*.{yaml,csv}). Every expected value is derived by hand from the rules of
/// ``FunctionChanges`` and the fixture's comments.
@Suite struct FunctionChangesTests {
    func changes(functionMapping: Bool = true) throws -> FunctionChanges {
        let before = try comparisonFixture("duties-before.yaml"), after = try comparisonFixture("duties-after.yaml")
        let dir = RepoPaths.fixtures.appendingPathComponent("comparison")
        let map = try DepartmentMapping.read(path: dir.appendingPathComponent("duties-mapping.csv").path)
        let fmap = functionMapping ? try DepartmentMapping.read(path: dir.appendingPathComponent("duties-function-mapping.csv").path) : nil
        return FunctionChanges(before: before, after: after, mapping: try map.resolve(before: before, after: after, functionMapping: fmap))
    }

    @Test func mappingReadsTheFunctionsColumnAndTheContinuation() throws {
        let before = try comparisonFixture("duties-before.yaml"), after = try comparisonFixture("duties-after.yaml")
        let map = try DepartmentMapping.read(path: RepoPaths.fixtures.appendingPathComponent("comparison/duties-mapping.csv").path)
        #expect(map.pairs.map { $0.functions ?? [] } == [[], [], [], ["flood"], [], ["fire"], []])
        let r = try map.resolve(before: before, after: after)
        // WATER keeps its id; POLICE's continuation is the first row without a functions list (PSB);
        // SAWS has one successor.
        #expect(r.continuation(of: "WATER") == "WATER" && r.continuation(of: "POLICE") == "PSB" && r.continuation(of: "SAWS") == "EMB")
        #expect(r.dutyTargets(of: "WATER", function: "flood") == ["EMB"])
        #expect(r.dutyTargets(of: "WATER", function: "warn") == ["WATER"])
        #expect(r.dutyTargets(of: "POLICE", function: "fire") == ["FIRE"])
        #expect(r.dutyTargets(of: "POLICE", function: "chem") == ["PSB"])
        // A row may name the duty by the later function id: `medical` continues `med` (function mapping).
        let later = try DepartmentMapping.parseCSV(Array("from,to,functions\nHFPC,HEALTH\nHFPC,EMB,medical\n".utf8), file: "m.csv")
        let fmap = try DepartmentMapping.parseCSV(Array("from,to\nmed,medical\n".utf8), file: "f.csv")
        #expect(try later.resolve(before: before, after: after, functionMapping: fmap).dutyTargets(of: "HFPC", function: "med") == ["EMB"])
        #expect(r.mapsFunctions)
    }

    @Test func everyFunctionByHand() throws {
        let c = try changes()
        let got = c.entries.map { "\($0.id):\($0.change.rawValue)" }
        #expect(got == ["flood:lead-moved", "safety:lead-merged", "fire:lead-moved", "order:unchanged", "health:unchanged",
                        "chem:co-lead-changed", "relief:lead-gained", "warn:lead-lost", "coord:lead-merged", "plan:co-lead-changed",
                        "medical:unchanged"])
        let byID = Dictionary(uniqueKeysWithValues: c.entries.map { ($0.id, $0) })
        // Roles are the raw networks' own ids.
        #expect(byID["flood"]!.before == FunctionChanges.Roles(lead: ["WATER"], support: ["EMO"]))
        #expect(byID["flood"]!.after == FunctionChanges.Roles(lead: ["EMB"], coLead: ["WATER"]))
        #expect(byID["flood"]!.transfers == [FunctionChanges.Transfer(from: "WATER", to: ["EMB"], kind: "moved")])
        #expect(byID["fire"]!.transfers == [FunctionChanges.Transfer(from: "POLICE", to: ["FIRE"], kind: "moved")])
        #expect(byID["order"]!.transfers == [FunctionChanges.Transfer(from: "POLICE", to: ["PSB"], kind: "kept")])
        #expect(byID["chem"]!.transfers.map(\.kind) == ["kept", "dropped"])
        #expect(byID["coord"]!.transfers == [FunctionChanges.Transfer(from: "EMO", to: ["EMB"], kind: "merged")])
        #expect(byID["medical"]!.idBefore == "med")
        #expect(c.counts.map(\.1) == [1, 1, 2, 2, 2, 3])
    }

    @Test func withoutTheFunctionMappingARenamedFunctionIsLostAndGained() throws {
        let c = try changes(functionMapping: false)
        let tail = c.entries.suffix(2).map { "\($0.id):\($0.change.rawValue):\($0.existsAfter)" }
        #expect(tail == ["med:lead-lost:false", "medical:lead-gained:true"])
    }

    @Test func sentenceInTheDepartmentsOwnNames() throws {
        let before = try comparisonFixture("duties-before.yaml"), after = try comparisonFixture("duties-after.yaml")
        let flood = try #require(try changes().entries.first)
        let s = FunctionChanges.describe(flood, beforeName: { before.department($0)?.name ?? $0 }, afterName: { after.department($0)?.name ?? $0 })
        #expect(s == "Flood control: lead Water Bureau → Emergency Management Bureau (Water Bureau co-lead)")
    }

    @Test func unknownFunctionInTheMappingIsAnErrorAtItsLine() throws {
        let before = try comparisonFixture("duties-before.yaml"), after = try comparisonFixture("duties-after.yaml")
        let map = try DepartmentMapping.parseCSV(Array("from,to,functions\nWATER,EMB,flood;nosuch\n".utf8), file: "m.csv")
        #expect(throws: FormatError.self) { try map.resolve(before: before, after: after) }
        do { _ = try map.resolve(before: before, after: after) } catch let e as FormatError {
            #expect("\(e)".contains("m.csv:2") && "\(e)".contains("nosuch"))
        }
    }
}
