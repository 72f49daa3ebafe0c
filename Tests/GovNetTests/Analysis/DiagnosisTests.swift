import Testing
@testable import GovNet
import GovNetTestSupport

/// Each rule on a small network built so that it must fire, and on the clean near-identical network
/// where it must not.
@Suite struct DiagnosisTests {
    /// The clean network: a wheel in every mechanism — EMB at the hub, FIRE, PSB, HEALTH, WATER, MET on
    /// the rim — with both directions of every directed tie, all on a regulation basis, and functions
    /// with one lead each, linked to their supports.
    ///
    ///          FIRE ── PSB
    ///         /   \   /   \
    ///      MET ── EMB ── HEALTH
    ///         \   /   \   /
    ///          WATER ────
    static func clean() -> Network {
        var net = Network()
        net.departments = [
            Department(id: "EMB", name: "Emergency Management Bureau", kind: "emergency-management"),
            Department(id: "FIRE", name: "Fire and Rescue", kind: "fire-rescue"),
            Department(id: "PSB", name: "Public Security Bureau", kind: "public-security"),
            Department(id: "HEALTH", name: "Health Commission", kind: "health"),
            Department(id: "WATER", name: "Water Resources Bureau", kind: "water"),
            Department(id: "MET", name: "Meteorological Bureau", kind: "meteorology"),
        ]
        let rim = ["FIRE", "PSB", "HEALTH", "WATER", "MET"]
        var pairs: [(String, String)] = rim.map { ("EMB", $0) }
        for i in rim.indices { pairs.append((rim[i], rim[(i + 1) % rim.count])) }
        for m in ["command", "information", "material", "supervision"] {
            for (a, b) in pairs {
                net.ties.append(Tie(from: a, to: b, mechanism: m, basis: .regulation))
                net.ties.append(Tie(from: b, to: a, mechanism: m, basis: .regulation))
            }
        }
        for (a, b) in pairs { net.ties.append(Tie(from: a, to: b, mechanism: "operation", basis: .plan)) }
        net.functions = [
            Function(id: "fire", name: "Firefighting", assignments: [Assignment(department: "FIRE", role: .lead), Assignment(department: "PSB", role: .support)]),
            Function(id: "flood", name: "Flood control", assignments: [Assignment(department: "WATER", role: .lead), Assignment(department: "MET", role: .support)]),
        ]
        return net
    }

    static func diagnose(_ net: Network) -> [Finding] {
        Diagnosis.run(DiagnosisContext(network: net))
    }

    @Test func cleanNetworkHasNoFindings() {
        let findings = Self.diagnose(Self.clean())
        #expect(findings.isEmpty, "\(findings.map { "\($0.rule): \($0.explanation)" })")
    }

    @Test func cutDepartmentInOneMechanism() {
        var net = Self.clean()
        net.departments.append(Department(id: "RC", name: "Red Cross", kind: "ngo"))
        // A command line through one department is hierarchy, not a single point of failure.
        net.ties.append(Tie(from: "HEALTH", to: "RC", mechanism: "command", basis: .regulation))
        #expect(!Self.diagnose(net).contains { $0.rule == "single-point-of-failure" || $0.mechanism == "command" })
        // The same dependence in information sharing is one.
        net.ties.append(Tie(from: "HEALTH", to: "RC", mechanism: "information", basis: .regulation))
        net.ties.append(Tie(from: "RC", to: "HEALTH", mechanism: "information", basis: .regulation))
        let f = Self.diagnose(net).filter { $0.rule == "single-point-of-failure" && $0.mechanism == "information" }
        #expect(f.count == 1)
        #expect(f.first?.departments == ["HEALTH", "RC"])
        #expect(f.first?.explanation.contains("If Health Commission is unavailable, 1 department loses every information sharing link") == true)
        #expect(f.first?.remedies == [.informationChannels] && f.first?.instrument == .informationPlatform)
    }

