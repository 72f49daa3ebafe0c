import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// The documentary Xiangyang pair (networks/xiangyang/): both files validate, carry the status
/// `documentary data`, and cite a document for every department, tie and assignment; a sample of
/// facts is checked against the documents themselves (expected values transcribed from
/// 襄樊政办发〔2006〕7号, 13 January 2006, catalogue of special plans, natural disasters items 1-3, and from
/// 《襄阳市防汛抗旱应急预案》, member duties items 2-7, as listed in networks/xiangyang/SOURCES.md).
@Suite struct XiangyangNetworkTests {
    static let folder = RepoPaths.networks.appendingPathComponent("xiangyang")
    static let files = ["xiangyang-pre-reform.yaml", "xiangyang-post-reform.yaml"]

    static func load(_ name: String) throws -> LoadedNetwork {
        try NetworkReader.read(path: folder.appendingPathComponent(name).path)
    }

    @Test(arguments: files) func validatesWithoutWarnings(file: String) throws {
        let loaded = try Self.load(file)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.description))")
        #expect(NetworkValidator.validate(loaded.network).isEmpty)
        #expect(NetworkStatus(metadata: loaded.network.metadata.status) == .documentaryData)
    }

    @Test(arguments: files) func everyDepartmentTieAndAssignmentCitesADocument(file: String) throws {
        let net = try Self.load(file).network
        for d in net.departments {
            #expect(d.attributes["source"] == .string("document") && (d.attributes["citation"]?.description.count ?? 0) > 20, "department \(d.id)")
        }
        for t in net.ties {
            #expect(t.source == .document && (t.citation?.count ?? 0) > 20, "tie \(t.from)-\(t.to) \(t.mechanism)")
            let derived = t.attributes["derived"] == .bool(true)
            #expect(derived == t.mechanism.hasPrefix("co-"), "only the projections are derived: \(t.mechanism)")
            if Mechanism.affiliation.contains(where: { $0.id == t.mechanism }) {
                #expect(t.role?.mechanism == t.mechanism, "\(t.from)-\(t.to): every affiliation tie has its role")
            }
        }
        for f in net.functions {
            for a in f.assignments {
                #expect(a.source == .document && (a.citation?.count ?? 0) > 20, "\(f.id): \(a.department)")
            }
        }
    }

    /// Drafting roles of 襄樊政办发〔2006〕7号: the flood plan drafted by the water bureau with seven
    /// co-drafters; relief drafted by civil affairs with thirteen; earthquake by the earthquake bureau with ten.
    @Test func preReformDraftingRolesMatchTheCatalogue() throws {
        let net = try Self.load(Self.files[0]).network
        func drafters(_ plan: String, _ role: String) -> Set<String> {
            Set(net.ties.filter { $0.mechanism == "drafting" && $0.to == plan && $0.role?.rawValue == role }.map(\.from))
        }
        #expect(drafters("PLAN_FLOOD", "drafting-lead") == ["WATER"])
        #expect(drafters("PLAN_FLOOD", "drafting-co") == ["PSB", "CIVIL", "TRANSPORT", "LAND", "MET", "MSD", "APF"])
        #expect(drafters("PLAN_RELIEF", "drafting-lead") == ["CIVIL"])
        #expect(drafters("PLAN_RELIEF", "drafting-co").count == 13)
        #expect(drafters("PLAN_QUAKE", "drafting-lead") == ["EQ"])
        #expect(drafters("PLAN_QUAKE", "drafting-co").count == 10)
        #expect(net.department("WATER")?.names["zh"] == "市水利局")
        #expect(net.department("APF")?.names["zh"] == "武警襄樊市支队")
        // The projection: WATER and PSB share the relief, flood and earthquake plans.
        let shared = net.ties.first { $0.mechanism == "co-drafting" && Set([$0.from, $0.to]) == ["PSB", "WATER"] }
        #expect(shared?.weight == 3)
    }

    /// Member duties of the post-reform flood plan: the EMB is the HQ office (市防办) and compiles the plan.
    @Test func postReformHeadquartersMatchesThePlan() throws {
        let net = try Self.load(Self.files[1]).network
        let members = net.ties.filter { $0.mechanism == "membership" && $0.to == "FLOODHQ" }
        #expect(Dictionary(uniqueKeysWithValues: members.map { ($0.from, $0.role) })
                == ["APF": .member, "EMB": .office, "WATERLAKES": .member, "PROPAGANDA": .member, "DRC": .member, "EDU": .member])
        #expect(net.ties.contains { $0.mechanism == "drafting" && $0.from == "EMB" && $0.to == "PLAN_FLOOD" && $0.role == .draftingLead })
        #expect(GovernanceStructure(network: net).center == "EMB")
        #expect(net.department("WATERLAKES")?.names["zh"] == "市水利和湖泊局")
        #expect(net.functions.first { $0.id == "water-monitoring-warning" }?.departments(withRole: .lead) == ["WATERLAKES"])
        #expect(net.ties.contains { $0.from == "EMB" && $0.to == "EQSTATION" && $0.basis == .agreement })
    }

    /// The mapping resolves against both files and names only functions both files hold: the water
    /// bureau continues as the water resources and lakes bureau, the flood plan's drafting goes to the EMB.
    @Test func mappingResolvesAndNamesKnownFunctions() throws {
        let before = try Self.load(Self.files[0]).network, after = try Self.load(Self.files[1]).network
        let path = Self.folder.appendingPathComponent("xiangyang-reform-mapping.csv").path
        let resolved = try DepartmentMapping.read(path: path).resolve(before: before, after: after)
        #expect(Set(resolved.successors["WATER"] ?? []) == ["WATERLAKES", "EMB"])
        let rows = try CSVReader.records(InputFile.bytes(path), file: "mapping")
        #expect(rows.first?.fields == ["from", "to", "change", "functions", "citation"])
        let functionIDs = Set(before.functions.map(\.id)).intersection(after.functions.map(\.id))
        for r in rows.dropFirst() {
            for f in r.fields[3].split(separator: ";") { #expect(functionIDs.contains(String(f)), "\(f)") }
        }
        #expect(rows.contains { $0.fields[0] == "WATER" && $0.fields[1] == "EMB" && $0.fields[3] == "flood-plan-drafting" })
        let moved = FunctionChanges(before: before, after: after, mapping: resolved).entries.filter { $0.change == .leadMoved }
        #expect(moved.map(\.id) == ["flood-plan-drafting"])
        #expect(moved.first?.before.lead == ["WATER"] && moved.first?.after.lead == ["EMB"])
    }
}
