import Foundation

/// Thresholds of the diagnosis rules, with documented defaults; override them in a small YAML/JSON
/// file (`govnet diagnose --config FILE`) whose keys are the property names in snake_case, e.g.
///
/// ```yaml
/// broker_betweenness: 0.4
/// informal_share: 0.3
/// include_membership: false
/// ```
public struct DiagnosisConfig: Sendable, Hashable {
    /// Overloaded broker: a department on at least this share of the shortest paths between the pairs
    /// of other departments that can reach each other (``Centrality/connectedPairBetweenness(of:)``);
    /// the same number is stated in the finding.
    public var brokerBetweenness: Double = 0.35
    /// One-way information: reciprocity of the information mechanism below this is a network-level finding.
    public var informationReciprocity: Double = 0.3
    /// Informal foundations: share of a mechanism's ties with `basis: informal` at or above this.
    public var informalShare: Double = 0.25
    /// Silos: a group (kind or community) with E–I index at or below this (−1 … 1).
    public var siloEI: Double = -0.5
    /// Silos: only groups with at least this many departments.
    public var siloMinimumSize: Int = 3
    /// Low redundancy: check center ↔ responder pairs only for departments with at least this many ties.
    public var redundancyMinimumDegree: Int = 1
    /// Mechanisms through which the coordinating department must reach, and hear back from, the
    /// departments with a part in the linkage (both ways). Command is never one: it runs down
    /// leadership lines only (docs/diagnosis.md).
    public var reachMechanisms: [String] = ["information"]
    /// Kinds treated as subordinate to the coordinating department (exempt from accountability gaps).
    public var subordinateKinds: [String] = []
    /// Bring membership ties (two-mode data: departments × coordinating bodies) into the one-mode
    /// graphs the rules analyse; off by default.
    public var includeMembership: Bool = false
    /// Bring mechanisms whose ties are all derived (one-mode projections of two-mode data, attribute
    /// `derived: true`) into the analysed mechanisms; off by default. Naming such a mechanism with
    /// `--mechanism` analyses it too.
    public var includeDerived: Bool = false

    public init() {}

    public static let keys: [String] = ["broker_betweenness", "information_reciprocity", "informal_share",
                                 "silo_ei", "silo_minimum_size", "redundancy_minimum_degree", "reach_mechanisms", "subordinate_kinds",
                                 "include_membership", "include_derived"]

    /// Reads overrides from a YAML or JSON file.
    /// - Throws: ``FormatError`` naming the line of an unknown key or a bad value.
    public static func load(path: String) throws -> DiagnosisConfig {
        let bytes = try InputFile.bytes(path)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw FormatError(file: path, "text is not valid UTF-8") }
        let root = path.lowercased().hasSuffix(".json") ? try JSONDocumentReader.parse(bytes, file: path) : try YAMLDocumentReader.parse(text, file: path)
        var config = DiagnosisConfig()
        guard let root else { return config }
        guard case .object(let members) = root.value else { throw FormatError(file: path, line: root.line, "expected a mapping of thresholds") }
        var errors: [Diagnostic] = []
        for (key, line, value) in members {
            func number() -> Double? {
                if case .scalar(let s, _) = value.value, let x = NumberFormat.parseStrictNumber(s) { return x }
                errors.append(Diagnostic(.error, file: path, line: line, field: key, message: "expected a number"))
                return nil
            }
            func list() -> [String]? {
                if case .array(let items) = value.value {
                    return items.compactMap { if case .scalar(let s, _) = $0.value { return s } else { return nil } }
                }
                errors.append(Diagnostic(.error, file: path, line: line, field: key, message: "expected a list of ids"))
                return nil
            }
            switch key {
            case "broker_betweenness": if let x = number() { config.brokerBetweenness = x }
            case "information_reciprocity": if let x = number() { config.informationReciprocity = x }
            case "informal_share": if let x = number() { config.informalShare = x }
            case "silo_ei": if let x = number() { config.siloEI = x }
            case "silo_minimum_size": if let x = number() { config.siloMinimumSize = Int(x) }
            case "redundancy_minimum_degree": if let x = number() { config.redundancyMinimumDegree = Int(x) }
            case "reach_mechanisms":
                if let l = list() {
                    if l.contains("command") {
                        errors.append(Diagnostic(.error, file: path, line: line, field: key, message: "command cannot be a reach mechanism: it runs down leadership lines only; coordination reach comes from membership, agreements, operation and information"))
                    } else { config.reachMechanisms = l }
                }
            case "include_membership":
                if case .scalar(let s, _) = value.value, let b = CSVTables.parseBool(s) { config.includeMembership = b } else {
                    errors.append(Diagnostic(.error, file: path, line: line, field: key, message: "expected true or false"))
                }
            case "include_derived":
                if case .scalar(let s, _) = value.value, let b = CSVTables.parseBool(s) { config.includeDerived = b } else {
                    errors.append(Diagnostic(.error, file: path, line: line, field: key, message: "expected true or false"))
                }
            case "subordinate_kinds": if let l = list() { config.subordinateKinds = l }
            default: errors.append(Diagnostic(.error, file: path, line: line, field: key, message: "unknown threshold '\(key)'; expected one of \(keys.joined(separator: ", "))"))
            }
        }
        if !errors.isEmpty { throw FormatError(errors) }
        return config
    }

    /// The thresholds as JSON (recorded in the output settings).
    public var jsonValue: JSONValue {
        .object([
            ("broker_betweenness", .number(brokerBetweenness)),
            ("information_reciprocity", .number(informationReciprocity)), ("informal_share", .number(informalShare)),
            ("silo_ei", .number(siloEI)), ("silo_minimum_size", .number(Double(siloMinimumSize))),
            ("redundancy_minimum_degree", .number(Double(redundancyMinimumDegree))),
            ("reach_mechanisms", .array(reachMechanisms.map { .string($0) })),
            ("subordinate_kinds", .array(subordinateKinds.map { .string($0) })),
            ("include_membership", .bool(includeMembership)),
            ("include_derived", .bool(includeDerived)),
        ])
    }
}
