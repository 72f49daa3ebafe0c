import Foundation
import Testing
@testable import GovNet

/// The governance fields (`led_by`, `management`, `coordinator`; `relation`, `phase`, `source`,
/// `citation`, `confidence`, `role`; assignment `source`/`citation`; `membership` ties) are read from
/// YAML, JSON and CSV tables, written back losslessly, and validated with every problem in one pass.
@Suite struct GovernanceFieldsTests {
    static func write(_ text: String, _ ext: String = "yaml") -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-gov-\(UUID()).\(ext)").path
        try! text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let yaml = """
    title: governance fields
    status: illustrative model
    departments:
      - {id: GOV, name: Municipal Government, kind: government, level: municipal}
      - {id: EMB, name: Emergency Management Bureau, kind: emergency-management, level: municipal, led_by: GOV, management: local, coordinator: true}
      - {id: MET, name: Meteorological Bureau, kind: meteorology, level: municipal, led_by: [PMET, GOV], management: dual}
      - {id: PMET, name: Provincial Meteorological Bureau, kind: meteorology, level: provincial}
      - {id: HQ, name: Flood Control HQ, kind: coordinating-body, level: municipal}
    ties:
      - {from: GOV, to: EMB, mechanism: command, relation: leadership, source: document, citation: "Municipal institutional plan, 2019, art. 3", confidence: 1}
      - {from: PMET, to: MET, mechanism: command, relation: leadership}
      - {from: HQ, to: MET, mechanism: command, relation: direction, phase: response-rescue}
      - {from: MET, to: EMB, mechanism: information, phase: [monitoring-warning, response-rescue], source: interview, confidence: 0.8}
      - {from: EMB, to: HQ, mechanism: membership, role: office}
      - {from: MET, to: HQ, mechanism: membership, role: member}
    functions:
      - id: flood
        name: Flood control
        assignments:
          - {department: HQ, role: lead, source: document, citation: "Flood plan §2.1"}
          - {department: MET, role: support}
    """

    @Test func yamlReadsEveryField() throws {
        let path = Self.write(Self.yaml)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = try NetworkReader.read(path: path)
        let net = loaded.network
        let met = try #require(net.department("MET"))
        #expect(met.ledBy == ["PMET", "GOV"])
        #expect(met.management == .dual)
        #expect(net.department("EMB")?.coordinator == true)
        #expect(net.department("EMB")?.ledBy == ["GOV"])
        #expect(net.ties[0].relation == .leadership && net.ties[0].source == .document && net.ties[0].confidence == 1)
        #expect(net.ties[0].citation == "Municipal institutional plan, 2019, art. 3")
        #expect(net.ties[2].phases == [.responseRescue])
        #expect(net.ties[3].phases == [.monitoringWarning, .responseRescue] && net.ties[3].source == .interview && net.ties[3].confidence == 0.8)
        #expect(net.ties[4].role == .office && net.ties[4].mechanism == "membership")
        #expect(net.functions[0].assignments[0].source == .document && net.functions[0].assignments[0].citation == "Flood plan §2.1")
        // Every command tie has a relation: no note.
        #expect(!loaded.diagnostics.contains { $0.severity == .note })
        #expect(net.isIllustrative)
    }

    @Test(arguments: [NetworkFormat.yaml, .json, .tables]) func lossless(format: NetworkFormat) throws {
        let source = Self.write(Self.yaml)
        let net = try NetworkReader.read(path: source).network
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-gov-rt-\(UUID())" + (format == .tables ? "" : "." + format.rawValue)).path
        defer { for p in [source, out] { try? FileManager.default.removeItem(atPath: p) } }
        try NetworkWriter.write(net, to: out, format: format)
        #expect(try NetworkReader.read(path: out, format: format).network == net)
    }

