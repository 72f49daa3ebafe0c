import Foundation
import Testing
@testable import GovNet

/// A document's own `vocabulary` section (docs/vocabulary.md), and every pinned Chinese synonym read
/// end to end through the YAML reader and the CSV tables (not only through ``Vocabulary``): the
/// expected values are the pinned table of docs/vocabulary.md.
@Suite struct DocumentVocabularyTests {
    static func read(_ yaml: String) throws -> LoadedNetwork {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-docvocab-\(UUID()).yaml").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)
        return try NetworkReader.read(path: file)
    }

    static func errors(_ yaml: String) -> [Diagnostic] {
        do { _ = try read(yaml); return [] } catch let e as FormatError { return e.errors } catch { return [] }
    }

    @Test func aDocumentAddsSynonymsForEveryTerm() throws {
        let loaded = try Self.read("""
            vocabulary:
              mechanism: {会商: information, 调度: command}
              bases: {文件: regulation, 纪要: 预案}
              role: {主办: lead}
              kind: {应急局: emergency-management, 港务: port}
              level: {区级: county}
            departments:
              - {id: A, kind: 应急局, level: 区级}
              - {id: B, kind: 港务, level: 区级}
            ties:
              - {from: A, to: B, mechanism: 会商, basis: 文件}
              - {from: A, to: B, mechanism: 调度, basis: 纪要}
            functions:
              - {id: f, assignments: [{department: A, role: 主办}, {department: B, role: 配合}]}
            """)
        let net = loaded.network
        #expect(net.ties.map(\.mechanism) == ["information", "command"])
        #expect(net.ties.map(\.basis) == [.regulation, .plan])
        #expect(net.functions[0].assignments.map(\.role) == [.lead, .support])
        #expect(net.departments.map(\.kind) == ["emergency-management", "port"])
        #expect(net.departments.map(\.level) == ["county", "county"])
        #expect(loaded.diagnostics.filter { $0.severity == .warning }.isEmpty, "\(loaded.diagnostics)")
        #expect(GovernanceStructure.findCenter(net).id == "A")
    }

    @Test func aSynonymMayStandForADeclaredMechanism() throws {
        let net = try Self.read("""
            vocabulary: {mechanism: {会商: consultation}}
            mechanisms: [{id: consultation, name: Consultation}]
            departments: [A, B]
            ties: [{from: A, to: B, mechanism: 会商}]
            """).network
        #expect(net.ties[0].mechanism == "consultation")
    }

    @Test func unknownTargetsAndTermsAreErrorsWithSuggestions() {
        let errors = Self.errors("""
            vocabulary:
              mechanism: {会商: informaton}
              basis: {文件: statute}
              kind: {应急局: emergency-managment}
              levle: {区级: county}
              role: {lead: support}
            departments: [A, B]
            ties: [{from: A, to: B, mechanism: command}]
            """)
        let messages = errors.map(\.message)
        #expect(messages.contains { $0.hasPrefix("the synonym '会商' stands for unknown mechanism 'informaton' (did you mean 'information'?)") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("the synonym '文件' stands for unknown basis 'statute'; expected one of law, regulation, plan, agreement, informal") })
        #expect(messages.contains { $0.hasPrefix("the synonym '应急局' stands for unknown kind 'emergency-managment' (did you mean 'emergency-management'?)") })
        #expect(messages.contains { $0.hasPrefix("unknown vocabulary term 'levle' (did you mean 'level'?)") })
        #expect(messages.contains { $0 == "'lead' is already a role and cannot be a synonym of another" })
        #expect(errors.allSatisfy { $0.line != nil })
        #expect(errors.count == 5)
    }

    @Test func redefiningABuiltInSynonymWarns() throws {
        let loaded = try Self.read("vocabulary: {basis: {预案: agreement}}\ndepartments: [A, B]\nties: [{from: A, to: B, mechanism: command, basis: 预案}]\n")
        #expect(loaded.network.ties[0].basis == .agreement)
        #expect(loaded.diagnostics.contains { $0.severity == .warning && $0.message == "'预案' usually means basis 'plan'; in this document it means 'agreement'" })
    }

