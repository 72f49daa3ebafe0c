import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// A mapping file written the wrong way round (new ids under `from`, old under `to`), or given with the
/// networks in the wrong order, gets a hint saying so before the list of unknown ids.
@Suite struct MappingDirectionTests {
    static func networks() throws -> (before: Network, after: Network) {
        (try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-pre-reform.yaml").path).network,
         try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path).network)
    }

    static func mapping(swapped: Bool) throws -> DepartmentMapping {
        let text = try String(contentsOf: RepoPaths.networks.appendingPathComponent("hubei-city-reform-mapping.csv"), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if swapped {
            lines = lines.enumerated().map { i, line in
                let cells = line.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
                guard i > 0, cells.count >= 2, !line.hasPrefix("#") else { return line }
                return ([cells[1], cells[0]] + cells.dropFirst(2)).joined(separator: ",")
            }
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-mapping-\(UUID()).csv")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try DepartmentMapping.read(path: url.path)
    }

    /// Detected: the columns swapped. The hint comes first, in both languages; the unknown ids follow.
    @Test func swappedColumnsAreNamed() throws {
        let (before, after) = try Self.networks()
        let error = try #require(throws: FormatError.self) { try Self.mapping(swapped: true).resolve(before: before, after: after) }
        let first = try #require(error.errors.first)
        #expect(first.text?.key == "reader.mapping.swapped", "\(error)")
        #expect(first.description.contains("the mapping seems to run the wrong way") && first.description.contains("swap the two columns"), "\(first)")
        #expect(first.description(.zh).contains("对应关系似乎填反了"), "\(first.description(.zh))")
        #expect(error.errors.count > 1)
    }

    /// Detected: the networks given in the other order with a correct mapping.
    @Test func networksInTheOtherOrderAreNamed() throws {
        let (before, after) = try Self.networks()
        let error = try #require(throws: FormatError.self) { try Self.mapping(swapped: false).resolve(before: after, after: before) }
        #expect(error.errors.first?.text?.key == "reader.mapping.swapped", "\(error)")
    }

    /// Not flagged: the mapping the right way round resolves without the hint.
    @Test func rightWayRoundHasNoHint() throws {
        let (before, after) = try Self.networks()
        let resolved = try Self.mapping(swapped: false).resolve(before: before, after: after)
        #expect(!resolved.warnings.contains { $0.text?.key == "reader.mapping.swapped" })
    }
}