    @Test func sourceStillNamesTheEndWithoutFrom() throws {
        let path = Self.write("""
        departments: [A, B]
        ties:
          - {source: A, target: B, mechanism: information}
        """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let t = try NetworkReader.read(path: path).network.ties[0]
        #expect(t.from == "A" && t.to == "B" && t.source == nil)
    }

    @Test func everyProblemInOnePass() throws {
        let path = Self.write("""
        departments:
          - {id: GOV, kind: government}
          - {id: EMB, led_by: gov, management: regional}
          - {id: FIRE, led_by: [FIRE]}
          - {id: MET, led_by: GOV}
        ties:
          - {from: EMB, to: MET, mechanism: command, relation: leadership}
          - {from: GOV, to: EMB, mechanism: information, relation: guidance}
          - {from: GOV, to: FIRE, mechanism: command, relation: orders}
          - {from: GOV, to: MET, mechanism: operation, phase: [response, recovery-reconstruction], source: rumour, confidence: 1.5}
          - {from: MET, to: GOV, mechanism: information, role: member}
        """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(throws: FormatError.self) { try NetworkReader.read(path: path) }
        let messages = error.errors.map(\.description)
        func has(_ s: String) -> Bool { messages.contains { $0.contains(s) } }
        #expect(has("unknown management 'regional'; expected one of local, vertical, dual"))
        #expect(has("unknown relation 'orders'"))
        #expect(has("unknown phase 'response'; expected one of prevention-preparedness"))
        #expect(has("unknown source 'rumour'; expected one of document, interview, survey, inferred"))
        #expect(has("confidence '1.5' is not a number in (0, 1]"))
        #expect(has("led by unknown department 'gov' (did you mean 'GOV'?)"))
        #expect(has("'FIRE' names itself in 'led_by'"))
        #expect(has("leadership tie EMB → MET contradicts 'led_by' of 'MET' (GOV)"))
        #expect(has("(information) has a 'relation'; it applies to command ties only"))
        #expect(has("(information) has a 'role'; it applies to membership ties (chair, deputy, office, member) and drafting ties (drafting-lead, drafting-co) only"))
        // Lines point at the offending element.
        #expect(error.errors.contains { $0.line == 7 && $0.message.contains("contradicts") })
    }

    @Test func unspecifiedCommandTiesGetOneNote() throws {
        let path = Self.write("""
        departments: [A, B, C]
        ties:
          - {from: A, to: B, mechanism: command}
          - {from: A, to: C, mechanism: command}
          - {from: B, to: C, mechanism: command, relation: coordination}
        """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let notes = try NetworkReader.read(path: path).diagnostics.filter { $0.severity == .note }
        #expect(notes.count == 1)
        #expect(notes.first?.line == 3)
        #expect(notes.first?.message.hasPrefix("2 of 3 command ties have no 'relation'") == true)
        #expect(notes.first?.description.contains(": note: ") == true)
    }

    @Test func tablesCarryTheFieldsAndCheckThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-gov-tables-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "id,kind,level,led_by,management,coordinator\nGOV,government,municipal,,,\nEMB,emergency-management,municipal,GOV,local,true\nMET,meteorology,municipal,PMET;GOV,dual,\nPMET,meteorology,provincial,,,\n"
            .write(toFile: folder + "/departments.csv", atomically: true, encoding: .utf8)
        try "from,to,mechanism,relation,phase,source,citation,confidence,role\nGOV,EMB,command,leadership,,document,Plan 3,1,\nMET,EMB,information,,monitoring-warning;response-rescue,survey,,0.5,\nEMB,MET,command,leadership,,,,,\n"
            .write(toFile: folder + "/ties.csv", atomically: true, encoding: .utf8)
        let error = try #require(throws: FormatError.self) { try NetworkReader.read(path: folder, format: .tables) }
        #expect(error.errors.count == 1)
        #expect(error.errors[0].message.contains("leadership tie EMB → MET contradicts 'led_by' of 'MET'"))
        #expect(error.errors[0].line == 4)
        try "from,to,mechanism,relation,phase,source,citation,confidence,role\nGOV,EMB,command,leadership,,document,Plan 3,1,\nMET,EMB,information,,monitoring-warning;response-rescue,survey,,0.5,\n"
            .write(toFile: folder + "/ties.csv", atomically: true, encoding: .utf8)
        let net = try NetworkReader.read(path: folder, format: .tables).network
        #expect(net.department("MET")?.ledBy == ["PMET", "GOV"] && net.department("EMB")?.coordinator == true)
        #expect(net.ties[1].phases == [.monitoringWarning, .responseRescue] && net.ties[1].source == .survey && net.ties[1].confidence == 0.5)
        #expect(net.ties[0].citation == "Plan 3")
    }
}

extension GovernanceFieldsTests {
    /// A free attribute named like a standard column survives the tables as `attributes.<name>`.
    @Test func attributesNamedLikeColumnsRoundTrip() throws {
        var net = Network(departments: [Department(id: "A", attributes: ["management": .string("free text")]), Department(id: "B")],
                          ties: [Tie(from: "A", to: "B", mechanism: "command", attributes: ["role": .string("office host")], relation: .coordination)])
        net.metadata.title = "collisions"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-gov-coll-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try NetworkWriter.write(net, to: folder, format: .tables)
        #expect(try String(contentsOfFile: folder + "/ties.csv", encoding: .utf8).hasPrefix("from,to,mechanism,weight,directed,basis,relation,role,phase,source,citation,confidence,attributes.role\n"))
        #expect(try NetworkReader.read(path: folder, format: .tables).network == net)
    }
}