    @Test func tieRolesReadTheirChineseWords() throws {
        let net = try Self.read("""
            departments:
              - {id: GOV}
              - {id: EMB}
              - {id: HQ, kind: 指挥部}
              - {id: PLAN, kind: emergency-plan}
            ties:
              - {from: GOV, to: HQ, mechanism: 成员, role: 指挥长}
              - {from: EMB, to: HQ, mechanism: 成员单位, role: 办公室}
              - {from: EMB, to: PLAN, mechanism: 预案编制, role: 牵头}
              - {from: GOV, to: PLAN, mechanism: 预案编制, role: 配合}
            """).network
        #expect(net.ties.map(\.role) == [.chair, .office, .draftingLead, .draftingCo])
        #expect(Self.errors("departments: [A, B]\nties: [{from: A, to: B, mechanism: membership, role: 组员}]\n").first?.message
                    .hasPrefix("unknown tie role '组员'") == true)
    }

    /// Every pinned synonym, written in a YAML network and in CSV tables, reads as its canonical value.
    @Test func everyPinnedSynonymReadsEndToEnd() throws {
        let mechanisms: [(String, String)] = [("指挥", "command"), ("领导", "command"), ("指挥协调", "command"), ("信息", "information"),
            ("信息共享", "information"), ("信息报送", "information"), ("物资", "material"), ("物资保障", "material"), ("监督", "supervision"),
            ("监督考核", "supervision"), ("联合处置", "operation"), ("协同处置", "operation"), ("协同联动", "operation"),
            ("成员", "membership"), ("成员单位", "membership")]
        let bases: [(String, Basis)] = [("法律", .law), ("法规", .regulation), ("规章", .regulation), ("预案", .plan), ("协议", .agreement),
            ("合作协议", .agreement), ("联动协议", .agreement), ("非正式", .informal), ("惯例", .informal)]
        let roles: [(String, Role)] = [("牵头", .lead), ("共同牵头", .coLead), ("配合", .support), ("协助", .support)]
        let kinds: [(String, String)] = [("应急管理", "emergency-management"), ("水利", "water"), ("气象", "meteorology"), ("卫生", "health"),
            ("卫健", "health"), ("交通", "transport"), ("民政", "civil-affairs"), ("消防", "fire-rescue"), ("公安", "public-security"),
            ("自然资源", "natural-resources"), ("政府", "government"), ("军队", "military"), ("部队", "military")]
        let levels: [(String, String)] = [("省级", "provincial"), ("市级", "municipal"), ("县级", "county"), ("乡镇", "township")]
        // One department per kind (levels cycle), one tie per mechanism and basis, one assignment per role.
        let ids = kinds.indices.map { "D\($0)" }
        var yaml = "departments:\n"
        var departmentsCSV = "编号,名称,类型,层级\n"
        for (i, (word, _)) in kinds.enumerated() {
            yaml += "  - {id: \(ids[i]), kind: \(word), level: \(levels[i % levels.count].0)}\n"
            departmentsCSV += "\(ids[i]),部门\(i),\(word),\(levels[i % levels.count].0)\n"
        }
        yaml += "ties:\n"
        var tiesCSV = "起点,终点,机制,依据\n"
        let count = max(mechanisms.count, bases.count)
        for i in 0..<count {
            let m = mechanisms[i % mechanisms.count].0, b = bases[i % bases.count].0
            let from = ids[i % ids.count], to = ids[(i + 1) % ids.count]
            yaml += "  - {from: \(from), to: \(to), mechanism: \(m), basis: \(b)}\n"
            tiesCSV += "\(from),\(to),\(m),\(b)\n"
        }
        yaml += "functions:\n  - id: f\n    assignments:\n"
        var functionsCSV = "职能,部门,角色\n"
        for (i, (word, _)) in roles.enumerated() {
            yaml += "      - {department: \(ids[i]), role: \(word)}\n"
            functionsCSV += "f,\(ids[i]),\(word)\n"
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-pinned-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, text) in [("departments.csv", departmentsCSV), ("ties.csv", tiesCSV), ("functions.csv", functionsCSV)] {
            try text.write(toFile: (folder as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        for net in [try Self.read(yaml).network, try NetworkReader.read(path: folder, format: .tables).network] {
            #expect(net.departments.map(\.kind) == kinds.map { Optional($0.1) })
            #expect(net.departments.map(\.level) == kinds.indices.map { Optional(levels[$0 % levels.count].1) })
            #expect(net.ties.map(\.mechanism) == (0..<count).map { mechanisms[$0 % mechanisms.count].1 })
            #expect(net.ties.map(\.basis) == (0..<count).map { Optional(bases[$0 % bases.count].1) })
            #expect(net.functions.first?.assignments.map(\.role) == roles.map(\.1))
        }
    }
}
