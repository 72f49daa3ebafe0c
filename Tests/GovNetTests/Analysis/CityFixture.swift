import Foundation
@testable import GovNet

/// A municipal network built as a researcher would: the government leads its bureaus (one
/// leadership line each), the EMB leads its earthquake centre, the health commission its 120 centre,
/// meteorology and fire are under dual leadership, a flood-control HQ has member units and its office
/// in the EMB, with NGOs, an SOE and the armed police.
///
/// Planted faults (horizontal): an information dead end (natural resources hears from meteorology
/// and water, answers nobody); an informal critical tie (the volunteer team's only operation tie, with
/// fire); a material gap (natural resources leads geological hazards, no material tie); two undeclared
/// leads (hazardous chemicals: EMB and ecology-environment); a member of the HQ with a duty in flood
/// control and no working tie with the office (transport).
///
/// Planted non-faults (hierarchy): the leadership tree, unity of command, the hosted HQ office, the
/// provincial department's guidance line.
enum CityFixture {
    static let yaml = """
    title: Fixture city
    status: illustrative model
    provenance: Built for tests.
    departments:
      - {id: PROV, name: Provincial Government, kind: government, level: provincial}
      - {id: PEMD, name: Provincial Emergency Management Department, kind: emergency-management, level: provincial, led_by: PROV}
      - {id: PMET, name: Provincial Meteorological Bureau, kind: meteorology, level: provincial}
      - {id: GOV, name: Municipal Government, kind: government, level: municipal, led_by: PROV}
      - {id: EMB, name: Emergency Management Bureau, kind: emergency-management, level: municipal, led_by: GOV, management: local}
      - {id: EQC, name: Earthquake Centre, kind: earthquake, level: municipal, led_by: EMB}
      - {id: WATER, name: Water Resources Bureau, kind: water, level: municipal, led_by: GOV, management: local}
      - {id: NATRES, name: Natural Resources Bureau, kind: natural-resources, level: municipal, led_by: GOV, management: local}
      - {id: HEALTH, name: Health Commission, kind: health, level: municipal, led_by: GOV, management: local}
      - {id: EMS, name: Emergency Medical Centre, kind: health, level: municipal, led_by: HEALTH}
      - {id: TRANSPORT, name: Transport Bureau, kind: transport, level: municipal, led_by: GOV, management: local}
      - {id: ECOENV, name: Ecology and Environment Bureau, kind: environment, level: municipal, led_by: GOV, management: local}
      - {id: DRC, name: Development and Reform Commission, kind: development-reform, level: municipal, led_by: GOV, management: local}
      - {id: MET, name: Meteorological Bureau, kind: meteorology, level: municipal, led_by: [PMET, GOV], management: dual}
      - {id: FIRE, name: Fire and Rescue Detachment, kind: fire-rescue, level: municipal, led_by: [PEMD, GOV], management: dual}
      - {id: SUPOFF, name: Government Supervision Office, kind: supervision, level: municipal, led_by: GOV}
      - {id: FLOODHQ, name: Flood Control Headquarters, kind: coordinating-body, level: municipal}
      - {id: APF, name: Armed Police Detachment, kind: military, level: municipal}
      - {id: POWER, name: Power Supply Company, kind: utility, level: municipal}
      - {id: REDCROSS, name: Red Cross Society, kind: ngo, level: municipal}
      - {id: VOL, name: Volunteer Rescue Team, kind: ngo, level: municipal}
    ties:
      # leadership tree (non-fault)
      - {from: PROV, to: GOV, mechanism: command, relation: leadership, basis: law}
      - {from: PROV, to: PEMD, mechanism: command, relation: leadership, basis: law}
      - {from: GOV, to: EMB, mechanism: command, relation: leadership, basis: regulation}
      - {from: GOV, to: WATER, mechanism: command, relation: leadership, basis: law}
      - {from: GOV, to: NATRES, mechanism: command, relation: leadership, basis: law}
      - {from: GOV, to: HEALTH, mechanism: command, relation: leadership, basis: law}
      - {from: GOV, to: TRANSPORT, mechanism: command, relation: leadership, basis: law}
      - {from: GOV, to: ECOENV, mechanism: command, relation: leadership, basis: law}
      - {from: GOV, to: DRC, mechanism: command, relation: leadership, basis: law}
      - {from: GOV, to: SUPOFF, mechanism: command, relation: leadership, basis: law}
      - {from: EMB, to: EQC, mechanism: command, relation: leadership, basis: regulation}
      - {from: HEALTH, to: EMS, mechanism: command, relation: leadership, basis: regulation}
      - {from: PMET, to: MET, mechanism: command, relation: leadership, basis: law}
      - {from: PEMD, to: FIRE, mechanism: command, relation: leadership, basis: law}
      - {from: PEMD, to: EMB, mechanism: command, relation: guidance, basis: regulation}
      # the HQ directs its members in a response (non-fault)
      - {from: FLOODHQ, to: WATER, mechanism: command, relation: direction, phase: response-rescue, basis: plan}
      - {from: FLOODHQ, to: TRANSPORT, mechanism: command, relation: direction, phase: response-rescue, basis: plan}
      - {from: FLOODHQ, to: FIRE, mechanism: command, relation: direction, phase: response-rescue, basis: plan}
      # membership: the EMB hosts the office (non-fault)
      - {from: GOV, to: FLOODHQ, mechanism: membership, role: chair}
      - {from: EMB, to: FLOODHQ, mechanism: membership, role: office}
      - {from: WATER, to: FLOODHQ, mechanism: membership, role: member}
      - {from: MET, to: FLOODHQ, mechanism: membership, role: member}
      - {from: TRANSPORT, to: FLOODHQ, mechanism: membership, role: member}
      - {from: FIRE, to: FLOODHQ, mechanism: membership, role: member}
      - {from: APF, to: FLOODHQ, mechanism: membership, role: member}
      # information
      - {from: EMB, to: GOV, mechanism: information, basis: regulation}
      - {from: GOV, to: EMB, mechanism: information, basis: regulation}
      - {from: MET, to: EMB, mechanism: information, basis: regulation, phase: monitoring-warning}
      - {from: EMB, to: MET, mechanism: information, basis: regulation}
      - {from: WATER, to: EMB, mechanism: information, basis: plan}
      - {from: EMB, to: WATER, mechanism: information, basis: plan}
      - {from: HEALTH, to: EMB, mechanism: information, basis: plan}
      - {from: EMB, to: HEALTH, mechanism: information, basis: plan}
      - {from: EMS, to: HEALTH, mechanism: information, basis: regulation}
      - {from: HEALTH, to: EMS, mechanism: information, basis: regulation}
      - {from: FIRE, to: EMB, mechanism: information, basis: plan}
      - {from: EMB, to: FIRE, mechanism: information, basis: plan}
      - {from: EQC, to: EMB, mechanism: information, basis: regulation}
      - {from: EMB, to: EQC, mechanism: information, basis: regulation}
      - {from: ECOENV, to: EMB, mechanism: information, basis: plan}
      - {from: EMB, to: ECOENV, mechanism: information, basis: plan}
      - {from: DRC, to: EMB, mechanism: information, basis: plan}
      - {from: EMB, to: DRC, mechanism: information, basis: plan}
      - {from: APF, to: EMB, mechanism: information, basis: agreement}
      - {from: EMB, to: APF, mechanism: information, basis: agreement}
      - {from: POWER, to: EMB, mechanism: information, basis: agreement}
      - {from: EMB, to: POWER, mechanism: information, basis: agreement}
      - {from: REDCROSS, to: EMB, mechanism: information, basis: agreement}
      - {from: EMB, to: REDCROSS, mechanism: information, basis: agreement}
      - {from: VOL, to: EMB, mechanism: information, basis: agreement}
      - {from: EMB, to: VOL, mechanism: information, basis: agreement}
      # planted: information dead end (NATRES hears, never answers)
      - {from: MET, to: NATRES, mechanism: information, basis: plan}
      - {from: WATER, to: NATRES, mechanism: information, basis: plan}
      # operation
      - {from: EMB, to: FIRE, mechanism: operation, basis: plan, phase: response-rescue}
      - {from: EMB, to: WATER, mechanism: operation, basis: plan, phase: [prevention-preparedness, response-rescue]}
      - {from: EMB, to: HEALTH, mechanism: operation, basis: plan}
      - {from: HEALTH, to: EMS, mechanism: operation, basis: regulation}
      - {from: EMB, to: APF, mechanism: operation, basis: agreement}
      - {from: EMB, to: EQC, mechanism: operation, basis: regulation}
      - {from: FIRE, to: APF, mechanism: operation, basis: agreement}
      - {from: WATER, to: FIRE, mechanism: operation, basis: plan}
      - {from: EMB, to: REDCROSS, mechanism: operation, basis: agreement}
      - {from: REDCROSS, to: HEALTH, mechanism: operation, basis: agreement}
      - {from: ECOENV, to: EMB, mechanism: operation, basis: plan}
      - {from: ECOENV, to: FIRE, mechanism: operation, basis: plan}
      - {from: POWER, to: EMB, mechanism: operation, basis: agreement}
      - {from: POWER, to: WATER, mechanism: operation, basis: agreement}
      - {from: NATRES, to: EMB, mechanism: operation, basis: plan}
      - {from: NATRES, to: WATER, mechanism: operation, basis: plan}
      # planted: informal critical tie (the volunteer team's only operation tie)
      - {from: VOL, to: FIRE, mechanism: operation, basis: informal}
      # material
      - {from: DRC, to: EMB, mechanism: material, basis: regulation}
      - {from: EMB, to: WATER, mechanism: material, basis: plan}
      - {from: EMB, to: FIRE, mechanism: material, basis: plan}
      - {from: DRC, to: FIRE, mechanism: material, basis: plan}
      - {from: DRC, to: WATER, mechanism: material, basis: plan}
      - {from: REDCROSS, to: EMB, mechanism: material, basis: agreement}
      - {from: REDCROSS, to: HEALTH, mechanism: material, basis: agreement}
      - {from: DRC, to: HEALTH, mechanism: material, basis: plan}
      - {from: DRC, to: ECOENV, mechanism: material, basis: plan}
      - {from: EMB, to: ECOENV, mechanism: material, basis: plan}
      # supervision: assessment lines
      - {from: SUPOFF, to: EMB, mechanism: supervision, basis: regulation}
      - {from: SUPOFF, to: WATER, mechanism: supervision, basis: regulation}
      - {from: SUPOFF, to: HEALTH, mechanism: supervision, basis: regulation}
      - {from: SUPOFF, to: ECOENV, mechanism: supervision, basis: regulation}
      - {from: EMB, to: EQC, mechanism: supervision, basis: regulation}
    functions:
      - id: flood
        name: Flood control
        assignments:
          - {department: FLOODHQ, role: lead}
          - {department: WATER, role: co-lead}
          - {department: MET, role: support}
          - {department: TRANSPORT, role: support}
          - {department: FIRE, role: support}
      - id: geohazard
        name: Geological hazards
        assignments:
          - {department: NATRES, role: lead}
          - {department: EMB, role: support}
      - id: hazchem
        name: Hazardous chemicals
        assignments:
          - {department: EMB, role: lead}
          - {department: ECOENV, role: lead}
          - {department: FIRE, role: support}
      - id: medical
        name: Medical rescue
        assignments:
          - {department: HEALTH, role: lead}
          - {department: EMS, role: support}
          - {department: REDCROSS, role: support}
      - id: fire
        name: Fire fighting and rescue
        assignments:
          - {department: FIRE, role: lead}
          - {department: EMB, role: support}
          - {department: APF, role: support}
    """

    static var network: Network {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-city-\(UUID()).yaml").path
        try! yaml.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try! NetworkReader.read(path: path).network
    }
}