    @Test func informalBridge() {
        var net = Self.clean()
        net.departments.append(Department(id: "RC", name: "Red Cross", kind: "ngo"))
        net.departments.append(Department(id: "VOL", name: "Volunteers", kind: "ngo"))
        net.ties.append(Tie(from: "HEALTH", to: "RC", mechanism: "operation", basis: .informal))
        net.ties.append(Tie(from: "RC", to: "VOL", mechanism: "operation", basis: .agreement))
        let f = Self.diagnose(net).filter { $0.rule == "informal-critical-tie" }
        #expect(f.count == 1)
        #expect(f.first.map { Set($0.departments) } == ["HEALTH", "RC"])
        #expect(f.first?.ties == [TieRef(from: "HEALTH", to: "RC", mechanism: "operation")])
        #expect(f.first?.remedy == .legalFoundation)
        // The same tie on a formal basis is a fragile tie, not an informal one.
        net.ties[net.ties.count - 2].basis = .agreement
        let after = Self.diagnose(net)
        #expect(!after.contains { $0.rule == "informal-critical-tie" })
        #expect(after.contains { $0.rule == "fragile-tie" && $0.mechanism == "operation" && Set($0.departments) == ["HEALTH", "RC"] })
    }

    @Test func functionWithoutLeadAndWithTwoLeads() {
        var net = Self.clean()
        net.functions.append(Function(id: "quake", name: "Earthquake relief", assignments: [Assignment(department: "FIRE", role: .support)]))
        net.functions.append(Function(id: "epi", name: "Epidemic response", assignments: [
            Assignment(department: "HEALTH", role: .lead), Assignment(department: "PSB", role: .lead)]))
        let f = Self.diagnose(net)
        let noLead = f.filter { $0.rule == "function-without-lead" }
        #expect(noLead.map(\.functions) == [["quake"]])
        #expect(noLead.first?.severity == .critical)
        let twoLeads = f.filter { $0.rule == "multiple-leads" }
        #expect(twoLeads.map(\.functions) == [["epi"]])
        #expect(twoLeads.first?.departments == ["HEALTH", "PSB"])
        // Declaring a co-lead resolves the overlap.
        net.functions[3].assignments[1].role = .coLead
        #expect(!Self.diagnose(net).contains { $0.rule == "multiple-leads" })
    }

    @Test func unreachableAndCannotReportBack() {
        var net = Self.clean()
        net.departments.append(Department(id: "EDU", name: "Education Bureau", kind: "education"))
        net.ties.append(Tie(from: "EDU", to: "PSB", mechanism: "information", basis: .regulation))
        net.ties.append(Tie(from: "EDU", to: "PSB", mechanism: "operation", basis: .regulation))
        let f = Self.diagnose(net)
        let unreached = f.filter { $0.rule == "unreachable" && $0.mechanism == "information" }
        #expect(unreached.map(\.departments) == [["EDU"]])
        #expect(unreached.first?.explanation == "No information sharing path leads from Emergency Management Bureau to Education Bureau: warnings and decisions do not reach them.")
        #expect(!f.contains { $0.rule == "cannot-report-back" && $0.mechanism == "information" })
        // Isolated department.
        net.departments.append(Department(id: "X", name: "Lonely Office"))
        #expect(Self.diagnose(net).contains { $0.rule == "isolated-department" && $0.departments == ["X"] && $0.severity == .critical })
    }

    @Test func oneWayInformation() {
        var net = Self.clean()
        // Make every information tie into EMB one-way: drop EMB → rim information ties.
        net.ties.removeAll { $0.mechanism == "information" && $0.from == "EMB" }
        let f = Self.diagnose(net).filter { $0.rule == "one-way-information" }
        let perReceiver = f.first { !$0.departments.isEmpty }
        #expect(perReceiver?.departments.first == "EMB")
        #expect(Set(perReceiver?.departments.dropFirst() ?? []) == ["FIRE", "PSB", "HEALTH", "WATER", "MET"])
        #expect(perReceiver?.ties.count == 5)
    }

