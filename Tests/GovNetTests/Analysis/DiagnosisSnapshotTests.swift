import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// The diagnosis of every shipped network, as reviewed snapshots (`Tests/GovNetTests/Snapshots/diagnosis/`):
/// one line per finding — severity, rule, mechanism, departments. A change in a rule or a network shows up
/// here as a diff to review. Re-record with `RECORD_SNAPSHOTS=1 swift test --filter DiagnosisSnapshotTests`.
@Suite struct DiagnosisSnapshotTests {
    static let files: [String] = {
        (FileManager.default.enumerator(atPath: RepoPaths.networks.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    static func snapshot(_ findings: [Finding]) -> String {
        findings.map { f in
            var line = "\(f.severity.rawValue) \(f.rule) [\(f.mechanism)] \(f.departments.joined(separator: ","))"
            if !f.functions.isEmpty { line += " functions=\(f.functions.joined(separator: ","))" }
            if !f.ties.isEmpty { line += " ties=\(f.ties.count)" }
            return line
        }.joined(separator: "\n") + "\n"
    }

    @Test(arguments: files) func shippedNetwork(file: String) throws {
        let net = try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent(file).path).network
        let text = Self.snapshot(Diagnosis.run(DiagnosisContext(network: net)))
        let name = file.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: ".yaml", with: ".txt")
        let url = RepoPaths.fixtures.deletingLastPathComponent().appendingPathComponent("Snapshots/diagnosis/\(name)")
        try Snapshot.check(text, against: url, what: "diagnosis of \(file)")
    }
}