    @Test func materialAndSupervisionGaps() {
        var net = Self.clean()
        net.departments.append(Department(id: "NATRES", name: "Natural Resources Bureau", kind: "natural-resources"))
        for m in ["information", "operation"] {
            net.ties.append(Tie(from: "NATRES", to: "MET", mechanism: m, basis: .regulation))
            net.ties.append(Tie(from: "MET", to: "NATRES", mechanism: m, basis: .regulation))
            net.ties.append(Tie(from: "NATRES", to: "EMB", mechanism: m, basis: .regulation))
            net.ties.append(Tie(from: "EMB", to: "NATRES", mechanism: m, basis: .regulation))
        }
        net.functions.append(Function(id: "geo", name: "Geological hazards", assignments: [
            Assignment(department: "NATRES", role: .lead), Assignment(department: "MET", role: .support)]))
        let f = Self.diagnose(net)
        #expect(f.filter { $0.rule == "material-gap" }.map(\.departments) == [["NATRES"]])
        #expect(f.filter { $0.rule == "supervision-gap" }.map(\.departments) == [["NATRES"]])
    }

    @Test func lowRedundancy() {
        var net = Self.clean()
        net.departments.append(Department(id: "X", name: "Reservoir Office", kind: "water"))
        net.ties.append(Tie(from: "FIRE", to: "X", mechanism: "information", directed: false, basis: .plan))
        let f = Self.diagnose(net).filter { $0.rule == "low-redundancy" && $0.mechanism == "information" }
        #expect(f.first?.departments == ["X"])
        // A second, independent path removes the finding.
        net.ties.append(Tie(from: "X", to: "EMB", mechanism: "information", directed: false, basis: .plan))
        #expect(!Self.diagnose(net).contains { $0.rule == "low-redundancy" })
    }

    @Test func siloOfOneKind() {
        var net = Self.clean()
        for id in ["V1", "V2", "V3"] { net.departments.append(Department(id: id, name: "Volunteer team \(id)", kind: "ngo")) }
        for (a, b) in [("V1", "V2"), ("V2", "V3"), ("V1", "V3"), ("V1", "HEALTH")] {
            net.ties.append(Tie(from: a, to: b, mechanism: "operation", basis: .agreement))
        }
        let f = Self.diagnose(net).filter { $0.rule == "silo" }
        #expect(f.contains { $0.departments == ["V1", "V2", "V3"] })
        // More outside ties than inside ones: no silo.
        for v in ["V2", "V3"] {
            for d in ["EMB", "FIRE"] { net.ties.append(Tie(from: v, to: d, mechanism: "operation", basis: .agreement)) }
        }
        #expect(!Self.diagnose(net).contains { $0.rule == "silo" && $0.departments == ["V1", "V2", "V3"] })
    }

    @Test func overloadedBrokerOnAStar() {
        var net = Network()
        net.departments = [Department(id: "EMB", kind: "emergency-management")] + (1...6).map { Department(id: "D\($0)") }
        net.ties = (1...6).map { Tie(from: "EMB", to: "D\($0)", mechanism: "operation", basis: .plan) }
        let f = Self.diagnose(net).filter { $0.rule == "overloaded-broker" }
        #expect(f.first?.departments == ["EMB"])
        #expect(f.first?.severity == .high)
    }

    @Test func findingsAreSortedAndJSONHasEveryField() throws {
        var net = Self.clean()
        net.functions.append(Function(id: "quake", name: "Earthquake relief"))
        net.departments.append(Department(id: "X", name: "Lonely Office"))
        let context = DiagnosisContext(network: net)
        let findings = Diagnosis.run(context)
        #expect(findings.map(\.severity) == findings.map(\.severity).sorted())
        let json = Diagnosis.jsonValue(findings, context: context).rendered()
        for key in ["\"rule\"", "\"severity\"", "\"mechanism\"", "\"category\"", "\"departments\"", "\"ties\"", "\"functions\"",
                    "\"evidence\"", "\"explanation\"", "\"recommendation\"", "\"remedy\"", "\"settings\""] {
            #expect(json.contains(key))
        }
    }

    @Test func configOverridesThresholds() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-diag-\(UUID()).yaml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "broker_betweenness: 0.9\nsilo_ei: -0.8\n".write(toFile: path, atomically: true, encoding: .utf8)
        let cfg = try DiagnosisConfig.load(path: path)
        #expect(cfg.brokerBetweenness == 0.9 && cfg.siloEI == -0.8)
        try "broker_betweenes: 0.9\n".write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: FormatError.self) { try DiagnosisConfig.load(path: path) }
        #expect(error.errors.first?.line == 1)
    }
}

import Foundation
